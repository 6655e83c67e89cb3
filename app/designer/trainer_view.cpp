// Trainer mode (trainer_view.h): a full-screen slide per moment, the self-check, and the keys, mouse and
// touch gestures that move between slides.
// Sections: slides and moving · the small circle · a slide · the self-check · the frame.
#include "trainer_view.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include "actions.h"
#include "blueprint/enums.h"
#include "blueprint/glossary.h"
#include "blueprint/handout.h"
#include "blueprint/roles.h"
#include "lang.h"
#include "line_list.h"
#include "palette.h"
#include "panel_widgets.h"

namespace ui {

// ------------------------------------------------------------------------------- slides and moving
std::vector<bp::Slide> trainer_slides_for(const Context& ctx, const TrainerState& t) {
    return bp::trainer_slides(ctx.model(), t.role);
}

void go_to_slide(TrainerState& t, size_t index, size_t count) {
    const size_t next = count == 0 ? 0 : std::min(index, count - 1);
    if (next == t.slide) return;
    t.slide = next;
    t.checking = false;  // a new moment starts on its content
}

void enter_trainer(TrainerState& t, const Context& ctx, const Camera& camera) {
    t.active = true;
    t.view = ctx.options.view;
    t.camera = camera;
    t.selection = ctx.selection.ids;
    t.checking = t.editing = false;
    t.slide = 0;
    t.presenter = PresenterState{};
    // Start at the selected moment (or the moment of a selected key factor or standard), if it is shown.
    const auto at = ctx.selection.primary() ? ctx.locate(*ctx.selection.primary()) : std::nullopt;
    if (!at || at->path.touchpoint < 0) return;
    const auto slides = trainer_slides_for(ctx, t);
    for (size_t i = 0; i < slides.size(); ++i)
        if (slides[i].circle == at->path.circle && slides[i].touchpoint == at->path.touchpoint) t.slide = i;
}

void export_role_card(const Context& ctx, const bp::RoleId& role, bool html) {
    const auto card = bp::role_card(ctx.model(), role, ctx.lang());
    if (!card) return;
    const std::string base = ctx.session.base_name() + "." + role.value + ".role-card";
    if (html) ctx.platform.download(base + ".html", "text/html", bp::role_card_html(*card, ctx.lang()));
    else ctx.platform.download(base + ".md", "text/markdown", bp::role_card_markdown(*card, ctx.lang()));
}

namespace {

using bp::glossary::phrases;

std::string word(bp::Term term, Lang lang) { return term_label(term, lang); }

// Text in a size relative to the slide's body text, wrapped for Chinese and Latin script.
void text_at(float scale, float body, ImU32 colour, std::string_view s, float width = 0) {
    ImGui::SetWindowFontScale(scale * body);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    wrapped_text(s, width);
    ImGui::PopStyleColor();
    ImGui::SetWindowFontScale(body);
}

ImU32 ink() { return ImGui::GetColorU32(ImGuiCol_Text); }
ImU32 muted() { return ImGui::GetColorU32(ImGuiCol_TextDisabled); }

void heading(const std::string& s, float body) {
    ImGui::Spacing();
    text_at(0.8f, body, palette::accent(), s);
}

// ----------------------------------------------------------------------------------- the small circle
// The circle of the current moment, drawn small: its moments as dots clockwise from the top, the current
// one lit and numbered.
constexpr double kPi = 3.14159265358979323846;

void small_circle(const bp::Circle& c, int current, float size) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 top_left = ImGui::GetCursorScreenPos();
    const ImVec2 centre(top_left.x + size / 2, top_left.y + size / 2);
    const float r = size * 0.36f;
    dl->AddCircle(centre, r, IM_COL32(160, 170, 185, 255), 64, 3.0f);
    const int n = int(c.touchpoints.size());
    for (int i = 0; i < n; ++i) {
        const float a = float(-kPi / 2 + 2 * kPi * i / std::max(1, n));
        const ImVec2 p(centre.x + r * std::cos(a), centre.y + r * std::sin(a));
        const bool lit = i == current;
        const float dot = lit ? size * 0.075f : size * 0.035f;
        dl->AddCircleFilled(p, dot, lit ? palette::accent() : palette::feeling(c.touchpoints[size_t(i)].feeling, 200));
        if (lit) {
            const std::string label = std::to_string(i + 1);
            const ImVec2 ts = ImGui::CalcTextSize(label.c_str());
            dl->AddText(ImVec2(p.x - ts.x / 2, p.y - ts.y / 2), IM_COL32_WHITE, label.c_str());
        }
    }
    ImGui::Dummy(ImVec2(size, size));
}

// --------------------------------------------------------------------------------------------- a slide
// A list (the steps, the never-dos): its lines while presenting, or the list's fields while editing.
template <class Form>
void instruction_list(const Context& ctx, Form& f, std::vector<bp::Instruction>& list, const char* field, const char* marker,
                      ImU32 colour, float body, bool editing) {
    const Lang lang = ctx.lang();
    if (editing) {
        const LineEdit e = line_list(ctx, list, tr(lang, "+ 添加一行", "+ Add a line"), tr(lang, "（新的一行）", "(new line)"), marker);
        f.commit(e != LineEdit::None, field, e == LineEdit::Changed);
        return;
    }
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string prefix = marker[0] ? std::string(marker) : std::to_string(i + 1) + ".";
        text_at(1.0f, body, colour, prefix + " " + list[i].text);
    }
}

void draw_slide(const Context& ctx, TrainerState& t, const bp::Slide& s, float body) {
    const Lang lang = ctx.lang();
    const bp::Blueprint& doc = ctx.model();
    const bp::Circle& c = doc.circles[size_t(s.circle)];
    const bp::Touchpoint& tp = c.touchpoints[size_t(s.touchpoint)];
    FieldForm<bp::Touchpoint> f(ctx, tp, tp.id.value);
    bp::Touchpoint& v = f.value();
    const float width = ImGui::GetContentRegionAvail().x;
    const float left_w = width * 0.32f;

    // Left: where the moment is, who serves it, what the customer expects and feels.
    ImGui::BeginChild("##moment", ImVec2(left_w, 0), false);
    ImGui::SetWindowFontScale(body);
    small_circle(c, s.touchpoint, std::min(left_w * 0.8f, ImGui::GetContentRegionAvail().y * 0.45f));
    text_at(0.75f, body, muted(), c.name + " · " + std::to_string(s.touchpoint + 1) + " / " + std::to_string(c.touchpoints.size()));
    if (t.editing) {
        ImGui::SetNextItemWidth(-FLT_MIN);
        f.commit(ImGui::InputText("##name", &v.name), "name");
    } else {
        text_at(1.6f, body, ink(), tp.name);
    }
    const std::string role = bp::role_name(doc, tp.role, lang);
    text_at(1.0f, body, palette::accent(),
            (role.empty() ? std::string(tr(lang, "顾客自助", "Customer only")) : role) + " · " +
                std::string(bp::label(tp.channel, lang)));
    heading(word(bp::glossary::expectation, lang), body);
    for (const bp::KeyFactor& k : tp.key_factors)
        if (!k.expectation.empty()) text_at(0.9f, body, ink(), "· " + k.expectation);
    text_at(0.9f, body, palette::feeling(tp.feeling),
            word(bp::glossary::feeling, lang) + (lang == Lang::Zh ? "：" : ": ") + feeling_word(tp.feeling, lang));
    ImGui::EndChild();
    ImGui::SameLine();

    // Right: what to say, do and never do; the numbers; the fail point; where the work comes from and goes to.
    ImGui::BeginChild("##content", ImVec2(0, 0), false);
    ImGui::SetWindowFontScale(body);
    const float right_w = ImGui::GetContentRegionAvail().x;
    if (!v.phrases.empty() || t.editing) heading(word(phrases, lang), body);
    for (size_t i = 0; i < v.phrases.size(); ++i) {
        ImGui::PushID(int(i));
        bp::Phrase& p = v.phrases[i];
        if (t.editing) {
            ImGui::SetNextItemWidth(right_w * 0.3f);
            f.commit(ImGui::InputTextWithHint("##when", tr(lang, "适用情形", "When"), &p.condition), "phrases");
            ImGui::SameLine();
            ImGui::SetNextItemWidth(-FLT_MIN);
            f.commit(ImGui::InputText("##say", &p.text), "phrases");
        } else {
            // A card: the condition above, the words below, framed.
            ImDrawList* dl = ImGui::GetWindowDrawList();
            const ImVec2 at = ImGui::GetCursorScreenPos();
            dl->ChannelsSplit(2);
            dl->ChannelsSetCurrent(1);
            ImGui::Indent(body * 10);
            ImGui::BeginGroup();
            if (!p.condition.empty()) text_at(0.75f, body, palette::accent(), p.condition, right_w - body * 20);
            text_at(1.15f, body, ink(), "“" + p.text + "”", right_w - body * 20);
            ImGui::EndGroup();
            ImGui::Unindent(body * 10);
            const ImVec2 end(at.x + right_w - body * 4, ImGui::GetItemRectMax().y + body * 4);
            dl->ChannelsSetCurrent(0);
            dl->AddRectFilled(ImVec2(at.x, at.y - body * 3), end, palette::trainer_card(), body * 6);
            dl->AddRect(ImVec2(at.x, at.y - body * 3), end, palette::trainer_card_border(), body * 6, 0, 1.5f);
            dl->ChannelsMerge();
            ImGui::Dummy(ImVec2(1, body * 8));
        }
        ImGui::PopID();
    }
    if (t.editing && ImGui::SmallButton(tr(lang, "+ 添加服务用语", "+ Add words to say"))) {
        v.phrases.push_back({"", tr(lang, "（要说的话）", "(what to say)")});
        f.commit(true, "phrases", true);
    }
    ImGui::PushID("steps");
    if (!v.steps.empty() || t.editing) heading(word(bp::glossary::steps, lang), body);
    instruction_list(ctx, f, v.steps, "steps", "", ink(), body, t.editing);
    ImGui::PopID();
    ImGui::PushID("never");
    if (!v.never.empty() || t.editing) heading(word(bp::glossary::never_do, lang), body);
    instruction_list(ctx, f, v.never, "never", "×", palette::broken(), body, t.editing);
    ImGui::PopID();

    const auto standards = t.role.empty() ? bp::moment_standards(tp) : bp::role_standards(tp, t.role);
    if (!standards.empty()) heading(tr(lang, "标准与测量", "The numbers and how they are measured"), body);
    for (const bp::Standard* st : standards) {
        text_at(0.95f, body, ink(), st->statement, right_w);
        text_at(0.8f, body, muted(), "    " + bp::measure_line(*st, lang), right_w);
    }
    if (tp.fail_point) {
        heading(word(bp::glossary::fail_point, lang), body);
        std::string recovery = tp.mitigation.empty() ? std::string(tr(lang, "（未写补救措施）", "(no mitigation written)")) : tp.mitigation;
        for (const bp::Circle& rc : doc.circles)
            if (rc.id == tp.recovery) recovery += " → " + word(bp::glossary::recovery_circle, lang) + (lang == Lang::Zh ? "：" : ": ") + rc.name;
        text_at(0.95f, body, palette::broken(), recovery, right_w);
    }
    if (!s.receives.empty() || !s.passes.empty()) heading(tr(lang, "工作从哪里来、交给谁", "Where the work comes from and goes to"), body);
    for (const bp::HandoffId& h : s.receives)
        text_at(0.9f, body, ink(), std::string(tr(lang, "← 收到自 ", "← from ")) + bp::handoff_line(doc, c, h, true, lang), right_w);
    for (const bp::HandoffId& h : s.passes)
        text_at(0.9f, body, ink(), std::string(tr(lang, "→ 交给 ", "→ to ")) + bp::handoff_line(doc, c, h, false, lang), right_w);
    // The notes are the trainer's: on the audience's screen only when the trainer asked (no second window).
    if (t.presenter.notes_on_screen && !t.editing && !tp.trainer_notes.empty()) {
        heading(word(bp::glossary::trainer_notes, lang), body);
        text_at(0.95f, body, ink(), tp.trainer_notes, right_w);
    }
    if (t.editing) {
        heading(word(bp::glossary::trainer_notes, lang), body);
        f.commit(ImGui::InputTextMultiline("##notes", &v.trainer_notes, ImVec2(-FLT_MIN, body * 60)), "trainer_notes");
    }
    ImGui::EndChild();
}

// ---------------------------------------------------------------------------------------- the self-check
void draw_self_check(const Context& ctx, TrainerState& t, const bp::Slide& s, float body) {
    const Lang lang = ctx.lang();
    const bp::Touchpoint& tp = ctx.model().circles[size_t(s.circle)].touchpoints[size_t(s.touchpoint)];
    const auto items = bp::self_check(ctx.model(), tp, t.role, lang);
    if (t.round_for != tp.id.value || t.round.size() != items.size()) {  // a new moment, or a question added
        t.round_for = tp.id.value;
        t.round = bp::CheckRound(items.size());
        t.revealed.assign(items.size(), false);
    }
    ImGui::BeginChild("##check", ImVec2(0, 0), false);
    ImGui::SetWindowFontScale(body);
    const float w = ImGui::GetContentRegionAvail().x;
    text_at(1.4f, body, ink(), word(bp::glossary::self_check, lang) + " · " + tp.name);
    char score[96];
    std::snprintf(score, sizeof score, tr(lang, "本轮得分：%zu / %zu（已答 %zu）", "Score this round: %zu / %zu (%zu answered)"),
                  t.round.right(), t.round.size(), t.round.answered());
    text_at(1.0f, body, palette::accent(), score);
    for (size_t i = 0; i < items.size(); ++i) {
        ImGui::PushID(int(i));
        ImGui::Separator();
        text_at(1.05f, body, ink(), std::to_string(i + 1) + ". " + items[i].question, w);
        if (!t.revealed[i]) {
            if (ImGui::Button(tr(lang, "显示答案", "Show the answer"))) t.revealed[i] = true;
        } else {
            text_at(1.0f, body, palette::accent(), items[i].answer.empty() ? std::string("—") : items[i].answer, w);
            const auto mark = t.round.at(i);
            if (ImGui::RadioButton(tr(lang, "答对", "Right"), mark == bp::CheckRound::Mark::Right))
                t.round.mark(i, bp::CheckRound::Mark::Right);
            ImGui::SameLine();
            if (ImGui::RadioButton(tr(lang, "答错", "Wrong"), mark == bp::CheckRound::Mark::Wrong))
                t.round.mark(i, bp::CheckRound::Mark::Wrong);
        }
        ImGui::PopID();
    }
    // The trainer's own question, stored with the moment (an ordinary edit).
    ImGui::Separator();
    text_at(0.8f, body, muted(), tr(lang, "添加自己的自查题", "Add your own question"));
    ImGui::SetNextItemWidth(w * 0.45f);
    ImGui::InputTextWithHint("##question", tr(lang, "问题", "Question"), &t.new_question);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(w * 0.35f);
    ImGui::InputTextWithHint("##answer", tr(lang, "答案", "Answer"), &t.new_answer);
    ImGui::SameLine();
    ImGui::BeginDisabled(t.new_question.empty());
    if (ImGui::Button(tr(lang, "添加", "Add"))) {
        auto questions = tp.questions;
        questions.push_back({t.new_question, t.new_answer});
        if (ctx.doc().apply(bp::set_field(tp, &bp::Touchpoint::questions, std::move(questions)))) {
            ctx.doc().seal();
            t.new_question.clear();
            t.new_answer.clear();
        }
    }
    ImGui::EndDisabled();
    ImGui::EndChild();
}

// ------------------------------------------------------------------------------------------- the frame
bool pressed(ImGuiKey key) { return ImGui::IsKeyPressed(key, false); }
bool repeated(ImGuiKey key) { return ImGui::IsKeyPressed(key, true); }

// Keys, when no text field has them: → Space PageDown next, ← PageUp back, Home End, 1–9 a slide of the
// first nine; Q the self-check, P the presenter window; Ctrl+Z / Ctrl+Shift+Z undo and redo. Returns false
// for Esc (leave).
bool handle_keys(const Context& ctx, TrainerState& t, size_t count) {
    const ImGuiIO& io = ImGui::GetIO();
    // The role list is open: Esc closes it (ImGui does so only with keyboard navigation), keys wait.
    if (ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel)) {
        if (pressed(ImGuiKey_Escape)) ImGui::ClosePopupToLevel(0, true);
        return true;
    }
    if (pressed(ImGuiKey_Escape)) {
        if (io.WantTextInput) return true;  // the field ends its editing first
        if (t.checking) {
            t.checking = false;
            return true;
        }
        return false;
    }
    if (io.WantTextInput) return true;
    const bool cmd = io.KeyCtrl || io.KeySuper;
    if (cmd && pressed(ImGuiKey_Z)) io.KeyShift ? actions::redo(ctx) : actions::undo(ctx);
    if (cmd && pressed(ImGuiKey_Y)) actions::redo(ctx);
    if (cmd) return true;
    if (repeated(ImGuiKey_RightArrow) || repeated(ImGuiKey_Space) || repeated(ImGuiKey_PageDown)) go_to_slide(t, t.slide + 1, count);
    if ((repeated(ImGuiKey_LeftArrow) || repeated(ImGuiKey_PageUp)) && t.slide > 0) go_to_slide(t, t.slide - 1, count);
    if (pressed(ImGuiKey_Home)) go_to_slide(t, 0, count);
    if (pressed(ImGuiKey_End) && count > 0) go_to_slide(t, count - 1, count);
    for (int n = 1; n <= 9; ++n)
        if (pressed(ImGuiKey(ImGuiKey_1 + n - 1)) || pressed(ImGuiKey(ImGuiKey_Keypad1 + n - 1))) go_to_slide(t, size_t(n - 1), count);
    if (pressed(ImGuiKey_Q)) t.checking = !t.checking;
    if (pressed(ImGuiKey_P)) toggle_presenter(ctx, t);
    return true;
}

// A swipe (touch, or a mouse drag over the slide) of a fifth of the width moves a slide.
void handle_swipe(TrainerState& t, size_t count, float width) {
    if (!ImGui::IsMouseReleased(ImGuiMouseButton_Left) || ImGui::IsAnyItemActive()) return;
    const float dx = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0).x;
    if (dx < -width / 5) go_to_slide(t, t.slide + 1, count);
    if (dx > width / 5 && t.slide > 0) go_to_slide(t, t.slide - 1, count);
}

}  // namespace

bool draw_trainer(const Context& ctx, TrainerState& t, ImVec2 display) {
    const Lang lang = ctx.lang();
    const auto slides = trainer_slides_for(ctx, t);
    if (!slides.empty() && t.slide >= slides.size()) t.slide = slides.size() - 1;
    bool stay = handle_keys(ctx, t, slides.size());

    // Body text a fortieth of the height (27 px at 1080 lines), whatever the atlas's size; measured before
    // the window begins, as inside it the font size already carries last frame's scale.
    const float body = std::max(1.0f, display.y / 40.0f / std::max(1.0f, ImGui::GetFontSize()));
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(display);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, palette::trainer_background());
    ImGui::Begin("###trainer", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::PopStyleColor();
    ImGui::SetWindowFontScale(body * 0.75f);

    // The bar: title, role filter, where we are, and the buttons.
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette::accent()), "%s", word(bp::glossary::trainer_mode, lang).c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("%s", ctx.model().name.c_str());
    ImGui::SameLine();
    // The role filter: a button naming the role shown, and the roles to choose from in a popup.
    const std::string everyone = tr(lang, "全部角色", "Every role");
    const std::string shown = t.role.empty() ? everyone : bp::role_name(ctx.model(), t.role, lang);
    if (ImGui::Button((std::string(tr(lang, "角色：", "Role: ")) + shown + "##role").c_str())) ImGui::OpenPopup("##roles");
    if (ImGui::BeginPopup("##roles")) {
        if (ImGui::Selectable(everyone.c_str(), t.role.empty())) {
            t.role = {};
            t.slide = 0;
        }
        for (const bp::Role& r : ctx.model().roles)
            if (ImGui::Selectable(bp::role_name(ctx.model(), r.id, lang).c_str(), r.id == t.role)) {
                t.role = r.id;
                t.slide = 0;
            }
        ImGui::EndPopup();
    }
    ImGui::SameLine();
    // Where we are, as a button that goes back to the first slide (and that tests can find by its label).
    const std::string where = (slides.empty() ? "0 / 0" : std::to_string(t.slide + 1) + " / " + std::to_string(slides.size())) +
                              "##where";
    if (ImGui::Button(where.c_str())) go_to_slide(t, 0, slides.size());
    ImGui::SameLine();
    ImGui::BeginDisabled(t.slide == 0);
    if (ImGui::Button(tr(lang, "← 上一页", "← Back"))) go_to_slide(t, t.slide - 1, slides.size());
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(t.slide + 1 >= slides.size());
    if (ImGui::Button(tr(lang, "下一页 →", "Next →"))) go_to_slide(t, t.slide + 1, slides.size());
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(t.checking ? tr(lang, "回到内容", "Back to the slide") : tr(lang, "自查 (Q)", "Self-check (Q)")))
        t.checking = !t.checking;
    ImGui::SameLine();
    ImGui::Checkbox(tr(lang, "编辑", "Edit"), &t.editing);
    ImGui::SameLine();
    ImGui::BeginDisabled(t.role.empty());
    if (ImGui::Button(tr(lang, "导出岗位卡", "Role card")) && !t.role.empty()) export_role_card(ctx, t.role, true);
    ImGui::EndDisabled();
    if (t.role.empty() && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", tr(lang, "先选一个角色", "Choose a role first"));
    ImGui::SameLine();
    presenter_bar(ctx, t);
    ImGui::SameLine();
    if (ImGui::Button(tr(lang, "退出 (Esc)", "Leave (Esc)"))) stay = false;
    ImGui::Separator();

    if (slides.empty()) {
        ImGui::SetWindowFontScale(body);
        wrapped_text(tr(lang, "没有可讲的关键时刻：这个角色没有服务任何触点。", "Nothing to present: this role serves no moment."));
    } else if (t.checking) {
        draw_self_check(ctx, t, slides[t.slide], body);
    } else {
        draw_slide(ctx, t, slides[t.slide], body);
    }
    handle_swipe(t, slides.size(), display.x);
    ImGui::End();
    if (stay) update_presenter(ctx, t, slides);
    else close_presenter(ctx, t);
    return stay;
}

}  // namespace ui
