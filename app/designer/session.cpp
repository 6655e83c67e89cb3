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

namespace {
// Does the element at `at` still carry this id?
bool still_there(const bp::Blueprint& m, const Located& at, const std::string& id) {
    const bp::Path& p = at.path;
    if (p.circle < 0 || p.circle >= (int)m.circles.size()) return false;
    const bp::Circle& c = m.circles[p.circle];
    if (at.kind == ElementKind::Circle) return c.id.value == id;
    if (p.touchpoint < 0 || p.touchpoint >= (int)c.touchpoints.size()) return false;
    const bp::Touchpoint& tp = c.touchpoints[p.touchpoint];
    if (at.kind == ElementKind::Touchpoint) return tp.id.value == id;
    if (p.key_factor < 0 || p.key_factor >= (int)tp.key_factors.size()) return false;
    const bp::KeyFactor& kf = tp.key_factors[p.key_factor];
    if (at.kind == ElementKind::KeyFactor) return kf.id.value == id;
    return p.standard >= 0 && p.standard < (int)kf.standards.size() && kf.standards[p.standard].id.value == id;
}
}  // namespace

std::optional<Located> Session::locate(const std::string& id) {
    if (id.empty()) return std::nullopt;
    const bp::Blueprint& m = doc_.model();
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (auto it = where_.find(id); it != where_.end() && still_there(m, it->second, id)) return it->second;
        if (where_revision_ == doc_.revision()) return std::nullopt;  // the table is current: no such element
        where_.clear();
        for (int c = 0; c < (int)m.circles.size(); ++c) {
            where_[m.circles[c].id.value] = {ElementKind::Circle, bp::Path{c}};
            const auto& tps = m.circles[c].touchpoints;
            for (int t = 0; t < (int)tps.size(); ++t) {
                where_[tps[t].id.value] = {ElementKind::Touchpoint, bp::Path{c, t}};
                const auto& kfs = tps[t].key_factors;
                for (int k = 0; k < (int)kfs.size(); ++k) {
                    where_[kfs[k].id.value] = {ElementKind::KeyFactor, bp::Path{c, t, k}};
                    for (int s = 0; s < (int)kfs[k].standards.size(); ++s)
                        where_[kfs[k].standards[s].id.value] = {ElementKind::Standard, bp::Path{c, t, k, s}};
                }
            }
        }
        where_revision_ = doc_.revision();
    }
    return std::nullopt;
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
