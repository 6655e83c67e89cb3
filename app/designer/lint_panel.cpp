// The lint panel: the live findings of the open blueprint (the session's findings, cached per revision),
// counted per severity, filterable by severity, rule and text, sortable by column, clipped for
// thousands of findings. Clicking a finding selects its element and asks the canvas to centre it.
// A finding that is intended can be acknowledged with a note (kept in the document; it is then counted
// apart and shown dimmed); a rule with an obvious fix offers "Fix all (N)"; acknowledgements that no
// longer match a finding can be dropped. The model decides all three (blueprint/lint_actions.h).
#include <algorithm>
#include <cstdio>
#include <optional>

#include <imgui.h>
#include <imgui_stdlib.h>
#include "blueprint/dates.h"
#include "blueprint/lint_actions.h"
#include "blueprint/text.h"
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
    {
        char label[64];
        std::snprintf(label, sizeof label, "%s %d###acknowledged", tr(lang, "已确认", "Acknowledged"),
                      count_acknowledged(findings));
        if (ImGui::Checkbox(label, &filter.acknowledged)) changed = true;
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", tr(lang, "有意保留的检查结果：不再计入错误和警告", "Findings kept on purpose: not counted as errors or warnings"));
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

// An edit the panel asks for while drawing; applied after the table, when no row refers to the findings.
struct PendingEdit {
    bp::EditPtr edit;
    std::string told_zh, told_en;
};

// "Fix all (N)" per rule with an obvious fix, and the stale acknowledgements, recounted per revision.
void draw_actions(const Context& ctx, LintPanelState& st, const std::vector<bp::Finding>& findings,
                  std::optional<PendingEdit>& pending) {
    const Lang lang = ctx.lang();
    if (st.actions_key != ctx.findings_key()) {
        st.fixes.clear();
        const std::string today = bp::today_local();
        for (const bp::RuleInfo& r : bp::lint_rules())
            if (bp::has_fix_all(r.id))
                if (size_t n = bp::fixable_count(ctx.doc(), findings, r.id, today)) st.fixes.emplace_back(r.id, n);
        st.stale = bp::stale_acknowledgements(ctx.model(), findings).size();
        st.actions_key = ctx.findings_key();
    }
    for (const auto& [rule, n] : st.fixes) {
        const bp::RuleInfo* r = rule_info(rule);
        const std::string label = (lang == Lang::Zh ? "修复全部（" + std::to_string(n) + "）" : "Fix all (" + std::to_string(n) + ")") +
                                  tr(lang, "：", ": ") + (r ? r->title(lang) : rule) + "###fix_all_" + rule;
        if (ImGui::SmallButton(label.c_str())) {
            bp::EditPtr edit = bp::fix_all(ctx.doc(), findings, rule, bp::today_local());
            if (edit) pending = PendingEdit{std::move(edit), "已修复 " + std::to_string(n) + " 条，可撤销。",
                                            "Fixed " + std::to_string(n) + "; undo reverts them all."};
        }
        if (ImGui::IsItemHovered() && rule == "ownership.no-review-date")
            ImGui::SetTooltip("%s", tr(lang, "复审日期设为今天起一年后（草案值，与员工商定后确认）",
                                       "Review date set to a year from today (a draft value, to confirm with staff)"));
        else if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", tr(lang, "负责人设为触点的服务角色", "Owner set to the role that serves the touchpoint"));
        ImGui::SameLine();
    }
    if (st.stale > 0) {
        ImGui::TextDisabled(tr(lang, "%d 条确认已不对应任何检查结果", "%d acknowledgements no longer match a finding"),
                            (int)st.stale);
        ImGui::SameLine();
        if (ImGui::SmallButton(tr(lang, "清除###drop_stale", "Drop###drop_stale")))
            if (bp::EditPtr edit = bp::drop_stale_acknowledgements(ctx.model(), findings))
                pending = PendingEdit{std::move(edit), "已清除失效的确认。", "Stale acknowledgements dropped."};
    }
    ImGui::NewLine();
}

// The note for an acknowledgement: a small popup opened from a row's "Acknowledge…" button.
void draw_acknowledge_popup(const Context& ctx, LintPanelState& st, std::optional<PendingEdit>& pending) {
    const Lang lang = ctx.lang();
    if (!ImGui::BeginPopup("###acknowledge")) return;
    ImGui::TextUnformatted(tr(lang, "为什么有意保留？（保存在文档中）", "Why is it intended? (saved in the document)"));
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::InputTextMultiline("##note", &st.acknowledgement_note, ImVec2(ImGui::GetFontSize() * 20, ImGui::GetFontSize() * 4));
    if (ImGui::Button(tr(lang, "确认###acknowledge_ok", "Acknowledge###acknowledge_ok"))) {
        bp::Finding f;
        f.rule = st.acknowledging_rule;
        if (auto id = ctx.doc().locator().resolve(st.acknowledging_element)) f.element = *id;
        else if (st.acknowledging_element == ctx.model().id.value) f.element = ctx.model().id;
        if (!f.element.empty())
            if (bp::EditPtr edit = bp::acknowledge(ctx.model(), f, st.acknowledgement_note))
                pending = PendingEdit{std::move(edit), "", ""};
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(lang, "取消", "Cancel"))) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace

void draw_lint_panel(const Context& ctx, PanelState& state) {
    const Lang lang = ctx.lang();
    LintPanelState& st = state.lint;
    const std::vector<bp::Finding>& findings = ctx.findings();
    std::optional<PendingEdit> pending;
    bool open_note = false;
    if (draw_filters(ctx, st.filter, findings)) st.rows_dirty = true;
    draw_actions(ctx, st, findings, pending);

    auto rebuild_if_needed = [&] {
        if (!st.rows_dirty && st.rows_key == ctx.findings_key() && st.lang == ctx.lang()) return;
        st.rows = build_lint_rows(findings, ctx.model(), ctx.doc().locator(), st.filter, st.sort, ctx.lang());
        st.rows_key = ctx.findings_key();
        st.lang = ctx.lang();
        st.rows_dirty = false;
    };
    rebuild_if_needed();

    auto apply_pending = [&] {
        if (!pending || !pending->edit) return;
        if (ctx.doc().apply(std::move(pending->edit)) && !pending->told_zh.empty())
            ctx.tell(pending->told_zh.c_str(), pending->told_en.c_str());
        st.rows_dirty = true;
    };
    if (findings.empty()) {
        ImGui::TextDisabled("%s", tr(lang, "没有发现问题。", "No findings."));
        apply_pending();
        return;
    }
    ImGui::TextDisabled(tr(lang, "显示 %d / %d 条", "Showing %d of %d"), (int)st.rows.size(), (int)findings.size());

    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_SortMulti | ImGuiTableFlags_Resizable |
                                  ImGuiTableFlags_Hideable |
                                  ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    // Below this width four columns leave the message a sliver: the rule's title moves into the message cell.
    const bool rule_column = ImGui::GetContentRegionAvail().x >= ImGui::GetFontSize() * 48;
    if (ImGui::BeginTable("##findings", int(LintColumn::Count), flags)) {
        // As wide as its header or its widest label with the dot, whichever is wider, and no wider.
        const ImGuiStyle& style = ImGui::GetStyle();
        const char* severity_header = tr(lang, "级别", "Severity");
        float severity_w = ImGui::CalcTextSize(severity_header).x + ImGui::GetFontSize();  // room for the sort arrow
        for (bp::Severity s : {bp::Severity::Error, bp::Severity::Warning, bp::Severity::Info})
            severity_w = std::max(severity_w, ImGui::GetTextLineHeight() + style.ItemSpacing.x +
                                                  ImGui::CalcTextSize(severity_label(s, lang)).x);
        ImGui::TableSetupColumn(severity_header, ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_DefaultSort,
                                severity_w, ImGuiID(LintColumn::Severity));
        // The message is what a finding says: most of the width goes to it, in a bottom panel a third of
        // the window wide too; every column wraps its text rather than cutting it.
        ImGui::TableSetupColumn(tr(lang, "规则", "Rule"), ImGuiTableColumnFlags_WidthStretch, 1.2f,
                                ImGuiID(LintColumn::Rule));
        ImGui::TableSetupColumn(tr(lang, "说明", "Message"), ImGuiTableColumnFlags_WidthStretch, 3.6f,
                                ImGuiID(LintColumn::Message));
        ImGui::TableSetupColumn(tr(lang, "元素", "Element"), ImGuiTableColumnFlags_WidthStretch, 1.4f,
                                ImGuiID(LintColumn::Element));
        ImGui::TableSetColumnEnabled(int(LintColumn::Rule), rule_column);
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
                if (f.acknowledged) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, ImGui::GetStyle().Alpha * 0.55f);
                if (ImGui::Selectable((std::string(severity_label(f.severity, lang)) + "###finding").c_str(), selected,
                                      ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap)) {
                    if (!at || at->kind == bp::ElementKind::Blueprint)
                        ctx.selection.clear();  // the blueprint itself: the inspector shows it with nothing selected
                    else
                        select_and_focus(ctx, element);
                }

                ImGui::TableNextColumn();
                const bp::RuleInfo* rule = rule_info(f.rule);
                const std::string rule_title = rule ? (lang == Lang::Zh ? rule->title_zh : rule->title_en) : f.rule;
                if (rule_column) {
                    ImGui::BeginGroup();
                    wrapped_text(rule_title);
                    ImGui::EndGroup();
                    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", f.rule.c_str());
                }

                ImGui::TableNextColumn();
                if (!rule_column) {  // a narrow panel: the rule heads its message
                    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
                    wrapped_text(rule_title);
                    ImGui::PopStyleColor();
                }
                std::string message = lang == Lang::Zh ? f.message_zh : f.message_en;
                if (f.acknowledged)
                    message = std::string(tr(lang, "【已确认】", "[acknowledged] ")) + message +
                              (f.acknowledgement_note.empty() ? std::string()
                                                              : tr(lang, "  说明：", "  Note: ") + f.acknowledgement_note);
                wrapped_text(message);

                ImGui::TableNextColumn();
                // Short (the whole statement is in the inspector a click away), so the row stays low.
                const std::string name = bp::text::shorten(at ? bp::name_at(ctx.model(), *at) : std::string(), 16, element.str());
                ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
                ImGui::TextUnformatted(kind_label(element.empty() ? bp::ElementKind::Blueprint : element.kind(), lang));
                ImGui::PopStyleColor();
                ImGui::SameLine();
                wrapped_text(name);
                // The action under the name: the name wraps, so it never hides the button.
                if (f.acknowledged) {
                    if (ImGui::SmallButton(tr(lang, "取消确认###unacknowledge", "Withdraw###unacknowledge")))
                        if (bp::EditPtr edit = bp::unacknowledge(ctx.model(), f.rule, f.element.str()))
                            pending = PendingEdit{std::move(edit), "", ""};
                } else if (ImGui::SmallButton(tr(lang, "确认…###acknowledge", "Acknowledge…###acknowledge"))) {
                    st.acknowledging_rule = f.rule;
                    st.acknowledging_element = f.element.str();
                    st.acknowledgement_note.clear();
                    open_note = true;
                }
                if (ImGui::IsItemHovered())
                    ImGui::SetTooltip("%s", f.acknowledged ? tr(lang, "恢复提醒", "Nag about it again")
                                                           : tr(lang, "有意如此：写明原因后不再提醒", "Intended: say why, and it stops nagging"));
                if (f.acknowledged) ImGui::PopStyleVar();

                ImGui::PopID();
            }
        }
        ImGui::EndTable();
    }
    if (open_note) ImGui::OpenPopup("###acknowledge");
    draw_acknowledge_popup(ctx, st, pending);
    apply_pending();
}

}  // namespace ui
