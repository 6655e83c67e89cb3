// What the designer asks of the page (or of a test). The web build implements it in app/web/. No ImGui.
#pragma once

#include <string>

#include "lang.h"

namespace ui {

// What trainer mode's presenter window shows: the current slide's trainer notes, where it is, the moment
// and the next one, in the interface language. The audience's screen does not show the notes.
struct PresenterSlide {
    Lang lang = Lang::Zh;
    int slide = 0, total = 0;  // 1-based; 0 of 0 when there is nothing to present
    std::string moment, next;  // the moment's name and the next slide's ("" after the last)
    std::string notes;         // the trainer notes
    bool operator==(const PresenterSlide& o) const {
        return lang == o.lang && slide == o.slide && total == o.total && moment == o.moment && next == o.next && notes == o.notes;
    }
    bool operator!=(const PresenterSlide& o) const { return !(*this == o); }
};

class Platform {
public:
    virtual ~Platform() = default;
    virtual void download(const std::string& filename, const std::string& mime, const std::string& bytes) = 0;
    virtual void open_file_picker() = 0;                      // the chosen file arrives via Designer::open_text
    // File › Import results: the chosen CSV or JSON file's bytes arrive via results_layer::import_bytes.
    virtual void open_results_picker() {}
    virtual void set_clipboard_text(const std::string& text) = 0;
    virtual void autosave(const std::string& document_json) = 0;
    // A journal entry (Session::journal_entry) for the element just edited: a platform that keeps them
    // says so, and then a costly snapshot waits for a quiet moment while entries carry the typing.
    virtual bool keeps_journal() const { return false; }
    virtual void autosave_journal(const std::string& element_id, const std::string& entry_json) {
        (void)element_id;
        (void)entry_json;
    }
    virtual void save_preferences(const std::string& json) = 0;
    virtual void set_unsaved_changes(bool unsaved) = 0;       // the page warns before leaving
    virtual void language_changed(Lang lang) { (void)lang; }  // e.g. the page's <html lang>
    // File › Export › Picture (PNG): the platform turns the picture's SVG into a PNG and offers it like
    // download(); false when it cannot (then the designer suggests the SVG).
    virtual bool download_svg_as_png(const std::string& filename, const std::string& svg) {
        (void)filename;
        (void)svg;
        return false;
    }
    // Edit > Paste from the menu: ask the page for the clipboard; the text arrives via Designer::paste_text.
    virtual void request_paste() {}

    // Save: the document's bytes into its file (the one it was opened from or last saved to), or into a
    // new one the user picks (`choose_file`, Save As, or no file yet); `document_id` tells the documents
    // apart. Returns true when done at once (a download), false when the platform reports later through
    // Designer::file_saved.
    virtual bool save_file(const std::string& document_id, const std::string& filename, const std::string& bytes,
                           bool choose_file) {
        (void)document_id;
        (void)choose_file;
        download(filename, "application/json", bytes);
        return true;
    }
    // File > Recent: a document to keep in the list (the one being left, opened or saved), and one to
    // open again (it arrives via Designer::open_text).
    virtual void remember_recent(const std::string& document_id, const std::string& name, const std::string& filename,
                                 const std::string& document_json, bool unsaved) {
        (void)document_id, (void)name, (void)filename, (void)document_json, (void)unsaved;
    }
    virtual void open_recent(const std::string& key) { (void)key; }

    // Trainer mode's presenter window: a second window for the trainer's notes where the platform has one.
    // open_presenter returns false when there is none here; else the answer comes later as
    // command::PresenterWindow (opened, or blocked), as does the user closing it; the keys pressed in it
    // come back as command::TrainerGo.
    virtual bool open_presenter() { return false; }
    virtual void show_presenter(const PresenterSlide& slide) { (void)slide; }
    virtual void close_presenter() {}
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

}  // namespace ui
