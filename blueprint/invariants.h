// What must hold of every document the model holds: exactly what the loader requires of a file and
// what the saver writes unchanged. An edit that breaks one is a bug (the property test applies long
// random sequences of edits and checks after every step).
#pragma once

#include <string>
#include <vector>

#include "model.h"

namespace bp {

struct Problem {
    ElementId element;  // the element concerned (none: the document as a whole)
    std::string what;   // for developers, e.g. "id \"tp-3\" is used twice"
};

// Unique non-empty ids across the document; role references that resolve; finite numbers within the
// ranges the format allows (feeling −2…2, importance 1…5, compliance 0…1, radius > 0, duration ≥ 0);
// review dates valid or empty; enum values the format can name; text valid UTF-8. Format 3: handoffs join
// two different activities of their circle and form no cycle; recovery links and handoff standards
// resolve; deadlines are ones the format can write.
std::vector<Problem> check_invariants(const Blueprint& doc);

}  // namespace bp
