// The standards table's kept rows (StandardRowsCache): after any sequence of edits, undos and redos —
// standards added, removed, retyped and reassigned, circles and touchpoints added, removed and moved,
// roles renamed — a build gives exactly the rows build_standard_rows gives, with their lint counts,
// under each filter and sort; and an edit in one circle walks only that circle again.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "app/designer/standards_rows.h"
#include "blueprint/edit.h"
#include "blueprint/lint.h"
#include "grown_sample.h"

using namespace ui;

namespace {

bp::Blueprint grown(int copies) { return ui_test::grown(copies, 4000); }

void same_rows(const std::vector<StandardRow>& kept, const std::vector<StandardRow>& full) {
    REQUIRE(kept.size() == full.size());
    for (size_t i = 0; i < kept.size(); ++i) {
        INFO("row " << i << " " << full[i].id.value);
        REQUIRE(kept[i].id == full[i].id);
        CHECK(kept[i].path == full[i].path);
        CHECK(kept[i].touchpoint_order == full[i].touchpoint_order);
        CHECK(kept[i].lint.errors == full[i].lint.errors);
        CHECK(kept[i].lint.warnings == full[i].lint.warnings);
        CHECK(kept[i].lint.infos == full[i].lint.infos);
    }
}

// A standard somewhere in the document, or null when it has none.
const bp::Standard* pick_standard(const bp::Blueprint& m, std::mt19937& rng) {
    std::vector<const bp::Standard*> all;
    for (const auto& c : m.circles)
        for (const auto& t : c.touchpoints)
            for (const auto& k : t.key_factors)
                for (const auto& s : k.standards) all.push_back(&s);
    if (all.empty()) return nullptr;
    return all[std::uniform_int_distribution<size_t>(0, all.size() - 1)(rng)];
}

// One random edit; false when the one drawn did not apply.
bool random_edit(bp::Document& d, std::mt19937& rng) {
    const bp::Blueprint& m = d.model();
    auto pick = [&](size_t n) { return (size_t)std::uniform_int_distribution<size_t>(0, n - 1)(rng); };
    const bp::Circle& circle = m.circles[pick(m.circles.size())];
    switch (pick(11)) {
        case 0: {  // a standard retyped, reassigned or reworded
            const bp::Standard* s = pick_standard(m, rng);
            if (!s) return false;
            bp::Standard after = *s;
            if (pick(3) == 0) after.type = after.type == bp::StandardType::Hard ? bp::StandardType::Soft : bp::StandardType::Hard;
            else if (pick(2) == 0 && !m.roles.empty()) after.owner = m.roles[pick(m.roles.size())].id;
            else after.statement = pick(2) ? "准时上门，迟到先致电" : "Arrive on time";
            return d.apply(bp::set_standard(*s, after));
        }
        case 1: {  // a new standard on some key factor
            for (const auto& t : circle.touchpoints)
                for (const auto& k : t.key_factors) {
                    if (pick(3)) continue;
                    bp::Standard s;
                    s.id = bp::StandardId(d.new_id("st"));
                    s.statement = "新标准";
                    if (!m.roles.empty() && pick(2)) s.owner = m.roles[pick(m.roles.size())].id;
                    return d.apply(bp::insert_standard(k.id, s, (int)pick(k.standards.size() + 1)));
                }
            return false;
        }
        case 2: {
            const bp::Standard* s = pick_standard(m, rng);
            return s && d.apply(bp::remove_standard(m, s->id));
        }
        case 3: {  // a touchpoint moved within its circle: its standards' rows move with it
            if (circle.touchpoints.size() < 2) return false;
            return d.apply(bp::move_touchpoint(circle.id, (int)pick(circle.touchpoints.size()), (int)pick(circle.touchpoints.size())));
        }
        case 4:
            if (circle.touchpoints.size() < 2) return false;
            return d.apply(bp::remove_touchpoint(m, circle.touchpoints[pick(circle.touchpoints.size())].id));
        case 5: {  // a new circle with one standard, at some place in the list
            bp::Circle n;
            n.id = bp::CircleId(d.new_id("circle"));
            n.name = "新服务圈";
            bp::Touchpoint t;
            t.id = bp::TouchpointId(d.new_id("tp"));
            t.name = "到达";
            bp::KeyFactor k;
            k.id = bp::KeyFactorId(d.new_id("kf"));
            k.name = "准时";
            bp::Standard s;
            s.id = bp::StandardId(d.new_id("st"));
            s.statement = "按约定时间到达";
            k.standards.push_back(s);
            t.key_factors.push_back(k);
            n.touchpoints.push_back(t);
            return d.apply(bp::insert_circle(n, (int)pick(m.circles.size() + 1)));
        }
        case 6:
            if (m.circles.size() < 3) return false;
            return d.apply(bp::remove_circle(m, circle.id));
        case 7: {  // a role renamed: the text filter matches owners by name
            if (m.roles.empty()) return false;
            bp::Blueprint after = m;
            after.circles.clear();
            bp::Blueprint before = after;
            after.roles[pick(after.roles.size())].name = pick(2) ? "安装师傅" : "调度员";
            return d.apply(bp::set_blueprint_info(before, after));
        }
        case 8: {  // a circle renamed
            bp::Circle after = circle;
            after.touchpoints.clear();
            bp::Circle before = after;
            after.name = pick(2) ? "安装服务" : "售后回访";
            return d.apply(bp::set_circle(before, after));
        }
        case 9: return d.undo();
        default: return d.redo();
    }
}

}  // namespace

TEST_CASE("standards rows kept between builds equal a full build after every edit, undo and redo", "[panels][rows]") {
    bp::Blueprint start = grown(6);
    REQUIRE(!start.roles.empty());
    std::vector<StandardsFilter> filters(4);
    filters[1].type = bp::StandardType::Hard;
    filters[2].owner = start.roles[0].id.value;
    filters[3].text = "安装";
    const std::vector<std::vector<SortKey>> sorts = {{}, {{StandardsColumn::Lint, false}, {StandardsColumn::Owner, true}}};
    for (size_t fi = 0; fi < filters.size(); ++fi)
        for (const auto& sort : sorts) {
            INFO("filter " << fi << ", " << sort.size() << " sort keys");
            bp::Document d(start);
            StandardRowsCache cache;
            bp::LintOptions options;
            options.today = "2026-12-06";
            bp::IncrementalLint lint;
            cache.build(d, lint.run(d.model(), options, nullptr), filters[fi], sort, bp::Lang::Zh);
            std::mt19937 rng(11 + unsigned(fi));
            int edits = 0;
            for (int step = 0; step < 70; ++step) {
                if (!random_edit(d, rng)) continue;
                ++edits;
                const std::vector<bp::Finding>& findings = lint.run(d.model(), options, nullptr);
                INFO("after edit " << edits);
                same_rows(cache.build(d, findings, filters[fi], sort, bp::Lang::Zh),
                          build_standard_rows(d.model(), findings, filters[fi], sort, bp::Lang::Zh));
            }
            CHECK(edits >= 50);
            // Role edits cannot tell their circles: those, and the first build, walk everything.
            INFO(cache.full_builds() << " full builds for " << edits << " edits");
            CHECK(cache.full_builds() < size_t(edits) / 3);
        }
}

TEST_CASE("standards rows: an edit in one circle walks that circle again, and lint counts follow the findings", "[panels][rows]") {
    bp::Document d(grown(4));
    StandardRowsCache cache;
    const size_t all = cache.build(d, {}, {}, {}, bp::Lang::Zh).size();
    REQUIRE(all > 8);
    CHECK(cache.full_builds() == 1);

    // A standard reworded in the third circle: one circle walked, the rows as a full build gives them.
    const bp::Standard& s = d.model().circles[2].touchpoints[0].key_factors[0].standards.at(0);
    const bp::StandardId id = s.id;
    bp::Standard after = s;
    after.statement = "十分钟内回电";
    REQUIRE(d.apply(bp::set_standard(s, after)));
    // Findings on that standard and on one in another circle, which no edit touched.
    const bp::StandardId other = d.model().circles[0].touchpoints[0].key_factors[0].standards.at(0).id;
    std::vector<bp::Finding> findings(3);
    findings[0].element = id;
    findings[0].severity = bp::Severity::Error;
    findings[1].element = other;
    findings[1].severity = bp::Severity::Warning;
    findings[2].element = other;
    findings[2].severity = bp::Severity::Info;
    const auto& rows = cache.build(d, findings, {}, {}, bp::Lang::Zh);
    CHECK(cache.full_builds() == 1);
    same_rows(rows, build_standard_rows(d.model(), findings, {}, {}, bp::Lang::Zh));
    int with_findings = 0;
    for (const StandardRow& r : rows) {
        if (r.lint.total() == 0) continue;
        ++with_findings;
        if (r.id == id) CHECK(r.lint.errors == 1);
        else CHECK((r.id == other && r.lint.warnings == 1 && r.lint.infos == 1));
    }
    CHECK(with_findings == 2);

    // The findings gone: the counts go with them, though no circle changed.
    same_rows(cache.build(d, {}, {}, {}, bp::Lang::Zh), build_standard_rows(d.model(), {}, {}, {}, bp::Lang::Zh));
    CHECK(cache.full_builds() == 1);

    // Another filter walks everything once.
    StandardsFilter hard;
    hard.type = bp::StandardType::Hard;
    same_rows(cache.build(d, {}, hard, {}, bp::Lang::Zh), build_standard_rows(d.model(), {}, hard, {}, bp::Lang::Zh));
    CHECK(cache.full_builds() == 2);

    // A replaced document cannot tell what changed.
    d.replace(grown(2));
    same_rows(cache.build(d, {}, hard, {}, bp::Lang::Zh), build_standard_rows(d.model(), {}, hard, {}, bp::Lang::Zh));
    CHECK(cache.full_builds() == 3);
}
