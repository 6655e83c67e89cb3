// The history panel: the undo list in the UI language with the current position; clicking a step
// undoes or redoes up to it.
#include <cstdio>

#include "panel_widgets.h"
#include "panels.h"

namespace ui {

void draw_history_panel(Designer& d) {
    const Lang lang = d.options.lang;
    const std::string title = window_title(lang, "历史记录", "History", "history");
    if (!ImGui::Begin(title.c_str(), &d.options.show_history)) {
        ImGui::End();
        return;
    }
    const bp::History& history = d.doc.history();
    ImGui::BeginDisabled(!history.can_undo());
    if (ImGui::Button(tr(lang, "撤销", "Undo"))) d.doc.undo();
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!history.can_redo());
    if (ImGui::Button(tr(lang, "重做", "Redo"))) d.doc.redo();
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::TextDisabled(tr(lang, "%d 步可撤销,%d 步可重做", "%d to undo, %d to redo"), (int)history.undo_depth(),
                        (int)history.redo_depth());
    ImGui::Separator();

    // Row 0 is the document as opened; row k is the state after the k-th step. The current state is
    // row undo_depth(); rows after it are steps that can be redone.
    const int done = (int)history.undo_depth();
    const int rows = done + (int)history.redo_depth() + 1;
    int go_to = -1;
    if (ImGui::BeginChild("##steps")) {
        ImGuiListClipper clipper;
        clipper.Begin(rows);
        while (clipper.Step()) {
            for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
                std::string text;
                if (row == 0)
                    text = tr(lang, "打开的文档", "Document as opened");
                else if (row <= done)
                    text = history.undo_entry(row - 1).describe(chinese(d));
                else
                    text = history.redo_entry(row - done - 1).describe(chinese(d));
                char label[32];
                std::snprintf(label, sizeof label, "###step%d", row);
                if (row > done) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
                const std::string shown = (row == done ? "> " : "   ") + std::to_string(row) + ". " + text + label;
                if (ImGui::Selectable(shown.c_str(), row == done) && row != done) go_to = row;
                if (row > done) ImGui::PopStyleColor();
            }
        }
        if (ImGui::IsWindowAppearing()) ImGui::SetScrollHereY(1.0f);
    }
    ImGui::EndChild();

    if (go_to >= 0) {  // walk the history to the clicked step; stop if a step cannot be applied
        while ((int)d.doc.history().undo_depth() > go_to)
            if (!d.doc.undo()) break;
        while ((int)d.doc.history().undo_depth() < go_to)
            if (!d.doc.redo()) break;
    }
    ImGui::End();
}

}  // namespace ui
