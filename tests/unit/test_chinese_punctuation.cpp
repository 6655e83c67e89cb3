// The product's Chinese text uses full-width punctuation (核对，差错; （满分 5 分）): the rule titles, the
// labels, the templates, every lint message on broken copies of the samples, the drafts conversion writes
// the Chinese handbook and what breaking a link says. (The CSV files are left out: their commas separate the cells.)
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "blueprint/chain.h"
#include "blueprint/convert.h"
#include "blueprint/edit.h"
#include "blueprint/enums.h"
#include "blueprint/export.h"
#include "blueprint/json_io.h"
#include "blueprint/lint.h"
#include "chinese_text.h"

using namespace bp;
using chinese_text::has_half_width_punctuation;

namespace {

std::vector<Blueprint> chinese_samples() {
    std::vector<Blueprint> out;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(BP_SOURCE_DIR) + "/assets/samples")) {
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream s;
        s << in.rdbuf();
        LoadResult r = load_blueprint(s.str());
        REQUIRE(r.ok());
        if (draft_language(r.blueprint(), Lang::En) == Lang::Zh) out.push_back(r.blueprint());
    }
    REQUIRE(out.size() >= 5);
    return out;
}

// Copies of a sample broken in ways that wake most rules: no standards at all; standards emptied and
// overdue; every moment a fail and wait point with its feeling at the worst.
std::vector<Blueprint> broken(const Blueprint& b) {
    Blueprint no_standards = b, emptied = b, painful = b;
    for (Circle& c : no_standards.circles)
        for (Touchpoint& tp : c.touchpoints)
            for (KeyFactor& kf : tp.key_factors) kf.standards.clear();
    for (Circle& c : emptied.circles)
        for (Touchpoint& tp : c.touchpoints)
            for (KeyFactor& kf : tp.key_factors)
                for (Standard& s : kf.standards) {
                    s.statement = "尽快处理";
                    s.target.value.reset();
                    s.target.unit.clear();
                    s.target.compliance = 0.3;
                    s.review_by = "2001-01-01";
                    s.owner = RoleId();
                    s.agreed_with_staff = s.approved = false;
                }
    for (Circle& c : painful.circles)
        for (Touchpoint& tp : c.touchpoints) {
            tp.fail_point = tp.wait_point = true;
            tp.recovery = CircleId();
            tp.mitigation.clear();
            tp.feeling = -2;
        }
    return {no_standards, emptied, painful};
}

// Line by line, so that a failure names the line.
void check_text(const std::string& what, const std::string& text) {
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        INFO(what << ": " << line);
        CHECK_FALSE(has_half_width_punctuation(line));
    }
}

}  // namespace

TEST_CASE("Chinese rule titles, labels and templates use full-width punctuation") {
    for (const RuleInfo& r : lint_rules()) check_text("rule " + r.id, r.title_zh);
    for (const auto& i : enum_table<Dimension>()) check_text("label", std::string(i.zh));
    for (const auto& i : enum_table<Method>()) check_text("label", std::string(i.zh));
    for (const auto& i : enum_table<NumberSource>()) check_text("label", std::string(i.zh));
    for (const StandardTemplate& t : template_library()) {
        check_text("template " + t.key, t.title_zh);
        check_text("template " + t.key, t.draft.statement);
        check_text("template " + t.key, t.draft.target.unit);
        check_text("template " + t.key, t.draft.target.survey_question);
        check_text("template " + t.key, t.source);
    }
}

TEST_CASE("Chinese lint messages, drafts and exports use full-width punctuation") {
    LintOptions options;
    options.today = "2026-12-01";
    size_t messages = 0;
    for (const Blueprint& sample : chinese_samples()) {
        INFO(sample.name);
        for (const Blueprint& b : broken(sample)) {
            for (const Finding& f : lint(b, options)) check_text(f.rule, f.message_zh), ++messages;
            Document doc{Blueprint(b)};
            if (EditPtr e = convert_all(doc, Lang::Zh, "2026-12-01")) {
                check_text("history", e->describe(Lang::Zh));
                REQUIRE(doc.apply(std::move(e)));
            }
            for (const Finding& f : lint(doc.model(), options)) check_text(f.rule, f.message_zh), ++messages;
            for (const Circle& c : doc.model().circles)
                for (const Touchpoint& tp : c.touchpoints)
                    for (const KeyFactor& kf : tp.key_factors)
                        for (const Standard& s : kf.standards) {
                            check_text("draft", s.statement);
                            check_text("draft", s.target.survey_question);
                            check_text("draft", s.target.unit);
                        }
        }
        check_text("handbook", export_standards_markdown(sample, Lang::Zh));
        for (const Circle& c : sample.circles)
            for (const Handoff& h : c.handoffs) {
                ++messages;
                check_text("break", break_link(sample, {h.id, Break::Missing}).summary.zh);
                check_text("break", break_link(sample, {h.id, Break::Late, 90}).summary.zh);
            }
    }
    CHECK(messages > 200);  // the broken copies did wake the rules
}

TEST_CASE("Chinese load errors use full-width punctuation") {
    for (const char* text : {"", "{", "{\"format\":\"service-blueprint\",\"version\":99}", "[1,2]",
                             "{\"format\":\"service-blueprint\",\"version\":3,\"circles\":[{\"name\":5}]}",
                             "{\"format\":\"service-blueprint\",\"version\":3,\"circels\":[]}"}) {
        LoadResult r = load_blueprint(text);
        REQUIRE_FALSE(r.ok());
        check_text("load error", r.error().describe(Lang::Zh));
    }
}
