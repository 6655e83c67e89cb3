#include "json_text.h"

#include "json_schema.h"

#include <rapidjson/error/error.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>

namespace bp::json {

namespace {

// Numbers arrive as their text and are converted here: RapidJSON 1.1.0's own number conversion crashes on
// long fractions (0.000…1 reads past a table) and garbles zeros with exponents (0e-40 became 1e-255).
constexpr unsigned kParseFlags = rapidjson::kParseValidateEncodingFlag | rapidjson::kParseNumbersAsStringsFlag;

// Why the handler stopped the parse, when it did: where and what, in words.
struct Refusal {
    size_t offset = 0;
    std::string en, zh;
};

// Where the string whose closing quote ends just before `end` opens: the first unescaped '"' going back.
size_t string_start(std::string_view text, size_t end) {
    size_t p = std::min(end, text.size());
    if (p > 0) --p;  // the closing quote
    while (p > 0) {
        --p;
        if (text[p] != '"') continue;
        size_t slashes = 0;
        while (p >= slashes + 1 && text[p - slashes - 1] == '\\') ++slashes;
        if (slashes % 2 == 0) return p;
    }
    return 0;
}

unsigned hex4(std::string_view s) {
    unsigned v = 0;
    for (char c : s.substr(0, 4)) {
        v <<= 4;
        if (c >= '0' && c <= '9') v |= static_cast<unsigned>(c - '0');
        else if (c >= 'a' && c <= 'f') v |= static_cast<unsigned>(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F') v |= static_cast<unsigned>(c - 'A' + 10);
    }
    return v;
}

// The offset of the first \uDC00–\uDFFF escape not preceded by a high surrogate, in the string at `open`.
size_t lone_surrogate_at(std::string_view text, size_t open) {
    for (size_t p = open + 1; p + 1 < text.size() && text[p] != '"'; ++p) {
        if (text[p] != '\\') continue;
        if (text[p + 1] != 'u' || p + 6 > text.size()) {
            ++p;  // a one-letter escape
            continue;
        }
        unsigned unit = hex4(text.substr(p + 2, 4));
        if (unit >= 0xDC00 && unit <= 0xDFFF) return p;
        p += unit >= 0xD800 && unit <= 0xDBFF ? 11 : 5;  // RapidJSON has checked the pair's second half
    }
    return open;
}

// Does s hold a UTF-16 surrogate encoded as UTF-8 (ED A0–BF xx)? RapidJSON refuses those in the raw text but
// writes one for a lone \uDC00–\uDFFF escape.
bool has_encoded_surrogate(const char* s, size_t n) {
    for (const char* p = s; (p = static_cast<const char*>(std::memchr(p, '\xED', n - (p - s)))) != nullptr; ++p)
        if (p + 1 < s + n && static_cast<unsigned char>(p[1]) >= 0xA0) return true;
    return false;
}

// A JSON number's value when it can be computed exactly and fast: at most 15 significant digits and a
// power of ten up to 22, both exact in a double, so one multiplication or division rounds correctly
// (Clinger's fast path). Most numbers in a blueprint (3.5, 0.95, -40, 1e3) take it; the rest go to strtod.
std::optional<double> fast_number(const char* s, size_t n) {
    static const double kPowers[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                     1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    size_t i = 0;
    bool negative = s[0] == '-';
    if (negative) ++i;
    uint64_t mantissa = 0;
    int digits = 0, scale = 0;
    bool seen_point = false;
    for (; i < n && s[i] != 'e' && s[i] != 'E'; ++i) {
        if (s[i] == '.') {
            seen_point = true;
            continue;
        }
        if (mantissa == 0 && s[i] == '0') {  // leading zeros are not significant
            if (seen_point) --scale;
            continue;
        }
        if (++digits > 15) return std::nullopt;
        mantissa = mantissa * 10 + static_cast<uint64_t>(s[i] - '0');
        if (seen_point) --scale;
    }
    if (i < n) {  // the exponent: a few digits at most, or strtod decides
        ++i;
        bool minus = s[i] == '-';
        if (s[i] == '-' || s[i] == '+') ++i;
        if (n - i > 3) return std::nullopt;
        int e = 0;
        for (; i < n; ++i) e = e * 10 + (s[i] - '0');
        scale += minus ? -e : e;
    }
    double m = static_cast<double>(mantissa);
    if (mantissa == 0) return negative ? -0.0 : 0.0;
    if (scale < -22 || scale > 22) return std::nullopt;
    double d = scale < 0 ? m / kPowers[-scale] : m * kPowers[scale];
    return negative ? -d : d;
}

// Forwards SAX events to the document, and stops the parse at once (so the recursive parser's stack stays
// bounded too) when the text nests deeper than kMaxNestingDepth, when a string holds a lone surrogate, when
// a number is out of range, or when the document would take more memory than the file's size allows.
// Containers where the format has none (json_schema.h, shapes) reach the document empty.
class CheckedHandler {
public:
    CheckedHandler(rapidjson::Document& doc, const rapidjson::MemoryStream& in, std::string_view text)
        : doc_(doc), in_(in), text_(text), budget_(dom_budget(text.size())) {}
    const std::optional<Refusal>& refusal() const { return refusal_; }

    // Only RapidJSON's RawNumber and the events below arrive (numbers are read as text).
    bool Null() { return skip_ || (charge(0) && doc_.Null()); }
    bool Bool(bool b) { return skip_ || (charge(0) && doc_.Bool(b)); }
    bool Int(int) { return false; }
    bool Uint(unsigned) { return false; }
    bool Int64(int64_t) { return false; }
    bool Uint64(uint64_t) { return false; }
    bool Double(double) { return false; }
    bool RawNumber(const char* s, rapidjson::SizeType n, bool) {
        // The text is a valid JSON number (RapidJSON checked the grammar) and NUL-terminated.
        bool fraction = false;
        for (size_t i = 0; i < n && !fraction; ++i) fraction = s[i] == '.' || s[i] == 'e' || s[i] == 'E';
        if (!fraction) {
            int64_t i = 0;
            uint64_t u = 0;
            auto as_int = std::from_chars(s, s + n, i);
            if (as_int.ec == std::errc() && as_int.ptr == s + n) {
                if (skip_) return true;
                return charge(0) && (i >= INT32_MIN && i <= INT32_MAX ? doc_.Int(static_cast<int>(i)) : doc_.Int64(i));
            }
            auto as_uint = std::from_chars(s, s + n, u);
            if (as_uint.ec == std::errc() && as_uint.ptr == s + n) return skip_ || (charge(0) && doc_.Uint64(u));
        }
        std::optional<double> fast = fast_number(s, n);
        // strtod rounds correctly; an underflow gives the nearest value (0 or a subnormal).
        double d = fast ? *fast : std::strtod(s, nullptr);
        if (!std::isfinite(d))
            return refuse(in_.Tell() - n, "number too big to store", "数字太大，无法存储");
        return skip_ || (charge(0) && doc_.Double(d));
    }
    bool String(const char* s, rapidjson::SizeType n, bool copy) {
        return text_ok(s, n) && (skip_ || (charge(n) && doc_.String(s, n, copy)));
    }
    bool Key(const char* s, rapidjson::SizeType n, bool copy) {
        if (!text_ok(s, n)) return false;
        if (skip_) return true;
        const Frame& f = frames_.back();  // keys come only inside an object
        key_container_ = f.shape ? f.shape->find(std::string_view(s, n)) : nullptr;
        return charge(n) && doc_.Key(s, n, copy);
    }
    bool StartObject() { return start(false); }
    bool EndObject(rapidjson::SizeType n) { return end(false, n); }
    bool StartArray() { return start(true); }
    bool EndArray(rapidjson::SizeType n) { return end(true, n); }

    // What the parsed document may cost. A blueprint's DOM takes about its file's size (a minified file about
    // twice); hostile files ([0,0,0,…]) would take sixteen times theirs. The budget keeps them to a few times.
    static size_t dom_budget(size_t text_bytes) { return 4 * text_bytes + (64u << 20); }

private:
    rapidjson::Document& doc_;
    const rapidjson::MemoryStream& in_;
    std::string_view text_;
    size_t budget_;
    size_t pool_ = 0, stack_ = 0, stack_peak_ = 0;  // bytes in the DOM's pool and on its parse stack
    int depth_ = 0;
    std::optional<Refusal> refusal_;

    // Where the parse is in the format: the open containers, and what the last key of an object allows.
    struct Frame {
        const Shape* shape;  // the object's shape, or the shape of an array's elements
        bool is_array;
    };
    std::vector<Frame> frames_;
    const Shape::Container* key_container_ = nullptr;
    int skip_ = 0;            // > 0 inside a container the format has no place for: its contents are dropped
    bool skip_array_ = false;  // what that container was, for the empty one kept in its place

    bool refuse(size_t offset, std::string en, std::string zh) {
        refusal_ = Refusal{offset, std::move(en), std::move(zh)};
        return false;
    }
    // A container opens: does the format have one here? If not, what it holds is dropped.
    bool start(bool is_array) {
        if (++depth_ > kMaxNestingDepth) {
            static const std::string en = "nested deeper than " + std::to_string(kMaxNestingDepth) + " levels";
            static const std::string zh = "嵌套超过 " + std::to_string(kMaxNestingDepth) + " 层";
            return refuse(in_.Tell() - 1, en, zh);  // at the bracket that went too deep
        }
        if (skip_) {
            ++skip_;
            return true;
        }
        const Shape* child = nullptr;
        bool fits = false;
        if (frames_.empty()) {
            fits = !is_array;
            child = &shape_of<Blueprint>();
        } else if (frames_.back().is_array) {
            fits = !is_array;
            child = frames_.back().shape;
        } else if (key_container_) {
            fits = key_container_->is_array == is_array;
            child = key_container_->child;
        }
        if (!fits) {
            skip_ = 1;
            skip_array_ = is_array;
            return true;
        }
        frames_.push_back({child, is_array});
        return charge(0) && (is_array ? doc_.StartArray() : doc_.StartObject());
    }
    // RapidJSON's Document keeps each value (16 bytes) on a stack until its array or object closes, then
    // moves the children into its pool; the stack never shrinks. Strings too long to sit inside a value
    // (13 bytes) are copied into the pool. A dropped container leaves an empty one of its kind.
    bool end(bool is_array, rapidjson::SizeType n) {
        --depth_;
        if (skip_) {
            if (--skip_ > 0) return true;
            return charge(0) && (skip_array_ ? doc_.StartArray() && doc_.EndArray(0)
                                             : doc_.StartObject() && doc_.EndObject(0));
        }
        frames_.pop_back();
        size_t children = is_array ? n : 2 * size_t(n);
        stack_ -= std::min(stack_, 16 * children);
        pool_ += 16 * children;
        return is_array ? doc_.EndArray(n) : doc_.EndObject(n);
    }
    bool charge(size_t string_bytes) {
        stack_ += 16;
        stack_peak_ = std::max(stack_peak_, stack_);
        if (string_bytes > 13) pool_ += string_bytes + 1;
        // The stack's capacity grows by half again and may be copied on growth: count it three times.
        if (pool_ + 3 * stack_peak_ <= budget_) return true;
        return refuse(in_.Tell(), "the file holds more values than a blueprint of its size can: it is not a "
                                  "blueprint, or it is damaged",
                      "文件中的值多得超出同样大小的蓝图所能容纳的数量：它不是蓝图文件，或者已损坏");
    }
    bool text_ok(const char* s, size_t n) {
        if (!has_encoded_surrogate(s, n)) return true;
        size_t at = lone_surrogate_at(text_, string_start(text_, in_.Tell()));
        return refuse(at, "invalid UTF-16 surrogate in a string: \\uDC00–\\uDFFF must follow \\uD800–\\uDBFF",
                      "字符串中的 UTF-16 代理项无效：\\uDC00–\\uDFFF 必须跟在 \\uD800–\\uDBFF 之后");
    }
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

std::string_view cut(std::string_view s, size_t max) {
    if (s.size() <= max) return s;
    size_t end = max;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;  // keep whole characters
    return s.substr(0, end);
}

std::string quote(std::string_view s) {
    std::string out = "\"";
    for (char c : cut(s)) {
        if (static_cast<unsigned char>(c) >= 0x20) {
            out += c;
        } else {  // a control character (a NUL, a line break) is shown as its JSON escape
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\u%04X", static_cast<unsigned>(c));
            out += escape;
        }
    }
    if (cut(s).size() < s.size()) out += "…";
    return out + "\"";
}

std::string path_string(const DocPath& path) {
    std::string out;
    for (const auto& seg : path) {
        if (seg.key.empty()) {
            out += '[';
            out += std::to_string(seg.index);
            out += ']';
        } else {
            if (!out.empty()) out += '.';
            out += cut(seg.key);
            if (seg.key.size() > kQuoteMax) out += "…";
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
    // A line ends at LF, CR LF or a lone CR (old Mac files).
    for (size_t i = 0; i < offset; ++i)
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n'))) {
            ++line;
            line_start = i + 1;
        }
    column = 1;
    for (size_t i = line_start; i < offset; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++column;  // count characters, not bytes
}

namespace {
// Does the text end inside the UTF-8 character that starts at offset (a file cut off mid-character)?
bool ends_mid_character(std::string_view text, size_t offset) {
    if (offset >= text.size()) return false;
    unsigned char lead = static_cast<unsigned char>(text[offset]);
    size_t needs = lead >= 0xF0 && lead <= 0xF4 ? 3 : lead >= 0xE0 && lead < 0xF0 ? 2 : lead >= 0xC2 && lead < 0xE0 ? 1 : 0;
    size_t has = text.size() - offset - 1;
    if (needs == 0 || has >= needs) return false;
    for (size_t i = offset + 1; i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) return false;
    return true;
}
}  // namespace

std::optional<LoadError> parse_json(std::string_view text, rapidjson::Document& doc) {
    rapidjson::Reader reader;
    std::optional<Refusal> refusal;
    auto generate = [&](rapidjson::Document& target) {
        // A string_view is not NUL-terminated: MemoryStream reads exactly its bytes. EncodedInputStream (which
        // RapidJSON's string parsing is fastest with) skips any of the BOM's three bytes on its own, so a text
        // starting with one was refused above: none can start a JSON document, and one whole BOM is gone.
        rapidjson::MemoryStream bytes(text.data(), text.size());
        rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> in(bytes);
        CheckedHandler handler(target, bytes, text);
        bool ok = !reader.Parse<kParseFlags>(in, handler).IsError();
        refusal = handler.refusal();
        return ok;
    };
    LoadError e;
    if (!text.empty() && (text[0] == '\xEF' || text[0] == '\xBB' || text[0] == '\xBF')) {
        e.line = e.column = 1;
        e.message_en = "unexpected bytes at the start of the file: a damaged or repeated UTF-8 byte order mark";
        e.message_zh = "文件开头有多余的字节：UTF-8 字节顺序标记（BOM）损坏或重复";
        return e;
    }
    doc.Populate(generate);
    if (!reader.HasParseError()) {
        // RapidJSON reads a zero byte as the end of the text: what follows one was never looked at.
        const void* zero = std::memchr(text.data(), '\0', text.size());
        if (!zero) return std::nullopt;
        line_column(text, static_cast<const char*>(zero) - text.data(), e.line, e.column);
        e.message_en = "unexpected zero byte (NUL) after the end of the document";
        e.message_zh = "文档结束后有多余的零字节（NUL）";
        return e;
    }

    rapidjson::ParseErrorCode code = reader.GetParseErrorCode();
    size_t offset = std::min(reader.GetErrorOffset(), text.size());
    if (code == rapidjson::kParseErrorTermination && refusal) offset = std::min(refusal->offset, text.size());
    // Point at the sign of a -Infinity, not just past it.
    if (offset > 0 && text[offset - 1] == '-' && starts_with(text.substr(offset), "Inf")) --offset;
    line_column(text, offset, e.line, e.column);
    Words w = syntax_words(code);
    e.message_en = w.en;
    e.message_zh = w.zh;
    std::string_view rest = text.substr(offset);
    if (code == rapidjson::kParseErrorTermination && refusal) {
        e.message_en = refusal->en;
        e.message_zh = refusal->zh;
    } else if (code == rapidjson::kParseErrorValueInvalid &&
               (starts_with(rest, "NaN") || starts_with(rest, "Inf") || starts_with(rest, "-Inf"))) {
        e.message_en = "NaN and Infinity are not allowed: expected a finite number";
        e.message_zh = "不允许 NaN 或 Infinity：应为有限的数字";
    } else if (offset < text.size() && text[offset] == '\0') {
        e.message_en += " (found a zero byte, NUL)";
        e.message_zh += "（实际为零字节 NUL）";
    }
    bool cut_short = code != rapidjson::kParseErrorDocumentEmpty &&
                     (offset >= text.size() ||
                      (code == rapidjson::kParseErrorStringInvalidEncoding && ends_mid_character(text, offset)));
    if (cut_short) {
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

// ------------------------------------------------------------------------------------------- writing
void append_quoted(std::string& out, std::string_view text) {
    out += '"';
    size_t run = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const unsigned char ch = static_cast<unsigned char>(text[i]);
        if (ch >= 0x20 && ch != '"' && ch != '\\') continue;
        out.append(text.data() + run, i - run);
        run = i + 1;
        switch (ch) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default: {
                static const char hex[] = "0123456789ABCDEF";
                out += "\\u00";
                out += hex[ch >> 4];
                out += hex[ch & 0xF];
            }
        }
    }
    out.append(text.data() + run, text.size() - run);
    out += '"';
}

}  // namespace bp::json
