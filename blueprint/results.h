// Results in: observations (one per row: standard id, date or period, site, optional role or staff, the
// value / pass / rating / N/A, comment) or pre-aggregated counts (n, met), from CSV (UTF-8, UTF-8 with
// BOM as Excel writes it, or GB18030/GBK) or JSON (assets/schema/service-results.schema.json), into the
// document's compact Results (model.h). Nothing is half-imported: an import gives whole new Results or
// the first bad row with its column and what was expected. Setting or removing results is an edit.
// Sections: text forms · import · edit.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "edit.h"
#include "lang.h"
#include "model.h"

namespace bp {

// ------------------------------------------------------------------------------------- text forms
// Bytes as UTF-8: a UTF-8 BOM is dropped, valid UTF-8 is kept, anything else is read as GB18030 (which
// includes GBK and GB2312). nullopt when it is neither.
std::optional<std::string> csv_text_as_utf8(std::string_view bytes);

// Full-width digits and signs (０–９ ． － ／ ：) as ASCII; everything else kept.
std::string ascii_digits(std::string_view text);

// A period "YYYY-MM" from "2026-11", "2026/11", "2026年11月" or a date "2026-11-03", "2026/11/3",
// "2026年11月3日" (full-width digits too); nullopt when it names no real month or day.
std::optional<std::string> period_of(std::string_view text);

// ------------------------------------------------------------------------------------------ import
struct ImportError {
    int row = 0;                 // 1-based: CSV line of the record (the header is row 1), JSON array index + 1
    std::string column;          // the column or field, as the file names it; empty for the whole file
    Text expected;               // what was expected, and what was found
    std::string describe(Lang lang) const;  // "row 7, column value: expected …"
};

struct ImportOptions {
    std::string period;          // used for rows that give neither period nor date; "" = such rows are an error
    std::string site;            // used for rows without a site; "" = such rows are an error
};

struct ImportOutcome {
    std::optional<Results> results;  // the document's results with the import merged in; none on error
    ImportError error;
    size_t observations = 0;         // rows read as one observation
    size_t aggregates = 0;           // rows read as counts (n, met)
    size_t unanswered = 0;           // rows with no answer (a sheet not filled in), skipped
    bool ok() const { return results.has_value(); }
};

// Imports CSV or JSON (told apart by the first character). For each standard, period and site the file
// names, its cells replace those already there (importing the same sheet twice counts it once).
ImportOutcome import_results(const Blueprint& doc, std::string_view bytes, const ImportOptions& options = {});

// -------------------------------------------------------------------------------------------- edit
// Sets the document's results (nullopt removes them); undoable like any edit.
EditPtr set_results(std::optional<Results> after);

}  // namespace bp
