#include "font_atlas.h"

#include <chrono>

#include "imgui_impl_opengl3.h"

namespace web {

namespace {
// Always baked: Latin, punctuation, arrows and the symbols the UI draws; the rest comes on demand.
constexpr unsigned kBaseRanges[][2] = {
    {0x0020, 0x007E}, {0x00A0, 0x00FF}, {0x2010, 0x2027}, {0x2030, 0x203A}, {0x2190, 0x2199},
    {0x2212, 0x2212}, {0x2260, 0x2265}, {0x25A0, 0x25CF}, {0x2605, 0x2606}, {0x2713, 0x2717},
    {0x3000, 0x3011}, {0xFF01, 0xFF1F}, {0xFFFD, 0xFFFD},
};
// The UI sources' own characters (generated from app/ and blueprint/ by assets/fonts/make_font.py).
constexpr unsigned kUiCodepoints[] = {
#include "ui_codepoints.inc"
    0x4E00,
};
}  // namespace

void FontAtlas::set_font_data(std::string bytes) {
    font_data_ = std::move(bytes);
    for (auto& r : kBaseRanges)
        for (unsigned c = r[0]; c <= r[1]; ++c) want(c);
    for (unsigned c : kUiCodepoints) want(c);
    dirty_ = true;
}

void FontAtlas::want(unsigned codepoint) {
    if (codepoint >= wanted_.size() || wanted_[codepoint]) return;
    wanted_[codepoint] = true;
    dirty_ = true;
}

bool FontAtlas::want_text(std::string_view utf8) {
    bool was_dirty = dirty_;
    dirty_ = false;
    // ASCII is always baked, and a document's JSON is mostly ASCII: runs of it are skipped without
    // decoding (a 40 MB file took over a second in the page decoded byte by byte).
    size_t i = 0;
    while (i < utf8.size()) {
        while (i < utf8.size() && static_cast<unsigned char>(utf8[i]) < 0x80) ++i;
        size_t end = i;
        while (end < utf8.size() && static_cast<unsigned char>(utf8[end]) >= 0x80) ++end;
        for_each_codepoint(utf8.substr(i, end - i), [&](unsigned c) { want(c); });
        i = end;
    }
    bool added = dirty_;
    dirty_ = dirty_ || was_dirty;
    return added;
}

void FontAtlas::set_pixel_ratio(float ratio) {
    if (ratio <= 0.0f || ratio == pixel_ratio_) return;
    pixel_ratio_ = ratio;
    dirty_ = true;
}

double FontAtlas::rebuild() {
    auto start = std::chrono::steady_clock::now();
    ImGuiIO& io = ImGui::GetIO();
    ImFontGlyphRangesBuilder builder;
    baked_count_ = 0;
    for (size_t c = 1; c < wanted_.size(); ++c)
        if (wanted_[c]) { builder.AddChar(static_cast<ImWchar>(c)); ++baked_count_; }
    ranges_.clear();
    builder.BuildRanges(&ranges_);

    io.Fonts->Clear();
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the bytes live in font_data_
    config.OversampleH = 1;               // rasterised at device pixels already
    config.OversampleV = 1;
    config.PixelSnapH = true;
    io.Fonts->AddFontFromMemoryTTF(font_data_.data(), static_cast<int>(font_data_.size()),
                                   kFontSize * pixel_ratio_, &config, ranges_.Data);
    io.FontGlobalScale = 1.0f / pixel_ratio_;
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
    tex_w_ = io.Fonts->TexWidth;
    tex_h_ = io.Fonts->TexHeight;
    dirty_ = false;
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace web
