// The lint panel: the live findings of the open blueprint (the session's findings, cached per revision),
// counted per severity, filterable by severity, rule and text, sortable by column, clipped for
// thousands of findings. Clicking a finding selects its element and asks the canvas to centre it.
#include <cstdio>

#include <imgui.h>
#include <imgui_stdlib.h>
#include "panel_state.h"
#include "panel_widgets.h"
#include "panels.h"

namespace ui {

namespace {

const bp::RuleInfo* rule_info(const std::string& id) {
    for (const bp::RuleInfo& r : bp::lint_rules())
        if (r.id == id) return &r;
    return nullptr;
}

// Severity toggles with counts, the rule filter and the text filter. True when the filter changed.
bool draw_filters(const Context& ctx, LintFilter& filter, const std::vector<bp::Finding>& findings) {
    const Lang lang = ctx.lang();
    bool changed = false;
    const auto counts = count_by_severity(findings);
    const bp::Severity severities[] = {bp::Severity::Error, bp::Severity::Warning, bp::Severity::Info};
    for (bp::Severity s : severities) {
        const int i = int(s);
        severity_icon(s);
        char label[64];
        std::snprintf(label, sizeof label, "%s %d###severity%d", severity_label(s, lang), counts[i], i);
        bool shown = filter.severities[i];
        if (ImGui::Checkbox(label, &shown)) {
            filter.severities[i] = shown;
            changed = true;
        }
        ImGui::SameLine(0, ImGui::GetFontSize());
    }

    std::vector<std::pair<std::string, int>> per_rule;  // rule id, count, in lint_rules() order
    for (const bp::RuleInfo& r : bp::lint_rules()) per_rule.emplace_back(r.id, 0);
    for (const bp::Finding& f : findings) {
        bool known = false;
        for (auto& [id, n] : per_rule)
            if (id == f.rule) {
                ++n;
                known = true;
                break;
            }
        if (!known) per_rule.emplace_back(f.rule, 1);
    }
    auto rule_title = [&](const std::string& id) {
        const bp::RuleInfo* r = rule_info(id);
        return r ? (lang == Lang::Zh ? r->title_zh : r->title_en) : id;
    };
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14);
    const std::string preview = filter.rule.empty() ? tr(lang, "全部规则", "All rules") : rule_title(filter.rule);
    if (ImGui::BeginCombo("##rule_filter", preview.c_str())) {
        if (ImGui::Selectable(tr(lang, "全部规则", "All rules"), filter.rule.empty()) && !filter.rule.empty()) {
            filter.rule.clear();
            changed = true;
        }
        for (const auto& [id, n] : per_rule) {
            ImGui::PushID(id.c_str());
            const std::string text = rule_title(id) + " (" + std::to_string(n) + ")";
            if (ImGui::Selectable(text.c_str(), filter.rule == id) && filter.rule != id) {
                filter.rule = id;
                changed = true;
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
    if (ImGui::InputTextWithHint("##text_filter", tr(lang, "搜索…", "Search…"), &filter.text)) changed = true;
    return changed;
}

}  // namespace

void draw_lint_panel(const Context& ctx, PanelState& state) {
    const Lang lang = ctx.lang();
    LintPanelState& st = state.lint;
    const std::vector<bp::Finding>& findings = ctx.findings();
    if (draw_filters(ctx, st.filter, findings)) st.rows_dirty = true;

    auto rebuild_if_needed = [&] {
        if (!st.rows_dirty && st.rows_revision == ctx.doc().revision() && st.chinese == ctx.zh()) return;
        st.rows = build_lint_rows(findings, ctx.model(), ctx.doc().locator(), st.filter, st.sort, ctx.zh());
        st.rows_revision = ctx.doc().revision();
        st.chinese = ctx.zh();
        st.rows_dirty = false;
    };
    rebuild_if_needed();

    if (findings.empty()) {
        ImGui::TextDisabled("%s", tr(lang, "没有发现问题。", "No findings."));
        return;
    }
    ImGui::TextDisabled(tr(lang, "显示 %d / %d 条", "Showing %d of %d"), (int)st.rows.size(), (int)findings.size());

    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_SortMulti | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("##findings", int(LintColumn::Count), flags)) {
        ImGui::TableSetupColumn(tr(lang, "级别", "Severity"),
                                ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_DefaultSort,
                                ImGui::GetFontSize() * 5, ImGuiID(LintColumn::Severity));
        ImGui::TableSetupColumn(tr(lang, "规则", "Rule"), ImGuiTableColumnFlags_WidthStretch, 1.2f,
                                ImGuiID(LintColumn::Rule));
        ImGui::TableSetupColumn(tr(lang, "说明", "Message"), ImGuiTableColumnFlags_WidthStretch, 3.0f,
                                ImGuiID(LintColumn::Message));
        ImGui::TableSetupColumn(tr(lang, "元素", "Element"), ImGuiTableColumnFlags_WidthStretch, 1.2f,
                                ImGuiID(LintColumn::Element));
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableHeadersRow();

        if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
            std::vector<LintSortKey> sort;
            for (int i = 0; i < specs->SpecsCount; ++i)
                sort.push_back({LintColumn(specs->Specs[i].ColumnUserID),
                                specs->Specs[i].SortDirection != ImGuiSortDirection_Descending});
            specs->SpecsDirty = false;
            if (!(sort == st.sort)) {
                st.sort = std::move(sort);
                st.rows_dirty = true;
                rebuild_if_needed();
            }
        }

        ImGuiListClipper clipper;
        clipper.Begin((int)st.rows.size());
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const int index = st.rows[i];
                if (index < 0 || index >= (int)findings.size()) continue;
                const bp::Finding& f = findings[index];
                const bp::ElementId& element = f.element;
                const auto at = ctx.locate(element);
                ImGui::TableNextRow();
                ImGui::PushID(i);

                ImGui::TableNextColumn();
                const bool selected = !element.empty() && ctx.selection.contains(element);
                severity_icon(f.severity);
                if (ImGui::Selectable((std::string(severity_label(f.severity, lang)) + "###finding").c_str(), selected,
                                      ImGuiSelectableFlags_SpanAllColumns)) {
                    if (!at || at->kind == bp::ElementKind::Blueprint)
                        ctx.selection.clear();  // the blueprint itself: the inspector shows it with nothing selected
                    else
                        select_and_focus(ctx, element);
                }

                ImGui::TableNextColumn();
                const bp::RuleInfo* rule = rule_info(f.rule);
                ImGui::TextUnformatted(rule ? (lang == Lang::Zh ? rule->title_zh : rule->title_en).c_str() : f.rule.c_str());
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", f.rule.c_str());

                ImGui::TableNextColumn();
                const std::string& message = lang == Lang::Zh ? f.message_zh : f.message_en;
                ImGui::TextUnformatted(message.c_str());
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", message.c_str());

                ImGui::TableNextColumn();
                const std::string name = at ? bp::name_at(ctx.model(), *at) : element.str();
                ImGui::TextDisabled("%s", kind_label(element.empty() ? bp::ElementKind::Blueprint : element.kind(), lang));
                ImGui::SameLine();
                ImGui::TextUnformatted(name.c_str());

                ImGui::PopID();
            }
        }
        ImGui::EndTable();
    }
}

}  // namespace ui
