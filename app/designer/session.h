// The open document and what belongs to it, apart from any window: the bp::Document (the place edits go),
// its file name, the revision last written to a file, the lint cache and the autosave schedule. The shell
// (designer.cpp) owns one and makes the platform calls; tests drive it without ImGui and without a frame.
// Sections: document · open, new, save · lint · autosave.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "blueprint/edit.h"
#include "blueprint/json_io.h"
#include "blueprint/lint.h"
#include "lang.h"

namespace ui {

class Session {
public:
    using Clock = std::function<double()>;  // seconds on a steady clock
    static double steady_seconds();
    explicit Session(Clock clock = steady_seconds) : clock_(std::move(clock)) {}
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    // -------------------------------------------------------------------------------- document
    bp::Document& doc() { return doc_; }
    const bp::Document& doc() const { return doc_; }
    const bp::Blueprint& model() const { return doc_.model(); }
    const std::string& filename() const { return filename_; }
    // "热水器安装.blueprint.json" → "热水器安装" (the blueprint's name when there is no file name), with
    // characters no file system takes replaced: the stem of saves and exports.
    std::string base_name() const;

    // ------------------------------------------------------------------------ open, new, save
    struct OpenResult {
        std::optional<bp::LoadError> error;  // why the text was refused; the open document is unchanged
        int migrated_from = 0;               // the file's older format version, when it was converted
        bool ok() const { return !error; }
    };
    // Replaces the document with the parsed text, which counts as saved in `filename`; or keeps the
    // current one and says why not.
    OpenResult open_text(const std::string& json, const std::string& filename);
    // The same for a blueprint already in memory (a test's, a tool's).
    void open(bp::Blueprint blueprint, const std::string& filename);
    // A fresh blueprint with one circle ("circle-1"), named in `lang`; no file name.
    void new_document(Lang lang);
    // The file's bytes; the document counts as saved from now on.
    std::string save();

    bool unsaved() const { return doc_.revision() != saved_revision_; }
    void mark_saved() { saved_revision_ = doc_.revision(); }
    // The document is in no file (e.g. work restored from the browser's storage that was never saved).
    void mark_unsaved() { saved_revision_ = 0; }  // revisions start at 1

    // ---------------------------------------------------------------------------------- lint
    // Lint of the current revision, recomputed lazily when the document changed; not during a gesture
    // (a drag's every step is a revision: the findings of its start stand until it ends). When lint
    // took over 50 ms it reruns at most once per four lint durations.
    const std::vector<bp::Finding>& findings();
    void set_gesture_in_progress(bool busy) { gesture_ = busy; }
    bool gesture_in_progress() const { return gesture_; }

    // ------------------------------------------------------------------------------ autosave
    // Calls `write` with the document's text when an autosave is due: after every change, not during
    // a gesture, while a field is being typed in (`typing`) at most every two seconds, and for a huge
    // document (a write over 50 ms) at most once per ten write durations. A document as opened from a
    // file is not written. Returns whether `write` was called.
    bool autosave_if_due(bool typing, const std::function<void(const std::string&)>& write);

    // Lint or autosave is waiting for a quiet moment: the platform should draw another frame in a little
    // while even without input.
    bool background_work_pending() const {
        return findings_revision_ != doc_.revision() || autosaved_revision_ != doc_.revision();
    }

private:
    Clock clock_;
    bp::Document doc_;
    std::string filename_;
    uint64_t saved_revision_ = 0;
    bool gesture_ = false;

    std::vector<bp::Finding> findings_;
    uint64_t findings_revision_ = 0;
    double lint_ms_ = 0, last_lint_at_ = -1e9;

    uint64_t autosaved_revision_ = 0;
    double autosave_ms_ = 0, last_autosave_at_ = -1e9;
};

}  // namespace ui
