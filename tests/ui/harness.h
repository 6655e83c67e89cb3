// Headless harness for UI tests: a real ImGui context with a fixed display size and a built font atlas
// (no GPU), a Designer on a recording platform, and helpers that feed simulated mouse and keyboard input
// through ImGui's event queue one frame at a time, exactly as a platform backend would.
//
//   ui_test::Harness h;                 // 1600×900, default font, a Designer with a TestPlatform
//   h.load(sample_blueprint());
//   h.click(h.screen_of("tp-1"));       // select by clicking where the touchpoint is drawn
//   h.press(ImGuiKey_Z, ImGuiMod_Ctrl); // undo
//
// Each helper runs the frames it needs; afterwards the state reflects the finished gesture.
// By default a frame draws Designer::frame(); set `draw` to test a single panel instead.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "app/designer/designer.h"
#include "imgui.h"

namespace ui_test {

// Records what the designer asked of the page.
struct TestPlatform : ui::Platform {
    struct Download {
        std::string filename, mime, bytes;
    };
    std::vector<Download> downloads;
    std::string clipboard;
    int autosave_count = 0;
    std::string last_autosave;
    std::string preferences;
    bool unsaved = false;
    int file_picker_requests = 0;
    int paste_requests = 0;
    int results_picker_requests = 0;

    void download(const std::string& f, const std::string& m, const std::string& b) override { downloads.push_back({f, m, b}); }
    void open_file_picker() override { ++file_picker_requests; }
    void set_clipboard_text(const std::string& text) override { clipboard = text; }
    void autosave(const std::string& json) override {
        ++autosave_count;
        last_autosave = json;
    }
    void save_preferences(const std::string& json) override { preferences = json; }
    void set_unsaved_changes(bool u) override { unsaved = u; }
    void request_paste() override { ++paste_requests; }
    void open_results_picker() override { ++results_picker_requests; }

    // Trainer mode's presenter window: open_presenter asks (true while has_presenter); the test then answers as
    // the page would, with command::PresenterWindow.
    bool has_presenter = true;
    int presenter_opens = 0, presenter_closes = 0;
    std::vector<ui::PresenterSlide> presenter_slides;  // every slide sent, in order
    bool open_presenter() override {
        ++presenter_opens;
        return has_presenter;
    }
    void show_presenter(const ui::PresenterSlide& s) override { presenter_slides.push_back(s); }
    void close_presenter() override { ++presenter_closes; }
};

class Harness {
public:
    explicit Harness(float width = 1600, float height = 900);
    ~Harness();
    Harness(const Harness&) = delete;
    Harness& operator=(const Harness&) = delete;

    TestPlatform platform;
    ui::Designer d;
    std::function<void()> draw;  // what a frame draws; defaults to d.frame()

    // Opens a document as if from a file (saved, history empty, cameras fit on the next frame).
    void load(bp::Blueprint doc);

    // Frames
    void frame();                 // one NewFrame → draw → Render, 1/60 s later than the last
    void frames(int n);
    void idle(double seconds);    // let time pass (e.g. so two clicks are not a double click)

    // Mouse (screen pixels). Modifiers are held for the whole gesture.
    void move(ImVec2 p);
    void click(ImVec2 p, ImGuiKeyChord mods = 0, ImGuiMouseButton button = ImGuiMouseButton_Left);
    void double_click(ImVec2 p);
    void drag(ImVec2 from, ImVec2 to, int steps = 8, ImGuiMouseButton button = ImGuiMouseButton_Left,
              ImGuiKeyChord mods = 0);
    void wheel(ImVec2 p, float dy, ImGuiKeyChord mods = 0);

    // Keyboard
    void press(ImGuiKey key, ImGuiKeyChord mods = 0);  // down and up, one frame each
    void hold(ImGuiKey key, bool down);                // e.g. space for space+drag
    void type(const std::string& utf8);                // text into the focused field

    // Where an element (circle, touchpoint, key factor) is drawn now, in screen pixels; fails the test
    // when it is not in the current view.
    ImVec2 screen_of(const std::string& id);
    // Screen point of a world point in the current view.
    ImVec2 world_to_screen(bp::Vec2 w);

private:
    void set_mods(ImGuiKeyChord mods);
    ImGuiContext* ctx_ = nullptr;
};

// The element the last pending focus command asks for ("" when none): what a panel asked of the canvas.
std::string focus_requested(const ui::Designer& d);

// A small blueprint built in code: circles of touchpoints, each with `key_factors` key factors.
bp::Blueprint sample_blueprint(int circles = 1, int touchpoints = 5, int key_factors = 1);

// The selection as plain ids, to compare with literals.
std::vector<std::string> selected(const ui::Designer& d);
// The typed id of the element with this plain id in the open document; an id no element has becomes a
// touchpoint id (a selection can hold an element that is gone).
bp::ElementId typed(ui::Designer& d, const std::string& id);
std::vector<bp::ElementId> typed(ui::Designer& d, const std::vector<std::string>& ids);

}  // namespace ui_test
