// ui::Platform for the browser: files, storage, clipboard and the leave-page warning, through the JS
// functions of web/library_blueprint.js (which forward to web/page.js).
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "app/designer/designer.h"

namespace web {

class WebPlatform : public ui::Platform {
public:
    using TextHook = std::function<void(const std::string&)>;
    // `on_document` sees each autosaved document (the app bakes glyphs for new characters).
    WebPlatform(const ui::Designer& designer, TextHook on_document)
        : designer_(designer), on_document_(std::move(on_document)) {}

    void download(const std::string& filename, const std::string& mime, const std::string& bytes) override;
    bool download_svg_as_png(const std::string& filename, const std::string& svg) override;
    void open_file_picker() override;
    void open_results_picker() override;
    void set_clipboard_text(const std::string& text) override;
    // The page writes it to this tab's slot in IndexedDB at once (web/page.js).
    void autosave(const std::string& document_json) override;
    // Written by the page (web/page-files.js): into the file's handle where the browser has the File
    // System Access API, else downloaded; reported back through bp_file_saved.
    bool save_file(const std::string& document_id, const std::string& filename, const std::string& bytes,
                   bool choose_file) override;
    void remember_recent(const std::string& document_id, const std::string& name, const std::string& filename,
                         const std::string& document_json, bool unsaved) override;
    void open_recent(const std::string& key) override;
    bool keeps_journal() const override { return true; }
    void autosave_journal(const std::string& element_id, const std::string& entry_json) override;
    // Stored in localStorage; given back to Designer::load_preferences at start.
    void save_preferences(const std::string& json) override;
    void set_unsaved_changes(bool unsaved) override;
    void language_changed(ui::Lang lang) override;
    // Reads the system clipboard (the browser may ask the user); the text comes back through bp_paste.
    void request_paste() override;
    // An open from bytes the page handed (bp_open_text, bp_offer_text): File › Recent's copy of that text
    // and the snapshot taken as opened are not handed back one by one, each decoded and written before the
    // first frame, but together in one call when the open ends (end_opening), which the page decodes once
    // and writes after the frame that shows the document.
    void begin_opening(const std::string& text);
    void autosave_as_opened(const std::string& text);  // Session::snapshot_as_opened's writer
    void end_opening();
    // Trainer mode's presenter window, opened by the page (web/page-presenter.js), which answers through
    // bp_presenter_window.
    bool open_presenter() override;
    void show_presenter(const ui::PresenterSlide& slide) override;
    void close_presenter() override;

private:
    struct Opening {
        const std::string* text;
        bool recent = false, recent_unsaved = false, snapshot = false;
    };
    bool is_opened_text(const std::string& text) const {
        return opening_ && text.data() == opening_->text->data() && text.size() == opening_->text->size();
    }

    const ui::Designer& designer_;
    std::optional<Opening> opening_;
    TextHook on_document_;
};

}  // namespace web
