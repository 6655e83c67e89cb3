// The canvas's two coordinate spaces. World: the document's units (bp::Vec2, doubles), where circles and
// cards are placed. Screen: ImGui pixels. screen = screen_origin + offset + world * scale.
// screen_origin is the canvas's top-left corner on screen (set every frame), so the camera survives the
// canvas moving or resizing; offset and scale are the pan and zoom the user controls.
#pragma once

#include "blueprint/model.h"

namespace ui {

struct Camera {
    static constexpr double kMinScale = 0.02;
    static constexpr double kMaxScale = 6.0;

    bp::Vec2 screen_origin;  // canvas top-left in screen pixels
    bp::Vec2 offset;         // where world (0,0) sits, relative to screen_origin, in pixels
    double scale = 1.0;      // pixels per world unit

    bp::Vec2 world_to_screen(bp::Vec2 w) const;
    bp::Vec2 screen_to_world(bp::Vec2 s) const;
    double world_to_screen_length(double len) const { return len * scale; }
    double screen_to_world_length(double len) const { return len / scale; }

    // The canvas moved or resized: world points keep their place relative to its corner.
    void place(bp::Vec2 canvas_top_left) { screen_origin = canvas_top_left; }
    // Moves the view by a screen-space delta (what dragging the background does).
    void pan(bp::Vec2 screen_delta);
    // Multiplies the scale by `factor` (clamped), keeping the world point under `screen_point` fixed.
    void zoom_at(bp::Vec2 screen_point, double factor);
    // Shows the world rectangle [world_min, world_max] centred in a viewport of `viewport_size` pixels,
    // leaving `margin` pixels free on each side; the scale is clamped to [kMinScale, max_scale].
    void fit(bp::Vec2 world_min, bp::Vec2 world_max, bp::Vec2 viewport_size, double margin = 40,
             double max_scale = kMaxScale);
    // Shows the world band [world_top, world_bottom] over the viewport's height less `margin` (at most
    // `max_scale`), with world x = 0 at `left` pixels.
    void fit_height(double world_top, double world_bottom, bp::Vec2 viewport_size, double margin, double left,
                    double max_scale);
    // Centres the world point; a view zoomed out below `min_scale` first goes back to 1:1.
    void bring_into_view(bp::Vec2 world_point, bp::Vec2 viewport_size, double min_scale = 0.6);
    // Pans as little as needed for the world rectangle to be inside the viewport less `margin` pixels
    // (centred when it is larger), keeping the scale.
    void pan_into_view(bp::Vec2 world_min, bp::Vec2 world_max, bp::Vec2 viewport_size, double margin);
    // Pans so that the world point appears at the viewport's centre, keeping the scale.
    void centre_on(bp::Vec2 world_point, bp::Vec2 viewport_size);
};

}  // namespace ui
