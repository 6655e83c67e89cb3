// Moving through the document's tree one step at a time, for the keyboard on the canvas: Tab goes
// through every circle, touchpoint and key factor in reading order (a circle, then its touchpoints in
// the customer's order, each followed by its key factors); the arrows go to the next or previous
// sibling (wrapping round the ring), into the first child and back out to the parent.
#pragma once

#include <optional>

#include "model.h"

namespace bp {

enum class Step {
    Next,             // reading order, wraps at the end
    Previous,
    NextSibling,      // next touchpoint in the customer's order, next key factor, next circle; wraps
    PreviousSibling,
    Child,            // a circle's first touchpoint, a touchpoint's first key factor
    Parent,           // a key factor's touchpoint, a touchpoint's circle
};

// Where one step from `from` leads. From nothing (or from an element that is not a circle,
// touchpoint, key factor or standard) the forward steps lead to the first element and the backward
// ones to the last; a standard steps as its key factor does. nullopt when there is nowhere to go
// (an empty document, a key factor's child, a circle's parent).
std::optional<Location> step_from(const Blueprint& doc, const std::optional<Location>& from, Step step);

}  // namespace bp
