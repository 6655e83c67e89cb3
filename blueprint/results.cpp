// Results: the text forms an import accepts (encodings, full-width digits, dates) and the edit that sets
// the document's results. The rows themselves are read in results_import.cpp.
#include "results.h"

#include <iconv.h>

#include <cerrno>

#include "dates.h"
#include "text.h"

namespace bp {

// ------------------------------------------------------------------------------------- text forms
namespace {
// GB18030 through the C library's iconv: glibc natively, musl's built-in tables in the page (Emscripten).
std::optional<std::string> gb18030_to_utf8(std::string_view bytes) {
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
    std::string out(bytes.size() * 2 + 16, '\0');
    char* in = const_cast<char*>(bytes.data());
    size_t in_left = bytes.size();
    char* to = out.data();
    size_t to_left = out.size();
    bool ok = true;
    while (in_left > 0) {
        size_t r = iconv(cd, &in, &in_left, &to, &to_left);
        if (r != static_cast<size_t>(-1)) break;
        if (errno == E2BIG) {  // cannot happen with 2× room (GB18030 → UTF-8 grows at most 3/2), but be safe
            size_t used = size_t(to - out.data());
            out.resize(out.size() * 2);
            to = out.data() + used;
            to_left = out.size() - used;
            continue;
        }
        ok = false;
        break;
    }
    iconv_close(cd);
    if (!ok) return std::nullopt;
    out.resize(size_t(to - out.data()));
    if (!text::valid_utf8(out)) return std::nullopt;  // some iconv replace what they cannot map
    return out;
}
}  // namespace

std::optional<std::string> csv_text_as_utf8(std::string_view bytes) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    if (text::valid_utf8(bytes)) return std::string(bytes);
    return gb18030_to_utf8(bytes);
}

std::string ascii_digits(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        size_t len = 1;
        uint32_t cp = text::decode_utf8(s, i, len);
        if (cp >= 0xFF10 && cp <= 0xFF19) out += char('0' + (cp - 0xFF10));
        else if (cp == 0xFF0E) out += '.';
        else if (cp == 0xFF0D) out += '-';
        else if (cp == 0xFF0F) out += '/';
        else if (cp == 0xFF1A) out += ':';
        else if (cp == 0xFF0B) out += '+';
        else out.append(s.substr(i, len));
        i += len;
    }
    return out;
}

std::optional<std::string> period_of(std::string_view raw) {
    std::string s = ascii_digits(text::trim(raw));
    int parts[3] = {0, 0, 0};
    int count = 0, digits = 0;
    size_t i = 0;
    while (i < s.size() && count < 3) {
        if (s[i] >= '0' && s[i] <= '9') {
            parts[count] = parts[count] * 10 + (s[i] - '0');
            if (++digits > 4) return std::nullopt;
            ++i;
            continue;
        }
        if (digits == 0) return std::nullopt;
        const bool year_sep = count == 0 && (s[i] == '-' || s[i] == '/' || s[i] == '.');
        const bool month_sep = count == 1 && (s[i] == '-' || s[i] == '/' || s[i] == '.');
        size_t skip = 1;
        if (s.compare(i, 3, "年") == 0 && count == 0) skip = 3;
        else if (s.compare(i, 3, "月") == 0 && count == 1) skip = 3;
        else if (s.compare(i, 3, "日") == 0 && count == 2) skip = 3;
        else if (!year_sep && !month_sep) return std::nullopt;
        ++count;
        digits = 0;
        i += skip;
    }
    if (digits > 0) ++count;
    if (i < s.size() || count < 2) return std::nullopt;
    const int year = parts[0], month = parts[1];
    if (year < 1000 || month < 1 || month > 12) return std::nullopt;
    std::string period = format_date(Date{year, month, 1}).substr(0, 7);
    if (count == 3 && !valid_date(period + "-" + (parts[2] < 10 ? "0" : "") + std::to_string(parts[2])))
        return std::nullopt;
    return period;
}

std::string ImportError::describe(Lang lang) const {
    const bool zh = is_zh(lang);
    std::string out;
    if (row > 0) out += zh ? "第 " + std::to_string(row) + " 行" : "row " + std::to_string(row);
    if (!column.empty()) out += zh ? "，" + column + " 列" : ", column " + column;
    if (!out.empty()) out += zh ? "：" : ": ";
    return out + expected.in(lang);
}

// -------------------------------------------------------------------------------------------- edit
namespace {
class SetResults : public Edit {
public:
    explicit SetResults(std::optional<Results> after) : removes_(!after), other_(std::move(after)) {}
    // Do, undo and redo alternate, so the document's results and the edit's trade places: a year of
    // results is over a million cells, and copying them in and out took longer than importing them.
    bool apply(Blueprint& d, Locator&) const override {
        std::swap(d.results, other_);
        return true;
    }
    bool revert(Blueprint& d, Locator&) const override {
        std::swap(d.results, other_);
        return true;
    }
    bool leaves_elements() const override { return true; }
    std::string describe(Lang lang) const override {
        if (removes_) return is_zh(lang) ? "移除测量结果" : "Remove results";
        return is_zh(lang) ? "导入测量结果" : "Import results";
    }

private:
    bool removes_;
    mutable std::optional<Results> other_;  // after the edit while it is undone, before it while it is done
};
}  // namespace

EditPtr set_results(std::optional<Results> after) {
    return std::make_unique<SetResults>(std::move(after));
}

}  // namespace bp
