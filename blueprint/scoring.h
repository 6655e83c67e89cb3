// How a standard's compliance is computed (format 4): the method, weight, critical flag, N/A rule,
// abandoned contacts and the sample plan. A standard that does not state its scoring is scored the way its
// measurement implies (effective_scoring), so every standard of an older file is computable the same way
// in every system that reads the standards file. Also the target's history ("targets that learn").
#pragma once

#include <optional>
#include <string>

#include "lang.h"
#include "model.h"

namespace bp {

// The standard's own scoring, or the default for its measurement: an average target is a documented
// mean, a survey a top-box share, anything else a share of occurrences; a mystery shopper, a timer or
// log (a system), a survey (customers) or otherwise its owner's role measures, every occurrence.
Scoring effective_scoring(const Standard& s);

// The parts of effective_scoring that compliance reads for every standard, without copying a sample plan.
ComplianceMethod compliance_method(const Standard& s);
inline double weight_of(const Standard& s) { return s.scoring ? s.scoring->weight : 1.0; }
inline bool is_critical(const Standard& s) { return s.scoring && s.scoring->critical; }

// A timer measures the standard: abandoned contacts then need a rule.
bool is_timed(const Standard& s);

// Whether one observed value complies with the target (comparator and value); false without a value.
bool complies(const Target& t, double value);

// Why the standard cannot be computed as declared, in both languages; nullopt when it can. A missing
// target value is not repeated here (measurable.hard-incomplete / soft-incomplete report it).
std::optional<Text> not_computable(const Standard& s, const Blueprint& doc);

// The standard with a new target, the old one kept in its history with the date and reason.
Standard with_target(const Standard& s, double compliance, std::optional<double> value, const std::string& date,
                     const std::string& reason);

}  // namespace bp
