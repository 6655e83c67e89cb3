// The `blueprint` command-line tool: validate, lint, convert, export and new, on the domain library.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "blueprint/lang.h"

namespace bp::cli {

// Exit codes: 0 all fine, 1 the input has errors or findings (or a file could not be read or written),
// 2 the command line itself is wrong.
enum Exit { kOk = 0, kFindings = 1, kUsage = 2 };

// Runs one command line (without the program name). `default_lang` is the message language when
// --lang is not given.
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, Lang default_lang);

}  // namespace bp::cli
