// The JavaScript functions the app calls, defined in web/library_blueprint.js (linked with --js-library).
#pragma once

#include <cstddef>

extern "C" {
void bp_js_download(const char* filename, const char* mime, const char* bytes, size_t length);
// File › Export › Picture (PNG): the page draws the SVG on a canvas and downloads the PNG.
void bp_js_download_png(const char* filename, const char* svg, size_t length);
void bp_js_open_file_picker();
void bp_js_open_results_picker();  // File › Import results: the bytes come back through bp_import_results
void bp_js_set_clipboard(const char* text);
void bp_js_request_paste();
// The document as saved, its file name, the blueprint's name (offered for recovery in other tabs), and
// whether it differs from the last file written.
void bp_js_autosave(const char* json, size_t length, const char* filename, const char* name, int unsaved);
// A journal entry (ui::Session::journal_entry) for the element just edited, while a costly snapshot waits.
void bp_js_autosave_journal(const char* element_id, const char* json, size_t length);
// Save / Save As: into the document's file where the browser can write files, else a download; the
// page reports back through bp_file_saved.
void bp_js_save_file(const char* document_id, const char* filename, const char* bytes, size_t length, int choose_file);
// File > Recent: keep this document (its text, name, file name, whether unsaved); open the one with this key.
void bp_js_remember_recent(const char* document_id, const char* name, const char* filename, const char* json,
                           size_t length, int unsaved);
void bp_js_open_recent(const char* key);
// A document just opened from these bytes: keep them in File > Recent (`recent`, with `unsaved`) and as this
// tab's autosave snapshot (`snapshot`), decoded once, after the frame that shows the document.
void bp_js_keep_opened(const char* json, size_t length, const char* document_id, const char* name, const char* filename,
                       int unsaved, int recent, int snapshot);
void bp_js_save_preferences(const char* json);
void bp_js_set_unsaved(int unsaved);
void bp_js_language(const char* bcp47);
// Where the focused text field's caret is (CSS pixels), so the page can put its IME field there.
void bp_js_text_input(int active, float x, float y, float line_height);
void bp_js_first_frame();
// Trainer mode's presenter window (web/presenter.html): open it (the page answers through
// bp_presenter_window), show a slide's trainer notes in it, close it.
void bp_js_presenter_open();
void bp_js_presenter_show(const char* lang, int slide, int total, const char* moment, const char* next, const char* notes);
void bp_js_presenter_close();
}
