// The file form of a series of result cells (format 4): "period site n met na sum" per cell, cells
// separated by ";", one string per standard. A year of 20 sites is one line per standard instead of
// thousands of pretty-printed numbers, and it reads without building a JSON array per cell.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model.h"

namespace bp {

std::string encode_cells(const std::vector<ResultCell>& cells);

// Reads what encode_cells wrote (spaces and ";" may be repeated). On a bad cell returns false with a
// message naming the cell (1-based) and what was expected; `out` then holds nothing.
bool decode_cells(std::string_view text, std::vector<ResultCell>& out, std::string& error_en, std::string& error_zh);

}  // namespace bp
