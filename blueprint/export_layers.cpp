#include "export_layers.h"

#include "chain.h"
#include "enums.h"
#include "glossary.h"
#include "layers.h"
#include "roles.h"

namespace bp::export_detail {

namespace {
std::string t(Term term, Lang lang) { return std::string(term.in(lang)); }

std::string activity_text(const Blueprint& doc, const Activity& a, Lang lang) {
    std::string s = a.name;
    std::string who = role_name(doc, a.role, lang);
    if (!a.system.empty()) who += (who.empty() ? "" : " · ") + a.system;
    if (!who.empty()) s += is_zh(lang) ? "（" + who + "）" : " (" + who + ")";
    if (a.fail_point) s += " [" + t(glossary::fail_point, lang) + "]";
    if (a.wait_point) s += " [" + t(glossary::wait_point, lang) + "]";
    return s;
}
}  // namespace

Rows blueprint_rows(const Blueprint& doc, const Circle& c, Lang lang) {
    Rows rows;
    rows.push_back({t(glossary::moment_of_truth, lang), t(glossary::physical_evidence, lang), t(glossary::customer_action, lang),
                    t(glossary::frontstage, lang), t(glossary::backstage, lang), t(glossary::support_process, lang)});
    for (const Touchpoint& tp : c.touchpoints) {
        std::vector<std::string> row(6);
        row[0] = tp.name;
        if (tp.fail_point) row[0] += " [" + t(glossary::fail_point, lang) + "]";
        if (tp.wait_point) row[0] += " [" + t(glossary::wait_point, lang) + "]";
        for (const Activity& a : tp.activities) {
            std::string& cell = row[1 + size_t(a.layer)];
            cell += (cell.empty() ? "" : is_zh(lang) ? "；" : "; ") + activity_text(doc, a, lang);
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

Rows handoff_rows(const Blueprint& doc, const Circle& c, Lang lang, bool with_circle) {
    const bool zh = is_zh(lang);
    Rows rows;
    std::vector<std::string> header;
    if (with_circle) header.push_back(t(glossary::circle, lang));
    for (const char* h : {zh ? "交接编号" : "Handoff", zh ? "从" : "From", zh ? "交给" : "To"}) header.push_back(h);
    header.push_back(t(glossary::handoff_items, lang));
    header.push_back(t(glossary::handoff_via, lang));
    header.push_back(t(glossary::deadline, lang));
    header.push_back(t(glossary::standard, lang));
    header.push_back(t(glossary::breaks_chain, lang));
    rows.push_back(std::move(header));
    const CircleActivities acts(c);
    auto end = [&](const ActivityId& id) {
        const Activity* a = acts.find(id);
        return a ? activity_text(doc, *a, lang) : id.value;
    };
    for (const Handoff& h : c.handoffs) {
        std::vector<std::string> row;
        if (with_circle) row.push_back(c.name);
        row.push_back(h.id.value);
        row.push_back(end(h.from));
        row.push_back(end(h.to));
        std::string items;
        for (const HandoffItem& i : h.items) items += (items.empty() ? "" : (zh ? "、" : ", ")) + i.name;
        row.push_back(items);
        std::string via(label(h.medium, lang));
        if (!h.via.empty()) via += (zh ? "：" : ": ") + h.via;
        row.push_back(via);
        row.push_back(deadline_text(h.deadline, lang));
        row.push_back(h.standard.value);
        row.push_back(zh ? (h.breaks_chain ? "是" : "否") : (h.breaks_chain ? "yes" : "no"));
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string promise_line(const Circle& c, Lang lang) {
    if (!c.promise) return "";
    const bool zh = is_zh(lang);
    const ChainTiming timing = chain_timing(c);
    std::string s = t(glossary::promise, lang) + (zh ? "：" : ": ") + c.promise->text;
    if (!c.promise->budget.empty())
        s += (zh ? "（" : " (") + t(glossary::time_budget, lang) + " " + deadline_text(c.promise->budget, lang) + (zh ? "）" : ")");
    if (!c.handoffs.empty()) {
        s += (zh ? "；交接链最晚 " : "; the chain ends by ") + chain_time_text(timing.end, lang);
        if (timing.promised) s += timing.over() ? (zh ? "，超出承诺" : ", later than promised") : (zh ? "，在承诺之内" : ", within the promise");
    }
    return s;
}

}  // namespace bp::export_detail
