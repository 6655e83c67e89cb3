#include "camera.h"

#include <algorithm>
#include <cmath>

namespace ui {

bp::Vec2 Camera::world_to_screen(bp::Vec2 w) const {
    return {screen_origin.x + offset.x + w.x * scale, screen_origin.y + offset.y + w.y * scale};
}

bp::Vec2 Camera::screen_to_world(bp::Vec2 s) const {
    return {(s.x - screen_origin.x - offset.x) / scale, (s.y - screen_origin.y - offset.y) / scale};
}

void Camera::pan(bp::Vec2 d) {
    offset.x += d.x;
    offset.y += d.y;
}

void Camera::zoom_at(bp::Vec2 screen_point, double factor) {
    if (!(factor > 0) || !std::isfinite(factor)) return;
    const bp::Vec2 anchor = screen_to_world(screen_point);
    scale = std::clamp(scale * factor, kMinScale, kMaxScale);
    // Put the anchor back under the point.
    offset.x = screen_point.x - screen_origin.x - anchor.x * scale;
    offset.y = screen_point.y - screen_origin.y - anchor.y * scale;
}

void Camera::fit(bp::Vec2 wmin, bp::Vec2 wmax, bp::Vec2 viewport, double margin, double max_scale) {
    const double w = std::max(wmax.x - wmin.x, 1.0), h = std::max(wmax.y - wmin.y, 1.0);
    const double avail_w = std::max(viewport.x - 2 * margin, 1.0), avail_h = std::max(viewport.y - 2 * margin, 1.0);
    scale = std::clamp(std::min(std::min(avail_w / w, avail_h / h), max_scale), kMinScale, kMaxScale);
    centre_on({(wmin.x + wmax.x) / 2, (wmin.y + wmax.y) / 2}, viewport);
}

void Camera::fit_height(double top, double bottom, bp::Vec2 viewport, double margin, double left, double max_scale) {
    const double h = std::max(bottom - top, 1.0);
    scale = std::clamp(std::min((viewport.y - margin) / h, max_scale), kMinScale, kMaxScale);
    offset = {left, viewport.y / 2 - (top + bottom) / 2 * scale};
}

void Camera::bring_into_view(bp::Vec2 p, bp::Vec2 viewport, double min_scale) {
    if (scale < min_scale) scale = 1.0;
    centre_on(p, viewport);
}

void Camera::pan_into_view(bp::Vec2 wmin, bp::Vec2 wmax, bp::Vec2 viewport, double margin) {
    // On each axis: the shift that brings [lo, hi] (pixels from the canvas corner) inside [margin, size - margin].
    auto shift = [&](double lo, double hi, double size) {
        const double room_lo = margin, room_hi = size - margin;
        if (hi - lo > room_hi - room_lo) return (room_lo + room_hi) / 2 - (lo + hi) / 2;
        if (lo < room_lo) return room_lo - lo;
        if (hi > room_hi) return room_hi - hi;
        return 0.0;
    };
    offset.x += shift(offset.x + wmin.x * scale, offset.x + wmax.x * scale, viewport.x);
    offset.y += shift(offset.y + wmin.y * scale, offset.y + wmax.y * scale, viewport.y);
}

void Camera::centre_on(bp::Vec2 p, bp::Vec2 viewport) {
    offset.x = viewport.x / 2 - p.x * scale;
    offset.y = viewport.y / 2 - p.y * scale;
}

}  // namespace ui
