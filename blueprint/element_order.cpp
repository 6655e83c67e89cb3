#include "element_order.h"

#include <vector>

namespace bp {

namespace {

Location at(ElementKind kind, int circle, int touchpoint = -1, int key_factor = -1) {
    Location l;
    l.kind = kind;
    l.path.circle = circle;
    l.path.touchpoint = touchpoint;
    l.path.key_factor = key_factor;
    return l;
}

// Every circle, touchpoint and key factor in reading order.
std::vector<Location> reading_order(const Blueprint& doc) {
    std::vector<Location> out;
    for (int c = 0; c < (int)doc.circles.size(); ++c) {
        out.push_back(at(ElementKind::Circle, c));
        const auto& tps = doc.circles[c].touchpoints;
        for (int t = 0; t < (int)tps.size(); ++t) {
            out.push_back(at(ElementKind::Touchpoint, c, t));
            for (int k = 0; k < (int)tps[t].key_factors.size(); ++k) out.push_back(at(ElementKind::KeyFactor, c, t, k));
        }
    }
    return out;
}

bool in_range(const Blueprint& doc, const Location& l) {
    const Path& p = l.path;
    if (p.circle < 0 || p.circle >= (int)doc.circles.size()) return false;
    if (l.kind == ElementKind::Circle) return true;
    const auto& tps = doc.circles[p.circle].touchpoints;
    if (p.touchpoint < 0 || p.touchpoint >= (int)tps.size()) return false;
    if (l.kind == ElementKind::Touchpoint) return true;
    return l.kind == ElementKind::KeyFactor && p.key_factor >= 0 &&
           p.key_factor < (int)tps[p.touchpoint].key_factors.size();
}

// The element to step from: a standard steps as its key factor; anything else off the canvas is none.
std::optional<Location> canvas_element(const Blueprint& doc, const std::optional<Location>& from) {
    if (!from) return std::nullopt;
    Location l = *from;
    if (l.kind == ElementKind::Standard) {
        l.kind = ElementKind::KeyFactor;
        l.path.standard = -1;
    }
    if (l.kind != ElementKind::Circle && l.kind != ElementKind::Touchpoint && l.kind != ElementKind::KeyFactor)
        return std::nullopt;
    l.path.standard = l.path.activity = l.path.handoff = -1;
    if (!in_range(doc, l)) return std::nullopt;
    return l;
}

int wrap(int i, int n) { return ((i % n) + n) % n; }

}  // namespace

std::optional<Location> step_from(const Blueprint& doc, const std::optional<Location>& from_any, Step step) {
    const std::vector<Location> order = reading_order(doc);
    if (order.empty()) return std::nullopt;
    const bool forward = step == Step::Next || step == Step::NextSibling || step == Step::Child;
    const std::optional<Location> from = canvas_element(doc, from_any);
    if (!from) {
        if (step == Step::Parent) return std::nullopt;
        return forward ? order.front() : order.back();
    }
    const Path& p = from->path;
    switch (step) {
        case Step::Next:
        case Step::Previous: {
            int i = 0;
            while (i < (int)order.size() && !(order[i].kind == from->kind && order[i].path == from->path)) ++i;
            return order[wrap(i + (step == Step::Next ? 1 : -1), (int)order.size())];
        }
        case Step::NextSibling:
        case Step::PreviousSibling: {
            const int d = step == Step::NextSibling ? 1 : -1;
            if (from->kind == ElementKind::Circle) return at(ElementKind::Circle, wrap(p.circle + d, (int)doc.circles.size()));
            const auto& tps = doc.circles[p.circle].touchpoints;
            if (from->kind == ElementKind::Touchpoint)
                return at(ElementKind::Touchpoint, p.circle, wrap(p.touchpoint + d, (int)tps.size()));
            const int n = (int)tps[p.touchpoint].key_factors.size();
            return at(ElementKind::KeyFactor, p.circle, p.touchpoint, wrap(p.key_factor + d, n));
        }
        case Step::Child: {
            if (from->kind == ElementKind::Circle) {
                if (doc.circles[p.circle].touchpoints.empty()) return std::nullopt;
                return at(ElementKind::Touchpoint, p.circle, 0);
            }
            if (from->kind == ElementKind::Touchpoint) {
                if (doc.circles[p.circle].touchpoints[p.touchpoint].key_factors.empty()) return std::nullopt;
                return at(ElementKind::KeyFactor, p.circle, p.touchpoint, 0);
            }
            return std::nullopt;
        }
        case Step::Parent: {
            if (from->kind == ElementKind::KeyFactor) return at(ElementKind::Touchpoint, p.circle, p.touchpoint);
            if (from->kind == ElementKind::Touchpoint) return at(ElementKind::Circle, p.circle);
            return std::nullopt;
        }
    }
    return std::nullopt;
}

}  // namespace bp
