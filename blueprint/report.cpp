// Sections: build · text pieces · Markdown · HTML · CSV · JSON.
#include "report.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_set>

#include "export.h"
#include "html_text.h"
#include "roles.h"
#include "text.h"

namespace bp {

// ------------------------------------------------------------------------------------------- scope
std::optional<Text> report_scope_refused(const Blueprint& doc, const ReportOptions& o) {
    bool circle_known = o.circle.empty(), role_known = o.role.empty();
    for (const Circle& c : doc.circles) circle_known = circle_known || c.id == o.circle;
    for (const Role& r : doc.roles) role_known = role_known || r.id == o.role;
    auto listed = [](std::string ids, bool zh) { return ids.empty() ? "" : (zh ? "（可用：" : " (available: ") + ids + (zh ? "）" : ")"); };
    if (!circle_known) {
        std::string ids;
        for (const Circle& c : doc.circles) ids += (ids.empty() ? "" : ", ") + c.id.value;
        return Text{o.circle.value + " 不是本蓝图的服务圈 id" + listed(ids, true),
                    o.circle.value + " is not a circle id of this blueprint" + listed(ids, false)};
    }
    if (!role_known) {
        std::string ids;
        for (const Role& r : doc.roles) ids += (ids.empty() ? "" : ", ") + r.id.value;
        return Text{o.role.value + " 不是本蓝图的角色 id" + listed(ids, true),
                    o.role.value + " is not a role id of this blueprint" + listed(ids, false)};
    }
    return std::nullopt;
}

std::vector<const Standard*> standards_in_role_scope(const Blueprint& doc, const RoleId& role) {
    std::vector<const Standard*> out;
    if (role.empty()) return out;
    const RoleUse use = role_uses(doc, role);
    const std::unordered_set<std::string> served = [&] {
        std::unordered_set<std::string> ids;
        for (const TouchpointId& t : use.touchpoints) ids.insert(t.value);
        return ids;
    }();
    std::unordered_set<std::string> acts;
    for (const ActivityId& a : use.activities) acts.insert(a.value);
    for (const Circle& c : doc.circles)
        for (const Touchpoint& t : c.touchpoints) {
            bool serves = served.count(t.id.value) > 0;
            for (const Activity& a : t.activities) serves = serves || acts.count(a.id.value) > 0;
            for (const KeyFactor& k : t.key_factors)
                for (const Standard& s : k.standards)
                    if (serves || s.owner == role) out.push_back(&s);
        }
    return out;
}

// ------------------------------------------------------------------------------------------- build
Report build_report(const Blueprint& doc, const ReportOptions& o) {
    Report r;
    const ResultsIndex index(doc);
    const Results* results = index.results();
    r.period = !o.period.empty() ? o.period : results && !results->periods.empty() ? results->periods.back() : "";
    r.site = o.site;
    r.circle = o.circle;
    r.role = o.role;
    for (const Circle& c : doc.circles)
        if (c.id == o.circle) r.circle_name = c.name;
    if (!o.role.empty()) r.role_name = Text{role_name(doc, o.role, Lang::Zh), role_name(doc, o.role, Lang::En)};
    const int site = o.site.empty() ? -1 : index.site_index(o.site);
    const bool unknown_site = !o.site.empty() && site < 0;
    const int p = index.period_index(r.period);

    // The scope: every standard, or those of the circle and / or the role.
    const bool scoped = !o.circle.empty() || !o.role.empty();
    std::unordered_set<const Standard*> in_role;
    for (const Standard* s : standards_in_role_scope(doc, o.role)) in_role.insert(s);
    std::unordered_set<const Standard*> in_scope;
    for (const Circle& c : doc.circles)
        if (o.circle.empty() || c.id == o.circle)
            for (const Standard* s : standards_of(c))
                if (o.role.empty() || in_role.count(s)) in_scope.insert(s);
    auto keep = [&](std::vector<const Standard*> standards) {
        if (scoped) standards.erase(std::remove_if(standards.begin(), standards.end(), [&](const Standard* s) { return !in_scope.count(s); }),
                                    standards.end());
        return standards;
    };

    for (const Circle& c : doc.circles)
        for (const Touchpoint& t : c.touchpoints)
            for (const KeyFactor& k : t.key_factors)
                for (const Standard& s : k.standards) {
                    if (scoped && !in_scope.count(&s)) continue;
                    Compliance x = unknown_site ? index.at(s, -1, r.period, -1) : index.at(s, p, r.period, site);
                    if (x.status == Status::Below) r.below.push_back({&s, &c, &t, x});
                    if (x.status == Status::NoData) r.no_data.push_back({&s, &c, &t, x});
                }
    std::stable_sort(r.below.begin(), r.below.end(), [](const ReportLine& a, const ReportLine& b) {
        auto gap = [](const Compliance& c) { return c.mean ? (c.target - c.share) / std::max(1e-9, std::abs(c.target)) : c.target - c.share; };
        return gap(a.result) > gap(b.result);
    });
    const int rollup_site = unknown_site ? -2 : site;  // -2 matches no cell: an unknown site has no data
    auto group = [&](std::string id, std::string name, const std::vector<const Standard*>& standards, int at_site) {
        return ReportGroup{std::move(id), std::move(name), rollup(index, standards, r.period, at_site)};
    };
    for (const Circle& c : doc.circles) {
        const auto standards = keep(standards_of(c));
        if (!scoped || !standards.empty()) r.circles.push_back(group(c.id.value, c.name, standards, rollup_site));
    }
    for (const Role& role : doc.roles) {
        auto owned = keep(standards_of(doc, role.id));
        if (!owned.empty()) r.roles.push_back(group(role.id.value, role_name(doc, role.id, o.lang), owned, rollup_site));
    }
    if (results) {
        const auto all = keep(all_standards(doc));
        for (size_t i = 0; i < results->sites.size(); ++i) r.sites.push_back(group(results->sites[i], results->sites[i], all, int(i)));
        std::stable_sort(r.sites.begin(), r.sites.end(), [](const ReportGroup& a, const ReportGroup& b) {
            const bool a_data = a.rollup.weight > 0, b_data = b.rollup.weight > 0;
            if (a_data != b_data) return a_data;
            return a.rollup.score > b.rollup.score;
        });
        for (const std::string& period : results->periods)
            if (period <= r.period) r.periods.push_back(period);
        // The whole blueprint's scores come from one pass over the cells; a scope's, from its own roll-ups.
        const auto scores = scoped ? std::vector<std::vector<double>>{} : scores_by_period_and_site(doc, index);
        for (const ReportGroup& g : r.sites) {
            std::vector<double> row;
            const int at = index.site_index(g.id);
            for (const std::string& period : r.periods) {
                if (!scoped) {
                    row.push_back(scores[size_t(index.period_index(period))][size_t(at)]);
                    continue;
                }
                const Rollup cell = rollup(index, all, period, at);
                row.push_back(cell.weight > 0 ? cell.score : -1);
            }
            r.league.push_back(std::move(row));
        }
    }
    return r;
}

std::string report_scope(const Report& r, Lang lang) {
    const bool zh = is_zh(lang);
    std::string out;
    if (!r.circle.empty()) out += (zh ? "服务圈：" : "Circle: ") + r.circle_name;
    if (!r.role.empty()) out += (out.empty() ? "" : " · ") + std::string(zh ? "岗位：" : "Role: ") + r.role_name.in(lang);
    return out.empty() ? (zh ? "整个蓝图" : "Whole blueprint") : out;
}

// ------------------------------------------------------------------------------------- text pieces
namespace {
std::string percent(double share) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f %%", share * 100);
    return buf;
}

std::string shown(const Compliance& c) { return c.mean ? text::format_number(std::round(c.share * 100) / 100) : percent(c.share); }
std::string target_shown(const Compliance& c) { return c.mean ? text::format_number(c.target) : percent(c.target); }
std::string score_shown(const Rollup& r) { return r.weight > 0 ? percent(r.score) : "—"; }

std::string status_word(Status s, Lang lang) {
    const bool zh = is_zh(lang);
    switch (s) {
        case Status::Met: return zh ? "达标" : "met";
        case Status::Below: return zh ? "未达标" : "below";
        case Status::NoData: return zh ? "无数据" : "no data";
        case Status::NotDue: return zh ? "未到期" : "not yet due";
    }
    return "";
}

struct Words {
    std::string title, period, site, all_sites, below, no_data, circles, roles, ranking, league, standard, moment,
        share, target, n, status, score, met, none, critical;
};
Words words(Lang lang) {
    if (is_zh(lang))
        return {"服务标准月度报告", "期间", "网点", "全部网点", "未达标的标准（差距最大的在前）", "应测量却没有数据的标准",
                "各服务圈", "各岗位", "网点排名", "网点 × 期间 综合得分", "标准", "触点", "达标率", "目标", "观测数", "状态",
                "综合得分", "达标", "无", "关键项未达标"};
    return {"Monthly service-standards report", "Period", "Site", "all sites", "Standards below target (largest gap first)",
            "Standards due without data", "By circle", "By role", "Site ranking", "Sites × periods, score", "Standard",
            "Moment", "Share", "Target", "n", "Status", "Score", "Met", "none", "critical below"};
}

std::string group_status(const Rollup& g, Lang lang) {
    std::string s = status_word(g.status, lang);
    if (g.critical_failed) s += is_zh(lang) ? "（关键项未达标）" : " (critical below)";
    return s;
}

std::string md_cell(std::string_view s) {
    std::string out;
    for (char ch : s) {
        if (ch == '|') out += "\\|";
        else if (ch == '\n') out += ' ';
        else out += ch;
    }
    return out;
}
}  // namespace

// ---------------------------------------------------------------------------------------- Markdown
std::string report_markdown(const Blueprint& doc, const Report& r, Lang lang) {
    const Words w = words(lang);
    std::string out = "# " + w.title + " · " + md_cell(doc.name) + " · " + md_cell(report_scope(r, lang)) + "\n\n";
    out += "- " + w.period + ": " + r.period + "\n- " + w.site + ": " + (r.site.empty() ? w.all_sites : md_cell(r.site)) + "\n\n";
    auto lines = [&](const std::string& heading, const std::vector<ReportLine>& xs, bool with_share) {
        out += "## " + heading + "\n\n";
        if (xs.empty()) return void(out += w.none + "\n\n");
        out += "| " + w.standard + " | " + w.moment + " | " + (with_share ? w.share + " | " + w.target + " | " + w.n + " |" : w.target + " |") + "\n";
        out += with_share ? "|---|---|---:|---:|---:|\n" : "|---|---|---:|\n";
        for (const ReportLine& l : xs) {
            out += "| `" + l.standard->id.value + "` " + md_cell(l.standard->statement) + " | " + md_cell(l.moment->name) + " | ";
            out += with_share ? shown(l.result) + " | " + target_shown(l.result) + " | " + std::to_string(l.result.n) + " |\n"
                              : target_shown(l.result) + " |\n";
        }
        out += "\n";
    };
    lines(w.below, r.below, true);
    lines(w.no_data, r.no_data, false);
    auto groups = [&](const std::string& heading, const std::vector<ReportGroup>& gs) {
        out += "## " + heading + "\n\n| | " + w.score + " | " + w.met + " | " + w.status + " |\n|---|---:|---:|---|\n";
        for (const ReportGroup& g : gs)
            out += "| " + md_cell(g.name) + " | " + score_shown(g.rollup) + " | " + std::to_string(g.rollup.met) + "/" +
                   std::to_string(g.rollup.standards - g.rollup.not_due) + " | " + group_status(g.rollup, lang) + " |\n";
        out += "\n";
    };
    groups(w.circles, r.circles);
    groups(w.roles, r.roles);
    if (!r.sites.empty()) {
        groups(w.ranking, r.sites);
        out += "## " + w.league + "\n\n| " + w.site;
        for (const std::string& p : r.periods) out += " | " + p;
        out += " |\n|---";
        for (size_t i = 0; i < r.periods.size(); ++i) out += "|---:";
        out += "|\n";
        for (size_t s = 0; s < r.sites.size(); ++s) {
            out += "| " + md_cell(r.sites[s].name);
            for (double v : r.league[s]) out += " | " + (v < 0 ? std::string("—") : percent(v));
            out += " |\n";
        }
        out += "\n";
    }
    return out;
}

// -------------------------------------------------------------------------------------------- HTML
std::string report_html(const Blueprint& doc, const Report& r, Lang lang) {
    const Words w = words(lang);
    using html::escape;
    std::string b = "<p class=\"meta\">" + escape(doc.name) + " · " + w.period + ": " + escape(r.period) + " · " + w.site +
                    ": " + escape(r.site.empty() ? w.all_sites : r.site) + "</p>\n";
    auto lines = [&](const std::string& heading, const std::vector<ReportLine>& xs, bool with_share) {
        b += "<h2>" + heading + "</h2>\n";
        if (xs.empty()) return void(b += "<p>" + w.none + "</p>\n");
        b += "<table><tr><th>" + w.standard + "</th><th>" + w.moment + "</th>" +
             (with_share ? "<th>" + w.share + "</th><th>" + w.target + "</th><th>" + w.n + "</th>" : "<th>" + w.target + "</th>") + "</tr>\n";
        for (const ReportLine& l : xs) {
            b += "<tr><td><code>" + escape(l.standard->id.value) + "</code> " + escape(l.standard->statement) + "</td><td>" +
                 escape(l.moment->name) + "</td>";
            b += with_share ? "<td class=\"num below\">" + shown(l.result) + "</td><td class=\"num\">" + target_shown(l.result) +
                                  "</td><td class=\"num\">" + std::to_string(l.result.n) + "</td>"
                            : "<td class=\"num\">" + target_shown(l.result) + "</td>";
            b += "</tr>\n";
        }
        b += "</table>\n";
    };
    lines(w.below, r.below, true);
    lines(w.no_data, r.no_data, false);
    auto groups = [&](const std::string& heading, const std::vector<ReportGroup>& gs) {
        b += "<h2>" + heading + "</h2>\n<table><tr><th></th><th>" + w.score + "</th><th>" + w.met + "</th><th>" + w.status + "</th></tr>\n";
        for (const ReportGroup& g : gs) {
            const char* cls = g.rollup.status == Status::Below ? "below" : g.rollup.status == Status::Met ? "met" : "nodata";
            b += "<tr><td>" + escape(g.name) + "</td><td class=\"num\">" + score_shown(g.rollup) + "</td><td class=\"num\">" +
                 std::to_string(g.rollup.met) + "/" + std::to_string(g.rollup.standards - g.rollup.not_due) + "</td><td class=\"" +
                 cls + "\">" + escape(group_status(g.rollup, lang)) + "</td></tr>\n";
        }
        b += "</table>\n";
    };
    groups(w.circles, r.circles);
    groups(w.roles, r.roles);
    if (!r.sites.empty()) {
        groups(w.ranking, r.sites);
        b += "<h2>" + w.league + "</h2>\n<table><tr><th>" + w.site + "</th>";
        for (const std::string& p : r.periods) b += "<th>" + escape(p) + "</th>";
        b += "</tr>\n";
        for (size_t s = 0; s < r.sites.size(); ++s) {
            b += "<tr><td>" + escape(r.sites[s].name) + "</td>";
            for (double v : r.league[s]) b += "<td class=\"num\">" + (v < 0 ? std::string("—") : percent(v)) + "</td>";
            b += "</tr>\n";
        }
        b += "</table>\n";
    }
    return html::page(lang, w.title + " · " + report_scope(r, lang), b);
}

// --------------------------------------------------------------------------------------------- CSV
std::string report_csv(const Report& r, Lang lang) {
    const bool zh = is_zh(lang);
    std::string out = "\xEF\xBB\xBF";
    auto line = [&](const std::vector<std::string>& cells) { csv_row(out, cells); };
    const std::string scope = report_scope(r, lang);
    line(zh ? std::vector<std::string>{"期间", "网点", "范围", "服务圈", "触点", "标准编号", "标准", "状态", "达标率", "目标", "观测数"}
            : std::vector<std::string>{"period", "site", "scope", "circle", "moment", "standard_id", "statement", "status", "share", "target", "n"});
    for (const auto* xs : {&r.below, &r.no_data})
        for (const ReportLine& l : *xs)
            line({r.period, r.site, scope, l.circle->name, l.moment->name, l.standard->id.value, l.standard->statement,
                  status_word(l.result.status, lang), l.result.n ? shown(l.result) : "", target_shown(l.result),
                  std::to_string(l.result.n)});
    return out;
}

// -------------------------------------------------------------------------------------------- JSON
namespace {
void json_string(std::string& out, std::string_view s) {
    out += '"';
    for (char ch : s) {
        const unsigned char u = static_cast<unsigned char>(ch);
        if (ch == '"' || ch == '\\') { out += '\\'; out += ch; }
        else if (u < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", u);
            out += buf;
        } else out += ch;
    }
    out += '"';
}
std::string number(double v) {
    if (!std::isfinite(v)) return "null";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}
}  // namespace

std::string report_json(const Report& r) {
    std::string out = "{\"format\":\"service-report\",\"format_version\":1,\"period\":";
    json_string(out, r.period);
    out += ",\"site\":";
    json_string(out, r.site);
    // The scope: null for the whole blueprint; the title in both languages says it either way.
    out += ",\"circle\":";
    if (r.circle.empty()) out += "null";
    else {
        out += "{\"id\":";
        json_string(out, r.circle.value);
        out += ",\"name\":";
        json_string(out, r.circle_name);
        out += '}';
    }
    out += ",\"role\":";
    if (r.role.empty()) out += "null";
    else {
        out += "{\"id\":";
        json_string(out, r.role.value);
        out += ",\"name\":";
        json_string(out, r.role_name.zh);
        out += ",\"name_en\":";
        json_string(out, r.role_name.en);
        out += '}';
    }
    out += ",\"title\":{\"zh\":";
    json_string(out, words(Lang::Zh).title + " · " + report_scope(r, Lang::Zh));
    out += ",\"en\":";
    json_string(out, words(Lang::En).title + " · " + report_scope(r, Lang::En));
    out += '}';
    for (const auto& [name, xs] : {std::pair<const char*, const std::vector<ReportLine>*>{"below", &r.below}, {"no_data", &r.no_data}}) {
        out += ",\"";
        out += name;
        out += "\":[";
        for (size_t i = 0; i < xs->size(); ++i) {
            const ReportLine& l = (*xs)[i];
            if (i) out += ',';
            out += "{\"standard\":";
            json_string(out, l.standard->id.value);
            out += ",\"circle\":";
            json_string(out, l.circle->id.value);
            out += ",\"moment\":";
            json_string(out, l.moment->id.value);
            out += ",\"status\":\"" + std::string(status_token(l.result.status)) + "\",\"n\":" + std::to_string(l.result.n) +
                   ",\"share\":" + (l.result.n ? number(l.result.share) : "null") + ",\"target\":" + number(l.result.target) +
                   ",\"mean\":" + (l.result.mean ? "true" : "false") + "}";
        }
        out += "]";
    }
    for (const auto& [name, gs] : {std::pair<const char*, const std::vector<ReportGroup>*>{"circles", &r.circles},
                                   {"roles", &r.roles}, {"sites", &r.sites}}) {
        out += ",\"";
        out += name;
        out += "\":[";
        for (size_t i = 0; i < gs->size(); ++i) {
            const ReportGroup& g = (*gs)[i];
            if (i) out += ',';
            out += "{\"id\":";
            json_string(out, g.id);
            out += ",\"name\":";
            json_string(out, g.name);
            out += ",\"score\":" + (g.rollup.weight > 0 ? number(g.rollup.score) : "null") +
                   ",\"status\":\"" + std::string(status_token(g.rollup.status)) + "\",\"met\":" + std::to_string(g.rollup.met) +
                   ",\"below\":" + std::to_string(g.rollup.below) + ",\"no_data\":" + std::to_string(g.rollup.no_data) +
                   ",\"critical_failed\":" + (g.rollup.critical_failed ? "true" : "false") + "}";
        }
        out += "]";
    }
    out += ",\"periods\":[";
    for (size_t i = 0; i < r.periods.size(); ++i) {
        if (i) out += ',';
        json_string(out, r.periods[i]);
    }
    out += "],\"league\":[";
    for (size_t s = 0; s < r.league.size(); ++s) {
        if (s) out += ',';
        out += '[';
        for (size_t i = 0; i < r.league[s].size(); ++i) {
            if (i) out += ',';
            out += r.league[s][i] < 0 ? "null" : number(r.league[s][i]);
        }
        out += ']';
    }
    out += "]}\n";
    return out;
}

}  // namespace bp
