// The text of a bundled sample, for the UI tests that open one as the page does.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace ui_test {

// assets/samples/<name>.blueprint.json, or "" when missing.
inline std::string sample_text(const std::string& name) {
    std::ifstream in(std::string(BP_SOURCE_DIR) + "/assets/samples/" + name + ".blueprint.json", std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace ui_test
