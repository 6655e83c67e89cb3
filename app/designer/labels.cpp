// The circle view's text as geometry: what each title, touchpoint label and key-factor card says, how
// big it is and where it goes, so that nothing written overlaps anything else.
// Order of placement: what cannot move first (nodes, titles, cards the user placed), then each
// touchpoint's label beside its node, then the automatic cards beyond the labels. A label or card that
// would overlap something already placed moves outward along its ray until it is clear.
// Sections: measuring · obstacles · titles · cards · touchpoint labels · the pass.
#include <algorithm>
#include <cmath>
#include <functional>

#include "blueprint/text.h"
#include "blueprint/enums.h"
#include "blueprint/glossary.h"
#include "blueprint/roles.h"
#include "lang.h"
#include "layout.h"
#include "line_breaks.h"

namespace ui {

// --------------------------------------------------------------------------------------- measuring
namespace text {

double estimate_width(std::string_view s, double size) {
    double em = 0;
    for (size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        const size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        em += n >= 3 ? 1.0 : 0.55;  // three-byte UTF-8 covers CJK, kana, full-width forms
        i += n;
    }
    return em * size;
}

double world_size(double size, double scale, double shown_from) {
    if (!(scale > 0) || scale < shown_from) return 0;
    return std::max(size * scale, kMinReadablePx) / scale;
}

double label_layout_scale(double scale) {
    if (!(scale > 0)) return 1;
    if (scale >= 1) return 1;
    const double step = 1.15;
    double s = std::pow(step, -std::ceil(std::log(1 / scale) / std::log(step) - 1e-9));
    while (s > scale) s /= step;
    return s;
}

}  // namespace text

namespace {

using text::Measure;

struct Box {
    bp::Vec2 min, max;
    double w() const { return max.x - min.x; }
    double h() const { return max.y - min.y; }
    Box moved(bp::Vec2 d) const { return {{min.x + d.x, min.y + d.y}, {max.x + d.x, max.y + d.y}}; }
};

Box box_at(double left, double top, double w, double h) { return {{left, top}, {left + w, top + h}}; }

size_t utf8_step(std::string_view s, size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

// The text cut at a character boundary and ended with "…" so that it is at most `width` wide.
std::string shortened(std::string_view s, double width, double size, const Measure& measure) {
    if (measure(s, size) <= width) return std::string(s);
    std::vector<size_t> ends;
    for (size_t i = 0; i < s.size(); i += utf8_step(s, i)) ends.push_back(i);
    for (size_t k = ends.size(); k-- > 0;) {
        std::string t(s.substr(0, ends[k]));
        while (!t.empty() && t.back() == ' ') t.pop_back();
        t += "…";
        if (measure(t, size) <= width) return t;
    }
    return "…";
}

// At most `max_lines` lines no wider than `width`; the last is shortened when the text needs more.
std::vector<std::string> wrapped(std::string_view s, double width, double size, int max_lines, const Measure& measure) {
    std::vector<std::string> lines =
        break_lines(s, (float)width, [&](std::string_view t) { return (float)measure(t, size); });
    if ((int)lines.size() > max_lines) {
        std::string rest = lines[max_lines - 1];
        for (size_t i = max_lines; i < lines.size(); ++i) rest += " " + lines[i];
        lines.resize(max_lines);
        lines.back() = shortened(rest, width, size, measure);
    }
    for (auto& l : lines) l = shortened(l, width, size, measure);  // a single unit wider than the line
    return lines;
}

// Lines of one block of text, stacked from the top, before the block is placed.
struct Block {
    std::vector<TextLine> lines;
    double w = 0, h = 0;
    void add(TextKind kind, const std::string& s, double size, const Measure& measure) {
        if (size <= 0 || s.empty()) return;
        TextLine l{kind, s, {0, h}, {measure(s, size), h + size * text::kLineHeight}, size};
        w = std::max(w, l.max.x);
        h = l.max.y;
        lines.push_back(std::move(l));
    }
    // Moves the lines to a box at (left, top) of the block's size, each aligned within it.
    void place(double left, double top, int align, std::vector<TextLine>& out) const {
        for (TextLine l : lines) {
            const double lw = l.max.x - l.min.x;
            const double x = align < 0 ? left : align > 0 ? left + w - lw : left + (w - lw) / 2;
            l.min = {x, top + l.min.y};
            l.max = {x + lw, top + l.max.y};
            l.align = align;
            out.push_back(std::move(l));
        }
    }
};

// ---------------------------------------------------------------------------------------- obstacles
// Boxes already placed, bucketed on a grid so that a scene of ten thousand touchpoints stays fast. The
// grid is a flat array over the scene's bounds; a box beyond them goes into the edge cells (clamped the
// same way on add and on query, so nothing is missed), which only costs a few more comparisons there.
class Obstacles {
public:
    // `bounds`: where most boxes will be; `expected`: about how many, to size the cells.
    Obstacles(const Box& bounds, size_t expected) : origin_(bounds.min) {
        const double w = std::max(bounds.w(), 1.0), h = std::max(bounds.h(), 1.0);
        // A few boxes per cell at most, and never more cells than boxes (memory on a sparse scene).
        cell_ = kCell;
        const double budget = std::max<double>(64, (double)expected);
        while ((w / cell_ + 1) * (h / cell_ + 1) > budget) cell_ *= 2;
        nx_ = (int)(w / cell_) + 1;
        ny_ = (int)(h / cell_) + 1;
        cells_.resize((size_t)nx_ * (size_t)ny_);
    }
    void add(const Box& b) {
        const int id = (int)boxes_.size();
        boxes_.push_back(b);
        if (cells_of(b) > kMaxCells) huge_.push_back(id);
        else for_cells(b, [&](std::vector<int>& cell) { cell.push_back(id); return false; });
    }
    // True when `b`, grown by `gap` on every side, overlaps a placed box.
    bool hit(const Box& b, double gap) const { return blocker(b, gap) >= 0; }
    // A placed box that `b`, grown by `gap` on every side, overlaps, or -1.
    int blocker(const Box& b, double gap) const {
        const Box g{{b.min.x - gap, b.min.y - gap}, {b.max.x + gap, b.max.y + gap}};
        auto overlaps = [&](int id) {
            const Box& o = boxes_[id];
            return g.min.x < o.max.x && g.max.x > o.min.x && g.min.y < o.max.y && g.max.y > o.min.y;
        };
        for (int id : huge_)
            if (overlaps(id)) return id;
        if (cells_of(g) > kMaxCells) {  // a huge query: look at every box
            for (int id = 0; id < (int)boxes_.size(); ++id)
                if (overlaps(id)) return id;
            return -1;
        }
        int found = -1;
        for_cells(g, [&](const std::vector<int>& cell) {
            for (int id : cell)
                if (overlaps(id)) {
                    found = id;
                    return true;
                }
            return false;
        });
        return found;
    }
    const Box& box(int id) const { return boxes_[id]; }
    // Calls `f` with every placed box that `b` overlaps (some more than once).
    template <typename F>
    void each_overlap(const Box& b, F&& f) const {
        auto overlaps = [&](int id) {
            const Box& o = boxes_[id];
            return b.min.x < o.max.x && b.max.x > o.min.x && b.min.y < o.max.y && b.max.y > o.min.y;
        };
        for (int id : huge_)
            if (overlaps(id)) f(id);
        if (cells_of(b) > kMaxCells) {
            for (int id = 0; id < (int)boxes_.size(); ++id)
                if (overlaps(id)) f(id);
            return;
        }
        for_cells(b, [&](const std::vector<int>& cell) {
            for (int id : cell)
                if (overlaps(id)) f(id);
            return false;
        });
    }

private:
    static constexpr double kCell = 160;
    static constexpr double kMaxCells = 4096;  // a box over more cells than this is checked by every query
    double cells_of(const Box& b) const {
        return (std::floor((b.max.x - origin_.x) / cell_) - std::floor((b.min.x - origin_.x) / cell_) + 1) *
               (std::floor((b.max.y - origin_.y) / cell_) - std::floor((b.min.y - origin_.y) / cell_) + 1);
    }
    int column(double x) const { return (int)std::clamp(std::floor((x - origin_.x) / cell_), 0.0, double(nx_ - 1)); }
    int row(double y) const { return (int)std::clamp(std::floor((y - origin_.y) / cell_), 0.0, double(ny_ - 1)); }
    // Calls `f` on each cell `b` covers until it returns true.
    template <typename Self, typename F>
    static void for_cells_of(Self& self, const Box& b, F&& f) {
        const int x0 = self.column(b.min.x), x1 = self.column(b.max.x), y0 = self.row(b.min.y), y1 = self.row(b.max.y);
        for (int y = y0; y <= y1; ++y)
            for (int x = x0; x <= x1; ++x)
                if (f(self.cells_[(size_t)y * self.nx_ + x])) return;
    }
    template <typename F>
    void for_cells(const Box& b, F&& f) { for_cells_of(*this, b, f); }
    template <typename F>
    void for_cells(const Box& b, F&& f) const { for_cells_of(*this, b, f); }
    bp::Vec2 origin_;
    double cell_ = kCell;
    int nx_ = 1, ny_ = 1;
    std::vector<Box> boxes_;
    std::vector<int> huge_;
    std::vector<std::vector<int>> cells_;
};

// The first step at which `b`, moved by `dir` × step × k and grown by `gap`, no longer overlaps `o`, given
// that it overlaps at the current step: the box leaves `o` where its trailing edge passes `o`'s far edge
// on either axis. 401 (past the search) when it never does.
int steps_past(const Box& b, bp::Vec2 dir, double step, double gap, const Box& o) {
    double leaves = INFINITY;  // the distance moved at which the overlap ends
    if (dir.x > 0) leaves = std::min(leaves, (o.max.x - (b.min.x - gap)) / dir.x);
    if (dir.x < 0) leaves = std::min(leaves, (o.min.x - (b.max.x + gap)) / dir.x);
    if (dir.y > 0) leaves = std::min(leaves, (o.max.y - (b.min.y - gap)) / dir.y);
    if (dir.y < 0) leaves = std::min(leaves, (o.min.y - (b.max.y + gap)) / dir.y);
    const double k = std::ceil(leaves / step);
    return k < 401 ? (int)k : 401;
}

// The nearest spot, in steps, where `b` clears every obstacle: outward along `out` first, else sideways
// along `side` (either way), else both; so a label blocked by a neighbouring circle stays by its node
// instead of crossing that circle. Gives up (keeping the last spot tried) only after a distance no
// scene needs. A direction blocked at one step by a box stays blocked until it has moved past that box:
// those steps are skipped rather than tried (a crowded scene of ten thousand moments tried thousands of
// spots per label; the spot found is the same).
// `moved`: how far it went; every spot tried lies within twice that of `b` (the diagonals).
Box pushed_clear(const Box& b, bp::Vec2 out, bp::Vec2 side, double step, double gap, const Obstacles& placed, double& moved) {
    moved = 0;
    if (!placed.hit(b, gap)) return b;
    constexpr int kSteps = 400;
    const bp::Vec2 dirs[] = {out, side, {-side.x, -side.y}, {out.x + side.x, out.y + side.y}, {out.x - side.x, out.y - side.y}};
    int next[5] = {1, 1, 1, 1, 1};  // per direction, the first step not known to be blocked
    for (int k = 1; k <= kSteps;) {
        const double d = k * step;
        for (int j = 0; j < 5; ++j) {
            if (next[j] > k) continue;
            const Box tried = b.moved({dirs[j].x * d, dirs[j].y * d});
            const int o = placed.blocker(tried, gap);
            if (o < 0) {
                moved = d;
                return tried;
            }
            // One step short of where the box is past `o`: rounding must never skip a free spot.
            next[j] = step > 0 ? std::max(k + 1, steps_past(b, dirs[j], step, gap, placed.box(o)) - 1) : k + 1;
        }
        k = *std::min_element(next, next + 5);
    }
    const double d = kSteps * step;
    moved = d;
    return b.moved({dirs[4].x * d, dirs[4].y * d});
}


// How much larger than nominal text is at this layout scale (≥ 1; 1 while it is not shown), for the
// paddings and widths around it.
double growth(double nominal, double shown_from, const LabelStyle& style) {
    const double w = text::world_size(nominal, style.layout_scale, shown_from);
    return w > 0 ? w / nominal : 1.0;
}

// ------------------------------------------------------------------------------------------- titles
Box lay_out_title(const bp::Circle& c, SceneItem& it, const LabelStyle& style) {
    const double g = growth(text::kTitle, text::kNamesFrom, style), pad = 8 * g;
    int standards = 0;
    for (const auto& tp : c.touchpoints)
        for (const auto& kf : tp.key_factors) standards += (int)kf.standards.size();
    const std::string n = std::to_string(c.touchpoints.size()), m = std::to_string(standards);
    const std::string detail = style.lang == bp::Lang::Zh ? n + " 个触点 · " + m + " 条标准"
                                                          : bp::text::counted(c.touchpoints.size(), "touchpoint") + " · " +
                                                                bp::text::counted(standards, "standard");
    const double max_w = std::max(1.4 * it.radius - 2 * pad, 60.0);
    Block b;
    const double title_size = text::world_size(text::kTitle, style.layout_scale, text::kNamesFrom);
    const double detail_size = text::world_size(text::kTitleDetail, style.layout_scale, text::kDetailsFrom);
    b.add(TextKind::Title, shortened(c.name, max_w, title_size, style.measure), title_size, style.measure);
    b.add(TextKind::TitleDetail, shortened(detail, max_w, detail_size, style.measure), detail_size, style.measure);
    const double w = std::max(b.w + 2 * pad, 2 * sizes::kTitleHalfW), h = std::max(b.h + pad, 2 * sizes::kTitleHalfH);
    const Box box = box_at(it.anchor.x - w / 2, it.anchor.y - h / 2, w, h);
    b.place(box.min.x + pad, box.min.y + pad / 2, -1, it.text);
    it.text_min = box.min;
    it.text_max = box.max;
    return box;
}

// -------------------------------------------------------------------------------------------- cards
// A card's lines wrapped to its width; the card is as tall as they need.
Block card_block(const bp::KeyFactor& kf, const LabelStyle& style, double& card_w, double& pad) {
    const double g = growth(text::kCardName, text::kDetailsFrom, style);
    card_w = sizes::kCardW * g;
    pad = 10 * g;
    const double inner = card_w - 2 * pad;
    const std::string detail = std::string(bp::label(kf.bpm, style.lang)) + " · " + std::string(bp::label(kf.dimension, style.lang)) + " · " +
                               tr(style.lang, "重要性 ", "importance ") + std::to_string(kf.importance);
    Block b;
    const double name_size = text::world_size(text::kCardName, style.layout_scale, text::kDetailsFrom);
    const double detail_size = text::world_size(text::kCardDetail, style.layout_scale, text::kCardDetailsFrom);
    if (name_size > 0)
        for (const auto& l : wrapped(kf.name, inner, name_size, 3, style.measure)) b.add(TextKind::CardName, l, name_size, style.measure);
    if (detail_size > 0)
        for (const auto& l : wrapped(detail, inner, detail_size, 3, style.measure)) b.add(TextKind::CardDetail, l, detail_size, style.measure);
    else card_w = std::max(sizes::kCardW, b.w + 2 * pad);  // zoomed out, names only: no wider than they are
    return b;
}

void place_card(SceneItem& it, const Block& b, double card_w, double pad, bp::Vec2 centre) {
    const double h = std::max(b.h + pad, sizes::kCardH);
    it.anchor = centre;
    it.min = {centre.x - card_w / 2, centre.y - h / 2};
    it.max = {centre.x + card_w / 2, centre.y + h / 2};
    it.text.clear();
    b.place(it.min.x + pad, it.min.y + pad / 2, -1, it.text);
    it.text_min = it.min;
    it.text_max = it.max;
}

// --------------------------------------------------------------------------------- touchpoint labels
// Which side of its node a label goes: the side facing away from the ring's centre.
enum class Side { Top, Bottom, Left, Right };

Side side_of(double angle) {
    const double dx = std::cos(angle), dy = std::sin(angle);
    if (std::abs(dx) < 0.4) return dy < 0 ? Side::Top : Side::Bottom;
    return dx < 0 ? Side::Left : Side::Right;
}

// Sideways for a label on a node's side keeps it on that side: up and down beside the node, left and
// right above or below it.
bp::Vec2 sideways(double angle) {
    const Side side = side_of(angle);
    return side == Side::Top || side == Side::Bottom ? bp::Vec2{1, 0} : bp::Vec2{0, 1};
}

Block label_block(const bp::Blueprint& doc, const bp::Touchpoint& tp, const LabelStyle& style) {
    const double name_size = text::world_size(text::kName, style.layout_scale, text::kNamesFrom);
    const double sub_size = text::world_size(text::kSub, style.layout_scale, text::kDetailsFrom);
    const double max_w = 150 * growth(text::kName, text::kNamesFrom, style);
    Block b;
    if (name_size > 0)
        for (const auto& l : wrapped(tp.name, max_w, name_size, 3, style.measure)) b.add(TextKind::Name, l, name_size, style.measure);
    if (sub_size > 0) {
        b.add(TextKind::Role, shortened(bp::role_name(doc, tp.role, style.lang), max_w, sub_size, style.measure), sub_size, style.measure);
        std::string points;
        if (tp.wait_point) points = std::string(bp::glossary::wait_point.in(style.lang));
        if (tp.fail_point) points += (points.empty() ? "" : " · ") + std::string(bp::glossary::fail_point.in(style.lang));
        b.add(TextKind::Points, shortened(points, max_w, sub_size, style.measure), sub_size, style.measure);
    }
    return b;
}

// The label's first spot: just clear of the node on its side, anchored at the node so it grows away.
Box label_spot(const SceneItem& node, const Block& b, double gap, int& align) {
    const bp::Vec2 p = node.anchor;
    const double r = node.radius + gap;
    switch (side_of(node.angle)) {
        case Side::Top: align = 0; return box_at(p.x - b.w / 2, p.y - r - b.h, b.w, b.h);
        case Side::Bottom: align = 0; return box_at(p.x - b.w / 2, p.y + r, b.w, b.h);
        case Side::Left: align = 1; return box_at(p.x - r - b.w, p.y - b.h / 2, b.w, b.h);
        case Side::Right: align = -1; return box_at(p.x + r, p.y - b.h / 2, b.w, b.h);
    }
    return {};
}

}  // namespace

// ------------------------------------------------------------------------------------------- the pass
namespace {

// Grows a circle's extent or reach to take in `b`.
void take_in(Extent& e, const Box& b) {
    e.min = {std::min(e.min.x, b.min.x), std::min(e.min.y, b.min.y)};
    e.max = {std::max(e.max.x, b.max.x), std::max(e.max.y, b.max.y)};
}

Box grown(const Box& b, double by) { return {{b.min.x - by, b.min.y - by}, {b.max.x + by, b.max.y + by}}; }

}  // namespace

void lay_out_circle_text(const bp::Blueprint& doc, Scene& s, const LabelStyle& style, const std::vector<int>* only) {
    s.layout_scale = style.layout_scale;
    s.lang = style.lang;
    const size_t circles = doc.circles.size();
    std::vector<int> all;
    if (!only) {
        all.resize(circles);
        for (size_t c = 0; c < circles; ++c) all[c] = (int)c;
        only = &all;
    }
    const std::vector<int>& chosen = *only;
    const double inf = INFINITY;
    s.circle_extent.resize(circles, Extent{{inf, inf}, {-inf, -inf}});
    s.circle_reach.resize(circles, Extent{{inf, inf}, {-inf, -inf}});
    for (int c : chosen) s.circle_extent[c] = s.circle_reach[c] = Extent{{inf, inf}, {-inf, -inf}};
    // The touchpoints of circle c, as indices into the per-touchpoint lists.
    auto touchpoints_of = [&](int c) {
        const size_t first = s.first_touchpoint[c];
        return std::pair<size_t, size_t>{first, first + doc.circles[c].touchpoints.size()};
    };
    // The items laid out: titles, nodes and cards of the chosen circles.
    std::vector<size_t> items;
    for (int c : chosen) {
        items.push_back(c);
        const auto [first, last] = touchpoints_of(c);
        for (size_t g = first; g < last; ++g) {
            items.push_back(circles + g);
            for (size_t k = 0; k < s.shown_key_factors[g]; ++k) items.push_back(s.first_key_factor[g] + k);
        }
    }
    const double gap = 4 * growth(text::kName, text::kNamesFrom, style);
    Box bounds{{INFINITY, INFINITY}, {-INFINITY, -INFINITY}};
    for (size_t i : items) {
        const SceneItem& it = s.items[i];
        bounds.min = {std::min(bounds.min.x, it.min.x), std::min(bounds.min.y, it.min.y)};
        bounds.max = {std::max(bounds.max.x, it.max.x), std::max(bounds.max.y, it.max.y)};
    }
    if (items.empty()) bounds = {{0, 0}, {0, 0}};
    // Labels and cards pushed clear of a crowd land beyond the items: room for them on every side.
    const double margin = 2000 + std::max(bounds.w(), bounds.h()) / 4;
    bounds = {{bounds.min.x - margin, bounds.min.y - margin}, {bounds.max.x + margin, bounds.max.y + margin}};
    Obstacles placed(bounds, 2 * items.size());
    auto place = [&](int c, const Box& b) {
        placed.add(b);
        take_in(s.circle_extent[c], b);
        take_in(s.circle_reach[c], b);
    };
    // Where a search that started at `start` and went `moved` far may have looked.
    auto searched = [&](int c, const Box& start, double moved) { take_in(s.circle_reach[c], grown(start, 2 * moved + gap)); };

    for (int c : chosen) {
        s.items[c].text.clear();
        place(c, lay_out_title(doc.circles[c], s.items[c], style));
    }
    for (int c : chosen) {
        const auto [first, last] = touchpoints_of(c);
        for (size_t g = first; g < last; ++g) {
            SceneItem& node = s.items[circles + g];
            node.text.clear();
            node.text_min = {1, 1};
            node.text_max = {0, 0};
            place(c, {node.min, node.max});
        }
    }

    // Cards the user placed keep their place; only their size follows their lines.
    struct Pending {
        size_t item;
        Block block;
        double w, pad;
    };
    std::vector<std::vector<Pending>> automatic(s.first_key_factor.size());
    for (int c : chosen) {
        const auto& tps = doc.circles[c].touchpoints;
        for (int t = 0; t < (int)tps.size(); ++t) {
            const size_t global = s.first_touchpoint[c] + t;
            for (int k = 0; k < (int)s.shown_key_factors[global]; ++k) {
                const size_t at = s.first_key_factor[global] + k;
                Pending p{at, {}, 0, 0};
                p.block = card_block(tps[t].key_factors[k], style, p.w, p.pad);
                if (tps[t].key_factors[k].card_offset) {
                    place_card(s.items[at], p.block, p.w, p.pad, s.items[at].anchor);
                    place(c, {s.items[at].min, s.items[at].max});
                } else {
                    automatic[global].push_back(std::move(p));
                }
            }
        }
    }

    // Labels beside their nodes, in the customer's order.
    for (int c : chosen) {
        const auto& tps = doc.circles[c].touchpoints;
        for (int t = 0; t < (int)tps.size(); ++t) {
            SceneItem& node = s.items[circles + s.first_touchpoint[c] + t];
            const Block b = label_block(doc, tps[t], style);
            if (b.lines.empty()) continue;
            int align = -1;
            const bp::Vec2 out{std::cos(node.angle), std::sin(node.angle)};
            const Box start = label_spot(node, b, gap, align);
            double moved = 0;
            const Box box = pushed_clear(start, out, sideways(node.angle), std::max(b.h / 4, gap), gap, placed, moved);
            searched(c, start, moved);
            b.place(box.min.x, box.min.y, align, node.text);
            node.text_min = box.min;
            node.text_max = box.max;
            place(c, box);
        }
    }

    // Automatic cards: one stack per touchpoint, outward from its node and clear of everything above.
    for (int c : chosen) {
        const auto [first, last] = touchpoints_of(c);
        for (size_t global = first; global < last; ++global) {
            auto& cards = automatic[global];
            if (cards.empty()) continue;
            const SceneItem& node = s.items[circles + global];
            const double card_gap = sizes::kCardGap * growth(text::kCardName, text::kDetailsFrom, style);
            double stack_w = 0, stack_h = 0;
            for (const Pending& p : cards) {
                stack_w = std::max(stack_w, p.w);
                stack_h += std::max(p.block.h + p.pad, sizes::kCardH) + (stack_h > 0 ? card_gap : 0);
            }
            const bp::Vec2 out{std::cos(node.angle), std::sin(node.angle)};
            const double clear = node.radius + 18 + std::abs(out.x) * stack_w / 2 + std::abs(out.y) * stack_h / 2;
            const bp::Vec2 centre{node.anchor.x + out.x * clear, node.anchor.y + out.y * clear};
            const Box first_spot = box_at(centre.x - stack_w / 2, centre.y - stack_h / 2, stack_w, stack_h);
            double moved = 0;
            const Box stack = pushed_clear(first_spot, out, sideways(node.angle), std::max(stack_h / 8, card_gap), gap, placed, moved);
            searched(c, first_spot, moved);
            place(c, stack);
            // The first card nearest the node, the rest growing away from the ring's centre.
            const bool upward = out.y < -0.2;
            double y = upward ? stack.max.y : stack.min.y;
            for (const Pending& p : cards) {
                const double h = std::max(p.block.h + p.pad, sizes::kCardH);
                const double cy = upward ? y - h / 2 : y + h / 2;
                place_card(s.items[p.item], p.block, p.w, p.pad, {(stack.min.x + stack.max.x) / 2, cy});
                y += (upward ? -1 : 1) * (h + card_gap);
            }
        }
    }
}

std::vector<int> circle_groups(const Scene& s) {
    const size_t n = std::min(s.circle_extent.size(), s.circle_reach.size());
    std::vector<int> group(n);
    for (size_t c = 0; c < n; ++c) group[c] = (int)c;
    std::function<int(int)> root = [&](int c) { return group[c] == c ? c : group[c] = root(group[c]); };
    // The extents on a grid, each reach asked for every extent it meets.
    Box bounds{{INFINITY, INFINITY}, {-INFINITY, -INFINITY}};
    for (size_t c = 0; c < n; ++c) {
        const Extent& e = s.circle_extent[c];
        bounds.min = {std::min(bounds.min.x, e.min.x), std::min(bounds.min.y, e.min.y)};
        bounds.max = {std::max(bounds.max.x, e.max.x), std::max(bounds.max.y, e.max.y)};
    }
    if (n < 2 || !(bounds.min.x <= bounds.max.x)) return group;
    Obstacles extents(bounds, n);
    std::vector<int> circle_of;  // box → circle: a circle with nothing laid out has no box
    for (size_t c = 0; c < n; ++c) {
        const Extent& e = s.circle_extent[c];
        if (!(e.min.x <= e.max.x)) continue;
        circle_of.push_back((int)c);
        extents.add({e.min, e.max});
    }
    for (size_t c = 0; c < n; ++c) {
        const Extent& r = s.circle_reach[c];
        if (!(r.min.x <= r.max.x)) continue;
        extents.each_overlap({r.min, r.max}, [&](int box) {
            const int a = root((int)c), b = root(circle_of[box]);
            if (a != b) group[std::max(a, b)] = std::min(a, b);
        });
    }
    for (size_t c = 0; c < n; ++c) group[c] = root((int)c);
    return group;
}

}  // namespace ui
