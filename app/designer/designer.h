// The designer's shell: one frame of UI around a Session (the document), the selection, the view options,
// the command queue and the panels' and canvas's own state. Views and panels get a Context (context.h),
// never the Designer; they read the model and emit edits through the session's document.
// Sections: samples · designer.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "canvas.h"
#include "commands.h"
#include "context.h"
#include "options.h"
#include "panel_state.h"
#include "panels.h"
#include "platform.h"
#include "session.h"
#include "trainer_view.h"

namespace ui {

// ------------------------------------------------------------------------------------------ samples
// A blueprint the page bundles (File > Samples); the platform fills Designer::samples at start-up.
struct Sample {
    std::string name;   // shown in the menu, e.g. 热水器安装服务链
    std::string json;   // the *.blueprint.json text
};

// A document the platform keeps for File > Recent.
struct RecentDocument {
    std::string key;    // the platform's
    std::string name;   // the blueprint's name
    std::string when;   // when it was last left, opened or saved, as the platform shows it
};

// What is to replace the open document once the user said what becomes of its unsaved changes.
struct Replacement {
    enum class Kind { New, Open, Sample, Recent, Text } kind = Kind::New;
    size_t sample = 0;       // Kind::Sample: which of Designer::samples
    std::string recent_key;  // Kind::Recent
    std::string text, filename;  // Kind::Text: a file that arrived (dropped on the page) and its name
};

// ----------------------------------------------------------------------------------------- designer
struct Designer {
    Session session;
    Selection selection;
    ViewOptions options;
    Commands commands;                     // requests between views, drained once per frame
    Platform* platform = nullptr;          // never null once running (NullPlatform in tests)
    PanelState panels;                     // the panels' caches and drafts
    CanvasState canvas;                    // cameras, gesture and scene of the canvas
    std::vector<Sample> samples;           // bundled blueprints, given by the platform
    std::vector<RecentDocument> recent;    // File > Recent, newest first, given by the platform

    // A message for the user (e.g. why a file could not be opened); shown until dismissed.
    std::string notice;
    bool notice_is_error = false;
    bool show_shortcuts = false;           // the Help menu's shortcuts window (F1)
    TrainerState trainer;                  // trainer mode (F5), full screen while active

    // What views, panels and actions are given.
    Context context();

    bool unsaved() const { return session.unsaved(); }
    const std::vector<bp::Finding>& findings() { return session.findings(); }
    bool background_work_pending() const { return session.background_work_pending(); }
    // Writes a pending autosave now whatever it costs (the page is being hidden and draws no frames).
    bool autosave_now();

    // Replaces the document with the parsed file (counted as saved), or says in the notice why not and
    // keeps the current one.
    bool open_text(const std::string& json, const std::string& filename);
    // A fresh, empty blueprint with one circle.
    void new_document();
    // New, Open, a sample, a recent document or a dropped file: at once when nothing is unsaved, else
    // after asking (save / discard / cancel; Esc cancels). Samples open as new documents in no file,
    // named as copies.
    void request_replace(const Replacement& what);
    bool asking_about_unsaved() const { return asking_.has_value(); }
    // Save (into the document's file) or Save As (a new one): the platform writes and reports back.
    void save_document(bool choose_file);
    // Puts the open document as it is now into File > Recent (the platform keeps it).
    // `as_text`: the document's text as it is now when the caller has it (just opened from it), so it
    // is not saved again for the list.
    void remember_current(const std::string* as_text = nullptr);
    // The platform's report of a save: done into `filename`, cancelled (ok false, no error) or failed.
    void file_saved(bool ok, const std::string& filename, const std::string& error);
    // Pastes touchpoints / key factors / standards / circles copied as JSON (from this or another
    // document). Returns false (and changes nothing) when the text is not such JSON, or while a text
    // field has focus (then the text belongs to the field).
    bool paste_text(const std::string& text);

    // The user's preferences (ViewOptions) as a small JSON object, and back; unknown input is ignored.
    std::string preferences_json() const;
    void load_preferences(const std::string& json);

    // The canvas of the current view: its camera, its scene, where an element is drawn (screen pixels).
    Camera& camera();
    const Scene& scene();
    std::optional<bp::Vec2> screen_position(const bp::ElementId& id);

    // One panel's window at the position and size the caller set (the layout, or a test).
    void draw_panel(const Panel& panel);
    void draw_panel(const std::string& id);

    // Trainer mode: entered from where the designer is; leaving puts back the view, its camera and the selection.
    void enter_trainer_mode();
    void leave_trainer_mode();

    // One frame of UI: menu and toolbar, the canvas view, panels. Call between ImGui::NewFrame and Render.
    void frame();

private:
    void run_commands();
    void after_frame();
    void replace_now(const Replacement& what);
    void open_sample(size_t index);
    void draw_unsaved_dialog();
    std::optional<Replacement> asking_;      // the unsaved-work question is open for this
    std::optional<Replacement> after_save_;  // runs once the save asked for in that question is done
    uint64_t saving_revision_ = 0;           // the revision a save in progress writes
    Session::AutosaveWriter autosave_writer();
    NullPlatform null_platform_;
    bool reported_unsaved_ = false;
    std::string saved_preferences_;
};

}  // namespace ui
