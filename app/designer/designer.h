// The designer: the open document, the selection, the view options, and one frame of UI.
// Views read the model and emit edits through Designer::doc; none of them owns domain data.
// Sections: language · selection · view options · platform · designer.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <string>
#include <vector>

#include "blueprint/edit.h"
#include "blueprint/lint.h"
#include "blueprint/model.h"
#include "canvas.h"

namespace ui {

// ------------------------------------------------------------------------------------------ language
enum class Lang { Zh, En };
// Every UI string is written in both languages at its call site: tr(lang, "保存", "Save").
inline const char* tr(Lang lang, const char* zh, const char* en) { return lang == Lang::Zh ? zh : en; }

// --------------------------------------------------------------------------------------- selection
// Ids of selected elements (circles, touchpoints, key factors, standards), in the order selected.
struct Selection {
    std::vector<std::string> ids;
    bool contains(const std::string& id) const;
    void set(const std::string& id);       // select only this
    void toggle(const std::string& id);    // ctrl/shift click
    void clear() { ids.clear(); }
    const std::string* primary() const { return ids.empty() ? nullptr : &ids.back(); }
};

// ------------------------------------------------------------------------------------- view options
// Panel visibility and view choices: the user's preferences, saved apart from the document.
enum class View { Circles, Blueprint };
struct ViewOptions {
    View view = View::Circles;
    Lang lang = Lang::Zh;
    bool show_inspector = true;
    bool show_standards = true;
    bool show_lint = true;
    bool show_history = false;
};

// ------------------------------------------------------------------------------------------ platform
// What the designer asks of the page (or of a test). The web build implements it in app/web/.
class Platform {
public:
    virtual ~Platform() = default;
    virtual void download(const std::string& filename, const std::string& mime, const std::string& bytes) = 0;
    virtual void open_file_picker() = 0;                      // the chosen file arrives via Designer::open_text
    virtual void set_clipboard_text(const std::string& text) = 0;
    virtual void autosave(const std::string& document_json) = 0;
    virtual void save_preferences(const std::string& json) = 0;
    virtual void set_unsaved_changes(bool unsaved) = 0;       // the page warns before leaving
    virtual void language_changed(Lang lang) { (void)lang; }  // e.g. the page's <html lang>
    // Edit > Paste from the menu: ask the page for the clipboard; the text arrives via Designer::paste_text.
    virtual void request_paste() {}
};

// A platform that does nothing: for tests and tools.
class NullPlatform : public Platform {
public:
    void download(const std::string&, const std::string&, const std::string&) override {}
    void open_file_picker() override {}
    void set_clipboard_text(const std::string&) override {}
    void autosave(const std::string&) override {}
    void save_preferences(const std::string&) override {}
    void set_unsaved_changes(bool) override {}
};

// ------------------------------------------------------------------------------------------ designer
enum class ElementKind { None, Circle, Touchpoint, KeyFactor, Standard };
struct Located {
    ElementKind kind;
    bp::Path path;   // valid until the next edit
};

struct PanelState;  // the panels' own caches and drafts (app/designer/panel_state.h)

// A blueprint the page bundles (File > Samples); the platform fills Designer::samples at start-up.
struct Sample {
    std::string name;   // shown in the menu, e.g. 热水器安装服务链
    std::string json;   // the *.blueprint.json text
};

struct Designer {
    bp::Document doc;
    Selection selection;
    ViewOptions options;
    Platform* platform = nullptr;          // never null once running (NullPlatform in tests)

    // Lint of the current revision, recomputed lazily when the document changed (not during a drag,
    // whose every step is a revision: the findings of the gesture's start stand until it ends). On a
    // document so big that lint takes over 50 ms, it reruns at most once per four lint durations.
    const std::vector<bp::Finding>& findings();

    // Lint or autosave is waiting for a quiet moment (big documents, a field being typed in): the
    // platform should draw another frame in a little while even without input.
    bool background_work_pending() const;

    // A message for the user (e.g. why a file could not be opened); shown until dismissed.
    std::string notice;
    bool notice_is_error = false;

    // Set by panels (e.g. a lint finding clicked) to have the canvas select and centre an element.
    std::string focus_request;

    // Created by the panels on first use; shared_ptr so this header needs no complete type.
    std::shared_ptr<PanelState> panels;

    uint64_t saved_revision = 0;           // the revision last written to a file
    bool unsaved() const { return doc.revision() != saved_revision; }

    // Replaces the document with the parsed file, or reports why not and keeps the current one.
    bool open_text(const std::string& json, const std::string& filename);

    // A fresh, empty blueprint with one circle.
    void new_document();

    // Pastes touchpoints / key factors / standards / circles copied as JSON (from this or another
    // document). Returns false (and changes nothing) when the text is not such JSON, or while a text
    // field has focus (then the text belongs to the field).
    bool paste_text(const std::string& text);

    std::vector<Sample> samples;           // bundled blueprints, given by the platform
    std::string filename;                  // of the open document, for Save and exports

    // The user's preferences (ViewOptions) as a small JSON object, and back; unknown input is ignored.
    std::string preferences_json() const;
    void load_preferences(const std::string& json);

    // Where the element with this id is, whatever its kind. Cheap during drags: the table is rebuilt only
    // when a lookup finds an element moved or gone, not after edits of fields or positions.
    std::optional<Located> locate(const std::string& id);
    // The role with this id, or nullptr (roles are few: a scan).
    const bp::Role* role(const bp::RoleId& id) const;

    CanvasState canvas;                    // camera, gesture and scene of the canvas

    // One frame of UI: menu and toolbar, the canvas view, panels. Call between ImGui::NewFrame and Render.
    void frame();

private:
    void after_frame();
    std::vector<bp::Finding> findings_;
    uint64_t findings_revision_ = 0;
    std::unordered_map<std::string, Located> where_;
    uint64_t where_revision_ = 0;
    uint64_t autosaved_revision_ = 0;
    double lint_ms_ = 0, autosave_ms_ = 0;  // how long the last run took
    double last_lint_at_ = -1e9, last_autosave_at_ = -1e9;  // seconds on a steady clock
    bool reported_unsaved_ = false;
    std::string saved_preferences_;
};

}  // namespace ui
