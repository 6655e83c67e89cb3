// Exporting what the standards table's filter shows: the document kept whole but for the standards left
// out, consistent enough to export and lint like any other (blueprint/export.h keeping_standards).
#include <catch2/catch.hpp>

#include <algorithm>

#include "blueprint/compliance.h"
#include "blueprint/export.h"
#include "blueprint/invariants.h"
#include "blueprint/lint.h"
#include "fixtures.h"

using namespace bp;

TEST_CASE("keeping some standards: the rest of the document stays, handoffs and results of dropped ones go") {
    const Blueprint doc = load_fixture("water_heater.v4-results.blueprint.json");
    std::vector<StandardId> installer;
    for (const Standard* s : all_standards(doc))
        if (s->owner == RoleId("r-installer")) installer.push_back(s->id);
    REQUIRE(installer.size() >= 2);
    const Blueprint kept = keeping_standards(doc, installer);

    std::vector<StandardId> left;
    for (const Standard* s : all_standards(kept)) left.push_back(s->id);
    CHECK(left == installer);  // in document order, nothing else
    CHECK(count(kept).touchpoints == count(doc).touchpoints);
    CHECK(count(kept).key_factors == count(doc).key_factors);
    CHECK(count(kept).handoffs == count(doc).handoffs);
    CHECK(kept.roles.size() == doc.roles.size());
    CHECK(check_invariants(kept).empty());
    // A handoff covered by a dropped standard is no longer covered; one covered by a kept one still is.
    size_t covered_before = 0, covered_after = 0, covered_in_doc = 0;
    for (const Circle& c : doc.circles)
        for (const Handoff& h : c.handoffs)
            covered_in_doc += !h.standard.empty();
    for (const Circle& c : doc.circles)
        for (const Handoff& h : c.handoffs)
            covered_before += !h.standard.empty() &&
                              std::find(installer.begin(), installer.end(), h.standard) != installer.end();
    for (const Circle& c : kept.circles)
        for (const Handoff& h : c.handoffs) {
            if (h.standard.empty()) continue;
            ++covered_after;
            CHECK(std::find(installer.begin(), installer.end(), h.standard) != installer.end());
        }
    CHECK(covered_after == covered_before);
    CHECK(covered_after < covered_in_doc);  // some handoffs were covered by standards left out
    // Results only for what is kept.
    REQUIRE(kept.results);
    for (const ResultSeries& r : kept.results->series)
        CHECK(std::find(installer.begin(), installer.end(), r.standard) != installer.end());
    CHECK(kept.results->periods == doc.results->periods);

    // The standards file of the selection names exactly those standards.
    const std::string json = export_standards_json(kept);
    for (const Standard* s : all_standards(doc)) {
        const bool in = std::find(installer.begin(), installer.end(), s->id) != installer.end();
        CHECK((json.find("\"" + s->id.value + "\"") != std::string::npos) == in);
    }
    CHECK(keeping_standards(doc, {}).results->series.empty());
}
