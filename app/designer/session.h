// The open document and what belongs to it, apart from any window: the bp::Document (the place edits go),
// its file name, the revision last written to a file, the lint cache and the autosave schedule. The shell
// (designer.cpp) owns one and makes the platform calls; tests drive it without ImGui and without a frame.
// Sections: document · open, new, save · lint · autosave.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "blueprint/edit.h"
#include "blueprint/json_io.h"
#include "blueprint/lint.h"
#include "blueprint/results.h"
#include "lang.h"

namespace ui {

class Session {
public:
    using Clock = std::function<double()>;  // seconds on a steady clock
    static double steady_seconds();
    explicit Session(Clock clock = steady_seconds) : clock_(std::move(clock)) {}
    // Lint or a snapshot that took this long or longer is "costly": it is throttled, and waits for a
    // frame that shows the change first (frame_drawn). The budget of one frame's work.
    static constexpr double kCostlyMs = 50;
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    // -------------------------------------------------------------------------------- document
    bp::Document& doc() { return doc_; }
    const bp::Document& doc() const { return doc_; }
    const bp::Blueprint& model() const { return doc_.model(); }
    // How many elements of each kind, counted once per revision: the panels show them every frame, and
    // at 10,000 touchpoints a count is a walk of 70,000 elements.
    const bp::Counts& counts() {
        if (counts_revision_ != doc_.revision()) {
            counts_ = bp::count(doc_.model());
            counts_revision_ = doc_.revision();
        }
        return counts_;
    }
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

    // Measured results (format 4, blueprint/results.h): a filled-in sheet's or a dashboard's bytes (CSV in
    // UTF-8, UTF-8 with BOM or GB18030, or JSON) merged into the document as one undoable edit; or removed.
    // A refused file changes nothing; the outcome says which row and column. An imported one's results
    // have moved into the document (the outcome keeps the counts): read them from model().
    bp::ImportOutcome import_results(const std::string& bytes);
    bool remove_results();

    bool unsaved() const { return doc_.revision() != saved_revision_; }
    // The document as it was at `revision` was written to `filename` (a save that finished later).
    void mark_saved_at(uint64_t revision, const std::string& filename) {
        saved_revision_ = revision;
        filename_ = filename;
    }
    // An id no blueprint has had: "bp-" and the time in milliseconds.
    static bp::BlueprintId new_blueprint_id();
    void mark_saved() { saved_revision_ = doc_.revision(); }
    // The document is in no file (e.g. work restored from the browser's storage that was never saved).
    void mark_unsaved() { saved_revision_ = 0; }  // revisions start at 1

    // ---------------------------------------------------------------------------------- lint
    // Lint of the current revision, recomputed lazily when the document changed; not during a gesture
    // (a drag's every step is a revision: the findings of its start stand until it ends). Only the circles
    // the edits since changed are linted again (bp::IncrementalLint). When lint was costly (kCostlyMs) it
    // reruns at most once per four lint durations.
    const std::vector<bp::Finding>& findings();
    // The revision those findings were computed from: behind revision() while a costly lint waits.
    uint64_t findings_revision() const { return findings_revision_; }
    void set_gesture_in_progress(bool busy) { gesture_ = busy; }
    bool gesture_in_progress() const { return gesture_; }
    // The platform has drawn a frame of the document as it is now. Once it says so, a costly lint or
    // snapshot (kCostlyMs) waits until a frame has shown the change that made it due: the user sees an
    // import or a delete first, and the work follows in the next frame; and a costly snapshot waits for
    // a frame in which no costly lint ran, so neither holds the page for the sum of both. A session that
    // draws no frames (tests, tools) never calls it, and nothing waits.
    void frame_drawn() {
        frames_drawn_ = true;
        drawn_revision_ = doc_.revision();
        costly_lint_this_frame_ = false;
    }

    // ------------------------------------------------------------------------------ autosave
    // What autosave hands over: the whole document (a snapshot), or, when a snapshot is costly and the
    // changes since the last one are edits the journal can carry, journal entries, each under a key the
    // page keeps the newest entry of: typing in a field, the element's own fields (journal_entry(id), a
    // few hundred bytes whatever the document's size); a structural edit (add, delete, move, paste, the
    // layers; undo and redo of any of these), each circle it changed, whole — from then until the next
    // snapshot every change in that circle — and, when circles came or went, the list of circles (key
    // ""). The measured results, the acknowledgements and a replaced document need the snapshot.
    // Restoring applies the entries written after the snapshot (apply_journal).
    struct AutosaveWriter {
        std::function<void(const std::string& document_json)> snapshot;
        // Optional: without it every autosave is a snapshot.
        std::function<void(const std::string& element_id, const std::string& entry_json)> journal;
    };
    // Hands over what is due: after every change, not during a gesture; a cheap snapshot (under kCostlyMs)
    // with every change. A costly one: with a journal, an entry with every change and the snapshot once
    // no change came for two seconds and the journal the page keeps has grown to an eighth of the
    // snapshot (at most 1 MiB) — till then the journal is the autosave, and hiding the page writes the
    // snapshot (autosave_now); without a journal, while a field is typed in at most every two seconds.
    // Either way a costly snapshot runs at most once per ten of its durations. A document as opened from
    // a file is not written, unless it is costly and a journal is kept: then its snapshot is the base
    // the journal needs. Until measured, a snapshot is taken to cost what loading the document did.
    // Returns whether anything was handed over.
    bool autosave_if_due(bool typing, const AutosaveWriter& write);
    bool autosave_if_due(bool typing, const std::function<void(const std::string&)>& write) {
        return autosave_if_due(typing, AutosaveWriter{write, nullptr});
    }
    // The document as it is now is in the platform's storage already (restored from it, journal and
    // all): no snapshot is due, and journal entries may follow at once.
    void mark_autosaved();
    // The document was just opened from `text` and has not changed since: when its snapshot would be
    // costly and a journal is kept, those bytes are handed over as the snapshot (the base the journal
    // needs) instead of saving the document again. Returns whether they were.
    bool snapshot_as_opened(const std::string& text, const AutosaveWriter& write);
    // The snapshot now, whatever it costs, if one is pending (the page is being hidden: no more frames).
    bool autosave_now(const AutosaveWriter& write);

    // A small document with the blueprint's own fields and roles and, for a circle, touchpoint, key
    // factor or standard, that element's own fields under its ancestors' own fields: loadable like any
    // blueprint, and enough to set that element again (apply_journal). "" when no element has this id.
    std::string journal_entry(const std::string& element_id);
    // Sets what the entries carry, in the order written, as one step: all or nothing (an entry that does
    // not load, belongs to another blueprint or names an element the document lacks, a circle without the
    // list that places it, or pieces that do not make one loadable document refuse the lot, and the
    // document stays as it was). Returns the number of entries applied.
    int apply_journal(const std::vector<std::string>& entries);

    // Lint or autosave is waiting for a quiet moment: the platform should draw another frame in a little
    // while even without input.
    // A snapshot put off while the journal holds every change and is small is no work waiting: it
    // waits for more edits, or for the page to be hidden (autosave_now).
    bool background_work_pending() const {
        return findings_revision_ != doc_.revision() || (autosaved_revision_ != doc_.revision() && !snapshot_put_off());
    }
    // In how many seconds that work can next run (0: at the next frame). While typing goes to the
    // journal the snapshot waits seconds: the platform need not draw frames for it meanwhile.
    double background_work_due_in() const;

private:
    Clock clock_;
    bp::Document doc_;
    std::string filename_;
    uint64_t saved_revision_ = 0;
    bool gesture_ = false;
    bool frames_drawn_ = false;
    uint64_t drawn_revision_ = 0;
    bool costly_lint_this_frame_ = false;
    bp::Counts counts_;
    uint64_t counts_revision_ = ~uint64_t(0);
    bool change_shown() const { return !frames_drawn_ || drawn_revision_ == doc_.revision(); }

    // Lint relints only the circles edits changed since it last ran, unless a change could not tell.
    bp::IncrementalLint lint_cache_;  // and holds the findings
    std::unordered_set<std::string> lint_circles_;
    bool lint_all_ = true;
    uint64_t findings_revision_ = 0;
    double lint_ms_ = 0, last_lint_at_ = -1e9;

    uint64_t autosaved_revision_ = 0;
    uint64_t opened_revision_ = 0;      // the revision the open (or New) left: "as opened" until it moves
    double autosave_ms_ = 0, last_autosave_at_ = -1e9;

    // Whether the changes since the last snapshot are all field edits a journal can carry, seen from the
    // history between two calls of autosave_if_due.
    void observe_changes(double now);
    // Notes what one edit changed for the journal; false when the journal cannot carry it.
    bool note_change(const bp::Edit& edit);
    // The entries for what changed since the last journal write: (key, text) in the order to write them.
    std::vector<std::pair<std::string, std::string>> due_journal_entries();
    void start_journal();  // a snapshot holds everything so far
    void forget_autosave();
    void write_snapshot(const AutosaveWriter& write, double now);
    uint64_t observed_revision_ = 0;
    size_t observed_depth_ = 0, observed_redo_depth_ = 0;
    const bp::Edit* observed_top_ = nullptr;
    const bp::Edit* observed_redo_top_ = nullptr;
    bool journal_covers_ = true;
    std::set<std::string> journal_ids_;  // elements whose own fields changed since the last journal write
    // Circles a structural edit changed since the snapshot: journaled whole from then on, every change in
    // them; and those changed since the last journal write. Whether circles came or went since the
    // snapshot, and since the last journal write (the list of circles is journaled too).
    std::set<std::string> whole_circles_, circles_due_;
    bool circle_list_changed_ = false, circle_list_due_ = false;
    bool has_snapshot_ = false;      // a snapshot of this document is stored: journal entries have a base
    // The bytes of each key's newest journal entry since the snapshot, their sum, and the snapshot's (or
    // the opened file's) bytes: a journal still small beside the snapshot is the autosave.
    std::unordered_map<std::string, size_t> journal_bytes_;
    size_t journal_total_ = 0, snapshot_bytes_ = 0;
    bool journal_small() const;
    bool snapshot_put_off() const;
    uint64_t journaled_revision_ = 0;
    double last_change_at_ = -1e9;
};

}  // namespace ui
