// The measurement commands of the `blueprint` tool: import-results, remove-results, report, instruments.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "blueprint/lang.h"

namespace bp::cli {

// Whether the command line (without the program name) runs one of these commands.
bool is_results_command(const std::vector<std::string>& args);
int run_results_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, Lang default_lang);
void print_results_help(std::ostream& out, Lang lang);

}  // namespace bp::cli
