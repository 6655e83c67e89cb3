// The results layer: what each moment scored (compliance.h's roll-up of its standards), cached per
// revision, period, site and language; the menus that import, remove and choose; the views' overlay.
// Sections: what the layer shows · import, remove and report · menus · drawing.
#include "results_layer.h"

#include <cmath>
#include <cstdio>
#include <utility>

#include "blueprint/compliance.h"
#include "blueprint/dates.h"
#include "blueprint/instruments.h"
#include "blueprint/report.h"
#include "blueprint/results.h"
#include "blueprint/roles.h"
#include "palette.h"
#include "views.h"

namespace ui::results_layer {

// ------------------------------------------------------------------------------ what the layer shows
namespace {

// "92 %" for a share; the value itself ("4.5") for the mean method.
std::string amount(double v, bool mean) {
    char buf[32];
    if (mean) std::snprintf(buf, sizeof buf, "%.3g", v);
    else std::snprintf(buf, sizeof buf, "%d %%", (int)std::lround(v * 100));
    return buf;
}

// How far short of its target a result falls (a mean's relative to its target value); the label shows
// the standard furthest short among those of the moment's status, so a red moment shows a figure below
// target even when another of its standards has no data.
double short_of_target(const bp::Compliance& c) {
    if (!c.mean) return c.target - c.share;
    return (c.target - c.share) / (c.target != 0 ? std::abs(c.target) : 1.0);
}

MomentResult describe(const bp::ResultsIndex& index, const std::vector<const bp::Standard*>& standards,
                      const std::string& period, int site, Lang lang) {
    MomentResult m;
    m.status = bp::rollup(index, standards, period, site).status;
    const bp::Compliance* shown = nullptr;
    std::vector<bp::Compliance> each;
    each.reserve(standards.size());
    for (const bp::Standard* s : standards) each.push_back(index.at(*s, period, site));
    for (const bp::Compliance& c : each)
        if (c.status == m.status && (!shown || short_of_target(c) > short_of_target(*shown))) shown = &c;
    if (!shown) return m;  // nothing due this period
    const std::string measured = shown->n > 0 ? amount(shown->share, shown->mean) : tr(lang, "无数据", "no data");
    m.label = measured + " / " + tr(lang, "目标 ", "target ") + amount(shown->target, shown->mean);
    return m;
}

void refresh(const Context& ctx, ResultsLayer& layer) {
    const bp::Blueprint& doc = ctx.model();
    const std::string period = current_period(doc, ctx.options.results);
    const std::string site_name = current_site(doc, ctx.options.results);
    if (layer.revision == ctx.doc().revision() && layer.cached_period == period && layer.cached_site == site_name &&
        layer.cached_lang == ctx.lang())
        return;
    layer.revision = ctx.doc().revision();
    layer.cached_period = period;
    layer.cached_site = site_name;
    layer.cached_lang = ctx.lang();
    layer.moments.clear();
    if (!doc.results) return;
    const bp::ResultsIndex index(doc);
    const int site = site_name.empty() ? -1 : index.site_index(site_name);
    for (const bp::Circle& c : doc.circles)
        for (const bp::Touchpoint& t : c.touchpoints) {
            const std::vector<const bp::Standard*> standards = bp::standards_of(t);
            if (standards.empty()) continue;
            layer.moments[t.id.value] = describe(index, standards, period, site, ctx.lang());
        }
}

ImU32 status_colour(bp::Status s, int alpha = 255) {
    return palette::verdict(s == bp::Status::Met ? bp::Verdict::Met : s == bp::Status::Below ? bp::Verdict::Below : bp::Verdict::NoData,
                            alpha);
}

}  // namespace

std::string current_period(const bp::Blueprint& doc, const ResultsChoice& choice) {
    if (!doc.results || doc.results->periods.empty()) return "";
    for (const std::string& p : doc.results->periods)
        if (p == choice.period) return p;
    return doc.results->periods.back();
}

std::string current_site(const bp::Blueprint& doc, const ResultsChoice& choice) {
    if (!doc.results) return "";
    for (const std::string& s : doc.results->sites)
        if (s == choice.site) return s;
    return "";
}

const MomentResult* moment(const Context& ctx, ResultsLayer& layer, const bp::TouchpointId& id) {
    if (!ctx.options.results.shown || !ctx.model().results) return nullptr;
    refresh(ctx, layer);
    const auto it = layer.moments.find(id.value);
    return it == layer.moments.end() ? nullptr : &it->second;
}

// ------------------------------------------------------------------------- import, remove and report
bool import_bytes(const Context& ctx, ResultsChoice& choice, const std::string& bytes) {
    const bp::ImportOutcome o = ctx.session.import_results(bytes);
    const Lang l = ctx.lang();
    if (!o.ok()) {
        ctx.tell(std::string(tr(l, "无法导入结果：", "Could not import the results: ")) + o.error.describe(l), true);
        return false;
    }
    const size_t read = o.observations + o.aggregates;
    std::string text = l == Lang::Zh ? "已导入 " + std::to_string(o.observations) + " 条观察记录"
                                     : "Imported " + std::to_string(o.observations) + " observations";
    if (o.aggregates > 0)
        text += l == Lang::Zh ? "、" + std::to_string(o.aggregates) + " 行汇总"
                              : " and " + std::to_string(o.aggregates) + " rows of counts";
    if (o.unanswered > 0)
        text += l == Lang::Zh ? "（" + std::to_string(o.unanswered) + " 行未填写，已跳过）"
                              : " (" + std::to_string(o.unanswered) + " rows not filled in, skipped)";
    if (read == 0) text += tr(l, "：文件里没有结果", ": the file holds no results");
    ctx.tell(text + tr(l, "。可撤销。", ". Undo removes them."));
    choice.shown = true;
    ctx.commands.push(command::ShowPanel{"results", true});  // the league table and trend of what came in
    return true;
}

void remove(const Context& ctx) {
    if (ctx.session.remove_results()) ctx.tell("已移除测量结果（可撤销）。", "Removed the measured results (undo restores them).");
}

void export_report(const Context& ctx, ReportFormat format, const bp::CircleId& circle, const bp::RoleId& role) {
    const bp::Blueprint& doc = ctx.model();
    bp::ReportOptions options;
    options.period = current_period(doc, ctx.options.results);
    options.site = current_site(doc, ctx.options.results);
    options.circle = circle;
    options.role = role;
    options.lang = ctx.lang();
    if (auto refused = bp::report_scope_refused(doc, options)) return ctx.tell(refused->in(ctx.lang()), true);
    const bp::Report report = bp::build_report(doc, options);
    // "热水器.report-2026-11.html"; a site's, circle's or role's report names it too (by id: a file name).
    std::string base = ctx.session.base_name() + ".report-" + report.period;
    for (const std::string* part : {&std::as_const(options.site), &circle.value, &role.value})
        if (!part->empty()) base += "-" + *part;
    switch (format) {
        case ReportFormat::Html:
            ctx.platform.download(base + ".html", "text/html", bp::report_html(doc, report, options.lang));
            break;
        case ReportFormat::Markdown:
            ctx.platform.download(base + ".md", "text/markdown", bp::report_markdown(doc, report, options.lang));
            break;
        case ReportFormat::Csv: ctx.platform.download(base + ".csv", "text/csv", bp::report_csv(report, options.lang)); break;
    }
}

void export_instrument(const Context& ctx, const bp::InstrumentOptions& options, InstrumentFormat format) {
    const bp::Blueprint& doc = ctx.model();
    const char* kind = options.kind == bp::InstrumentKind::MysteryShopper ? "checklist"
                       : options.kind == bp::InstrumentKind::Audit        ? "audit"
                                                                          : "questionnaire";
    std::string base = ctx.session.base_name() + "." + kind + (options.period.empty() ? "" : "-" + options.period);
    for (const std::string* part : {&options.site, &options.role.value, &options.circle.value})
        if (!part->empty()) base += "-" + *part;
    if (bp::instrument_rows(doc, options).empty())
        return ctx.tell("没有可放进这份表的标准（看各标准的测量方式与抽样计划）。",
                        "No standard belongs on this sheet (see the standards' measurement method and sample plan).", true);
    if (format == InstrumentFormat::Csv) ctx.platform.download(base + ".csv", "text/csv", bp::instrument_csv(doc, options));
    else ctx.platform.download(base + ".html", "text/html", bp::instrument_html(doc, options));
}

const bp::Circle* selected_circle(const Context& ctx) {
    const bp::ElementId* id = ctx.selection.primary();
    if (!id) return nullptr;
    const auto at = ctx.locate(*id);
    if (!at || at->path.circle < 0 || at->path.circle >= (int)ctx.model().circles.size()) return nullptr;
    return &ctx.model().circles[size_t(at->path.circle)];
}

// ----------------------------------------------------------------------------------------------- menus
namespace {
// File › Export instrument › kind › whom (every role or one; every circle or the selected one) › format.
void instrument_menu(const Context& ctx) {
    const Lang l = ctx.lang();
    const bp::Blueprint& doc = ctx.model();
    if (!ImGui::BeginMenu(tr(l, "导出测量工具", "Export instrument"), !doc.circles.empty())) return;
    bp::InstrumentOptions o;
    o.period = bp::today_local().substr(0, 7);  // this month's sheet
    o.site = current_site(doc, ctx.options.results);
    o.lang = l;
    auto formats = [&](const std::string& label, const bp::InstrumentOptions& options) {
        if (!ImGui::BeginMenu(label.c_str())) return;
        if (ImGui::MenuItem(tr(l, ".csv（Excel）", ".csv (Excel)"))) export_instrument(ctx, options, InstrumentFormat::Csv);
        if (ImGui::MenuItem(tr(l, ".html（打印）", ".html (print)"))) export_instrument(ctx, options, InstrumentFormat::Html);
        ImGui::EndMenu();
    };
    const std::pair<bp::InstrumentKind, bp::Text> per_role[] = {
        {bp::InstrumentKind::MysteryShopper, {"神秘顾客检查表", "Mystery-shopper checklist"}},
        {bp::InstrumentKind::Audit, {"稽核 / 自查表", "Audit / self-check sheet"}}};
    for (const auto& [kind, name] : per_role) {
        if (!ImGui::BeginMenu(name.in(l).c_str())) continue;
        o.kind = kind;
        o.role = {};
        formats(tr(l, "全部岗位", "Every role"), o);
        for (const bp::Role& role : doc.roles) {
            o.role = role.id;
            formats(bp::role_name(doc, role.id, l) + "##instrument-" + role.id.value, o);
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(l, "顾客问卷", "Customer questionnaire"))) {
        o.kind = bp::InstrumentKind::Questionnaire;
        o.role = {};
        formats(tr(l, "全部服务圈", "Every circle"), o);
        if (const bp::Circle* c = selected_circle(ctx)) {
            o.circle = c->id;
            formats(std::string(tr(l, "服务圈：", "Circle: ")) + c->name + "##instrument-circle", o);
        }
        ImGui::EndMenu();
    }
    ImGui::EndMenu();
}
}  // namespace

void file_menu_items(const Context& ctx) {
    const Lang l = ctx.lang();
    const bp::Blueprint& doc = ctx.model();
    const bool any = doc.results && !doc.results->periods.empty();
    if (ImGui::MenuItem(tr(l, "导入结果…", "Import results…"))) ctx.platform.open_results_picker();
    if (ImGui::MenuItem(tr(l, "移除结果", "Remove results"), nullptr, false, doc.results.has_value())) remove(ctx);
    // The report of what the results layer shows (its period, its site or all), of the whole blueprint,
    // the selected circle or one role; each in three formats.
    if (ImGui::BeginMenu(tr(l, "导出月度报告", "Export report"), any)) {
        const std::string site = current_site(doc, ctx.options.results);
        const std::string about = current_period(doc, ctx.options.results) + " · " +
                                  (site.empty() ? std::string(tr(l, "全部网点", "all sites")) : site);
        ImGui::TextDisabled("%s", about.c_str());
        auto formats = [&](const char* label, const bp::CircleId& circle, const bp::RoleId& role) {
            if (!ImGui::BeginMenu(label)) return;
            if (ImGui::MenuItem(tr(l, ".html（打印）", ".html (print)"))) export_report(ctx, ReportFormat::Html, circle, role);
            if (ImGui::MenuItem(".md")) export_report(ctx, ReportFormat::Markdown, circle, role);
            if (ImGui::MenuItem(tr(l, ".csv（Excel）", ".csv (Excel)"))) export_report(ctx, ReportFormat::Csv, circle, role);
            ImGui::EndMenu();
        };
        formats(tr(l, "整个蓝图", "Whole blueprint"), {}, {});
        if (const bp::Circle* c = selected_circle(ctx)) {
            const std::string label = std::string(tr(l, "服务圈：", "Circle: ")) + c->name + "##report-circle";
            formats(label.c_str(), c->id, {});
        } else {
            ImGui::MenuItem(tr(l, "服务圈（先选中一个服务圈或其中的元素）", "Circle (select a circle or an element in it)"), nullptr, false, false);
        }
        if (ImGui::BeginMenu(tr(l, "岗位", "Role"), !doc.roles.empty())) {
            for (const bp::Role& role : doc.roles) {
                const std::string label = bp::role_name(doc, role.id, l) + "##report-" + role.id.value;
                formats(label.c_str(), {}, role.id);
            }
            ImGui::EndMenu();
        }
        ImGui::EndMenu();
    }
    instrument_menu(ctx);
}

void view_menu_items(const Context& ctx, ResultsChoice& choice) {
    const Lang l = ctx.lang();
    const bp::Blueprint& doc = ctx.model();
    const bool any = doc.results && !doc.results->periods.empty();
    ImGui::MenuItem(tr(l, "结果图层", "Results layer"), nullptr, &choice.shown, any);
    const std::string period = current_period(doc, choice);
    const std::string site = current_site(doc, choice);
    const std::string period_label = std::string(tr(l, "期间：", "Period: ")) + period;
    if (ImGui::BeginMenu(period_label.c_str(), any && choice.shown)) {
        for (const std::string& p : doc.results->periods)
            if (ImGui::MenuItem(p.c_str(), nullptr, p == period)) choice.period = p;
        ImGui::EndMenu();
    }
    const std::string site_label = std::string(tr(l, "网点：", "Site: ")) +
                                   (site.empty() ? tr(l, "全部网点", "all sites") : site.c_str());
    if (ImGui::BeginMenu(site_label.c_str(), any && choice.shown)) {
        if (ImGui::MenuItem(tr(l, "全部网点", "all sites"), nullptr, site.empty())) choice.site.clear();
        for (const std::string& s : doc.results->sites)
            if (ImGui::MenuItem(s.c_str(), nullptr, s == site)) choice.site = s;
        ImGui::EndMenu();
    }
}

// --------------------------------------------------------------------------------------------- drawing
void draw_on_node(const ViewFrame& f, const bp::TouchpointId& id, ImVec2 centre, float radius, float angle) {
    if (!f.results) return;
    const MomentResult* m = moment(f.ctx, *f.results, id);
    if (!m) return;
    const float width = std::max(3.0f, radius * 0.28f);
    if (radius < 4) {  // a dot at a glance: its colour is the status (one fan, not a stroked ring)
        f.dl->AddCircleFilled(centre, radius + width, status_colour(m->status));
        return;
    }
    f.dl->AddCircle(centre, radius + width * 0.5f + 1.0f, status_colour(m->status), 0, width);
    // Only a measured figure gets a label: the ring's inside is shared by every node and the circle's
    // title, and grey already says "no data".
    if (m->label.empty() || radius < 8 || m->status == bp::Status::NoData || m->status == bp::Status::NotDue) return;
    // On the ring's inner side beyond the badges: the node's name and its cards are on the outer side.
    const float size = draw::text_size(f, 12.0f);
    const ImVec2 ts = ImGui::GetFont()->CalcTextSizeA(std::min(size, 48.0f), 1e9f, 0.0f, m->label.c_str());
    const float dx = std::cos(angle), dy = std::sin(angle);
    const float pill = (float)std::min(18.0 * f.cam.scale, 20.0);
    const float reach = radius * 1.1f + pill * 1.4f + std::abs(dx) * ts.x / 2 + std::abs(dy) * ts.y / 2 + width;
    const ImVec2 mid(centre.x - dx * reach, centre.y - dy * reach);
    const ImVec2 at(mid.x - ts.x / 2, mid.y - ts.y / 2);
    f.dl->AddRectFilled(ImVec2(at.x - 4, at.y - 1), ImVec2(at.x + ts.x + 4, at.y + ts.y + 1), status_colour(m->status, 235), 4.0f);
    draw::text(f, at, ImVec2(at.x - 4, at.y - 2), ImVec2(at.x + ts.x + 4, at.y + ts.y + 2), IM_COL32_WHITE, m->label, 12.0f);
}

void draw_on_moment(const ViewFrame& f, const bp::TouchpointId& id, ImVec2 min, ImVec2 max) {
    if (!f.results) return;
    const MomentResult* m = moment(f.ctx, *f.results, id);
    if (!m) return;
    const ImU32 colour = status_colour(m->status);
    f.dl->AddRect(min, max, colour, 5.0f, 0, std::max(2.0f, (float)(3 * f.cam.scale)));
    if (m->label.empty()) return;
    // A pill across the card's top edge, in the gap above it: the card's own lines stay readable.
    const float scale = (float)f.cam.scale, size = draw::text_size(f, 10.0f);
    if (size < 6) return;
    const ImVec2 ts = ImGui::GetFont()->CalcTextSizeA(std::min(size, 40.0f), 1e9f, 0.0f, m->label.c_str());
    const ImVec2 a(min.x + 8 * scale, min.y - 8 * scale), b(a.x + ts.x + 8 * scale, a.y + 13 * scale);
    f.dl->AddRectFilled(a, ImVec2(std::min(b.x, max.x), b.y), colour, 6 * scale);
    draw::text(f, ImVec2(a.x + 4 * scale, a.y + (b.y - a.y - ts.y) / 2), a, ImVec2(std::min(b.x, max.x), b.y),
               IM_COL32_WHITE, m->label, 10.0f);
}

}  // namespace ui::results_layer
