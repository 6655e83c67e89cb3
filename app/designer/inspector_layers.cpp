// The inspector's sections for the blueprint's layers: an activity (name, layer, role or system, fail
// and wait points, recovery circle) and a handoff (what passes, through what, by when, whether the
// chain breaks without it, the standard that covers it) with "break this link". Every change is a proposal (blueprint/
// layer_edits.h); a refusal is shown under the form.
// Sections: shared pieces · activity · handoff.
#include <string>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "blueprint/text.h"
#include "blueprint/chain.h"
#include "blueprint/glossary.h"
#include "blueprint/layer_edits.h"
#include "blueprint/layers.h"
#include "inspector_layers.h"
#include "layer_actions.h"
#include "panel_widgets.h"

namespace ui {

namespace {

// ------------------------------------------------------------------------------- shared pieces
// Sends a proposal; the step stays open for typing in one field (merge key) until the field is left.
bool propose(const Context& ctx, bp::Proposal p, const std::string& key, bool once) {
    if (!p) {
        ctx.tell(p.refused.in(ctx.lang()), true);
        return false;
    }
    const bool applied = ctx.doc().apply(std::move(p.edit), key);
    if (once) ctx.doc().seal();
    return applied;
}

void seal_when_left(const Context& ctx) {
    if (ImGui::IsItemDeactivated()) ctx.doc().seal();
}

// A circle of the blueprint, or none.
bool circle_combo(const char* id, const bp::Blueprint& doc, bp::CircleId& value, Lang lang) {
    std::string preview = tr(lang, "（无）", "(none)");
    for (const auto& c : doc.circles)
        if (c.id == value) preview = c.name;
    bool changed = false;
    if (ImGui::BeginCombo(id, preview.c_str())) {
        if (ImGui::Selectable(tr(lang, "（无）", "(none)"), value.empty()) && !value.empty()) {
            value = {};
            changed = true;
        }
        for (const auto& c : doc.circles) {
            ImGui::PushID(c.id.value.c_str());
            if (ImGui::Selectable(c.name.c_str(), c.id == value) && c.id != value) {
                value = c.id;
                changed = true;
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    return changed;
}

void link_button(const Context& ctx, const bp::ElementId& id, const std::string& text) {
    ImGui::PushID(id.str().c_str());
    if (ImGui::SmallButton(text.empty() ? "-" : text.c_str())) select_and_focus(ctx, id);
    ImGui::PopID();
}

// --------------------------------------------------------------------------------------- activity
void activity_fields(const Context& ctx, const bp::Activity& current, const bp::TouchpointId& moment) {
    const Lang lang = ctx.lang();
    const bp::Blueprint& doc = ctx.model();
    bp::Activity v = current;
    const std::string key = "activity/" + v.id.value + "/";
    if (!begin_form("##activity")) return;
    form_label(tr(lang, "名称", "Name"));
    if (ImGui::InputText("##name", &v.name) && !v.name.empty()) propose(ctx, bp::edit_activity(doc, v), key + "name", false);
    seal_when_left(ctx);
    form_label(term_label(bp::glossary::layer, lang).c_str());
    bp::Layer layer = v.layer;
    if (enum_combo("##layer", layer, lang)) propose(ctx, bp::move_activity(doc, v.id, moment, layer), key + "layer", true);
    form_label(term_label(bp::glossary::role, lang).c_str());
    if (role_combo("##role", doc, v.role, lang)) propose(ctx, bp::edit_activity(doc, v), key + "role", true);
    form_label(term_label(bp::glossary::system, lang).c_str());
    if (ImGui::InputText("##system", &v.system)) propose(ctx, bp::edit_activity(doc, v), key + "system", false);
    seal_when_left(ctx);
    form_label(term_label(bp::glossary::wait_point, lang).c_str());
    if (ImGui::Checkbox("##wait", &v.wait_point)) propose(ctx, bp::edit_activity(doc, v), key + "wait", true);
    form_label(term_label(bp::glossary::fail_point, lang).c_str());
    if (ImGui::Checkbox("##fail", &v.fail_point)) propose(ctx, bp::edit_activity(doc, v), key + "fail", true);
    if (v.fail_point) {
        form_label(term_label(bp::glossary::recovery_circle, lang).c_str());
        if (circle_combo("##recovery", doc, v.recovery, lang)) propose(ctx, bp::edit_activity(doc, v), key + "recovery", true);
    }
    end_form();
}

// ---------------------------------------------------------------------------------------- handoff
std::string items_text(const bp::Handoff& h) {
    std::string s;
    for (const auto& item : h.items) s += (s.empty() ? "" : "、") + item.name;
    return s;
}

// "订单、型号, 地址" → items, keeping the kind of those already there.
std::vector<bp::HandoffItem> parse_items(const std::string& text, const std::vector<bp::HandoffItem>& old) {
    std::vector<bp::HandoffItem> out;
    std::string name;
    auto flush = [&] {
        const size_t a = name.find_first_not_of(' '), b = name.find_last_not_of(' ');
        if (a != std::string::npos) {
            bp::HandoffItem item{name.substr(a, b - a + 1), bp::ItemKind::Information};
            for (const auto& o : old)
                if (o.name == item.name) item.kind = o.kind;
            out.push_back(item);
        }
        name.clear();
    };
    for (size_t i = 0; i < text.size();) {
        if (text[i] == ',' || text[i] == ';') {
            flush();
            ++i;
        } else if (text.compare(i, 3, "、") == 0 || text.compare(i, 3, "，") == 0) {
            flush();
            i += 3;
        } else {
            name += text[i++];
        }
    }
    flush();
    return out;
}

// A standard's line in the handoff's chooser: its moment and its statement, cut to a readable length.
std::string standard_choice(const bp::Touchpoint& tp, const bp::Standard& st) {
    return tp.name + " · " + bp::text::shorten(st.statement, 48, st.id.value);
}

// The standard that covers a handoff: none, or one of its circle's, grouped by moment in the customer's
// order (a handoff joins activities of one circle, and so does what covers it).
bool standard_combo(const char* id, const bp::Circle& circle, bp::StandardId& value, Lang lang) {
    std::string preview = value.empty() ? std::string(tr(lang, "（无）", "(none)")) : value.value;
    for (const auto& tp : circle.touchpoints)
        for (const auto& kf : tp.key_factors)
            for (const auto& st : kf.standards)
                if (st.id == value) preview = standard_choice(tp, st);
    bool changed = false;
    if (ImGui::BeginCombo(id, preview.c_str(), ImGuiComboFlags_HeightLarge)) {
        if (ImGui::Selectable(tr(lang, "（无）", "(none)"), value.empty()) && !value.empty()) {
            value = {};
            changed = true;
        }
        for (const auto& tp : circle.touchpoints) {
            bool heading = false;
            for (const auto& kf : tp.key_factors)
                for (const auto& st : kf.standards) {
                    if (!heading) {
                        ImGui::SeparatorText(tp.name.c_str());
                        heading = true;
                    }
                    ImGui::PushID(st.id.value.c_str());
                    const std::string line = bp::text::shorten(st.statement, 64, st.id.value);
                    if (ImGui::Selectable(line.c_str(), st.id == value) && st.id != value) {
                        value = st.id;
                        changed = true;
                    }
                    ImGui::PopID();
                }
        }
        ImGui::EndCombo();
    }
    return changed;
}

void handoff_fields(const Context& ctx, const bp::Handoff& current, const bp::Circle& circle) {
    const Lang lang = ctx.lang();
    const bp::Blueprint& doc = ctx.model();
    bp::Handoff v = current;
    const std::string key = "handoff/" + v.id.value + "/";
    if (!begin_form("##handoff")) return;
    form_label(term_label(bp::glossary::handoff_items, lang).c_str());
    std::string items = items_text(v);
    if (ImGui::InputTextWithHint("##items", tr(lang, "订单、型号、地址", "order, model, address"), &items,
                                 ImGuiInputTextFlags_EnterReturnsTrue)) {
        v.items = parse_items(items, current.items);
        propose(ctx, bp::edit_handoff(doc, v), key + "items", true);
    }
    form_label(term_label(bp::glossary::handoff_via, lang).c_str());
    if (enum_combo("##medium", v.medium, lang)) propose(ctx, bp::edit_handoff(doc, v), key + "medium", true);
    form_label(tr(lang, "经由", "Via"));
    if (ImGui::InputText("##via", &v.via)) propose(ctx, bp::edit_handoff(doc, v), key + "via", false);
    seal_when_left(ctx);
    form_label(term_label(bp::glossary::deadline, lang).c_str());
    std::string deadline = bp::deadline_text(v.deadline, lang);
    if (ImGui::InputTextWithHint("##deadline", tr(lang, "+30 分钟 / 前一日 18:00", "+30 min / 18:00 the day before"),
                                 &deadline, ImGuiInputTextFlags_EnterReturnsTrue)) {
        if (auto parsed = bp::parse_deadline(deadline)) {
            v.deadline = *parsed;
            propose(ctx, bp::edit_handoff(doc, v), key + "deadline", true);
        } else {
            ctx.tell(std::string(tr(lang, "看不懂的时限：", "Not a deadline: ")) + deadline, true);
        }
    }
    form_label(term_label(bp::glossary::handoff_standard, lang).c_str());
    const bool has_standard = !v.standard.empty() && ctx.locate(v.standard);
    if (has_standard) ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - ImGui::GetFrameHeight() - ImGui::GetStyle().ItemSpacing.x);
    if (standard_combo("##standard", circle, v.standard, lang)) propose(ctx, bp::edit_handoff(doc, v), key + "standard", true);
    if (has_standard) {
        ImGui::SameLine();
        if (ImGui::ArrowButton("##go-standard", ImGuiDir_Right)) select_and_focus(ctx, current.standard);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(lang, "转到此标准", "Go to this standard"));
    }
    form_label(term_label(bp::glossary::breaks_chain, lang).c_str());
    if (ImGui::Checkbox("##breaks", &v.breaks_chain)) propose(ctx, bp::edit_handoff(doc, v), key + "breaks", true);
    end_form();
}

void break_section(const Context& ctx, const bp::Handoff& h) {
    const Lang lang = ctx.lang();
    ImGui::SeparatorText(tr(lang, "断开此环节", "Break this link"));
    const auto& link = ctx.selection.broken_link;
    const bool broken = link && link->handoff == h.id;
    if (!broken) {
        ImGui::TextWrapped("%s", tr(lang, "演示这一环缺失或迟到时会中断什么（只是查看，不改动设计）。",
                                    "Show what breaks when this link is missing or late (a way of looking, not a change)."));
        if (ImGui::Button(tr(lang, "断开此环节", "Break this link"))) layer_actions::toggle_break(ctx, h.id, bp::Break::Missing);
        ImGui::SameLine();
        if (ImGui::Button(tr(lang, "迟到一天", "One day late"))) layer_actions::toggle_break(ctx, h.id, bp::Break::Late, 24 * 60);
        return;
    }
    const bp::BreakEffect e = bp::break_link(ctx.model(), *link);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.85f, 0.25f, 0.22f, 1));
    wrapped_text(e.summary.in(lang));
    ImGui::PopStyleColor();
    if (lang == Lang::Zh)
        ImGui::TextDisabled("受影响：%d 个活动，%d 个关键时刻", (int)e.activities.size(), (int)e.moments.size());
    else
        ImGui::TextDisabled("Affected: %s, %s", bp::text::counted(e.activities.size(), "activity", "activities").c_str(),
                            bp::text::counted(e.moments.size(), "moment").c_str());
    if (!e.recovery.empty()) {
        if (auto at = ctx.locate(e.recovery)) {
            const std::string label = std::string(tr(lang, "转到补救服务圈：", "Go to the recovery circle: ")) +
                                      ctx.model().circles[at->path.circle].name;
            if (ImGui::Button(label.c_str())) select_and_focus(ctx, e.recovery);
        }
    }
    if (ImGui::Button(tr(lang, "恢复此环节 (Esc)", "Restore this link (Esc)"))) layer_actions::toggle_break(ctx, h.id, link->how);
}

// The handoffs this activity receives and sends, each a link that selects it.
void handoff_links(const Context& ctx, const bp::Circle& circle, const bp::Activity& act) {
    const Lang lang = ctx.lang();
    ImGui::SeparatorText(term_label(bp::glossary::handoff, lang).c_str());
    const bp::CircleActivities acts(circle);
    int shown = 0;
    for (const bp::Handoff& h : circle.handoffs) {
        const bool in = h.to == act.id, out = h.from == act.id;
        if (!in && !out) continue;
        const bp::Activity* other = acts.find(in ? h.from : h.to);
        std::string text = std::string(in ? "← " : "→ ") + (other ? other->name : "?");
        if (const std::string when = bp::deadline_text(h.deadline, lang); !when.empty()) text += " · " + when;
        link_button(ctx, h.id, text);
        ++shown;
    }
    if (shown == 0)
        ImGui::TextDisabled("%s", tr(lang, "没有交接：从此卡片拖到另一张卡片即可添加。", "None: drag from this card to another to add one."));
}

}  // namespace

void draw_activity_inspector(const Context& ctx, const bp::Path& p) {
    const Lang lang = ctx.lang();
    const bp::Blueprint& doc = ctx.model();
    const bp::Touchpoint& moment = bp::touchpoint_at(doc, p);
    const bp::Activity act = bp::activity_at(doc, p);  // a copy: the fields below may change the document
    ImGui::TextDisabled("%s · %s", bp::glossary::activity.in(lang).data(), act.id.value.c_str());
    link_button(ctx, doc.circles[p.circle].id, doc.circles[p.circle].name);
    ImGui::SameLine(0, 2);
    ImGui::TextDisabled(">");
    ImGui::SameLine(0, 2);
    link_button(ctx, moment.id, moment.name);
    activity_fields(ctx, act, moment.id);
    handoff_links(ctx, doc.circles[p.circle], act);
    ImGui::Spacing();
    if (ImGui::Button(tr(lang, "删除活动", "Delete activity"))) {
        ctx.selection.set(act.id);
        layer_actions::delete_selected(ctx);
    }
}

void draw_handoff_inspector(const Context& ctx, const bp::Path& p) {
    const Lang lang = ctx.lang();
    const bp::Blueprint& doc = ctx.model();
    const bp::Circle& circle = doc.circles[p.circle];
    const bp::Handoff& h = bp::handoff_at(doc, p);
    ImGui::TextDisabled("%s · %s", bp::glossary::handoff.in(lang).data(), h.id.value.c_str());
    const bp::CircleActivities acts(circle);
    const bp::Activity *from = acts.find(h.from), *to = acts.find(h.to);
    link_button(ctx, h.from, from ? from->name : h.from.value);
    ImGui::SameLine(0, 4);
    ImGui::TextUnformatted("→");
    ImGui::SameLine(0, 4);
    link_button(ctx, h.to, to ? to->name : h.to.value);
    const bp::Handoff copy = h;  // the fields below may change the document
    handoff_fields(ctx, copy, circle);
    break_section(ctx, copy);
    ImGui::Spacing();
    if (ImGui::Button(tr(lang, "删除交接", "Delete handoff"))) {
        ctx.selection.set(copy.id);
        layer_actions::delete_selected(ctx);
    }
}

}  // namespace ui
