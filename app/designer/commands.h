// Requests between views (STYLE.md, "a shared object is not a message bus"): a panel that wants the
// canvas to centre an element, a toolbar button that wants a name typed, an action with something to
// tell the user, push a command; the shell drains the queue once per frame, before the canvas draws.
// No ImGui.
#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "options.h"

namespace ui {

namespace command {
struct Focus { bp::ElementId id; };          // select the element and bring it into view
struct Reveal { bp::ElementId id; };         // just added: pan, only if needed and only as far, to show it
struct BeginRename { bp::ElementId id; };    // open the canvas's rename popup on it
struct ZoomToFit {};                       // the current view shows everything
struct SwitchView { View view; };          // the selection carries over and is brought into view
struct ShowNotice { std::string text; bool error = false; };  // the banner, until dismissed
struct ShowPanel { std::string id; bool shown = true; };     // a panel of the panel table, by id
struct StartTrainer {};                    // trainer mode, from where the designer is now
// Trainer mode's presenter window: a key pressed there moves the slides; the window opened (true), or
// could not open or was closed (false).
struct TrainerGo { enum Where { Back, Next, First, Last } where; };
struct PresenterWindow { bool open; };
struct ChooseResults {  // the results layer shows this period and site (and turns on, unless show is false)
    std::string period, site;
    bool show = true;
};
}  // namespace command

using Command = std::variant<command::Focus, command::Reveal, command::BeginRename, command::ZoomToFit, command::SwitchView,
                             command::ShowNotice, command::ShowPanel, command::StartTrainer, command::TrainerGo,
                             command::PresenterWindow, command::ChooseResults>;

class Commands {
public:
    void push(Command c) { queue_.push_back(std::move(c)); }
    // Everything asked for so far, oldest first; the queue is empty afterwards.
    std::vector<Command> take() { return std::exchange(queue_, {}); }
    bool empty() const { return queue_.empty(); }
    const std::vector<Command>& pending() const { return queue_; }

private:
    std::vector<Command> queue_;
};

}  // namespace ui
