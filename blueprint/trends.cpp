#include "trends.h"

#include <algorithm>
#include <numeric>

#include "glossary.h"
#include "scoring.h"

namespace bp {

// ------------------------------------------------------------------------------------------ verdicts
Verdict verdict_of(const Standard& s, const Compliance& c) {
    switch (c.status) {
        case Status::Met: return Verdict::Met;
        case Status::Below: return is_critical(s) ? Verdict::CriticalFailed : Verdict::Below;
        case Status::NoData: return Verdict::NoData;
        case Status::NotDue: return Verdict::NotDue;
    }
    return Verdict::NoData;
}

Term verdict_word(Verdict v) {
    switch (v) {
        case Verdict::Met: return glossary::status_met;
        case Verdict::Below: return glossary::status_below;
        case Verdict::CriticalFailed: return glossary::status_critical_failed;
        case Verdict::NoData: return glossary::status_no_data;
        case Verdict::NotDue: return glossary::status_not_due;
    }
    return glossary::status_no_data;
}

int verdict_severity(Verdict v) {
    switch (v) {
        case Verdict::NotDue: return 0;
        case Verdict::Met: return 1;
        case Verdict::NoData: return 2;
        case Verdict::Below: return 3;
        case Verdict::CriticalFailed: return 4;
    }
    return 0;
}

// ------------------------------------------------------------------------------ one standard over time
Standing standing(const ResultsIndex& index, const Standard& s, std::string_view period, int site) {
    Standing out;
    const int p = index.period_index(period);
    out.now = index.at(s, p, period, site);
    out.verdict = verdict_of(s, out.now);
    if (p > 0) {
        const std::string& previous = index.results()->periods[size_t(p - 1)];
        out.before = index.at(s, p - 1, previous, site);
    } else {
        out.before = index.at(s, -1, "", site);  // no period before: no data, with the target
    }
    if (out.now.n > 0 && out.before.n > 0)
        out.change = (out.now.share - out.before.share) * (out.now.mean ? 1.0 : 100.0);
    return out;
}

std::vector<TrendPoint> trend(const ResultsIndex& index, const Standard& s, int site) {
    std::vector<TrendPoint> out;
    if (!index.results()) return out;
    const std::vector<std::string>& periods = index.results()->periods;
    for (size_t p = 0; p < periods.size(); ++p) out.push_back({periods[p], index.at(s, int(p), periods[p], site)});
    return out;
}

// -------------------------------------------------------------------------------------- league table
namespace {
// The score of the league's i-th site at its chosen period.
double league_score(const League& league, size_t i) {
    return league.period >= 0 ? league.cells[i][size_t(league.period)].score : -1.0;
}
}  // namespace

League league_table(const Blueprint& doc, const ResultsIndex& index, std::string_view period) {
    League league;
    const Results* results = index.results();
    if (!results) return league;
    league.periods = results->periods;
    league.period = index.period_index(period);
    const std::vector<std::vector<CellScore>> scores = cell_scores(doc, index);

    const size_t sites = results->sites.size();
    std::vector<std::vector<LeagueCell>> by_site(sites, std::vector<LeagueCell>(league.periods.size()));
    for (size_t p = 0; p < league.periods.size(); ++p)
        for (size_t s = 0; s < sites; ++s) {
            const CellScore& c = scores[p][s];
            LeagueCell& cell = by_site[s][p];
            cell.score = c.score;
            cell.met = c.met;
            cell.below = c.below;
            cell.verdict = c.score < 0        ? Verdict::NoData
                           : c.critical_failed ? Verdict::CriticalFailed
                           : c.below > 0       ? Verdict::Below
                                               : Verdict::Met;
        }
    // Best first at the chosen period; sites without data there keep the results' order, last.
    auto at_period = [&](size_t s) { return league.period >= 0 ? by_site[s][size_t(league.period)].score : -1.0; };
    std::vector<size_t> order(sites);
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return at_period(a) > at_period(b); });
    for (size_t i = 0; i < order.size(); ++i) {
        const size_t s = order[i];
        const double score = at_period(s);
        const double previous = i > 0 ? league_score(league, i - 1) : -1;
        league.sites.push_back(results->sites[s]);
        league.cells.push_back(std::move(by_site[s]));
        // Ties share the better rank (1, 1, 3): the same score is the same standing.
        const bool tie = i > 0 && league.rank.back() > 0 && score == previous;
        league.rank.push_back(score < 0 ? 0 : tie ? league.rank.back() : int(i) + 1);
    }
    return league;
}

}  // namespace bp
