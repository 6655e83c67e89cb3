// Results in the designer's session: a filled-in sheet (what Excel writes) merged into the document as one
// undoable edit, kept when the document is saved and opened again, and removed; a bad sheet changes nothing.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>

#include "app/designer/session.h"
#include "blueprint/compliance.h"
#include "blueprint/instruments.h"

namespace {
std::string fixture(const std::string& name) {
    std::ifstream in(std::string(BP_SOURCE_DIR) + "/tests/fixtures/" + name, std::ios::binary);
    REQUIRE(in);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}
}  // namespace

TEST_CASE("session: a filled-in checklist imports as one undoable edit and is saved with the document") {
    ui::Session session([] { return 0.0; });
    REQUIRE(session.open_text(fixture("water_heater.v3.blueprint.json"), "热水器.blueprint.json").ok());
    bp::InstrumentOptions o;
    o.kind = bp::InstrumentKind::Audit;
    o.role = bp::RoleId("r-installer");
    o.period = "2026-11";
    o.site = "北京朝阳店";
    // The sheet as Excel saves it once every answer is "是": BOM, CRLF, the two last columns filled.
    std::string sheet = bp::instrument_csv(session.model(), o), filled;
    size_t start = 0;
    for (size_t end; (end = sheet.find("\r\n", start)) != std::string::npos; start = end + 2) {
        std::string line = sheet.substr(start, end - start);
        if (start > 3) line = line.substr(0, line.size() - 2) + ",是,";
        filled += line + "\r\n";
    }
    const bp::ImportOutcome o1 = session.import_results(filled);
    INFO(o1.error.describe(bp::Lang::En));
    REQUIRE(o1.ok());
    REQUIRE(session.model().results);
    CHECK(session.unsaved());
    const size_t series = session.model().results->series.size();
    CHECK(series == bp::instrument_rows(session.model(), o).size());

    // Saved and opened again, the results are there.
    const std::string saved = session.save();
    ui::Session again([] { return 0.0; });
    REQUIRE(again.open_text(saved, "热水器.blueprint.json").ok());
    REQUIRE(again.model().results);
    CHECK(again.model().results->series.size() == series);

    // A bad sheet changes nothing.
    const uint64_t revision = session.doc().revision();
    CHECK_FALSE(session.import_results("standard_id,period,site,result\nst-wh-skill,2026-11,A,很好\n").ok());
    CHECK(session.doc().revision() == revision);

    // Removed, and back with undo.
    REQUIRE(session.remove_results());
    CHECK_FALSE(session.model().results);
    CHECK_FALSE(session.remove_results());  // nothing left to remove
    REQUIRE(session.doc().undo());
    CHECK(session.model().results);
    REQUIRE(session.doc().undo());
    CHECK_FALSE(session.model().results);  // before the import
}
