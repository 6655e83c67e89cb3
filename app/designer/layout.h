// Where things are on the canvas, in world units, for both views; pure geometry with no ImGui so it can be
// tested alone. A Scene is built from the document once per revision and view; drawing, culling, hit
// testing, box selection and "centre on element" all read it.
// Sections: ring geometry · sizes · text · scene · blueprint view geometry · queries.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "blueprint/lang.h"
#include "blueprint/locator.h"
#include "blueprint/model.h"

namespace ui {

// ------------------------------------------------------------------------------------ ring geometry
// Touchpoints sit clockwise on the ring in the customer's order, the first at 12 o'clock. Angles are in
// radians in screen orientation (y grows downward), so increasing angle runs clockwise on screen.
namespace ring {
constexpr double kPi = 3.14159265358979323846;
double slot_angle(int i, int n);                               // angle of touchpoint i of n
int nearest_slot(double angle, int n);                         // the slot whose angle is closest
double angle_of(bp::Vec2 centre, bp::Vec2 p);                  // angle of p as seen from centre
bp::Vec2 point_at(bp::Vec2 centre, double radius, double angle);
double display_radius(const bp::Circle& c);                    // grows with the count so nodes never overlap

// Reordering by dragging: the gap the angle falls in, 0..n (gap g lies just before touchpoint g; gap n
// after the last). The gap between the last touchpoint and the first (at 12 o'clock) is split at its
// middle: its first half is the end of the order, its second half (just before 12) the start.
int insertion_gap(double angle, int n);
// Where the touchpoint at `from` ends up (the `to` of bp::move_touchpoint) when dropped in `gap`.
int insertion_index(int gap, int from);
// The angle at which the insertion marker for a gap is drawn, on the gap's side of 12 o'clock.
double insertion_marker_angle(int gap, int n);
}  // namespace ring

// ------------------------------------------------------------------------------------------- sizes
namespace sizes {
constexpr double kTouchpointRadius = 30;     // circle view node
constexpr double kMinTouchpointSpacing = 110;  // along the ring, centre to centre
constexpr double kCardW = 170, kCardH = 46;  // key-factor card
constexpr double kCardGap = 8;
constexpr double kTitleHalfW = 120, kTitleHalfH = 22;  // circle title at the ring's centre
constexpr double kRingHalfWidth = 6;         // grab band either side of the ring line
// Blueprint view
// Blueprint view (the rest of its sizes are in blueprint_layout.h)
constexpr double kLaneLabelW = 150;
constexpr double kColW = 190, kCircleGap = 70;
constexpr double kTpCardH = 52, kChipH = 20, kChipGap = 4;
constexpr int kChipsPerCell = 3;
}  // namespace sizes

// Automatic card position (relative to its touchpoint) for key factor k of a touchpoint at `angle`:
// outward from the ring, clear of the node, stacked away from the centre. The scene pushes cards further
// out past labels and other cards (labels.cpp); this is where the search starts.
bp::Vec2 auto_card_offset(double angle, int k);

// -------------------------------------------------------------------------------------------- text
// Text in the circle view is laid out in world units by the scene, so drawing, hit testing and tests
// read one geometry. Zoomed out, text is held at kMinReadablePx (so "zoom to fit" stays readable), so it
// is larger in world units; and the less important lines drop out first (names stay longest). The
// scene is laid out for a `layout_scale` no larger than the camera's (label_layout_scale), so text
// drawn at the camera's scale is never larger than its box.
namespace text {
constexpr double kMinReadablePx = 11.0;
// The scales from which each kind of line is shown: names and titles, then roles, wait/fail points,
// card names and the title's counts, then the cards' BPM · dimension · importance line.
constexpr double kNamesFrom = 0.25, kDetailsFrom = 0.3, kCardDetailsFrom = 0.55;
constexpr double kName = 14, kSub = 11.5;             // touchpoint label: name, role and wait/fail lines
constexpr double kCardName = 13.5, kCardDetail = 11;  // key-factor card
constexpr double kTitle = 17, kTitleDetail = 12;      // circle title
constexpr double kLineHeight = 1.25;                  // line pitch, in font sizes
// Width of `s` at font size `size` (both in the same unit). The canvas passes ImGui's font; tests a
// deterministic estimate.
using Measure = std::function<double(std::string_view s, double size)>;
// Chinese, kana and full-width forms 1 em, everything else 0.55 em.
double estimate_width(std::string_view s, double size);
// The world font size of text of nominal `size` at a camera `scale`; 0 below `shown_from`.
double world_size(double size, double scale, double shown_from);
// The scale a scene is laid out for at camera `scale`: steps of the wheel (1.15) below 1, 1 above
// (text then follows the zoom exactly), never above `scale`.
double label_layout_scale(double scale);
}  // namespace text

enum class TextKind { Name, Role, Points, CardName, CardDetail, Title, TitleDetail };

struct TextLine {
    TextKind kind;
    std::string text;   // as drawn: wrapped, and shortened with "…" only when nothing else fits
    bp::Vec2 min, max;  // the line's box in world units
    double size = 0;    // world font size it was laid out at
    int align = -1;     // -1 left, 0 centred, 1 right: the side it grows away from
};

struct LabelStyle {
    text::Measure measure = text::estimate_width;
    double layout_scale = 1.0;  // see text::label_layout_scale
    bp::Lang lang = bp::Lang::Zh;  // of the role names and the words the labels use
};

// ------------------------------------------------------------------------------------------- scene
enum class SceneView { Circles, Blueprint, Chain };
enum class ItemKind { Circle, Touchpoint, KeyFactor, Activity, Handoff };
enum class Shape { Rect, Disc, Ring, Arrow };  // Arrow: a handoff from tail to head, with its label at anchor

struct SceneItem {
    ItemKind kind;
    Shape shape;
    bp::ElementId id;   // the element it shows
    bp::Path path;      // where that element was in the revision the scene was built from (for drawing)
    bp::Vec2 min, max;  // bounding box (culling, box select)
    bp::Vec2 anchor;    // centre
    double radius = 0;  // Disc and Ring
    double angle = 0;   // circle view touchpoints: position on the ring
    // Circle view: the item's text and the box around it (a touchpoint's label beside the node, a
    // circle's title, a card's lines inside the card); text_min > text_max when it has none.
    std::vector<TextLine> text;
    bp::Vec2 text_min{1, 1}, text_max{0, 0};
    bool has_text() const { return text_min.x <= text_max.x; }
    bp::Vec2 tail{}, head{};  // Arrow: where it leaves its first card and reaches the second
};

// A box in world units.
struct Extent {
    bp::Vec2 min, max;
    bool overlaps(const Extent& o) const { return min.x < o.max.x && max.x > o.min.x && min.y < o.max.y && max.y > o.min.y; }
};

struct Scene {
    SceneView view = SceneView::Circles;
    uint64_t revision = 0;                 // document revision it was built from (0 = never)
    uint64_t built_revision = 0;           // the revision it was last built (not shifted) for
    std::vector<SceneItem> items;          // draw order: circles, touchpoints, key factors (blueprint view: activities, handoffs)
    std::vector<size_t> first_touchpoint;  // per circle: index of its first touchpoint item
    std::vector<size_t> first_key_factor;  // per touchpoint (in document order): its first card item, or npos
    std::vector<size_t> shown_key_factors; // per touchpoint: how many of its key factors have items
    std::vector<double> circle_left;       // blueprint view: x of each circle's first column
    double layout_scale = 0;               // circle view: the scale the text was laid out for
    bp::Lang lang = bp::Lang::Zh;          // circle view: the language of its text
    std::vector<size_t> first_activity;    // blueprint view, per touchpoint: its first activity item
    std::vector<size_t> first_handoff;     // blueprint view, per circle: its first handoff item
    std::vector<double> row_tops;          // blueprint view: each layer's row top, then the last row's bottom
    bp::Vec2 min, max;                     // bounds of everything; min > max when empty
    bool provisional = false;              // shifted by translate_circle: build again once the drag ends
    uint64_t generation = 0;               // moves whenever the items change: what facts kept per item key on
    // Circle view, per circle: the box its title, nodes, labels and cards take (extent), and that box
    // grown to every spot the search for its labels' and cards' places looked at (reach); and its group:
    // circles whose reach meets another's extent are in one group. A group's text lies where it would
    // lie were its circles alone, so a change to one circle lays out only its group again
    // (update_circle_scene).
    std::vector<Extent> circle_extent, circle_reach;
    std::vector<int> circle_group;
    bool empty() const { return items.empty(); }

    // The item that shows this element, or nullptr (not shown: a standard, a key factor past a full
    // blueprint cell; or gone). The element is found through the document's locator, and the item is
    // returned only when it shows exactly that element: a scene of another revision never answers
    // with the wrong item or reads out of range.
    const SceneItem* item(const bp::ElementId& id, bp::Locator& where) const;
    // The touchpoint item a key-factor item hangs from (nullptr for other items).
    const SceneItem* owner(const SceneItem& it) const;

private:
    const SceneItem* at_path(const bp::Path& p) const;
};

void build_circle_scene(const bp::Blueprint& doc, Scene& out, const LabelStyle& style = {});
// The scene of `doc` from a circle scene `s` of an earlier revision of it, laid out in the same style,
// where only the circles `changed` differ: the items of the others, text and all, are moved over, and
// only the changed ones (and any new) are built and laid out. The result is what build_circle_scene
// gives. The groups of the changed circles (and of any removed) are laid out again, alone. False, with
// `s` left for a full build, when that could not be so (they now reach another group), or would save
// little (they hold most of the document).
bool update_circle_scene(const bp::Blueprint& doc, Scene& s, const std::vector<bp::CircleId>& changed, const LabelStyle& style);
// While a circle is dragged: its items (ring, moments, cards, their text) shifted by `delta` instead of
// a rebuild that lays out every label of the document again. The labels of other circles that made room
// for it keep their places until the drag ends and the scene is built again (Scene::provisional).
void translate_circle(Scene& s, int circle, bp::Vec2 delta);
// The text of a circle scene (labels.cpp): titles, touchpoint labels and card lines measured, cards sized
// to their lines, and labels and automatic cards moved outward until clear of each other, of nodes and
// of titles; and each circle's extent and reach. `circles`: the circles to lay out, as if the others
// were not there (their text is left as it is); null: all of them. Called by
// build_circle_scene and update_circle_scene.
void lay_out_circle_text(const bp::Blueprint& doc, Scene& s, const LabelStyle& style, const std::vector<int>* circles = nullptr);
// Each circle's group (Scene::circle_group), numbered by its first circle: circles linked by one's reach
// meeting another's extent, directly or through others.
std::vector<int> circle_groups(const Scene& s);
void build_blueprint_scene(const bp::Blueprint& doc, Scene& out);
void build_chain_scene(const bp::Blueprint& doc, Scene& out);  // the chain by role (blueprint_layout.h)

// ------------------------------------------------------------------------- blueprint view geometry
// Rows, cells and cards: blueprint_layout.h. Column slot within circle `circle` for a world x (clamped to 0..n-1).
int blueprint_slot_at(const Scene& scene, const bp::Blueprint& doc, int circle, double x);

// ------------------------------------------------------------------------------------------ queries
// The topmost item at world point p; `tolerance` (world units) widens thin targets like the ring.
const SceneItem* hit_test(const Scene& scene, bp::Vec2 p, double tolerance);
// Items whose bounding box lies wholly inside the rectangle spanned by a and b.
std::vector<const SceneItem*> items_in_rect(const Scene& scene, bp::Vec2 a, bp::Vec2 b);

}  // namespace ui
