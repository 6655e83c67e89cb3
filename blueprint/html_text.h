// Text for the printable HTML pages the library writes (instruments, reports): escaping and the page frame.
#pragma once

#include <string>
#include <string_view>

#include "lang.h"

namespace bp::html {

inline std::string escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char ch : s) {
        switch (ch) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += ch;
        }
    }
    return out;
}

// A whole page: title, print-friendly style (A4, table borders, no page break inside a row), body.
inline std::string page(Lang lang, std::string_view title, std::string_view body) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"";
    out += is_zh(lang) ? "zh-CN" : "en";
    out += "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title) + "</title>\n<style>\n"
           "@page { size: A4; margin: 14mm; }\n"
           "body { font-family: \"WenQuanYi Micro Hei\", \"Microsoft YaHei\", \"PingFang SC\", sans-serif; font-size: 11pt; color: #222; }\n"
           "h1 { font-size: 16pt; margin: 0 0 4pt; } h2 { font-size: 13pt; margin: 14pt 0 4pt; }\n"
           ".meta { color: #555; margin-bottom: 8pt; }\n"
           "table { border-collapse: collapse; width: 100%; } tr { page-break-inside: avoid; }\n"
           "th, td { border: 1px solid #888; padding: 3pt 5pt; text-align: left; vertical-align: top; }\n"
           "th { background: #eee; } td.fill { min-width: 18mm; } td.num { text-align: right; }\n"
           ".below { color: #b00020; font-weight: bold; } .met { color: #1b5e20; } .nodata { color: #8a6d00; }\n"
           "code { font-size: 9pt; color: #555; }\n"
           "</style>\n</head>\n<body>\n<h1>" + escape(title) + "</h1>\n";
    out.append(body.data(), body.size());
    out += "</body>\n</html>\n";
    return out;
}

}  // namespace bp::html
