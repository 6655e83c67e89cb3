// ui::Platform for the browser: files, storage, clipboard and the leave-page warning, through the JS
// functions of web/library_blueprint.js (which forward to web/page.js).
#pragma once

#include <string>

#include "app/designer/designer.h"

namespace web {

class WebPlatform : public ui::Platform {
public:
    explicit WebPlatform(const ui::Designer& designer) : designer_(designer) {}

    void download(const std::string& filename, const std::string& mime, const std::string& bytes) override;
    void open_file_picker() override;
    void set_clipboard_text(const std::string& text) override;
    // The page keeps the latest document and writes it to IndexedDB, debounced (web/page.js).
    void autosave(const std::string& document_json) override;
    // The page stores the ViewOptions itself (preferences.h) after every frame that changed them, so
    // what is saved and what is restored always have the same shape; this only asks for it sooner.
    void save_preferences(const std::string& json) override;
    void set_unsaved_changes(bool unsaved) override;
    void language_changed(ui::Lang lang) override;

    bool preferences_requested = false;

private:
    const ui::Designer& designer_;
};

}  // namespace web
