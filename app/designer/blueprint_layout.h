// The blueprint view's geometry (Shostack's layers), and the chain view's (the same columns, one lane
// per role instead of the layers): one column per moment in the customer's order, one
// block of columns per circle under a header (its name and promise); below the moments the five rows
// of layers, separated by the lines of interaction, visibility and internal interaction. Activities
// are cards stacked in their cell; a row is as tall as its fullest cell, so no card is ever dropped.
// Handoffs are arrows from the edge of one card to the edge of the other. Pure geometry, no ImGui.
// Sections: sizes · rows and lines · building · cells.
#pragma once

#include <array>
#include <optional>

#include "blueprint/glossary.h"
#include "layout.h"

namespace ui::layered {

// ------------------------------------------------------------------------------------------- sizes
constexpr double kLabelW = sizes::kLaneLabelW;    // the row names at the left
constexpr double kColW = sizes::kColW, kCircleGap = sizes::kCircleGap;
constexpr double kHeaderTop = 0, kHeaderH = 58;  // circle name over its promise
constexpr double kMomentTop = kHeaderTop + kHeaderH + 8;
constexpr double kChipsTop = kMomentTop + sizes::kTpCardH + sizes::kChipGap;
constexpr double kMomentsBottom = kChipsTop + sizes::kChipsPerCell * (sizes::kChipH + sizes::kChipGap) + 8;
constexpr double kCardInset = 12;                 // a card's margin from its cell's sides
constexpr double kCardW = kColW - 2 * kCardInset, kCardH = 44, kCardGap = 8;
constexpr double kRowPadTop = 24, kRowPadBottom = 10;  // the top pad leaves room for a line's label
constexpr double kArrowLabelW = 96, kArrowLabelH = 18;  // the deadline label at an arrow's middle: its handle
constexpr double kBowMin = 10, kBowPerUnit = 0.15;      // how far an arrow within one column bows out
constexpr int kRowCount = 5;

// ---------------------------------------------------------------------------------- rows and lines
// The three lines of the blueprint, each drawn at the top of the row below it.
struct Line {
    bp::Layer below;
    bp::Term name;
};
inline constexpr std::array<Line, 3> kLines{{{bp::Layer::Frontstage, bp::glossary::line_of_interaction},
                                             {bp::Layer::Backstage, bp::glossary::line_of_visibility},
                                             {bp::Layer::Support, bp::glossary::line_of_internal_interaction}}};
// The glossary's word for a layer's row.
const bp::Term& layer_term(bp::Layer layer);

// y of a row's top (a layer's; in the chain view a role's lane); row_top(scene, row_count(scene)) is the
// bottom of the last row.
double row_top(const Scene& s, int row);
int row_count(const Scene& s);
// The row that holds y, or -1 above the rows (the headers) and below them.
int row_at(const Scene& s, double y);

// An arrow within one column runs from the right edge of one card to the right edge of another and bows
// out through its anchor (its label); any other runs straight from tail to head through the anchor.
inline bool bows(const SceneItem& arrow) { return arrow.tail.x == arrow.head.x && arrow.tail.y != arrow.head.y; }

// ---------------------------------------------------------------------------------------- building
// Fills the scene: circles (headers), touchpoints (moment cards), key-factor chips, activity cards,
// handoff arrows, in that draw order, with the per-touchpoint and per-circle first indices and the
// row tops. Rows are the five layers, or one lane per role of the blueprint in its order and a last
// one for activities without a role. Called by build_blueprint_scene and build_chain_scene.
enum class RowKind { Layers, Roles };
void build(const bp::Blueprint& doc, Scene& s, RowKind rows);

// ------------------------------------------------------------------------------------------- cells
struct Cell {
    int circle = -1, touchpoint = -1;
    bp::Layer layer = bp::Layer::Frontstage;
};
// The cell under a world point in the blueprint view: a moment's column and a layer's row; none in the
// headers, the gaps between circles, off the rows, or in the chain view.
std::optional<Cell> cell_at(const Scene& s, const bp::Blueprint& doc, bp::Vec2 p);
// The rectangle of a cell (world units).
struct Rect {
    bp::Vec2 min, max;
};
Rect cell_rect(const Scene& s, int circle, int touchpoint, int row);
Rect cell_rect(const Scene& s, int circle, int touchpoint, bp::Layer layer);

}  // namespace ui::layered
