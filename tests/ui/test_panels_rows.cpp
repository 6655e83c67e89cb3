// The pure logic under the panels: standards rows (order, filters) and lint rows.
#include <catch2/catch.hpp>

#include <algorithm>

#include "app/designer/lint_rows.h"
#include "app/designer/standards_rows.h"
#include "panels_sample.h"

using namespace ui;

namespace {
std::vector<std::string> ids(const std::vector<StandardRow>& rows) {
    std::vector<std::string> out;
    for (const auto& r : rows) out.push_back(r.id.value);
    return out;
}

bp::Finding finding(bp::Severity s, const char* rule, const char* standard_id, const char* kf_id = "") {
    bp::Finding f;
    f.rule = rule;
    f.severity = s;
    if (*standard_id) f.element = bp::StandardId(standard_id);
    else f.element = bp::KeyFactorId(kf_id);
    f.message_zh = std::string("中文 ") + rule;
    f.message_en = std::string("English ") + rule;
    return f;
}
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("standards rows: document order without sort, with the touchpoint's position") {
    const bp::Blueprint doc = panels_test::sample_blueprint();
    const auto rows = build_standard_rows(doc, {}, {}, {}, bp::Lang::Zh);
    CHECK(ids(rows) == V{"st-call", "st-arrive", "st-courtesy", "st-apology"});
    CHECK(rows[2].touchpoint_order == 3);
    CHECK(rows[3].touchpoint_order == 1);
    for (const auto& r : rows) CHECK(bp::standard_at(doc, r.path).id == r.id);
}

TEST_CASE("standards rows: sorted by each column, ties keep document order") {
    const bp::Blueprint doc = panels_test::sample_blueprint();
    auto sorted = [&](StandardsColumn c, bool asc, bp::Lang lang = bp::Lang::Zh) {
        return ids(build_standard_rows(doc, {}, {}, {{c, asc}}, lang));
    };
    CHECK(sorted(StandardsColumn::Statement, true) ==
          V{"st-apology", "st-call", "st-courtesy", "st-arrive"});  // byte order: capitals first
    CHECK(sorted(StandardsColumn::Compliance, true) == V{"st-courtesy", "st-arrive", "st-call", "st-apology"});
    CHECK(sorted(StandardsColumn::Compliance, false) == V{"st-apology", "st-call", "st-arrive", "st-courtesy"});
    CHECK(sorted(StandardsColumn::Target, true) == V{"st-apology", "st-arrive", "st-courtesy", "st-call"});
    CHECK(sorted(StandardsColumn::Type, false) == V{"st-courtesy", "st-call", "st-arrive", "st-apology"});
    CHECK(sorted(StandardsColumn::Touchpoint, true) == V{"st-call", "st-arrive", "st-apology", "st-courtesy"});
    CHECK(sorted(StandardsColumn::Circle, true) == V{"st-apology", "st-call", "st-arrive", "st-courtesy"});
    CHECK(sorted(StandardsColumn::ReviewBy, false) == V{"st-call", "st-courtesy", "st-arrive", "st-apology"});
    CHECK(sorted(StandardsColumn::Visible, false) == V{"st-call", "st-courtesy", "st-arrive", "st-apology"});
    // Owner by display name in the UI language: 安装工 < 客服 by code point, but Customer service < Installer.
    CHECK(sorted(StandardsColumn::Owner, true, bp::Lang::Zh) == V{"st-apology", "st-arrive", "st-courtesy", "st-call"});
    CHECK(sorted(StandardsColumn::Owner, true, bp::Lang::En) == V{"st-apology", "st-call", "st-arrive", "st-courtesy"});
    CHECK(sorted(StandardsColumn::Owner, false, bp::Lang::En) == V{"st-arrive", "st-courtesy", "st-call", "st-apology"});
}

TEST_CASE("standards rows: a second sort key breaks ties of the first") {
    const bp::Blueprint doc = panels_test::sample_blueprint();
    const auto rows = build_standard_rows(doc, {}, {}, {{StandardsColumn::Type, true}, {StandardsColumn::Compliance, true}}, bp::Lang::Zh);
    CHECK(ids(rows) == V{"st-arrive", "st-call", "st-apology", "st-courtesy"});
}

TEST_CASE("standards rows: lint status counted per standard and sortable") {
    const bp::Blueprint doc = panels_test::sample_blueprint();
    const std::vector<bp::Finding> findings = {
        finding(bp::Severity::Warning, "ownership.no-review-date", "st-arrive"),
        finding(bp::Severity::Info, "x", "st-arrive"),
        finding(bp::Severity::Error, "measurable.vague", "st-apology"),
        finding(bp::Severity::Warning, "coverage", "", "kf-on-time"),  // the key factor's, not a standard's
    };
    const auto rows = build_standard_rows(doc, findings, {}, {{StandardsColumn::Lint, false}}, bp::Lang::Zh);
    CHECK(ids(rows) == V{"st-apology", "st-arrive", "st-call", "st-courtesy"});
    CHECK(rows[0].lint.errors == 1);
    CHECK(rows[1].lint.warnings == 1);
    CHECK(rows[1].lint.infos == 1);
    CHECK(rows[2].lint.total() == 0);

    auto filtered = [&](LintStatusFilter f) {
        StandardsFilter filter;
        filter.lint = f;
        return ids(build_standard_rows(doc, findings, filter, {}, bp::Lang::Zh));
    };
    CHECK(filtered(LintStatusFilter::Clean) == V{"st-call", "st-courtesy"});
    CHECK(filtered(LintStatusFilter::WithFindings) == V{"st-arrive", "st-apology"});
    CHECK(filtered(LintStatusFilter::WithErrors) == V{"st-apology"});
    CHECK(filtered(LintStatusFilter::WithWarnings) == V{"st-arrive"});
}

TEST_CASE("standards rows: filtered by circle, owner, type and text") {
    const bp::Blueprint doc = panels_test::sample_blueprint();
    auto filtered = [&](const StandardsFilter& f) { return ids(build_standard_rows(doc, {}, f, {}, bp::Lang::Zh)); };
    StandardsFilter f;
    f.circle = "c-complaint";
    CHECK(filtered(f) == V{"st-apology"});
    f = {};
    f.owner = "role-installer";
    CHECK(filtered(f) == V{"st-arrive", "st-courtesy"});
    f.owner = "";
    CHECK(filtered(f) == V{"st-apology"});
    f = {};
    f.type = bp::StandardType::Soft;
    CHECK(filtered(f) == V{"st-courtesy"});
    f = {};
    f.text = "CALL";  // case-insensitive
    CHECK(filtered(f) == V{"st-call"});
    f.text = "polite";  // the key factor's name
    CHECK(filtered(f) == V{"st-courtesy"});
    f.text = "安装工";  // the owner's Chinese name
    CHECK(filtered(f) == V{"st-arrive", "st-courtesy"});
    f = {};
    f.circle = "c-install";
    f.type = bp::StandardType::Hard;
    f.owner = "role-service";
    CHECK(filtered(f) == V{"st-call"});
    f.circle = "no-such-circle";
    CHECK(filtered(f).empty());
}

TEST_CASE("standards rows: 20,000 standards build in one pass") {
    bp::Blueprint doc = panels_test::sample_blueprint();
    bp::Circle big;
    big.id = bp::CircleId("c-big");
    big.name = "Big";
    for (int t = 0; t < 5000; ++t) {
        bp::Touchpoint tp;
        tp.id = bp::TouchpointId("tp-" + std::to_string(t));
        tp.name = "step " + std::to_string(t);
        bp::KeyFactor kf;
        kf.id = bp::KeyFactorId("kf-" + std::to_string(t));
        for (int s = 0; s < 4; ++s)
            kf.standards.push_back(panels_test::standard(("st-" + std::to_string(t) + "-" + std::to_string(s)).c_str(),
                                                         "s", bp::StandardType::Hard, (t * 7 + s) % 100, 0.9, "", false, ""));
        tp.key_factors.push_back(kf);
        big.touchpoints.push_back(tp);
    }
    doc.circles.push_back(big);
    const auto rows = build_standard_rows(doc, {}, {}, {{StandardsColumn::Target, false}}, bp::Lang::Zh);
    REQUIRE(rows.size() == 20004);
    const bool descending = std::is_sorted(rows.begin(), rows.end(), [&](const StandardRow& a, const StandardRow& b) {
        return *bp::standard_at(doc, a.path).target.value > *bp::standard_at(doc, b.path).target.value;
    });
    CHECK(descending);
    CHECK(bp::standard_at(doc, rows.front().path).target.value == 99.0);
}

TEST_CASE("lint rows: counts, severity and rule filters, sort by severity and element") {
    const bp::Blueprint doc = panels_test::sample_blueprint();
    bp::Locator where(doc);

    const std::vector<bp::Finding> findings = {
        finding(bp::Severity::Info, "b", "st-apology"),
        finding(bp::Severity::Error, "a", "st-courtesy"),
        finding(bp::Severity::Warning, "b", "st-call"),
        finding(bp::Severity::Error, "c", "st-call"),
    };
    CHECK(count_by_severity(findings) == std::array<int, 3>{2, 1, 1});
    CHECK(build_lint_rows(findings, doc, where, {}, {}, bp::Lang::Zh) == std::vector<int>{0, 1, 2, 3});
    CHECK(build_lint_rows(findings, doc, where, {}, {{LintColumn::Severity, true}}, bp::Lang::Zh) == std::vector<int>{1, 3, 2, 0});
    CHECK(build_lint_rows(findings, doc, where, {}, {{LintColumn::Severity, false}}, bp::Lang::Zh) == std::vector<int>{0, 2, 1, 3});
    CHECK(build_lint_rows(findings, doc, where, {}, {{LintColumn::Element, true}}, bp::Lang::Zh) == std::vector<int>{2, 3, 1, 0});
    CHECK(build_lint_rows(findings, doc, where, {}, {{LintColumn::Rule, true}, {LintColumn::Severity, true}}, bp::Lang::Zh) ==
          std::vector<int>{1, 2, 0, 3});

    LintFilter only_errors;
    only_errors.severities = {true, false, false};
    CHECK(build_lint_rows(findings, doc, where, only_errors, {}, bp::Lang::Zh) == std::vector<int>{1, 3});
    LintFilter rule_b;
    rule_b.rule = "b";
    CHECK(build_lint_rows(findings, doc, where, rule_b, {}, bp::Lang::Zh) == std::vector<int>{0, 2});
    LintFilter text;
    text.text = "courtesy";  // the element's name
    CHECK(build_lint_rows(findings, doc, where, text, {}, bp::Lang::Zh) == std::vector<int>{1});
}
