// What the `blueprint` tool's commands share (cli_common.h).
#include "cli_common.h"

#include <cctype>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "blueprint/atomic_write.h"
#include "blueprint/convert.h"
#include "cli.h"

namespace bp::cli {
namespace {

namespace fs = std::filesystem;

Failure too_large(const std::string& what) {
    const std::string mb = std::to_string(kMaxDocumentBytes >> 20);
    return Failure{what + "：文件超过 " + mb + " MB 的上限", what + ": the file is larger than the " + mb + " MB limit"};
}

// Reads at most one byte past the size cap, so a huge or endless input costs no more than the cap.
bool read_capped(std::istream& in, std::string& text) {
    text.clear();
    char buffer[1 << 16];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        text.append(buffer, static_cast<size_t>(in.gcount()));
        if (text.size() > kMaxDocumentBytes) return false;
    }
    return true;
}

}  // namespace

std::optional<Failure> read_input(const std::string& path, std::string& text) {
    if (path == "-") {
        if (!read_capped(std::cin, text)) {
            const std::string mb = std::to_string(kMaxDocumentBytes >> 20);
            return Failure{"标准输入超过 " + mb + " MB 的上限", "standard input is larger than the " + mb + " MB limit"};
        }
        if (std::cin.bad()) return Failure{"无法读取标准输入", "standard input cannot be read"};
        return std::nullopt;
    }
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) return Failure{path + "：文件不存在", path + ": no such file"};
    if (!fs::is_regular_file(status)) return Failure{path + "：不是普通文件", path + ": not a regular file"};
    const auto size = fs::file_size(path, ec);
    if (!ec && size > kMaxDocumentBytes) return too_large(path);  // refused before reading
    std::ifstream in(path, std::ios::binary);
    if (!in) return Failure{path + "：无法读取", path + ": cannot be read"};
    if (!read_capped(in, text)) return too_large(path);  // it grew while we read it
    if (in.bad()) return Failure{path + "：无法读取", path + ": cannot be read"};
    return std::nullopt;
}

// Files are replaced atomically (a new file renamed over the old one), so a failed write — a full disk,
// `convert FILE -o FILE` — leaves what was there whole.
std::optional<Failure> write_output(const std::string& path, const std::string& bytes, std::ostream& out) {
    if (path == "-") {
        out << bytes;
        out.flush();
        if (!out) return Failure{"无法写入标准输出", "standard output cannot be written"};
        return std::nullopt;
    }
    std::string error;  // "cannot write PATH: REASON"
    if (!write_file_atomically(path, bytes, &error)) {
        const size_t colon = error.rfind(": ");
        const std::string reason = colon == std::string::npos ? error : error.substr(colon + 2);
        return Failure{path + "：无法写入（" + reason + "）", path + ": cannot be written (" + reason + ")"};
    }
    return std::nullopt;
}

int fail(std::ostream& err, const Tr& tr, const Failure& f) {
    err << "blueprint: " << (tr.zh() ? f.zh : f.en) << "\n";
    return kFindings;
}

std::optional<Blueprint> load(const std::string& path, std::ostream& err, const Tr& tr, LoadError* error_out) {
    std::string text;
    if (auto f = read_input(path, text)) {
        fail(err, tr, *f);
        if (error_out) error_out->message_en = f->en, error_out->message_zh = f->zh;
        return std::nullopt;
    }
    LoadResult result = load_blueprint(text);
    if (!result.ok()) {
        err << path << ": " << result.error().describe(tr.lang) << "\n";
        if (error_out) *error_out = result.error();
        return std::nullopt;
    }
    return std::move(result.blueprint());
}

Lang content_lang(const Blueprint& doc) { return lang_of_tag(doc.language); }

Tr speaking(const Options& o, const Tr& before, const Blueprint& doc) {
    return o.lang ? before : Tr{draft_language(doc, before.lang)};
}

bool ends_with(const std::string& s, const std::string& suffix) {
    if (s.size() < suffix.size()) return false;
    std::string tail = s.substr(s.size() - suffix.size());
    for (char& c : tail) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return tail == suffix;
}

}  // namespace bp::cli
