#include "instruments.h"

#include "enums.h"
#include "export.h"
#include "html_text.h"
#include "scoring.h"
#include "text.h"

namespace bp {

namespace {
bool observable_by_shopper(const Standard& s, const Scoring& sc) {
    if (sc.sample.by == Measurer::MysteryShopper) return true;
    const Method m = s.measurement.method;
    return s.type == StandardType::Hard && s.customer_visible && (m == Method::Observation || m == Method::Audit);
}

bool measured_by_role(const Standard& s, const Scoring& sc) {
    return sc.sample.by == Measurer::Role && s.type == StandardType::Hard;
}

const RoleId& measuring_role(const Standard& s, const Scoring& sc) {
    return sc.sample.role.empty() ? s.owner : sc.sample.role;
}

std::string look_for(const Standard& s, Lang lang) {
    const Target& t = s.target;
    if (s.type == StandardType::Soft && !text::trim(t.survey_question).empty()) return t.survey_question;
    std::string out = text::trim(t.metric).empty() ? s.statement : t.metric;
    if (t.value) {
        out += " " + std::string(comparator_symbol(t.comparator)) + " " + text::format_number(*t.value);
        if (!t.unit.empty()) out += " " + t.unit;
    }
    (void)lang;
    return out;
}

std::string answer_for(const Standard& s, const Scoring& sc, InstrumentKind kind, Lang lang) {
    const bool zh = is_zh(lang);
    std::string out;
    if (kind == InstrumentKind::Questionnaire || sc.method == ComplianceMethod::TopBox)
        out = (zh ? "评分 " : "rating ") + std::to_string(s.target.scale_min) + "–" + std::to_string(s.target.scale_max);
    else if (s.target.value && (s.measurement.method == Method::Timer || s.measurement.method == Method::Count ||
                                s.measurement.method == Method::SystemLog || sc.method == ComplianceMethod::Mean))
        out = zh ? "数值" + (s.target.unit.empty() ? std::string() : "（" + s.target.unit + "）")
                 : "value" + (s.target.unit.empty() ? std::string() : " (" + s.target.unit + ")");
    else
        out = zh ? "是/否" : "yes/no";
    if (sc.na_allowed) out += zh ? "，或不适用" : ", or N/A";
    if (is_timed(s)) out += zh ? "，或放弃" : ", or abandoned";
    return out;
}

std::string title_of(const Blueprint& doc, const InstrumentOptions& o) {
    const bool zh = is_zh(o.lang);
    std::string title = o.kind == InstrumentKind::MysteryShopper ? (zh ? "神秘顾客检查表" : "Mystery-shopper checklist")
                        : o.kind == InstrumentKind::Audit        ? (zh ? "检查 / 自查表" : "Audit / self-check sheet")
                                                                 : (zh ? "顾客问卷" : "Customer questionnaire");
    for (const Role& r : doc.roles)
        if (r.id == o.role) title += " · " + (zh || r.name_en.empty() ? r.name : r.name_en);
    for (const Circle& c : doc.circles)
        if (c.id == o.circle) title += " · " + c.name;
    if (!o.period.empty()) title += " · " + o.period;
    return title;
}
}  // namespace

std::vector<InstrumentRow> instrument_rows(const Blueprint& doc, const InstrumentOptions& o) {
    std::vector<InstrumentRow> rows;
    for (const Circle& c : doc.circles) {
        if (o.kind == InstrumentKind::Questionnaire && !o.circle.empty() && c.id != o.circle) continue;
        for (const Touchpoint& t : c.touchpoints)
            for (const KeyFactor& k : t.key_factors)
                for (const Standard& s : k.standards) {
                    const Scoring sc = effective_scoring(s);
                    bool take = false;
                    switch (o.kind) {
                        case InstrumentKind::MysteryShopper:
                            take = observable_by_shopper(s, sc) && (o.role.empty() || s.owner == o.role);
                            break;
                        case InstrumentKind::Audit:
                            take = measured_by_role(s, sc) && (o.role.empty() || measuring_role(s, sc) == o.role ||
                                                               s.owner == o.role);
                            break;
                        case InstrumentKind::Questionnaire: take = s.type == StandardType::Soft; break;
                    }
                    if (take) rows.push_back({&t, &s, look_for(s, o.lang), answer_for(s, sc, o.kind, o.lang)});
                }
    }
    return rows;
}

std::string instrument_csv(const Blueprint& doc, const InstrumentOptions& o) {
    const bool zh = is_zh(o.lang);
    std::string out = "\xEF\xBB\xBF";
    auto line = [&](const std::vector<std::string>& cells) { csv_row(out, cells); };
    // The columns import_results reads: standard id, period, site, result, comment; the rest is for people.
    line(zh ? std::vector<std::string>{"标准编号", "触点", "标准", "检查要点", "回答方式", "期间", "网点", "结果", "备注"}
            : std::vector<std::string>{"standard_id", "moment", "statement", "look for", "answer type", "period", "site",
                                       "result", "comment"});
    for (const InstrumentRow& r : instrument_rows(doc, o))
        line({r.standard->id.value, r.moment->name, r.standard->statement, r.look_for, r.answer, o.period, o.site, "", ""});
    return out;
}

std::string instrument_html(const Blueprint& doc, const InstrumentOptions& o) {
    const bool zh = is_zh(o.lang);
    std::string body = "<p class=\"meta\">" + html::escape(doc.name);
    if (!o.site.empty()) body += " · " + std::string(zh ? "网点：" : "Site: ") + html::escape(o.site);
    body += " · " + std::string(zh ? "检查人：________ 日期：________" : "Checked by: ________ Date: ________") + "</p>\n";
    body += "<table>\n<tr><th>" + std::string(zh ? "标准编号" : "Standard") + "</th><th>" + (zh ? "触点" : "Moment") +
            "</th><th>" + (zh ? "标准 / 检查要点" : "Standard / look for") + "</th><th>" + (zh ? "回答方式" : "Answer") +
            "</th><th>" + (zh ? "结果" : "Result") + "</th><th>" + (zh ? "备注" : "Comment") + "</th></tr>\n";
    for (const InstrumentRow& r : instrument_rows(doc, o))
        body += "<tr><td><code>" + html::escape(r.standard->id.value) + "</code></td><td>" + html::escape(r.moment->name) +
                "</td><td>" + html::escape(r.standard->statement) + "<br><small>" + html::escape(r.look_for) +
                "</small></td><td>" + html::escape(r.answer) + "</td><td class=\"fill\"></td><td class=\"fill\"></td></tr>\n";
    body += "</table>\n";
    return html::page(o.lang, title_of(doc, o), body);
}

}  // namespace bp
