// The history panel: the undo list in the UI language with the current position; clicking a step
// undoes or redoes up to it.
#include <algorithm>
#include <cfloat>
#include <cstdio>

#include "actions.h"
#include "panel_widgets.h"
#include "panels.h"

namespace ui {

namespace {
// A step's whole description when the panel cuts it, wrapped to stay on screen.
void whole_text_tooltip(const std::string& text) {
    const float width = std::min(ImGui::GetFontSize() * 24, ImGui::GetIO().DisplaySize.x * 0.6f);
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(width + ImGui::GetStyle().WindowPadding.x * 2, FLT_MAX));
    if (ImGui::BeginTooltip()) {
        wrapped_text(text, width);
        ImGui::EndTooltip();
    }
}
}  // namespace

void draw_history_panel(const Context& ctx, PanelState&) {
    const Lang lang = ctx.lang();
    const bp::History& history = ctx.doc().history();
    ImGui::BeginDisabled(!history.can_undo());
    if (ImGui::Button(tr(lang, "撤销", "Undo"))) actions::undo(ctx);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!history.can_redo());
    if (ImGui::Button(tr(lang, "重做", "Redo"))) actions::redo(ctx);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::TextDisabled(tr(lang, "%d 步可撤销，%d 步可重做", "%d to undo, %d to redo"), (int)history.undo_depth(),
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
                    text = history.undo_entry(row - 1).describe(ctx.lang());
                else
                    text = history.redo_entry(row - done - 1).describe(ctx.lang());
                char label[32];
                std::snprintf(label, sizeof label, "###step%d", row);
                if (row > done) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
                const std::string shown = (row == done ? "> " : "   ") + std::to_string(row) + ". " + text + label;
                if (ImGui::Selectable(shown.c_str(), row == done) && row != done) go_to = row;
                if (row > done) ImGui::PopStyleColor();
                if (ImGui::IsItemHovered() && ImGui::CalcTextSize(text.c_str()).x > ImGui::GetItemRectSize().x * 0.8f)
                    whole_text_tooltip(text);
            }
        }
        if (ImGui::IsWindowAppearing()) ImGui::SetScrollHereY(1.0f);
    }
    ImGui::EndChild();

    if (go_to >= 0) {  // walk the history to the clicked step; stop if a step cannot be applied
        while ((int)ctx.doc().history().undo_depth() > go_to)
            if (!actions::undo(ctx)) break;
        while ((int)ctx.doc().history().undo_depth() < go_to)
            if (!actions::redo(ctx)) break;
    }
}

}  // namespace ui
