// Trainer mode's content from the model: slides in the customer's order, a role's moments and what it
// receives and passes on, the measure line, and the self-check questions (tests/fixtures, format 4).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "blueprint/trainer.h"
#include "fixtures.h"

using namespace bp;

namespace {
Blueprint trainer_fixture() { return load_fixture("water_heater.v4-trainer.blueprint.json"); }

std::vector<std::string> moment_ids(const Blueprint& b, const std::vector<Slide>& slides) {
    std::vector<std::string> out;
    for (const Slide& s : slides) out.push_back(b.circles[size_t(s.circle)].touchpoints[size_t(s.touchpoint)].id.value);
    return out;
}
std::vector<std::string> ids(const std::vector<HandoffId>& hs) {
    std::vector<std::string> out;
    for (const HandoffId& h : hs) out.push_back(h.value);
    return out;
}
const Touchpoint& moment(const Blueprint& b, const std::string& id) { return touchpoint_by_id(b, id); }
}  // namespace

TEST_CASE("the slides are every moment, circle by circle, in the customer's order") {
    const Blueprint b = trainer_fixture();
    const auto slides = trainer_slides(b);
    std::vector<std::string> expected;
    for (const Circle& c : b.circles)
        for (const Touchpoint& t : c.touchpoints) expected.push_back(t.id.value);
    CHECK(moment_ids(b, slides) == expected);
    REQUIRE(slides.size() == 13);
    // The survey receives the heater from the delivery and passes on to the installation.
    CHECK(ids(slides[5].receives) == std::vector<std::string>{"h-wh-arrive"});
    CHECK(ids(slides[5].passes) == std::vector<std::string>{"h-wh-go"});
    // Within one moment, a handoff between two roles counts both ways (the storekeeper's goods to the installer).
    CHECK(ids(slides[2].receives) == std::vector<std::string>{"h-wh-pick", "h-wh-stock"});
    CHECK(ids(slides[2].passes) == std::vector<std::string>{"h-wh-stock", "h-wh-load"});
}

TEST_CASE("filtered by role, the slides are the moments the role serves, does an activity in or owns a standard of") {
    const Blueprint b = trainer_fixture();
    CHECK(moment_ids(b, trainer_slides(b, RoleId("r-installer"))) ==
          std::vector<std::string>{"tp-wh-schedule", "tp-wh-pickup", "tp-wh-call", "tp-wh-survey", "tp-wh-install",
                                   "tp-wh-sign", "tp-wh-ex-reinstall"});
    CHECK(moment_ids(b, trainer_slides(b, RoleId("r-driver"))) == std::vector<std::string>{"tp-wh-delivery"});
    // Only what the installer receives and passes on: at the promoter's moment the order pushed to it, and
    // its call to the customer; not the promoter's order to the storekeeper.
    const auto installer = trainer_slides(b, RoleId("r-installer"));
    CHECK(ids(installer[0].receives) == std::vector<std::string>{"h-wh-push"});
    CHECK(ids(installer[0].passes) == std::vector<std::string>{"h-wh-confirm"});
    CHECK(ids(installer[1].receives) == std::vector<std::string>{"h-wh-stock"});
    CHECK(ids(installer[1].passes) == std::vector<std::string>{"h-wh-load"});
    CHECK(trainer_slides(b, RoleId("r-nobody")).empty());
    // Every moment is some role's, or the customer's alone.
    size_t any = 0;
    for (const Circle& c : b.circles)
        for (const Touchpoint& t : c.touchpoints)
            any += std::any_of(b.roles.begin(), b.roles.end(), [&](const Role& r) { return role_has_moment(t, r.id); });
    CHECK(any == 13);
}

TEST_CASE("a role's standards at a moment are those it owns and the unowned ones of a moment it serves") {
    Blueprint b = trainer_fixture();
    Touchpoint& install = b.circles[0].touchpoints[6];
    CHECK(role_standards(install, RoleId("r-installer")).size() == 3);
    CHECK(role_standards(install, RoleId("r-driver")).empty());
    install.key_factors[0].standards[0].owner = RoleId();
    CHECK(role_standards(install, RoleId("r-installer")).size() == 3);
    install.key_factors[0].standards[0].owner = RoleId("r-driver");
    CHECK(role_standards(install, RoleId("r-installer")).size() == 2);
    CHECK(role_standards(install, RoleId("r-driver")).size() == 1);
    CHECK(moment_standards(install).size() == 3);
}

TEST_CASE("the measure line says the target, the method and how often, in either language") {
    Standard s;
    s.target.metric = "起身时间";
    s.target.unit = "秒";
    s.target.comparator = Comparator::AtMost;
    s.target.value = 3;
    s.measurement.method = Method::MysteryShopper;
    s.measurement.frequency = Frequency::Monthly;
    CHECK(measure_line(s, Lang::Zh) == "起身时间 ≤ 3 秒 · 神秘顾客 · 每月");
    CHECK(measure_line(s, Lang::En) == "起身时间 ≤ 3 秒 · Mystery shopper · Monthly");
    s.type = StandardType::Soft;
    s.target.value = 4.5;
    s.target.unit = "分";
    s.target.comparator = Comparator::AtLeast;
    CHECK(measure_line(s, Lang::Zh) == "起身时间 ≥ 4.5 分（量表 1–5） · 神秘顾客 · 每月");
    s.target.value.reset();
    s.measurement.method = Method::Survey;
    CHECK(measure_line(s, Lang::En) == "起身时间 ≥ ? 分 (scale 1–5) · Customer survey · Monthly");
}

TEST_CASE("self-check questions come from the phrases, targets, escalation, recovery, never-dos and the trainer") {
    const Blueprint b = trainer_fixture();
    using From = CheckItem::From;
    const auto call = self_check(b, moment(b, "tp-wh-call"), RoleId("r-installer"), Lang::Zh);
    REQUIRE(call.size() >= 5);
    CHECK(call[0].from == From::Phrase);
    CHECK(call[0].question == "「安装工电话预约」：上门前一日时，说什么？");
    CHECK(call[0].answer == moment(b, "tp-wh-call").phrases[0].text);
    CHECK(call[1].from == From::Phrase);
    const auto target = std::find_if(call.begin(), call.end(), [](const CheckItem& q) { return q.from == From::Target; });
    REQUIRE(target != call.end());
    CHECK(target->answer == measure_line(moment(b, "tp-wh-call").key_factors[0].standards[0], Lang::Zh));
    const auto up = std::find_if(call.begin(), call.end(), [](const CheckItem& q) { return q.from == From::Escalation; });
    REQUIRE(up != call.end());
    CHECK(up->answer == "客服");
    CHECK(call.back().from == From::Trainer);
    CHECK(call.back().question == "出发时给顾客打电话要说哪两件事？");
    CHECK(call[call.size() - 2].from == From::Never);
    CHECK(call[call.size() - 2].answer == "不在晚上九点以后打电话；不让顾客空等");

    // A fail point asks for its recovery; in English the frames are English, the answers the content's.
    const auto survey = self_check(b, moment(b, "tp-wh-survey"), {}, Lang::En);
    const auto rec = std::find_if(survey.begin(), survey.end(), [](const CheckItem& q) { return q.from == From::Recovery; });
    REQUIRE(rec != survey.end());
    CHECK(rec->question == "“勘察安装环境” is a fail point. What is done when it fails?");
    CHECK(rec->answer == moment(b, "tp-wh-survey").mitigation);
    // At the promoter's moment the installer is asked its targets only, not the promoter's script.
    const auto schedule = self_check(b, moment(b, "tp-wh-schedule"), RoleId("r-installer"), Lang::Zh);
    CHECK(std::all_of(schedule.begin(), schedule.end(), [](const CheckItem& q) { return q.from == From::Target; }));
    CHECK(self_check(b, moment(b, "tp-wh-schedule"), RoleId("r-promoter"), Lang::Zh).size() > schedule.size());
    // The service role escalates to nobody: no escalation question for its moments.
    const auto followup = self_check(b, moment(b, "tp-wh-followup"), {}, Lang::Zh);
    CHECK(std::none_of(followup.begin(), followup.end(), [](const CheckItem& q) { return q.from == From::Escalation; }));
}

TEST_CASE("a self-check round counts the answers marked right") {
    CheckRound round(3);
    CHECK(round.answered() == 0);
    round.mark(0, CheckRound::Mark::Right);
    round.mark(2, CheckRound::Mark::Wrong);
    round.mark(7, CheckRound::Mark::Right);  // out of range: ignored
    CHECK(round.answered() == 2);
    CHECK(round.right() == 1);
    round.mark(2, CheckRound::Mark::Right);
    CHECK(round.right() == 2);
    CHECK(round.at(1) == CheckRound::Mark::Open);
}

TEST_CASE("a handoff line names the other end's role and moment, what passes, through what and by when") {
    const Blueprint b = trainer_fixture();
    const Circle& c = b.circles[0];
    CHECK(handoff_line(b, c, HandoffId("h-wh-arrive"), true, Lang::Zh).rfind("司机（送货上门）：", 0) == 0);
    const std::string out = handoff_line(b, c, HandoffId("h-wh-go"), false, Lang::En);
    CHECK(out.rfind("Installer (安装调试): ", 0) == 0);
    CHECK(out.find(" · +30 min") != std::string::npos);
    CHECK(handoff_line(b, c, HandoffId("h-none"), true, Lang::Zh).empty());
}

namespace {
std::vector<std::pair<std::string, Blueprint>> samples() {
    std::vector<std::pair<std::string, Blueprint>> out;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(BP_SOURCE_DIR) + "/assets/samples")) {
        LoadResult r = load_blueprint_file(entry.path().string());
        REQUIRE(r.ok());
        out.emplace_back(entry.path().filename().string(), r.blueprint());
    }
    REQUIRE(out.size() >= 6);
    return out;
}
}  // namespace

TEST_CASE("every sample walks: its moments have steps, its roles duties, its standards a kind, and it asks questions") {
    for (const auto& [name, b] : samples()) {
        INFO(name);
        size_t phrases = 0, never = 0, questions = 0;
        for (const Circle& c : b.circles)
            for (const Touchpoint& t : c.touchpoints) {
                INFO(t.id.value);
                if (!t.role.empty()) CHECK(!t.steps.empty());
                phrases += t.phrases.size();
                never += t.never.size();
                questions += self_check(b, t, {}, Lang::Zh).size();
                for (const KeyFactor& k : t.key_factors)
                    for (const Standard& s : k.standards) CHECK(s.kind != StandardKind::Unset);
            }
        CHECK(phrases >= 5);
        CHECK(never >= 3);
        CHECK(questions >= 10);
        for (const Role& r : b.roles) {
            INFO(r.id.value);
            CHECK(!r.duties.empty());
            CHECK(!trainer_slides(b, r.id).empty());
        }
    }
}

TEST_CASE("the front desk greets by the number of visitors, by name, and a returning visitor only after they nod") {
    const Blueprint b = load_blueprint_file(std::string(BP_SOURCE_DIR) + "/assets/samples/front-desk-reception.blueprint.json").blueprint();
    const Touchpoint& greet = moment(b, "tp-fd-greet");
    auto said_when = [&](const std::string& condition) {
        for (const Phrase& p : greet.phrases)
            if (p.condition.find(condition) != std::string::npos) return p.text;
        return std::string();
    };
    CHECK(said_when("两位来访者") == "二位先生好！／二位小姐好！／先生、小姐，你们好！");
    CHECK(said_when("三位及以上").rfind("各位好！", 0) == 0);
    CHECK(said_when("已知道来访者姓名") == "X先生好！／X小姐好！");
    CHECK(said_when("点头").find("再次表示欢迎") != std::string::npos);
    CHECK(greet.steps.front().text == "客户或来访者进门，马上起身接待");
    // "Which greeting for three visitors?" is one of its self-check questions.
    const auto qs = self_check(b, greet, RoleId("r-receptionist"), Lang::Zh);
    CHECK(std::any_of(qs.begin(), qs.end(), [&](const CheckItem& q) {
        return q.question.find("三位及以上来访者") != std::string::npos && q.answer == said_when("三位及以上");
    }));
    const Role& receptionist = b.roles[0];
    CHECK(receptionist.duties.size() == 5);
    CHECK(receptionist.escalates_to == RoleId("r-consultant"));
}
