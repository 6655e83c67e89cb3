#include "session.h"

#include <chrono>

#include "blueprint/dates.h"

namespace ui {

double Session::steady_seconds() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

namespace {
// Work that took `cost_ms` last time may run again at `now`? Cheap work always may; slow work (a huge
// document) waits `factor` times its cost so the designer stays responsive.
bool may_run(double cost_ms, double last_at, double now, double factor) {
    return cost_ms < 50 || (now - last_at) * 1000 >= factor * cost_ms;
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
    bp::LoadResult loaded = bp::load_blueprint(json);
    OpenResult result;
    if (!loaded.ok()) {
        result.error = loaded.error();
        return result;
    }
    result.migrated_from = loaded.migrated_from;
    open(std::move(loaded.blueprint()), filename);
    return result;
}

void Session::open(bp::Blueprint blueprint, const std::string& filename) {
    doc_.replace(std::move(blueprint));
    filename_ = filename;
    mark_saved();
}

void Session::new_document(Lang lang) {
    bp::Blueprint b;
    const auto stamp = std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::system_clock::now().time_since_epoch()).count();
    b.id = bp::BlueprintId("bp-" + std::to_string(stamp));
    b.name = tr(lang, "新服务蓝图", "New service blueprint");
    b.language = lang == Lang::Zh ? "zh-CN" : "en";
    bp::Circle c;
    c.id = bp::CircleId("circle-1");
    c.name = tr(lang, "服务圈 1", "Circle 1");
    b.circles.push_back(c);
    doc_.replace(std::move(b));
    filename_.clear();
    mark_saved();
}

std::string Session::save() {
    std::string bytes = bp::save_blueprint(doc_.model());
    mark_saved();
    return bytes;
}

// ------------------------------------------------------------------------------------------ lint
const std::vector<bp::Finding>& Session::findings() {
    if (findings_revision_ != doc_.revision() &&
        (findings_revision_ == 0 || (!gesture_ && may_run(lint_ms_, last_lint_at_, clock_(), 4)))) {
        bp::LintOptions options;
        options.today = bp::today_local();
        const double start = clock_();
        findings_ = bp::lint(doc_.model(), options);
        last_lint_at_ = clock_();
        lint_ms_ = (last_lint_at_ - start) * 1000;
        findings_revision_ = doc_.revision();
    }
    return findings_;
}

// -------------------------------------------------------------------------------------- autosave
bool Session::autosave_if_due(bool typing, const std::function<void(const std::string&)>& write) {
    const double now = clock_();
    if (gesture_ || autosaved_revision_ == doc_.revision()) return false;
    // While a field is typed in, a cheap save (under 50 ms) goes with every change; a costlier one at most
    // every two seconds.
    if (typing && autosave_ms_ >= 50 && now - last_autosave_at_ < 2.0) return false;
    if (!may_run(autosave_ms_, last_autosave_at_, now, 10)) return false;
    bool wrote = false;
    if (autosaved_revision_ != 0 || unsaved()) {
        write(bp::save_blueprint(doc_.model()));
        last_autosave_at_ = clock_();
        autosave_ms_ = (last_autosave_at_ - now) * 1000;
        wrote = true;
    }
    autosaved_revision_ = doc_.revision();
    return wrote;
}

}  // namespace ui
