// The standards file, the contract with other systems, and its CSV and Markdown forms.
// Schema: assets/schema/service-standards.schema.json.
#pragma once

#include <string>
#include <string_view>

#include "lang.h"
#include "model.h"

namespace bp {

inline constexpr std::string_view kStandardsFormat = "service-standards";
inline constexpr int kStandardsFormatVersion = 1;

// *.standards.json: every standard with its target, measurement and its trace back to circle,
// touchpoint and key factor. Deterministic bytes.
std::string export_standards_json(const Blueprint& doc);

// UTF-8 with BOM, CRLF, RFC 4180 quoting; cells starting with = + - @ (or tab/CR) are neutralised.
// Headers, labels and role names in `lang`.
std::string export_standards_csv(const Blueprint& doc, Lang lang = Lang::Zh);

// The CSV cell rules, exposed for tests: a leading apostrophe on cells a spreadsheet would take for a
// formula (plain numbers such as "-2" stay numbers), then RFC 4180 quoting.
std::string neutralise_csv_cell(std::string_view cell);
std::string quote_csv_cell(std::string_view cell);

// A readable Markdown handbook: one section per circle, a table of standards per touchpoint.
std::string export_standards_markdown(const Blueprint& doc, Lang lang = Lang::Zh);

}  // namespace bp
