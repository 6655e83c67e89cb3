// Compliance over time, for the designer's standards table, its results panel and the report: a
// standard's verdict this period with its change against the period before, its series over the
// periods (a trend chart), and the league table of sites × periods with each site's rank (003: reports
// that rank branches). Pure functions of the document's results (compliance.h computes every share).
// Sections: verdicts · one standard over time · league table.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compliance.h"
#include "lang.h"

namespace bp {

// ------------------------------------------------------------------------------------------ verdicts
// What a result says, as the table and the league colour it: a critical standard below its target
// fails the whole audit, so it is told apart from an ordinary shortfall.
enum class Verdict { Met, Below, CriticalFailed, NoData, NotDue };
Verdict verdict_of(const Standard& s, const Compliance& c);
Term verdict_word(Verdict v);  // from the glossary: 达标 / 未达标 / 关键项未达标 / 无数据 / 未到期
// For sorting, least to most in need of attention: not due, met, no data, below, critical failed.
int verdict_severity(Verdict v);

// ------------------------------------------------------------------------------ one standard over time
// One standard at one period and site (-1: pooled) against the period before it in the results.
struct Standing {
    Compliance now;
    Compliance before;               // the previous period of the results; no data when there is none
    Verdict verdict = Verdict::NoData;
    // now − before, in percentage points for a share (0.90 → 0.95 is +5), in the value's own unit for
    // the mean method; none unless both periods were measured.
    std::optional<double> change;
};
Standing standing(const ResultsIndex& index, const Standard& s, std::string_view period, int site = -1);

// The standard at every period of the results, oldest first, with its target (Compliance::target).
struct TrendPoint {
    std::string period;
    Compliance result;
};
std::vector<TrendPoint> trend(const ResultsIndex& index, const Standard& s, int site = -1);

// -------------------------------------------------------------------------------------- league table
// One site at one period, over every standard of the document (the score is rollup()'s, computed in
// one pass: cell_scores). The verdict speaks of what was measured: critical failed, below when one
// measured standard is below, met when all measured are met, no data when none was measured.
struct LeagueCell {
    double score = -1;  // -1: nothing measured
    Verdict verdict = Verdict::NoData;
    int met = 0, below = 0;
};

struct League {
    std::vector<std::string> periods;            // of the results, oldest first
    int period = -1;                             // the chosen one, an index of `periods`; -1 when unknown
    std::vector<std::string> sites;              // best first at the chosen period; unmeasured ones last
    std::vector<int> rank;                       // per site (as `sites`): 1 = best, ties share; 0 = no data
    std::vector<std::vector<LeagueCell>> cells;  // [site (as `sites`)][period]
};
League league_table(const Blueprint& doc, const ResultsIndex& index, std::string_view period);

}  // namespace bp
