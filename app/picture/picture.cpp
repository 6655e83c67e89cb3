#include "picture.h"

#include <algorithm>
#include <cmath>

#include "blueprint/locator.h"
#include "draw.h"

namespace picture {

// ------------------------------------------------------------------------------------ shared helpers
double text_size(double world_size) { return world_size < 5.0 ? world_size : std::max(world_size, ui::text::kMinReadablePx); }

void text(Frame& f, Vec2 at, Vec2 clip_min, Vec2 clip_max, Colour c, std::string_view s, double world_size, double min_px) {
    const double size = std::min(std::max(text_size(world_size), min_px), 64.0);
    if (size < 5.0 || s.empty()) return;
    f.svg.text(at, size, c, s, clip_min, clip_max);
}

void badges(Frame& f, Vec2 top_right, int standards, const bp::ElementId& lint_id) {
    const double h = 18, font = h * 0.8;
    double x = top_right.x;
    auto pill = [&](const std::string& label, Colour fill) {
        const double w = f.svg.font().measure(label, font) + h * 0.7;
        const Vec2 mn{x - w, top_right.y - h * 0.5}, mx{x, top_right.y + h * 0.5};
        f.svg.rect(mn, mx, fill, h * 0.5);
        f.svg.text({mn.x + h * 0.35, mn.y + (h - font) * 0.5}, font, ui::colours::view::kWhite, label);
        x -= w + 3;
    };
    if (auto it = f.lint.find(lint_id); it != f.lint.end() && it->second.count > 0)
        pill("!" + std::to_string(it->second.count), ui::colours::severity(it->second.worst));
    if (standards > 0) pill(std::to_string(standards), ui::colours::standards_badge());
}

void arrow_head(Svg& svg, Vec2 tip, Vec2 dir, double size, Colour c) {
    const double len = std::hypot(dir.x, dir.y);
    if (len <= 0) return;
    const Vec2 u{dir.x / len, dir.y / len}, n{-u.y, u.x};
    const Vec2 back{tip.x - u.x * size, tip.y - u.y * size};
    svg.triangle(tip, {back.x + n.x * size * 0.55, back.y + n.y * size * 0.55},
                 {back.x - n.x * size * 0.55, back.y - n.y * size * 0.55}, c);
}

// ------------------------------------------------------------------------------------ the picture
ui::Scene scene_for(const bp::Blueprint& doc, const Font& font, const Request& request) {
    ui::Scene scene;
    if (request.view == View::Blueprint) {
        ui::build_blueprint_scene(doc, scene);
    } else {
        ui::LabelStyle style;
        style.measure = font.measure_fn();
        style.layout_scale = 1.0;
        style.lang = request.lang;
        ui::build_circle_scene(doc, scene, style);
    }
    return scene;
}

Picture render(const bp::Blueprint& doc, const std::vector<bp::Finding>& findings, const Font& font, const Request& request) {
    Picture out;
    out.scene = scene_for(doc, font, request);
    const ui::Scene& s = out.scene;
    Vec2 mn = s.empty() ? Vec2{0, 0} : s.min, mx = s.empty() ? Vec2{0, 0} : s.max;
    if (request.view == View::Blueprint) blueprint_page(s, mn, mx);
    out.min = {std::floor(mn.x - request.margin), std::floor(mn.y - request.margin)};
    out.max = {std::ceil(mx.x + request.margin), std::ceil(mx.y + request.margin)};
    Svg svg(font, out.min, out.max);
    bp::Locator where(doc);
    const ui::LintBadges lint = ui::count_lint_badges(doc, findings, where);
    Frame frame{svg, doc, s, request.lang, lint};
    if (request.view == View::Blueprint) draw_blueprint_picture(frame);
    else draw_circle_picture(frame);
    out.svg = svg.finish();
    out.glyphs = svg.glyphs_defined();
    return out;
}

}  // namespace picture
