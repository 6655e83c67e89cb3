// Trainer mode: the blueprint as slides for training staff, full screen — one moment per slide in the
// customer's order, optionally only one role's, with what to say, do and never do, the numbers that apply
// and how they are measured, the fail point and its recovery, and where the work comes from and goes to;
// and a self-check round. The content comes from blueprint/trainer.h; edits made here are ordinary edits.
// Entering keeps where the designer was (view, camera, selection); leaving puts it back.
#pragma once

#include <string>
#include <vector>

#include "blueprint/trainer.h"
#include "camera.h"
#include "context.h"
#include "imgui.h"
#include "options.h"

namespace ui {

// Slides draw text about twice the interface's size: while presenting, the platform rasterises the font
// this much larger, so the large type stays sharp rather than magnified.
inline constexpr float kTrainerFontRaster = 2.0f;

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

}  // namespace ui
