// The monthly report (step 8 of the method: feed performance back): for one period, and optionally one
// site, what is below target (worst first), what has no data, the roll-ups per circle, role and site, and
// the league table of sites over the periods (003: weekly and monthly reports that rank branches). As
// Markdown, printable HTML, CSV (UTF-8 with BOM) and JSON.
#pragma once

#include <string>
#include <vector>

#include "compliance.h"
#include "lang.h"
#include "model.h"

namespace bp {

struct ReportOptions {
    std::string period;  // "2026-11"; empty = the latest period of the results
    std::string site;    // empty = every site pooled
    Lang lang = Lang::Zh;
};

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
    std::vector<ReportLine> below;      // worst first
    std::vector<ReportLine> no_data;    // due, nothing measured
    std::vector<ReportGroup> circles, roles, sites;  // sites ranked best first
    std::vector<std::string> periods;   // of the league table, oldest first
    std::vector<std::vector<double>> league;  // per site (as `sites`), its score per period; -1 = no data
};

Report build_report(const Blueprint& doc, const ReportOptions& options);

std::string report_markdown(const Blueprint& doc, const Report& r, Lang lang);
std::string report_html(const Blueprint& doc, const Report& r, Lang lang);
std::string report_csv(const Report& r, Lang lang);   // one row per standard below or without data
std::string report_json(const Report& r);

}  // namespace bp
