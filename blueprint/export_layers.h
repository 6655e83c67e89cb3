// What the export files share: the blueprint's layers as rows of plain text (export.cpp formats them as
// CSV cells, export_markdown.cpp as table cells) and the number and yes/no wording. Not part of the
// library's public contract.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lang.h"
#include "model.h"

namespace bp::export_detail {

using Rows = std::vector<std::vector<std::string>>;

// One row per moment of the circle, in the customer's order: the moment, then its activities in each
// of the five layers ("name (role)", marked 失误点/等待点, several per cell joined by "; "). First row: the header.
Rows blueprint_rows(const Blueprint& doc, const Circle& c, Lang lang);

// One row per handoff of the circle: from, to, what passes, through what, by when, standard, breaks the
// chain. First row: the header. `with_circle` puts the circle's name first (the CSV's one table).
Rows handoff_rows(const Blueprint& doc, const Circle& c, Lang lang, bool with_circle);

// Integral values as integers ("3", not "3.0"); others as the shortest round-tripping decimal.
std::string format_number(double v);
// "95%" for a compliance share of 0.95; keeps decimals that matter ("99.5%").
std::string format_percent(double share);
std::string yes_no(bool v, Lang lang);  // 是/否, yes/no

// Markdown text that renders as written (no block, link, emphasis or HTML a user typed can open): a
// table cell, and a line (heading, list item, paragraph). export_markdown.cpp.
std::string md_cell(std::string_view text);
std::string md_line(std::string_view text);
// "接通前响铃次数 ≤ 3 声", "礼貌评分 ≥ 4.5 分（量表 1–5）": a standard's target in words.
std::string target_text(const Standard& s, Lang lang);

// The circle's promise and how its chain of deadlines stands against it, one line; "" without a promise.
std::string promise_line(const Circle& c, Lang lang);

}  // namespace bp::export_detail
