// Finding ImGui widgets by id for the panel tests, on top of the shared harness (harness.h).
// A widget's id is the window's id, then each id pushed while drawing it, then its label; its screen
// rectangle comes from ImGui's navigation, which records the rectangle of the focused item when the
// item is submitted. The tests then click, drag and type there through the harness, so every gesture
// goes through the widget's own code.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include <imgui.h>
#include <imgui_internal.h>

#include "harness.h"

namespace panels_test {

using Part = std::variant<std::string, int>;

inline ImGuiID id_of(const char* window, const std::vector<Part>& path) {
    ImGuiWindow* w = ImGui::FindWindowByName(window);
    ImGuiID id = w ? w->ID : ImHashStr(window);
    for (const Part& p : path) {
        if (const std::string* s = std::get_if<std::string>(&p)) {
            id = ImHashStr(s->c_str(), 0, id);
        } else {
            const int n = std::get<int>(p);
            id = ImHashData(&n, sizeof n, id);
        }
    }
    return id;
}

// The window that holds the rows of a scrolling table.
inline ImGuiWindow* table_window(const char* window, const char* table) {
    ImGuiTable* t = ImGui::TableFindByID(id_of(window, {std::string(table)}));
    return t ? t->InnerWindow : nullptr;
}

// A child window begun with BeginChild(label) inside `parent`.
inline ImGuiWindow* child_window(const char* parent, const char* label) {
    ImGuiWindow* p = ImGui::FindWindowByName(parent);
    if (!p) return nullptr;
    char name[256];
    ImFormatString(name, sizeof name, "%s/%s_%08X", p->Name, label, ImHashStr(label, 0, p->ID));
    return ImGui::FindWindowByName(name);
}

// The screen rectangle of an item drawn in `window`; empty when it is not drawn.
inline ImRect rect_of(ui_test::Harness& h, ImGuiWindow* window, ImGuiID id) {
    if (!window) return ImRect();
    ImGuiContext& g = *GImGui;
    // Twice: a popup that has just opened sizes itself for a frame and moves the focus to its
    // default item, overriding the first request.
    for (int attempt = 0; attempt < 2; ++attempt) {
        ImGui::SetFocusID(id, window);
        h.frames(2);
        if (g.NavId == id && g.NavIdIsAlive) return ImGui::WindowRectRelToAbs(window, window->NavRectRel[0]);
    }
    return ImRect();
}

inline ImRect rect_of(ui_test::Harness& h, const char* window, const std::vector<Part>& path) {
    return rect_of(h, ImGui::FindWindowByName(window), id_of(window, path));
}

// An item in the rows of a scrolling table: `path` starts after the table's own id.
inline ImRect rect_in_table(ui_test::Harness& h, const char* window, const char* table, std::vector<Part> path) {
    path.insert(path.begin(), std::string(table));
    return rect_of(h, table_window(window, table), id_of(window, path));
}

}  // namespace panels_test
