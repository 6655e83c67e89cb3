#include "font.h"

#include <cmath>
#include <fstream>
#include <sstream>
#include <unordered_map>
#include <vector>

#include "blueprint/text.h"

// stb_truetype as Debian's imgui sources ship it, private to this file (imgui_draw.cpp keeps its own).
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wall"
#pragma GCC diagnostic ignored "-Wextra"
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#endif
#define STBTT_STATIC
#define STB_TRUETYPE_IMPLEMENTATION
#include "imstb_truetype.h"
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

namespace picture {

struct Font::Impl {
    std::string bytes;
    stbtt_fontinfo info{};
    int ascent = 0, descent = 0;
    double px_per_unit = 0;   // at kBakedSize
    int fallback = 0;         // U+FFFD, else '?', as ImGui falls back
    mutable std::unordered_map<int, double> advances;  // glyph → snapped advance in font units
};

Font::Font(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Font::Font(Font&&) noexcept = default;
Font& Font::operator=(Font&&) noexcept = default;
Font::~Font() = default;

std::optional<Font> Font::from_bytes(std::string bytes, std::string* error) {
    auto fail = [&](const char* why) -> std::optional<Font> {
        if (error) *error = why;
        return std::nullopt;
    };
    if (bytes.size() < 12) return fail("not a TrueType font (too short)");
    auto impl = std::make_unique<Impl>();
    impl->bytes = std::move(bytes);
    const auto* data = reinterpret_cast<const unsigned char*>(impl->bytes.data());
    const int offset = stbtt_GetFontOffsetForIndex(data, 0);
    if (offset < 0 || !stbtt_InitFont(&impl->info, data, offset)) return fail("not a TrueType font or collection");
    int gap = 0;
    stbtt_GetFontVMetrics(&impl->info, &impl->ascent, &impl->descent, &gap);
    if (impl->ascent - impl->descent <= 0) return fail("the font has no vertical metrics");
    impl->px_per_unit = stbtt_ScaleForPixelHeight(&impl->info, (float)kBakedSize);
    impl->fallback = stbtt_FindGlyphIndex(&impl->info, 0xFFFD);
    if (impl->fallback == 0) impl->fallback = stbtt_FindGlyphIndex(&impl->info, '?');
    return Font(std::move(impl));
}

std::optional<Font> Font::from_file(const std::string& path, std::string* error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        if (error) *error = "cannot read " + path;
        return std::nullopt;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return from_bytes(bytes.str(), error);
}

int Font::glyph(unsigned codepoint) const {
    const int g = stbtt_FindGlyphIndex(&impl_->info, (int)codepoint);
    return g != 0 ? g : impl_->fallback;
}

// ImGui keeps each advance as round(advance × scale at the baked size) pixels and scales that.
double Font::advance_units(int glyph) const {
    const auto at = impl_->advances.find(glyph);
    if (at != impl_->advances.end()) return at->second;
    int advance = 0, lsb = 0;
    stbtt_GetGlyphHMetrics(&impl_->info, glyph, &advance, &lsb);
    const double snapped = std::round((float)(advance * (float)impl_->px_per_unit)) / impl_->px_per_unit;
    impl_->advances.emplace(glyph, snapped);
    return snapped;
}

double Font::scale(double size) const { return impl_->px_per_unit * size / kBakedSize; }

double Font::measure(std::string_view text, double size) const {
    double units = 0;
    bp::text::for_each_code_point(text, [&](uint32_t cp) {
        if (cp == '\n' || cp == '\r') return;  // callers measure one line
        units += advance_units(glyph(cp));
    });
    return units * scale(size);
}

ui::text::Measure Font::measure_fn() const {
    return [this](std::string_view s, double size) { return measure(s, size); };
}

// ImGui: the ascent at the baked size truncated after adding one pixel, then rounded, then scaled.
double Font::baseline(double size) const {
    const double ascent = std::trunc((float)(impl_->ascent * (float)impl_->px_per_unit) + 1.0f);
    return std::round(ascent) * size / kBakedSize;
}

std::string Font::outline(int glyph) const {
    stbtt_vertex* v = nullptr;
    const int n = stbtt_GetGlyphShape(&impl_->info, glyph, &v);
    std::string d;
    char buf[96];
    for (int i = 0; i < n; ++i) {
        const stbtt_vertex& p = v[i];
        switch (p.type) {
            case STBTT_vmove:
                if (i > 0) d += 'Z';
                std::snprintf(buf, sizeof buf, "M%d %d", p.x, -p.y);
                break;
            case STBTT_vline: std::snprintf(buf, sizeof buf, "L%d %d", p.x, -p.y); break;
            case STBTT_vcurve: std::snprintf(buf, sizeof buf, "Q%d %d %d %d", p.cx, -p.cy, p.x, -p.y); break;
            case STBTT_vcubic:
                std::snprintf(buf, sizeof buf, "C%d %d %d %d %d %d", p.cx, -p.cy, p.cx1, -p.cy1, p.x, -p.y);
                break;
            default: buf[0] = 0;
        }
        d += buf;
    }
    if (!d.empty()) d += 'Z';
    stbtt_FreeShape(&impl_->info, v);
    return d;
}

}  // namespace picture
