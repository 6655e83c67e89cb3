// Key factors → measurable draft standards, from a bilingual template library drawn from the seeds.
#pragma once

#include <string>
#include <vector>

#include "edit.h"
#include "model.h"
#include "quantities.h"

namespace bp {

// One entry of the template library: when it applies and the standard it proposes.
// Statements are patterns: "{n}" is the target with its unit ("10 分钟", "10 minutes"), "{v}" the bare
// number, "{c}" the compliance share ("90%"), "{max}" the top of a survey scale and "{name}" the key
// factor's name, so the number a statement says is always the target's.
struct StandardTemplate {
    std::string key;                    // stable, e.g. "answer-within-3-rings"
    std::string title_zh, title_en;     // for a picker in the UI
    std::vector<Dimension> dimensions;  // quality dimensions it suits
    std::vector<std::string> keywords;  // words in a key factor's name/expectation that call for it (zh and en);
                                        // empty: a generic entry, chosen by dimension when no keyword matches
    std::vector<std::string> context;   // when set, a keyword counts only if one of these is also in the key
                                        // factor or its touchpoint (the 72H follow-up belongs to complaints)
    std::string source;                 // the seed it is drawn from, e.g. "003 客户投诉处理 1H"
    bool seed_number = false;           // the seed states the number; otherwise it is a suggestion to agree
    bool takes_customer_number = true;  // false: the metric is not what customers state (lateness vs a window)
    Standard draft;                     // statement pattern, type, target, measurement (Chinese); id, owner empty
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
// Context words are looked for in the key factor and, with the second form, its touchpoint.
const StandardTemplate& choose_template(const KeyFactor& kf);
const StandardTemplate& choose_template(const Touchpoint& tp, const KeyFactor& kf);

// A draft standard for one key factor that is already measurable: type from its classification,
// metric, unit, comparator, default target with compliance share (aggregated per occurrence, never as
// an average), method, frequency and data source; owner is the touchpoint's role. The id is left empty
// for the caller to assign. `chinese` picks the language of the statement, metric, unit, question and
// data source. Customer-visible as the template says, except on backstage and support touchpoints.
// Review date: the library never reads the clock, so results are reproducible. `today` (YYYY-MM-DD) sets
// review_by to one year later; when `today` is empty or not a valid date, review_by stays empty and lint
// reports it (ownership.no-review-date) until the UI or the user fills it.
//
// The standard is composed from parts: who (the touchpoint's role), when (the event the template or the
// customer's words count from), what (the behaviour), the number and how it is measured. A number the
// customer states in the key factor's name or expectation ("受理投诉后十分钟内得到回复", "within 10
// minutes") wins over the template's; number_source and number_basis say where the number came from.
Standard propose_standard(const Touchpoint& tp, const KeyFactor& kf, Lang lang = Lang::Zh,
                          const std::string& today = {});
// The same within a blueprint: the owner is named in the statement, and the language is the
// blueprint's (Blueprint::language "zh…" or "en…"; `lang` decides only when it is neither).
Standard propose_standard(const Blueprint& b, const Touchpoint& tp, const KeyFactor& kf, Lang lang = Lang::Zh,
                          const std::string& today = {});

// Where a standard's number came from, as the inspector and the exports say it: 顾客期望：“十分钟内” /
// 种子模板 003 客户投诉处理 1H / 建议默认值，待与员工商定 (with its seed, if any). "" when not stated.
std::string number_source_text(const Standard& s, Lang lang);

// The draft language for a blueprint: its own language when it says zh or en, else `otherwise`.
Lang draft_language(const Blueprint& b, Lang otherwise);

// One edit that adds a proposed standard to every key factor that has none, and touches nothing else.
// Returns nullptr when every key factor already has a standard. Ids come from doc.new_id("st").
EditPtr convert_all(Document& doc, Lang lang = Lang::Zh, const std::string& today = {});

// The same for one key factor (the inspector's action); nullptr if it is not found.
// Unlike convert_all it also adds to a key factor that already has standards (the user asked for it).
EditPtr convert_one(Document& doc, const KeyFactorId& id, Lang lang = Lang::Zh, const std::string& today = {});

}  // namespace bp
