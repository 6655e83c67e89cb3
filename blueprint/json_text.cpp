#include "json_text.h"

#include <rapidjson/error/error.h>

namespace bp::json {

namespace {

constexpr unsigned kParseFlags =
    rapidjson::kParseValidateEncodingFlag | rapidjson::kParseFullPrecisionFlag;

// Forwards SAX events to the document and refuses to nest deeper than kMaxNestingDepth. Refusing stops the
// recursive parser at once, so its stack depth stays bounded too.
struct DepthLimitedHandler {
    rapidjson::Document& doc;
    int depth = 0;

    bool Null() { return doc.Null(); }
    bool Bool(bool b) { return doc.Bool(b); }
    bool Int(int i) { return doc.Int(i); }
    bool Uint(unsigned u) { return doc.Uint(u); }
    bool Int64(int64_t i) { return doc.Int64(i); }
    bool Uint64(uint64_t u) { return doc.Uint64(u); }
    bool Double(double d) { return doc.Double(d); }
    bool RawNumber(const char* s, rapidjson::SizeType n, bool copy) { return doc.RawNumber(s, n, copy); }
    bool String(const char* s, rapidjson::SizeType n, bool copy) { return doc.String(s, n, copy); }
    bool Key(const char* s, rapidjson::SizeType n, bool copy) { return doc.Key(s, n, copy); }
    bool StartObject() { return ++depth <= kMaxNestingDepth && doc.StartObject(); }
    bool EndObject(rapidjson::SizeType n) { --depth; return doc.EndObject(n); }
    bool StartArray() { return ++depth <= kMaxNestingDepth && doc.StartArray(); }
    bool EndArray(rapidjson::SizeType n) { --depth; return doc.EndArray(n); }
};

struct Words {
    const char* en;
    const char* zh;
};

Words syntax_words(rapidjson::ParseErrorCode code) {
    using namespace rapidjson;
    switch (code) {
    case kParseErrorDocumentEmpty: return {"the file is empty", "文件为空"};
    case kParseErrorDocumentRootNotSingular:
        return {"unexpected text after the end of the document", "文档结束后还有多余的内容"};
    case kParseErrorValueInvalid:
        return {"expected a JSON value (an object, array, string, number, true, false or null)",
                "应为 JSON 值（对象、数组、字符串、数字、true、false 或 null）"};
    case kParseErrorObjectMissName: return {"expected a field name in double quotes", "应为带双引号的字段名"};
    case kParseErrorObjectMissColon: return {"expected ':' after the field name", "字段名后应为 ':'"};
    case kParseErrorObjectMissCommaOrCurlyBracket: return {"expected ',' or '}'", "应为 ',' 或 '}'"};
    case kParseErrorArrayMissCommaOrSquareBracket: return {"expected ',' or ']'", "应为 ',' 或 ']'"};
    case kParseErrorStringUnicodeEscapeInvalidHex:
        return {"invalid \\u escape in a string", "字符串中的 \\u 转义无效"};
    case kParseErrorStringUnicodeSurrogateInvalid:
        return {"invalid UTF-16 surrogate pair in a string", "字符串中的 UTF-16 代理对无效"};
    case kParseErrorStringEscapeInvalid: return {"invalid escape in a string", "字符串中的转义字符无效"};
    case kParseErrorStringMissQuotationMark:
        return {"a string is not closed: missing '\"'", "字符串没有结束：缺少 '\"'"};
    case kParseErrorStringInvalidEncoding:
        return {"invalid UTF-8 text: the file must be saved as UTF-8",
                "UTF-8 编码无效：文件必须以 UTF-8 编码保存"};
    case kParseErrorNumberTooBig:
        return {"number too big to store", "数字太大，无法存储"};
    case kParseErrorNumberMissFraction: return {"expected digits after the decimal point", "小数点后应为数字"};
    case kParseErrorNumberMissExponent: return {"expected digits in the exponent", "指数部分应为数字"};
    case kParseErrorTermination: {
        static const std::string en = "nested deeper than " + std::to_string(kMaxNestingDepth) + " levels";
        static const std::string zh = "嵌套超过 " + std::to_string(kMaxNestingDepth) + " 层";
        return {en.c_str(), zh.c_str()};
    }
    default: return {"not valid JSON", "不是有效的 JSON"};
    }
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

}  // namespace

std::string path_string(const DocPath& path) {
    std::string out;
    for (const auto& seg : path) {
        if (seg.key.empty()) {
            out += '[';
            out += std::to_string(seg.index);
            out += ']';
        } else {
            if (!out.empty()) out += '.';
            out += seg.key;
        }
    }
    return out;
}

std::string_view strip_bom(std::string_view text) {
    return starts_with(text, "\xEF\xBB\xBF") ? text.substr(3) : text;
}

void line_column(std::string_view text, size_t offset, int& line, int& column) {
    if (offset > text.size()) offset = text.size();
    line = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < offset; ++i)
        if (text[i] == '\n') {
            ++line;
            line_start = i + 1;
        }
    column = 1;
    for (size_t i = line_start; i < offset; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;  // count characters, not bytes
}

std::optional<LoadError> parse_json(std::string_view text, rapidjson::Document& doc) {
    rapidjson::Reader reader;
    auto generate = [&](rapidjson::Document& target) {
        // A string_view is not NUL-terminated: MemoryStream reads exactly its bytes.
        rapidjson::MemoryStream bytes(text.data(), text.size());
        rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> in(bytes);
        DepthLimitedHandler handler{target};
        return !reader.Parse<kParseFlags>(in, handler).IsError();
    };
    doc.Populate(generate);
    if (!reader.HasParseError()) return std::nullopt;

    LoadError e;
    size_t offset = std::min(reader.GetErrorOffset(), text.size());
    // Point at the bracket that went too deep, and at the sign of a -Infinity, not just past them.
    if (reader.GetParseErrorCode() == rapidjson::kParseErrorTermination && offset > 0) --offset;
    if (offset > 0 && text[offset - 1] == '-' && starts_with(text.substr(offset), "Inf")) --offset;
    line_column(text, offset, e.line, e.column);
    Words w = syntax_words(reader.GetParseErrorCode());
    e.message_en = w.en;
    e.message_zh = w.zh;
    std::string_view rest = text.substr(offset);
    if (reader.GetParseErrorCode() == rapidjson::kParseErrorValueInvalid &&
        (starts_with(rest, "NaN") || starts_with(rest, "Inf") || starts_with(rest, "-Inf"))) {
        e.message_en = "NaN and Infinity are not allowed: expected a finite number";
        e.message_zh = "不允许 NaN 或 Infinity：应为有限的数字";
    } else if (offset >= text.size() && reader.GetParseErrorCode() != rapidjson::kParseErrorDocumentEmpty) {
        e.message_en += " — the file ends too early; is it truncated?";
        e.message_zh += "——文件提前结束，是否不完整？";
    }
    return e;
}

namespace {

// Replays the text as SAX events, tracking the path, until the target path starts.
struct Locator {
    Locator(const DocPath& target, rapidjson::MemoryStream& stream, std::string_view text)
        : target(target), stream(&stream), text(text) {}
    const DocPath& target;
    rapidjson::MemoryStream* stream;
    std::string_view text;
    size_t previous_end = 0;  // where the last event's token ended
    size_t found = std::string_view::npos;

    struct Level {
        bool is_array;
        int next_index = 0;
        std::string_view key;
    };
    std::vector<Level> levels;

    size_t here() const { return static_cast<size_t>(stream->Tell()); }
    // Where the next token starts: past whitespace and the separators between tokens.
    size_t token_start() const {
        size_t p = previous_end;
        while (p < text.size() && std::string_view(" \t\r\n,:").find(text[p]) != std::string_view::npos) ++p;
        return p;
    }
    // Does the path of the value starting now (or of the key just read) equal the target?
    bool at_target(bool is_key, std::string_view key) const {
        if (levels.size() != target.size()) return false;
        for (size_t i = 0; i < levels.size(); ++i) {
            const Level& l = levels[i];
            const PathSegment& s = target[i];
            bool last = i + 1 == levels.size();
            if (l.is_array) {
                if (!s.key.empty() || s.index != l.next_index) return false;
            } else {
                std::string_view k = last && is_key ? key : l.key;
                if (s.key.empty() || s.key != k) return false;
            }
        }
        return true;
    }
    bool value_starts(size_t start) {
        if (target.empty() && levels.empty()) found = start;
        if (!levels.empty() && levels.back().is_array && at_target(false, {})) found = start;
        return found == std::string_view::npos;
    }
    bool value_ends() {
        if (!levels.empty() && levels.back().is_array) ++levels.back().next_index;
        previous_end = here();
        return true;
    }
    bool scalar() {
        bool go_on = value_starts(token_start());
        return go_on && value_ends();
    }
    bool open(bool is_array) {
        size_t start = here() - 1;  // the event comes after the bracket
        if (!value_starts(start)) return false;
        if (levels.size() > static_cast<size_t>(kMaxNestingDepth)) return false;
        levels.push_back({is_array, 0, {}});
        previous_end = here();
        return true;
    }
    bool close() {
        levels.pop_back();
        return value_ends();
    }

    bool Null() { return scalar(); }
    bool Bool(bool) { return scalar(); }
    bool Int(int) { return scalar(); }
    bool Uint(unsigned) { return scalar(); }
    bool Int64(int64_t) { return scalar(); }
    bool Uint64(uint64_t) { return scalar(); }
    bool Double(double) { return scalar(); }
    bool RawNumber(const char*, rapidjson::SizeType, bool) { return scalar(); }
    bool String(const char*, rapidjson::SizeType, bool) { return scalar(); }
    bool Key(const char* s, rapidjson::SizeType n, bool) {
        std::string_view key(s, n);
        size_t start = token_start();
        levels.back().key = std::string_view();  // the key's text dies with the event: compare now
        if (at_target(true, key)) {
            found = start;
            return false;
        }
        // Remember the key only as far as the target needs it: is it the target's key at this level?
        size_t depth = levels.size() - 1;
        if (depth < target.size() && target[depth].key == key) levels.back().key = target[depth].key;
        else levels.back().key = "\x01";  // a key that matches no path segment
        previous_end = here();
        return true;
    }
    bool StartObject() { return open(false); }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool StartArray() { return open(true); }
    bool EndArray(rapidjson::SizeType) { return close(); }
};

}  // namespace

size_t locate(std::string_view text, const DocPath& path) {
    rapidjson::MemoryStream stream(text.data(), text.size());
    Locator locator(path, stream, text);
    rapidjson::Reader reader;
    reader.Parse<rapidjson::kParseValidateEncodingFlag>(stream, locator);
    return locator.found;
}

}  // namespace bp::json
