// What the two view pictures share (picture.cpp): the frame they draw into and the canvas's helpers
// at 100 % (text sizes, count badges, arrow heads). Internal to app/picture/.
#pragma once

#include "picture.h"
#include "svg.h"

namespace picture {

struct Frame {
    Svg& svg;
    const bp::Blueprint& doc;
    const ui::Scene& scene;
    bp::Lang lang;
    const ui::LintBadges& lint;
};

// The canvas's draw::text_size at scale 1: labels under 11 px are held at 11 px.
double text_size(double world_size);
// The canvas's draw::text at scale 1: the size held readable and at least `min_px`, clipped to the box.
void text(Frame& f, Vec2 at, Vec2 clip_min, Vec2 clip_max, Colour c, std::string_view s, double world_size = 15,
          double min_px = 0);
// Standards (blue) and lint findings (by severity) as pills ending at `top_right`, as draw::badges.
void badges(Frame& f, Vec2 top_right, int standards, const bp::ElementId& lint_id);
void arrow_head(Svg& svg, Vec2 tip, Vec2 dir, double size, Colour c);

void draw_circle_picture(Frame& f);
void draw_blueprint_picture(Frame& f);
// The page a view's picture shows, before the margin.
void blueprint_page(const ui::Scene& scene, Vec2& min, Vec2& max);

}  // namespace picture
