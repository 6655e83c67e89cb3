// The standards table: every standard of the blueprint, one row each, sortable on every column,
// filterable by circle, owner role, type, lint status and text, editable in place, clipped so tens of
// thousands of rows stay smooth. The row list (standards_rows.h) is rebuilt only when the document
// revision, the filter, the sort or the results' period and site changes. Clicking a row selects
// the standard; the canvas follows. With results, four more columns: this period's share, n, the change
// against the previous period and the verdict (blueprint/trends.h computes them), with pickers of the
// period and the site, and a filter of the rows below target or without data.
// Sections: filters · cells · panel.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "blueprint/dates.h"
#include "blueprint/glossary.h"
#include "blueprint/locator.h"
#include "blueprint/roles.h"
#include "blueprint/text.h"
#include <imgui.h>
#include <imgui_stdlib.h>
#include "panel_state.h"
#include "panel_widgets.h"
#include "palette.h"
#include "panels.h"
#include "results_layer.h"

namespace ui {

namespace {

// -------------------------------------------------------------------------------------- filters
// One combo of the filter bar; returns true when the choice changed.
bool filter_combo(const char* id, const std::vector<std::string>& labels, int& chosen) {
    bool changed = false;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8);
    if (ImGui::BeginCombo(id, labels[std::clamp(chosen, 0, (int)labels.size() - 1)].c_str())) {
        for (int i = 0; i < (int)labels.size(); ++i) {
            ImGui::PushID(i);
            if (ImGui::Selectable(labels[i].c_str(), i == chosen) && i != chosen) {
                chosen = i;
                changed = true;
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    return changed;
}

bool draw_filters(const Context& ctx, StandardsFilter& filter) {
    const Lang lang = ctx.lang();
    const bool zh = ctx.zh();
    const bp::Blueprint& doc = ctx.model();
    bool changed = false;

    {  // circle
        std::vector<std::string> labels = {tr(lang, "全部服务圈", "All circles")};
        int chosen = 0;
        for (int i = 0; i < (int)doc.circles.size(); ++i) {
            labels.push_back(doc.circles[i].name.empty() ? doc.circles[i].id.value : doc.circles[i].name);
            if (doc.circles[i].id.value == filter.circle) chosen = i + 1;
        }
        if (filter_combo("##circle_filter", labels, chosen)) {
            filter.circle = chosen == 0 ? std::string() : doc.circles[chosen - 1].id.value;
            changed = true;
        }
    }
    ImGui::SameLine();
    {  // owner role
        const std::string owner(bp::glossary::owner.in(lang));
        std::vector<std::string> labels = {tr(lang, "全部", "All ") + owner + tr(lang, "", "s"),
                                           tr(lang, "（无", "(no ") + owner + ")"};
        int chosen = !filter.owner ? 0 : filter.owner->empty() ? 1 : 0;
        for (int i = 0; i < (int)doc.roles.size(); ++i) {
            labels.push_back(bp::role_name(doc, doc.roles[i].id, lang));
            if (filter.owner && *filter.owner == doc.roles[i].id.value) chosen = i + 2;
        }
        if (filter_combo("##owner_filter", labels, chosen)) {
            if (chosen == 0)
                filter.owner.reset();
            else if (chosen == 1)
                filter.owner = std::string();
            else
                filter.owner = doc.roles[chosen - 2].id.value;
            changed = true;
        }
    }
    ImGui::SameLine();
    {  // type
        std::vector<std::string> labels = {tr(lang, "全部类型", "All types")};
        for (const auto& info : bp::enum_table<bp::StandardType>()) labels.emplace_back(zh ? info.zh : info.en);
        int chosen = filter.type ? int(*filter.type) + 1 : 0;
        if (filter_combo("##type_filter", labels, chosen)) {
            if (chosen == 0)
                filter.type.reset();
            else
                filter.type = bp::enum_table<bp::StandardType>()[chosen - 1].value;
            changed = true;
        }
    }
    ImGui::SameLine();
    {  // lint status
        std::vector<std::string> labels = {tr(lang, "全部检查状态", "Any lint status"), tr(lang, "无问题", "Clean"),
                                           tr(lang, "有问题", "With findings"), tr(lang, "有错误", "With errors"),
                                           tr(lang, "有警告", "With warnings")};
        int chosen = int(filter.lint);
        if (filter_combo("##lint_filter", labels, chosen)) {
            filter.lint = LintStatusFilter(chosen);
            changed = true;
        }
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10);
    if (ImGui::InputTextWithHint("##text_filter", tr(lang, "搜索…", "Search…"), &filter.text)) changed = true;
    ImGui::SameLine();
    if (ImGui::Button(tr(lang, "清除筛选", "Clear filters"))) {
        filter = StandardsFilter{};
        changed = true;
    }
    return changed;
}

// The results' pickers after the row count: the period and the site (the one choice the canvas's layer,
// the results panel and the report share, so the table's colours never disagree with the canvas's; a
// pick here leaves the layer on or off as it was) and which verdicts to show. True when the verdict
// filter changed; a period or site picked reaches the rows next frame, through the shell.
bool draw_results_pickers(const Context& ctx, const ResultsFocus& focus, StandardsFilter& filter) {
    const Lang lang = ctx.lang();
    const bp::Results& results = *ctx.model().results;
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", tr(lang, " · 测量结果：", " · results:"));
    ImGui::SameLine();
    {
        std::vector<std::string> labels;
        int chosen = 0;
        for (int i = 0; i < (int)results.periods.size(); ++i) {
            labels.push_back(results.periods[i]);
            if (results.periods[i] == focus.period) chosen = i;
        }
        if (filter_combo("##period_filter", labels, chosen))
            ctx.commands.push(command::ChooseResults{results.periods[size_t(chosen)], focus.site, false});
    }
    ImGui::SameLine();
    {
        std::vector<std::string> labels = {tr(lang, "全部网点", "All sites")};
        int chosen = 0;
        for (int i = 0; i < (int)results.sites.size(); ++i) {
            labels.push_back(results.sites[i]);
            if (results.sites[i] == focus.site) chosen = i + 1;
        }
        if (filter_combo("##site_filter", labels, chosen))
            ctx.commands.push(command::ChooseResults{focus.period, chosen == 0 ? std::string() : results.sites[size_t(chosen - 1)], false});
    }
    ImGui::SameLine();
    std::vector<std::string> labels = {tr(lang, "全部结果", "All results"), tr(lang, "未达标或无数据", "Below target or no data"),
                                       tr(lang, "仅未达标", "Below target"), tr(lang, "仅无数据", "No data")};
    int chosen = int(filter.results);
    if (!filter_combo("##results_filter", labels, chosen)) return false;
    filter.results = ResultsFilter(chosen);
    return true;
}

// ---------------------------------------------------------------------------------------- cells
struct ColumnSpec {
    StandardsColumn column;
    const char* zh;
    const char* en;
    ImGuiTableColumnFlags flags;
    float width;  // in font sizes
};

const ColumnSpec kColumns[] = {
    {StandardsColumn::Circle, "服务圈", "Circle", 0, 7},
    {StandardsColumn::Touchpoint, "触点", "Touchpoint", 0, 8},
    {StandardsColumn::KeyFactor, "关键因素", "Key factor", 0, 7},
    {StandardsColumn::Share, "本期达标率", "Share", ImGuiTableColumnFlags_PreferSortDescending, 5},
    {StandardsColumn::Observations, "观测数", "n", ImGuiTableColumnFlags_PreferSortDescending, 3.5f},
    {StandardsColumn::Trend, "趋势", "Trend", 0, 4.5f},
    {StandardsColumn::Status, "状态", "Status", ImGuiTableColumnFlags_PreferSortDescending, 6},
    {StandardsColumn::Statement, "标准陈述", "Statement", 0, 16},
    {StandardsColumn::Type, "类型", "Type", 0, 5},
    {StandardsColumn::Target, "目标", "Target", 0, 8},
    {StandardsColumn::Compliance, "达标比例", "Compliance", 0, 5},
    {StandardsColumn::Method, "方法", "Method", 0, 5},
    {StandardsColumn::Frequency, "频率", "Frequency", 0, 5},
    {StandardsColumn::Owner, bp::glossary::owner.zh.data(), "Owner", 0, 6},
    {StandardsColumn::Visible, "公开", "Visible", 0, 3},
    {StandardsColumn::ReviewBy, "复审日期", "Review by", 0, 7},
    {StandardsColumn::Lint, "检查", "Lint", 0, 4},
};
static_assert(sizeof(kColumns) / sizeof(kColumns[0]) == size_t(StandardsColumn::Count), "one spec per column");

bool is_results_column(StandardsColumn c) {
    return c == StandardsColumn::Share || c == StandardsColumn::Observations || c == StandardsColumn::Trend ||
           c == StandardsColumn::Status;
}

// "94 %" for a share, the value itself for the mean method.
std::string result_amount(double v, bool mean) {
    char buf[32];
    if (mean) std::snprintf(buf, sizeof buf, "%s", bp::text::format_number(std::round(v * 100) / 100).c_str());
    else std::snprintf(buf, sizeof buf, "%.0f %%", v * 100);
    return buf;
}

// The results' four cells of a row: this period's share, n, the change against the previous period
// (an arrow drawn, not a glyph: the UI font may lack one) and the verdict.
void draw_result_cells(const bp::Standing& r, Lang lang) {
    const bp::Compliance& now = r.now;
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    if (now.n > 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, palette::verdict(r.verdict));
        ImGui::TextUnformatted(result_amount(now.share, now.mean).c_str());
        ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) {
            const std::string target = result_amount(now.target, now.mean);
            if (now.mean) ImGui::SetTooltip(tr(lang, "均值，目标 %s", "mean; target %s"), target.c_str());
            else ImGui::SetTooltip(tr(lang, "%lld / %lld 达标，目标 %s", "%lld of %lld met; target %s"), (long long)now.met,
                                   (long long)now.n, target.c_str());
        }
    } else {
        ImGui::TextDisabled("-");
    }

    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    if (now.n > 0) ImGui::Text("%lld", (long long)now.n);
    else ImGui::TextDisabled("0");

    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    if (r.change) {
        const double d = *r.change;
        const bool flat = std::abs(d) < 0.05;
        const ImU32 colour = flat ? palette::verdict(bp::Verdict::NoData)
                                  : palette::verdict(d > 0 ? bp::Verdict::Met : bp::Verdict::Below);
        const float h = ImGui::GetTextLineHeight(), w = h * 0.7f;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float cy = at.y + h * 0.5f, x0 = at.x, x1 = at.x + w;
        if (flat) dl->AddRectFilled(ImVec2(x0, cy - 1), ImVec2(x1, cy + 1), colour);
        else if (d > 0) dl->AddTriangleFilled(ImVec2((x0 + x1) / 2, cy - w / 2), ImVec2(x1, cy + w / 2), ImVec2(x0, cy + w / 2), colour);
        else dl->AddTriangleFilled(ImVec2(x0, cy - w / 2), ImVec2(x1, cy - w / 2), ImVec2((x0 + x1) / 2, cy + w / 2), colour);
        ImGui::Dummy(ImVec2(w, h));
        ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
        char buf[32];
        std::snprintf(buf, sizeof buf, now.mean ? "%+.2f" : "%+.1f", d);
        ImGui::TextUnformatted(buf);
        if (ImGui::IsItemHovered()) {
            if (now.mean) ImGui::SetTooltip(tr(lang, "比上期 %s", "%s against the previous period"), buf);
            else ImGui::SetTooltip(tr(lang, "比上期 %s 个百分点", "%s points against the previous period"), buf);
        }
    } else {
        ImGui::TextDisabled("-");
    }

    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    const float h = ImGui::GetTextLineHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(at.x + h * 0.3f, at.y + h * 0.5f), h * 0.28f, palette::verdict(r.verdict));
    ImGui::Dummy(ImVec2(h * 0.6f, h));
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::TextUnformatted(std::string(bp::verdict_word(r.verdict).in(lang)).c_str());
}

// A row's path is of the revision the rows were built from; the library's one check says whether it
// still holds the row's standard.
bool row_still_valid(const bp::Blueprint& doc, const StandardRow& r) {
    return bp::is_at(doc, bp::Location{bp::ElementKind::Standard, r.path}, r.id);
}

// Draws one row; returns true while one of its cells is being edited.
bool draw_row(const Context& ctx, DateDraft& draft, const StandardRow& row) {
    const Lang lang = ctx.lang();
    const bp::Blueprint& doc = ctx.model();
    const bp::Circle& circle = doc.circles[row.path.circle];
    const bp::Touchpoint& tp = bp::touchpoint_at(doc, row.path);
    const bp::KeyFactor& kf = bp::key_factor_at(doc, row.path);
    const bp::Standard& s = bp::standard_at(doc, row.path);
    const std::string id = s.id.value;
    FieldForm<bp::Standard> f(ctx, s, id);
    bp::Standard& v = f.value();
    bool editing = false;
    auto track = [&] { editing |= ImGui::IsItemActive(); };

    ImGui::TableNextRow();
    ImGui::PushID(id.c_str());

    ImGui::TableNextColumn();  // circle; the row's selectable spans every column under the editors
    const bool selected = ctx.selection.contains(s.id);
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0, 0.5f));
    const bool clicked = ImGui::Selectable((circle.name + "###row").c_str(), selected,
                                           ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap,
                                           ImVec2(0, ImGui::GetFrameHeight()));
    ImGui::PopStyleVar();
    if (clicked) {
        if (ImGui::GetIO().KeyCtrl || ImGui::GetIO().KeySuper)
            ctx.selection.toggle(s.id);
        else
            select_and_focus(ctx, s.id);
    }

    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%d. %s", row.touchpoint_order, tp.name.c_str());

    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(kf.name.c_str());

    draw_result_cells(row.result, lang);

    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    f.commit(ImGui::InputText("##statement", &v.statement), "statement");
    track();

    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    f.commit(enum_combo("##type", v.type, lang), "type", true);

    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(std::string(bp::comparator_symbol(v.target.comparator)).c_str());
    ImGui::SameLine();
    if (v.target.value) {
        const std::string unit = v.target.unit.empty() ? std::string(" ") : v.target.unit;
        ImGui::SetNextItemWidth(-(ImGui::CalcTextSize(unit.c_str()).x + ImGui::GetStyle().ItemSpacing.x));
        double value = *v.target.value;
        const bool changed = ImGui::InputDouble("##value", &value, 0, 0, "%g");
        if (changed) v.target.value = value;
        f.commit(changed, "value");
        track();
        ImGui::SameLine();
        ImGui::TextUnformatted(unit.c_str());
    } else {
        ImGui::TextDisabled("? %s", v.target.unit.c_str());
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", tr(lang, "未设定目标值（在检查器中设定）", "No target value (set it in the inspector)"));
    }

    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    double percent = v.target.compliance * 100.0;
    const double zero = 0, hundred = 100;
    const bool compliance_changed = ImGui::DragScalar("##compliance", ImGuiDataType_Double, &percent, 0.5f, &zero,
                                                      &hundred, "%.0f %%", ImGuiSliderFlags_AlwaysClamp);
    if (compliance_changed) v.target.compliance = std::clamp(percent / 100.0, 0.0, 1.0);
    f.commit(compliance_changed, "compliance");
    track();

    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(std::string(bp::label(v.measurement.method, lang)).c_str());

    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(std::string(bp::label(v.measurement.frequency, lang)).c_str());

    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    f.commit(role_combo("##owner", doc, v.owner, lang), "owner", true);

    ImGui::TableNextColumn();
    f.commit(ImGui::Checkbox("##visible", &v.customer_visible), "customer_visible", true);

    ImGui::TableNextColumn();
    ImGui::SetNextItemWidth(-FLT_MIN);
    f.commit(date_field("##review_by", v.review_by, draft, id, lang), "review_by");
    track();
    if (draft.element == id && !draft.text.empty() && ImGui::IsItemHovered())
        ImGui::SetTooltip(tr(lang, "“%s”不是有效日期（YYYY-MM-DD），未保存", "\"%s\" is not a valid date (YYYY-MM-DD); not stored"),
                          draft.text.c_str());

    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    if (row.lint.total() == 0) {
        ImGui::TextDisabled("-");
    } else {
        const bp::Severity worst = row.lint.errors ? bp::Severity::Error
                                   : row.lint.warnings ? bp::Severity::Warning
                                                       : bp::Severity::Info;
        severity_icon(worst);
        ImGui::Text("%d", row.lint.total());
        if (ImGui::IsItemHovered()) {
            using bp::text::counted;
            const std::string tip = lang == Lang::Zh
                ? std::to_string(row.lint.errors) + " 个错误，" + std::to_string(row.lint.warnings) + " 个警告，" +
                      std::to_string(row.lint.infos) + " 个提示"
                : counted(row.lint.errors, "error") + ", " + counted(row.lint.warnings, "warning") + ", " +
                      counted(row.lint.infos, "info", "infos");
            ImGui::SetTooltip("%s", tip.c_str());
        }
    }

    ImGui::PopID();
    return editing;
}

}  // namespace

// ---------------------------------------------------------------------------------------- panel
void draw_standards_table(const Context& ctx, PanelState& state) {
    const Lang lang = ctx.lang();
    StandardsTableState& st = state.standards;
    if (draw_filters(ctx, st.filter)) st.rows_dirty = true;

    const bool owner_sort = std::any_of(st.sort.begin(), st.sort.end(),
                                        [](const SortKey& k) { return k.column == StandardsColumn::Owner; });
    // The results columns follow the results layer's period and site.
    const bp::Blueprint& model = ctx.model();
    const bool has_results = model.results && !model.results->periods.empty();
    const ResultsFocus focus = has_results ? ResultsFocus{results_layer::current_period(model, ctx.options.results),
                                                          results_layer::current_site(model, ctx.options.results)}
                                           : ResultsFocus{};
    auto rebuild_if_needed = [&] {
        const std::vector<bp::Finding>& findings = ctx.findings();
        const bool stale = st.rows_key != ctx.findings_key() || (owner_sort && st.lang != ctx.lang()) ||
                           !(st.results == focus);
        if (!st.rows_dirty && !stale) return;
        if (stale && !st.rows_dirty && st.editing) return;  // keep rows still while a cell is edited
        st.rows.build(ctx.session.doc(), findings, st.filter, st.sort, ctx.lang(), focus);
        st.results = focus;
        st.rows_key = ctx.findings_key();
        st.lang = ctx.lang();
        st.rows_dirty = false;
    };
    rebuild_if_needed();

    const size_t total = ctx.session.counts().standards;
    if (has_results) ImGui::AlignTextToFramePadding();
    if (lang == Lang::Zh) ImGui::TextDisabled("显示 %d / %d 条标准", (int)st.rows.rows().size(), (int)total);
    else ImGui::TextDisabled("Showing %d of %s", (int)st.rows.rows().size(), bp::text::counted(total, "standard").c_str());
    if (has_results && draw_results_pickers(ctx, focus, st.filter)) {
        st.rows_dirty = true;
        rebuild_if_needed();
    }
    if (total == 0) {
        wrapped_text(tr(lang, "还没有标准：在检查器中对关键因素使用“转换为标准”，或用“全部转换”。",
                        "No standards yet: use \"Convert to standard\" on a key factor in the inspector, "
                        "or \"Convert all\"."));
    } else if (st.rows.rows().empty()) {
        // Every standard is filtered out: say so, with the way back, instead of an empty table.
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr(lang, "没有标准符合筛选条件。", "No standard matches the filters."));
        ImGui::SameLine();
        if (ImGui::SmallButton(tr(lang, "清除筛选###clear-empty", "Clear filters###clear-empty"))) {
            st.filter = StandardsFilter{};
            st.rows_dirty = true;
            rebuild_if_needed();
        }
    }

    const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_SortMulti | ImGuiTableFlags_SortTristate |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_Reorderable | ImGuiTableFlags_Hideable |
                                  ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit;
    if (ImGui::BeginTable("##standards", int(StandardsColumn::Count), flags)) {
        const float em = ImGui::GetFontSize();
        for (const ColumnSpec& c : kColumns) {
            // Without results their columns are not there at all (nor in the header's menu).
            const ImGuiTableColumnFlags off = is_results_column(c.column) && !has_results ? ImGuiTableColumnFlags_Disabled : 0;
            ImGui::TableSetupColumn(tr(lang, c.zh, c.en), c.flags | off | ImGuiTableColumnFlags_WidthFixed, c.width * em,
                                    ImGuiID(c.column));
        }
        // The columns that say which standard a row is stay in view when scrolling sideways: circle,
        // touchpoint and key factor when the panel has room for them and the statement, else the circle.
        float leading = 0;
        for (const ColumnSpec& c : kColumns)
            if (c.column <= StandardsColumn::KeyFactor || c.column == StandardsColumn::Statement) leading += c.width * em;
        ImGui::TableSetupScrollFreeze(leading < ImGui::GetContentRegionAvail().x * 0.8f ? 3 : 1, 1);
        ImGui::TableHeadersRow();

        if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
            std::vector<SortKey> sort;
            for (int i = 0; i < specs->SpecsCount; ++i) {
                const ImGuiTableColumnSortSpecs& s = specs->Specs[i];
                sort.push_back({StandardsColumn(s.ColumnUserID), s.SortDirection != ImGuiSortDirection_Descending});
            }
            specs->SpecsDirty = false;
            if (!(sort == st.sort)) {
                st.sort = std::move(sort);
                st.rows_dirty = true;
                rebuild_if_needed();
            }
        }

        DateDraft draft{state.inspector.date_draft_element, state.inspector.date_draft_text};
        const bp::Blueprint& doc = ctx.model();
        bool editing = false;
        ImGuiListClipper clipper;
        clipper.Begin((int)st.rows.rows().size());
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const StandardRow& row = st.rows.rows()[i];
                if (!row_still_valid(doc, row)) {  // changed under us (e.g. undo while editing): rebuild next frame
                    st.rows_dirty = true;
                    ImGui::TableNextRow(ImGuiTableRowFlags_None, ImGui::GetFrameHeight());
                    ImGui::TableNextColumn();
                    continue;
                }
                editing |= draw_row(ctx, draft, row);
            }
        }
        // The review-date draft is shared with the inspector: one date is typed at a time.
        state.inspector.date_draft_element = draft.element;
        state.inspector.date_draft_text = draft.text;
        st.editing = editing;
        ImGui::EndTable();
    }
}

}  // namespace ui
