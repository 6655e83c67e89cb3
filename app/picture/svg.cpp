#include "svg.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "blueprint/text.h"

namespace picture {

std::string num(double v) {
    if (!std::isfinite(v)) return "0";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    std::string s(buf);
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    if (s == "-0") s = "0";
    return s;
}

namespace {

// Colour as fill or stroke attributes: "#rrggbb" and, when not opaque, its opacity.
std::string paint(const char* what, Colour c) {
    char buf[64];
    std::snprintf(buf, sizeof buf, " %s=\"#%02x%02x%02x\"", what, c.r, c.g, c.b);
    std::string s(buf);
    if (c.a != 255) s += std::string(" ") + what + "-opacity=\"" + num(c.a / 255.0) + "\"";
    return s;
}

std::string xml_escape(std::string_view s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '&': out += "&amp;"; break;
            case '"': out += "&quot;"; break;
            default:
                if ((unsigned char)c >= 0x20 || c == '\t') out += c;  // no control characters in XML 1.0
        }
    }
    return out;
}

// A glyph scale keeps six significant digits: a line of forty glyphs then lands within 0.01 px.
std::string scale_text(double k) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", k);
    return buf;
}

}  // namespace

Svg::Svg(const Font& font, Vec2 min, Vec2 max) : font_(font), min_(min), max_(max) {}

// ImGui clamps a rounding to half the shorter side and rounds only the corners asked for.
void Svg::rect(Vec2 mn, Vec2 mx, Colour fill, double r, unsigned corners) {
    if (mx.x <= mn.x || mx.y <= mn.y) return;
    r = std::max(0.0, std::min({r, (mx.x - mn.x) / 2, (mx.y - mn.y) / 2}));
    if (r <= 0 || corners == kAll) {
        body_ += "<rect x=\"" + num(mn.x) + "\" y=\"" + num(mn.y) + "\" width=\"" + num(mx.x - mn.x) + "\" height=\"" +
                 num(mx.y - mn.y) + "\"" + (r > 0 ? " rx=\"" + num(r) + "\"" : std::string()) + paint("fill", fill) + "/>\n";
        return;
    }
    auto corner = [&](unsigned which) { return (corners & which) ? r : 0.0; };
    const double tl = corner(kTopLeft), tr = corner(kTopRight), br = corner(kBottomRight), bl = corner(kBottomLeft);
    std::string d = "M" + num(mn.x + tl) + " " + num(mn.y) + "H" + num(mx.x - tr);
    if (tr > 0) d += "A" + num(tr) + " " + num(tr) + " 0 0 1 " + num(mx.x) + " " + num(mn.y + tr);
    d += "V" + num(mx.y - br);
    if (br > 0) d += "A" + num(br) + " " + num(br) + " 0 0 1 " + num(mx.x - br) + " " + num(mx.y);
    d += "H" + num(mn.x + bl);
    if (bl > 0) d += "A" + num(bl) + " " + num(bl) + " 0 0 1 " + num(mn.x) + " " + num(mx.y - bl);
    d += "V" + num(mn.y + tl);
    if (tl > 0) d += "A" + num(tl) + " " + num(tl) + " 0 0 1 " + num(mn.x + tl) + " " + num(mn.y);
    body_ += "<path d=\"" + d + "Z\"" + paint("fill", fill) + "/>\n";
}

void Svg::rect_outline(Vec2 mn, Vec2 mx, Colour stroke, double r, double width) {
    r = std::max(0.0, std::min({r, (mx.x - mn.x) / 2, (mx.y - mn.y) / 2}));
    body_ += "<rect x=\"" + num(mn.x) + "\" y=\"" + num(mn.y) + "\" width=\"" + num(mx.x - mn.x) + "\" height=\"" +
             num(mx.y - mn.y) + "\"" + (r > 0 ? " rx=\"" + num(r) + "\"" : std::string()) + " fill=\"none\"" +
             paint("stroke", stroke) + " stroke-width=\"" + num(width) + "\"/>\n";
}

void Svg::circle(Vec2 c, double radius, Colour fill) {
    body_ += "<circle cx=\"" + num(c.x) + "\" cy=\"" + num(c.y) + "\" r=\"" + num(radius) + "\"" + paint("fill", fill) + "/>\n";
}

void Svg::circle_outline(Vec2 c, double radius, Colour stroke, double width) {
    body_ += "<circle cx=\"" + num(c.x) + "\" cy=\"" + num(c.y) + "\" r=\"" + num(radius) + "\" fill=\"none\"" +
             paint("stroke", stroke) + " stroke-width=\"" + num(width) + "\"/>\n";
}

void Svg::line(Vec2 a, Vec2 b, Colour stroke, double width) {
    body_ += "<line x1=\"" + num(a.x) + "\" y1=\"" + num(a.y) + "\" x2=\"" + num(b.x) + "\" y2=\"" + num(b.y) + "\"" +
             paint("stroke", stroke) + " stroke-width=\"" + num(width) + "\"/>\n";
}

void Svg::dashed_line(Vec2 a, Vec2 b, Colour stroke, double width, double dash, double gap) {
    body_ += "<line x1=\"" + num(a.x) + "\" y1=\"" + num(a.y) + "\" x2=\"" + num(b.x) + "\" y2=\"" + num(b.y) + "\"" +
             paint("stroke", stroke) + " stroke-width=\"" + num(width) + "\" stroke-dasharray=\"" + num(dash) + " " +
             num(gap) + "\"/>\n";
}

void Svg::curve(Vec2 a, Vec2 c1, Vec2 c2, Vec2 b, Colour stroke, double width) {
    body_ += "<path d=\"M" + num(a.x) + " " + num(a.y) + "C" + num(c1.x) + " " + num(c1.y) + " " + num(c2.x) + " " +
             num(c2.y) + " " + num(b.x) + " " + num(b.y) + "\" fill=\"none\"" + paint("stroke", stroke) +
             " stroke-width=\"" + num(width) + "\"/>\n";
}

void Svg::triangle(Vec2 a, Vec2 b, Vec2 c, Colour fill) {
    body_ += "<path d=\"M" + num(a.x) + " " + num(a.y) + "L" + num(b.x) + " " + num(b.y) + "L" + num(c.x) + " " +
             num(c.y) + "Z\"" + paint("fill", fill) + "/>\n";
}

std::string Svg::glyph_ref(int glyph) {
    auto at = glyph_ids_.find(glyph);
    if (at != glyph_ids_.end()) return at->second;
    const std::string d = font_.outline(glyph);
    std::string id;
    if (!d.empty()) {
        id = "g" + std::to_string(glyph);
        defs_ += "<path id=\"" + id + "\" d=\"" + d + "\"/>\n";
        ++glyphs_defined_;
    }
    glyph_ids_.emplace(glyph, id);
    return id;
}

void Svg::text(Vec2 at, double size, Colour fill, std::string_view s) {
    if (s.empty() || !(size > 0)) return;
    const double k = font_.scale(size);
    std::string uses;
    double pen = 0;  // font units
    bp::text::for_each_code_point(s, [&](uint32_t cp) {
        const int g = font_.glyph(cp);
        const std::string id = glyph_ref(g);
        if (!id.empty())
            uses += "<use xlink:href=\"#" + id + "\"" + (pen != 0 ? " x=\"" + num(pen) + "\"" : std::string()) + "/>";
        pen += font_.advance_units(g);
    });
    if (uses.empty()) return;
    // The text itself rides along as an aria-label: the picture stays searchable and readable aloud.
    body_ += "<g aria-label=\"" + xml_escape(s) + "\"" + paint("fill", fill) + " transform=\"translate(" + num(at.x) + " " +
             num(at.y + font_.baseline(size)) + ") scale(" + scale_text(k) + ")\">" + uses + "</g>\n";
}

void Svg::text(Vec2 at, double size, Colour fill, std::string_view s, Vec2 clip_min, Vec2 clip_max) {
    const double w = font_.measure(s, size);
    const bool fits = at.x >= clip_min.x && at.y >= clip_min.y && at.x + w <= clip_max.x && at.y + size <= clip_max.y;
    if (fits) return text(at, size, fill, s);
    if (clip_max.x <= clip_min.x || clip_max.y <= clip_min.y) return;
    const std::string id = "c" + std::to_string(clips_++);
    defs_ += "<clipPath id=\"" + id + "\"><rect x=\"" + num(clip_min.x) + "\" y=\"" + num(clip_min.y) + "\" width=\"" +
             num(clip_max.x - clip_min.x) + "\" height=\"" + num(clip_max.y - clip_min.y) + "\"/></clipPath>\n";
    body_ += "<g clip-path=\"url(#" + id + ")\">\n";
    text(at, size, fill, s);
    body_ += "</g>\n";
}

void Svg::begin_item(std::string_view element_id) { body_ += "<g data-element=\"" + xml_escape(element_id) + "\">\n"; }
void Svg::end_item() { body_ += "</g>\n"; }

std::string Svg::finish() const {
    const double w = std::max(max_.x - min_.x, 1.0), h = std::max(max_.y - min_.y, 1.0);
    std::string out;
    out.reserve(body_.size() + defs_.size() + 512);
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"" +
           num(std::ceil(w)) + "\" height=\"" + num(std::ceil(h)) + "\" viewBox=\"" + num(min_.x) + " " + num(min_.y) + " " +
           num(std::ceil(w)) + " " + num(std::ceil(h)) + "\">\n";
    out += "<defs>\n" + defs_ + "</defs>\n";
    out += "<rect x=\"" + num(min_.x) + "\" y=\"" + num(min_.y) + "\" width=\"" + num(std::ceil(w)) + "\" height=\"" +
           num(std::ceil(h)) + "\" fill=\"#ffffff\"/>\n";
    out += body_;
    out += "</svg>\n";
    return out;
}

}  // namespace picture
