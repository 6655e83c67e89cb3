// Results at scale: a generated year of monthly results (12 periods × 20 sites) for a large blueprint,
// imported and turned into compliance, roll-ups, lint and the monthly report. Figures only.
#pragma once

#include <string>

#include "blueprint/model.h"

namespace bench {

// Prints import, compliance, roll-up, lint, report, save and load figures; returns 0.
// `sites_per_standard` sites measure each standard each month (rotating over the 20 sites).
int run_results_bench(int runs, bp::Blueprint doc, int sites_per_standard);

// The same results as CSV (UTF-8 with BOM, one pre-aggregated row per standard, month and site), for
// the page's figures (scripts/bench-results-page.mjs).
std::string results_csv(const bp::Blueprint& doc, int sites_per_standard);

}  // namespace bench
