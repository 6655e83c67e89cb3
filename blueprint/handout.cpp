#include "handout.h"

#include "html_text.h"

#include "enums.h"
#include "export_layers.h"
#include "glossary.h"
#include "roles.h"

namespace bp {

// ------------------------------------------------------------------------------------------ the card
std::optional<RoleCard> role_card(const Blueprint& doc, const RoleId& role, Lang lang) {
    const Role* r = nullptr;
    for (const Role& x : doc.roles)
        if (x.id == role) r = &x;
    if (!r) return std::nullopt;
    const bool zh = is_zh(lang);
    RoleCard card;
    card.blueprint = doc.name;
    card.role = role_name(doc, role, lang);
    for (const Instruction& d : r->duties) card.duties.push_back(d.text);
    card.reports_to = role_name(doc, r->reports_to, lang);
    card.escalates_to = role_name(doc, r->escalates_to, lang);
    bool asked_escalation = false;
    for (const Slide& slide : trainer_slides(doc, role)) {
        const Circle& c = doc.circles[size_t(slide.circle)];
        const Touchpoint& t = c.touchpoints[size_t(slide.touchpoint)];
        RoleCard::Moment m;
        m.id = t.id;
        m.circle = c.name;
        m.name = t.name;
        m.order = slide.touchpoint + 1;
        for (const KeyFactor& k : t.key_factors)
            if (!k.expectation.empty() && m.expectation.find(k.expectation) == std::string::npos)
                m.expectation += (m.expectation.empty() ? "" : zh ? "；" : "; ") + k.expectation;
        for (const Activity& a : t.activities)
            if (a.role == role) m.activities.push_back(a.name);
        if (t.role == role) {
            m.phrases = t.phrases;
            for (const Instruction& i : t.steps) m.steps.push_back(i.text);
            for (const Instruction& i : t.never) m.never.push_back(i.text);
        } else {
            m.served_by = t.role.empty() ? std::string(glossary::customer_only.in(lang)) : role_name(doc, t.role, lang);
        }
        for (const Standard* s : role_standards(t, role))
            m.standards.push_back({s->id, s->statement,
                                   s->kind == StandardKind::Unset ? std::string() : std::string(label(s->kind, lang)),
                                   measure_line(*s, lang)});
        for (const HandoffId& h : slide.receives) m.receives.push_back(handoff_line(doc, c, h, true, lang));
        for (const HandoffId& h : slide.passes) m.passes.push_back(handoff_line(doc, c, h, false, lang));
        if (t.fail_point) {
            m.fail_recovery = t.mitigation.empty() ? std::string(zh ? "（未写补救措施）" : "(no mitigation written)") : t.mitigation;
            for (const Circle& rc : doc.circles)
                if (rc.id == t.recovery)
                    m.fail_recovery += (zh ? " → " : " → ") + std::string(glossary::recovery_circle.in(lang)) +
                                       (zh ? "：" : ": ") + rc.name;
        }
        for (CheckItem& q : self_check(doc, t, role, lang)) {
            if (q.from == CheckItem::From::Escalation && asked_escalation) continue;  // once per card
            asked_escalation = asked_escalation || q.from == CheckItem::From::Escalation;
            card.self_check.push_back(std::move(q));
        }
        card.moments.push_back(std::move(m));
    }
    return card;
}

// ---------------------------------------------------------------------------------------- Markdown
namespace {
using export_detail::md_cell;
using export_detail::md_line;

std::string colon(Lang lang) { return is_zh(lang) ? "：" : ": "; }
std::string word(Term t, Lang lang) { return std::string(t.in(lang)); }
std::string joined(const std::vector<std::string>& items, Lang lang) {
    std::string out;
    for (const std::string& i : items) out += (out.empty() ? "" : is_zh(lang) ? "、" : ", ") + i;
    return out.empty() ? std::string(is_zh(lang) ? "（无）" : "(nothing)") : out;
}
std::string title(const RoleCard& card, Lang lang) {
    std::string t = word(glossary::role_card, lang);
    if (!is_zh(lang) && !t.empty() && t[0] >= 'a' && t[0] <= 'z') t[0] = char(t[0] - 'a' + 'A');  // a heading
    return t + " · " + card.role;
}
}  // namespace

std::string role_card_markdown(const RoleCard& card, Lang lang) {
    const bool zh = is_zh(lang);
    std::string out = "# " + md_line(title(card, lang)) + "\n\n" + md_line(card.blueprint) + "\n\n";
    if (!card.duties.empty()) {
        out += "## " + word(glossary::duties, lang) + "\n\n";
        for (size_t i = 0; i < card.duties.size(); ++i) out += std::to_string(i + 1) + ". " + md_line(card.duties[i]) + "\n";
        out += "\n";
    }
    if (!card.reports_to.empty()) out += "- " + word(glossary::reports_to, lang) + colon(lang) + md_line(card.reports_to) + "\n";
    if (!card.escalates_to.empty())
        out += "- " + word(glossary::escalates_to, lang) + colon(lang) + md_line(card.escalates_to) + "\n";
    if (!card.reports_to.empty() || !card.escalates_to.empty()) out += "\n";
    for (const RoleCard::Moment& m : card.moments) {
        out += "## " + md_line(m.circle + " · " + std::to_string(m.order) + ". " + m.name) + "\n\n";
        if (!m.expectation.empty()) out += "*" + word(glossary::expectation, lang) + "*" + colon(lang) + md_line(m.expectation) + "\n\n";
        if (!m.served_by.empty())
            out += md_line((zh ? "由" + m.served_by + "服务；本岗位在此：" : "Served by " + m.served_by + "; your part here: ") +
                           joined(m.activities, lang)) + "\n\n";
        if (!m.phrases.empty()) {
            out += "**" + word(glossary::phrases, lang) + "**\n\n";
            for (const Phrase& p : m.phrases)
                out += "- " + (p.condition.empty() ? "" : md_line(p.condition) + colon(lang)) + md_line(p.text) + "\n";
            out += "\n";
        }
        if (!m.steps.empty()) {
            out += "**" + word(glossary::steps, lang) + "**\n\n";
            for (size_t i = 0; i < m.steps.size(); ++i) out += std::to_string(i + 1) + ". " + md_line(m.steps[i]) + "\n";
            out += "\n";
        }
        if (!m.never.empty()) {
            out += "**" + word(glossary::never_do, lang) + "**\n\n";
            for (const std::string& n : m.never) out += "- " + md_line(n) + "\n";
            out += "\n";
        }
        if (!m.standards.empty()) {
            out += "| " + word(glossary::standard, lang) + " | " + word(glossary::standard_kind, lang) + " | " +
                   (zh ? "目标 · 测量 · 频率" : "Target · method · how often") + " |\n|---|---|---|\n";
            for (const auto& s : m.standards)
                out += "| " + md_cell(s.statement) + " | " + md_cell(s.kind) + " | " + md_cell(s.measure) + " |\n";
            out += "\n";
        }
        for (const std::string& r : m.receives) out += "- " + (zh ? std::string("收到自 ") : std::string("Receives from ")) + md_line(r) + "\n";
        for (const std::string& p : m.passes) out += "- " + (zh ? std::string("交给 ") : std::string("Passes to ")) + md_line(p) + "\n";
        if (!m.receives.empty() || !m.passes.empty()) out += "\n";
        if (!m.fail_recovery.empty())
            out += "**" + word(glossary::fail_point, lang) + "**" + colon(lang) + md_line(m.fail_recovery) + "\n\n";
    }
    if (!card.self_check.empty()) {
        out += "## " + (zh ? std::string("每月自查") : std::string("Monthly self-check")) + "\n\n";
        for (const CheckItem& q : card.self_check) out += "- [ ] " + md_line(q.question) + "\n";
        out += "\n";
    }
    return out;
}

// -------------------------------------------------------------------------------------------- HTML
namespace {

const char* kPrintCss = R"(
@page { size: A4; margin: 14mm 14mm 16mm; }
* { box-sizing: border-box; }
body { font-family: "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
       font-size: 10.5pt; line-height: 1.5; color: #111; margin: 0; }
h1 { font-size: 18pt; margin: 0 0 2pt; }
h1 + p { color: #555; margin: 0 0 10pt; }
h2 { font-size: 12.5pt; margin: 0 0 4pt; padding: 3pt 6pt; background: #eef2f7; border-left: 4pt solid #35608f; }
h3 { font-size: 10.5pt; margin: 6pt 0 2pt; color: #35608f; }
section { break-inside: avoid; page-break-inside: avoid; margin: 0 0 10pt; }
ol, ul { margin: 0 0 4pt; padding-left: 18pt; }
.who { margin: 0 0 10pt; }
.phrase { border: 0.6pt solid #c9d3df; border-radius: 3pt; padding: 2pt 6pt; margin: 2pt 0; }
.phrase b { color: #35608f; margin-right: 6pt; }
.never li { color: #8a1c1c; }
table { border-collapse: collapse; width: 100%; margin: 3pt 0 4pt; }
th, td { border: 0.6pt solid #b9c3cf; padding: 2pt 4pt; text-align: left; vertical-align: top; }
th { background: #f3f5f8; font-weight: normal; color: #444; }
td:nth-child(2), th:nth-child(2) { white-space: nowrap; }
td:first-child { width: 48%; }
.part { color: #35608f; }
.fail { border-left: 3pt solid #c0392b; padding-left: 6pt; }
.check li { list-style: none; margin-left: -14pt; }
.check li::before { content: "□ "; }
)";

void list(std::string& out, const char* tag, const char* cls, const std::vector<std::string>& items) {
    out += std::string("<") + tag + (cls ? std::string(" class=\"") + cls + "\"" : "") + ">";
    for (const std::string& i : items) out += "<li>" + html::escape(i) + "</li>";
    out += std::string("</") + tag + ">\n";
}
}  // namespace

std::string role_card_html(const RoleCard& card, Lang lang) {
    const bool zh = is_zh(lang);
    std::string out = std::string("<!DOCTYPE html>\n<html lang=\"") + (zh ? "zh-CN" : "en") +
                      "\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + html::escape(title(card, lang)) + "</title>\n<style>" +
                      kPrintCss + "</style>\n</head>\n<body>\n";
    out += "<h1>" + html::escape(title(card, lang)) + "</h1>\n<p>" + html::escape(card.blueprint) + "</p>\n";
    if (!card.duties.empty()) {
        out += "<section>\n<h2>" + html::escape(word(glossary::duties, lang)) + "</h2>\n";
        list(out, "ol", nullptr, card.duties);
        out += "</section>\n";
    }
    if (!card.reports_to.empty() || !card.escalates_to.empty()) {
        out += "<p class=\"who\">";
        if (!card.reports_to.empty()) out += html::escape(word(glossary::reports_to, lang) + colon(lang) + card.reports_to);
        if (!card.reports_to.empty() && !card.escalates_to.empty()) out += "　·　";
        if (!card.escalates_to.empty()) out += html::escape(word(glossary::escalates_to, lang) + colon(lang) + card.escalates_to);
        out += "</p>\n";
    }
    for (const RoleCard::Moment& m : card.moments) {
        out += "<section data-moment=\"" + html::escape(m.id.value) + "\">\n<h2>" +
               html::escape(m.circle + " · " + std::to_string(m.order) + ". " + m.name) + "</h2>\n";
        if (!m.expectation.empty())
            out += "<p>" + html::escape(word(glossary::expectation, lang) + colon(lang) + m.expectation) + "</p>\n";
        if (!m.served_by.empty())
            out += "<p class=\"part\">" +
                   html::escape((zh ? "由" + m.served_by + "服务；本岗位在此：" : "Served by " + m.served_by + "; your part here: ") +
                        joined(m.activities, lang)) + "</p>\n";
        if (!m.phrases.empty()) {
            out += "<h3>" + html::escape(word(glossary::phrases, lang)) + "</h3>\n";
            for (const Phrase& p : m.phrases)
                out += "<div class=\"phrase\">" + (p.condition.empty() ? "" : "<b>" + html::escape(p.condition) + "</b>") +
                       html::escape(p.text) + "</div>\n";
        }
        if (!m.steps.empty()) {
            out += "<h3>" + html::escape(word(glossary::steps, lang)) + "</h3>\n";
            list(out, "ol", nullptr, m.steps);
        }
        if (!m.never.empty()) {
            out += "<h3>" + html::escape(word(glossary::never_do, lang)) + "</h3>\n";
            list(out, "ul", "never", m.never);
        }
        if (!m.standards.empty()) {
            out += "<table><tr><th>" + html::escape(word(glossary::standard, lang)) + "</th><th>" +
                   html::escape(word(glossary::standard_kind, lang)) + "</th><th>" +
                   (zh ? "目标 · 测量 · 频率" : "Target · method · how often") + "</th></tr>\n";
            for (const auto& s : m.standards)
                out += "<tr data-standard=\"" + html::escape(s.id.value) + "\"><td>" + html::escape(s.statement) + "</td><td>" +
                       html::escape(s.kind) + "</td><td>" + html::escape(s.measure) + "</td></tr>\n";
            out += "</table>\n";
        }
        std::vector<std::string> flow;
        for (const std::string& r : m.receives) flow.push_back((zh ? "收到自 " : "Receives from ") + r);
        for (const std::string& p : m.passes) flow.push_back((zh ? "交给 " : "Passes to ") + p);
        if (!flow.empty()) list(out, "ul", nullptr, flow);
        if (!m.fail_recovery.empty())
            out += "<p class=\"fail\">" + html::escape(word(glossary::fail_point, lang) + colon(lang) + m.fail_recovery) + "</p>\n";
        out += "</section>\n";
    }
    if (!card.self_check.empty()) {
        out += "<section>\n<h2>" + std::string(zh ? "每月自查" : "Monthly self-check") + "</h2>\n";
        std::vector<std::string> qs;
        for (const CheckItem& q : card.self_check) qs.push_back(q.question);
        list(out, "ul", "check", qs);
        out += "</section>\n";
    }
    out += "</body>\n</html>\n";
    return out;
}

}  // namespace bp
