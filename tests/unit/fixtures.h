// The test fixtures in tests/fixtures/, loaded (the test fails when one does not load).
#pragma once

#include <catch2/catch.hpp>

#include <fstream>
#include <set>
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

// A fixture's text with one snippet replaced; the snippet must occur exactly once.
inline std::string edited_fixture(const std::string& name, const std::string& from, const std::string& to) {
    std::string text = read_fixture(name);
    const size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    REQUIRE(text.find(from, at + 1) == std::string::npos);
    return text.replace(at, from.size(), to);
}

// Why a text does not load (the test fails when it does).
inline bp::LoadError load_error(const std::string& text) {
    bp::LoadResult r = bp::load_blueprint(text);
    REQUIRE_FALSE(r.ok());
    return r.error();
}

// A touchpoint of a document by id (the test fails when there is none).
inline const bp::Touchpoint& touchpoint_by_id(const bp::Blueprint& b, const std::string& id) {
    for (const bp::Circle& c : b.circles)
        for (const bp::Touchpoint& t : c.touchpoints)
            if (t.id.value == id) return t;
    FAIL("no touchpoint " << id);
    throw;
}

// A document saved in the current format as format 3 wrote it: without format 4's fields at their
// defaults (nothing to train on, no target history) and with format_version 3. So a format 3 fixture still checks that
// the saver writes everything format 3 had, in its order; the format 4 fixture checks the rest.
inline std::string as_format_3(const std::string& saved) {
    static const std::set<std::string> added = {
        "\"duties\": [],", "\"reports_to\": \"\",", "\"escalates_to\": \"\"", "\"kind\": \"unset\"",
        "\"phrases\": [],", "\"steps\": [],", "\"never\": [],", "\"trainer_notes\": \"\",", "\"questions\": []",
        "\"kind\": \"unset\",", "\"target_history\": []"};
    std::vector<std::string> lines;
    std::istringstream in(saved);
    for (std::string line; std::getline(in, line);) {
        const size_t first = line.find_first_not_of(' ');
        if (first != std::string::npos && added.count(line.substr(first))) continue;
        if (line == "  \"format_version\": 4,") line = "  \"format_version\": 3,";
        lines.push_back(line);
    }
    std::string out;
    for (size_t i = 0; i < lines.size(); ++i) {
        std::string line = lines[i];
        const size_t next = i + 1 < lines.size() ? lines[i + 1].find_first_not_of(' ') : std::string::npos;
        const bool closes = next != std::string::npos && (lines[i + 1][next] == '}' || lines[i + 1][next] == ']');
        if (closes && !line.empty() && line.back() == ',') line.pop_back();  // its last field went
        out += line + "\n";
    }
    return out;
}

// The first circle of `from` `n` times, each copy's ids (touchpoints, key factors, standards) suffixed
// "-<copy>": a document of many circles alike.
inline bp::Blueprint copies_of_first_circle(const bp::Blueprint& from, int n) {
    bp::Blueprint big = from;
    const bp::Circle model = big.circles.at(0);
    big.circles.clear();
    for (int c = 0; c < n; ++c) {
        bp::Circle circle = model;
        const std::string suffix = "-" + std::to_string(c);
        circle.id.value += suffix;
        for (auto& t : circle.touchpoints) {
            t.id.value += suffix;
            for (auto& k : t.key_factors) {
                k.id.value += suffix;
                for (auto& st : k.standards) st.id.value += suffix;
            }
        }
        big.circles.push_back(circle);
    }
    return big;
}
