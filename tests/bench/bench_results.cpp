#include "bench_results.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <time.h>

#include "blueprint/compliance.h"
#include "blueprint/json_io.h"
#include "blueprint/lint.h"
#include "blueprint/report.h"
#include "blueprint/results.h"

using namespace bp;

namespace bench {
namespace {
double now_ms() {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double best_ms(int runs, const std::function<void()>& work) {
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        const double start = now_ms();
        work();
        best = std::min(best, now_ms() - start);
    }
    return best;
}

// Pre-aggregated rows, as a dashboard exports them: standard, period, site, n, met.
std::string generate_csv(const Blueprint& doc, int sites_per_standard, size_t& rows) {
    std::string csv = "\xEF\xBB\xBFstandard_id,period,site,n,met\r\n";
    rows = 0;
    int k = 0;
    char line[160];
    for (const Standard* s : all_standards(doc)) {
        for (int month = 1; month <= 12; ++month)
            for (int j = 0; j < sites_per_standard; ++j) {
                const int site = (k + month + j * 7) % 20;
                const int n = 20 + (k + month) % 30;
                const int met = n - (k * 7 + month * 3 + site) % 4;
                std::snprintf(line, sizeof line, "%s,2026-%02d,网点%02d,%d,%d\r\n", s->id.value.c_str(), month, site + 1, n, met);
                csv += line;
                ++rows;
            }
        ++k;
    }
    return csv;
}
}  // namespace

int run_results_bench(int runs, Blueprint doc, int sites_per_standard) {
    sites_per_standard = std::clamp(sites_per_standard, 1, 20);
    size_t rows = 0;
    const std::string csv = generate_csv(doc, sites_per_standard, rows);
    const Counts counts = count(doc);
    std::printf("blueprint_bench --results: best of %d runs (wall clock)\n", runs);
    std::printf("  blueprint: %zu touchpoints, %zu standards; results: 12 periods × 20 sites, %d site(s) per standard "
                "and month\n", counts.touchpoints, counts.standards, sites_per_standard);
    std::printf("  results CSV: %zu rows, %.1f MB\n", rows, csv.size() / 1048576.0);

    ImportOutcome imported;
    const double import_ms = best_ms(runs, [&] { imported = import_results(doc, csv); });
    if (!imported.ok()) {
        std::printf("  import failed: %s\n", imported.error.describe(Lang::En).c_str());
        return 1;
    }
    doc.results = std::move(imported.results);
    size_t cells = 0;
    for (const ResultSeries& s : doc.results->series) cells += s.cells.size();

    const auto standards = all_standards(doc);
    size_t below = 0;
    const double compliance_ms = best_ms(runs, [&] {
        const ResultsIndex index(doc);
        below = 0;
        for (const Standard* s : standards)  // every standard: pooled, and at each site
            for (int site = -1; site < 20; ++site)
                below += index.at(*s, "2026-12", site).status == Status::Below;
    });
    const double rollup_ms = best_ms(runs, [&] {
        const ResultsIndex index(doc);
        for (const Circle& c : doc.circles) {
            for (const Touchpoint& t : c.touchpoints) (void)rollup(index, standards_of(t), "2026-12", -1);
            (void)rollup(index, standards_of(c), "2026-12", -1);
        }
        for (int site = 0; site < 20; ++site) (void)rollup(index, standards, "2026-12", site);
    });
    std::vector<Finding> findings;
    const double lint_ms = best_ms(runs, [&] { findings = lint(doc); });
    size_t result_findings = 0;
    for (const Finding& f : findings) result_findings += f.rule.rfind("results.", 0) == 0;
    Report report;
    const double report_ms = best_ms(runs, [&] {
        ReportOptions o;
        o.period = "2026-12";
        report = build_report(doc, o);
    });
    std::string saved;
    const double save_ms = best_ms(runs, [&] { saved = save_blueprint(doc); });
    LoadResult loaded;
    const double load_ms = best_ms(runs, [&] { loaded = load_blueprint(saved); });

    std::printf("  %-52s %9.1f ms   [%zu cells]\n", "import (CSV → results, all or nothing)", import_ms, cells);
    std::printf("  %-52s %9.1f ms   [%zu below]\n", "compliance, every standard × (all sites + 20 sites)", compliance_ms, below);
    std::printf("  %-52s %9.1f ms\n", "roll-ups: every moment and circle, each site", rollup_ms);
    std::printf("  %-52s %9.1f ms   [%zu findings, %zu from results]\n", "lint with results", lint_ms, findings.size(),
                result_findings);
    std::printf("  %-52s %9.1f ms   [%zu below, %zu no data]\n", "monthly report (build)", report_ms, report.below.size(),
                report.no_data.size());
    std::printf("  %-52s %9.1f ms   [%.1f MB]\n", "save with results", save_ms, saved.size() / 1048576.0);
    std::printf("  %-52s %9.1f ms   [%s]\n", "load with results", load_ms, loaded.ok() ? "ok" : "FAILED");
    return loaded.ok() ? 0 : 1;
}

}  // namespace bench
