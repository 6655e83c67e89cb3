// The results layer: what each moment scored (compliance.h's roll-up of its standards), cached per
// revision, period, site and language; the menus that import, remove and choose; the views' overlay.
// Sections: what the layer shows · import and remove · menus · drawing.
#include "results_layer.h"

#include <cmath>
#include <cstdio>

#include "blueprint/compliance.h"
#include "blueprint/results.h"
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
    const std::string period = current_period(doc, layer);
    if (layer.revision == ctx.doc().revision() && layer.cached_period == period && layer.cached_site == layer.site &&
        layer.cached_lang == ctx.lang())
        return;
    layer.revision = ctx.doc().revision();
    layer.cached_period = period;
    layer.cached_site = layer.site;
    layer.cached_lang = ctx.lang();
    layer.moments.clear();
    if (!doc.results) return;
    const bp::ResultsIndex index(doc);
    const int site = layer.site.empty() ? -1 : index.site_index(layer.site);
    if (!layer.site.empty() && site < 0) return;  // a site no longer in the results: nothing to show
    for (const bp::Circle& c : doc.circles)
        for (const bp::Touchpoint& t : c.touchpoints) {
            const std::vector<const bp::Standard*> standards = bp::standards_of(t);
            if (standards.empty()) continue;
            layer.moments[t.id.value] = describe(index, standards, period, site, ctx.lang());
        }
}

ImU32 status_colour(bp::Status s, int alpha = 255) {
    switch (s) {
        case bp::Status::Met: return palette::feeling(2, alpha);
        case bp::Status::Below: return palette::severity(bp::Severity::Error) & IM_COL32(255, 255, 255, alpha);
        case bp::Status::NoData:
        case bp::Status::NotDue: break;
    }
    return palette::feeling(0, alpha);
}

}  // namespace

std::string current_period(const bp::Blueprint& doc, const ResultsLayer& layer) {
    if (!doc.results || doc.results->periods.empty()) return "";
    for (const std::string& p : doc.results->periods)
        if (p == layer.period) return p;
    return doc.results->periods.back();
}

const MomentResult* moment(const Context& ctx, ResultsLayer& layer, const bp::TouchpointId& id) {
    if (!layer.shown || !ctx.model().results) return nullptr;
    refresh(ctx, layer);
    const auto it = layer.moments.find(id.value);
    return it == layer.moments.end() ? nullptr : &it->second;
}

// ----------------------------------------------------------------------------------- import and remove
bool import_bytes(const Context& ctx, ResultsLayer& layer, const std::string& bytes) {
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
    layer.shown = true;
    return true;
}

void remove(const Context& ctx) {
    if (ctx.session.remove_results()) ctx.tell("已移除测量结果（可撤销）。", "Removed the measured results (undo restores them).");
}

// ----------------------------------------------------------------------------------------------- menus
void file_menu_items(const Context& ctx) {
    const Lang l = ctx.lang();
    if (ImGui::MenuItem(tr(l, "导入结果…", "Import results…"))) ctx.platform.open_results_picker();
    if (ImGui::MenuItem(tr(l, "移除结果", "Remove results"), nullptr, false, ctx.model().results.has_value())) remove(ctx);
}

void view_menu_items(const Context& ctx, ResultsLayer& layer) {
    const Lang l = ctx.lang();
    const bp::Blueprint& doc = ctx.model();
    const bool any = doc.results && !doc.results->periods.empty();
    ImGui::MenuItem(tr(l, "结果图层", "Results layer"), nullptr, &layer.shown, any);
    const std::string period = current_period(doc, layer);
    const std::string period_label = std::string(tr(l, "期间：", "Period: ")) + period;
    if (ImGui::BeginMenu(period_label.c_str(), any && layer.shown)) {
        for (const std::string& p : doc.results->periods)
            if (ImGui::MenuItem(p.c_str(), nullptr, p == period)) layer.period = p;
        ImGui::EndMenu();
    }
    const std::string site_label = std::string(tr(l, "网点：", "Site: ")) +
                                   (layer.site.empty() ? tr(l, "全部网点", "all sites") : layer.site.c_str());
    if (ImGui::BeginMenu(site_label.c_str(), any && layer.shown)) {
        if (ImGui::MenuItem(tr(l, "全部网点", "all sites"), nullptr, layer.site.empty())) layer.site.clear();
        for (const std::string& s : doc.results->sites)
            if (ImGui::MenuItem(s.c_str(), nullptr, s == layer.site)) layer.site = s;
        ImGui::EndMenu();
    }
}

// --------------------------------------------------------------------------------------------- drawing
void draw_on_node(const ViewFrame& f, const bp::TouchpointId& id, ImVec2 centre, float radius, float angle) {
    if (!f.results) return;
    const MomentResult* m = moment(f.ctx, *f.results, id);
    if (!m) return;
    const float width = std::max(3.0f, radius * 0.28f);
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
