// Trainer mode's presenter window (trainer_view.h): the current slide's trainer notes, where the trainer is
// and what comes next, on a second window the platform opens (in the browser, web/presenter.html). Where
// the window cannot open, the bar says so and the notes can be shown on the main screen instead.
#include <algorithm>

#include <imgui.h>

#include "blueprint/glossary.h"
#include "palette.h"
#include "panel_widgets.h"
#include "trainer_view.h"

namespace ui {

PresenterSlide presenter_slide(const Context& ctx, const TrainerState& t, const std::vector<bp::Slide>& slides) {
    PresenterSlide out;
    out.lang = ctx.lang();
    if (slides.empty()) return out;
    const bp::Blueprint& doc = ctx.model();
    const size_t at = std::min(t.slide, slides.size() - 1);
    auto moment = [&](const bp::Slide& s) -> const bp::Touchpoint& {
        return doc.circles[size_t(s.circle)].touchpoints[size_t(s.touchpoint)];
    };
    out.slide = int(at) + 1;
    out.total = int(slides.size());
    out.moment = moment(slides[at]).name;
    out.notes = moment(slides[at]).trainer_notes;
    if (at + 1 < slides.size()) out.next = moment(slides[at + 1]).name;
    return out;
}

void trainer_go(TrainerState& t, const Context& ctx, command::TrainerGo::Where where) {
    const size_t count = trainer_slides_for(ctx, t).size();
    using W = command::TrainerGo;
    switch (where) {
        case W::Back: if (t.slide > 0) go_to_slide(t, t.slide - 1, count); break;
        case W::Next: go_to_slide(t, t.slide + 1, count); break;
        case W::First: go_to_slide(t, 0, count); break;
        case W::Last: if (count > 0) go_to_slide(t, count - 1, count); break;
    }
}

using Window = PresenterState::Window;

void toggle_presenter(const Context& ctx, TrainerState& t) {
    PresenterState& p = t.presenter;
    if (p.showing()) {
        close_presenter(ctx, t);
        return;
    }
    p.window = ctx.platform.open_presenter() ? Window::Opening : Window::Blocked;
    p.sent.reset();
}

void presenter_window(TrainerState& t, bool open) {
    PresenterState& p = t.presenter;
    if (open) {
        if (p.window == Window::Opening) p.window = Window::Open;
        return;
    }
    // Not open: refused while opening (blocked), or closed by its user.
    if (p.window == Window::Opening) p.window = Window::Blocked;
    else if (p.window == Window::Open) p.window = Window::Closed;
    p.sent.reset();
}

void update_presenter(const Context& ctx, TrainerState& t, const std::vector<bp::Slide>& slides) {
    PresenterState& p = t.presenter;
    if (!p.showing()) return;
    PresenterSlide now = presenter_slide(ctx, t, slides);
    if (p.sent && *p.sent == now) return;
    ctx.platform.show_presenter(now);
    p.sent = std::move(now);
}

void close_presenter(const Context& ctx, TrainerState& t) {
    if (t.presenter.showing()) ctx.platform.close_presenter();
    t.presenter.window = Window::Closed;
    t.presenter.sent.reset();
}

void presenter_bar(const Context& ctx, TrainerState& t) {
    const Lang lang = ctx.lang();
    PresenterState& p = t.presenter;
    const char* label = p.showing() ? tr(lang, "关闭演讲者窗口 (P)###presenter", "Close presenter (P)###presenter")
                               : tr(lang, "演讲者窗口 (P)###presenter", "Presenter (P)###presenter");
    if (ImGui::Button(label)) toggle_presenter(ctx, t);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr(lang, "在另一个窗口显示培训提示（观众看不到）",
                                   "The trainer notes on a second window the audience does not see"));
    const bool blocked = p.window == Window::Blocked;
    if (!blocked && !p.notes_on_screen) return;
    ImGui::SameLine();
    if (blocked) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(palette::broken()), "%s",
                           tr(lang, "浏览器阻止了演讲者窗口", "The browser blocked the presenter window"));
        ImGui::SameLine();
    }
    const std::string notes = term_label(bp::glossary::trainer_notes, lang);
    const std::string toggle = (lang == Lang::Zh ? "在本屏显示" + notes : notes + " on this screen") + "###notes_on_screen";
    ImGui::Checkbox(toggle.c_str(), &p.notes_on_screen);
}

}  // namespace ui
