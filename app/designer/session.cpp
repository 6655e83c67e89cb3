#include "session.h"

#include <algorithm>
#include <chrono>

#include "blueprint/dates.h"
#include "blueprint/fields.h"

namespace ui {

double Session::steady_seconds() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

namespace {
bool costly(double cost_ms) { return cost_ms >= Session::kCostlyMs; }
// Work that took `cost_ms` last time may run again at `now`? Cheap work always may; slow work (a huge
// document) waits `factor` times its cost so the designer stays responsive.
bool may_run(double cost_ms, double last_at, double now, double factor) {
    return !costly(cost_ms) || (now - last_at) * 1000 >= factor * cost_ms;
}
}  // namespace

// -------------------------------------------------------------------------------------- document
std::string Session::base_name() const {
    std::string name = filename_.empty() ? doc_.model().name : filename_;
    for (const char* ext : {".blueprint.json", ".json"}) {
        const std::string e = ext;
        if (name.size() > e.size() && name.compare(name.size() - e.size(), e.size(), e) == 0) {
            name.resize(name.size() - e.size());
            break;
        }
    }
    for (char& ch : name)
        if (ch == '/' || ch == '\\' || ch == ':' || ch == '*' || ch == '?' || ch == '"' || ch == '<' || ch == '>' || ch == '|')
            ch = '_';
    return name.empty() ? "blueprint" : name;
}

// ---------------------------------------------------------------------------- open, new, save
Session::OpenResult Session::open_text(const std::string& json, const std::string& filename) {
    const double start = clock_();
    bp::LoadResult loaded = bp::load_blueprint(json);
    const double load_ms = (clock_() - start) * 1000;
    OpenResult result;
    if (!loaded.ok()) {
        result.error = loaded.error();
        return result;
    }
    result.migrated_from = loaded.migrated_from;
    open(std::move(loaded.blueprint()), filename);
    autosave_ms_ = load_ms;  // until a snapshot is measured
    // Lint's cost is unknown too: taken to be the load's, so a big file's first lint waits for the frame
    // that shows it, and not for the last document's lint.
    lint_ms_ = load_ms;
    last_lint_at_ = -1e9;
    return result;
}

void Session::open(bp::Blueprint blueprint, const std::string& filename) {
    doc_.replace(std::move(blueprint));
    filename_ = filename;
    findings_.clear();  // the last document's: no badges of it on this one while its lint waits
    mark_saved();
    forget_autosave();
}

// Another document: its snapshot's cost is unknown and the journal has no base yet. (The revision moves
// on, so the next autosave writes it: the tab's slot holds the document the tab shows.)
void Session::forget_autosave() {
    opened_revision_ = doc_.revision();
    autosave_ms_ = 0;
    last_autosave_at_ = -1e9;
    journal_covers_ = true;
    journal_ids_.clear();
    has_snapshot_ = false;
}

bp::BlueprintId Session::new_blueprint_id() {
    const auto stamp = std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::system_clock::now().time_since_epoch()).count();
    return bp::BlueprintId("bp-" + std::to_string(stamp));
}

void Session::new_document(Lang lang) {
    bp::Blueprint b;
    b.id = new_blueprint_id();
    b.name = tr(lang, "新服务蓝图", "New service blueprint");
    b.language = lang == Lang::Zh ? "zh-CN" : "en";
    bp::Circle c;
    c.id = bp::CircleId("circle-1");
    c.name = tr(lang, "服务圈 1", "Circle 1");
    b.circles.push_back(c);
    doc_.replace(std::move(b));
    filename_.clear();
    mark_saved();
    forget_autosave();
}

std::string Session::save() {
    std::string bytes = bp::save_blueprint(doc_.model());
    mark_saved();
    return bytes;
}

bp::ImportOutcome Session::import_results(const std::string& bytes) {
    bp::ImportOutcome outcome = bp::import_results(doc_.model(), bytes);
    // Moved, not copied: a year of results is over a million cells.
    if (outcome.ok()) doc_.apply(bp::set_results(std::move(outcome.results)));
    return outcome;
}

bool Session::remove_results() {
    return doc_.model().results && doc_.apply(bp::set_results(std::nullopt));
}

// ------------------------------------------------------------------------------------------ lint
const std::vector<bp::Finding>& Session::findings() {
    if (findings_revision_ != doc_.revision() &&
        (findings_revision_ == 0 ||
         (!gesture_ && may_run(lint_ms_, last_lint_at_, clock_(), 4) && (!costly(lint_ms_) || change_shown())))) {
        bp::LintOptions options;
        options.today = bp::today_local();
        const double start = clock_();
        findings_ = bp::lint(doc_.model(), options);
        last_lint_at_ = clock_();
        lint_ms_ = (last_lint_at_ - start) * 1000;
        findings_revision_ = doc_.revision();
        costly_lint_this_frame_ = frames_drawn_ && costly(lint_ms_);
    }
    return findings_;
}

// -------------------------------------------------------------------------------------- autosave
namespace {
// A costly snapshot waits this long after the last change when a journal holds the changes meanwhile.
constexpr double kQuietBeforeSnapshot = 2.0;
}  // namespace

void Session::observe_changes(double now) {
    const uint64_t revision = doc_.revision();
    if (revision == observed_revision_) return;
    const bp::History& h = doc_.history();
    const bp::Edit* top = h.next_undo();
    const size_t depth = h.undo_depth();
    // Typing merges into the top step (same step, any number of revisions) or starts one new step on
    // the history as it was — with more keystrokes merged into it when a loaded page handles several in
    // one frame. Then the journal carries the top step's element; and the step below too when keystrokes
    // may also have merged into it in the same frame.
    const bool same_step = depth == observed_depth_ && top == observed_top_;
    const bool one_new_step = depth == observed_depth_ + 1 &&
                              (depth >= 2 ? &h.undo_entry(depth - 2) == observed_top_ : observed_top_ == nullptr);
    const bool field_edit = top && h.redo_depth() == 0 && !top->fields_of().empty();
    if (!field_edit || !(same_step || one_new_step)) {
        journal_covers_ = false;
    } else {
        journal_ids_.insert(top->fields_of().str());
        if (one_new_step && revision > observed_revision_ + 1 && observed_top_) {
            if (observed_top_->fields_of().empty()) journal_covers_ = false;
            else journal_ids_.insert(observed_top_->fields_of().str());
        }
    }
    observed_revision_ = revision;
    observed_depth_ = depth;
    observed_top_ = top;
    last_change_at_ = now;
}

void Session::write_snapshot(const AutosaveWriter& write, double now) {
    write.snapshot(bp::save_blueprint(doc_.model()));
    last_autosave_at_ = clock_();
    autosave_ms_ = (last_autosave_at_ - now) * 1000;
    autosaved_revision_ = journaled_revision_ = doc_.revision();
    journal_covers_ = true;
    journal_ids_.clear();
    has_snapshot_ = true;
}

bool Session::snapshot_as_opened(const std::string& text, const AutosaveWriter& write) {
    if (!costly(autosave_ms_) || !write.journal || has_snapshot_ || doc_.revision() != opened_revision_ || unsaved())
        return false;
    write.snapshot(text);
    last_autosave_at_ = clock_();
    observe_changes(last_autosave_at_);
    autosaved_revision_ = journaled_revision_ = doc_.revision();
    journal_covers_ = true;
    journal_ids_.clear();
    has_snapshot_ = true;
    return true;
}

void Session::mark_autosaved() {
    observe_changes(clock_());
    autosaved_revision_ = journaled_revision_ = doc_.revision();
    journal_covers_ = true;
    journal_ids_.clear();
    has_snapshot_ = true;
}

bool Session::autosave_if_due(bool typing, const AutosaveWriter& write) {
    const double now = clock_();
    observe_changes(now);
    if (gesture_ || autosaved_revision_ == doc_.revision()) return false;
    const bool costly_snapshot = costly(autosave_ms_);
    if (autosaved_revision_ == 0 && !unsaved() && !(costly_snapshot && write.journal)) {  // as opened: the file holds it
        autosaved_revision_ = journaled_revision_ = doc_.revision();
        return false;
    }
    bool wrote = false;
    if (costly_snapshot && journal_covers_ && has_snapshot_ && write.journal) {
        if (journaled_revision_ != doc_.revision()) {
            std::vector<std::pair<std::string, std::string>> entries;
            for (const std::string& id : journal_ids_) {
                std::string entry = journal_entry(id);
                if (entry.empty()) {
                    journal_covers_ = false;  // nothing to journal it by: the snapshot carries it
                    break;
                }
                entries.emplace_back(id, std::move(entry));
            }
            if (journal_covers_) {
                for (const auto& [id, entry] : entries) write.journal(id, entry);
                journal_ids_.clear();
                journaled_revision_ = doc_.revision();
                wrote = true;
            }
        }
        if (journal_covers_ && (now - last_change_at_ < kQuietBeforeSnapshot ||
                                !may_run(autosave_ms_, last_autosave_at_, now, 10)))
            return wrote;
    } else {
        if (typing && costly_snapshot && now - last_autosave_at_ < 2.0) return false;
        if (!may_run(autosave_ms_, last_autosave_at_, now, 10)) return false;
    }
    // The next frame: this one shows the change first, or has spent its time on lint.
    if (costly_snapshot && (!change_shown() || costly_lint_this_frame_)) return wrote;
    write_snapshot(write, now);
    return true;
}

double Session::background_work_due_in() const {
    if (findings_revision_ != doc_.revision() || autosaved_revision_ == doc_.revision()) return 0;
    if (!(costly(autosave_ms_) && journal_covers_ && has_snapshot_)) return 0;
    const double now = clock_();
    const double due = std::max(last_change_at_ + kQuietBeforeSnapshot, last_autosave_at_ + autosave_ms_ * 10 / 1000);
    return std::max(0.0, due - now);
}

bool Session::autosave_now(const AutosaveWriter& write) {
    const double now = clock_();
    observe_changes(now);
    if (autosaved_revision_ == doc_.revision() || (autosaved_revision_ == 0 && !unsaved())) return false;
    write_snapshot(write, now);
    return true;
}

std::string Session::journal_entry(const std::string& element_id) {
    const bp::Blueprint& m = doc_.model();
    bp::Blueprint partial = bp::own_fields(m);
    if (element_id != m.id.value) {
        // Only the tree's elements are journalled; anything else (roles, activities, handoffs) waits for
        // the snapshot.
        const std::optional<bp::Location> at = doc_.locator().find(element_id);
        if (!at || (at->kind != bp::ElementKind::Circle && at->kind != bp::ElementKind::Touchpoint &&
                    at->kind != bp::ElementKind::KeyFactor && at->kind != bp::ElementKind::Standard))
            return {};
        const bp::Path& p = at->path;
        const bp::Circle& c = m.circles[p.circle];
        partial.circles.push_back(bp::own_fields(c));
        if (at->kind != bp::ElementKind::Circle) {
            const bp::Touchpoint& t = c.touchpoints[p.touchpoint];
            partial.circles[0].touchpoints.push_back(bp::own_fields(t));
            if (at->kind != bp::ElementKind::Touchpoint) {
                const bp::KeyFactor& k = t.key_factors[p.key_factor];
                partial.circles[0].touchpoints[0].key_factors.push_back(bp::own_fields(k));
                if (at->kind == bp::ElementKind::Standard)
                    partial.circles[0].touchpoints[0].key_factors[0].standards.push_back(k.standards[p.standard]);
            }
        }
    }
    return bp::save_blueprint(partial);
}

namespace {
// The set edit for the deepest element of a journal entry, against the document's element of that id;
// null when the document has none.
bp::EditPtr journal_edit(Session& s, const bp::Blueprint& entry) {
    const bp::Blueprint& m = s.model();
    if (entry.circles.empty()) return bp::set_blueprint_info(bp::own_fields(m), entry);
    const bp::Circle& c = entry.circles[0];
    const std::string& id = c.touchpoints.empty() ? c.id.value
                            : c.touchpoints[0].key_factors.empty() ? c.touchpoints[0].id.value
                            : c.touchpoints[0].key_factors[0].standards.empty() ? c.touchpoints[0].key_factors[0].id.value
                            : c.touchpoints[0].key_factors[0].standards[0].id.value;
    const std::optional<bp::Location> at = s.doc().locator().find(std::string_view(id));
    if (!at) return nullptr;
    const bp::Path& p = at->path;
    switch (at->kind) {
    case bp::ElementKind::Circle:
        if (!c.touchpoints.empty()) return nullptr;
        return bp::set_circle(bp::own_fields(m.circles[p.circle]), c);
    case bp::ElementKind::Touchpoint:
        if (c.touchpoints.empty() || !c.touchpoints[0].key_factors.empty()) return nullptr;
        return bp::set_touchpoint(bp::own_fields(bp::touchpoint_at(m, p)), c.touchpoints[0]);
    case bp::ElementKind::KeyFactor: {
        if (c.touchpoints.empty() || c.touchpoints[0].key_factors.empty()) return nullptr;
        const bp::KeyFactor& k = c.touchpoints[0].key_factors[0];
        if (!k.standards.empty()) return nullptr;
        return bp::set_key_factor(bp::own_fields(bp::key_factor_at(m, p)), k);
    }
    case bp::ElementKind::Standard:
        if (c.touchpoints.empty() || c.touchpoints[0].key_factors.empty() ||
            c.touchpoints[0].key_factors[0].standards.empty())
            return nullptr;
        return bp::set_standard(bp::standard_at(m, p), c.touchpoints[0].key_factors[0].standards[0]);
    default:  // roles, activities and handoffs are journaled by no entry (journal_entry writes none)
        return nullptr;
    }
}
}  // namespace

int Session::apply_journal(const std::vector<std::string>& entries) {
    if (entries.empty()) return 0;
    std::vector<bp::EditPtr> edits;
    for (const std::string& text : entries) {
        bp::LoadResult loaded = bp::load_blueprint(text);
        if (!loaded.ok() || loaded.blueprint().id != model().id) return 0;
        bp::EditPtr edit = journal_edit(*this, loaded.blueprint());
        if (!edit) return 0;
        edits.push_back(std::move(edit));
    }
    // Later entries for the same element were taken after the earlier ones: applied in order, they win.
    if (!doc_.apply(bp::batch(std::move(edits), bp::Text{"恢复自动保存的修改", "Restore autosaved changes"}))) return 0;
    doc_.seal();
    mark_unsaved();
    return (int)entries.size();
}

}  // namespace ui
