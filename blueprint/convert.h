// Key factors → measurable draft standards, from a bilingual template library drawn from the seeds.
#pragma once

#include <string>
#include <vector>

#include "edit.h"
#include "model.h"

namespace bp {

// One entry of the template library: when it applies and the standard it proposes.
// Texts may contain "{name}", replaced by the key factor's name (the generic per-dimension entries use it).
struct StandardTemplate {
    std::string key;                    // stable, e.g. "answer-within-3-rings"
    std::string title_zh, title_en;     // for a picker in the UI
    std::vector<Dimension> dimensions;  // quality dimensions it suits
    std::vector<std::string> keywords;  // words in a key factor's name/expectation that call for it (zh and en);
                                        // empty: a generic entry, chosen by dimension when no keyword matches
    Standard draft;                     // statement, type, target, measurement filled (Chinese); id, owner empty
    std::string statement_en;           // the statement in English (draft.statement is Chinese)
    std::string metric_en, unit_en;     // draft.target.metric / unit in English
    std::string survey_question_en;     // soft standards: draft.target.survey_question in English
    std::string data_source_en;         // draft.measurement.data_source in English
};

const std::vector<StandardTemplate>& template_library();

// The template propose_standard uses for this key factor. Keywords first: a keyword found in the key
// factor's name beats one found only in its expectation, then a template suiting the key factor's
// dimension wins, then the longer keyword, then library order. With no keyword: hardware (or the
// tangibles dimension) takes the audit pass-rate entry, otherwise the generic entry of the dimension.
const StandardTemplate& choose_template(const KeyFactor& kf);

// A draft standard for one key factor that is already measurable: type from its classification,
// metric, unit, comparator, default target with compliance share (aggregated per occurrence, never as
// an average), method, frequency and data source; owner is the touchpoint's role. The id is left empty
// for the caller to assign. `chinese` picks the language of the statement, metric, unit, question and
// data source. Customer-visible as the template says, except on backstage and support touchpoints.
// Review date: the library never reads the clock, so results are reproducible. `today` (YYYY-MM-DD) sets
// review_by to one year later; when `today` is empty or not a valid date, review_by stays empty and lint
// reports it (ownership.no-review-date) until the UI or the user fills it.
Standard propose_standard(const Touchpoint& tp, const KeyFactor& kf, bool chinese = true,
                          const std::string& today = {});

// One edit that adds a proposed standard to every key factor that has none, and touches nothing else.
// Returns nullptr when every key factor already has a standard. Ids come from doc.new_id("st").
EditPtr convert_all(Document& doc, bool chinese = true, const std::string& today = {});

// The same for one key factor (the inspector's action); nullptr if it is not found.
// Unlike convert_all it also adds to a key factor that already has standards (the user asked for it).
EditPtr convert_one(Document& doc, const KeyFactorId& id, bool chinese = true, const std::string& today = {});

}  // namespace bp
