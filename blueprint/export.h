// The standards file, the contract with other systems, and its CSV and Markdown forms.
// Schema: assets/schema/service-standards.schema.json.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lang.h"
#include "model.h"

namespace bp {

inline constexpr std::string_view kStandardsFormat = "service-standards";
// Version 2 adds where each target's number came from (number_source, number_basis), the touchpoint's
// description, expected feeling, duration, wait and fail point and mitigation, and the handoffs between
// activities (format 3 blueprints). Version 1 files are version 2 files without those fields; a reader of
// version 1 needs nothing else to read version 2.
inline constexpr int kStandardsFormatVersion = 3;  // 3: scoring and target history

// *.standards.json: every standard with its target, measurement, where its number came from and its
// trace back to circle, touchpoint and key factor; then every handoff (from, to, what, through what, by
// when, standard ids). Deterministic bytes.
std::string export_standards_json(const Blueprint& doc);

// UTF-8 with BOM, CRLF, RFC 4180 quoting; cells starting with = + - @ (or tab/CR) are neutralised.
// Headers, labels and role names in `lang`.
std::string export_standards_csv(const Blueprint& doc, Lang lang = Lang::Zh);

// The CSV cell rules, exposed for tests: a leading apostrophe on cells a spreadsheet would take for a
// formula (plain numbers such as "-2" stay numbers), then RFC 4180 quoting.
std::string neutralise_csv_cell(std::string_view cell);
std::string quote_csv_cell(std::string_view cell);
// One CSV record with those rules, ending in CRLF, appended to `out`.
void csv_row(std::string& out, const std::vector<std::string>& cells);

// The handoffs of every circle as one CSV table (circle, handoff, from, to, what, through, deadline,
// standard, breaks the chain); the same cell rules as export_standards_csv.
std::string export_handoffs_csv(const Blueprint& doc, Lang lang = Lang::Zh);

// The document with only the standards in `keep` (every other element kept as it is), for exporting what
// a filter chose: a handoff's reference to a dropped standard is cleared and a dropped standard's results
// go with it, so the copy is a consistent document that exports and lints like any other.
Blueprint keeping_standards(const Blueprint& doc, const std::vector<StandardId>& keep);

// A readable Markdown handbook: one section per circle with its blueprint as a table (moments by layer, the
// promise, the handoffs) when it has layers, and a table of standards per touchpoint.
std::string export_standards_markdown(const Blueprint& doc, Lang lang = Lang::Zh);

}  // namespace bp
