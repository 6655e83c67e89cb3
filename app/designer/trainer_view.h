// Trainer mode: the blueprint as slides for training staff, full screen — one moment per slide in the
// customer's order, optionally only one role's, with what to say, do and never do, the numbers that apply
// and how they are measured, the fail point and its recovery, and where the work comes from and goes to;
// and a self-check round. The content comes from blueprint/trainer.h; edits made here are ordinary edits.
// Entering keeps where the designer was (view, camera, selection); leaving puts it back.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "blueprint/trainer.h"
#include "camera.h"
#include "commands.h"
#include "context.h"
#include "imgui.h"
#include "options.h"

namespace ui {

// Slides draw text about twice the interface's size: while presenting, the platform rasterises the font
// this much larger, so the large type stays sharp rather than magnified.
inline constexpr float kTrainerFontRaster = 2.0f;

// The presenter window (trainer_presenter.cpp): the trainer's notes on a second screen, following the slides.
struct PresenterState {
    // Blocked: it could not open (a blocked popup, or no second window here): the bar says so and offers
    // the notes on the main screen.
    enum class Window { Closed, Opening, Open, Blocked } window = Window::Closed;
    bool notes_on_screen = false;  // the notes on the main screen too; off, the audience never sees them
    std::optional<PresenterSlide> sent;  // what the window was last sent, so that only a change is sent
    bool showing() const { return window == Window::Opening || window == Window::Open; }
};

struct TrainerState {
    bool active = false;
    size_t slide = 0;         // index into the slides for the role filter
    bp::RoleId role;          // the role filter; empty: every moment
    bool checking = false;    // the self-check instead of the slide's content
    bool editing = false;     // the slide's texts as fields
    // The self-check round of the current slide: which answers are shown, and the marks.
    std::vector<bool> revealed;
    bp::CheckRound round;
    std::string round_for;    // the moment the round belongs to
    std::string new_question, new_answer;  // a question the trainer is adding
    PresenterState presenter;
    // Where the designer was, put back on leaving.
    View view = View::Circles;
    Camera camera;
    std::vector<bp::ElementId> selection;
};

// Starts presenting from the selected moment (or the first), remembering the view, its camera and the selection.
void enter_trainer(TrainerState& t, const Context& ctx, const Camera& camera);
// Draws trainer mode over the whole display. Returns false once the trainer leaves (Esc, or the button);
// the caller then puts back t.view, t.camera and t.selection.
bool draw_trainer(const Context& ctx, TrainerState& t, ImVec2 display);

// Downloads the role card (岗位服务标准卡) of `role` as printable HTML or as Markdown.
void export_role_card(const Context& ctx, const bp::RoleId& role, bool html);

// The slides for the state's role filter (kept in range by draw_trainer), and moving between them.
std::vector<bp::Slide> trainer_slides_for(const Context& ctx, const TrainerState& t);
void go_to_slide(TrainerState& t, size_t index, size_t count);
// A key pressed in the presenter window (command::TrainerGo).
void trainer_go(TrainerState& t, const Context& ctx, command::TrainerGo::Where where);

// ------------------------------------------------------------------ the presenter window (trainer_presenter.cpp)
// Opens the window (P, or the bar's button), or closes it when open; a refusal is remembered for the bar.
void toggle_presenter(const Context& ctx, TrainerState& t);
// Sends the current slide's notes when they changed (every frame while the window is open).
void update_presenter(const Context& ctx, TrainerState& t, const std::vector<bp::Slide>& slides);
// The bar's part: the button, and when the window was blocked, why and the notes-on-screen toggle.
void presenter_bar(const Context& ctx, TrainerState& t);
// Leaving trainer mode closes the window. The platform's answer (command::PresenterWindow): it opened, or
// it could not (blocked), or its user closed it.
void close_presenter(const Context& ctx, TrainerState& t);
void presenter_window(TrainerState& t, bool open);
// What the window shows for the current slide.
PresenterSlide presenter_slide(const Context& ctx, const TrainerState& t, const std::vector<bp::Slide>& slides);

}  // namespace ui
