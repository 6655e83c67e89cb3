// The designer's shell: menu bar, toolbar, keyboard shortcuts, the notice banner and the layout of the
// canvas and panels; plus the document-level services (open, new, paste, lint cache, preferences).
// Sections: selection · document services · preferences · shortcuts · menu · toolbar · banner · frame.
#include "designer.h"

#include <algorithm>
#include <chrono>
#include <ctime>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "actions.h"
#include "blueprint/export.h"
#include "blueprint/json_io.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "panels.h"

namespace ui {

// --------------------------------------------------------------------------------------- selection
bool Selection::contains(const std::string& id) const { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

void Selection::set(const std::string& id) {
    ids.clear();
    ids.push_back(id);
}

void Selection::toggle(const std::string& id) {
    auto it = std::find(ids.begin(), ids.end(), id);
    if (it != ids.end()) ids.erase(it);
    else ids.push_back(id);
}

// ------------------------------------------------------------------------------- document services
namespace {

std::string today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
#ifdef _WIN32
    localtime_s(&local, &now);
#else
    localtime_r(&now, &local);
#endif
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &local);
    return buf;
}

// "热水器安装.blueprint.json" → "热水器安装"; used to name saves and exports.
std::string base_name(const Designer& d) {
    std::string name = d.filename.empty() ? d.doc.model().name : d.filename;
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

bool zh(const Designer& d) { return d.options.lang == Lang::Zh; }

}  // namespace

namespace {
double seconds_now() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
// Work that took `cost_ms` last time may run again now? Cheap work always may; slow work (a huge
// document) waits `factor` times its cost so the designer stays responsive.
bool may_run(double cost_ms, double last_at, double factor) {
    return cost_ms < 50 || (seconds_now() - last_at) * 1000 >= factor * cost_ms;
}
}  // namespace

const std::vector<bp::Finding>& Designer::findings() {
    if (findings_revision_ != doc.revision() &&
        (findings_revision_ == 0 || (!gesture_in_progress(*this) && may_run(lint_ms_, last_lint_at_, 4)))) {
        bp::LintOptions options;
        options.today = today();
        const double start = seconds_now();
        findings_ = bp::lint(doc.model(), options);
        last_lint_at_ = seconds_now();
        lint_ms_ = (last_lint_at_ - start) * 1000;
        findings_revision_ = doc.revision();
    }
    return findings_;
}

bool Designer::background_work_pending() const {
    return findings_revision_ != doc.revision() || autosaved_revision_ != doc.revision();
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

std::optional<Located> Designer::locate(const std::string& id) {
    if (id.empty()) return std::nullopt;
    const bp::Blueprint& m = doc.model();
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (auto it = where_.find(id); it != where_.end() && still_there(m, it->second, id)) return it->second;
        if (where_revision_ == doc.revision()) return std::nullopt;  // the table is current: no such element
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
        where_revision_ = doc.revision();
    }
    return std::nullopt;
}

const bp::Role* Designer::role(const bp::RoleId& id) const {
    if (id.empty()) return nullptr;
    for (const bp::Role& r : doc.model().roles)
        if (r.id == id) return &r;
    return nullptr;
}

bool Designer::open_text(const std::string& json, const std::string& name) {
    bp::LoadResult result = bp::load_blueprint(json);
    if (!result.ok()) {
        const std::string shown = name.empty() ? tr(options.lang, "文件", "the file") : name;
        notice = (zh(*this) ? "无法打开 " + shown + "：" : "Could not open " + shown + ": ") +
                 result.error().describe(zh(*this)) +
                 tr(options.lang, "（当前文档未改动）", " (the open document is unchanged)");
        notice_is_error = true;
        return false;
    }
    cancel_gesture(*this);
    doc.replace(std::move(result.blueprint()));
    filename = name;
    selection.clear();
    focus_request.clear();
    canvas.rename_id.clear();
    canvas.circle_camera_ready = canvas.blueprint_camera_ready = false;
    saved_revision = doc.revision();
    notice.clear();
    notice_is_error = false;
    if (result.migrated_from) {
        notice = zh(*this) ? "已从旧版格式（版本 " + std::to_string(result.migrated_from) + "）转换；保存后为新格式。"
                           : "Converted from an older format (version " + std::to_string(result.migrated_from) +
                                 "); saving writes the current format.";
    }
    return true;
}

void Designer::new_document() {
    cancel_gesture(*this);
    bp::Blueprint b;
    const auto stamp = std::chrono::duration_cast<std::chrono::milliseconds>(
                           std::chrono::system_clock::now().time_since_epoch()).count();
    b.id = bp::BlueprintId("bp-" + std::to_string(stamp));
    b.name = tr(options.lang, "新服务蓝图", "New service blueprint");
    b.language = zh(*this) ? "zh-CN" : "en";
    bp::Circle c;
    c.id = bp::CircleId("circle-1");
    c.name = tr(options.lang, "服务圈 1", "Circle 1");
    b.circles.push_back(c);
    doc.replace(std::move(b));
    filename.clear();
    selection.set("circle-1");
    canvas.circle_camera_ready = canvas.blueprint_camera_ready = false;
    saved_revision = doc.revision();
    notice.clear();
}

bool Designer::paste_text(const std::string& text) {
    if (ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput) return false;
    return actions::paste(*this, text);
}

// ------------------------------------------------------------------------------------- preferences
std::string Designer::preferences_json() const {
    rapidjson::StringBuffer out;
    rapidjson::Writer<rapidjson::StringBuffer> w(out);
    w.StartObject();
    w.Key("view");
    w.String(options.view == View::Circles ? "circles" : "blueprint");
    w.Key("lang");
    w.String(options.lang == Lang::Zh ? "zh-CN" : "en");
    w.Key("show_inspector");
    w.Bool(options.show_inspector);
    w.Key("show_standards");
    w.Bool(options.show_standards);
    w.Key("show_lint");
    w.Bool(options.show_lint);
    w.Key("show_history");
    w.Bool(options.show_history);
    w.EndObject();
    return out.GetString();
}

void Designer::load_preferences(const std::string& json) {
    rapidjson::Document p;
    p.Parse<rapidjson::kParseStopWhenDoneFlag>(json.c_str(), json.size());
    if (p.HasParseError() || !p.IsObject()) return;
    auto str = [&](const char* key) -> std::string {
        auto it = p.FindMember(key);
        return it != p.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
    };
    auto flag = [&](const char* key, bool& out) {
        auto it = p.FindMember(key);
        if (it != p.MemberEnd() && it->value.IsBool()) out = it->value.GetBool();
    };
    if (str("view") == "circles") options.view = View::Circles;
    if (str("view") == "blueprint") options.view = View::Blueprint;
    if (str("lang") == "zh-CN") options.lang = Lang::Zh;
    if (str("lang") == "en") options.lang = Lang::En;
    flag("show_inspector", options.show_inspector);
    flag("show_standards", options.show_standards);
    flag("show_lint", options.show_lint);
    flag("show_history", options.show_history);
    saved_preferences_ = preferences_json();
}

// ---------------------------------------------------------------------------------------- commands
namespace {

void save(Designer& d) {
    d.platform->download(base_name(d) + ".blueprint.json", "application/json", bp::save_blueprint(d.doc.model()));
    d.saved_revision = d.doc.revision();
}

void export_standards(Designer& d, int format) {
    const bp::Blueprint& m = d.doc.model();
    const std::string base = base_name(d);
    if (format == 0) d.platform->download(base + ".standards.json", "application/json", bp::export_standards_json(m));
    if (format == 1) d.platform->download(base + ".standards.csv", "text/csv", bp::export_standards_csv(m, zh(d)));
    if (format == 2) d.platform->download(base + ".standards.md", "text/markdown", bp::export_standards_markdown(m, zh(d)));
}

void set_language(Designer& d, Lang lang) {
    if (d.options.lang == lang) return;
    d.options.lang = lang;
    d.platform->language_changed(lang);
}

void switch_view(Designer& d, View view) {
    if (d.options.view == view) return;
    cancel_gesture(d);
    d.options.view = view;
    d.canvas.centre_on_selection = true;  // the selection is the Designer's and carries over; show it
}

void add_touchpoint_and_name(Designer& d) { begin_rename(d, actions::add_touchpoint(d)); }

// ------------------------------------------------------------------------------------------ shortcuts
void handle_shortcuts(Designer& d) {
    ImGuiIO& io = ImGui::GetIO();
    const bool cmd = io.KeyCtrl || io.KeySuper;
    const bool popup = ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
    auto pressed = [](ImGuiKey key) { return ImGui::IsKeyPressed(key, false); };

    if (pressed(ImGuiKey_Escape) && !io.WantTextInput && !popup) {
        if (gesture_in_progress(d)) cancel_gesture(d);
        else if (!d.notice.empty()) d.notice.clear();
        else d.selection.clear();
    }
    // While typing, keys belong to the text field (its own undo, select all, delete).
    if (io.WantTextInput || popup) return;
    if (cmd && pressed(ImGuiKey_Z) && !io.KeyShift) actions::undo(d);
    if ((cmd && pressed(ImGuiKey_Z) && io.KeyShift) || (cmd && pressed(ImGuiKey_Y))) actions::redo(d);
    if (cmd && pressed(ImGuiKey_S)) save(d);
    if (cmd && pressed(ImGuiKey_O)) d.platform->open_file_picker();
    if (cmd && pressed(ImGuiKey_A)) actions::select_all(d);
    if (cmd && pressed(ImGuiKey_D)) actions::duplicate_selection(d);
    if (cmd && pressed(ImGuiKey_C)) actions::copy_to_clipboard(d);
    if (cmd && pressed(ImGuiKey_X)) actions::cut_to_clipboard(d);
    if (gesture_in_progress(d)) return;
    if (pressed(ImGuiKey_Delete) || (pressed(ImGuiKey_Backspace) && io.KeySuper)) actions::delete_selection(d);
    if (pressed(ImGuiKey_F2) && d.selection.primary()) begin_rename(d, *d.selection.primary());
    if ((pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeypadEnter)) && !cmd) add_touchpoint_and_name(d);
}

// ----------------------------------------------------------------------------------------------- menu
void draw_menu(Designer& d) {
    const Lang l = d.options.lang;
    if (!ImGui::BeginMainMenuBar()) return;
    if (ImGui::BeginMenu(tr(l, "文件", "File"))) {
        if (ImGui::MenuItem(tr(l, "新建", "New"))) d.new_document();
        if (ImGui::MenuItem(tr(l, "打开…", "Open…"), "Ctrl+O")) d.platform->open_file_picker();
        if (ImGui::MenuItem(tr(l, "保存", "Save"), "Ctrl+S")) save(d);
        if (ImGui::BeginMenu(tr(l, "导出标准", "Export standards"))) {
            if (ImGui::MenuItem(".standards.json")) export_standards(d, 0);
            if (ImGui::MenuItem(tr(l, ".csv（Excel）", ".csv (Excel)"))) export_standards(d, 1);
            if (ImGui::MenuItem(tr(l, ".md（手册）", ".md (handbook)"))) export_standards(d, 2);
            ImGui::EndMenu();
        }
        if (ImGui::BeginMenu(tr(l, "示例", "Samples"), !d.samples.empty())) {
            for (size_t i = 0; i < d.samples.size(); ++i) {
                ImGui::PushID((int)i);
                if (ImGui::MenuItem(d.samples[i].name.c_str())) {
                    const Sample s = d.samples[i];  // open_text may not outlive a reference into the list
                    d.open_text(s.json, s.name + ".blueprint.json");
                }
                ImGui::PopID();
            }
            ImGui::EndMenu();
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(l, "编辑", "Edit"))) {
        const bool any = !d.selection.ids.empty();
        if (ImGui::MenuItem(tr(l, "撤销", "Undo"), "Ctrl+Z", false, d.doc.history().can_undo())) actions::undo(d);
        if (ImGui::MenuItem(tr(l, "重做", "Redo"), "Ctrl+Shift+Z", false, d.doc.history().can_redo())) actions::redo(d);
        ImGui::Separator();
        if (ImGui::MenuItem(tr(l, "剪切", "Cut"), "Ctrl+X", false, any)) actions::cut_to_clipboard(d);
        if (ImGui::MenuItem(tr(l, "复制", "Copy"), "Ctrl+C", false, any)) actions::copy_to_clipboard(d);
        if (ImGui::MenuItem(tr(l, "粘贴", "Paste"), "Ctrl+V")) d.platform->request_paste();
        if (ImGui::MenuItem(tr(l, "复制副本", "Duplicate"), "Ctrl+D", false, any)) actions::duplicate_selection(d);
        if (ImGui::MenuItem(tr(l, "删除", "Delete"), "Del", false, any)) actions::delete_selection(d);
        if (ImGui::MenuItem(tr(l, "重命名", "Rename"), "F2", false, any)) begin_rename(d, *d.selection.primary());
        ImGui::Separator();
        if (ImGui::MenuItem(tr(l, "全选", "Select all"), "Ctrl+A")) actions::select_all(d);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(l, "视图", "View"))) {
        if (ImGui::MenuItem(tr(l, "服务圈视图", "Circle view"), nullptr, d.options.view == View::Circles))
            switch_view(d, View::Circles);
        if (ImGui::MenuItem(tr(l, "蓝图视图", "Blueprint view"), nullptr, d.options.view == View::Blueprint))
            switch_view(d, View::Blueprint);
        if (ImGui::MenuItem(tr(l, "缩放到全部", "Zoom to fit"))) d.canvas.fit_pending = true;
        ImGui::Separator();
        ImGui::MenuItem(tr(l, "检查器", "Inspector"), nullptr, &d.options.show_inspector);
        ImGui::MenuItem(tr(l, "标准表", "Standards table"), nullptr, &d.options.show_standards);
        ImGui::MenuItem(tr(l, "检查结果", "Lint"), nullptr, &d.options.show_lint);
        ImGui::MenuItem(tr(l, "历史", "History"), nullptr, &d.options.show_history);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(l, "工具", "Tools"))) {
        if (ImGui::MenuItem(tr(l, "将全部关键因素转换为标准", "Convert all key factors to standards"))) actions::convert_all(d);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(l, "语言", "Language"))) {
        if (ImGui::MenuItem("中文", nullptr, l == Lang::Zh)) set_language(d, Lang::Zh);
        if (ImGui::MenuItem("English", nullptr, l == Lang::En)) set_language(d, Lang::En);
        ImGui::EndMenu();
    }
    // Document name and save state at the right of the bar.
    const std::string status = d.doc.model().name + (d.unsaved() ? tr(l, "（未保存）", " (unsaved)") : "");
    const float w = ImGui::CalcTextSize(status.c_str()).x;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX() + 20, ImGui::GetWindowWidth() - w - 16));
    ImGui::TextDisabled("%s", status.c_str());
    ImGui::EndMainMenuBar();
}

// -------------------------------------------------------------------------------------------- toolbar
void draw_toolbar(Designer& d, ImVec2 pos, ImVec2 size) {
    const Lang l = d.options.lang;
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(size);
    ImGui::Begin("##toolbar", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
    auto button = [](const char* label, bool enabled, const char* tip) {
        ImGui::BeginDisabled(!enabled);
        const bool clicked = ImGui::Button(label);
        ImGui::EndDisabled();
        if (tip && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tip);
        ImGui::SameLine();
        return clicked;
    };
    auto at = d.selection.primary() ? actions::locate(d, *d.selection.primary()) : std::nullopt;
    const bool on_tp = at && at->kind != actions::Kind::Circle;
    const bool on_kf = at && (at->kind == actions::Kind::KeyFactor || at->kind == actions::Kind::Standard);
    if (button(tr(l, "+ 服务圈", "+ Circle"), true, nullptr)) begin_rename(d, actions::add_circle(d));
    if (button(tr(l, "+ 触点", "+ Touchpoint"), true, "Enter")) add_touchpoint_and_name(d);
    if (button(tr(l, "+ 关键因素", "+ Key factor"), on_tp, nullptr)) begin_rename(d, actions::add_key_factor(d));
    if (button(tr(l, "+ 标准", "+ Standard"), on_kf, nullptr)) actions::add_standard(d);
    ImGui::TextDisabled("|");
    ImGui::SameLine();
    const bool any = !d.selection.ids.empty();
    if (button(tr(l, "复制副本", "Duplicate"), any, "Ctrl+D")) actions::duplicate_selection(d);
    if (button(tr(l, "删除", "Delete"), any, "Del")) actions::delete_selection(d);
    if (button(tr(l, "撤销", "Undo"), d.doc.history().can_undo(), "Ctrl+Z")) actions::undo(d);
    if (button(tr(l, "重做", "Redo"), d.doc.history().can_redo(), "Ctrl+Shift+Z")) actions::redo(d);
    ImGui::TextDisabled("|");
    ImGui::SameLine();
    if (ImGui::RadioButton(tr(l, "服务圈", "Circles"), d.options.view == View::Circles)) switch_view(d, View::Circles);
    ImGui::SameLine();
    if (ImGui::RadioButton(tr(l, "蓝图", "Blueprint"), d.options.view == View::Blueprint)) switch_view(d, View::Blueprint);
    ImGui::SameLine();
    if (button(tr(l, "缩放到全部", "Zoom to fit"), true, nullptr)) d.canvas.fit_pending = true;
    if (button(tr(l, "转换为标准", "Convert to standards"), true,
               tr(l, "为所有尚无标准的关键因素起草标准", "Draft a standard for every key factor without one")))
        actions::convert_all(d);
    ImGui::NewLine();
    ImGui::End();
}

// --------------------------------------------------------------------------------------------- banner
void draw_banner(Designer& d, ImVec2 pos, float width) {
    if (d.notice.empty()) return;
    // The message wraps in the room left of the button, however long a path or error it carries.
    const ImGuiStyle& style = ImGui::GetStyle();
    const char* icon = d.notice_is_error ? "(!)" : "(i)";
    const char* close = tr(d.options.lang, "知道了", "Dismiss");
    const float button_w = ImGui::CalcTextSize(close).x + style.FramePadding.x * 2;
    const float icon_w = ImGui::CalcTextSize(icon).x + style.ItemSpacing.x;
    const float text_w =
        std::max(60.0f, width - style.WindowPadding.x * 2 - icon_w - button_w - style.ItemSpacing.x * 2);
    const float text_h = ImGui::CalcTextSize(d.notice.c_str(), nullptr, false, text_w).y;
    const float h = std::max(ImGui::GetFrameHeight(), text_h) + style.WindowPadding.y * 2;
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(ImVec2(width, h));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, d.notice_is_error ? IM_COL32(250, 225, 222, 255) : IM_COL32(225, 238, 252, 255));
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(30, 30, 35, 255));
    ImGui::Begin("##notice", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing);
    ImGui::TextUnformatted(icon);
    ImGui::SameLine();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + text_w);
    ImGui::TextUnformatted(d.notice.c_str());
    ImGui::PopTextWrapPos();
    ImGui::SetCursorPos(ImVec2(width - style.WindowPadding.x - button_w, style.WindowPadding.y));
    if (ImGui::SmallButton(close)) d.notice.clear();
    ImGui::End();
    ImGui::PopStyleColor(2);
}

// A panel window goes where the layout says; it draws itself (panels.h).
void place_panel(ImVec2 pos, ImVec2 size, void (*draw)(Designer&), Designer& d) {
    ImGui::SetNextWindowPos(pos, ImGuiCond_Always);
    ImGui::SetNextWindowSize(size, ImGuiCond_Always);
    draw(d);
    ImGui::GetCurrentContext()->NextWindowData.ClearFlags();  // a panel that drew nothing must not pass it on
}

}  // namespace

// ---------------------------------------------------------------------------------------------- frame
void Designer::frame() {
    if (!platform) return;
    handle_shortcuts(*this);
    draw_menu(*this);

    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float menu_h = ImGui::GetFrameHeight();
    const float toolbar_h = ImGui::GetFrameHeight() + ImGui::GetStyle().WindowPadding.y * 2;
    draw_toolbar(*this, ImVec2(0, menu_h), ImVec2(display.x, toolbar_h));
    const float top = menu_h + toolbar_h;

    // Canvas in the middle, inspector (and history) on the right, standards table and lint along the bottom.
    const float right_w = options.show_inspector || options.show_history ? std::clamp(display.x * 0.28f, 260.0f, 460.0f) : 0;
    const bool bottom = options.show_standards || options.show_lint;
    const float bottom_h = bottom ? std::clamp((display.y - top) * 0.32f, 150.0f, 380.0f) : 0;
    const float main_w = std::max(display.x - right_w, 100.0f);
    const float canvas_h = std::max(display.y - top - bottom_h, 100.0f);
    draw_canvas(*this, {0, top}, {main_w, canvas_h});
    draw_banner(*this, ImVec2(0, top), main_w);  // over the canvas's top edge, so nothing below it moves

    if (bottom) {
        const float y = top + canvas_h;
        const float table_w = options.show_lint ? (options.show_standards ? main_w * 0.62f : 0) : main_w;
        if (options.show_standards) place_panel(ImVec2(0, y), ImVec2(table_w, bottom_h), draw_standards_table, *this);
        if (options.show_lint) place_panel(ImVec2(table_w, y), ImVec2(main_w - table_w, bottom_h), draw_lint_panel, *this);
    }
    if (right_w > 0) {
        const float h = display.y - top;
        const float history_h = options.show_history ? (options.show_inspector ? h * 0.35f : h) : 0;
        if (options.show_inspector) place_panel(ImVec2(main_w, top), ImVec2(right_w, h - history_h), draw_inspector, *this);
        if (options.show_history)
            place_panel(ImVec2(main_w, top + h - history_h), ImVec2(right_w, history_h), draw_history_panel, *this);
    }
    after_frame();
}

// Autosave after every change: not in the middle of a drag; while a field is being typed in, a cheap save
// (under 50 ms) with every change, a costlier one at most every two seconds; a huge document (a save over
// 50 ms) at most once per ten save durations.
// Then the unsaved-changes flag and the preferences.
void Designer::after_frame() {
    const bool typing = ImGui::GetIO().WantTextInput;
    const double since = seconds_now() - last_autosave_at_;
    if (!gesture_in_progress(*this) && autosaved_revision_ != doc.revision() && (!typing || autosave_ms_ < 50 || since >= 2.0) &&
        may_run(autosave_ms_, last_autosave_at_, 10)) {
        if (autosaved_revision_ != 0 || doc.revision() != saved_revision) {
            const double start = seconds_now();
            platform->autosave(bp::save_blueprint(doc.model()));
            last_autosave_at_ = seconds_now();
            autosave_ms_ = (last_autosave_at_ - start) * 1000;
        }
        autosaved_revision_ = doc.revision();
    }
    if (reported_unsaved_ != unsaved()) {
        reported_unsaved_ = unsaved();
        platform->set_unsaved_changes(reported_unsaved_);
    }
    std::string prefs = preferences_json();
    if (prefs != saved_preferences_) {
        platform->save_preferences(prefs);
        saved_preferences_ = std::move(prefs);
    }
}

}  // namespace ui
