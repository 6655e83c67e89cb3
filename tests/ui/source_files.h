// The bytes of a file of the source tree (a fixture, a sample) for the UI tests.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace ui_test {

inline std::string read_source_file(const std::string& path) {
    std::ifstream in(std::string(BP_SOURCE_DIR) + "/" + path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace ui_test
