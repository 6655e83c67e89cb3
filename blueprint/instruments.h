// Instruments (step 5 of the method), generated from the blueprint: a mystery-shopper checklist and an
// audit / self-check sheet per role and period, one row per observable standard; a customer questionnaire
// per circle from its soft standards. CSV (UTF-8 with BOM, for Excel and WPS) and printable HTML, in
// Chinese or English. Every row carries the standard id and the columns import_results reads (results.h),
// so a filled-in sheet imports straight back.
#pragma once

#include <string>
#include <vector>

#include "lang.h"
#include "model.h"

namespace bp {

enum class InstrumentKind { MysteryShopper, Audit, Questionnaire };

struct InstrumentOptions {
    InstrumentKind kind = InstrumentKind::Audit;
    RoleId role;          // checklist and audit sheet: only the standards this role owns or measures; empty = all
    CircleId circle;      // questionnaire: only this circle; empty = all circles
    std::string period;   // pre-filled in every row ("2026-11"); may be empty
    std::string site;     // pre-filled in every row; may be empty
    Lang lang = Lang::Zh;
};

struct InstrumentRow {
    const Touchpoint* moment = nullptr;
    const Standard* standard = nullptr;
    std::string look_for;   // what to look for: the target as a check ("上门时间 ≤ 10 分钟"), or the question
    std::string answer;     // how to answer: 是/否, a value with its unit, a rating on the scale, N/A allowed
};

// The rows of the instrument, in document order.
std::vector<InstrumentRow> instrument_rows(const Blueprint& doc, const InstrumentOptions& options);

std::string instrument_csv(const Blueprint& doc, const InstrumentOptions& options);
std::string instrument_html(const Blueprint& doc, const InstrumentOptions& options);

}  // namespace bp
