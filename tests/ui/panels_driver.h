// A headless ImGui frame loop for the panel tests: a real context with the default font, no GPU.
// Widgets are found by their ImGui id (the same id path the panel pushes) and driven with simulated
// mouse and keyboard input, so the tests go through the widgets' own code.
#pragma once

#include <functional>
#include <initializer_list>
#include <string>
#include <variant>
#include <vector>

#include <imgui.h>
#include <imgui_internal.h>

namespace panels_test {

class Driver {
public:
    // `font_file`: a TrueType font with Chinese glyphs for snapshots; the default font otherwise.
    explicit Driver(const char* font_file = nullptr) {
        ctx_ = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.LogFilename = nullptr;
        io.DisplaySize = ImVec2(1600, 1000);
        io.DeltaTime = 1.0f / 60.0f;
        if (font_file)
            io.Fonts->AddFontFromFileTTF(font_file, 16.0f, nullptr, io.Fonts->GetGlyphRangesChineseSimplifiedCommon());
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // builds the default font atlas
    }
    ~Driver() { ImGui::DestroyContext(ctx_); }
    Driver(const Driver&) = delete;
    Driver& operator=(const Driver&) = delete;

    // What one frame draws (e.g. one panel at a fixed place).
    std::function<void()> draw;

    void frame(int n = 1) {
        for (int i = 0; i < n; ++i) {
            ImGui::NewFrame();
            if (draw) draw();
            ImGui::Render();
        }
    }

    // The id of an item: the window's id, then each pushed id (strings or ints), then the item's label.
    using Part = std::variant<std::string, int>;
    static ImGuiID id_of(const char* window, std::initializer_list<Part> path) {
        return id_of(window, std::vector<Part>(path));
    }
    static ImGuiID id_of(const char* window, const std::vector<Part>& path) {
        ImGuiWindow* w = ImGui::FindWindowByName(window);
        ImGuiID id = w ? w->ID : ImHashStr(window);
        for (const Part& p : path) {
            if (const std::string* s = std::get_if<std::string>(&p))
                id = ImHashStr(s->c_str(), 0, id);
            else {
                int n = std::get<int>(p);
                id = ImHashData(&n, sizeof n, id);
            }
        }
        return id;
    }

    // The screen rectangle of an item drawn in `window` last frame, found through ImGui's navigation:
    // focusing the id makes ImGui record the item's rectangle when it is submitted. Empty if not drawn.
    ImRect rect_of(ImGuiWindow* window, ImGuiID id) {
        if (!window) return ImRect();
        ImGuiContext& g = *GImGui;
        // Twice: a popup that has just opened sizes itself for a frame and moves the focus to its
        // default item, overriding the first request.
        for (int attempt = 0; attempt < 2; ++attempt) {
            ImGui::SetFocusID(id, window);
            frame(2);
            if (g.NavId == id && g.NavIdIsAlive) return ImGui::WindowRectRelToAbs(window, window->NavRectRel[0]);
        }
        return ImRect();
    }
    ImRect rect_of(const char* window, ImGuiID id) { return rect_of(ImGui::FindWindowByName(window), id); }

    // A child window begun with BeginChild(label) inside `parent`.
    static ImGuiWindow* child_window(const char* parent, const char* label) {
        ImGuiWindow* p = ImGui::FindWindowByName(parent);
        if (!p) return nullptr;
        char name[256];
        ImFormatString(name, sizeof name, "%s/%s_%08X", p->Name, label, ImHashStr(label, 0, p->ID));
        return ImGui::FindWindowByName(name);
    }

    static ImGuiWindow* table_window(const char* window, const char* table) {
        ImGuiTable* t = ImGui::TableFindByID(id_of(window, {std::string(table)}));
        return t ? t->InnerWindow : nullptr;
    }

    void move_to(ImVec2 p) {
        ImGui::GetIO().AddMousePosEvent(p.x, p.y);
        frame();
    }
    void press(ImVec2 p) {
        move_to(p);
        ImGui::GetIO().AddMouseButtonEvent(0, true);
        frame();
    }
    void release() {
        ImGui::GetIO().AddMouseButtonEvent(0, false);
        frame();
    }
    void click(ImVec2 p) {
        press(p);
        release();
    }
    void drag(ImVec2 from, ImVec2 to, int steps = 4) {
        press(from);
        for (int i = 1; i <= steps; ++i)
            move_to(ImVec2(from.x + (to.x - from.x) * i / steps, from.y + (to.y - from.y) * i / steps));
        release();
    }
    void type(const char* utf8) {
        ImGui::GetIO().AddInputCharactersUTF8(utf8);
        frame();
    }
    void key(ImGuiKey k, bool ctrl = false) {
        ImGuiIO& io = ImGui::GetIO();
        if (ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, true);
        io.AddKeyEvent(k, true);
        frame();
        io.AddKeyEvent(k, false);
        if (ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, false);
        frame();
    }

private:
    ImGuiContext* ctx_ = nullptr;
};

}  // namespace panels_test
