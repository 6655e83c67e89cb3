// Role cards (岗位服务标准卡): the water-heater installer's card holds exactly that role's moments and
// standards, in order, with what to say, do and never do; the HTML and Markdown show them and escape text.
#include <catch2/catch.hpp>

#include <set>

#include "blueprint/handout.h"
#include "fixtures.h"

using namespace bp;

namespace {
Blueprint trainer_fixture() { return load_fixture("water_heater.v4-trainer.blueprint.json"); }

size_t occurrences(const std::string& text, const std::string& needle) {
    size_t n = 0;
    for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
    return n;
}
}  // namespace

TEST_CASE("the installer's card holds exactly the installer's moments and standards, in the customer's order") {
    const Blueprint b = trainer_fixture();
    const RoleId installer("r-installer");
    auto card = role_card(b, installer, Lang::Zh);
    REQUIRE(card);
    CHECK(card->role == "安装工");
    CHECK(card->duties.size() == 5);
    CHECK(card->reports_to == "客服");
    CHECK(card->escalates_to == "客服");

    std::vector<std::string> moments;
    std::set<std::string> on_card;
    for (const auto& m : card->moments) {
        moments.push_back(m.id.value);
        for (const auto& s : m.standards) CHECK(on_card.insert(s.id.value).second);  // each once
    }
    CHECK(moments == std::vector<std::string>{"tp-wh-schedule", "tp-wh-pickup", "tp-wh-call", "tp-wh-survey",
                                              "tp-wh-install", "tp-wh-sign", "tp-wh-ex-reinstall"});
    std::set<std::string> owned;  // every standard the installer owns, from the document itself
    for (const Circle& c : b.circles)
        for (const Touchpoint& t : c.touchpoints)
            for (const KeyFactor& k : t.key_factors)
                for (const Standard& s : k.standards)
                    if (s.owner == installer) owned.insert(s.id.value);
    CHECK(owned.size() == 10);
    CHECK(on_card == owned);

    const auto& call = card->moments[2];
    CHECK(call.order == 4);
    CHECK(call.phrases.size() == 2);
    CHECK(call.steps.size() == 2);
    CHECK(call.never.size() == 2);
    CHECK(call.receives.size() == 1);
    CHECK(card->moments[3].fail_recovery.find("安装异常处理服务圈") != std::string::npos);
    // The promoter's moment: the installer only accepts the order there, and the promoter's script is not on its card.
    CHECK(card->moments[0].standards.empty());
    CHECK(card->moments[0].served_by == "促销员");
    CHECK(card->moments[0].activities == std::vector<std::string>{"接收安装工单"});
    CHECK(card->moments[0].phrases.empty());
    CHECK(card->moments[0].steps.empty());
    CHECK(call.served_by.empty());
    size_t escalations = 0;
    for (const auto& q : card->self_check) escalations += q.from == CheckItem::From::Escalation;
    CHECK(escalations == 1);  // asked once on the card, not at every moment
    CHECK(card->self_check.size() > 10);
    CHECK_FALSE(role_card(b, RoleId("r-nobody"), Lang::Zh));
}

TEST_CASE("the card's HTML prints on A4 and shows each of the role's standards once — its Markdown lists them") {
    const Blueprint b = trainer_fixture();
    const auto card = role_card(b, RoleId("r-installer"), Lang::Zh);
    REQUIRE(card);
    const std::string page = role_card_html(*card, Lang::Zh);
    CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(page.find("size: A4") != std::string::npos);
    CHECK(page.find("<title>岗位服务标准卡 · 安装工</title>") != std::string::npos);
    for (const auto& m : card->moments) {
        CHECK(occurrences(page, "data-moment=\"" + m.id.value + "\"") == 1);
        for (const auto& s : m.standards) CHECK(occurrences(page, "data-standard=\"" + s.id.value + "\"") == 1);
    }
    CHECK(occurrences(page, "data-standard=") == 10);
    CHECK(page.find("st-wh-ontime") == std::string::npos);  // the driver's
    CHECK(page.find("前一日20:00前致电确认上门时段") != std::string::npos);

    const std::string md = role_card_markdown(*card, Lang::Zh);
    CHECK(md.rfind("# 岗位服务标准卡 · 安装工\n", 0) == 0);
    CHECK(md.find("## 岗位职责") != std::string::npos);
    CHECK(md.find("- [ ] ") != std::string::npos);
    size_t tables = 0;
    for (const auto& m : card->moments) tables += !m.standards.empty();
    CHECK(occurrences(md, "\n| ") == tables + 10);  // a header per moment with standards, and a row per standard
    const auto en = role_card(b, RoleId("r-installer"), Lang::En);
    REQUIRE(en);
    CHECK(role_card_markdown(*en, Lang::En).rfind("# Role card · Installer\n", 0) == 0);
}

TEST_CASE("what a user typed cannot open markup in the card") {
    Blueprint b = trainer_fixture();
    b.circles[0].touchpoints[3].phrases[0].text = "<script>alert(1)</script> & *bold*";
    const auto card = role_card(b, RoleId("r-installer"), Lang::Zh);
    REQUIRE(card);
    const std::string page = role_card_html(*card, Lang::Zh);
    CHECK(page.find("<script>") == std::string::npos);
    CHECK(page.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; *bold*") != std::string::npos);
    const std::string md = role_card_markdown(*card, Lang::Zh);
    CHECK(md.find("<script>") == std::string::npos);
    CHECK(md.find("*bold*") == std::string::npos);
}
