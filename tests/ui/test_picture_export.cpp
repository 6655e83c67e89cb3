// File › Export picture: the current view's whole diagram as SVG through the platform, drawn with the
// font in ImGui's atlas; PNG is the platform's to make. And the picture font measures text exactly as
// ImGui does with the page's font settings, so the picture's labels fit as the canvas's do.
#include <catch2/catch.hpp>

#include <cfloat>
#include <fstream>
#include <sstream>

#include "app/designer/picture_export.h"
#include "app/picture/font.h"
#include "harness.h"

TEST_CASE("File › Export picture downloads the current view's whole diagram as SVG") {
    ui_test::Harness h;
    h.load(ui_test::sample_blueprint());
    h.frames(2);
    ui::picture_export::export_picture(h.d.context(), false);
    REQUIRE(h.platform.downloads.size() == 1);
    const auto& svg = h.platform.downloads.back();
    CHECK(svg.mime == "image/svg+xml");
    CHECK(svg.filename.size() > 12);
    CHECK(svg.filename.substr(svg.filename.size() - 12) == ".circles.svg");
    CHECK(svg.bytes.rfind("<?xml", 0) == 0);
    CHECK(svg.bytes.find("data-element=\"" + h.d.session.model().circles[0].touchpoints[0].id.value + "\"") != std::string::npos);

    h.d.options.view = ui::View::Blueprint;
    ui::picture_export::export_picture(h.d.context(), false);
    REQUIRE(h.platform.downloads.size() == 2);
    CHECK(h.platform.downloads.back().filename.find(".blueprint.svg") != std::string::npos);

    h.d.options.view = ui::View::Chain;  // no picture of the chain view yet
    CHECK_FALSE(ui::picture_export::available(h.d.context()));
}

TEST_CASE("File › Export picture as PNG is refused with a reason where the platform cannot make one") {
    ui_test::Harness h;
    h.load(ui_test::sample_blueprint());
    h.frames(2);
    ui::picture_export::export_picture(h.d.context(), true);
    h.frames(1);  // the notice is shown by the shell
    CHECK(h.platform.downloads.empty());
    CHECK(h.d.notice.find("SVG") != std::string::npos);
    CHECK(h.d.notice_is_error);
}

TEST_CASE("the picture font measures text as ImGui does with the page's font settings") {
    std::ifstream in(BP_PICTURE_FONT, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    const std::string data = bytes.str();
    REQUIRE(data.size() > 1000);
    const auto font = picture::Font::from_bytes(data);
    REQUIRE(font);
    // As web::FontAtlas bakes it: 16 px, no oversampling, advances snapped to whole pixels.
    const std::vector<std::string> texts = {"热水器购买与安装服务圈", "Water heater installation", "安装工 · 等待点、失误点",
                                            "+30 分钟", "前一日 18:00", "Promise: next-day installation (72 h)"};
    ImFontAtlas atlas;
    ImFontGlyphRangesBuilder ranges_builder;
    for (const auto& t : texts) ranges_builder.AddText(t.c_str());
    ImVector<ImWchar> ranges;
    ranges_builder.BuildRanges(&ranges);
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;
    config.OversampleH = 1;
    config.OversampleV = 1;
    config.PixelSnapH = true;
    ImFont* imfont = atlas.AddFontFromMemoryTTF((void*)data.data(), (int)data.size(), (float)picture::Font::kBakedSize, &config, ranges.Data);
    REQUIRE(atlas.Build());
    for (const auto& t : texts)
        for (float size : {11.0f, 12.5f, 14.0f, 16.0f, 17.0f}) {
            INFO(t << " at " << size);
            const float imgui = imfont->CalcTextSizeA(size, FLT_MAX, 0.0f, t.c_str()).x;
            CHECK(font->measure(t, size) == Approx(imgui).margin(0.01));
        }
}
