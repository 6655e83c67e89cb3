// The inspector's shared pieces (inspector_form.h).
#include "inspector_form.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include <imgui_internal.h>

#include "line_breaks.h"

namespace ui::inspector {

float multiline_height(int lines) {
    return ImGui::GetTextLineHeight() * lines + ImGui::GetStyle().FramePadding.y * 2;
}

// The next item leaves room for a unit written after it on the same line.
void width_before_unit(const char* unit) {
    ImGui::SetNextItemWidth(-(ImGui::CalcTextSize(unit).x + ImGui::GetStyle().ItemSpacing.x));
}
void unit_after(const char* unit) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(unit);
}

void heading(const Context& ctx, const bp::ElementId& id) {
    ImGui::TextDisabled("%s · %s", kind_label(id.kind(), ctx.lang()), id.str().c_str());
}
void blueprint_heading(const Context& ctx, const std::string& id) {
    ImGui::TextDisabled("%s · %s", tr(ctx.lang(), "蓝图", "Blueprint"), id.c_str());
}

// A clickable name that selects an element and has the canvas centre it.
void element_link(const Context& ctx, const bp::ElementId& id, const std::string& text) {
    ImGui::PushID(id.str().c_str());
    if (ImGui::Selectable(text.empty() ? "-" : text.c_str(), ctx.selection.contains(id))) select_and_focus(ctx, id);
    ImGui::PopID();
}

// Circle › touchpoint › key factor above the form, each a link.
void breadcrumb(const Context& ctx, const bp::Path& p, bp::ElementKind kind) {
    using bp::ElementKind;
    const bp::Blueprint& doc = ctx.model();
    auto crumb = [&](const bp::ElementId& id, const std::string& name, bool last) {
        ImGui::PushID(id.str().c_str());
        if (ImGui::SmallButton(name.empty() ? "-" : name.c_str())) select_and_focus(ctx, id);
        ImGui::PopID();
        if (!last) {
            ImGui::SameLine(0, 2);
            ImGui::TextDisabled(">");
            ImGui::SameLine(0, 2);
        }
    };
    const bp::Circle& c = doc.circles[p.circle];
    crumb(c.id, c.name, kind == ElementKind::Touchpoint);
    if (kind == ElementKind::Touchpoint) return;
    const bp::Touchpoint& t = bp::touchpoint_at(doc, p);
    crumb(t.id, t.name, kind == ElementKind::KeyFactor);
    if (kind == ElementKind::KeyFactor) return;
    const bp::KeyFactor& k = bp::key_factor_at(doc, p);
    crumb(k.id, k.name, true);
}

// The lint findings that point at this element; for the blueprint, those that point at no element.
void element_findings(const Context& ctx, const bp::ElementId& id) {
    const Lang lang = ctx.lang();
    const bool blueprint = id.kind() == bp::ElementKind::Blueprint;
    const auto& findings = ctx.findings();
    std::vector<const bp::Finding*> mine;
    for (const bp::Finding& f : findings)
        if (f.element == id || (blueprint && f.element.empty())) mine.push_back(&f);
    char title[96];
    std::snprintf(title, sizeof title, tr(lang, "%s（%d）", "%s (%d)"), tr(lang, "检查结果", "Lint findings"), (int)mine.size());
    ImGui::SeparatorText(title);
    if (mine.empty()) {
        ImGui::TextDisabled("%s", tr(lang, "没有问题", "No findings"));
        return;
    }
    for (const bp::Finding* f : mine) {
        severity_icon(f->severity);
        ImGui::TextWrapped("%s", lang == Lang::Zh ? f->message_zh.c_str() : f->message_en.c_str());
        if (ImGui::IsItemHovered()) {
            for (const bp::RuleInfo& r : bp::lint_rules())
                if (r.id == f->rule) ImGui::SetTooltip("%s\n%s", lang == Lang::Zh ? r.title_zh.c_str() : r.title_en.c_str(), r.id.c_str());
        }
    }
}

namespace {
int caret_to_end(ImGuiInputTextCallbackData* data) {
    bool* pending = static_cast<bool*>(data->UserData);
    if (*pending) {
        data->CursorPos = data->SelectionStart = data->SelectionEnd = data->BufTextLen;
        *pending = false;
    }
    return 0;
}
}  // namespace

// ImGui's multiline field does not wrap, so a long Chinese description ran off its right edge. While
// the field is not being edited its text is shown wrapped (line_breaks.h) in a box of the same id; a
// click there opens the field for typing, caret at the end.
bool wrapping_multiline(const char* id, std::string& value, int lines) {
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGuiStorage* store = ImGui::GetStateStorage();
    const ImGuiID field_id = ImGui::GetID(id);
    const ImGuiID opening = ImHashStr("opening", 0, field_id);   // clicked: frames left to focus the field
    const ImGuiID to_end = ImHashStr("caret-end", 0, field_id);  // focused: put the caret at the end once
    const float width = ImGui::GetContentRegionAvail().x;
    const float text_w = std::max(width - style.FramePadding.x * 2, ImGui::GetFontSize());
    const float height = std::max(multiline_height(lines), wrapped_text_height(value, text_w) + style.FramePadding.y * 2);
    // Active as a text field (the box shares the id, and is active itself while pressed).
    const bool typing = ImGui::GetActiveID() == field_id && ImGui::GetInputTextState(field_id) != nullptr;
    const int opening_frames = store->GetInt(opening);
    const bool editing = typing || opening_frames > 0;
    if (!editing) {
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        if (ImGui::InvisibleButton(id, ImVec2(width, height))) store->SetInt(opening, 3);  // focusing takes two
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height),
                          ImGui::GetColorU32(ImGui::IsItemHovered() ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg),
                          style.FrameRounding);
        const auto measure = [](std::string_view t) { return ImGui::CalcTextSize(t.data(), t.data() + t.size()).x; };
        float y = pos.y + style.FramePadding.y;
        for (const std::string& line : break_lines(value, text_w, measure)) {
            dl->AddText(ImVec2(pos.x + style.FramePadding.x, y), ImGui::GetColorU32(ImGuiCol_Text), line.c_str());
            y += ImGui::GetTextLineHeight() + style.ItemSpacing.y;
        }
        return false;
    }
    if (opening_frames > 0 && !typing) {
        ImGui::SetKeyboardFocusHere();
        store->SetBool(to_end, true);
    }
    bool pending = store->GetBool(to_end);
    const bool changed = ImGui::InputTextMultiline(id, &value, ImVec2(-FLT_MIN, height), ImGuiInputTextFlags_CallbackAlways,
                                                   caret_to_end, &pending);
    store->SetInt(opening, ImGui::IsItemActive() ? 0 : std::max(opening_frames - 1, 0));
    store->SetBool(to_end, pending);
    return changed;
}

}  // namespace ui::inspector
