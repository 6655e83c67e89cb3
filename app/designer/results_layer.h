// The results layer of the canvas: each moment coloured by its worst standard in the chosen period and
// site (met green, below red, no data grey) with "92 % / 目标 95 %", in the circle and the blueprint
// view; the View menu's toggle and period and site pickers; File › Import results / Remove results.
// What the layer shows is computed once per document revision, period and site (compliance.h), never
// per frame.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "context.h"

// Declared only: canvas.h includes this header, and its users need neither ImGui nor compliance.h (whose
// bp::standards_of would meet the views' own by argument-dependent lookup).
struct ImVec2;
namespace bp {
enum class Status;  // blueprint/compliance.h
struct InstrumentOptions;  // blueprint/instruments.h
}

namespace ui {

struct ViewFrame;

// What the layer shows on one moment.
struct MomentResult {
    bp::Status status{};  // met, below, no data, not yet due (compliance.h)
    std::string label;  // "92 % / 目标 95 %"; "无数据 / 目标 95 %" when its worst standard has no data
};

// The layer's cache; what it shows (on or off, period, site) is ViewOptions::results (options.h).
struct ResultsLayer {
    // Valid for this revision, period, site and language.
    uint64_t revision = 0;
    std::string cached_period, cached_site;
    Lang cached_lang = Lang::Zh;
    std::unordered_map<std::string, MomentResult> moments;  // by touchpoint id
};

namespace results_layer {

// The period the layer shows: `choice.period` when the results have it, else their latest ("" for none).
std::string current_period(const bp::Blueprint& doc, const ResultsChoice& choice);
// The site it shows: `choice.site` when the results have it, else "" (all sites pooled).
std::string current_site(const bp::Blueprint& doc, const ResultsChoice& choice);
// What the layer shows on the touchpoint now; nullptr while the layer is off or the document has no
// results. Recomputes only when the revision, period, site or language changed.
const MomentResult* moment(const Context& ctx, ResultsLayer& layer, const bp::TouchpointId& id);

// File › Import results: the importer's outcome as a notice (how many observations, or the row, column
// and what was wrong), the results merged as one undoable edit; the layer turns on and the results panel
// opens. True when imported.
bool import_bytes(const Context& ctx, ResultsChoice& choice, const std::string& bytes);
// File › Export report: the monthly report (blueprint/report.h, as the CLI's `report` writes it) for the
// layer's period and site, of the whole blueprint or one circle or role (`circle`, `role`: ids; empty for
// the whole blueprint), downloaded as printable HTML, Markdown or CSV (UTF-8 with BOM). The file name says
// the period, the site and the scope: "热水器.report-2026-11-北京朝阳店-r-installer.html".
enum class ReportFormat { Html, Markdown, Csv };
void export_report(const Context& ctx, ReportFormat format, const bp::CircleId& circle = {}, const bp::RoleId& role = {});
// File › Export instrument: a mystery-shopper checklist or an audit sheet (of every role or one) or a
// customer questionnaire (of every circle or one), blueprint/instruments.h, as CSV for Excel and WPS or
// printable HTML, pre-filled with this month and the layer's site, so the filled sheet imports back.
// "热水器.checklist-2026-12-r-installer.csv".
enum class InstrumentFormat { Csv, Html };
void export_instrument(const Context& ctx, const bp::InstrumentOptions& options, InstrumentFormat format);
// The circle the report menu offers: the selected circle, or the circle of the selected element; none
// when nothing in a circle is selected.
const bp::Circle* selected_circle(const Context& ctx);
// File › Remove results, undoable.
void remove(const Context& ctx);

// Menus: the File menu's import, remove, export-report and export-instrument entries, the View menu's
// toggle and pickers.
void file_menu_items(const Context& ctx);
void view_menu_items(const Context& ctx, ResultsChoice& choice);

// Drawing (the views' hooks): a ring round a circle-view node and the label on the ring's inner side
// (`angle`: the node's place on the ring, SceneItem::angle); an outline round a blueprint-view moment
// and the label across its top edge.
void draw_on_node(const ViewFrame& f, const bp::TouchpointId& id, ImVec2 centre, float radius, float angle);
void draw_on_moment(const ViewFrame& f, const bp::TouchpointId& id, ImVec2 min, ImVec2 max);

}  // namespace results_layer
}  // namespace ui
