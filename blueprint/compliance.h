// Compliance out: per standard, period and site, the share that complied against the target share (or the
// documented mean against the target value), n, and a status — met, below, no data, not yet due — with
// weights, critical standards and N/A as each standard declares (scoring.h); rolled up per moment,
// circle, role and site. Pure functions of the document and its results.
// Sections: one standard · roll-ups.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model.h"

namespace bp {

enum class Status { Met, Below, NoData, NotDue };
std::string_view status_token(Status s);  // "met", "below", "no_data", "not_due"

// ---------------------------------------------------------------------------------- one standard
struct Compliance {
    Status status = Status::NoData;
    int64_t n = 0, met = 0, na = 0;
    double share = 0;   // met / n, or for the mean method the mean value
    double target = 0;  // the share required, or for the mean method the target value
    bool mean = false;  // share and target are values, not shares
};

// Whether a standard measured at `frequency` is due in the month "YYYY-MM": monthly and more often every
// month, quarterly in March, June, September and December, yearly in December.
bool due_in(Frequency frequency, std::string_view period);

// The document's results indexed for lookups; valid while the document's results and standards stay.
class ResultsIndex {
public:
    explicit ResultsIndex(const Blueprint& doc);
    const Results* results() const { return results_; }
    int period_index(std::string_view period) const;  // -1 when the results have no such period
    int site_index(std::string_view site) const;      // -1 when unknown
    // The cells of the standard; nullptr when it has none.
    const ResultSeries* series(const StandardId& id) const;
    // One standard at one period (an index of results()->periods, or -1 for a period with no results,
    // named by `period`) and one site (-1: all sites pooled).
    Compliance at(const Standard& s, int period, std::string_view period_name, int site) const;
    Compliance at(const Standard& s, std::string_view period, int site = -1) const {
        return at(s, period_index(period), period, site);
    }

private:
    const Results* results_ = nullptr;
    std::unordered_map<std::string_view, const ResultSeries*> by_standard_;
    std::unordered_map<std::string_view, int> periods_, sites_;
};

// ------------------------------------------------------------------------------------------ roll-ups
// A group of standards at one period and site. score: the weighted mean of the standards' shares that
// have data (a mean-method standard counts 1 when met, 0 when not); a critical standard below target
// fails the group (score 0, status below), as a failed critical item fails an audit.
struct Rollup {
    double score = 0;
    double weight = 0;       // of the standards with data
    int standards = 0, met = 0, below = 0, no_data = 0, not_due = 0;
    bool critical_failed = false;
    Status status = Status::NoData;  // below if any is below; no data if any due has none; else met
    const Standard* worst = nullptr;  // the standard furthest below its target (or without data when due)
    Compliance worst_compliance;
};

Rollup rollup(const ResultsIndex& index, const std::vector<const Standard*>& standards, std::string_view period,
              int site = -1);

// What rollup() over every standard of the document scores at each period and site, in one pass over the
// cells: cells[period][site] (indices of the results); score -1 where nothing was measured, and how many
// measured standards met or fell below (a critical one below: critical_failed). For league tables.
struct CellScore {
    double score = -1;
    int met = 0, below = 0;
    bool critical_failed = false;
};
std::vector<std::vector<CellScore>> cell_scores(const Blueprint& doc, const ResultsIndex& index);
// Only the scores of cell_scores.
std::vector<std::vector<double>> scores_by_period_and_site(const Blueprint& doc, const ResultsIndex& index);

// The standards of a moment, a circle, or owned by a role, in document order.
std::vector<const Standard*> standards_of(const Touchpoint& t);
std::vector<const Standard*> standards_of(const Circle& c);
std::vector<const Standard*> standards_of(const Blueprint& doc, const RoleId& owner);
std::vector<const Standard*> all_standards(const Blueprint& doc);

}  // namespace bp
