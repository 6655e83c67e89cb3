// The designer in the browser: GLFW + WebGL2 + Dear ImGui around ui::Designer, drawn only when something
// happened, and the functions web/page.js calls (window.blueprint, text input, clipboard, files).
// Sections: state · frames · input · startup · functions for the page.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <cfloat>
#include <string>
#include <vector>

#include "app/designer/designer.h"
#include "app/designer/results_layer.h"
#include "blueprint/json_io.h"
#include "font_atlas.h"
#include "imgui.h"
#include "imgui_impl_glfw.h"
#include "imgui_impl_opengl3.h"
#include "item_query.h"
#include "js_bridge.h"
#include "web_platform.h"

namespace {

// -------------------------------------------------------------------------------------------- state
struct App {
    GLFWwindow* window = nullptr;
    ui::Designer designer;
    web::WebPlatform platform{designer, [this](const std::string& text) { document_text(text); }};
    web::FontAtlas fonts;

    // Sizes: ImGui works in CSS pixels; the canvas backing store has css × devicePixelRatio pixels.
    float css_w = 800, css_h = 600;
    int fb_w = 800, fb_h = 600;
    float pixel_ratio = 1;

    bool started = false;            // font and first document are in
    bool first_frame_drawn = false;
    bool frame_scheduled = false;
    int frames_wanted = 0;           // frames still to draw so ImGui settles after input
    long settle_timer = 0;           // one more frame a while after input stops (hover, tooltips)
    long background_timer = 0;       // a frame soon for lint or autosave waiting for a quiet moment

    // Per-frame CPU time of the last frame and on average.
    unsigned long frames = 0;
    double last_ms = 0, total_ms = 0, last_atlas_ms = 0;

    int lang_sent = -1;              // the language the page's <html lang> was last set to
    std::string opened_key;          // id and file name of the open document, to notice an open

    // Text of the document as autosaved: may hold characters the atlas does not have yet (pasted
    // elements, an undone deletion).
    void document_text(const std::string& text);

    std::vector<std::string> journal;  // autosave journal entries to apply on the first document
    std::string clipboard;           // the last text copied or pasted (ImGui's GetClipboardText)
    std::string scratch;             // a string handed to the page; valid until the next call
};

App* app = nullptr;

// Settle frames after one input event: ImGui needs a couple to turn an event into a visible change.
constexpr int kSettleFrames = 3;
constexpr int kSettleDelayMs = 600;   // tooltips appear after ImGui's hover delay (0.4 s)
// While the designer has background work waiting (Designer::background_work_pending: an autosave or
// lint held back by typing or a huge document), frames keep coming at this pace without input.
constexpr int kBackgroundFrameMs = 50;

void request_frames(int count);
void schedule_background_frame();

void App::document_text(const std::string& text) {
    if (fonts.want_text(text)) request_frames(1);
}

// ------------------------------------------------------------------------------------------- frames
// The designer reports autosaves, unsaved changes and preferences itself (Designer::after_frame);
// here only what it does not: the page's language at start, and characters the atlas lacks.
void after_frame() {
    ui::Designer& d = app->designer;
    int lang = d.options.lang == ui::Lang::Zh ? 1 : 0;
    if (lang != app->lang_sent) {
        app->lang_sent = lang;
        app->platform.language_changed(d.options.lang);
    }
    if (!d.notice.empty() && app->fonts.want_text(d.notice)) request_frames(1);
    for (const ui::Command& c : d.commands.pending())  // a notice the next frame shows
        if (const auto* shown = std::get_if<ui::command::ShowNotice>(&c); shown && app->fonts.want_text(shown->text))
            request_frames(1);
    // A document opened from the menu (a sample, New) brings its own characters.
    std::string opened = d.session.model().id.value + "\n" + d.session.filename();
    if (opened != app->opened_key) {
        app->opened_key = opened;
        app->document_text(bp::save_blueprint(d.session.model()));
    }
}

void draw_frame() {
    double start = emscripten_get_now();
    // Trainer mode's large type is rasterised at its size (at most 3 pixels per CSS pixel of the base size).
    const float raster = app->designer.trainer.active ? ui::kTrainerFontRaster : 1.0f;
    app->fonts.set_pixel_ratio(std::min(app->pixel_ratio * raster, std::max(app->pixel_ratio, 3.0f)));
    if (app->fonts.needs_rebuild()) app->last_atlas_ms = app->fonts.rebuild();
    web::item_query_new_frame();

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(app->css_w, app->css_h);
    io.DisplayFramebufferScale = ImVec2(app->fb_w / app->css_w, app->fb_h / app->css_h);
    ImGui::NewFrame();
    app->designer.frame();
    ImGui::Render();

    glViewport(0, 0, app->fb_w, app->fb_h);
    glClearColor(0.96f, 0.96f, 0.97f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    after_frame();
    schedule_background_frame();
    app->last_ms = emscripten_get_now() - start;
    app->total_ms += app->last_ms;
    ++app->frames;
    if (!app->first_frame_drawn) {
        app->first_frame_drawn = true;
        bp_js_first_frame();
    }
}

EM_BOOL on_animation_frame(double, void*) {
    app->frame_scheduled = false;
    draw_frame();
    if (--app->frames_wanted > 0) request_frames(0);
    return EM_FALSE;
}

void schedule_background_frame() {
    if (app->background_timer || !app->designer.background_work_pending()) return;
    // A snapshot waiting for a quiet moment (typing goes to the journal meanwhile) needs no frames
    // until then: a frame of a big document costs the typing its smoothness.
    const double wait_ms = std::max<double>(kBackgroundFrameMs, app->designer.session.background_work_due_in() * 1000);
    app->background_timer = emscripten_set_timeout([](void*) {
        app->background_timer = 0;
        request_frames(1);
    }, wait_ms, nullptr);
}

void request_frames(int count) {
    app->frames_wanted = std::max(app->frames_wanted, count);
    if (!app->started || app->frame_scheduled || app->frames_wanted <= 0) return;
    app->frame_scheduled = true;
    emscripten_request_animation_frame(on_animation_frame, nullptr);
}

// -------------------------------------------------------------------------------------------- input
// GLFW reports the mouse in canvas backing pixels; ImGui works in CSS pixels.
void on_cursor_pos(GLFWwindow* window, double x, double y) {
    ImGui_ImplGlfw_CursorPosCallback(window, x * app->css_w / app->fb_w, y * app->css_h / app->fb_h);
}

// Leaving is reported as "no mouse" directly: the backend would otherwise poll GLFW's unscaled position.
void on_cursor_enter(GLFWwindow* window, int entered) {
    if (entered) ImGui_ImplGlfw_CursorEnterCallback(window, 1);
    else ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
}

// The page places its IME text field at the caret of the focused ImGui text field.
void on_ime_data(ImGuiViewport*, ImGuiPlatformImeData* data) {
    bp_js_text_input(data->WantVisible ? 1 : 0, data->InputPos.x, data->InputPos.y, data->InputLineHeight);
}

void set_clipboard(void*, const char* text) {
    app->clipboard = text ? text : "";
    bp_js_set_clipboard(app->clipboard.c_str());
}

const char* get_clipboard(void*) { return app->clipboard.c_str(); }

// Text from the page's IME field or a paste goes into the focused field, as typed characters:
// ImGui inserts them at the caret (replacing a selection). Line breaks only reach multi-line fields.
void type_text(const std::string& text) {
    std::string clean;
    clean.reserve(text.size());
    for (char c : text)
        if (c != '\r') clean += c;
    app->fonts.want_text(clean);
    ImGui::GetIO().AddInputCharactersUTF8(clean.c_str());
}

// The wheel, as ImGui's backend reads it (100 px or 3 lines a step), but listened for on the canvas:
// the backend listens on the document, where Chromium makes wheel listeners passive, so its
// preventDefault fails (a console error per event) and ctrl+wheel (a touchpad pinch) zooms the page.
EM_BOOL on_wheel(int, const EmscriptenWheelEvent* ev, void*) {
    float step = 0.0f;
    if (ev->deltaMode == DOM_DELTA_PIXEL) step = 1.0f / 100.0f;
    else if (ev->deltaMode == DOM_DELTA_LINE) step = 1.0f / 3.0f;
    else if (ev->deltaMode == DOM_DELTA_PAGE) step = 80.0f;
    ImGui::GetIO().AddMouseWheelEvent(float(ev->deltaX) * -step, float(ev->deltaY) * -step);
    return EM_TRUE;  // handled: no page scroll, no browser zoom
}

// ------------------------------------------------------------------------------------------ startup
bool init_window() {
    if (!glfwInit()) return false;
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    // ImGui needs colour only: no alpha (the canvas is opaque, so the compositor need not blend it with
    // the page), no depth or stencil buffer to clear every frame.
    glfwWindowHint(GLFW_ALPHA_BITS, 0);
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    app->window = glfwCreateWindow(app->fb_w, app->fb_h, "Service Blueprint Designer", nullptr, nullptr);
    if (!app->window) return false;
    glfwMakeContextCurrent(app->window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;              // panels are preferences, kept by the page
    io.ConfigInputTextCursorBlink = false; // a blinking caret would need frames while idle
    ImGui::StyleColorsLight();
    ImGui_ImplGlfw_InitForOpenGL(app->window, true);
    emscripten_set_wheel_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, false, nullptr);
    emscripten_set_wheel_callback("#canvas", nullptr, false, on_wheel);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    glfwSetCursorPosCallback(app->window, on_cursor_pos);
    glfwSetCursorEnterCallback(app->window, on_cursor_enter);
    ImGui_ImplOpenGL3_CreateDeviceObjects();  // compile shaders while the font is still on its way
    io.SetPlatformImeDataFn = on_ime_data;
    io.SetClipboardTextFn = set_clipboard;
    io.GetClipboardTextFn = get_clipboard;
    return true;
}

}  // namespace

int main() {
    app = new App();
    app->designer.platform = &app->platform;
    if (!init_window()) {
        emscripten_log(EM_LOG_ERROR, "could not create a WebGL2 context");
        return 1;
    }
    // The page calls bp_start once the font and the first document have arrived.
    return 0;
}

// -------------------------------------------------------------------------------- functions for the page
extern "C" {

// Starts drawing with the UI font, the first document (restored or a sample; may be empty) and the
// stored preferences. `doc_unsaved` says the restored work had not been written to a file.
EMSCRIPTEN_KEEPALIVE int bp_start(const char* font, int font_length, const char* doc, const char* filename,
                                  int doc_unsaved, const char* preferences, int prefer_chinese) {
    ui::Designer& d = app->designer;
    d.options.lang = prefer_chinese ? ui::Lang::Zh : ui::Lang::En;
    d.options.show_guide = true;  // a first visit (no preferences yet) gets the guide
    if (preferences && *preferences) d.load_preferences(preferences);
    app->fonts.set_font_data(std::string(font, static_cast<size_t>(font_length)));
    int ok = 1;
    if (doc && *doc) {
        ok = d.open_text(doc, filename ? filename : "") ? 1 : 0;
        if (ok && doc_unsaved) d.session.mark_unsaved();
        app->fonts.want_text(doc);
        if (ok && !app->journal.empty()) {
            for (const std::string& entry : app->journal) app->fonts.want_text(entry);
            if (d.session.apply_journal(app->journal) == 0)
                emscripten_log(EM_LOG_WARN, "autosave journal does not fit the restored document: not applied");
        }
        // Restored work is in the tab's slot already (with its journal): no snapshot is due for it.
        if (ok && doc_unsaved) d.session.mark_autosaved();
    }
    app->journal.clear();
    app->opened_key = d.session.model().id.value + "\n" + d.session.filename();  // its characters are wanted above
    app->started = true;
    draw_frame();  // now, not at the next animation frame: the first frame is what the user waits for
    request_frames(kSettleFrames);
    return ok;
}

// An autosave journal entry for the restored document, in order; the page adds them before bp_start.
EMSCRIPTEN_KEEPALIVE void bp_add_journal(const char* entry) { app->journal.push_back(entry ? entry : ""); }

// The page is being hidden: a pending autosave is written now (no frames will come to write it).
EMSCRIPTEN_KEEPALIVE void bp_autosave_now() {
    if (app->started) app->designer.autosave_now();
}

// A bundled sample for File > Samples; the page adds them all before bp_start.
EMSCRIPTEN_KEEPALIVE void bp_add_sample(const char* name, const char* json) {
    app->designer.samples.push_back({name ? name : "", json ? json : ""});
}

// Input arrived (pointer, key, wheel, focus) or the page changed something: draw until ImGui settles.
EMSCRIPTEN_KEEPALIVE void bp_wake() {
    request_frames(kSettleFrames);
    if (!app->started) return;
    if (app->settle_timer) emscripten_clear_timeout(app->settle_timer);
    app->settle_timer = emscripten_set_timeout([](void*) { app->settle_timer = 0; request_frames(2); },
                                               kSettleDelayMs, nullptr);
}

// Trainer mode's presenter window (web/page-presenter.js): a key pressed there (0 back, 1 next, 2 the
// first slide, 3 the last), and whether it is open (0: it could not open, or its user closed it).
EMSCRIPTEN_KEEPALIVE void bp_trainer_go(int where) {
    if (!app->started || where < 0 || where > 3) return;
    app->designer.commands.push(ui::command::TrainerGo{ui::command::TrainerGo::Where(where)});
    bp_wake();
}

EMSCRIPTEN_KEEPALIVE void bp_presenter_window(int open) {
    if (!app->started) return;
    app->designer.commands.push(ui::command::PresenterWindow{open != 0});
    bp_wake();
}

// Draws one frame now, inside the caller's event: a copy or cut event needs ImGui to handle the key
// and hand over its text before the event returns.
EMSCRIPTEN_KEEPALIVE void bp_frame_now() {
    if (app->started) draw_frame();
}

// The canvas' CSS size and its backing store size (the page sets canvas.width/height).
EMSCRIPTEN_KEEPALIVE void bp_resize(float css_w, float css_h, int fb_w, int fb_h) {
    app->css_w = std::max(css_w, 1.0f);
    app->css_h = std::max(css_h, 1.0f);
    app->fb_w = std::max(fb_w, 1);
    app->fb_h = std::max(fb_h, 1);
    app->pixel_ratio = app->fb_w / app->css_w;
    app->fonts.set_pixel_ratio(app->pixel_ratio);
    request_frames(kSettleFrames);
}

// Committed text from the page's IME field (typed, composed or inserted), drawn at once: the edit and
// its autosave need not wait for the next animation frame, which a busy GPU process can delay by
// a tenth of a second or more.
EMSCRIPTEN_KEEPALIVE void bp_input_text(const char* text) {
    if (!text || !*text) return;
    type_text(text);
    if (app->started) draw_frame();
    request_frames(kSettleFrames);
}

// A paste: into the focused text field, or else to the designer (copied touchpoints, key factors).
// `key` says how it was asked for: 0 from a menu, 1 by Ctrl/Cmd+V, 2 by Shift+Insert. With the key's
// modifier held ImGui ignores typed characters, so a shortcut paste replays the key and ImGui pastes
// the text from its clipboard; otherwise the text is typed in.
EMSCRIPTEN_KEEPALIVE void bp_paste(const char* text, int key) {
    if (!text) return;
    app->clipboard = text;
    app->fonts.want_text(app->clipboard);
    ImGuiIO& io = ImGui::GetIO();
    if (!io.WantTextInput) app->designer.paste_text(app->clipboard);
    else if (key == 0) type_text(app->clipboard);
    else {
        ImGuiKey replay = key == 2 ? ImGuiKey_Insert : ImGuiKey_V;
        io.AddKeyEvent(replay, true);
        io.AddKeyEvent(replay, false);
    }
    request_frames(kSettleFrames);
}

// Whether the focused element takes text (then the page routes keys and pastes to it).
EMSCRIPTEN_KEEPALIVE int bp_wants_text_input() { return ImGui::GetIO().WantTextInput ? 1 : 0; }

// A file chosen in the picker or dropped on the page, or a document from File > Recent (`unsaved`: its
// changes were never written to that file). A bad file leaves the document as it was and the designer
// shows why. The file's bytes as they are (length given: a zero byte in a file is the loader's to refuse).
// A document just opened from `text`: when snapshotting it would be costly, those bytes go to the tab's
// slot as the journal's base (Session::snapshot_as_opened) instead of the document being saved again.
// Their characters were wanted when they arrived.
void snapshot_as_opened(const std::string& text) {
    ui::Session& s = app->designer.session;
    ui::Session::AutosaveWriter write;
    write.snapshot = [](const std::string& bytes) { app->platform.autosave_as_opened(bytes); };
    write.journal = [](const std::string&, const std::string&) {};  // the page keeps one
    s.snapshot_as_opened(text, write);
}

EMSCRIPTEN_KEEPALIVE int bp_open_text(const char* bytes, int length, const char* filename, int unsaved) {
    ui::Designer& d = app->designer;
    const std::string json = bytes && length > 0 ? std::string(bytes, static_cast<size_t>(length)) : std::string();
    bool ok = d.open_text(json, filename ? filename : "");  // counts as saved in that file
    if (ok && unsaved) d.session.mark_unsaved();
    app->platform.begin_opening(json);
    if (ok) d.remember_current(&json);
    if (ok && !unsaved) snapshot_as_opened(json);
    app->platform.end_opening();
    app->fonts.want_text(json);
    // Its characters are wanted from its bytes: after_frame need not save the document to find them.
    app->opened_key = d.session.model().id.value + "\n" + d.session.filename();
    if (!d.notice.empty()) app->fonts.want_text(d.notice);
    request_frames(kSettleFrames);
    return ok ? 1 : 0;
}

// File › Import results: the chosen file's bytes (CSV or JSON) merged into the document as one
// undoable edit, or refused with the row and column in the notice. 1 when imported.
EMSCRIPTEN_KEEPALIVE int bp_import_results(const char* bytes, int length, const char* filename) {
    (void)filename;  // the importer tells CSV from JSON by the bytes
    ui::Designer& d = app->designer;
    const std::string data = bytes && length > 0 ? std::string(bytes, static_cast<size_t>(length)) : std::string();
    const bool ok = ui::results_layer::import_bytes(d.context(), d.options.results, data);
    // The site names the View menu will list; not the raw bytes, which may be GB18030.
    if (ok)
        for (const std::string& site : d.session.model().results->sites) app->fonts.want_text(site);
    request_frames(kSettleFrames);
    return ok ? 1 : 0;
}

// A file dropped on the page: opened like bp_open_text, but only after asking when the open document
// has unsaved work (the question keeps the bytes until it is answered).
EMSCRIPTEN_KEEPALIVE void bp_offer_text(const char* bytes, int length, const char* filename) {
    ui::Designer& d = app->designer;
    ui::Replacement what;
    what.kind = ui::Replacement::Kind::Text;
    what.text = bytes && length > 0 ? std::string(bytes, static_cast<size_t>(length)) : std::string();
    what.filename = filename ? filename : "";
    app->fonts.want_text(what.text);
    const std::string before = d.session.model().id.value + "\n" + d.session.filename();
    app->platform.begin_opening(what.text);
    d.request_replace(what);  // keeps a copy of `what` when it asks first: that one is not `what.text`
    // Opened at once (nothing unsaved to ask about): its characters are wanted from its bytes above. When
    // the question comes first, after_frame finds them once it is answered.
    const std::string now = d.session.model().id.value + "\n" + d.session.filename();
    if (now != before) {
        app->opened_key = now;
        if (!d.unsaved()) snapshot_as_opened(what.text);
    }
    app->platform.end_opening();
    if (!d.notice.empty()) app->fonts.want_text(d.notice);
    request_frames(kSettleFrames);
}

// The page's report of a Save: written into `filename`, or not (cancelled when `error` is empty).
EMSCRIPTEN_KEEPALIVE void bp_file_saved(int ok, const char* filename, const char* error) {
    app->designer.file_saved(ok != 0, filename ? filename : "", error ? error : "");
    if (!app->designer.notice.empty()) app->fonts.want_text(app->designer.notice);
    request_frames(kSettleFrames);
}

// File > Recent, newest first: a line per document, "key<TAB>name<TAB>when".
EMSCRIPTEN_KEEPALIVE void bp_set_recent(const char* lines) {
    std::vector<ui::RecentDocument> list;
    std::string text = lines ? lines : "";
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        const std::string line = text.substr(start, end - start);
        const size_t a = line.find('\t'), b = a == std::string::npos ? a : line.find('\t', a + 1);
        if (b != std::string::npos) list.push_back({line.substr(0, a), line.substr(a + 1, b - a - 1), line.substr(b + 1)});
        start = end + 1;
    }
    for (const ui::RecentDocument& r : list) app->fonts.want_text(r.name + r.when);
    app->designer.recent = std::move(list);
    request_frames(kSettleFrames);
}

// The open blueprint's id (the page keeps a file handle per document).
EMSCRIPTEN_KEEPALIVE const char* bp_document_id() {
    app->scratch = app->designer.session.model().id.value;
    return app->scratch.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* bp_document_json() {
    app->scratch = bp::save_blueprint(app->designer.session.model());
    return app->scratch.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* bp_notice() {
    app->scratch = app->designer.notice;
    return app->scratch.c_str();
}

EMSCRIPTEN_KEEPALIVE int bp_unsaved() { return app->designer.unsaved() ? 1 : 0; }
EMSCRIPTEN_KEEPALIVE int bp_background_pending() { return app->designer.background_work_pending() ? 1 : 0; }
EMSCRIPTEN_KEEPALIVE int bp_ready() { return app->started && app->first_frame_drawn ? 1 : 0; }
EMSCRIPTEN_KEEPALIVE const char* bp_language() { return app->designer.options.lang == ui::Lang::Zh ? "zh" : "en"; }

// frames, last ms, average ms, atlas rebuild ms, baked glyphs, atlas width, atlas height, the last
// frame's vertices, triangles and draw calls.
EMSCRIPTEN_KEEPALIVE void bp_frame_stats(double* out) {
    out[0] = static_cast<double>(app->frames);
    out[1] = app->last_ms;
    out[2] = app->frames ? app->total_ms / app->frames : 0;
    out[3] = app->last_atlas_ms;
    out[4] = static_cast<double>(app->fonts.glyph_count());
    out[5] = app->fonts.texture_width();
    out[6] = app->fonts.texture_height();
    // What the last frame sent the GPU: with software GL its raster time grows with these.
    const ImDrawData* drawn = ImGui::GetDrawData();
    out[7] = drawn ? drawn->TotalVtxCount : 0;
    out[8] = drawn ? drawn->TotalIdxCount / 3 : 0;
    int calls = 0;
    if (drawn)
        for (const ImDrawList* list : drawn->CmdLists) calls += list->CmdBuffer.Size;
    out[9] = calls;
}

// On macOS shortcuts use Cmd: ImGui maps ImGuiMod_Shortcut to it.
EMSCRIPTEN_KEEPALIVE void bp_set_mac(int mac) { ImGui::GetIO().ConfigMacOSXBehaviors = mac != 0; }

// For tests: where an item with this label was drawn in the last frame (CSS pixels), so the test can
// click it with real input events. Off until the first query (it costs a little per item).
EMSCRIPTEN_KEEPALIVE int bp_find_item(const char* label, int index, float* rect_out) {
    if (!web::item_query_enabled()) {
        web::item_query_enable();
        request_frames(2);
        return 0;
    }
    return web::item_query_find(label ? label : "", index, rect_out) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE const char* bp_item_labels() {
    app->scratch = web::item_query_labels();
    return app->scratch.c_str();
}

}  // extern "C"
