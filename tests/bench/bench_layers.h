// The blueprint's layers at scale: 10,000 moments with 40,000 activities and 20,000 handoffs.
#pragma once

#include "blueprint/model.h"

namespace bench {

// A blueprint of `moments` touchpoints in circles of 100, each with one key factor and one standard,
// four activities (evidence, customer, frontstage with a role, support with a system) and, per moment,
// two handoffs: the frontstage hands on to the next moment's frontstage (+30 分钟) and to its own
// support process. Each circle has a promise its chain keeps.
bp::Blueprint generate_layers(int moments);

// Prints load, save, lint, chain timing and export figures for it; returns 0.
int run_layer_bench(int runs, int moments);

}  // namespace bench
