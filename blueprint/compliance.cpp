#include "compliance.h"

#include <algorithm>
#include <cmath>

#include "scoring.h"

namespace bp {

std::string_view status_token(Status s) {
    switch (s) {
        case Status::Met: return "met";
        case Status::Below: return "below";
        case Status::NoData: return "no_data";
        case Status::NotDue: return "not_due";
    }
    return "";
}

bool due_in(Frequency frequency, std::string_view period) {
    int month = period.size() >= 7 ? (period[5] - '0') * 10 + (period[6] - '0') : 0;
    switch (frequency) {
        case Frequency::Quarterly: return month % 3 == 0;
        case Frequency::Yearly: return month == 12;
        default: return true;
    }
}

// ---------------------------------------------------------------------------------- one standard
ResultsIndex::ResultsIndex(const Blueprint& doc) {
    if (!doc.results) return;
    results_ = &*doc.results;
    for (const ResultSeries& s : results_->series) by_standard_.emplace(s.standard.value, &s);
    for (size_t i = 0; i < results_->periods.size(); ++i) periods_.emplace(results_->periods[i], int(i));
    for (size_t i = 0; i < results_->sites.size(); ++i) sites_.emplace(results_->sites[i], int(i));
}

int ResultsIndex::period_index(std::string_view period) const {
    auto it = periods_.find(period);
    return it == periods_.end() ? -1 : it->second;
}

int ResultsIndex::site_index(std::string_view site) const {
    auto it = sites_.find(site);
    return it == sites_.end() ? -1 : it->second;
}

const ResultSeries* ResultsIndex::series(const StandardId& id) const {
    auto it = by_standard_.find(id.value);
    return it == by_standard_.end() ? nullptr : it->second;
}

Compliance ResultsIndex::at(const Standard& s, int period, std::string_view period_name, int site) const {
    Compliance c;
    c.mean = compliance_method(s) == ComplianceMethod::Mean;
    c.target = c.mean ? s.target.value.value_or(0) : s.target.compliance;
    double sum = 0;
    if (const ResultSeries* series = period >= 0 ? this->series(s.id) : nullptr) {
        // Cells are sorted by period, then site.
        auto first = std::lower_bound(series->cells.begin(), series->cells.end(), period,
                                      [](const ResultCell& cell, int p) { return cell.period < p; });
        for (auto it = first; it != series->cells.end() && it->period == period; ++it) {
            if (site >= 0 && it->site != site) continue;
            c.n += it->n;
            c.met += it->met;
            c.na += it->na;
            sum += it->sum;
        }
    }
    if (c.n == 0) {
        c.status = due_in(s.measurement.frequency, period_name) ? Status::NoData : Status::NotDue;
        return c;
    }
    if (c.mean) {
        c.share = sum / double(c.n);
        c.status = complies(s.target, c.share) ? Status::Met : Status::Below;
    } else {
        c.share = double(c.met) / double(c.n);
        // A share equal to the target meets it; 1e-12 keeps 19/20 = 0.95 from failing 0.95 by rounding.
        c.status = c.share + 1e-12 >= c.target ? Status::Met : Status::Below;
    }
    return c;
}

// ------------------------------------------------------------------------------------------ roll-ups
namespace {
// How far below its target a result is, for picking the worst: a share's shortfall, or for a mean
// the shortfall relative to its target value. No data when due counts as worse than any shortfall.
double shortfall(const Compliance& c) {
    if (c.status == Status::NoData) return 2;
    if (c.status == Status::NotDue) return -3;
    if (!c.mean) return c.target - c.share;
    double scale = c.target != 0 ? std::abs(c.target) : 1;
    double gap = (c.target - c.share) / scale;
    return c.status == Status::Below ? std::max(std::abs(gap), 1e-9) : -std::abs(gap);
}
}  // namespace

Rollup rollup(const ResultsIndex& index, const std::vector<const Standard*>& standards, std::string_view period,
              int site) {
    Rollup r;
    double weighted = 0;
    double worst = -10;
    const int p = index.period_index(period);
    for (const Standard* s : standards) {
        const double weight = weight_of(*s);
        Compliance c = index.at(*s, p, period, site);
        ++r.standards;
        switch (c.status) {
            case Status::Met: ++r.met; break;
            case Status::Below: ++r.below; r.critical_failed = r.critical_failed || is_critical(*s); break;
            case Status::NoData: ++r.no_data; break;
            case Status::NotDue: ++r.not_due; break;
        }
        if (c.status == Status::Met || c.status == Status::Below) {
            const double value = c.mean ? (c.status == Status::Met ? 1.0 : 0.0) : c.share;
            weighted += weight * value;
            r.weight += weight;
        }
        double gap = shortfall(c);
        if (gap > worst) {
            worst = gap;
            r.worst = s;
            r.worst_compliance = c;
        }
    }
    r.score = r.weight > 0 ? weighted / r.weight : 0;
    if (r.critical_failed) r.score = 0;
    r.status = r.below > 0 ? Status::Below : r.no_data > 0 ? Status::NoData : r.met > 0 ? Status::Met
                                                                                    : r.not_due > 0 ? Status::NotDue
                                                                                                    : Status::NoData;
    return r;
}

std::vector<std::vector<CellScore>> cell_scores(const Blueprint& doc, const ResultsIndex& index) {
    const Results* results = index.results();
    if (!results) return {};
    const size_t periods = results->periods.size(), sites = results->sites.size();
    std::vector<double> weighted(periods * sites, 0), weight(periods * sites, 0);
    std::vector<CellScore> counts(periods * sites);
    for (const Standard* s : all_standards(doc)) {
        const ResultSeries* series = index.series(s->id);
        if (!series) continue;
        const bool mean = compliance_method(*s) == ComplianceMethod::Mean;
        const double w = weight_of(*s);
        for (const ResultCell& c : series->cells) {
            if (c.n <= 0) continue;
            const size_t at = size_t(c.period) * sites + size_t(c.site);
            const double share = mean ? c.sum / double(c.n) : double(c.met) / double(c.n);
            const bool met = mean ? complies(s->target, share) : share + 1e-12 >= s->target.compliance;
            weighted[at] += w * (mean ? (met ? 1.0 : 0.0) : share);
            weight[at] += w;
            ++(met ? counts[at].met : counts[at].below);
            if (!met && is_critical(*s)) counts[at].critical_failed = true;
        }
    }
    std::vector<std::vector<CellScore>> out(periods, std::vector<CellScore>(sites));
    for (size_t p = 0; p < periods; ++p)
        for (size_t site = 0; site < sites; ++site) {
            const size_t at = p * sites + site;
            CellScore& cell = out[p][site];
            cell = counts[at];
            if (weight[at] > 0) cell.score = cell.critical_failed ? 0 : weighted[at] / weight[at];
        }
    return out;
}

std::vector<std::vector<double>> scores_by_period_and_site(const Blueprint& doc, const ResultsIndex& index) {
    std::vector<std::vector<double>> out;
    for (const std::vector<CellScore>& row : cell_scores(doc, index)) {
        out.emplace_back();
        for (const CellScore& cell : row) out.back().push_back(cell.score);
    }
    return out;
}

std::vector<const Standard*> standards_of(const Touchpoint& t) {
    std::vector<const Standard*> out;
    for (const KeyFactor& k : t.key_factors)
        for (const Standard& s : k.standards) out.push_back(&s);
    return out;
}

std::vector<const Standard*> standards_of(const Circle& c) {
    std::vector<const Standard*> out;
    for (const Touchpoint& t : c.touchpoints)
        for (const KeyFactor& k : t.key_factors)
            for (const Standard& s : k.standards) out.push_back(&s);
    return out;
}

std::vector<const Standard*> standards_of(const Blueprint& doc, const RoleId& owner) {
    std::vector<const Standard*> out;
    for (const Standard* s : all_standards(doc))
        if (s->owner == owner) out.push_back(s);
    return out;
}

std::vector<const Standard*> all_standards(const Blueprint& doc) {
    std::vector<const Standard*> out;
    for (const Circle& c : doc.circles)
        for (const Standard* s : standards_of(c)) out.push_back(s);
    return out;
}

}  // namespace bp
