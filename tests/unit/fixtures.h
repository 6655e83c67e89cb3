// The test fixtures in tests/fixtures/, loaded (the test fails when one does not load).
#pragma once

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "blueprint/json_io.h"

// The bytes of a fixture file.
inline std::string read_fixture(const std::string& name) {
    std::ifstream in(std::string(BP_SOURCE_DIR) + "/tests/fixtures/" + name, std::ios::binary);
    REQUIRE(in);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

inline bp::Blueprint load_fixture(const std::string& name) {
    bp::LoadResult r = bp::load_blueprint(read_fixture(name));
    REQUIRE(r.ok());
    return r.blueprint();
}
