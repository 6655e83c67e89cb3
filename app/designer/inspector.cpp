// The inspector: every field of the selected element (or of the blueprint when nothing is selected)
// with a proper widget, the element's lint findings, and for several selected elements their count
// and the actions they have in common. Every change is an edit through the session's document.
// The shared pieces are in inspector_form.h; a standard's section, the roles' and the layers' are in
// files of their own (inspector_standard.cpp, inspector_roles.cpp, inspector_layers.cpp).
// Sections: blueprint · circle · touchpoint · key factor · several · panel.
#include <algorithm>
#include <cstdio>
#include <optional>
#include <unordered_map>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "actions.h"
#include "blueprint/convert.h"
#include "blueprint/dates.h"
#include "blueprint/glossary.h"
#include "blueprint/selection_edits.h"
#include "inspector_form.h"
#include "inspector_layers.h"
#include "panel_state.h"
#include "panel_widgets.h"
#include "panels.h"

namespace ui {

namespace {

using namespace inspector;

// ------------------------------------------------------------------------------------ blueprint
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
    draw_roles_table(ctx, f, st);
    const bp::Counts& n = ctx.session.counts();
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
                case bp::ElementKind::Role: draw_role(ctx, at->role, st); break;
                default: draw_blueprint(ctx, st); break;  // the blueprint itself
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
