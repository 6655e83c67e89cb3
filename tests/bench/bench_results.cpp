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

double thread_cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// Best wall-clock and best CPU time of the thread (what the work costs when the machine is busy).
struct Best {
    double wall = 1e300, cpu = 1e300;
};
Best best_of(int runs, const std::function<void()>& work) {
    Best best;
    for (int i = 0; i < runs; ++i) {
        const double start = now_ms(), cpu = thread_cpu_ms();
        work();
        best.wall = std::min(best.wall, now_ms() - start);
        best.cpu = std::min(best.cpu, thread_cpu_ms() - cpu);
    }
    return best;
}

void line(const char* what, const Best& b, const std::string& note) {
    std::printf("  %-52s %9.1f ms %9.1f ms   %s\n", what, b.wall, b.cpu, note.c_str());
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

std::string results_csv(const Blueprint& doc, int sites_per_standard) {
    size_t rows = 0;
    return generate_csv(doc, std::clamp(sites_per_standard, 1, 20), rows);
}

int run_results_bench(int runs, Blueprint doc, int sites_per_standard) {
    sites_per_standard = std::clamp(sites_per_standard, 1, 20);
    size_t rows = 0;
    const std::string csv = generate_csv(doc, sites_per_standard, rows);
    const Counts counts = count(doc);
    std::printf("blueprint_bench --results: best of %d runs (wall clock, and CPU time of the thread)\n", runs);
    std::printf("  blueprint: %zu touchpoints, %zu standards; results: 12 periods × 20 sites, %d site(s) per standard "
                "and month\n", counts.touchpoints, counts.standards, sites_per_standard);
    std::printf("  results CSV: %zu rows, %.1f MB\n", rows, csv.size() / 1048576.0);

    ImportOutcome imported;
    const Best import_ms = best_of(runs, [&] { imported = import_results(doc, csv); });
    if (!imported.ok()) {
        std::printf("  import failed: %s\n", imported.error.describe(Lang::En).c_str());
        return 1;
    }
    doc.results = std::move(imported.results);
    size_t cells = 0;
    for (const ResultSeries& s : doc.results->series) cells += s.cells.size();

    const auto standards = all_standards(doc);
    size_t below = 0;
    const Best compliance_ms = best_of(runs, [&] {
        const ResultsIndex index(doc);
        below = 0;
        for (const Standard* s : standards)  // every standard: pooled, and at each site
            for (int site = -1; site < 20; ++site)
                below += index.at(*s, "2026-12", site).status == Status::Below;
    });
    const Best rollup_ms = best_of(runs, [&] {
        const ResultsIndex index(doc);
        for (const Circle& c : doc.circles) {
            for (const Touchpoint& t : c.touchpoints) (void)rollup(index, standards_of(t), "2026-12", -1);
            (void)rollup(index, standards_of(c), "2026-12", -1);
        }
        for (int site = 0; site < 20; ++site) (void)rollup(index, standards, "2026-12", site);
    });
    std::vector<Finding> findings;
    const Best lint_ms = best_of(runs, [&] { findings = lint(doc); });
    size_t result_findings = 0;
    for (const Finding& f : findings) result_findings += f.rule.rfind("results.", 0) == 0;
    Report report;
    const Best report_ms = best_of(runs, [&] {
        ReportOptions o;
        o.period = "2026-12";
        report = build_report(doc, o);
    });
    std::string saved;
    const Best save_ms = best_of(runs, [&] { saved = save_blueprint(doc); });
    LoadResult loaded;
    const Best load_ms = best_of(runs, [&] { loaded = load_blueprint(saved); });

    char note[96];
    std::printf("  %-52s %12s %12s\n", "", "wall", "cpu");
    std::snprintf(note, sizeof note, "[%zu cells]", cells);
    line("import (CSV → results, all or nothing)", import_ms, note);
    std::snprintf(note, sizeof note, "[%zu below]", below);
    line("compliance, every standard × (all sites + 20 sites)", compliance_ms, note);
    line("roll-ups: every moment and circle, each site", rollup_ms, "");
    std::snprintf(note, sizeof note, "[%zu findings, %zu from results]", findings.size(), result_findings);
    line("lint with results", lint_ms, note);
    std::snprintf(note, sizeof note, "[%zu below, %zu no data]", report.below.size(), report.no_data.size());
    line("monthly report (build)", report_ms, note);
    std::snprintf(note, sizeof note, "[%.1f MB]", saved.size() / 1048576.0);
    line("save with results", save_ms, note);
    line("load with results", load_ms, loaded.ok() ? "[ok]" : "[FAILED]");
    return loaded.ok() ? 0 : 1;
}

}  // namespace bench
