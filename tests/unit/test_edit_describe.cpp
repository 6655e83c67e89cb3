// History entries say what changed: the element's name, the field's word and, for one field, the value
// before and after, in both languages; merged typing describes the whole step.
#include <catch2/catch.hpp>

#include "blueprint/edit.h"
#include "blueprint/edit_describe.h"
#include "blueprint/enums.h"
#include "blueprint/fields.h"

using namespace bp;

namespace {
Standard deposit_standard() {
    Standard s;
    s.id = StandardId("st-1");
    s.statement = "交押金";
    s.target.metric = "办理时长";
    s.target.unit = "分钟";
    s.target.value = 15;
    s.review_by = "2026-06-30";
    return s;
}
}  // namespace

TEST_CASE("describe: a number field shows its value before and after") {
    const Standard b = deposit_standard();
    Standard a = b;
    a.target.value = 10;
    CHECK(describe_change(b, a, Lang::Zh) == "修改 交押金 · 目标值 15 → 10");
    CHECK(describe_change(b, a, Lang::En) == "Edit 交押金 · target value 15 → 10");
    a.target.value.reset();
    CHECK(describe_change(b, a, Lang::Zh) == "修改 交押金 · 目标值 15 → 未设定");
    CHECK(describe_change(b, a, Lang::En) == "Edit 交押金 · target value 15 → not set");
}

TEST_CASE("describe: a text field is quoted, an emptied one says so") {
    Touchpoint b;
    b.id = TouchpointId("tp-1");
    b.name = "入住登记";
    b.mitigation = "";
    Touchpoint a = b;
    a.mitigation = "值班经理协助";
    CHECK(describe_change(b, a, Lang::Zh) == "修改 入住登记 · 补救措施 （空） → 「值班经理协助」");
    CHECK(describe_change(b, a, Lang::En) == "Edit 入住登记 · mitigation (empty) → “值班经理协助”");
    // A rename names the element by its old name.
    Touchpoint renamed = b;
    renamed.name = "办理入住";
    CHECK(describe_change(b, renamed, Lang::Zh) == "修改 入住登记 · 名称 「入住登记」 → 「办理入住」");
    CHECK(describe_change(b, renamed, Lang::En) == "Edit 入住登记 · name “入住登记” → “办理入住”");
}

TEST_CASE("describe: an enum field shows its labels") {
    KeyFactor b;
    b.id = KeyFactorId("kf-1");
    b.name = "准时";
    KeyFactor a = b;
    a.bpm = Bpm::Performance;
    const std::string zh = describe_change(b, a, Lang::Zh);
    const std::string en = describe_change(b, a, Lang::En);
    CHECK(zh.rfind("修改 准时 · BPM 因素 ", 0) == 0);
    CHECK(zh.find(std::string(label(Bpm::Basic, Lang::Zh)) + " → " + std::string(label(Bpm::Performance, Lang::Zh))) != std::string::npos);
    CHECK(en == "Edit 准时 · BPM factor " + std::string(label(Bpm::Basic, Lang::En)) + " → " +
                    std::string(label(Bpm::Performance, Lang::En)));
}

TEST_CASE("describe: a date field, set and cleared") {
    const Standard b = deposit_standard();
    Standard a = b;
    a.review_by = "2027-06-30";
    CHECK(describe_change(b, a, Lang::Zh) == "修改 交押金 · 复审日期 2026-06-30 → 2027-06-30");
    CHECK(describe_change(b, a, Lang::En) == "Edit 交押金 · review date 2026-06-30 → 2027-06-30");
    a.review_by.clear();
    CHECK(describe_change(b, a, Lang::En) == "Edit 交押金 · review date 2026-06-30 → not set");
}

TEST_CASE("describe: a checkbox says yes or no") {
    Touchpoint b;
    b.id = TouchpointId("tp-1");
    b.name = "等电梯";
    Touchpoint a = b;
    a.wait_point = true;
    CHECK(describe_change(b, a, Lang::Zh) == "修改 等电梯 · 等待点 否 → 是");
    CHECK(describe_change(b, a, Lang::En) == "Edit 等电梯 · wait point no → yes");
}

TEST_CASE("describe: long values and long names are shortened") {
    Standard b = deposit_standard();
    b.statement = "前台在顾客到店后十分钟内办完入住登记并交还证件，全程微笑问候";
    Standard a = b;
    a.measurement.data_source = std::string(200, 'x');
    const std::string en = describe_change(b, a, Lang::En);
    // The subject is cut to kDescribedNameColumns (12 Chinese characters), the value to kDescribedValueChars.
    CHECK(en == "Edit 前台在顾客到店后十分钟内… · data source (empty) → “" + std::string(kDescribedValueChars, 'x') +
                    "…”");
    CHECK(en.find(std::string(kDescribedValueChars + 1, 'x')) == std::string::npos);
    const std::string zh = describe_change(b, a, Lang::Zh);
    CHECK(zh.find("修改 前台在顾客到店后十分钟内… · ") == 0);
    // A Latin name keeps twice as many characters as a Chinese one: they are half as wide.
    Standard eb = deposit_standard();
    eb.statement = "Guests wait no more than 5 minutes for a front desk agent";
    Standard ea = eb;
    ea.approved = true;
    CHECK(describe_change(eb, ea, Lang::En) == "Edit Guests wait no more than… · approved no → yes");
    CHECK(zh.find("…」") != std::string::npos);
}

TEST_CASE("describe: several fields are named, many are counted") {
    const Standard b = deposit_standard();
    Standard a = b;
    a.target.unit = "秒";
    a.target.value = 600;
    CHECK(describe_change(b, a, Lang::Zh) == "修改 交押金 · 单位、目标值");
    CHECK(describe_change(b, a, Lang::En) == "Edit 交押金 · unit, target value");
    a.target.metric = "时长";
    a.approved = true;
    a.customer_visible = true;
    CHECK(describe_change(b, a, Lang::Zh) == "修改 交押金 · 指标、单位、目标值 等 5 项");
    CHECK(describe_change(b, a, Lang::En) == "Edit 交押金 · metric, unit, target value and 2 more");
}

TEST_CASE("describe: a hand-typed number is described by the number, not by the source it drops") {
    Standard b = deposit_standard();
    b.number_source = NumberSource::Customer;
    b.number_basis = "十五分钟内";
    Standard a = b;
    a.target.value = 10;
    const EditPtr edit = set_fields(b, a);  // also clears number_source and number_basis
    CHECK(edit->describe(Lang::Zh) == "修改 交押金 · 目标值 15 → 10");
}

TEST_CASE("describe: a history step of merged typing describes the whole step") {
    Blueprint doc;
    doc.id = BlueprintId("bp-1");
    Circle c;
    c.id = CircleId("c-1");
    c.name = "入住";
    Touchpoint t;
    t.id = TouchpointId("tp-1");
    t.name = "交押金";
    c.touchpoints.push_back(t);
    doc.circles.push_back(c);
    Document d(doc);
    for (const char* name : {"交押金 ", "交押金 现", "交押金 现金"}) {
        const Touchpoint& now = d.model().circles[0].touchpoints[0];
        REQUIRE(d.apply(set_field(now, &Touchpoint::name, std::string(name)), "tp-1/name"));
    }
    REQUIRE(d.history().undo_depth() == 1);
    CHECK(d.history().undo_entry(0).describe(Lang::Zh) == "修改 交押金 · 名称 「交押金」 → 「交押金 现金」");
    CHECK(d.history().undo_entry(0).describe(Lang::En) == "Edit 交押金 · name “交押金” → “交押金 现金”");
}

TEST_CASE("describe: an element without a name is named by its kind — blueprint details too") {
    Circle b;
    b.id = CircleId("c-1");
    Circle a = b;
    a.radius = 300;
    CHECK(describe_change(b, a, Lang::Zh) == "修改 服务圈 · 半径 260 → 300");
    CHECK(describe_change(b, a, Lang::En) == "Edit circle · radius 260 → 300");
    a = b;
    a.position = {10, 20};
    CHECK(describe_change(b, a, Lang::En) == "Edit circle · position");

    Blueprint bb;
    bb.name = "酒店";
    Blueprint ba = bb;
    ba.industry = "酒店业";
    CHECK(set_blueprint_info(bb, ba)->describe(Lang::Zh) == "修改 酒店 · 行业 （空） → 「酒店业」");
}
