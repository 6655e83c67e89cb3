#include "line_list.h"

#include <string>
#include <utility>

#include <imgui.h>
#include <imgui_stdlib.h>

namespace ui {

namespace {
bool small_button(const char* label, bool enabled, const char* tip) {
    ImGui::BeginDisabled(!enabled);
    const bool pressed = ImGui::SmallButton(label);
    ImGui::EndDisabled();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tip);
    return pressed;
}
}  // namespace

LineEdit line_list(const Context& ctx, std::vector<bp::Instruction>& lines, const char* add_label, const char* new_line,
                   const char* marker) {
    const Lang lang = ctx.lang();
    LineEdit edit = LineEdit::None;
    int move_from = -1, move_to = -1, remove_at = -1;
    const ImGuiStyle& style = ImGui::GetStyle();
    // Room for the three buttons after the field.
    const float buttons = ImGui::CalcTextSize("↑↓×").x + style.FramePadding.x * 6 + style.ItemSpacing.x * 3;
    for (int i = 0; i < int(lines.size()); ++i) {
        ImGui::PushID(i);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(marker[0] ? marker : (std::to_string(i + 1) + ".").c_str());
        ImGui::SameLine();
        ImGui::SetNextItemWidth(-buttons);
        if (ImGui::InputText("##line", &lines[size_t(i)].text)) edit = LineEdit::Typing;
        if (ImGui::IsItemDeactivated()) ctx.doc().seal();
        ImGui::SameLine();
        if (small_button("↑###up", i > 0, tr(lang, "上移", "Move up"))) move_from = i, move_to = i - 1;
        ImGui::SameLine();
        if (small_button("↓###down", i + 1 < int(lines.size()), tr(lang, "下移", "Move down"))) move_from = i, move_to = i + 1;
        ImGui::SameLine();
        if (small_button("×###remove", true, tr(lang, "删除这一行", "Remove this line"))) remove_at = i;
        ImGui::PopID();
    }
    if (move_from >= 0) {
        std::swap(lines[size_t(move_from)], lines[size_t(move_to)]);
        edit = LineEdit::Changed;
    }
    if (remove_at >= 0) {
        lines.erase(lines.begin() + remove_at);
        edit = LineEdit::Changed;
    }
    if (ImGui::SmallButton((std::string(add_label) + "###add").c_str())) {
        lines.push_back({new_line});
        edit = LineEdit::Changed;
    }
    return edit;
}

}  // namespace ui
