// Key factors → measurable draft standards, from a bilingual template library drawn from the seeds.
#pragma once

#include <string>
#include <vector>

#include "edit.h"
#include "model.h"

namespace bp {

// One entry of the template library: when it applies and the standard it proposes.
struct StandardTemplate {
    std::string key;                        // stable, e.g. "answer-within-3-rings"
    std::string title_zh, title_en;         // for a picker in the UI
    std::vector<Dimension> dimensions;      // quality dimensions it suits
    std::vector<std::string> keywords;      // words in a key factor's name/expectation that call for it (zh and en)
    Standard draft;                         // statement, type, target, measurement filled; id and owner empty
    std::string statement_en;               // the statement in English (draft.statement is Chinese)
};

const std::vector<StandardTemplate>& template_library();

// A draft standard for one key factor that is already measurable: type from its classification,
// metric, unit, comparator, default target with compliance share, method and frequency; owner is
// the touchpoint's role. The id is left empty for the caller to assign. `chinese` picks the language
// of the statement and metric text.
Standard propose_standard(const Touchpoint& tp, const KeyFactor& kf, bool chinese = true);

// One edit that adds a proposed standard to every key factor that has none, and touches nothing else.
// Returns nullptr when every key factor already has a standard. Ids come from doc.new_id("st").
EditPtr convert_all(Document& doc, bool chinese = true);

// The same for one key factor (the inspector's action); nullptr if it is not found.
EditPtr convert_one(Document& doc, const KeyFactorId& id, bool chinese = true);

}  // namespace bp
