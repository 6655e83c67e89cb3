// The blueprint document on disk (*.blueprint.json): load with precise errors, save deterministically.
// Loading never half-loads: it returns a whole Blueprint or an error, and touches nothing else.
#pragma once

#include <string>

#include "lang.h"
#include <string_view>
#include <variant>

#include "model.h"

namespace bp {

// Where and what went wrong, in words a user can act on.
struct LoadError {
    int line = 0, column = 0;   // 1-based position in the text; 0 when not known
    std::string path;           // e.g. "circles[0].touchpoints[3].role"; empty for syntax errors
    std::string message_en;     // e.g. "expected one of \"in_person\", \"phone\"…, found \"fax\""
    std::string message_zh;
    std::string describe(Lang lang) const;  // "line 3, column 14: circles[0].name: expected a string …"
};

struct LoadResult {
    std::variant<Blueprint, LoadError> value;
    int migrated_from = 0;      // the file's format_version when it was older than the current one
    bool ok() const { return value.index() == 0; }
    const Blueprint& blueprint() const { return std::get<Blueprint>(value); }
    Blueprint& blueprint() { return std::get<Blueprint>(value); }
    const LoadError& error() const { return std::get<LoadError>(value); }
};

// Limits that keep hostile files from exhausting memory or stack.
// A 10,000-touchpoint blueprint saves to about 80 MB, so the cap leaves room above that.
inline constexpr size_t kMaxDocumentBytes = 128u * 1024u * 1024u;
inline constexpr int kMaxNestingDepth = 64;

LoadResult load_blueprint(std::string_view json_text);

// Reads a file and loads it; a file over kMaxDocumentBytes is refused before it is read. For the CLI and
// tests (the web app passes the bytes it got from the browser to load_blueprint).
LoadResult load_blueprint_file(const std::string& path);

// Same document → same bytes: pretty-printed, fields in a fixed order, ends with a newline. What it writes
// always loads again: a value the loader would refuse (NaN, feeling 7, review_by "2025-13") is written as
// the nearest accepted one (0 or null, 2, ""). Ids and role references are the edits' responsibility.
std::string save_blueprint(const Blueprint& doc);

// Writes save_blueprint(doc) to path through a temporary file, so a failed write leaves the old file whole.
// Returns false and sets *error (when given) on failure.
bool save_blueprint_file(const Blueprint& doc, const std::string& path, std::string* error = nullptr);

}  // namespace bp
