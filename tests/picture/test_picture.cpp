// Pictures of both views (app/picture/): well-formed SVG, every glyph placed is defined and is the
// glyph of the text it spells, geometry equal to the canvas's scene, text that fits where the layout
// measured it, lint badges where the canvas puts them, and awkward documents (empty, markup in names).
#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "app/designer/blueprint_layout.h"
#include "app/picture/picture.h"
#include "app/picture/svg.h"
#include "blueprint/json_io.h"
#include "blueprint/text.h"
#include "xml.h"

namespace {

const picture::Font& test_font() {
    static const picture::Font font = [] {
        std::string why;
        auto f = picture::Font::from_file(BP_PICTURE_FONT, &why);
        if (!f) FAIL("the picture font " BP_PICTURE_FONT " cannot be read (scripts/setup.sh installs it): " << why);
        return std::move(*f);
    }();
    return font;
}

bp::Blueprint load_sample(const std::string& name) {
    std::ifstream in(std::string(BP_SOURCE_DIR) + "/assets/samples/" + name + ".blueprint.json", std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    auto result = bp::load_blueprint(text.str());
    REQUIRE(result.ok());
    return std::move(result.blueprint());
}

const std::vector<std::string> kSamples = {"complaint-handling", "front-desk-reception", "home-design",
                                           "hotel-check-in",     "tcm-clinic-visit",     "water-heater-installation"};

picture::Picture draw(const bp::Blueprint& doc, picture::View view, bp::Lang lang = bp::Lang::Zh) {
    picture::Request r;
    r.view = view;
    r.lang = lang;
    return picture::render(doc, bp::lint(doc), test_font(), r);
}

// The first element named `name` inside the group drawn for element `id` (or nullptr).
const xml::Element* first_in_group(const xml::Document& d, const std::string& id, const std::string& name) {
    for (size_t g = 0; g < d.elements.size(); ++g) {
        if (d.elements[g].name != "g" || d.elements[g].attr("data-element") != id) continue;
        for (size_t k = g + 1; k < d.elements.size(); ++k) {
            int p = d.elements[k].parent;
            while (p >= 0 && p != (int)g) p = d.elements[p].parent;
            if (p != (int)g) break;  // left the group
            if (d.elements[k].name == name) return &d.elements[k];
        }
    }
    return nullptr;
}

void check_rect(const xml::Element* rect, bp::Vec2 mn, bp::Vec2 mx) {
    REQUIRE(rect);
    CHECK(rect->number("x") == Approx(mn.x).margin(0.01));
    CHECK(rect->number("y") == Approx(mn.y).margin(0.01));
    CHECK(rect->number("width") == Approx(mx.x - mn.x).margin(0.01));
    CHECK(rect->number("height") == Approx(mx.y - mn.y).margin(0.01));
}

std::string unescape(std::string s) {
    const std::pair<const char*, const char*> entities[] = {{"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&amp;", "&"}};
    for (auto [from, to] : entities)
        for (size_t at; (at = s.find(from)) != std::string::npos;) s.replace(at, std::strlen(from), to);
    return s;
}

}  // namespace

TEST_CASE("every sample's pictures are well-formed SVG whose glyphs are all defined and spell their text") {
    const picture::Font& font = test_font();
    for (const auto& name : kSamples) {
        const bp::Blueprint doc = load_sample(name);
        for (auto view : {picture::View::Circles, picture::View::Blueprint})
            for (auto lang : {bp::Lang::Zh, bp::Lang::En}) {
                INFO(name << (view == picture::View::Blueprint ? " blueprint" : " circle") << (lang == bp::Lang::Zh ? " zh" : " en"));
                const picture::Picture pic = draw(doc, view, lang);
                const xml::Document d = xml::parse(pic.svg);
                REQUIRE(d.error.empty());
                REQUIRE(d.elements.front().name == "svg");
                std::set<std::string> defined;
                for (const auto& e : d.elements)
                    if (e.name == "path" && !e.attr("id").empty()) defined.insert(e.attr("id"));
                CHECK(defined.size() == pic.glyphs);
                size_t texts = 0;
                for (size_t i = 0; i < d.elements.size(); ++i) {
                    const xml::Element& e = d.elements[i];
                    CHECK(e.name != "text");  // outlines only: no font needed where it is opened
                    if (e.name == "use") CHECK(defined.count(e.attr("xlink:href").substr(1)) == 1);
                    if (e.name != "g" || e.attrs.count("aria-label") == 0) continue;
                    ++texts;
                    // The glyphs placed in a text group are those of its text, in order (spaces have none).
                    std::vector<std::string> expected, placed;
                    bp::text::for_each_code_point(unescape(e.attr("aria-label")), [&](uint32_t cp) {
                        const int g = font.glyph(cp);
                        if (!font.outline(g).empty()) expected.push_back("#g" + std::to_string(g));
                    });
                    for (size_t k = i + 1; k < d.elements.size() && d.elements[k].parent == (int)i; ++k)
                        placed.push_back(d.elements[k].attr("xlink:href"));
                    CHECK(placed == expected);
                }
                CHECK(texts > 20);
            }
    }
}

TEST_CASE("the blueprint picture draws every header, moment, chip and card at the scene's rectangle") {
    const bp::Blueprint doc = load_sample("water-heater-installation");
    const picture::Picture pic = draw(doc, picture::View::Blueprint);
    ui::Scene scene;
    ui::build_blueprint_scene(doc, scene);  // the canvas's scene, built on its own
    REQUIRE(scene.items.size() == pic.scene.items.size());
    const xml::Document d = xml::parse(pic.svg);
    REQUIRE(d.error.empty());
    int cards = 0, arrows = 0;
    for (const ui::SceneItem& it : scene.items) {
        INFO(it.id.str());
        if (it.kind == ui::ItemKind::Handoff) {
            // Drawn from its tail: a line or a curve starting at the scene's tail.
            const xml::Element* line = first_in_group(d, it.id.str(), "line");
            const xml::Element* curve = first_in_group(d, it.id.str(), "path");
            REQUIRE((line || curve));
            if (ui::layered::bows(it)) {
                REQUIRE(curve);
                CHECK(curve->attr("d").rfind("M" + picture::num(it.tail.x) + " " + picture::num(it.tail.y) + "C", 0) == 0);
            } else {
                REQUIRE(line);
                CHECK(line->number("x1") == Approx(it.tail.x).margin(0.01));
                CHECK(line->number("y2") == Approx(it.head.y).margin(0.01));
            }
            ++arrows;
            continue;
        }
        check_rect(first_in_group(d, it.id.str(), "rect"), it.min, it.max);
        cards += it.kind == ui::ItemKind::Activity;
    }
    CHECK(cards == (int)bp::count(doc).activities);
    CHECK(arrows == (int)bp::count(doc).handoffs);
    // The rows span the page's width at the scene's row tops.
    for (int row = 0; row < ui::layered::row_count(scene); ++row) {
        const double top = ui::layered::row_top(scene, row);
        const bool found = std::any_of(d.elements.begin(), d.elements.end(), [&](const xml::Element& e) {
            return e.name == "rect" && e.attr("x") == "0" && e.attrs.count("y") && std::abs(e.number("y") - top) < 0.01;
        });
        CHECK(found);
    }
}

TEST_CASE("the circle picture draws nodes, titles and cards where the canvas's scene has them") {
    const bp::Blueprint doc = load_sample("tcm-clinic-visit");
    const picture::Picture pic = draw(doc, picture::View::Circles);
    ui::Scene scene;
    ui::LabelStyle style;
    style.measure = test_font().measure_fn();
    ui::build_circle_scene(doc, scene, style);  // as the canvas at 100 %, measuring with the same font
    REQUIRE(scene.items.size() == pic.scene.items.size());
    const xml::Document d = xml::parse(pic.svg);
    REQUIRE(d.error.empty());
    for (const ui::SceneItem& it : scene.items) {
        INFO(it.id.str());
        if (it.kind == ui::ItemKind::Touchpoint) {
            const xml::Element* node = first_in_group(d, it.id.str(), "circle");
            REQUIRE(node);
            CHECK(node->number("cx") == Approx(it.anchor.x).margin(0.01));
            CHECK(node->number("cy") == Approx(it.anchor.y).margin(0.01));
            CHECK(node->number("r") == Approx(it.radius).margin(0.01));
        } else if (it.kind == ui::ItemKind::KeyFactor) {
            check_rect(first_in_group(d, it.id.str(), "rect"), it.min, it.max);
        } else if (it.kind == ui::ItemKind::Circle) {
            REQUIRE(it.has_text());
            check_rect(first_in_group(d, it.id.str(), "rect"), it.text_min, it.text_max);
        }
    }
}

TEST_CASE("circle-view text laid out with the picture font fits the boxes the scene gave it") {
    const picture::Font& font = test_font();
    for (const auto& name : kSamples)
        for (auto lang : {bp::Lang::Zh, bp::Lang::En}) {
            picture::Request r;
            r.lang = lang;
            const ui::Scene scene = picture::scene_for(load_sample(name), font, r);
            for (const ui::SceneItem& it : scene.items)
                for (const ui::TextLine& line : it.text) {
                    INFO(name << ": " << line.text);
                    CHECK(font.measure(line.text, line.size) <= line.max.x - line.min.x + 0.01);
                }
        }
}

TEST_CASE("the picture font measures as ImGui does: advances snapped at the baked size, then scaled") {
    const picture::Font& font = test_font();
    const double k16 = font.scale(picture::Font::kBakedSize);
    for (unsigned cp : {0x6C34u, unsigned('W'), unsigned('i'), 0x3001u}) {  // 水 W i 、
        const int g = font.glyph(cp);
        const double px = font.advance_units(g) * k16;
        CHECK(px == Approx(std::round(px)).margin(1e-6));  // whole pixels at the baked size
    }
    CHECK(font.measure("热水器 Water heater", 32) == Approx(2 * font.measure("热水器 Water heater", 16)));
    CHECK(font.measure("热水器", 14) == Approx(3 * font.measure("水", 14)));
    CHECK(font.measure("", 14) == 0);
    CHECK(font.baseline(16) > 10);
    CHECK(font.baseline(16) < 16);
}

TEST_CASE("lint badges appear on the picture where the canvas counts them") {
    bp::Blueprint doc = load_sample("water-heater-installation");
    doc.circles[0].touchpoints[2].key_factors.clear();  // a moment without key factors: a finding on it
    doc.circles[1].touchpoints[0].key_factors[0].standards.clear();
    const auto findings = bp::lint(doc);
    bp::Locator where(doc);
    const ui::LintBadges badges = ui::count_lint_badges(doc, findings, where);
    REQUIRE_FALSE(badges.empty());
    const picture::Picture pic = draw(doc, picture::View::Blueprint);
    const xml::Document d = xml::parse(pic.svg);
    for (const auto& [id, badge] : badges) {
        INFO(id.str());
        bool shown = false;
        for (size_t g = 0; g < d.elements.size() && !shown; ++g) {
            if (d.elements[g].attr("data-element") != id.str()) continue;
            for (size_t k = g + 1; k < d.elements.size(); ++k)
                if (d.elements[k].attr("aria-label") == "!" + std::to_string(badge.count)) shown = true;
                else if (d.elements[k].attr("data-element").size()) break;
        }
        CHECK(shown);
    }
}

TEST_CASE("an empty blueprint and names full of markup still give well-formed pictures") {
    bp::Blueprint empty;
    for (auto view : {picture::View::Circles, picture::View::Blueprint}) {
        const picture::Picture pic = draw(empty, view);
        CHECK(xml::parse(pic.svg).error.empty());
    }
    bp::Blueprint doc = load_sample("tcm-clinic-visit");
    doc.circles[0].name = "<script>alert(\"&\")</script> 分诊 ]]>";
    doc.circles[0].touchpoints[0].name = "a & b < c \x01";
    for (auto view : {picture::View::Circles, picture::View::Blueprint}) {
        const picture::Picture pic = draw(doc, view);
        const xml::Document d = xml::parse(pic.svg);
        CHECK(d.error.empty());
        CHECK(pic.svg.find("<script") == std::string::npos);
    }
}
