// The test fixtures in tests/fixtures/, loaded (the test fails when one does not load).
#pragma once

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "blueprint/json_io.h"

inline bp::Blueprint load_fixture(const std::string& name) {
    std::ifstream in(std::string(BP_SOURCE_DIR) + "/tests/fixtures/" + name, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    bp::LoadResult r = bp::load_blueprint(s.str());
    REQUIRE(r.ok());
    return r.blueprint();
}
