// The inspector's sections for roles: the blueprint's table of roles (name, English name, how many use
// it, remove, add) and one selected role's own fields — its duties in order, whom it reports and
// escalates to. Every change goes through the model (blueprint/roles.h), which refuses with a reason
// shown under the form.
// Sections: the table · one role.
#include <cstdio>
#include <string>

#include "blueprint/glossary.h"
#include "blueprint/roles.h"
#include "inspector_form.h"
#include "line_list.h"
#include "trainer_view.h"

namespace ui::inspector {

namespace {
// Why the model refused the last change, under the form it was made in.
void refusal(const std::string& message) {
    if (message.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.45f, 0.40f, 1));
    ImGui::TextWrapped("%s", message.c_str());
    ImGui::PopStyleColor();
}
}  // namespace

// ------------------------------------------------------------------------------------- the table
void draw_roles_table(const Context& ctx, FieldForm<bp::Blueprint>& f, InspectorState& st) {
    const Lang lang = ctx.lang();
    ImGui::SeparatorText(tr(lang, "服务角色", "Roles"));
    const bp::RoleUsage& uses = ctx.doc().role_usage();
    auto& roles = f.value().roles;
    int remove_at = -1;
    if (ImGui::BeginTable("##roles", 5, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
        ImGui::TableSetupColumn(tr(lang, "名称", "Name"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(tr(lang, "英文名", "English name"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
        ImGui::TableSetupColumn(tr(lang, "使用", "Used"), ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("##details", ImGuiTableColumnFlags_WidthFixed);
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
            // The role's own fields (duties, whom it reports and escalates to) are in its own section.
            if (ImGui::SmallButton((std::string(tr(lang, "职责…", "Duties…")) + "###details").c_str()))
                ctx.selection.set(roles[i].id);
            if (ImGui::IsItemHovered())
                ImGui::SetTooltip("%s", tr(lang, "编辑岗位职责、汇报对象和升级对象", "Edit the duties, whom it reports to and escalates to"));
            ImGui::TableNextColumn();
            if (ImGui::SmallButton(tr(lang, "删除", "Remove"))) {
                // The model decides: a role still in use is refused, with the reason shown here.
                if (bp::Proposal p = bp::remove_role(ctx.model(), roles[i].id)) {
                    remove_at = i;
                } else {
                    st.role_message = p.refused.in(lang);
                    st.role_message_for.clear();
                }
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
    if (st.role_message_for.empty()) refusal(st.role_message);
}

// ------------------------------------------------------------------------------------- one role
namespace {

// One role's fields as a proposal (bp::change_role): the model refuses a role that reports or escalates to
// itself or closes a reporting cycle, and the reason is kept to show under the form.
class RoleForm {
public:
    RoleForm(const Context& ctx, const bp::Role& role, InspectorState& st) : ctx_(ctx), st_(st), before_(role), value_(role) {}
    bp::Role& value() { return value_; }

    // As FieldForm::commit: typing in one field merges into one step until the field is left.
    void commit(bool changed, const char* field, bool once = false) {
        if (changed) {
            bp::Proposal p = bp::change_role(ctx_.model(), value_);
            const std::string key = "blueprint/role/" + value_.id.value + "/" + field;  // as the table's name fields
            if (p && ctx_.doc().apply(std::move(p.edit), key)) {
                before_ = value_;
                st_.role_message.clear();
            } else {
                if (!p) {
                    st_.role_message = p.refused.in(ctx_.lang());
                    st_.role_message_for = value_.id.value;
                }
                value_ = before_;
            }
            if (once) ctx_.doc().seal();
        }
        if (ImGui::IsItemDeactivated()) ctx_.doc().seal();
    }

private:
    const Context& ctx_;
    InspectorState& st_;
    bp::Role before_, value_;
};

// The moments the role serves, as links, so the trainer sees what its card will hold.
void role_moments(const Context& ctx, const bp::RoleId& role) {
    const Lang lang = ctx.lang();
    const bp::RoleUse use = bp::role_uses(ctx.model(), role);
    char title[96];
    std::snprintf(title, sizeof title, tr(lang, "%s（%d）", "%s (%d)"), tr(lang, "服务的触点", "Moments it serves"),
                  int(use.touchpoints.size()));
    ImGui::SeparatorText(title);
    for (const bp::TouchpointId& t : use.touchpoints)
        if (const auto at = ctx.locate(t)) element_link(ctx, t, bp::name_at(ctx.model(), *at));
    ImGui::TextDisabled(tr(lang, "负责 %d 条标准", "Owns %d standards"), int(use.standards.size()));
}

}  // namespace

void draw_role(const Context& ctx, int index, InspectorState& st) {
    const Lang lang = ctx.lang();
    const bp::Blueprint& doc = ctx.model();
    const bp::Role& role = doc.roles[size_t(index)];
    const bp::RoleId id = role.id;  // the role may change while drawing
    heading(ctx, id);
    if (ImGui::SmallButton(tr(lang, "← 蓝图的全部角色", "← All roles of the blueprint"))) {
        ctx.selection.clear();
        return;
    }
    RoleForm f(ctx, role, st);
    bp::Role& v = f.value();
    if (begin_form("##fields")) {
        form_label(tr(lang, "名称", "Name"));
        f.commit(ImGui::InputText("##name", &v.name), "name");
        form_label(tr(lang, "英文名", "English name"));
        f.commit(ImGui::InputText("##name_en", &v.name_en), "name_en");
        // Every role is offered, itself too: the model says why a choice cannot be.
        form_label(term_label(bp::glossary::reports_to, lang).c_str());
        f.commit(role_combo("##reports_to", doc, v.reports_to, lang), "reports_to", true);
        form_label(term_label(bp::glossary::escalates_to, lang).c_str());
        f.commit(role_combo("##escalates_to", doc, v.escalates_to, lang), "escalates_to", true);
        end_form();
    }
    if (st.role_message_for == id.value) refusal(st.role_message);

    char title[96];
    std::snprintf(title, sizeof title, tr(lang, "%s（%d）", "%s (%d)"), term_label(bp::glossary::duties, lang).c_str(),
                  int(v.duties.size()));
    ImGui::SeparatorText(title);
    ImGui::PushID("##duties");
    const LineEdit duties = line_list(ctx, v.duties, tr(lang, "+ 添加职责", "+ Add a duty"), tr(lang, "（新的职责）", "(new duty)"));
    ImGui::PopID();
    f.commit(duties != LineEdit::None, "duties", duties == LineEdit::Changed);

    role_moments(ctx, id);
    ImGui::Spacing();
    if (ImGui::Button(tr(lang, "导出岗位卡（HTML）", "Role card (HTML)"))) export_role_card(ctx, id, true);
    ImGui::SameLine();
    if (ImGui::Button(tr(lang, "导出岗位卡（Markdown）", "Role card (Markdown)"))) export_role_card(ctx, id, false);
}

}  // namespace ui::inspector
