// The JavaScript functions the app calls (declared in app/web/js_bridge.h), linked with --js-library.
// Each forwards to BlueprintPage (web/page.js), where the page's behaviour lives.
mergeInto(LibraryManager.library, {
  // A text of exactly `length` bytes, decoded at once. UTF8ToString(ptr, length) first looks for a NUL
  // byte by byte in JavaScript, which for a 40 MB document took longer than decoding it.
  $bpText: function (ptr, length) {
    return length > 0 ? new TextDecoder().decode(HEAPU8.subarray(ptr, ptr + length)) : '';
  },
  bp_js_download: function (filename, mime, bytes, length) {
    BlueprintPage.download(UTF8ToString(filename), UTF8ToString(mime), HEAPU8.slice(bytes, bytes + length));
  },
  bp_js_download_png__deps: ['$bpText'],
  bp_js_download_png: function (filename, svg, length) {
    BlueprintPage.downloadPng(UTF8ToString(filename), bpText(svg, length));
  },
  bp_js_open_file_picker: function () {
    BlueprintPage.openFilePicker();
  },
  bp_js_open_results_picker: function () {
    BlueprintPage.openResultsPicker();
  },
  bp_js_set_clipboard: function (text) {
    BlueprintPage.setClipboard(UTF8ToString(text));
  },
  bp_js_request_paste: function () {
    BlueprintPage.requestPaste();
  },
  // The document's UTF-8 bytes, copied out and stored as they are: decoding 110 MB into a string took
  // longer than saving it, and the string's write to IndexedDB longer again.
  bp_js_autosave: function (json, length, filename, name, unsaved) {
    BlueprintPage.autosave(HEAPU8.slice(json, json + length), UTF8ToString(filename), UTF8ToString(name), unsaved !== 0);
  },
  bp_js_autosave_journal__deps: ['$bpText'],
  bp_js_autosave_journal: function (id, json, length) {
    BlueprintPage.autosaveJournal(UTF8ToString(id), bpText(json, length));
  },
  bp_js_save_file: function (documentId, filename, bytes, length, chooseFile) {
    BlueprintPage.saveFile(UTF8ToString(documentId), UTF8ToString(filename), HEAPU8.slice(bytes, bytes + length),
                           chooseFile !== 0);
  },
  bp_js_remember_recent: function (documentId, name, filename, json, length, unsaved) {
    BlueprintPage.rememberRecent(UTF8ToString(documentId), UTF8ToString(name), UTF8ToString(filename),
                                 HEAPU8.slice(json, json + length), unsaved !== 0);
  },
  // Copied out at once (the designer frees them when the open returns); stored later, by the page.
  bp_js_keep_opened: function (json, length, documentId, name, filename, unsaved, recent, snapshot) {
    BlueprintPage.keepOpened(HEAPU8.slice(json, json + length), UTF8ToString(documentId), UTF8ToString(name),
                             UTF8ToString(filename), unsaved !== 0, recent !== 0, snapshot !== 0);
  },
  bp_js_open_recent: function (key) {
    BlueprintPage.openRecent(UTF8ToString(key));
  },
  bp_js_save_preferences: function (json) {
    BlueprintPage.savePreferences(UTF8ToString(json));
  },
  bp_js_set_unsaved: function (unsaved) {
    BlueprintPage.setUnsaved(unsaved !== 0);
  },
  bp_js_language: function (bcp47) {
    BlueprintPage.setLanguage(UTF8ToString(bcp47));
  },
  bp_js_text_input: function (active, x, y, lineHeight) {
    BlueprintPage.textInput(active !== 0, x, y, lineHeight);
  },
  bp_js_first_frame: function () {
    BlueprintPage.firstFrame();
  },
  bp_js_presenter_open: function () {
    BlueprintPage.openPresenter();
  },
  bp_js_presenter_show: function (lang, slide, total, moment, next, notes) {
    BlueprintPage.showPresenter(UTF8ToString(lang), slide, total, UTF8ToString(moment), UTF8ToString(next),
                                UTF8ToString(notes));
  },
  bp_js_presenter_close: function () {
    BlueprintPage.closePresenter();
  },
});
