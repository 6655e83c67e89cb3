// The designer's shell: menu bar, toolbar, keyboard shortcuts, the notice banner, the commands between
// views and the layout of the canvas and the panel table; plus open, new, paste and the preferences.
// Sections: selection · document · preferences · actions of the shell · shortcuts · menu · toolbar ·
// banner · panels · commands · frame.
#include "designer.h"

#include <algorithm>
#include <cmath>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "actions.h"
#include "docks.h"
#include "guide.h"
#include "blueprint/export.h"
#include "blueprint/results.h"
#include "blueprint/roles.h"
#include "imgui.h"
#include "imgui_internal.h"
#include "panel_widgets.h"
#include "picture_export.h"

namespace ui {

// --------------------------------------------------------------------------------------- selection
bool Selection::contains(const bp::ElementId& id) const { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

void Selection::set(const bp::ElementId& id) {
    ids.clear();
    if (!id.empty()) ids.push_back(id);
}

void Selection::toggle(const bp::ElementId& id) {
    if (id.empty()) return;
    auto it = std::find(ids.begin(), ids.end(), id);
    if (it != ids.end()) ids.erase(it);
    else ids.push_back(id);
}

// ---------------------------------------------------------------------------------------- document
Context Designer::context() {
    return Context{session, selection, options, commands, platform ? *platform : null_platform_};
}

bool Designer::open_text(const std::string& json, const std::string& name) {
    const bool zh = options.lang == Lang::Zh;
    cancel_gesture(canvas, session);
    const Session::OpenResult result = session.open_text(json, name);
    if (!result.ok()) {
        const std::string shown = name.empty() ? tr(options.lang, "文件", "the file") : name;
        notice = (zh ? "无法打开 " + shown + "：" : "Could not open " + shown + ": ") + result.error->describe(options.lang) +
                 tr(options.lang, "（当前文档未改动）", " (the open document is unchanged)");
        notice_is_error = true;
        return false;
    }
    selection.clear();
    selection.broken_link.reset();  // a link broken in the old document is not broken in this one
    commands.take();  // requests about the old document
    canvas.rename_id = {};
    forget_cameras(canvas);
    notice.clear();
    notice_is_error = false;
    if (result.migrated_from) {
        notice = zh ? "已从旧版格式（版本 " + std::to_string(result.migrated_from) + "）转换；保存后为新格式。"
                    : "Converted from an older format (version " + std::to_string(result.migrated_from) +
                          "); saving writes the current format.";
    }
    return true;
}

void Designer::new_document() {
    cancel_gesture(canvas, session);
    session.new_document(options.lang);
    selection.set(session.model().circles.front().id);
    forget_cameras(canvas);
    notice.clear();
}

bool Designer::paste_text(const std::string& text) {
    if (ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput) return false;
    return actions::paste(context(), text);
}

Camera& Designer::camera() { return current_camera(canvas, options.view); }
const Scene& Designer::scene() { return current_scene(canvas, session.doc(), options.view, options.lang); }
std::optional<bp::Vec2> Designer::screen_position(const bp::ElementId& id) {
    return element_screen_position(context(), canvas, id);
}

// ------------------------------------------------------------------------------------- preferences
// Preferences are a flat object; anything nested deeper than this is not ours and is ignored whole
// (RapidJSON's default parser recurses once per level: 20,000 levels overflowed the stack at start-up).
constexpr int kMaxPreferencesDepth = 8;

namespace {
// The deepest nesting of arrays and objects in a JSON text, counted outside strings; stops counting
// once past `limit`.
int nesting_depth(const std::string& json, int limit) {
    int depth = 0, deepest = 0;
    bool in_string = false, escaped = false;
    for (char ch : json) {
        if (in_string) {
            if (escaped) escaped = false;
            else if (ch == '\\') escaped = true;
            else if (ch == '"') in_string = false;
            continue;
        }
        if (ch == '"') in_string = true;
        else if (ch == '{' || ch == '[') {
            deepest = std::max(deepest, ++depth);
            if (deepest > limit) return deepest;
        } else if (ch == '}' || ch == ']') --depth;
    }
    return deepest;
}
}  // namespace

std::string Designer::preferences_json() const {
    rapidjson::StringBuffer out;
    rapidjson::Writer<rapidjson::StringBuffer> w(out);
    w.StartObject();
    w.Key("view");
    w.String(options.view == View::Circles ? "circles" : options.view == View::Blueprint ? "blueprint" : "chain");
    w.Key("lang");
    w.String(options.lang == Lang::Zh ? "zh-CN" : "en");
    for (const Panel& panel : panel_table()) {
        const std::string key = std::string("show_") + panel.id;
        w.Key(key.c_str(), (rapidjson::SizeType)key.size());
        w.Bool(options.*panel.shown);
    }
    auto number = [&](const std::string& key, float value) {
        w.Key(key.c_str(), (rapidjson::SizeType)key.size());
        w.Double(std::round(value * 1000) / 1000);
    };
    if (options.right_width > 0) number("right_width", options.right_width);
    if (options.bottom_height > 0) number("bottom_height", options.bottom_height);
    // The results layer: on or off, and the period and site chosen (kept even when the open document's
    // results lack them: the next document may have them; results_layer:: falls back meanwhile).
    w.Key("results_layer");
    w.Bool(options.results.shown);
    if (!options.results.period.empty()) {
        w.Key("results_period");
        w.String(options.results.period.c_str(), (rapidjson::SizeType)options.results.period.size());
    }
    if (!options.results.site.empty()) {
        w.Key("results_site");
        w.String(options.results.site.c_str(), (rapidjson::SizeType)options.results.site.size());
    }
    for (const auto& [id, share] : options.panel_shares)
        if (find_panel(id)) number("share_" + id, share);
    w.EndObject();
    return out.GetString();
}

void Designer::load_preferences(const std::string& json) {
    if (nesting_depth(json, kMaxPreferencesDepth) > kMaxPreferencesDepth) return;
    rapidjson::Document p;
    p.Parse<rapidjson::kParseStopWhenDoneFlag | rapidjson::kParseIterativeFlag>(json.c_str(), json.size());
    if (p.HasParseError() || !p.IsObject()) return;
    auto str = [&](const char* key) -> std::string {
        auto it = p.FindMember(key);
        return it != p.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
    };
    if (str("view") == "circles") options.view = View::Circles;
    if (str("view") == "blueprint") options.view = View::Blueprint;
    if (str("view") == "chain") options.view = View::Chain;
    if (str("lang") == "zh-CN") options.lang = Lang::Zh;
    if (str("lang") == "en") options.lang = Lang::En;
    for (const Panel& panel : panel_table()) {
        const std::string key = std::string("show_") + panel.id;
        auto it = p.FindMember(key.c_str());
        if (it != p.MemberEnd() && it->value.IsBool()) options.*panel.shown = it->value.GetBool();
    }
    // Sizes: positive and not absurd, else the default.
    auto size = [&](const std::string& key, float limit) -> float {
        auto it = p.FindMember(key.c_str());
        if (it == p.MemberEnd() || !it->value.IsNumber()) return 0;
        const double v = it->value.GetDouble();
        return std::isfinite(v) && v > 0 && v < limit ? float(v) : 0;
    };
    options.right_width = size("right_width", 20000);
    options.bottom_height = size("bottom_height", 20000);
    options.panel_shares.clear();
    for (const Panel& panel : panel_table())
        if (const float share = size(std::string("share_") + panel.id, 100); share > 0) options.panel_shares[panel.id] = share;
    if (auto it = p.FindMember("results_layer"); it != p.MemberEnd() && it->value.IsBool())
        options.results.shown = it->value.GetBool();
    // A period must read as one ("YYYY-MM"); a site is any short name (what the results call it).
    if (const std::string period = str("results_period"); period.size() == 7 && bp::period_of(period) == period)
        options.results.period = period;
    if (const std::string site = str("results_site"); site.size() <= 200) options.results.site = site;
    // Preferences saved before the guide existed belong to a returning user: no guide for them.
    auto guide = p.FindMember("show_guide");
    options.show_guide = guide != p.MemberEnd() && guide->value.IsBool() && guide->value.GetBool();
    saved_preferences_ = preferences_json();
}

// ------------------------------------------------------------------------------ actions of the shell
namespace {

void export_standards(const Context& ctx, int format, const bp::Blueprint& m, const std::string& base) {
    if (format == 0) ctx.platform.download(base + ".standards.json", "application/json", bp::export_standards_json(m));
    if (format == 1) ctx.platform.download(base + ".standards.csv", "text/csv", bp::export_standards_csv(m, ctx.lang()));
    if (format == 2) ctx.platform.download(base + ".standards.md", "text/markdown", bp::export_standards_markdown(m, ctx.lang()));
    if (format == 3) ctx.platform.download(base + ".handoffs.csv", "text/csv", bp::export_handoffs_csv(m, ctx.lang()));
}

// File › Export standards' four files, of `m` (the document, or what the table's filter shows).
void export_standards_items(const Context& ctx, const bp::Blueprint& m, const std::string& base) {
    const Lang l = ctx.lang();
    if (ImGui::MenuItem(".standards.json")) export_standards(ctx, 0, m, base);
    if (ImGui::MenuItem(tr(l, ".csv（Excel）", ".csv (Excel)"))) export_standards(ctx, 1, m, base);
    if (ImGui::MenuItem(tr(l, ".md（手册）", ".md (handbook)"))) export_standards(ctx, 2, m, base);
    if (ImGui::MenuItem(tr(l, ".handoffs.csv（交接表）", ".handoffs.csv (handoff table)"), nullptr, false,
                        (&m == &ctx.model() ? ctx.session.counts() : bp::count(m)).handoffs > 0))
        export_standards(ctx, 3, m, base);
}

void set_language(Designer& d, Lang lang) {
    if (d.options.lang == lang) return;
    d.options.lang = lang;
    d.platform->language_changed(lang);
}

void switch_view(const Context& ctx, View view) { ctx.commands.push(command::SwitchView{view}); }
void zoom_to_fit(const Context& ctx) { ctx.commands.push(command::ZoomToFit{}); }
void add_touchpoint_and_name(const Context& ctx) { ctx.begin_rename(actions::add_touchpoint(ctx)); }

// ------------------------------------------------------------------------------------------ shortcuts
// The topmost popup, unless it is a modal dialog (those answer Esc themselves: cancel).
void close_top_popup() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.OpenPopupStack.Size == 0) return;
    const ImGuiWindow* top = g.OpenPopupStack.back().Window;
    if (top && (top->Flags & ImGuiWindowFlags_Modal)) return;
    ImGui::ClosePopupToLevel(g.OpenPopupStack.Size - 1, true);
}

void handle_shortcuts(Designer& d) {
    const Context ctx = d.context();
    ImGuiIO& io = ImGui::GetIO();
    const bool cmd = io.KeyCtrl || io.KeySuper;
    const bool popup = ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
    auto pressed = [](ImGuiKey key) { return ImGui::IsKeyPressed(key, false); };
    const bool gesture = gesture_in_progress(d.canvas);

    if (pressed(ImGuiKey_F1)) d.show_shortcuts = !d.show_shortcuts;
    if (pressed(ImGuiKey_F5) && !popup) ctx.commands.push(command::StartTrainer{});
    if (pressed(ImGuiKey_Escape) && popup) {
        close_top_popup();  // ImGui closes popups on Esc only with keyboard navigation, which we do not use
    } else if (pressed(ImGuiKey_Escape) && !io.WantTextInput) {
        if (gesture) cancel_gesture(d.canvas, d.session);
        else if (d.selection.broken_link) d.selection.broken_link.reset();  // "break this link" is restored
        else if (!d.notice.empty()) d.notice.clear();
        else d.selection.clear();
    }
    // While typing, keys belong to the text field (its own undo, select all, delete).
    if (io.WantTextInput || popup) return;
    if (cmd && pressed(ImGuiKey_Z) && !io.KeyShift) actions::undo(ctx);
    if ((cmd && pressed(ImGuiKey_Z) && io.KeyShift) || (cmd && pressed(ImGuiKey_Y))) actions::redo(ctx);
    if (cmd && pressed(ImGuiKey_S)) d.save_document(io.KeyShift);
    if (cmd && pressed(ImGuiKey_O)) d.request_replace({Replacement::Kind::Open});
    // The rest edit what the canvas shows: only while the canvas has the keyboard, so that Enter or Del
    // after a click on a panel's field or checkbox never adds or deletes an element.
    if (!canvas_has_focus()) return;
    if (cmd && pressed(ImGuiKey_A)) actions::select_all(ctx);
    if (cmd && pressed(ImGuiKey_D)) actions::duplicate_selection(ctx);
    if (cmd && pressed(ImGuiKey_C)) actions::copy_to_clipboard(ctx);
    if (cmd && pressed(ImGuiKey_X)) actions::cut_to_clipboard(ctx);
    if (gesture_in_progress(d.canvas)) return;
    if (pressed(ImGuiKey_Delete) || (pressed(ImGuiKey_Backspace) && io.KeySuper)) actions::delete_selection(ctx);
    if (pressed(ImGuiKey_F2) && d.selection.primary()) ctx.begin_rename(*d.selection.primary());
    if ((pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeypadEnter)) && !cmd) add_touchpoint_and_name(ctx);
    auto repeated = [](ImGuiKey key) { return ImGui::IsKeyPressed(key, true); };
    if (repeated(ImGuiKey_Tab) && !cmd) step_selection(ctx, d.canvas, io.KeyShift ? bp::Step::Previous : bp::Step::Next);
    if (cmd) return;
    if (repeated(ImGuiKey_RightArrow)) step_selection(ctx, d.canvas, bp::Step::NextSibling);
    if (repeated(ImGuiKey_LeftArrow)) step_selection(ctx, d.canvas, bp::Step::PreviousSibling);
    if (repeated(ImGuiKey_DownArrow)) step_selection(ctx, d.canvas, bp::Step::Child);
    if (repeated(ImGuiKey_UpArrow)) step_selection(ctx, d.canvas, bp::Step::Parent);
}

// The menu bar, the toolbar and the notice take no keys of their own: once a click on them is done (at
// the end of the frame that released it, so the button has seen it), the keyboard goes back to the
// canvas, so Enter after "+ Touchpoint" adds the next.
void return_keyboard_to_canvas() {
    const ImGuiWindow* focused = ImGui::GetCurrentContext()->NavWindow;
    const bool released = ImGui::IsMouseReleased(ImGuiMouseButton_Left) || ImGui::IsMouseReleased(ImGuiMouseButton_Right) ||
                          ImGui::IsMouseReleased(ImGuiMouseButton_Middle);
    if (!focused || !released || ImGui::IsAnyItemActive() ||
        ImGui::IsPopupOpen(nullptr, ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel))
        return;
    // A menu or drop-down that has just closed can keep the focus: it goes to the window that opened it.
    ImGuiWindow* owner = focused->RootWindow ? focused->RootWindow : (ImGuiWindow*)focused;
    while ((owner->Flags & ImGuiWindowFlags_Popup) && owner->ParentWindow) owner = owner->ParentWindow->RootWindow;
    const std::string root = owner->Name;
    if (root == "##MainMenuBar" || root == "##toolbar" || root == "##notice") focus_canvas();
    else if (owner != focused) ImGui::FocusWindow(owner);
}

// ----------------------------------------------------------------------------------------------- menu
void draw_menu(Designer& d) {
    const Context ctx = d.context();
    const Lang l = d.options.lang;
    if (!ImGui::BeginMainMenuBar()) return;
    if (ImGui::BeginMenu(tr(l, "文件", "File"))) {
        if (ImGui::MenuItem(tr(l, "新建", "New"))) d.request_replace({Replacement::Kind::New});
        if (ImGui::MenuItem(tr(l, "打开…", "Open…"), "Ctrl+O")) d.request_replace({Replacement::Kind::Open});
        if (ImGui::BeginMenu(tr(l, "最近的文档", "Recent"), !d.recent.empty())) {
            for (const RecentDocument& r : d.recent) {
                ImGui::PushID(r.key.c_str());
                if (ImGui::MenuItem(r.name.c_str(), r.when.c_str())) d.request_replace({Replacement::Kind::Recent, 0, r.key});
                ImGui::PopID();
            }
            ImGui::EndMenu();
        }
        ImGui::Separator();
        if (ImGui::MenuItem(tr(l, "保存", "Save"), "Ctrl+S")) d.save_document(false);
        if (ImGui::MenuItem(tr(l, "另存为…", "Save as…"), "Ctrl+Shift+S")) d.save_document(true);
        ImGui::Separator();
        results_layer::file_menu_items(ctx);
        ImGui::Separator();
        if (ImGui::BeginMenu(tr(l, "导出标准", "Export standards"))) {
            export_standards_items(ctx, ctx.model(), ctx.session.base_name());
            // What the standards table's filter shows, as its own files: a role's standards in one click.
            const StandardsFilter& filter = d.panels.standards.filter;
            if (filter != StandardsFilter{}) {
                // The table's rows when they are of this revision (the table draws behind the menu), else built.
                const StandardsTableState& table = d.panels.standards;
                const bool current = !table.rows_dirty && table.rows_key == ctx.findings_key() && table.rows.filter() == filter;
                std::vector<StandardRow> built;
                if (!current) built = build_standard_rows(ctx.model(), ctx.findings(), filter, {}, l);
                std::vector<bp::StandardId> shown;
                for (const StandardRow& row : current ? table.rows.rows_in_document_order() : built) shown.push_back(row.id);
                ImGui::Separator();
                const std::string label = tr(l, "表格筛选出的 ", "The ") + std::to_string(shown.size()) +
                                          tr(l, " 条标准", shown.size() == 1 ? " standard the table shows" : " standards the table shows");
                if (ImGui::BeginMenu(label.c_str(), !shown.empty())) {
                    export_standards_items(ctx, bp::keeping_standards(ctx.model(), shown), ctx.session.base_name() + "-filtered");
                    ImGui::EndMenu();
                }
            }
            ImGui::EndMenu();
        }
        if (ImGui::BeginMenu(tr(l, "导出图片", "Export picture"), picture_export::available(ctx))) {
            if (ImGui::MenuItem(tr(l, "SVG（整张图）", "SVG (the whole diagram)"))) picture_export::export_picture(ctx, false);
            if (ImGui::MenuItem(tr(l, "PNG（整张图）", "PNG (the whole diagram)"))) picture_export::export_picture(ctx, true);
            ImGui::EndMenu();
        }
        if (ImGui::BeginMenu(tr(l, "导出岗位服务标准卡", "Export role cards"), !ctx.model().roles.empty())) {
            // The role the standards table is filtered to is marked: its card is one click away.
            const auto& owner = d.panels.standards.filter.owner;
            for (const bp::Role& r : ctx.model().roles) {
                const bool in_use = owner && *owner == r.id.value;
                const std::string name = bp::role_name(ctx.model(), r.id, l) + (in_use ? tr(l, "（当前筛选）", " (filtered)") : "");
                ImGui::PushID(r.id.value.c_str());
                if (ImGui::BeginMenu(name.c_str())) {
                    if (ImGui::MenuItem(tr(l, ".html（打印 A4）", ".html (print on A4)"))) export_role_card(ctx, r.id, true);
                    if (ImGui::MenuItem(".md")) export_role_card(ctx, r.id, false);
                    ImGui::EndMenu();
                }
                ImGui::PopID();
            }
            ImGui::EndMenu();
        }
        if (ImGui::BeginMenu(tr(l, "示例", "Samples"), !d.samples.empty())) {
            for (size_t i = 0; i < d.samples.size(); ++i) {
                ImGui::PushID((int)i);
                if (ImGui::MenuItem(d.samples[i].name.c_str())) d.request_replace({Replacement::Kind::Sample, i});
                ImGui::PopID();
            }
            ImGui::EndMenu();
        }
        ImGui::EndMenu();
    }
    const bp::History& history = ctx.doc().history();
    if (ImGui::BeginMenu(tr(l, "编辑", "Edit"))) {
        const bool any = !d.selection.ids.empty();
        if (ImGui::MenuItem(tr(l, "撤销", "Undo"), "Ctrl+Z", false, history.can_undo())) actions::undo(ctx);
        if (ImGui::MenuItem(tr(l, "重做", "Redo"), "Ctrl+Shift+Z", false, history.can_redo())) actions::redo(ctx);
        ImGui::Separator();
        if (ImGui::MenuItem(tr(l, "剪切", "Cut"), "Ctrl+X", false, any)) actions::cut_to_clipboard(ctx);
        if (ImGui::MenuItem(tr(l, "复制", "Copy"), "Ctrl+C", false, any)) actions::copy_to_clipboard(ctx);
        if (ImGui::MenuItem(tr(l, "粘贴", "Paste"), "Ctrl+V")) ctx.platform.request_paste();
        if (ImGui::MenuItem(tr(l, "复制副本", "Duplicate"), "Ctrl+D", false, any)) actions::duplicate_selection(ctx);
        if (ImGui::MenuItem(tr(l, "删除", "Delete"), "Del", false, any)) actions::delete_selection(ctx);
        if (ImGui::MenuItem(tr(l, "重命名", "Rename"), "F2", false, any)) ctx.begin_rename(*d.selection.primary());
        ImGui::Separator();
        if (ImGui::MenuItem(tr(l, "全选", "Select all"), "Ctrl+A")) actions::select_all(ctx);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(l, "视图", "View"))) {
        if (ImGui::MenuItem(tr(l, "服务圈视图", "Circle view"), nullptr, d.options.view == View::Circles))
            switch_view(ctx, View::Circles);
        if (ImGui::MenuItem(tr(l, "蓝图视图", "Blueprint view"), nullptr, d.options.view == View::Blueprint))
            switch_view(ctx, View::Blueprint);
        if (ImGui::MenuItem(tr(l, "按角色的服务链", "Chain by role"), nullptr, d.options.view == View::Chain))
            switch_view(ctx, View::Chain);
        if (ImGui::MenuItem(tr(l, "缩放到全部", "Zoom to fit"))) zoom_to_fit(ctx);
        if (ImGui::MenuItem(tr(l, "培训模式", "Trainer mode"), "F5")) ctx.commands.push(command::StartTrainer{});
        ImGui::Separator();
        results_layer::view_menu_items(ctx, d.options.results);
        ImGui::Separator();
        for (const Panel& panel : panel_table())
            ImGui::MenuItem(tr(l, panel.menu_zh, panel.menu_en), nullptr, &(d.options.*panel.shown));
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(l, "工具", "Tools"))) {
        if (ImGui::MenuItem(tr(l, "将全部关键因素转换为标准", "Convert all key factors to standards"))) actions::convert_all(ctx);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(l, "语言", "Language"))) {
        if (ImGui::MenuItem("中文", nullptr, l == Lang::Zh)) set_language(d, Lang::Zh);
        if (ImGui::MenuItem("English", nullptr, l == Lang::En)) set_language(d, Lang::En);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(l, "帮助", "Help"))) {
        ImGui::MenuItem(tr(l, "方法词汇", "Method glossary"), nullptr, &d.options.show_help);
        ImGui::MenuItem(tr(l, "键盘快捷键", "Keyboard shortcuts"), "F1", &d.show_shortcuts);
        ImGui::MenuItem(tr(l, "入门指南", "Getting started"), nullptr, &d.options.show_guide);
        ImGui::EndMenu();
    }
    // Document name and save state at the right of the bar.
    const std::string status = ctx.model().name + (d.unsaved() ? tr(l, "（未保存）", " (unsaved)") : "");
    const float w = ImGui::CalcTextSize(status.c_str()).x;
    ImGui::SameLine(std::max(ImGui::GetCursorPosX() + 20, ImGui::GetWindowWidth() - w - 16));
    ImGui::TextDisabled("%s", status.c_str());
    ImGui::EndMainMenuBar();
}

// -------------------------------------------------------------------------------------------- toolbar
void draw_toolbar(const Context& ctx, ImVec2 pos, ImVec2 size) {
    const Lang l = ctx.lang();
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
    auto at = ctx.selection.primary() ? ctx.locate(*ctx.selection.primary()) : std::nullopt;
    const bool on_tp = at && at->kind != bp::ElementKind::Circle;
    const bool on_kf = at && (at->kind == bp::ElementKind::KeyFactor || at->kind == bp::ElementKind::Standard);
    const bp::History& history = ctx.doc().history();
    if (button(tr(l, "+ 服务圈", "+ Circle"), true, nullptr)) ctx.begin_rename(actions::add_circle(ctx));
    if (button(tr(l, "+ 触点", "+ Touchpoint"), true, "Enter")) add_touchpoint_and_name(ctx);
    if (button(tr(l, "+ 关键因素", "+ Key factor"), on_tp, nullptr)) ctx.begin_rename(actions::add_key_factor(ctx));
    if (button(tr(l, "+ 标准", "+ Standard"), on_kf, nullptr)) actions::add_standard(ctx);
    ImGui::TextDisabled("|");
    ImGui::SameLine();
    const bool any = !ctx.selection.ids.empty();
    if (button(tr(l, "复制副本", "Duplicate"), any, "Ctrl+D")) actions::duplicate_selection(ctx);
    if (button(tr(l, "删除", "Delete"), any, "Del")) actions::delete_selection(ctx);
    if (button(tr(l, "撤销", "Undo"), history.can_undo(), "Ctrl+Z")) actions::undo(ctx);
    if (button(tr(l, "重做", "Redo"), history.can_redo(), "Ctrl+Shift+Z")) actions::redo(ctx);
    ImGui::TextDisabled("|");
    ImGui::SameLine();
    if (ImGui::RadioButton(tr(l, "服务圈", "Circles"), ctx.options.view == View::Circles)) switch_view(ctx, View::Circles);
    ImGui::SameLine();
    if (ImGui::RadioButton(tr(l, "蓝图", "Blueprint"), ctx.options.view == View::Blueprint)) switch_view(ctx, View::Blueprint);
    ImGui::SameLine();
    if (ImGui::RadioButton(tr(l, "角色链", "Roles"), ctx.options.view == View::Chain)) switch_view(ctx, View::Chain);
    ImGui::SameLine();
    if (button(tr(l, "缩放到全部", "Zoom to fit"), true, nullptr)) zoom_to_fit(ctx);
    if (button(tr(l, "培训模式", "Trainer mode"), true, "F5")) ctx.commands.push(command::StartTrainer{});
    if (button(tr(l, "转换为标准", "Convert to standards"), true,
               tr(l, "为所有尚无标准的关键因素起草标准", "Draft a standard for every key factor without one")))
        actions::convert_all(ctx);
    ImGui::NewLine();
    ImGui::End();
}

// --------------------------------------------------------------------------------------------- banner
void draw_banner(std::string& notice, bool is_error, Lang lang, ImVec2 pos, float width) {
    if (notice.empty()) return;
    // The message wraps in the room left of the button, however long a path or error it carries.
    const ImGuiStyle& style = ImGui::GetStyle();
    const char* icon = is_error ? "(!)" : "(i)";
    const char* close = tr(lang, "知道了", "Dismiss");
    const float button_w = ImGui::CalcTextSize(close).x + style.FramePadding.x * 2;
    const float icon_w = ImGui::CalcTextSize(icon).x + style.ItemSpacing.x;
    const float text_w =
        std::max(60.0f, width - style.WindowPadding.x * 2 - icon_w - button_w - style.ItemSpacing.x * 2);
    const float text_h = wrapped_text_height(notice, text_w);
    const float h = std::max(ImGui::GetFrameHeight(), text_h) + style.WindowPadding.y * 2;
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(ImVec2(width, h));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, is_error ? IM_COL32(250, 225, 222, 255) : IM_COL32(225, 238, 252, 255));
    ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(30, 30, 35, 255));
    ImGui::Begin("##notice", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing);
    ImGui::TextUnformatted(icon);
    ImGui::SameLine();
    ImGui::BeginGroup();
    wrapped_text(notice, text_w);
    ImGui::EndGroup();
    ImGui::SetCursorPos(ImVec2(width - style.WindowPadding.x - button_w, style.WindowPadding.y));
    if (ImGui::SmallButton(close)) notice.clear();
    ImGui::End();
    ImGui::PopStyleColor(2);
}

}  // namespace

// --------------------------------------------------------------------------------------------- panels
void Designer::draw_panel(const Panel& panel) {
    const std::string title = window_title(options.lang, panel.title_zh, panel.title_en, panel.id);
    // A panel that appears (start-up, the View menu) leaves the keyboard where it was: on the canvas.
    if (ImGui::Begin(title.c_str(), &(options.*panel.shown), ImGuiWindowFlags_NoFocusOnAppearing)) panel.draw(context(), panels);
    ImGui::End();
}

void Designer::draw_panel(const std::string& id) {
    if (const Panel* panel = find_panel(id)) draw_panel(*panel);
}

// ------------------------------------------------------------------------------------------- commands
// What views asked of each other since the last frame, in order.
void Designer::run_commands() {
    const Context ctx = context();
    for (Command& c : commands.take()) {
        if (auto* focus = std::get_if<command::Focus>(&c)) {
            focus_element(ctx, canvas, focus->id);
        } else if (auto* reveal = std::get_if<command::Reveal>(&c)) {
            reveal_element(ctx, canvas, reveal->id);
        } else if (auto* rename = std::get_if<command::BeginRename>(&c)) {
            begin_rename(canvas, rename->id);
        } else if (std::holds_alternative<command::ZoomToFit>(c)) {
            zoom_to_fit(ctx, canvas);
        } else if (auto* view = std::get_if<command::SwitchView>(&c)) {
            if (options.view == view->view) continue;
            cancel_gesture(canvas, session);
            options.view = view->view;
            centre_on_selection(ctx, canvas);  // the selection is the designer's and carries over; show it
        } else if (auto* shown = std::get_if<command::ShowNotice>(&c)) {
            notice = std::move(shown->text);
            notice_is_error = shown->error;
        } else if (auto* panel = std::get_if<command::ShowPanel>(&c)) {
            if (const Panel* p = find_panel(panel->id)) options.*(p->shown) = panel->shown;
        } else if (std::holds_alternative<command::StartTrainer>(c)) {
            enter_trainer_mode();
        } else if (auto* go = std::get_if<command::TrainerGo>(&c)) {
            if (trainer.active) trainer_go(trainer, ctx, go->where);
        } else if (auto* window = std::get_if<command::PresenterWindow>(&c)) {
            presenter_window(trainer, window->open);
        } else if (auto* chosen = std::get_if<command::ChooseResults>(&c)) {
            options.results = {chosen->show || options.results.shown, chosen->period, chosen->site};
        }
    }
}

// ---------------------------------------------------------------------------------------------- frame
void Designer::enter_trainer_mode() {
    cancel_gesture(canvas, session);
    enter_trainer(trainer, context(), camera());
}

void Designer::leave_trainer_mode() {
    trainer.active = false;
    options.view = trainer.view;
    camera() = trainer.camera;
    selection.ids = trainer.selection;
    actions::prune_selection(context());  // an element removed while presenting is no longer there
}

void Designer::frame() {
    if (!platform) return;
    if (trainer.active) {  // full screen: no menu, toolbar, canvas or panels
        run_commands();
        if (!draw_trainer(context(), trainer, ImGui::GetIO().DisplaySize)) leave_trainer_mode();
        after_frame();
        return;
    }
    handle_shortcuts(*this);
    draw_menu(*this);

    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float menu_h = ImGui::GetFrameHeight();
    const float toolbar_h = ImGui::GetFrameHeight() + ImGui::GetStyle().WindowPadding.y * 2;
    draw_toolbar(context(), ImVec2(0, menu_h), ImVec2(display.x, toolbar_h));
    const float top = menu_h + toolbar_h;

    // Canvas in the middle, the right dock's panels stacked at its right, the bottom dock's side by side
    // below it; the user's splitters size them (docks.h).
    const DockLayout docks = layout_docks(display.x, display.y, top, options);
    const Rect& c = docks.canvas;
    place_canvas(canvas, options.view, {c.x, c.y}, {c.w, c.h});
    run_commands();
    draw_canvas(context(), canvas, {c.x, c.y}, {c.w, c.h});
    draw_banner(notice, notice_is_error, options.lang, ImVec2(c.x, c.y), c.w);  // over the canvas's top edge

    for (const auto* dock : {&docks.bottom, &docks.right}) {
        for (const DockLayout::Placed& p : *dock) {
            ImGui::SetNextWindowPos(ImVec2(p.rect.x, p.rect.y), ImGuiCond_Always);
            ImGui::SetNextWindowSize(ImVec2(p.rect.w, p.rect.h), ImGuiCond_Always);
            draw_panel(*p.panel);
        }
    }
    draw_splitters(docks, options);
    draw_shortcuts_window(show_shortcuts, options.lang);
    draw_unsaved_dialog();  // over everything: it asks before work is replaced
    return_keyboard_to_canvas();
    after_frame();
}

Session::AutosaveWriter Designer::autosave_writer() {
    Session::AutosaveWriter w;
    w.snapshot = [this](const std::string& text) { platform->autosave(text); };
    if (platform->keeps_journal())
        w.journal = [this](const std::string& id, const std::string& entry) { platform->autosave_journal(id, entry); };
    return w;
}

bool Designer::autosave_now() { return platform && session.autosave_now(autosave_writer()); }

// Autosave (the session decides when one is due), then the unsaved-changes flag and the preferences.
void Designer::after_frame() {
    session.set_gesture_in_progress(gesture_in_progress(canvas));
    session.autosave_if_due(ImGui::GetIO().WantTextInput, autosave_writer());
    session.frame_drawn();
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
