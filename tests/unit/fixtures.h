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

// A format 3 file as format 4 writes the same document: the version, and each standard's (empty) target
// history after its number basis. Format 4's other fields (scoring, results) are left out when absent.
inline std::string in_format_4(std::string v3) {
    const std::string from = "\"format_version\": 3,", to = "\"format_version\": 4,";
    v3.replace(v3.find(from), from.size(), to);
    std::string out;
    size_t at = 0;
    for (size_t i = v3.find("\"number_basis\": "); i != std::string::npos; i = v3.find("\"number_basis\": ", at)) {
        const size_t line_start = v3.rfind('\n', i) + 1;
        const size_t end = v3.find('\n', i);
        out.append(v3, at, end - at);
        out += ",\n" + v3.substr(line_start, i - line_start) + "\"target_history\": []";
        at = end;
    }
    return out + v3.substr(at);
}
