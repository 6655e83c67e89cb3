// The water-heater sample grown for tests on bigger documents: its circles copied with ids made unique
// per copy, without the links between elements (recovery circles, activities, handoffs).
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "blueprint/json_io.h"

namespace ui_test {

inline bp::Blueprint water_heater_sample() {
    auto r = bp::load_blueprint_file(std::string(BP_SOURCE_DIR) + "/assets/samples/water-heater-installation.blueprint.json");
    REQUIRE(r.ok());
    return r.blueprint();
}

// `copies` of the sample's circles, `spacing` apart on a grid.
inline bp::Blueprint grown(int copies, double spacing) {
    bp::Blueprint b = water_heater_sample();
    std::vector<bp::Circle> circles;
    for (int i = 0; i < copies; ++i)
        for (bp::Circle c : b.circles) {
            const std::string suffix = "-" + std::to_string(i);
            c.id.value += suffix;
            c.position = {c.position.x + (i % 4) * spacing, c.position.y + (i / 4) * spacing};
            for (auto& t : c.touchpoints) {
                t.id.value += suffix;
                t.recovery = {};
                t.activities.clear();
                for (auto& k : t.key_factors) {
                    k.id.value += suffix;
                    for (auto& s : k.standards) s.id.value += suffix;
                }
            }
            c.handoffs.clear();
            circles.push_back(std::move(c));
        }
    b.circles = std::move(circles);
    return b;
}

}  // namespace ui_test
