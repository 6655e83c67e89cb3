// Text-level helpers for blueprint documents: the guarded RapidJSON parse, syntax errors in words, finding
// where in the text a document path sits (line:column) when an error needs it, and a string written as JSON.
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "json_io.h"
#include "json_rapidjson.h"

namespace bp::json {

// A path into the document, e.g. circles[0].touchpoints[3].role. Keys point at text that outlives the path.
struct PathSegment {
    std::string_view key;  // empty for an array index
    int index = -1;
};
using DocPath = std::vector<PathSegment>;
std::string path_string(const DocPath& path);  // keys cut like quote() does

// A name or value as an error message quotes it: in double quotes, cut to kQuoteMax bytes (whole
// characters) with "…", so a 10 MB field name never makes a 10 MB message.
inline constexpr size_t kQuoteMax = 40;
std::string quote(std::string_view s);
std::string_view cut(std::string_view s, size_t max = kQuoteMax);  // the part quote() keeps

// The text without a leading UTF-8 byte order mark (some Windows editors write one).
std::string_view strip_bom(std::string_view text);

// Parses the whole text (without its BOM) into doc: strict JSON, valid UTF-8 with no lone surrogates, numbers
// converted exactly (never through RapidJSON's own conversion), no NaN/Infinity, nothing after a NUL, nesting
// capped at kMaxNestingDepth so neither this parse nor any later walk can exhaust the stack, and a memory
// budget of a few times the text's size. Containers where the format has none arrive empty (json_schema.h).
// Returns the syntax error (with line:column) or nothing.
std::optional<LoadError> parse_json(std::string_view text, rapidjson::Document& doc);

// 1-based line and column (in characters) of a byte offset; lines end at LF, CR LF or a lone CR.
void line_column(std::string_view text, size_t offset, int& line, int& column);

// Byte offset where the value (or, for a key, the member) at path starts; npos when not found.
// Re-parses the text: used only to place an error, never on the success path.
size_t locate(std::string_view text, const DocPath& path);

// Appends `text` as a JSON string the way RapidJSON's writer does: in double quotes, the quote, the
// backslash and control characters escaped (\b \f \n \r \t by name, the rest as \u00XX in capitals), all
// else as it is, runs of it copied whole. The saver and the standards export write their strings with it.
void append_quoted(std::string& out, std::string_view text);

}  // namespace bp::json
