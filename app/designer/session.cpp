#include "session.h"

#include <algorithm>
#include <chrono>
#include <string_view>
#include <unordered_map>

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
    snapshot_bytes_ = json.size();
    // Lint's cost is unknown too: taken to be the load's, so a big file's first lint waits for the frame
    // that shows it, and not for the last document's lint.
    lint_ms_ = load_ms;
    last_lint_at_ = -1e9;
    return result;
}

void Session::open(bp::Blueprint blueprint, const std::string& filename) {
    doc_.replace(std::move(blueprint));
    filename_ = filename;
    lint_cache_.clear();  // the last document's: no badges of it on this one while its lint waits
    mark_saved();
    forget_autosave();
}

// Another document: its snapshot's cost is unknown and the journal has no base yet. (The revision moves
// on, so the next autosave writes it: the tab's slot holds the document the tab shows.)
void Session::forget_autosave() {
    opened_revision_ = doc_.revision();
    autosave_ms_ = 0;
    last_autosave_at_ = -1e9;
    start_journal();
    has_snapshot_ = false;
    snapshot_bytes_ = 0;
    lint_all_ = true;
}

void Session::start_journal() {
    journal_covers_ = true;
    journal_bytes_.clear();
    journal_total_ = 0;
    journal_ids_.clear();
    whole_circles_.clear();
    circles_due_.clear();
    circle_list_changed_ = circle_list_due_ = false;
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
        observe_changes(start);
        lint_cache_.run(doc_.model(), options, lint_all_ ? nullptr : &lint_circles_);
        lint_circles_.clear();
        lint_all_ = false;
        last_lint_at_ = clock_();
        lint_ms_ = (last_lint_at_ - start) * 1000;
        findings_revision_ = doc_.revision();
        costly_lint_this_frame_ = frames_drawn_ && costly(lint_ms_);
    }
    return lint_cache_.findings();
}

// -------------------------------------------------------------------------------------- autosave
namespace {
// A costly snapshot waits this long after the last change when a journal holds the changes meanwhile.
constexpr double kQuietBeforeSnapshot = 2.0;
// ... and until the journal the page keeps has grown to this share of the snapshot, or this many bytes:
// each journal write stores the whole journal, and restoring applies it. Until then the journal is the
// autosave, and the user never waits for a snapshot of a big document (half a second at 10,000
// touchpoints) after an edit; hiding the page writes one.
constexpr size_t kJournalShareOfSnapshot = 8;
constexpr size_t kJournalMostBytes = size_t(1) << 20;
}  // namespace

bool Session::journal_small() const {
    return journal_total_ < std::min(snapshot_bytes_ / kJournalShareOfSnapshot, kJournalMostBytes);
}

bool Session::snapshot_put_off() const {
    return costly(autosave_ms_) && journal_covers_ && has_snapshot_ && journaled_revision_ == doc_.revision() &&
           journal_small();
}

void Session::observe_changes(double now) {
    const uint64_t revision = doc_.revision();
    if (revision == observed_revision_) return;
    const bp::History& h = doc_.history();
    const bp::Edit* top = h.next_undo();
    const size_t depth = h.undo_depth(), redo_depth = h.redo_depth();
    // What changed, told by the history between two calls: typing merges into the top step (same step,
    // any number of revisions) or starts one new step on the history as it was — with more keystrokes
    // merged into the step below when a loaded page handles several in one frame; or one step was undone
    // or redone. Anything else (several steps at once, a document replaced) leaves it to the snapshot.
    const bool same_step = depth == observed_depth_ && top == observed_top_ && redo_depth == observed_redo_depth_;
    const bool one_new_step = redo_depth == 0 && depth == observed_depth_ + 1 &&
                              (depth >= 2 ? &h.undo_entry(depth - 2) == observed_top_ : observed_top_ == nullptr);
    const bool one_step_moved = revision == observed_revision_ + 1;
    const bool undone = one_step_moved && depth + 1 == observed_depth_ && redo_depth == observed_redo_depth_ + 1 &&
                        h.next_redo() == observed_top_;
    const bool redone = one_step_moved && depth == observed_depth_ + 1 && redo_depth + 1 == observed_redo_depth_ &&
                        top == observed_redo_top_;
    bool known = false;
    if ((same_step || one_new_step || redone) && top) {
        known = note_change(*top);
        if (known && one_new_step && revision > observed_revision_ + 1 && observed_top_) known = note_change(*observed_top_);
    } else if (undone && observed_top_) {
        known = note_change(*observed_top_);
    }
    if (!known) {
        journal_covers_ = false;
        lint_all_ = true;
    }
    observed_revision_ = revision;
    observed_depth_ = depth;
    observed_redo_depth_ = redo_depth;
    observed_top_ = top;
    observed_redo_top_ = h.next_redo();
    last_change_at_ = now;
}

bool Session::note_change(const bp::Edit& edit) {
    const bp::ElementId element = edit.fields_of();
    bp::CircleChanges changes;
    const bool in_circles = edit.circles_changed(doc_.model(), doc_.locator(), changes);
    // Lint relints the circles changed; the blueprint's own fields and roles it checks by itself.
    if (in_circles)
        for (const bp::CircleId& id : changes.circles) lint_circles_.insert(id.value);
    else if (element.kind() != bp::ElementKind::Blueprint)
        lint_all_ = true;
    if (!element.str().empty()) {
        journal_ids_.insert(element.str());
        return true;
    }
    if (!in_circles) return false;
    for (const bp::CircleId& id : changes.circles) {
        whole_circles_.insert(id.value);
        circles_due_.insert(id.value);
    }
    if (changes.list) circle_list_changed_ = circle_list_due_ = true;
    return true;
}

void Session::write_snapshot(const AutosaveWriter& write, double now) {
    const std::string text = bp::save_blueprint(doc_.model());
    snapshot_bytes_ = text.size();
    write.snapshot(text);
    last_autosave_at_ = clock_();
    autosave_ms_ = (last_autosave_at_ - now) * 1000;
    autosaved_revision_ = journaled_revision_ = doc_.revision();
    start_journal();
    has_snapshot_ = true;
}

bool Session::snapshot_as_opened(const std::string& text, const AutosaveWriter& write) {
    if (!costly(autosave_ms_) || !write.journal || has_snapshot_ || doc_.revision() != opened_revision_ || unsaved())
        return false;
    write.snapshot(text);
    snapshot_bytes_ = text.size();
    last_autosave_at_ = clock_();
    observe_changes(last_autosave_at_);
    autosaved_revision_ = journaled_revision_ = doc_.revision();
    start_journal();
    has_snapshot_ = true;
    return true;
}

void Session::mark_autosaved() {
    observe_changes(clock_());
    autosaved_revision_ = journaled_revision_ = doc_.revision();
    start_journal();
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
            std::vector<std::pair<std::string, std::string>> entries = due_journal_entries();
            if (journal_covers_) {
                for (const auto& [id, entry] : entries) {
                    size_t& kept = journal_bytes_[id];  // the page keeps the newest entry of each key
                    journal_total_ += entry.size() - kept;
                    kept = entry.size();
                    write.journal(id, entry);
                }
                journal_ids_.clear();
                circles_due_.clear();
                circle_list_due_ = false;
                journaled_revision_ = doc_.revision();
                wrote = true;
            }
        }
        if (journal_covers_ && (journal_small() || now - last_change_at_ < kQuietBeforeSnapshot ||
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

namespace {
// A journal entry's first line says what it carries; an entry without one (format 1) is an element's
// own fields.
constexpr std::string_view kWholeCircle = "circle\n";
constexpr std::string_view kCircleList = "circles\n";
bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }
}  // namespace

std::vector<std::pair<std::string, std::string>> Session::due_journal_entries() {
    const bp::Blueprint& m = doc_.model();
    std::vector<std::pair<std::string, std::string>> entries;
    for (const std::string& id : journal_ids_) {
        if (!whole_circles_.empty()) {  // an element of a circle journaled whole goes with its circle
            const std::optional<bp::Location> at = doc_.locator().find(std::string_view(id));
            if (at && at->path.circle >= 0 && at->path.circle < (int)m.circles.size() &&
                whole_circles_.count(m.circles[at->path.circle].id.value)) {
                circles_due_.insert(m.circles[at->path.circle].id.value);
                continue;
            }
        }
        std::string entry = journal_entry(id);
        if (entry.empty()) {
            journal_covers_ = false;  // nothing to journal it by: the snapshot carries it
            return {};
        }
        entries.emplace_back(id, std::move(entry));
    }
    for (const std::string& id : circles_due_) {
        const std::optional<bp::Path> at = doc_.locator().find(bp::CircleId(id));
        if (!at) {
            if (circle_list_changed_) continue;  // a circle that went: the list entry says so
            journal_covers_ = false;
            return {};
        }
        bp::Blueprint partial = bp::own_fields(m);
        partial.circles.push_back(m.circles[at->circle]);
        entries.emplace_back(id, std::string(kWholeCircle) + bp::save_blueprint(partial));
    }
    if (circle_list_due_) {
        bp::Blueprint list = bp::own_fields(m);
        list.circles.reserve(m.circles.size());
        for (const bp::Circle& c : m.circles) {
            bp::Circle stub;
            stub.id = c.id;
            list.circles.push_back(std::move(stub));
        }
        entries.emplace_back(std::string(), std::string(kCircleList) + bp::save_blueprint(list));
    }
    return entries;
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
bp::EditPtr journal_edit(bp::Document& doc, const bp::Blueprint& entry) {
    const bp::Blueprint& m = doc.model();
    if (entry.circles.empty()) return bp::set_blueprint_info(bp::own_fields(m), entry);
    const bp::Circle& c = entry.circles[0];
    const std::string& id = c.touchpoints.empty() ? c.id.value
                            : c.touchpoints[0].key_factors.empty() ? c.touchpoints[0].id.value
                            : c.touchpoints[0].key_factors[0].standards.empty() ? c.touchpoints[0].key_factors[0].id.value
                            : c.touchpoints[0].key_factors[0].standards[0].id.value;
    const std::optional<bp::Location> at = doc.locator().find(std::string_view(id));
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
    struct Entry {
        std::string_view kind;  // "", kWholeCircle or kCircleList
        bp::Blueprint blueprint;
    };
    std::vector<Entry> parsed;
    bool whole = false;
    for (const std::string& text : entries) {
        std::string_view kind = starts_with(text, kWholeCircle) ? kWholeCircle
                                : starts_with(text, kCircleList) ? kCircleList
                                                                 : std::string_view();
        bp::LoadResult loaded = bp::load_blueprint(std::string_view(text).substr(kind.size()));
        if (!loaded.ok() || loaded.blueprint().id != model().id) return 0;
        if (kind == kWholeCircle && loaded.blueprint().circles.size() != 1) return 0;
        whole = whole || !kind.empty();
        parsed.push_back({kind, std::move(loaded.blueprint())});
    }
    const bp::Text what{"恢复自动保存的修改", "Restore autosaved changes"};
    if (!whole) {
        std::vector<bp::EditPtr> edits;
        for (const Entry& e : parsed) {
            bp::EditPtr edit = journal_edit(doc_, e.blueprint);
            if (!edit) return 0;
            edits.push_back(std::move(edit));
        }
        // Later entries for the same element were taken after the earlier ones: applied in order, they win.
        if (!doc_.apply(bp::batch(std::move(edits), what))) return 0;
    } else {
        // Whole circles replace theirs (or join, when the list says where); then the elements' own fields
        // outside them. Each key's newest entry is in the journal, so an element entry for a circle that is
        // also journaled whole is older than that circle's entry: the circle holds it. The blueprint's own
        // fields and roles are every entry's, the newest entry's last.
        std::vector<bp::Circle> circles = model().circles;
        std::unordered_map<std::string, size_t> index;
        for (size_t i = 0; i < circles.size(); ++i) index.emplace(circles[i].id.value, i);
        std::set<std::string> replaced;
        const Entry* list = nullptr;
        for (Entry& e : parsed) {
            if (e.kind == kCircleList) list = &e;
            if (e.kind != kWholeCircle) continue;
            bp::Circle& c = e.blueprint.circles[0];
            replaced.insert(c.id.value);
            auto [it, fresh] = index.emplace(c.id.value, circles.size());
            if (fresh) circles.push_back(std::move(c));
            else circles[it->second] = std::move(c);
        }
        if (list) {
            std::vector<bp::Circle> ordered;
            for (const bp::Circle& stub : list->blueprint.circles) {
                auto it = index.find(stub.id.value);
                if (it == index.end()) return 0;
                ordered.push_back(std::move(circles[it->second]));
            }
            circles = std::move(ordered);
        } else if (circles.size() != model().circles.size()) {
            return 0;  // a circle came without the list that places it
        }
        bp::Blueprint merged = bp::own_fields(parsed.back().blueprint);
        merged.id = model().id;
        merged.circles = std::move(circles);
        merged.results = model().results;
        bp::Document scratch(std::move(merged));
        for (const Entry& e : parsed) {
            if (!e.kind.empty() || e.blueprint.circles.empty() || replaced.count(e.blueprint.circles[0].id.value)) continue;
            if (!scratch.apply(journal_edit(scratch, e.blueprint))) return 0;
        }
        // Pieces taken at different times must still make one document the loader accepts (unique ids,
        // roles and links that resolve): all or nothing.
        bp::LoadResult checked = bp::load_blueprint(bp::save_blueprint(scratch.model()));
        if (!checked.ok()) return 0;
        if (!doc_.apply(bp::replace_contents(model(), std::move(checked.blueprint()), what))) return 0;
    }
    doc_.seal();
    mark_unsaved();
    return (int)entries.size();
}

}  // namespace ui
