// The results panel: the league table of sites × periods (003: reports that rank branches), each cell
// the site's score coloured by its verdict, each site's rank at the chosen period; and the trend chart
// of the selected standard (or one of the selected moment's standards) over the periods with its
// target line. Clicking a cell or a period of the chart chooses that period (and site) for the results
// layer. Every figure comes from blueprint/trends.h; the league is rebuilt once per revision and period.
// Sections: league table · trend chart · panel.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include <imgui.h>

#include "blueprint/glossary.h"
#include "blueprint/locator.h"
#include "blueprint/text.h"
#include "blueprint/trends.h"
#include "palette.h"
#include "panel_state.h"
#include "panel_widgets.h"
#include "panels.h"
#include "results_layer.h"

namespace ui {

namespace {

std::string percent(double share) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f %%", share * 100);
    return buf;
}

// A mean-method value ("4.55") or a share ("94 %").
std::string amount(double v, bool mean) { return mean ? bp::text::format_number(std::round(v * 100) / 100) : percent(v); }

void choose(const Context& ctx, const std::string& period, const std::string& site) {
    ctx.commands.push(command::ChooseResults{period, site});
}

// ------------------------------------------------------------------------------------- league table
// Column widths in font sizes: "名次", a site's name, "2026-11" or "100 %".
constexpr float kRankWidth = 2.5f, kSiteWidth = 6.5f, kPeriodWidth = 3.8f;

void draw_league(const Context& ctx, const bp::League& league, const std::string& period, const std::string& site) {
    const Lang lang = ctx.lang();
    const int columns = 2 + (int)league.periods.size();
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("##league", columns, flags, ImVec2(0, ImGui::GetContentRegionAvail().y))) return;
    const float em = ImGui::GetFontSize();
    ImGui::TableSetupColumn(term_label(bp::glossary::rank, lang).c_str(), ImGuiTableColumnFlags_WidthFixed, em * kRankWidth);
    ImGui::TableSetupColumn(term_label(bp::glossary::site, lang).c_str(), ImGuiTableColumnFlags_WidthFixed, em * kSiteWidth);
    for (const std::string& p : league.periods)
        ImGui::TableSetupColumn(p.c_str(), ImGuiTableColumnFlags_WidthFixed, em * kPeriodWidth);
    ImGui::TableSetupScrollFreeze(2, 1);
    ImGui::TableHeadersRow();
    for (size_t s = 0; s < league.sites.size(); ++s) {
        const std::string& name = league.sites[s];
        ImGui::TableNextRow();
        ImGui::PushID(name.c_str());
        ImGui::TableNextColumn();
        if (league.rank[s] > 0) ImGui::Text("%d", league.rank[s]);
        else ImGui::TextDisabled("-");
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(name.c_str());
        for (size_t p = 0; p < league.periods.size(); ++p) {
            ImGui::TableNextColumn();
            const bp::LeagueCell& cell = league.cells[s][p];
            const bool chosen = league.periods[p] == period && name == site;
            ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, palette::verdict(cell.verdict, chosen ? 255 : 170));
            const std::string text = (cell.score < 0 ? std::string("-") : percent(cell.score)) + "###" + league.periods[p];
            // The verdict's colour stays visible on the chosen cell: a frame marks it, not the highlight.
            ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32_WHITE);
            if (ImGui::Selectable(text.c_str(), false)) choose(ctx, league.periods[p], name);
            ImGui::PopStyleColor();
            if (chosen) {
                const ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
                ImGui::GetWindowDrawList()->AddRect(ImVec2(lo.x - 3, lo.y - 1), ImVec2(hi.x + 3, hi.y + 1),
                                                    ImGui::GetColorU32(ImGuiCol_Text), 0, 0, 2.0f);
            }
            if (ImGui::IsItemHovered()) {
                const std::string verdict(bp::verdict_word(cell.verdict).in(lang));
                if (lang == Lang::Zh)
                    ImGui::SetTooltip("%s · %s：%s，%d 项达标，%d 项未达标", name.c_str(), league.periods[p].c_str(), verdict.c_str(),
                                      cell.met, cell.below);
                else
                    ImGui::SetTooltip("%s · %s: %s, %d met, %d below", name.c_str(), league.periods[p].c_str(), verdict.c_str(),
                                      cell.met, cell.below);
            }
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

// ------------------------------------------------------------------------------------- trend chart
// The standard the chart shows for the selection: the selected standard, or one of the selected
// moment's (or key factor's) standards — the one chosen in the panel, else the worst this period.
const bp::Standard* charted_standard(const Context& ctx, ResultsPanelState& st, const std::string& period,
                                     const std::string& site, std::vector<const bp::Standard*>& choices) {
    const bp::ElementId* selected = ctx.selection.primary();
    const auto at = selected ? ctx.locate(*selected) : std::nullopt;
    if (!at) return nullptr;
    const bp::Blueprint& doc = ctx.model();
    if (at->kind == bp::ElementKind::Standard) return &bp::standard_at(doc, at->path);
    if (at->kind == bp::ElementKind::KeyFactor)
        for (const bp::Standard& s : bp::key_factor_at(doc, at->path).standards) choices.push_back(&s);
    if (at->kind == bp::ElementKind::Touchpoint) choices = bp::standards_of(bp::touchpoint_at(doc, at->path));
    if (choices.empty()) return nullptr;
    for (const bp::Standard* s : choices)
        if (s->id.value == st.moment_standard) return s;
    const bp::ResultsIndex index(doc);
    const bp::Rollup r = bp::rollup(index, choices, period, site.empty() ? -1 : index.site_index(site));
    return r.worst ? r.worst : choices.front();
}

// The chart's value range: shares from a round tenth below the lowest point or target to 100 %; a
// mean between its scale's ends when it has them, else round the points and the target.
void value_range(const std::vector<bp::TrendPoint>& points, const bp::Standard& s, bool mean, double& lo, double& hi) {
    lo = points.empty() ? 0 : points.front().result.target;
    hi = lo;
    for (const bp::TrendPoint& p : points) {
        lo = std::min(lo, p.result.target);
        hi = std::max(hi, p.result.target);
        if (p.result.n > 0) {
            lo = std::min(lo, p.result.share);
            hi = std::max(hi, p.result.share);
        }
    }
    if (!mean) {
        lo = std::max(0.0, std::floor(lo * 10 - 0.5) / 10);
        hi = 1.0;
        if (hi - lo < 0.2) lo = std::max(0.0, hi - 0.2);
        return;
    }
    if (s.target.scale_max > s.target.scale_min && lo >= s.target.scale_min && hi <= s.target.scale_max) {
        lo = s.target.scale_min;
        hi = s.target.scale_max;
        return;
    }
    const double pad = std::max(1e-6, (hi - lo) * 0.15 + std::abs(hi) * 0.05);
    lo -= pad;
    hi += pad;
}

void draw_trend_chart(const Context& ctx, const bp::Standard& s, const std::vector<bp::TrendPoint>& points,
                      const std::string& period, const std::string& site) {
    const Lang lang = ctx.lang();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const ImVec2 size(std::max(avail.x, 160.0f), std::max(avail.y, 120.0f));
    const ImVec2 p0 = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("##trend_chart", size);
    const bool clicked = ImGui::IsItemClicked(ImGuiMouseButton_Left);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const bool mean = !points.empty() && points.front().result.mean;
    double lo = 0, hi = 1;
    value_range(points, s, mean, lo, hi);

    const float line = ImGui::GetTextLineHeight();
    const float left = ImGui::CalcTextSize(mean ? "00.00" : "100 %").x + line * 0.6f;
    // Room at the right for half a period's name under the last point.
    const float right = ImGui::CalcTextSize("2026-00").x * 0.5f + line * 0.3f;
    const ImVec2 a(p0.x + left, p0.y + line * 0.6f), b(p0.x + size.x - right, p0.y + size.y - line * 1.6f);
    const ImU32 grid = ImGui::GetColorU32(ImGuiCol_TableBorderLight), text = ImGui::GetColorU32(ImGuiCol_Text),
                faint = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    auto y_of = [&](double v) { return b.y - float((v - lo) / (hi - lo)) * (b.y - a.y); };
    const size_t n = points.size();
    auto x_of = [&](size_t i) { return n <= 1 ? (a.x + b.x) / 2 : a.x + (b.x - a.x) * float(i) / float(n - 1); };

    // The chosen period's band, then the grid with its value labels.
    for (size_t i = 0; i < n; ++i)
        if (points[i].period == period) {
            const float half = n <= 1 ? (b.x - a.x) / 2 : (b.x - a.x) / float(n - 1) / 2;
            dl->AddRectFilled(ImVec2(std::max(a.x, x_of(i) - half), a.y), ImVec2(std::min(b.x, x_of(i) + half), b.y),
                              palette::accent() & IM_COL32(255, 255, 255, 40));
        }
    const double step = mean ? std::max(1e-6, (hi - lo) / 4) : (hi - lo > 0.5 ? 0.2 : hi - lo > 0.25 ? 0.1 : 0.05);
    for (double v = mean ? lo : std::ceil(lo / step - 1e-9) * step; v <= hi + 1e-9; v += step) {
        const float y = y_of(v);
        dl->AddLine(ImVec2(a.x, y), ImVec2(b.x, y), grid);
        const std::string label = amount(v, mean);
        const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
        dl->AddText(ImVec2(a.x - ts.x - line * 0.3f, y - ts.y / 2), faint, label.c_str());
    }
    dl->AddLine(ImVec2(a.x, b.y), ImVec2(b.x, b.y), faint);

    // The target: a dashed line across, labelled at its right end ("目标 98 %").
    if (n > 0) {
        const double target = points.back().result.target;
        const float y = y_of(target);
        for (float x = a.x; x < b.x; x += 10) dl->AddLine(ImVec2(x, y), ImVec2(std::min(b.x, x + 6), y), palette::accent(), 2);
        const std::string label = std::string(tr(lang, "目标 ", "target ")) + amount(target, mean);
        const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
        dl->AddText(ImVec2(b.x - ts.x, y - ts.y - 2), palette::accent(), label.c_str());
    }

    // The series: measured periods joined, each point coloured by its verdict and labelled.
    for (size_t i = 0; i + 1 < n; ++i)
        if (points[i].result.n > 0 && points[i + 1].result.n > 0)
            dl->AddLine(ImVec2(x_of(i), y_of(points[i].result.share)), ImVec2(x_of(i + 1), y_of(points[i + 1].result.share)), text, 2);
    for (size_t i = 0; i < n; ++i) {
        const bp::Compliance& c = points[i].result;
        const float x = x_of(i);
        const std::string& name = points[i].period;
        const ImVec2 ts = ImGui::CalcTextSize(name.c_str());
        dl->AddText(ImVec2(x - ts.x / 2, b.y + line * 0.3f), name == period ? text : faint, name.c_str());
        if (c.n == 0) {  // nothing measured: a hollow grey mark on the axis
            dl->AddCircle(ImVec2(x, b.y), line * 0.25f, palette::verdict(bp::Verdict::NoData), 0, 1.5f);
            continue;
        }
        const ImVec2 at(x, y_of(c.share));
        dl->AddCircleFilled(at, line * 0.3f, palette::verdict(bp::verdict_of(s, c)));
        const std::string value = amount(c.share, c.mean);
        const ImVec2 vs = ImGui::CalcTextSize(value.c_str());
        dl->AddText(ImVec2(at.x - vs.x / 2, at.y - vs.y - line * 0.35f), text, value.c_str());
    }
    if (clicked && n > 0) {  // the nearest period becomes the layer's
        const float mx = ImGui::GetIO().MousePos.x;
        size_t nearest = 0;
        for (size_t i = 1; i < n; ++i)
            if (std::abs(x_of(i) - mx) < std::abs(x_of(nearest) - mx)) nearest = i;
        choose(ctx, points[nearest].period, site);
    }
}

}  // namespace

// ---------------------------------------------------------------------------------------------- panel
void draw_results_panel(const Context& ctx, PanelState& state) {
    const Lang lang = ctx.lang();
    const bp::Blueprint& doc = ctx.model();
    ResultsPanelState& st = state.results;
    if (!doc.results || doc.results->periods.empty()) {
        wrapped_text(tr(lang, "还没有测量结果：用“文件 › 导入结果…”导入填好的检查表。",
                        "No results yet: import a filled-in sheet with File › Import results…"));
        return;
    }
    const std::string period = results_layer::current_period(doc, ctx.options.results);
    const std::string site = results_layer::current_site(doc, ctx.options.results);
    const uint64_t revision = ctx.doc().revision();
    if (st.league_revision != revision || st.league_period != period) {
        st.league = bp::league_table(doc, bp::ResultsIndex(doc), period);
        st.league_revision = revision;
        st.league_period = period;
    }

    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s%s · %s", tr(lang, "期间 ", "Period "), period.c_str(),
                        site.empty() ? tr(lang, "全部网点", "all sites") : site.c_str());
    if (!site.empty()) {
        ImGui::SameLine();
        if (ImGui::SmallButton(tr(lang, "看全部网点", "All sites"))) choose(ctx, period, "");
    }

    // Side by side when there is room, else the league above the chart.
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const bool wide = avail.x > ImGui::GetFontSize() * 36;
    // The league as wide as its columns need (up to 60 %: the chart needs room too); it scrolls beyond.
    const float em = ImGui::GetFontSize();
    const float league_width = (kRankWidth + kSiteWidth + kPeriodWidth * float(st.league.periods.size())) * em +
                               ImGui::GetStyle().CellPadding.x * 2 * float(st.league.periods.size() + 2) +
                               ImGui::GetStyle().ScrollbarSize + ImGui::GetStyle().WindowPadding.x;
    const ImVec2 league_size = wide ? ImVec2(std::min(league_width, avail.x * 0.6f), avail.y) : ImVec2(avail.x, avail.y * 0.45f);
    ImGui::BeginChild("##league_area", league_size);
    ImGui::TextUnformatted(term_label(bp::glossary::league_table, lang).c_str());
    draw_league(ctx, st.league, period, site);
    ImGui::EndChild();
    if (wide) ImGui::SameLine();
    ImGui::BeginChild("##trend_area", ImVec2(0, 0));
    std::vector<const bp::Standard*> choices;
    const bp::Standard* s = charted_standard(ctx, st, period, site, choices);
    if (!s) {
        ImGui::TextUnformatted(term_label(bp::glossary::trend, lang).c_str());
        wrapped_text(tr(lang, "选择一个标准或触点，查看它各期的达标率和目标。",
                        "Select a standard or a touchpoint to see its share met over the periods against its target."));
        ImGui::EndChild();
        return;
    }
    if (st.trend_revision != revision || st.trend_standard != s->id.value || st.trend_site != site) {
        const bp::ResultsIndex index(doc);
        st.trend = bp::trend(index, *s, site.empty() ? -1 : index.site_index(site));
        st.trend_revision = revision;
        st.trend_standard = s->id.value;
        st.trend_site = site;
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted((term_label(bp::glossary::trend, lang) + tr(lang, "：", ": ")).c_str());
    ImGui::SameLine(0, 0);
    if (choices.size() > 1) {  // a moment's standards: which one the chart shows
        ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x);
        if (ImGui::BeginCombo("##trend_standard", s->statement.c_str())) {
            for (const bp::Standard* c : choices)
                if (ImGui::Selectable((c->statement + "###" + c->id.value).c_str(), c == s)) st.moment_standard = c->id.value;
            ImGui::EndCombo();
        }
    } else {
        ImGui::TextUnformatted(s->statement.c_str());
    }
    draw_trend_chart(ctx, *s, st.trend, period, site);
    ImGui::EndChild();
}

}  // namespace ui
