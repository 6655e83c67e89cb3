// Checks a parsed blueprint document against the file format before anything is built from it, so that the
// model is only ever filled from a document known to be whole and well-formed.
#pragma once

#include <string>

#include "json_text.h"

namespace bp::json {

// What is wrong and where, before line:column are looked up.
struct DocumentError {
    DocPath path;
    std::string message_en, message_zh;
};

// Validates the document and returns its format_version; throws DocumentError at the first problem.
// Checks types, required and unknown fields, enum tokens, ranges, dates, duplicate ids and role references.
int validate_document(const rapidjson::Value& root);

// Is s a real calendar date written YYYY-MM-DD?
bool is_date(std::string_view s);

}  // namespace bp::json
