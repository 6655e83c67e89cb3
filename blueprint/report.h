// The monthly report (step 8 of the method: feed performance back): for one period, optionally one site,
// and the whole blueprint or one circle or one role, what is below target (worst first), what has no data, the roll-ups per circle, role and site, and
// the league table of sites over the periods (003: weekly and monthly reports that rank branches). As
// Markdown, printable HTML, CSV (UTF-8 with BOM) and JSON.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "compliance.h"
#include "lang.h"
#include "model.h"

namespace bp {

struct ReportOptions {
    std::string period;  // "2026-11"; empty = the latest period of the results
    std::string site;    // empty = every site pooled
    // The scope; both empty = the whole blueprint, both set = the role's standards in the circle.
    CircleId circle;     // only the standards of this circle
    RoleId role;         // only the standards of the moments this role serves or acts in, and those it owns
    Lang lang = Lang::Zh;
};

// Why `options` names no circle or role of `doc` (the id that is not one), or nullopt when they do.
std::optional<Text> report_scope_refused(const Blueprint& doc, const ReportOptions& options);

// The standards of a role's report: those of every moment the role serves (its touchpoints) or does an
// activity in, and those it owns elsewhere; in document order.
std::vector<const Standard*> standards_in_role_scope(const Blueprint& doc, const RoleId& role);

struct ReportLine {                 // one standard
    const Standard* standard = nullptr;
    const Circle* circle = nullptr;
    const Touchpoint* moment = nullptr;
    Compliance result;
};

struct ReportGroup {                // a circle, a role or a site
    std::string id, name;
    Rollup rollup;
};

struct Report {
    std::string period, site;
    CircleId circle;                    // the scope, as ReportOptions; the names for the titles
    RoleId role;
    std::string circle_name;
    Text role_name;
    std::vector<ReportLine> below;      // worst first
    std::vector<ReportLine> no_data;    // due, nothing measured
    std::vector<ReportGroup> circles, roles, sites;  // sites ranked best first
    std::vector<std::string> periods;   // of the league table, oldest first
    std::vector<std::vector<double>> league;  // per site (as `sites`), its score per period; -1 = no data
};

// Every figure (lists, roll-ups, ranking, league table) counts only the standards of the scope.
Report build_report(const Blueprint& doc, const ReportOptions& options);
// "岗位：安装工" / "Role: Installer", "服务圈：…", both joined by " · ", or "整个蓝图" / "Whole blueprint".
std::string report_scope(const Report& r, Lang lang);

std::string report_markdown(const Blueprint& doc, const Report& r, Lang lang);
std::string report_html(const Blueprint& doc, const Report& r, Lang lang);
std::string report_csv(const Report& r, Lang lang);   // one row per standard below or without data
std::string report_json(const Report& r);

}  // namespace bp
