// The inspector: every field of the selected element (or of the blueprint when nothing is selected)
// with a proper widget, the element's lint findings, and for several selected elements their count
// and the actions they have in common. Every change is an edit through the session's document.
// Sections: shared pieces · blueprint · circle · touchpoint · key factor · standard · several · panel.
#include <algorithm>
#include <cstdio>
#include <optional>
#include <unordered_map>

#include "blueprint/roles.h"
#include "actions.h"
#include "blueprint/convert.h"
#include "blueprint/dates.h"
#include "blueprint/glossary.h"
#include "blueprint/selection_edits.h"
#include "line_breaks.h"
#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>
#include "inspector_layers.h"
#include "panel_state.h"
#include "panel_widgets.h"
#include "panels.h"

namespace ui {

namespace {

// ------------------------------------------------------------------------------- shared pieces
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

template <class T>
void text_field(FieldForm<T>& f, const char* label, const char* id, std::string& value, const char* field) {
    form_label(label);
    f.commit(ImGui::InputText(id, &value), field);
}

// ImGui's multiline field does not wrap, so a long Chinese description ran off its right edge. While
// the field is not being edited its text is shown wrapped (line_breaks.h) in a box of the same id; a
// click there opens the field for typing, caret at the end. True when the value changed.
int caret_to_end(ImGuiInputTextCallbackData* data) {
    bool* pending = static_cast<bool*>(data->UserData);
    if (*pending) {
        data->CursorPos = data->SelectionStart = data->SelectionEnd = data->BufTextLen;
        *pending = false;
    }
    return 0;
}

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

template <class T>
void multiline_field(FieldForm<T>& f, const char* label, const char* id, std::string& value, const char* field,
                     int lines = 3) {
    form_label(label);
    f.commit(wrapping_multiline(id, value, lines), field);
}

template <class T, class E>
void enum_field(FieldForm<T>& f, Lang lang, const char* label, const char* id, E& value, const char* field,
                const char* help_key = nullptr) {
    form_label(label);
    if (help_key) leave_room_for_help_marker();
    f.commit(enum_combo(id, value, lang), field, true);
    if (help_key) help_marker(help_key, lang);
}

template <class T>
void check_field(FieldForm<T>& f, const char* label, const char* id, bool& value, const char* field,
                 const char* help_key = nullptr, Lang lang = Lang::Zh) {
    form_label(label);
    f.commit(ImGui::Checkbox(id, &value), field, true);
    if (help_key) help_marker(help_key, lang);
}

template <class T>
void review_date_field(const Context& ctx, FieldForm<T>& f, InspectorState& st, const std::string& element,
                       std::string& value) {
    const Lang lang = ctx.lang();
    form_label(tr(lang, "复审日期", "Review by"));
    const char* plus_year = tr(lang, "+1 年", "+1 year");
    ImGui::SetNextItemWidth(-(ImGui::CalcTextSize(plus_year).x + ImGui::GetStyle().FramePadding.x * 2 +
                              ImGui::GetStyle().ItemSpacing.x));
    DateDraft draft{st.date_draft_element, st.date_draft_text};
    f.commit(date_field("##review_by", value, draft, element, lang), "review_by");
    st.date_draft_element = draft.element;
    st.date_draft_text = draft.text;
    ImGui::SameLine();
    if (ImGui::Button(plus_year)) {
        value = bp::add_years(bp::valid_date(value) ? value : bp::today_local(), 1);
        st.date_draft_element.clear();
        st.date_draft_text.clear();
        f.commit(true, "review_by", true);
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr(lang, "复审日期推后一年（未设置时从今天算起）",
                                   "Move the review date one year on (from today when not set)"));
    date_warning(draft, element, value, lang);
}

// ------------------------------------------------------------------------------------ blueprint
void draw_roles(const Context& ctx, FieldForm<bp::Blueprint>& f, InspectorState& st) {
    const Lang lang = ctx.lang();
    ImGui::SeparatorText(tr(lang, "服务角色", "Roles"));
    const bp::RoleUsage& uses = ctx.doc().role_usage();
    auto& roles = f.value().roles;
    int remove_at = -1;
    if (ImGui::BeginTable("##roles", 4, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
        ImGui::TableSetupColumn(tr(lang, "名称", "Name"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(tr(lang, "英文名", "English name"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(tr(lang, "使用", "Used"), ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("##remove", ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableHeadersRow();
        for (int i = 0; i < (int)roles.size(); ++i) {
            const std::string rid = roles[i].id.value;
            ImGui::PushID(rid.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            f.commit(ImGui::InputText("##name", &roles[i].name), "role/" + rid + "/name");
            ImGui::TableNextColumn();
            ImGui::SetNextItemWidth(-FLT_MIN);
            f.commit(ImGui::InputText("##name_en", &roles[i].name_en), "role/" + rid + "/name_en");
            ImGui::TableNextColumn();
            const bp::RoleUsage::Count use = uses.of(roles[i].id);
            ImGui::AlignTextToFramePadding();
            ImGui::Text("%d / %d", use.touchpoints, use.standards);
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip(tr(lang, "%d 个触点，%d 条标准", "%d touchpoints, %d standards"), use.touchpoints,
                                  use.standards);
            ImGui::TableNextColumn();
            if (ImGui::SmallButton(tr(lang, "删除", "Remove"))) {
                // The model decides: a role still in use is refused, with the reason shown here.
                if (bp::Proposal p = bp::remove_role(ctx.model(), roles[i].id)) remove_at = i;
                else st.role_message = p.refused.in(lang);
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (remove_at >= 0) {
        roles.erase(roles.begin() + remove_at);
        st.role_message.clear();
        f.commit(true, "roles", true);
    }
    if (ImGui::Button(tr(lang, "添加角色", "Add role"))) {
        bp::Role role;
        role.id = bp::RoleId(ctx.doc().new_id("role"));
        role.name = tr(lang, "新角色", "New role");
        roles.push_back(role);
        st.role_message.clear();
        f.commit(true, "roles", true);
    }
    if (!st.role_message.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.45f, 0.40f, 1));
        ImGui::TextWrapped("%s", st.role_message.c_str());
        ImGui::PopStyleColor();
    }
}

void draw_blueprint(const Context& ctx, InspectorState& st) {
    const Lang lang = ctx.lang();
    const bp::Blueprint& doc = ctx.model();
    blueprint_heading(ctx, doc.id.value);
    FieldForm<bp::Blueprint> f(ctx, doc, "blueprint");
    auto& v = f.value();
    if (begin_form("##fields")) {
        text_field(f, tr(lang, "名称", "Name"), "##name", v.name, "name");
        multiline_field(f, tr(lang, "描述", "Description"), "##description", v.description, "description");
        text_field(f, tr(lang, "行业", "Industry"), "##industry", v.industry, "industry");
        form_label(tr(lang, "内容语言", "Content language"));
        f.commit(ImGui::InputTextWithHint("##language", "zh-CN", &v.language, ImGuiInputTextFlags_CharsNoBlank),
                 "language");
        end_form();
    }
    draw_roles(ctx, f, st);
    const bp::Counts n = bp::count(doc);
    ImGui::Spacing();
    ImGui::TextDisabled(tr(lang, "%d 个服务圈 · %d 个触点 · %d 个关键因素 · %d 条标准",
                           "%d circles · %d touchpoints · %d key factors · %d standards"),
                        (int)n.circles, (int)n.touchpoints, (int)n.key_factors, (int)n.standards);
    element_findings(ctx, doc.id);
}

// --------------------------------------------------------------------------------------- circle
void draw_circle(const Context& ctx, const bp::Path& p) {
    const Lang lang = ctx.lang();
    const bp::Circle& circle = ctx.model().circles[p.circle];
    heading(ctx, circle.id);
    FieldForm<bp::Circle> f(ctx, circle, circle.id.value);
    auto& v = f.value();
    if (begin_form("##fields")) {
        text_field(f, tr(lang, "名称", "Name"), "##name", v.name, "name");
        multiline_field(f, tr(lang, "描述", "Description"), "##description", v.description, "description");
        form_label(tr(lang, "位置", "Position"));
        double xy[2] = {v.position.x, v.position.y};
        const bool moved = ImGui::InputScalarN("##position", ImGuiDataType_Double, xy, 2, nullptr, nullptr, "%.0f");
        if (moved) v.position = {xy[0], xy[1]};
        f.commit(moved, "position");
        form_label(tr(lang, "半径", "Radius"));
        double radius = v.radius;
        const bool resized = ImGui::InputScalar("##radius", ImGuiDataType_Double, &radius, nullptr, nullptr, "%.0f");
        if (resized) v.radius = std::clamp(radius, 40.0, 100000.0);
        f.commit(resized, "radius");
        end_form();
    }
    char title[96];
    std::snprintf(title, sizeof title, tr(lang, "%s（%d）", "%s (%d)"), tr(lang, "触点（顾客顺序）", "Touchpoints (customer's order)"),
                  (int)circle.touchpoints.size());
    ImGui::SeparatorText(title);
    for (int i = 0; i < (int)circle.touchpoints.size(); ++i) {
        const bp::Touchpoint& t = circle.touchpoints[i];
        element_link(ctx, t.id, std::to_string(i + 1) + ". " + t.name);
    }
    element_findings(ctx, circle.id);
}

// ----------------------------------------------------------------------------------- touchpoint
void draw_touchpoint(const Context& ctx, const bp::Path& p) {
    const Lang lang = ctx.lang();
    const bp::Blueprint& doc = ctx.model();
    const bp::Touchpoint& tp = bp::touchpoint_at(doc, p);
    heading(ctx, tp.id);
    breadcrumb(ctx, p, bp::ElementKind::Touchpoint);
    ImGui::SameLine();
    ImGui::TextDisabled(tr(lang, "第 %d 步", "step %d"), p.touchpoint + 1);

    FieldForm<bp::Touchpoint> f(ctx, tp, tp.id.value);
    auto& v = f.value();
    if (begin_form("##fields")) {
        text_field(f, tr(lang, "名称", "Name"), "##name", v.name, "name");
        multiline_field(f, tr(lang, "描述", "Description"), "##description", v.description, "description");
        form_label(tr(lang, "服务角色", "Role"));
        f.commit(role_combo("##role", doc, v.role, lang), "role", true);
        enum_field(f, lang, tr(lang, "渠道", "Channel"), "##channel", v.channel, "channel");
        enum_field(f, lang, tr(lang, "泳道", "Lane"), "##lane", v.lane, "lane");

        form_label(tr(lang, "顾客感受", "Customer feeling"));
        const ImVec4 colour = feeling_colour(v.feeling);
        ImGui::PushStyleColor(ImGuiCol_SliderGrab, colour);
        ImGui::PushStyleColor(ImGuiCol_SliderGrabActive, colour);
        char format[64];
        std::snprintf(format, sizeof format, "%%+d  %s", feeling_word(v.feeling, lang));
        const bool feeling_changed = ImGui::SliderInt("##feeling", &v.feeling, -2, 2, format, ImGuiSliderFlags_AlwaysClamp);
        ImGui::PopStyleColor(2);
        f.commit(feeling_changed, "feeling");

        form_label(tr(lang, "时长", "Duration"));
        const char* minutes = tr(lang, "分钟", "min");
        width_before_unit(minutes);
        double duration = v.duration_minutes;
        const bool timed = ImGui::InputScalar("##duration", ImGuiDataType_Double, &duration, nullptr, nullptr, "%g");
        if (timed) v.duration_minutes = std::clamp(duration, 0.0, 24.0 * 60);
        f.commit(timed, "duration");
        unit_after(minutes);

        check_field(f, tr(lang, "等待点", "Wait point"), "##wait_point", v.wait_point, "wait_point", "wait_point", lang);
        check_field(f, tr(lang, "失误点", "Fail point"), "##fail_point", v.fail_point, "fail_point", "fail_point", lang);
        multiline_field(f, tr(lang, "补救措施", "Mitigation"), "##mitigation", v.mitigation, "mitigation", 2);
        end_form();
    }

    char title[96];
    std::snprintf(title, sizeof title, tr(lang, "%s（%d）", "%s (%d)"), tr(lang, "关键因素", "Key factors"), (int)tp.key_factors.size());
    ImGui::SeparatorText(title);
    for (const bp::KeyFactor& k : tp.key_factors) {
        char counts[64];
        std::snprintf(counts, sizeof counts, tr(lang, "  · %d 条标准", "  · standards: %d"), (int)k.standards.size());
        element_link(ctx, k.id, k.name + counts);
    }
    element_findings(ctx, tp.id);
}

// ----------------------------------------------------------------------------------- key factor
void draw_key_factor(const Context& ctx, const bp::Path& p) {
    const Lang lang = ctx.lang();
    const bp::KeyFactor& kf = bp::key_factor_at(ctx.model(), p);
    const bp::KeyFactorId kf_id = kf.id;
    heading(ctx, kf.id);
    breadcrumb(ctx, p, bp::ElementKind::KeyFactor);

    FieldForm<bp::KeyFactor> f(ctx, kf, kf.id.value);
    auto& v = f.value();
    if (begin_form("##fields")) {
        text_field(f, tr(lang, "名称", "Name"), "##name", v.name, "name");
        multiline_field(f, tr(lang, "顾客期望", "Expectation"), "##expectation", v.expectation, "expectation", 2);
        enum_field(f, lang, term_label(bp::glossary::pillar, lang).c_str(), "##element", v.element, "element", "pillar");
        enum_field(f, lang, tr(lang, "BPM 因素", "BPM factor"), "##bpm", v.bpm, "bpm", "bpm");
        enum_field(f, lang, tr(lang, "质量维度", "Quality dimension"), "##dimension", v.dimension, "dimension", "dimension");
        form_label(tr(lang, "重要程度", "Importance"));
        f.commit(ImGui::SliderInt("##importance", &v.importance, 1, 5, "%d / 5", ImGuiSliderFlags_AlwaysClamp),
                 "importance");
        form_label(tr(lang, "卡片位置", "Card position"));
        bool manual = v.card_offset.has_value();
        if (ImGui::Checkbox(tr(lang, "手动##manual_card", "Manual##manual_card"), &manual)) {
            if (manual)
                v.card_offset = bp::Vec2{};
            else
                v.card_offset.reset();
            f.commit(true, "card_offset", true);
        }
        if (v.card_offset) {
            ImGui::SameLine();
            ImGui::SetNextItemWidth(-FLT_MIN);
            double xy[2] = {v.card_offset->x, v.card_offset->y};
            const bool moved = ImGui::InputScalarN("##card_offset", ImGuiDataType_Double, xy, 2, nullptr, nullptr, "%.0f");
            if (moved) v.card_offset = bp::Vec2{xy[0], xy[1]};
            f.commit(moved, "card_offset");
        }
        end_form();
    }

    const bp::KeyFactor& now = bp::key_factor_at(ctx.model(), p);
    char title[96];
    std::snprintf(title, sizeof title, tr(lang, "%s（%d）", "%s (%d)"), tr(lang, "服务标准", "Standards"), (int)now.standards.size());
    ImGui::SeparatorText(title);
    for (const bp::Standard& s : now.standards) element_link(ctx, s.id, s.statement);
    if (ImGui::Button(tr(lang, "转换为标准", "Convert to standard"))) {
        bp::EditPtr edit = bp::convert_one(ctx.doc(), kf_id, ctx.lang(), bp::today_local());
        if (edit && ctx.doc().apply(std::move(edit))) {
            ctx.doc().seal();
        } else {
            ctx.tell("没有为这个关键因素生成标准。", "No standard was proposed for this key factor.");
        }
        return;  // the key factor's standards changed: draw from the new document next frame
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr(lang, "按关键因素的分类生成一条可衡量的标准草稿",
                                   "Propose a measurable draft standard from the key factor's classification"));
    element_findings(ctx, kf_id);
}

// ------------------------------------------------------------------------------------- standard
// The survey question and its scale belong to soft standards (what customers are asked). A hard one
// shows them only while it still holds them (say, just switched from soft), so nothing is hidden unseen.
bool shows_survey_fields(const bp::Standard& s) {
    const bp::Target defaults;
    return s.type == bp::StandardType::Soft || !s.target.survey_question.empty() ||
           s.target.scale_min != defaults.scale_min || s.target.scale_max != defaults.scale_max;
}

void draw_standard(const Context& ctx, const bp::Path& p, InspectorState& st) {
    const Lang lang = ctx.lang();
    const bp::Blueprint& doc = ctx.model();
    const bp::Standard& s = bp::standard_at(doc, p);
    heading(ctx, s.id);
    breadcrumb(ctx, p, bp::ElementKind::Standard);

    FieldForm<bp::Standard> f(ctx, s, s.id.value);
    auto& v = f.value();
    const bp::StandardId id = s.id;
    if (begin_form("##fields")) {
        multiline_field(f, tr(lang, "标准陈述", "Statement"), "##statement", v.statement, "statement", 3);
        enum_field(f, lang, tr(lang, "类型", "Type"), "##type", v.type, "type",
                   v.type == bp::StandardType::Hard ? "hard_standard" : "soft_standard");
        enum_field(f, lang, term_label(bp::glossary::standard_kind, lang).c_str(), "##kind", v.kind, "kind");  // format 4
        end_form();
    }

    ImGui::SeparatorText(tr(lang, "目标", "Target"));
    if (begin_form("##target")) {
        bp::Target& t = v.target;
        text_field(f, tr(lang, "指标", "Metric"), "##metric", t.metric, "metric");
        text_field(f, tr(lang, "单位", "Unit"), "##unit", t.unit, "unit");
        form_label(tr(lang, "比较", "Comparator"));
        f.commit(enum_combo("##comparator", t.comparator, lang), "comparator", true);

        form_label(tr(lang, "目标值", "Target value"));
        bool has_value = t.value.has_value();
        if (ImGui::Checkbox("##has_value", &has_value)) {
            if (has_value)
                t.value = 0.0;
            else
                t.value.reset();
            f.commit(true, "value", true);
        }
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", tr(lang, "是否设定目标值", "Whether a target value is set"));
        ImGui::SameLine();
        if (t.value) {
            const std::string unit = t.unit.empty() ? std::string(" ") : t.unit;
            width_before_unit(unit.c_str());
            double value = *t.value;
            const bool changed = ImGui::InputDouble("##value", &value, 0, 0, "%g");
            if (changed) t.value = value;
            f.commit(changed, "value");
            unit_after(unit.c_str());
        } else {
            ImGui::AlignTextToFramePadding();
            ImGui::TextDisabled("%s", tr(lang, "（未设定）", "(not set)"));
        }

        form_label(tr(lang, "达标比例", "Compliance"));
        double percent = t.compliance * 100.0;
        const double zero = 0, hundred = 100;
        const bool compliance_changed = ImGui::SliderScalar("##compliance", ImGuiDataType_Double, &percent, &zero,
                                                            &hundred, "%.1f %%", ImGuiSliderFlags_AlwaysClamp);
        if (compliance_changed) t.compliance = std::clamp(percent / 100.0, 0.0, 1.0);
        f.commit(compliance_changed, "compliance");

        form_label(tr(lang, "统计方式", "Aggregation"));
        f.commit(enum_combo("##aggregation", t.aggregation, lang), "aggregation", true);
        if (t.aggregation == bp::Aggregation::Average) {
            form_label("");
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.70f, 0.30f, 1));
            ImGui::TextWrapped("%s", tr(lang, "误区3：平均值会掩盖差的个案，请设定每次都要达到的目标和达标比例。",
                                        "Pitfall 3: an average hides bad cases; set a per-occurrence target and "
                                        "a compliance share."));
            ImGui::PopStyleColor();
        }
        if (shows_survey_fields(v)) {
            text_field(f, tr(lang, "调查问题", "Survey question"), "##survey_question", t.survey_question,
                       "survey_question");
            form_label(tr(lang, "评分范围", "Scale"));
            int scale[2] = {t.scale_min, t.scale_max};
            const bool scale_changed = ImGui::InputInt2("##scale", scale);
            if (scale_changed && scale[0] < scale[1]) {
                t.scale_min = scale[0];
                t.scale_max = scale[1];
            }
            f.commit(scale_changed && scale[0] < scale[1], "scale");
            if (v.type == bp::StandardType::Hard) {
                form_label("");
                ImGui::TextDisabled("%s", tr(lang, "硬标准不用调查问题和量表；清空后不再显示。",
                                             "A hard standard uses no survey question or scale; clear them to hide them."));
            }
        }
        end_form();
    }
    {
        const bp::Target& t = v.target;
        std::string summary = std::string(bp::comparator_symbol(t.comparator)) + " ";
        if (t.value) {
            char number[64];
            std::snprintf(number, sizeof number, "%g", *t.value);
            summary += number;
        } else {
            summary += "?";
        }
        summary += " " + t.unit;
        char share[64];
        std::snprintf(share, sizeof share, tr(lang, " · %.0f%% 的情况达标", " · in %.0f%% of cases"),
                      t.compliance * 100.0);
        ImGui::TextDisabled("%s%s", summary.c_str(), share);
        // Read-only: where the number came from (the converter says so; typed by hand says nothing).
        if (const std::string source = bp::number_source_text(v, lang); !source.empty())
            ImGui::TextDisabled("%s%s", tr(lang, "数字来源：", "Source of the number: "), source.c_str());
        if (v.number_source != bp::NumberSource::Unset && !v.agreed_with_staff && !v.review_by.empty())
            ImGui::TextDisabled(tr(lang, "复审日期 %s 为草案值，与员工商定后再确认", "Review date %s is a draft value, to confirm with staff"),
                                v.review_by.c_str());
    }

    ImGui::SeparatorText(term_label(bp::glossary::measurement, lang).c_str());
    if (begin_form("##measurement")) {
        enum_field(f, lang, tr(lang, "方法", "Method"), "##method", v.measurement.method, "method");
        enum_field(f, lang, tr(lang, "频率", "Frequency"), "##frequency", v.measurement.frequency, "frequency");
        text_field(f, tr(lang, "数据来源", "Data source"), "##data_source", v.measurement.data_source, "data_source");
        end_form();
    }

    ImGui::SeparatorText(tr(lang, "责任与复审", "Ownership and review"));
    if (begin_form("##ownership")) {
        form_label(term_label(bp::glossary::owner, lang).c_str());
        f.commit(role_combo("##owner", doc, v.owner, lang), "owner", true);
        check_field(f, tr(lang, "对顾客公开", "Customer-visible"), "##customer_visible", v.customer_visible,
                    "customer_visible");
        review_date_field(ctx, f, st, id.value, v.review_by);
        check_field(f, term_label(bp::glossary::agreed_with_staff, lang).c_str(), "##agreed_with_staff", v.agreed_with_staff,
                    "agreed_with_staff");
        check_field(f, tr(lang, "已批准", "Approved"), "##approved", v.approved, "approved");
        end_form();
    }
    element_findings(ctx, id);
}

// -------------------------------------------------------------------------------------- several
void draw_several(const Context& ctx) {
    using bp::ElementKind;
    const Lang lang = ctx.lang();
    std::vector<std::pair<bp::ElementId, bp::Location>> items;  // those still in the document
    std::unordered_map<ElementKind, int> counts;
    int missing = 0;
    for (const bp::ElementId& id : ctx.selection.ids) {
        if (auto at = ctx.locate(id)) {
            ++counts[at->kind];
            items.emplace_back(id, *at);
        } else {
            ++missing;
        }
    }
    ImGui::Text(tr(lang, "已选择 %d 个元素", "%d elements selected"), (int)ctx.selection.ids.size());
    for (ElementKind k : {ElementKind::Circle, ElementKind::Touchpoint, ElementKind::KeyFactor, ElementKind::Standard})
        if (counts[k]) ImGui::BulletText("%s: %d", kind_label(k, lang), counts[k]);
    if (missing) ImGui::BulletText("%s: %d", tr(lang, "已不存在", "No longer present"), missing);

    ImGui::SeparatorText(tr(lang, "共同操作", "Common actions"));
    const bp::Blueprint& doc = ctx.model();
    const int n = (int)ctx.selection.ids.size();
    auto apply = [&](bp::EditPtr edit) {
        if (edit && ctx.doc().apply(std::move(edit))) ctx.doc().seal();
    };
    if (counts[ElementKind::Touchpoint] == n) {
        bp::RoleId role;
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
        const std::string label = std::string(tr(lang, "设为", "Set ")) + std::string(bp::glossary::role.in(lang)) + "##all_roles";
        if (role_combo(label.c_str(), doc, role, lang)) apply(bp::set_touchpoint_roles(ctx.doc(), ctx.selection.ids, role));
    }
    if (counts[ElementKind::Standard] == n) {
        bp::RoleId owner;
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
        const std::string label = std::string(tr(lang, "设为", "Set ")) + std::string(bp::glossary::owner.in(lang)) + "##all_owners";
        if (role_combo(label.c_str(), doc, owner, lang)) apply(bp::set_standard_owners(ctx.doc(), ctx.selection.ids, owner));
        std::optional<bool> visible;
        if (ImGui::Button(tr(lang, "全部对顾客公开", "Make all customer-visible"))) visible = true;
        ImGui::SameLine();
        if (ImGui::Button(tr(lang, "全部不公开", "Make all internal"))) visible = false;
        if (visible) apply(bp::set_customer_visible(ctx.doc(), ctx.selection.ids, *visible));
    }
    if (counts[ElementKind::KeyFactor] + counts[ElementKind::Touchpoint] > 0) {
        if (ImGui::Button(tr(lang, "转换为标准", "Convert to standards"))) {
            actions::convert_selection(ctx);
            return;
        }
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", tr(lang, "为所选关键因素（及所选触点的关键因素）中没有标准的生成标准草稿",
                                       "Draft standards for the selected key factors (and those of selected touchpoints) "
                                       "that have none"));
        ImGui::SameLine();
    }
    if (ImGui::Button(tr(lang, "复制一份", "Duplicate"))) {
        actions::duplicate_selection(ctx);
        return;
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(lang, "全部删除", "Delete all"))) {
        actions::delete_selection(ctx);
        return;
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(lang, "取消选择", "Clear selection"))) {
        ctx.selection.clear();
        return;
    }

    ImGui::SeparatorText(tr(lang, "所选元素", "Selected"));
    for (const auto& [id, at] : items) {
        std::string text = std::string(kind_label(at.kind, lang)) + ": " + bp::name_at(doc, at);
        element_link(ctx, id, text);
    }
}

}  // namespace

// ---------------------------------------------------------------------------------------- panel
void draw_inspector(const Context& ctx, PanelState& state) {
    const Lang lang = ctx.lang();
    InspectorState& st = state.inspector;
    if (ctx.selection.ids.size() > 1) {
        draw_several(ctx);
    } else if (const bp::ElementId* id = ctx.selection.primary()) {
        const bp::ElementId selected = *id;  // the selection may change while drawing
        const auto at = ctx.locate(selected);
        ImGui::PushID(selected.str().c_str());
        if (!at) {
            ImGui::TextDisabled(tr(lang, "所选元素 %s 已不存在。", "The selected element %s no longer exists."),
                                selected.str().c_str());
        } else {
            switch (at->kind) {
                case bp::ElementKind::Circle: draw_circle(ctx, at->path); break;
                case bp::ElementKind::Touchpoint: draw_touchpoint(ctx, at->path); break;
                case bp::ElementKind::KeyFactor: draw_key_factor(ctx, at->path); break;
                case bp::ElementKind::Standard: draw_standard(ctx, at->path, st); break;
                case bp::ElementKind::Activity: draw_activity_inspector(ctx, at->path); break;
                case bp::ElementKind::Handoff: draw_handoff_inspector(ctx, at->path); break;
                default: draw_blueprint(ctx, st); break;  // the blueprint itself (a role is edited in its table)
            }
        }
        ImGui::PopID();
    } else {
        ImGui::PushID("blueprint");
        draw_blueprint(ctx, st);
        ImGui::PopID();
    }
}

}  // namespace ui
