#include "clipboard.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "clone.h"
#include "layers.h"
#include "fields.h"
#include "json_io.h"
#include "layer_edits.h"
#include "selection_edits.h"

namespace bp {

std::string copy_elements(Document& doc, const std::vector<ElementId>& ids) {
    const Blueprint& m = doc.model();
    auto top = top_level(m, doc.locator(), ids);  // the tree's elements; activities are gathered below
    Blueprint clip;
    clip.id = BlueprintId(std::string(kClipboardId));
    clip.name = std::string(kClipboardId);
    clip.language = m.language;
    clip.roles = m.roles;
    const std::string carrier_name(kClipboardId);
    Circle tps, kfs, sts;  // carriers, after the copied circles, only when needed
    tps.id = CircleId(std::string(kTouchpointCarrier));
    kfs.id = CircleId(std::string(kKeyFactorCarrier));
    sts.id = CircleId(std::string(kStandardCarrier));
    tps.name = kfs.name = sts.name = carrier_name;
    for (const Location& at : top) {
        const Path& p = at.path;
        switch (at.kind) {
            case ElementKind::Circle: clip.circles.push_back(m.circles[p.circle]); break;
            case ElementKind::Touchpoint: tps.touchpoints.push_back(touchpoint_at(m, p)); break;
            case ElementKind::KeyFactor:
                if (kfs.touchpoints.empty()) {
                    kfs.touchpoints.emplace_back();
                    kfs.touchpoints[0].id = TouchpointId(std::string(kKeyFactorCarrier) + "-tp");
                    kfs.touchpoints[0].name = carrier_name;
                }
                kfs.touchpoints[0].key_factors.push_back(key_factor_at(m, p));
                break;
            case ElementKind::Standard:
                if (sts.touchpoints.empty()) {
                    sts.touchpoints.emplace_back();
                    sts.touchpoints[0].id = TouchpointId(std::string(kStandardCarrier) + "-tp");
                    sts.touchpoints[0].name = carrier_name;
                    sts.touchpoints[0].key_factors.emplace_back();
                    sts.touchpoints[0].key_factors[0].id = KeyFactorId(std::string(kStandardCarrier) + "-kf");
                    sts.touchpoints[0].key_factors[0].name = carrier_name;
                }
                sts.touchpoints[0].key_factors[0].standards.push_back(standard_at(m, p));
                break;
            default: break;
        }
    }
    // Activities whose moment is not copied whole, and the handoffs among those.
    Circle acts;
    acts.id = CircleId(std::string(kActivityCarrier));
    acts.name = carrier_name;
    std::unordered_set<std::string> copied_tps, copied_circles, copied_acts;
    for (const Location& at : top) {
        if (at.kind == ElementKind::Circle) copied_circles.insert(m.circles[at.path.circle].id.value);
        if (at.kind == ElementKind::Touchpoint) copied_tps.insert(touchpoint_at(m, at.path).id.value);
    }
    std::vector<int> source_circles;
    for (const ElementId& id : ids) {
        if (id.kind() != ElementKind::Activity) continue;
        auto at = doc.locator().find(id);
        if (!at || copied_acts.count(id.str())) continue;
        const Path& p = at->path;
        if (copied_circles.count(m.circles[p.circle].id.value) || copied_tps.count(touchpoint_at(m, p).id.value)) continue;
        if (acts.touchpoints.empty()) {
            acts.touchpoints.emplace_back();
            acts.touchpoints[0].id = TouchpointId(std::string(kActivityCarrier) + "-tp");
            acts.touchpoints[0].name = carrier_name;
        }
        acts.touchpoints[0].activities.push_back(activity_at(m, p));
        copied_acts.insert(id.str());
        if (std::find(source_circles.begin(), source_circles.end(), p.circle) == source_circles.end()) source_circles.push_back(p.circle);
    }
    for (int c : source_circles)
        for (const Handoff& h : m.circles[c].handoffs)
            if (copied_acts.count(h.from.value) && copied_acts.count(h.to.value)) acts.handoffs.push_back(h);
    if (!tps.touchpoints.empty()) clip.circles.push_back(std::move(tps));
    if (!kfs.touchpoints.empty()) clip.circles.push_back(std::move(kfs));
    if (!sts.touchpoints.empty()) clip.circles.push_back(std::move(sts));
    if (!acts.touchpoints.empty()) clip.circles.push_back(std::move(acts));
    if (clip.circles.empty()) return {};
    // The clip must load on its own: links to circles and standards it does not hold are left behind.
    for (Circle& c : clip.circles) drop_unresolved_links(clip, c);
    return save_blueprint(clip);
}

PastePlan plan_paste(Document& doc, std::string_view text, const PasteOptions& o) {
    PastePlan plan;
    LoadResult loaded = load_blueprint(text);
    if (!loaded.ok()) return plan;
    Blueprint& clip = loaded.blueprint();
    const Blueprint& m = doc.model();
    const bool from_clipboard = clip.id.value == kClipboardId;
    const IdMaker new_id = [&doc](const std::string& prefix) { return doc.new_id(prefix); };
    auto extent = [&](const Circle& c) { return o.extent ? o.extent(c) : c.radius; };

    Blueprint info = own_fields(m);
    RoleRemapper roles(clip.roles, info.roles, new_id);
    std::vector<Circle> new_circles;
    std::vector<Touchpoint> new_tps;
    std::vector<KeyFactor> new_kfs;
    std::vector<Standard> new_sts;
    std::vector<Activity> new_acts;
    std::vector<Handoff> new_handoffs;
    for (Circle& c : clip.circles) {
        const std::string& cid = c.id.value;
        if (from_clipboard && cid == kTouchpointCarrier) {
            for (const auto& tp : c.touchpoints) new_tps.push_back(clone_touchpoint(tp, new_id));
        } else if (from_clipboard && cid == kKeyFactorCarrier) {
            for (const auto& tp : c.touchpoints)
                for (const auto& kf : tp.key_factors) new_kfs.push_back(clone_key_factor(kf, new_id));
        } else if (from_clipboard && cid == kStandardCarrier) {
            for (const auto& tp : c.touchpoints)
                for (const auto& kf : tp.key_factors)
                    for (const auto& s : kf.standards) new_sts.push_back(clone_standard(s, new_id));
        } else if (from_clipboard && cid == kActivityCarrier) {
            roles.apply(c);
            drop_unresolved_links(m, c);
            std::unordered_map<std::string, ActivityId> renamed;
            for (const auto& tp : c.touchpoints)
                for (Activity a : tp.activities) {
                    const std::string old = a.id.value;
                    a.id = ActivityId(new_id("act"));
                    renamed.emplace(old, a.id);
                    new_acts.push_back(std::move(a));
                }
            for (Handoff h : c.handoffs) {
                const auto from = renamed.find(h.from.value), to = renamed.find(h.to.value);
                if (from == renamed.end() || to == renamed.end()) continue;
                h.id = HandoffId(new_id("handoff"));
                h.from = from->second;
                h.to = to->second;
                new_handoffs.push_back(std::move(h));
            }
        } else {
            new_circles.push_back(clone_circle(c, new_id));
        }
    }
    for (auto& c : new_circles) roles.apply(c), drop_unresolved_links(m, c);
    for (auto& tp : new_tps) roles.apply(tp), drop_unresolved_links(m, tp);
    for (auto& kf : new_kfs) roles.apply(kf);
    for (auto& s : new_sts) roles.apply(s);

    std::vector<EditPtr> edits;
    // Circles land to the right of the document's, keeping their arrangement.
    if (!new_circles.empty() && !m.circles.empty()) {
        double left = 1e300, right = -1e300;
        for (const auto& c : new_circles) left = std::min(left, c.position.x - extent(c));
        for (const auto& c : m.circles) right = std::max(right, c.position.x + extent(c));
        const double dx = right + 160 - left, dy = m.circles.front().position.y - new_circles.front().position.y;
        for (auto& c : new_circles) {
            c.position.x += dx;
            c.position.y += dy;
        }
    }
    for (auto& c : new_circles) {
        plan.pasted.push_back(c.id);
        edits.push_back(insert_circle(std::move(c)));
    }
    if (!new_tps.empty()) {
        if (auto slot = touchpoint_slot(m, doc.locator(), o.target)) {
            int at = slot->index;
            for (auto& tp : new_tps) {
                plan.pasted.push_back(tp.id);
                edits.push_back(insert_touchpoint(*slot->parent.get<CircleId>(), std::move(tp), at++));
            }
        } else {  // no circle yet: one to hold them
            Circle c;
            c.id = CircleId(new_id("circle"));
            c.name = o.lang == Lang::Zh ? "服务圈 1" : "Circle 1";
            for (auto& tp : new_tps) {
                plan.pasted.push_back(tp.id);
                c.touchpoints.push_back(std::move(tp));
            }
            edits.push_back(insert_circle(std::move(c)));
        }
    }
    if (!new_kfs.empty()) {
        auto slot = key_factor_slot(m, doc.locator(), o.target);
        if (!slot) {
            plan.pasted.clear();
            plan.refused = {"粘贴关键因素前请先选择一个触点。", "Select a touchpoint to paste key factors into."};
            return plan;
        }
        int at = slot->index;
        for (auto& kf : new_kfs) {
            kf.card_offset.reset();  // its old place belonged to another touchpoint
            plan.pasted.push_back(kf.id);
            edits.push_back(insert_key_factor(*slot->parent.get<TouchpointId>(), std::move(kf), at++));
        }
    }
    if (!new_sts.empty()) {
        auto slot = standard_slot(m, doc.locator(), o.target);
        if (!slot) {
            plan.pasted.clear();
            plan.refused = {"粘贴标准前请先选择一个关键因素。", "Select a key factor to paste standards into."};
            return plan;
        }
        int at = slot->index;
        for (auto& s : new_sts) {
            plan.pasted.push_back(s.id);
            edits.push_back(insert_standard(*slot->parent.get<KeyFactorId>(), std::move(s), at++));
        }
    }
    if (!new_acts.empty()) {
        // Into the selected moment (after the selected activity), each in its own layer.
        auto at = o.target.empty() ? std::nullopt : doc.locator().find(o.target);
        if (!at || at->path.touchpoint < 0) {
            plan.pasted.clear();
            plan.refused = {"粘贴活动前请先选择一个触点或活动。", "Select a moment or an activity to paste activities into."};
            return plan;
        }
        const Touchpoint& tp = touchpoint_at(m, at->path);
        const int index = at->kind == ElementKind::Activity ? at->path.activity + 1 : -1;
        for (const Activity& a : new_acts) plan.pasted.push_back(a.id);
        Proposal p = add_activities(doc, tp.id, std::move(new_acts), std::move(new_handoffs), index);
        if (!p) {
            plan.pasted.clear();
            plan.refused = p.refused;
            return plan;
        }
        edits.push_back(std::move(p.edit));
    }
    if (edits.empty()) {
        plan.pasted.clear();
        plan.refused = {"剪贴板里的蓝图是空的。", "The blueprint on the clipboard is empty."};
        return plan;
    }
    if (roles.added_roles()) edits.insert(edits.begin(), set_blueprint_info(own_fields(m), info));
    plan.edit = batch(std::move(edits), {"粘贴", "Paste"});
    return plan;
}

}  // namespace bp
