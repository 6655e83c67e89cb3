#include "panel_widgets.h"

#include "blueprint/dates.h"
#include "blueprint/glossary.h"
#include "blueprint/roles.h"
#include "palette.h"
#include "standards_rows.h"
#include <imgui.h>
#include <imgui_stdlib.h>

#include "line_breaks.h"

namespace ui {

std::string window_title(Lang lang, const char* zh, const char* en, const char* id) {
    return std::string(tr(lang, zh, en)) + "###" + id;
}

// ------------------------------------------------------------------------------------ locating
// Glossary terms are string literals, so their data is terminated.
const char* kind_label(bp::ElementKind kind, Lang lang) {
    switch (kind) {
        case bp::ElementKind::Blueprint: return bp::glossary::blueprint.in(lang).data();
        case bp::ElementKind::Role: return bp::glossary::role.in(lang).data();
        case bp::ElementKind::Circle: return bp::glossary::circle.in(lang).data();
        case bp::ElementKind::Touchpoint: return bp::glossary::touchpoint.in(lang).data();
        case bp::ElementKind::KeyFactor: return bp::glossary::key_factor.in(lang).data();
        case bp::ElementKind::Standard: return bp::glossary::standard.in(lang).data();
        case bp::ElementKind::Activity: return bp::glossary::activity.in(lang).data();
        case bp::ElementKind::Handoff: return bp::glossary::handoff.in(lang).data();
        case bp::ElementKind::None: break;
    }
    return "";
}

std::string term_label(const bp::Term& term, Lang lang) {
    std::string s(term.in(lang));
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = char(s[0] - 'a' + 'A');
    return s;
}

void select_and_focus(const Context& ctx, const bp::ElementId& id) {
    if (id.empty()) {
        ctx.selection.clear();
        return;
    }
    ctx.selection.set(id);
    ctx.focus(id);
}

// ---------------------------------------------------------------------------------- severities
const char* severity_label(bp::Severity s, Lang lang) {
    switch (s) {
        case bp::Severity::Error: return tr(lang, "错误", "Error");
        case bp::Severity::Warning: return tr(lang, "警告", "Warning");
        case bp::Severity::Info: return tr(lang, "提示", "Info");
    }
    return "";
}

ImU32 severity_colour(bp::Severity s) { return palette::severity(s); }

void severity_icon(bp::Severity s) {
    const float h = ImGui::GetTextLineHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + h * 0.5f, at.y + h * 0.5f), h * 0.35f,
                                                severity_colour(s));
    ImGui::Dummy(ImVec2(h, h));
    ImGui::SameLine();
}

// ------------------------------------------------------------------------------------- feeling
const char* feeling_word(int feeling, Lang lang) {
    switch (feeling) {
        case -2: return tr(lang, "很不满意", "very dissatisfied");
        case -1: return tr(lang, "不满意", "dissatisfied");
        case 0: return tr(lang, "一般", "neutral");
        case 1: return tr(lang, "满意", "satisfied");
        case 2: return tr(lang, "很满意", "very satisfied");
    }
    return "?";
}

ImVec4 feeling_colour(int feeling) { return ImGui::ColorConvertU32ToFloat4(palette::feeling(feeling)); }

// ---------------------------------------------------------------------------------------- combos
bool role_combo(const char* id, const bp::Blueprint& doc, bp::RoleId& value, Lang lang) {
    const char* none = tr(lang, "（无）", "(none)");
    std::string preview = value.empty() ? none : bp::role_name(doc, value, lang);
    bool dangling = !value.empty();
    for (const bp::Role& r : doc.roles)
        if (r.id == value) dangling = false;
    if (dangling) preview = std::string(tr(lang, "未知角色 ", "unknown role ")) + value.value;

    bool changed = false;
    if (ImGui::BeginCombo(id, preview.c_str())) {
        if (ImGui::Selectable(none, value.empty()) && !value.empty()) {
            value = bp::RoleId();
            changed = true;
        }
        for (const bp::Role& r : doc.roles) {
            ImGui::PushID(r.id.value.c_str());
            const bool selected = r.id == value;
            if (ImGui::Selectable(bp::role_name(doc, r.id, lang).c_str(), selected) && !selected) {
                value = r.id;
                changed = true;
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    return changed;
}

// --------------------------------------------------------------------------------------- dates
bool date_field(const char* id, std::string& value, DateDraft& draft, const std::string& element, Lang lang) {
    std::string text = value;
    const bool invalid_draft = draft.element == element && !draft.text.empty();
    if (invalid_draft) ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(0.55f, 0.15f, 0.15f, 0.6f));
    const bool edited = ImGui::InputTextWithHint(id, tr(lang, "年-月-日 YYYY-MM-DD", "YYYY-MM-DD"), &text,
                                                 ImGuiInputTextFlags_CharsNoBlank);
    if (invalid_draft) ImGui::PopStyleColor();
    if (!edited) return false;
    if (text.empty() || bp::valid_date(text)) {
        if (draft.element == element) draft = {};
        if (text == value) return false;
        value = text;
        return true;
    }
    draft = {element, text};
    return false;
}

void date_warning(const DateDraft& draft, const std::string& element, const std::string& stored, Lang lang) {
    if (draft.element != element || draft.text.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.45f, 0.40f, 1));
    ImGui::TextWrapped("%s \"%s\" %s %s", tr(lang, "日期", "The date"), draft.text.c_str(),
                       tr(lang, "无效（格式 YYYY-MM-DD），保留原值：", "is not valid (YYYY-MM-DD); kept:"),
                       stored.empty() ? tr(lang, "（未设置）", "(not set)") : stored.c_str());
    ImGui::PopStyleColor();
}

// ------------------------------------------------------------------------------------ field form

bool begin_form(const char* id) {
    if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_SizingStretchProp)) return false;
    // As wide as the longest label ("Quality dimension", not "Quality dimensio…").
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("field", ImGuiTableColumnFlags_WidthStretch);
    return true;
}

void form_label(const char* text) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(text);
    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
}

void leave_room_for_help_marker() {
    ImGui::SetNextItemWidth(-(ImGui::CalcTextSize("(?)").x + ImGui::GetStyle().ItemInnerSpacing.x));
}

void end_form() { ImGui::EndTable(); }

// ------------------------------------------------------------------------------------------- text
namespace {
std::vector<std::string> lines_at(std::string_view text, float width) {
    return break_lines(text, width, [](std::string_view s) { return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x; });
}
}  // namespace

void wrapped_text(std::string_view text, float width) {
    if (width <= 0) width = std::max(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize());
    for (const std::string& line : lines_at(text, width)) ImGui::TextUnformatted(line.c_str());
}

float wrapped_text_height(std::string_view text, float width) {
    const size_t n = lines_at(text, width).size();
    return n * ImGui::GetTextLineHeight() + (n > 1 ? (n - 1) * ImGui::GetStyle().ItemSpacing.y : 0);
}

}  // namespace ui
