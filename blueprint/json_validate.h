// Reads a parsed blueprint document into the model, checking it against the file format (json_schema.h)
// as it goes: the model is only ever returned whole, from a document known to be well-formed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "json_schema.h"
#include "json_text.h"

namespace bp::json {

// What is wrong and where, before line:column are looked up.
struct DocumentError {
    DocPath path;
    std::string message_en, message_zh;
};

// Checks the document and fills out (a fresh Blueprint) from it; returns its format_version, or throws
// DocumentError at the first problem: types, required and unknown fields, enum tokens, ranges, dates,
// duplicate ids and role references. Older versions are read as they are; migration is the caller's.
int read_document(const rapidjson::Value& root, Blueprint& out);

// Is s a real calendar date written YYYY-MM-DD?
bool is_date(std::string_view s);

// The field names of T's objects in file order, for the given format version (json_schema.h).
using FieldList = std::vector<std::string_view>;
template <class T>
const FieldList& field_names(int version = kBlueprintFormatVersion);

}  // namespace bp::json
