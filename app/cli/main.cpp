// Entry point of the `blueprint` tool: picks the message language from the environment and runs.
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "cli.h"

namespace {

// zh when the locale asks for Chinese (LC_ALL, then LC_MESSAGES, then LANG), else en.
bp::Lang environment_lang() {
    for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* value = std::getenv(name);
        if (value && *value) return bp::lang_of_tag(value);
    }
    return bp::Lang::En;
}

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    std::vector<std::string> args(argv + 1, argv + argc);
    try {
        return bp::cli::run(args, std::cout, std::cerr, environment_lang());
    } catch (const std::exception& e) {
        // The library reports bad input as values; this is only for the unforeseen (e.g. out of memory).
        std::cerr << "blueprint: " << e.what() << "\n";
        return bp::cli::kFindings;
    }
}
