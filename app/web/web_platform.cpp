#include "web_platform.h"

#include "js_bridge.h"

namespace web {

bool WebPlatform::download_svg_as_png(const std::string& filename, const std::string& svg) {
    bp_js_download_png(filename.c_str(), svg.data(), svg.size());
    return true;
}

void WebPlatform::download(const std::string& filename, const std::string& mime, const std::string& bytes) {
    bp_js_download(filename.c_str(), mime.c_str(), bytes.data(), bytes.size());
}

void WebPlatform::open_file_picker() { bp_js_open_file_picker(); }
void WebPlatform::open_results_picker() { bp_js_open_results_picker(); }

void WebPlatform::set_clipboard_text(const std::string& text) { bp_js_set_clipboard(text.c_str()); }

void WebPlatform::autosave(const std::string& document_json) {
    bp_js_autosave(document_json.data(), document_json.size(), designer_.session.filename().c_str(),
                   designer_.session.model().name.c_str(), designer_.unsaved() ? 1 : 0);
    if (on_document_) on_document_(document_json);
}

void WebPlatform::autosave_journal(const std::string& element_id, const std::string& entry_json) {
    bp_js_autosave_journal(element_id.c_str(), entry_json.data(), entry_json.size());
    if (on_document_) on_document_(entry_json);
}

bool WebPlatform::save_file(const std::string& document_id, const std::string& filename, const std::string& bytes,
                            bool choose_file) {
    bp_js_save_file(document_id.c_str(), filename.c_str(), bytes.data(), bytes.size(), choose_file ? 1 : 0);
    return false;
}

void WebPlatform::remember_recent(const std::string& document_id, const std::string& name, const std::string& filename,
                                  const std::string& document_json, bool unsaved) {
    if (is_opened_text(document_json)) {  // the document being opened: end_opening hands it
        opening_->recent = true;
        opening_->recent_unsaved = unsaved;
        return;
    }
    bp_js_remember_recent(document_id.c_str(), name.c_str(), filename.c_str(), document_json.data(),
                          document_json.size(), unsaved ? 1 : 0);
}

void WebPlatform::begin_opening(const std::string& text) { opening_ = Opening{&text}; }

void WebPlatform::autosave_as_opened(const std::string& text) {
    if (is_opened_text(text)) {
        opening_->snapshot = true;
        return;
    }
    bp_js_autosave(text.data(), text.size(), designer_.session.filename().c_str(), designer_.session.model().name.c_str(), 0);
}

void WebPlatform::end_opening() {
    if (!opening_) return;
    const Opening o = *opening_;
    opening_.reset();
    if (!o.recent && !o.snapshot) return;
    const ui::Session& s = designer_.session;
    bp_js_keep_opened(o.text->data(), o.text->size(), s.model().id.value.c_str(), s.model().name.c_str(),
                      s.filename().c_str(), o.recent_unsaved ? 1 : 0, o.recent ? 1 : 0, o.snapshot ? 1 : 0);
}

void WebPlatform::open_recent(const std::string& key) { bp_js_open_recent(key.c_str()); }

void WebPlatform::save_preferences(const std::string& json) { bp_js_save_preferences(json.c_str()); }

void WebPlatform::request_paste() { bp_js_request_paste(); }

void WebPlatform::set_unsaved_changes(bool unsaved) { bp_js_set_unsaved(unsaved ? 1 : 0); }

bool WebPlatform::open_presenter() {
    bp_js_presenter_open();
    return true;
}

void WebPlatform::show_presenter(const ui::PresenterSlide& s) {
    bp_js_presenter_show(s.lang == ui::Lang::Zh ? "zh-CN" : "en", s.slide, s.total, s.moment.c_str(), s.next.c_str(),
                         s.notes.c_str());
}

void WebPlatform::close_presenter() { bp_js_presenter_close(); }

void WebPlatform::language_changed(ui::Lang lang) { bp_js_language(lang == ui::Lang::Zh ? "zh-CN" : "en"); }

}  // namespace web
