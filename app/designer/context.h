// What a view, a panel or an action is given instead of the whole designer: the session (the model to
// read, the document to send edits to, the lint), the selection, the view options (read-only: the
// language, the view), the command queue for asking other views for something, and the platform.
// No ImGui.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "commands.h"
#include "options.h"
#include "platform.h"
#include "session.h"

namespace ui {

struct Context {
    Session& session;
    Selection& selection;
    const ViewOptions& options;
    Commands& commands;
    Platform& platform;

    Lang lang() const { return options.lang; }
    bool zh() const { return options.lang == Lang::Zh; }
    const bp::Blueprint& model() const { return session.model(); }
    bp::Document& doc() const { return session.doc(); }
    const std::vector<bp::Finding>& findings() const { return session.findings(); }
    // What a view of the findings is built from, read after findings(): the document's revision and the
    // one lint last ran on (on a big document lint lags the edits).
    std::pair<uint64_t, uint64_t> findings_key() const { return {session.doc().revision(), session.findings_revision()}; }
    // Where an element is now, through the document's one locator (blueprint/locator.h). The location is
    // a value for this revision: look it up again after an edit rather than keeping it.
    std::optional<bp::Location> locate(const bp::ElementId& id) const { return session.doc().locator().find(id); }
    // The typed id of the element with this plain id (from a file, the page, a test), if there is one.
    bp::ElementId resolve(std::string_view id) const {
        auto typed = session.doc().locator().resolve(id);
        return typed ? *typed : bp::ElementId();
    }

    // Requests to other views, carried out by the shell before the canvas draws.
    void tell(const std::string& text, bool error = false) const { commands.push(command::ShowNotice{text, error}); }
    void tell(const char* zh_text, const char* en_text, bool error = false) const {
        tell(std::string(tr(options.lang, zh_text, en_text)), error);
    }
    void focus(const bp::ElementId& id) const { commands.push(command::Focus{id}); }
    void begin_rename(const bp::ElementId& id) const {
        if (!id.empty()) commands.push(command::BeginRename{id});
    }
};

}  // namespace ui
