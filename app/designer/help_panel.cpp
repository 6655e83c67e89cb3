// The method glossary: every word of the method with a short explanation and its seed passage, grouped
// by topic, filtered by what the user types (in either language). The words come from bp::method_help.
#include <algorithm>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "blueprint/method_help.h"
#include "panel_state.h"
#include "panel_widgets.h"
#include "panels.h"

namespace ui {

void help_entry_text(const bp::HelpEntry& entry, Lang lang, float width) {
    wrapped_text(entry.word.in(lang), width);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    wrapped_text(entry.explanation.in(lang), width);
    wrapped_text(std::string(tr(lang, "出处：", "Source: ")) + std::string(entry.source), width);
    ImGui::PopStyleColor();
}

void help_marker(const char* key, Lang lang) {
    const bp::HelpEntry* entry = bp::help_entry(key);
    if (!entry) return;
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::PushStyleColor(ImGuiCol_Button, 0);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(0, 0));
    const std::string id = std::string("(?)##help.") + key;
    ImGui::SmallButton(id.c_str());
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort) || ImGui::IsItemFocused()) {
        // Wrapped at a width that fits the window, so the tooltip stays on screen.
        const float width = std::min(ImGui::GetFontSize() * 24, ImGui::GetIO().DisplaySize.x * 0.6f);
        ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(width + ImGui::GetStyle().WindowPadding.x * 2, FLT_MAX));
        if (ImGui::BeginTooltip()) {
            help_entry_text(*entry, lang, width);
            ImGui::EndTooltip();
        }
    }
}

void draw_help_panel(const Context& ctx, PanelState& state) {
    const Lang lang = ctx.lang();
    std::string& filter = state.help.filter;
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##filter", tr(lang, "查找词语…", "Find a word…"), &filter);
    int shown = 0;
    if (ImGui::BeginChild("##words")) {
        for (const bp::HelpTopic& topic : bp::help_topics()) {
            int in_topic = 0;
            for (const bp::HelpEntry& e : bp::method_help()) in_topic += e.topic == topic.topic && bp::help_matches(e, filter);
            if (in_topic == 0) continue;
            const std::string heading = std::string(topic.heading.in(lang)) + "###" + std::string(topic.topic);
            // Open by default; a filter opens every topic that has a match.
            if (!filter.empty()) ImGui::SetNextItemOpen(true);
            if (!ImGui::CollapsingHeader(heading.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) continue;
            for (const bp::HelpEntry& e : bp::method_help()) {
                if (e.topic != topic.topic || !bp::help_matches(e, filter)) continue;
                ImGui::PushID(e.key.data(), e.key.data() + e.key.size());
                help_entry_text(e, lang, 0);
                ImGui::Spacing();
                ImGui::PopID();
                ++shown;
            }
        }
        if (shown == 0) ImGui::TextDisabled("%s", tr(lang, "没有与之匹配的词语。", "No word matches."));
    }
    ImGui::EndChild();
}

}  // namespace ui
