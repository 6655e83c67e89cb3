// The standards handbook in Markdown: per circle its blueprint table, promise and chain, then per
// touchpoint its key factors and standards.
#include <string>

#include "convert.h"
#include "enums.h"
#include "export.h"
#include "export_layers.h"
#include "glossary.h"
#include "layers.h"
#include "roles.h"

namespace bp {
namespace {

using export_detail::format_number;
using export_detail::format_percent;
using export_detail::yes_no;

// Content text in Markdown that renders as written under CommonMark and GFM (tables, autolinks,
// strikethrough): nothing a user typed can open a code block, heading, list, quote, link, image,
// emphasis, table cell or raw HTML. A line (heading, list item, paragraph) stays one line and its first
// character cannot start a block; a cell keeps line breaks as <br> so its row stays one line.
enum class MdPlace { Line, Cell };

bool ascii_alnum(char ch) {
    return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

bool starts_www(std::string_view text, size_t i) {
    if (i + 3 >= text.size() || (i > 0 && ascii_alnum(text[i - 1]))) return false;
    for (size_t k = 0; k < 3; ++k)
        if ((text[i + k] | 0x20) != 'w') return false;
    return text[i + 3] == '.';
}

std::string md_escape(std::string_view text, MdPlace place) {
    // A paragraph's leading blanks would make an indented code block; Markdown drops them anyway.
    if (place == MdPlace::Line) {
        const size_t first = text.find_first_not_of(" \t\r\n");
        text.remove_prefix(first == std::string_view::npos ? text.size() : first);
    }
    std::string out;
    out.reserve(text.size() + text.size() / 8 + 8);
    // At the start of a line, a list marker ("-", "+", "1." or "1)"), a setext or thematic rule.
    size_t ordered_marker = std::string_view::npos;
    if (place == MdPlace::Line && !text.empty()) {
        size_t digits = 0;
        while (digits < text.size() && digits < 10 && text[digits] >= '0' && text[digits] <= '9') ++digits;
        if (digits > 0 && digits < 10 && digits < text.size() && (text[digits] == '.' || text[digits] == ')'))
            ordered_marker = digits;
        if (text[0] == '-' || text[0] == '+' || text[0] == '=') out += '\\';
    }
    for (size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        switch (ch) {
            // Emphasis, strikethrough, code spans, links and images, footnotes, heading closers, cells.
            case '\\': case '`': case '*': case '_': case '~': case '[': case ']': case '#': case '|':
                out += '\\';
                out += ch;
                break;
            case '<': out += "&lt;"; break;   // raw HTML and <autolinks>
            case '>': out += "&gt;"; break;   // block quotes
            case '&':                          // only where it would start an entity such as &lt; or &#60;
                out += (i + 1 < text.size() && (ascii_alnum(text[i + 1]) || text[i + 1] == '#')) ? "&amp;" : "&";
                break;
            case ':':                          // GFM's bare-URL autolinks: "https://", "javascript://"
                if (text.substr(i + 1, 2) == "//") out += '\\';
                out += ch;
                break;
            case '.': case ')':
                if (i == ordered_marker) out += '\\';
                out += ch;
                break;
            case '\r':
                if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
                [[fallthrough]];
            case '\n': out += place == MdPlace::Cell ? "<br>" : " "; break;
            default:
                out += ch;
                if (starts_www(text, i)) {     // GFM's "www." autolinks
                    out.append(text.data() + i + 1, 2);
                    out += "\\.";
                    i += 3;
                }
        }
    }
    return out;
}

}  // namespace

// Shared with the role cards (handout.cpp), declared in export_layers.h.
namespace export_detail {
// Text inside a table cell.
std::string md_cell(std::string_view text) { return md_escape(text, MdPlace::Cell); }

// Text in a heading, after a list marker or as a paragraph of its own (a description): one line.
std::string md_line(std::string_view text) { return md_escape(text, MdPlace::Line); }

std::string target_text(const Standard& s, Lang lang) {
    const bool zh = is_zh(lang);
    std::string out = s.target.metric.empty() ? std::string(zh ? "（未定指标）" : "(no metric)") : s.target.metric;
    out += ' ';
    out += comparator_symbol(s.target.comparator);
    out += ' ';
    out += s.target.value ? format_number(*s.target.value) : std::string("?");
    if (!s.target.unit.empty()) {
        out += ' ';
        out += s.target.unit;
    }
    if (s.type == StandardType::Soft) {
        out += zh ? "（量表 " : " (scale ";
        out += std::to_string(s.target.scale_min) + "–" + std::to_string(s.target.scale_max);
        out += zh ? "）" : ")";
    }
    if (s.target.aggregation == Aggregation::Average) out += zh ? "，平均值" : ", average";
    return out;
}

}  // namespace export_detail

namespace {
using export_detail::md_cell;
using export_detail::md_line;
using export_detail::target_text;

// The circle's blueprint (format 3): its promise, a table of moments by layer, and its handoffs.
void md_table(std::string& out, const export_detail::Rows& rows) {
    for (size_t r = 0; r < rows.size(); ++r) {
        out += "|";
        for (const std::string& cell : rows[r]) out += " " + md_cell(cell) + " |";
        out += "\n";
        if (r == 0) {
            out += "|";
            for (size_t i = 0; i < rows[0].size(); ++i) out += "---|";
            out += "\n";
        }
    }
    out += "\n";
}
void append_blueprint(std::string& out, const Blueprint& doc, const Circle& c, Lang lang) {
    bool any = !c.handoffs.empty() || c.promise;
    for (const Touchpoint& tp : c.touchpoints) any = any || !tp.activities.empty();
    if (!any) return;
    const bool zh = is_zh(lang);
    out += "#### " + std::string(glossary::blueprint.in(lang)) + "\n\n";
    if (const std::string p = export_detail::promise_line(c, lang); !p.empty()) out += md_line(p) + "\n\n";
    md_table(out, export_detail::blueprint_rows(doc, c, lang));
    if (!c.handoffs.empty()) {
        out += std::string(zh ? "交接：\n\n" : "Handoffs:\n\n");
        md_table(out, export_detail::handoff_rows(doc, c, lang, false));
    }
}

// "数字来源：顾客期望：“十分钟内”" under the target; nothing for a number typed by hand.
std::string number_source_line(const Standard& s, Lang lang) {
    const std::string source = number_source_text(s, lang);
    if (source.empty()) return {};
    const bool zh = is_zh(lang);
    return std::string(zh ? glossary::number_source.zh : "Source of the number") + (zh ? "：" : ": ") + source;
}

std::string feeling_text(int feeling) { return feeling > 0 ? "+" + std::to_string(feeling) : std::to_string(feeling); }

}  // namespace

std::string export_standards_markdown(const Blueprint& doc, Lang lang) {
    const bool zh = is_zh(lang);
    const Counts n = count(doc);
    std::string out;
    out.reserve(4096 + n.standards * 300 + n.touchpoints * 200);
    const char* sep = zh ? "：" : ": ";

    out += "# " + md_line(doc.name) + (zh ? " — 服务标准手册\n\n" : " — Service standards handbook\n\n");
    if (!doc.description.empty()) out += md_line(doc.description) + "\n\n";
    if (!doc.industry.empty()) out += std::string(zh ? "- 行业" : "- Industry") + sep + md_line(doc.industry) + "\n";
    out += std::string(zh ? "- 服务圈 " : "- Circles: ") + std::to_string(n.circles) +
           (zh ? " 个 · 触点 " : " · touchpoints: ") + std::to_string(n.touchpoints) +
           (zh ? " 个 · 关键因素 " : " · key factors: ") + std::to_string(n.key_factors) +
           (zh ? " 个 · 标准 " : " · standards: ") + std::to_string(n.standards) + (zh ? " 条\n" : "\n");
    if (!doc.roles.empty()) {
        out += std::string(zh ? "- 岗位" : "- Roles") + sep;
        for (size_t i = 0; i < doc.roles.size(); ++i) {
            if (i) out += zh ? "、" : ", ";
            out += md_line(role_name(doc, doc.roles[i].id, lang));
        }
        out += "\n";
    }
    out += "\n";

    for (size_t ci = 0; ci < doc.circles.size(); ++ci) {
        const Circle& c = doc.circles[ci];
        const std::string cnum = std::to_string(ci + 1);
        out += "## " + cnum + ". " + (zh ? "服务圈：" : "Service circle: ") + md_line(c.name) + "\n\n";
        if (!c.description.empty()) out += md_line(c.description) + "\n\n";
        if (c.touchpoints.empty()) out += zh ? "（尚无触点）\n\n" : "(no touchpoints yet)\n\n";
        append_blueprint(out, doc, c, lang);
        for (size_t ti = 0; ti < c.touchpoints.size(); ++ti) {
            const Touchpoint& tp = c.touchpoints[ti];
            out += "### " + cnum + "." + std::to_string(ti + 1) + " " + md_line(tp.name) + "\n\n";
            if (!tp.description.empty()) out += md_line(tp.description) + "\n\n";
            out += std::string(zh ? "- 岗位" : "- Role") + sep +
                   (tp.role.empty() ? std::string(zh ? "顾客自助" : "customer only") : md_line(role_name(doc, tp.role, lang))) +
                   (zh ? " · 渠道：" : " · channel: ") + std::string(label(tp.channel, lang)) +
                   (zh ? " · 泳道：" : " · lane: ") + std::string(label(tp.lane, lang)) +
                   (zh ? " · 顾客感受：" : " · expected feeling: ") + feeling_text(tp.feeling);
            if (tp.duration_minutes > 0)
                out += (zh ? " · 时长：" : " · duration: ") + format_number(tp.duration_minutes) + (zh ? " 分钟" : " min");
            out += "\n";
            if (tp.wait_point || tp.fail_point) {
                out += "- ";
                if (tp.wait_point) out += zh ? glossary::wait_point.zh : "Wait point";
                if (tp.wait_point && tp.fail_point) out += " · ";
                if (tp.fail_point) out += zh ? glossary::fail_point.zh : "Fail point";
                out += "\n";
            }
            if (!tp.mitigation.empty()) out += std::string(zh ? "- 补救措施：" : "- Mitigation: ") + md_line(tp.mitigation) + "\n";
            out += "\n";
            if (tp.key_factors.empty()) {
                out += zh ? "（尚无关键因素）\n\n" : "(no key factors yet)\n\n";
                continue;
            }
            out += zh ? "| 关键因素 | 顾客期望 | 标准 | 类型 | 目标 | 达标比例 | 测量 | 负责人 | 公开 | 复审日期 |\n"
                      : "| Key factor | Customer expectation | Standard | Type | Target | Compliance | Measurement | "
                        "Owner | Visible | Review by |\n";
            out += "|---|---|---|---|---|---|---|---|---|---|\n";
            for (const KeyFactor& kf : tp.key_factors) {
                const std::string factor = md_cell(kf.name) + (zh ? "（" : " (") + std::string(label(kf.dimension, lang)) +
                                           " · " + std::string(label(kf.bpm, lang)) + (zh ? "）" : ")");
                if (kf.standards.empty()) {
                    out += "| " + factor + " | " + md_cell(kf.expectation) + " | " +
                           (zh ? "（待制定）" : "(to be written)") + " |  |  |  |  |  |  |  |\n";
                    continue;
                }
                for (const Standard& s : kf.standards) {
                    out += "| " + factor + " | " + md_cell(kf.expectation) + " | " + md_cell(s.statement) + " | " +
                           std::string(label(s.type, lang)) + " | " + md_cell(target_text(s, lang));
                    if (const std::string source = number_source_line(s, lang); !source.empty())
                        out += "<br>" + md_cell(source);
                    if (s.type == StandardType::Soft && !s.target.survey_question.empty())
                        out += std::string("<br>") + (zh ? "调查问题：" : "Survey question: ") +
                               md_cell(s.target.survey_question);
                    out += " | " +
                           format_percent(s.target.compliance) + " | " + std::string(label(s.measurement.method, lang)) +
                           " · " + std::string(label(s.measurement.frequency, lang));
                    if (!s.measurement.data_source.empty()) out += " · " + md_cell(s.measurement.data_source);
                    out += " | " + (s.owner.empty() ? std::string("—") : md_cell(role_name(doc, s.owner, lang))) + " | " +
                           yes_no(s.customer_visible, lang) + " | " + (s.review_by.empty() ? "—" : md_cell(s.review_by)) +
                           " |\n";
                }
            }
            out += "\n";
        }
    }
    return out;
}

}  // namespace bp
