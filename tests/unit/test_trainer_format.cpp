// Format 4 (what staff are trained on): the trainer fixture round trip, migration from format 3, the
// loader's messages for role references, check_invariants and the role edits that keep them true.
#include <catch2/catch.hpp>

#include <cstring>

#include "blueprint/fields.h"
#include "blueprint/invariants.h"
#include "blueprint/json_io.h"
#include "blueprint/json_validate.h"
#include "blueprint/roles.h"
#include "fixtures.h"

using namespace bp;

namespace {
const char* kFixture = "water_heater.v4-trainer.blueprint.json";

std::string edited(const std::string& from, const std::string& to) { return edited_fixture(kFixture, from, to); }
LoadError error_of(const std::string& text) { return load_error(text); }
const Touchpoint& touchpoint(const Blueprint& b, const std::string& id) { return touchpoint_by_id(b, id); }
const Role& role(const Blueprint& b, const std::string& id) {
    for (const Role& r : b.roles)
        if (r.id.value == id) return r;
    FAIL("no role " << id);
    throw;
}
}  // namespace

TEST_CASE("a version 4 trainer document loads its phrases, steps, never-dos, duties and kinds and saves back byte for byte") {
    const std::string text = read_fixture(kFixture);
    LoadResult r = load_blueprint(text);
    REQUIRE(r.ok());
    CHECK(r.migrated_from == 0);
    const Blueprint& b = r.blueprint();

    const Touchpoint& call = touchpoint(b, "tp-wh-call");
    REQUIRE(call.phrases.size() == 2);
    CHECK(call.phrases[1].condition == "出发时");
    CHECK(call.phrases[1].text.rfind("您好，我现在出发", 0) == 0);
    REQUIRE(call.steps.size() == 2);
    CHECK(call.steps[0].text == "前一日20:00前致电确认上门时段");
    REQUIRE(call.never.size() == 2);
    REQUIRE(call.questions.size() == 1);
    CHECK(call.questions[0].answer == "我现在出发；大约多久后到。");
    CHECK(touchpoint(b, "tp-wh-survey").trainer_notes.find("勉强安装") != std::string::npos);

    const Role& installer = role(b, "r-installer");
    CHECK(installer.duties.size() == 5);
    CHECK(installer.reports_to == RoleId("r-service"));
    CHECK(installer.escalates_to == RoleId("r-service"));
    CHECK(role(b, "r-driver").reports_to == RoleId("r-storekeeper"));
    CHECK(role(b, "r-service").reports_to.empty());

    const Standard& confirm = b.circles[0].touchpoints[3].key_factors[0].standards[0];
    CHECK(confirm.id == StandardId("st-wh-confirm"));
    CHECK(confirm.kind == StandardKind::Language);

    CHECK(check_invariants(b).empty());
    CHECK(save_blueprint(b) == text);
}

TEST_CASE("version 3 migrates to 4: nothing to train on yet, and the file saves as format 4") {
    LoadResult r = load_blueprint(read_fixture("water_heater.v3.blueprint.json"));
    REQUIRE(r.ok());
    CHECK(r.migrated_from == 3);
    const Blueprint& b = r.blueprint();
    for (const Role& role : b.roles) {
        CHECK(role.duties.empty());
        CHECK(role.reports_to.empty());
        CHECK(role.escalates_to.empty());
    }
    for (const Circle& c : b.circles)
        for (const Touchpoint& t : c.touchpoints) {
            CHECK(t.phrases.empty());
            CHECK(t.steps.empty());
            CHECK(t.never.empty());
            CHECK(t.questions.empty());
            for (const KeyFactor& k : t.key_factors)
                for (const Standard& s : k.standards) CHECK(s.kind == StandardKind::Unset);
        }
    const std::string saved = save_blueprint(b);
    CHECK(saved.find("\"format_version\": 4,") != std::string::npos);
    CHECK(saved.find("\"phrases\": []") != std::string::npos);
    LoadResult again = load_blueprint(saved);
    REQUIRE(again.ok());
    CHECK(again.migrated_from == 0);
    CHECK(save_blueprint(again.blueprint()) == saved);
}

TEST_CASE("format 3 files cannot hold format 4 fields") {
    const std::string text = R"({"format": "service-blueprint", "format_version": 3, "id": "b", "name": "n",
        "roles": [{"id": "r", "name": "r", "duties": []}], "circles": []})";
    LoadError e = error_of(text);
    CHECK(e.path == "roles[0].duties");
    CHECK(e.message_en.find("unknown field \"duties\"") != std::string::npos);
    CHECK(json::field_names<Touchpoint>(4).size() == json::field_names<Touchpoint>(3).size() + 5);
    CHECK(json::field_names<Role>(4).size() == json::field_names<Role>(3).size() + 3);
    CHECK(json::field_names<Standard>(4).size() == json::field_names<Standard>(3).size() + 3);  // kind, scoring, target history
}

TEST_CASE("the loader says where a role reference or a training field is wrong, in both languages") {
    SECTION("reports to a role that is not there") {
        LoadError e = error_of(edited("\"reports_to\": \"r-storekeeper\"", "\"reports_to\": \"r-boss\""));
        CHECK(e.path == "roles[3].reports_to");
        CHECK(e.line > 0);
        CHECK(e.message_en.find("refers to \"r-boss\", which is no element of this document; expected the id of a role") !=
              std::string::npos);
        CHECK(e.message_zh.find("应为角色的 id") != std::string::npos);
    }
    SECTION("escalates to an element that is not a role") {
        LoadError e = error_of(edited("\"reports_to\": \"r-storekeeper\"", "\"reports_to\": \"tp-wh-call\""));
        CHECK(e.message_en.find("which is a touchpoint, not a role") != std::string::npos);
    }
    SECTION("a role that reports to itself") {
        const std::string text = edited("\"reports_to\": \"r-storekeeper\"", "\"reports_to\": \"r-driver\"");
        LoadError e = error_of(text);
        CHECK(e.path == "roles[3].reports_to");
        CHECK(e.message_en.find("its own role") != std::string::npos);
        CHECK(e.message_zh.find("角色自身") != std::string::npos);
    }
    SECTION("roles that report to each other in a cycle") {
        // The storekeeper reports to customer service, the driver to the storekeeper; now service to the driver.
        LoadError e = error_of(edited("\"reports_to\": \"\"", "\"reports_to\": \"r-driver\""));
        CHECK(e.path == "roles[1].reports_to");
        CHECK(e.message_en.find("cycle (\"r-storekeeper\" → \"r-service\" → \"r-driver\" → \"r-storekeeper\")") !=
              std::string::npos);
        CHECK(e.message_zh.find("汇报关系形成循环") != std::string::npos);
    }
    SECTION("a phrase without its text, and a kind the format does not know") {
        LoadError p = error_of(edited("\"text\": \"不凭记忆配货\"", "\"txt\": \"不凭记忆配货\""));
        CHECK(p.path == "circles[0].touchpoints[2].never[0].txt");
        CHECK(p.message_en.find("did you mean \"text\"") != std::string::npos);
        std::string text = read_fixture(kFixture);
        const size_t at = text.find("\"kind\": \"attitude\"");
        REQUIRE(at != std::string::npos);
        LoadError k = error_of(text.replace(at, std::strlen("\"kind\": \"attitude\""), "\"kind\": \"mood\""));
        CHECK(k.path.find(".kind") != std::string::npos);
        CHECK(k.message_en.find("expected one of \"unset\", \"process\", \"language\", \"action\" or \"attitude\"") !=
              std::string::npos);
    }
}

TEST_CASE("check_invariants reports a role that reports to a missing role or to itself") {
    Blueprint b = load_fixture(kFixture);
    b.roles[0].reports_to = RoleId("r-nobody");
    b.roles[1].escalates_to = b.roles[1].id;
    b.circles[0].touchpoints[0].phrases.push_back({"", std::string("\xff")});
    const auto problems = check_invariants(b);
    REQUIRE(problems.size() == 3);
    CHECK(problems[0].what == "refers to role \"r-nobody\", not in roles");
    CHECK(problems[1].what == "reports or escalates to itself");
    CHECK(problems[2].what == "text is not valid UTF-8");
}

TEST_CASE("a role that another reports or escalates to cannot be removed — a role cannot report to itself") {
    Document doc(load_fixture(kFixture));
    // A role that does not exist cannot be reported to (only the links changed, no role id).
    Blueprint after = own_fields(doc.model());
    after.roles[2].reports_to = RoleId("r-lead");
    CHECK_FALSE(doc.apply(set_blueprint_info(own_fields(doc.model()), after)));
    // A fresh role nobody serves a moment as: once the installer reports to it, it cannot be removed.
    Proposal lead = add_role(doc, Role{RoleId("r-lead"), "班组长", "Team lead"});
    REQUIRE(lead);
    REQUIRE(doc.apply(std::move(lead.edit)));
    after = own_fields(doc.model());
    after.roles[2].reports_to = RoleId("r-lead");
    REQUIRE(doc.apply(set_blueprint_info(own_fields(doc.model()), after)));
    Proposal refused = remove_role(doc.model(), RoleId("r-lead"));
    CHECK_FALSE(refused);
    CHECK(refused.refused.en.find("reports or escalates to \"Team lead\"") != std::string::npos);
    CHECK(refused.refused.zh.find("班组长") != std::string::npos);

    after = own_fields(doc.model());
    after.roles[2].escalates_to = after.roles[2].id;
    CHECK(roles_change_refused(doc.model(), after.roles));
    CHECK_FALSE(doc.apply(set_blueprint_info(own_fields(doc.model()), after)));
    CHECK(check_invariants(doc.model()).empty());
}

TEST_CASE("own_fields keeps a touchpoint's training fields — set_field changes one") {
    Blueprint b = load_fixture(kFixture);
    const Touchpoint own = own_fields(touchpoint(b, "tp-wh-call"));
    CHECK(own.key_factors.empty());
    CHECK(own.phrases.size() == 2);
    CHECK(own.steps.size() == 2);
    CHECK(own.never.size() == 2);
    CHECK(own.questions.size() == 1);
    Document doc(std::move(b));
    std::vector<Instruction> steps{{"先敲门"}, {"再自我介绍"}};
    REQUIRE(doc.apply(set_field(doc.model().circles[0].touchpoints[6], &Touchpoint::steps, steps)));
    CHECK(doc.model().circles[0].touchpoints[6].steps.size() == 2);
    CHECK(doc.model().circles[0].touchpoints[6].key_factors.size() == 2);
    REQUIRE(doc.undo());
    CHECK(doc.model().circles[0].touchpoints[6].steps.size() == 3);
}

TEST_CASE("reporting_cycle finds a reporting line that comes back to where it started, and only that") {
    auto role = [](const char* id, const char* boss) { return Role{RoleId(id), id, id, {}, RoleId(boss)}; };
    CHECK(reporting_cycle({}).empty());
    CHECK(reporting_cycle({role("a", "b"), role("b", "c"), role("c", "")}).empty());  // a chain
    CHECK(reporting_cycle({role("a", "a")}).empty());           // to itself: refused on its own, not a cycle
    CHECK(reporting_cycle({role("a", "b"), role("b", "gone")}).empty());  // dangling: refused on its own
    CHECK(reporting_cycle({role("a", "b"), role("b", "a")}) == std::vector<RoleId>{RoleId("a"), RoleId("b")});
    // A line that runs into a cycle not through its start: the cycle is found from a role on it.
    CHECK(reporting_cycle({role("x", "a"), role("a", "b"), role("b", "c"), role("c", "a")}) ==
          std::vector<RoleId>{RoleId("a"), RoleId("b"), RoleId("c")});
}

TEST_CASE("change_role edits one role's duties and lines, and refuses itself, a missing role and a reporting cycle") {
    Document doc(load_fixture(kFixture));
    const auto installer = [&] { return role(doc.model(), "r-installer"); };

    SECTION("duties, whom it reports and escalates to: one edit, undone as one") {
        Role r = installer();
        r.duties.push_back({"每单回访"});
        std::swap(r.duties[0], r.duties[1]);
        r.reports_to = RoleId("r-storekeeper");
        r.escalates_to = RoleId();
        Proposal p = change_role(doc.model(), r);
        REQUIRE(p);
        REQUIRE(doc.apply(std::move(p.edit)));
        CHECK(installer().duties.size() == 6);
        CHECK(installer().duties.back().text == "每单回访");
        CHECK(installer().reports_to == RoleId("r-storekeeper"));
        CHECK(installer().escalates_to.empty());
        CHECK(check_invariants(doc.model()).empty());
        REQUIRE(doc.undo());
        CHECK(installer().duties.size() == 5);
        CHECK(installer().reports_to == RoleId("r-service"));
        CHECK(installer().escalates_to == RoleId("r-service"));
    }
    SECTION("a role reporting or escalating to itself") {
        Role r = installer();
        r.reports_to = r.id;
        Proposal p = change_role(doc.model(), r);
        CHECK_FALSE(p);
        CHECK(p.refused.en == "The role \"Installer\" cannot report to itself.");
        CHECK(p.refused.zh == "角色“安装工”不能向自己汇报。");
        r = installer();
        r.escalates_to = r.id;
        p = change_role(doc.model(), r);
        CHECK_FALSE(p);
        CHECK(p.refused.en == "The role \"Installer\" cannot escalate to itself.");
        CHECK(p.refused.zh == "角色“安装工”不能向自己升级。");
    }
    SECTION("a reporting cycle, named role by role") {
        Role service = role(doc.model(), "r-service");
        service.reports_to = RoleId("r-driver");  // the driver reports to the storekeeper, who reports to service
        Proposal p = change_role(doc.model(), service);
        REQUIRE_FALSE(p);
        CHECK(p.refused.en.find("\"Storekeeper\" → \"Customer service\" → \"Driver\" → \"Storekeeper\": each reports "
                                "to the next") != std::string::npos);
        CHECK(p.refused.zh.find("“库管”→“客服”→“司机”→“库管”：每个角色向下一个汇报") != std::string::npos);
        // The edit itself refuses too, so no path past the proposal stores a cycle.
        Blueprint after = own_fields(doc.model());
        for (Role& r : after.roles)
            if (r.id == service.id) r.reports_to = RoleId("r-driver");
        CHECK_FALSE(doc.apply(set_blueprint_info(own_fields(doc.model()), after)));
        CHECK(role(doc.model(), "r-service").reports_to.empty());
        // And check_invariants, which the random edits of test_properties.cpp check after every step, says so.
        Blueprint cycled = doc.model();
        for (Role& r : cycled.roles)
            if (r.id == service.id) r.reports_to = RoleId("r-driver");
        const auto problems = check_invariants(cycled);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].element == ElementId(RoleId("r-storekeeper")));
        CHECK(problems[0].what == "lies on a cycle of reports_to");
    }
    SECTION("a role that is not there") {
        Role ghost{RoleId("r-ghost"), "鬼", "Ghost"};
        CHECK_FALSE(change_role(doc.model(), ghost));
    }
}
