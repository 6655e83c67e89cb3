#include "guide.h"

#include <algorithm>
#include <string>

#include "panel_widgets.h"
#include "panels.h"

namespace ui {

const std::vector<Shortcut>& shortcuts() {
    static const std::vector<Shortcut> table = {
        {"单击画布", "Click the canvas", "让画布接收按键（四周出现蓝框）；下列编辑键只在画布有焦点时有效",
         "Give the canvas the keyboard (a blue frame shows it); the editing keys below act only then"},
        {"Enter", "Enter", "在服务圈上添加触点并命名", "Add a touchpoint to the circle and name it"},
        {"Tab / Shift+Tab", "Tab / Shift+Tab", "按顺序选中下一个 / 上一个元素：服务圈，再按顾客顺序的各触点，每个触点后是它的关键因素",
         "Select the next / previous element: a circle, then its touchpoints in the customer's order, each "
         "followed by its key factors"},
        {"右 / 左方向键", "Right / Left arrow", "下一个 / 上一个触点（按顾客顺序，绕圈）；在关键因素上为下一个 / 上一个关键因素",
         "Next / previous touchpoint in the customer's order (round the ring); on a key factor, the next / previous one"},
        {"下 / 上方向键", "Down / Up arrow", "进入触点的关键因素 / 回到所属的触点或服务圈",
         "Into the touchpoint's key factors / back out to its touchpoint or circle"},
        {"F2", "F2", "重命名所选元素", "Rename the selected element"},
        {"Del", "Del", "删除所选元素", "Delete the selection"},
        {"Ctrl+Z", "Ctrl+Z", "撤销", "Undo"},
        {"Ctrl+Shift+Z / Ctrl+Y", "Ctrl+Shift+Z / Ctrl+Y", "重做", "Redo"},
        {"Ctrl+C / Ctrl+X / Ctrl+V", "Ctrl+C / Ctrl+X / Ctrl+V", "复制、剪切、粘贴", "Copy, cut, paste"},
        {"Ctrl+D", "Ctrl+D", "复制副本", "Duplicate"},
        {"Ctrl+A", "Ctrl+A", "全选", "Select all"},
        {"Ctrl+S", "Ctrl+S", "保存", "Save"},
        {"Ctrl+O", "Ctrl+O", "打开文件", "Open a file"},
        {"Esc", "Esc", "关闭菜单、下拉列表或弹出框；否则取消拖动、关闭提示或取消选择",
         "Close a menu, drop-down or popup; otherwise cancel a drag, dismiss the notice or clear the selection"},
        {"Ctrl / Shift + 单击", "Ctrl / Shift + click", "加选或减选", "Add to or remove from the selection"},
        {"拖动空白处 / 滚轮", "Drag the background / wheel", "平移、缩放画布", "Pan / zoom the canvas"},
        {"F5", "F5", "培训模式：全屏逐个讲解关键时刻；→ 空格 ← Home End 数字键翻页，Q 自查，Esc 返回",
         "Trainer mode: the moments full screen, one by one; → Space ← Home End and number keys move, Q self-check, Esc back"},
    };
    return table;
}

void draw_shortcuts_window(bool& open, Lang lang) {
    if (!open) return;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    ImGui::SetNextWindowPos(ImVec2(display.x * 0.5f, display.y * 0.5f), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    const std::string title = window_title(lang, "键盘快捷键", "Keyboard shortcuts", "shortcuts");
    if (ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
        if (ImGui::BeginTable("##keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV)) {
            for (const Shortcut& s : shortcuts()) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(tr(lang, s.keys_zh, s.keys_en));
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(tr(lang, s.zh, s.en));
            }
            ImGui::EndTable();
        }
        if (ImGui::IsKeyPressed(ImGuiKey_Escape, false) && ImGui::IsWindowFocused()) open = false;
    }
    ImGui::End();
}

void draw_guide_panel(const Context& ctx, PanelState&) {
    const Lang lang = ctx.lang();
    ImGui::TextUnformatted(tr(lang, "五步完成一个服务圈", "A service circle in five steps"));
    ImGui::Separator();
    static const char* const steps_zh[] = {
        "1. 新建的文档已有一个服务圈：按 F2 给它起名，点“+ 触点”，之后每按一次 Enter 添加下一个触点，按顾客经历的顺序。",
        "2. 选中触点，点“+ 关键因素”，在检查器里写下顾客期望（最好带上顾客说的数字）。",
        "3. 点“转换为标准”：每个关键因素得到一条可衡量的标准草稿，数字的来源也会写明。",
        "4. 看“检查结果”：按方法的规则修改，或确认有意保留并写明理由。",
        "5. 文件 › 导出标准：JSON 给其他系统，CSV 给 Excel 或 WPS，Markdown 作手册。",
    };
    static const char* const steps_en[] = {
        "1. A new document holds one circle: press F2 to name it, click \"+ Touchpoint\", then press Enter for each "
        "next touchpoint the customer passes, in their order.",
        "2. Select a touchpoint, click \"+ Key factor\" and write the customer's expectation in the inspector "
        "(with the customer's own number if they gave one).",
        "3. Click \"Convert to standards\": every key factor gets a measurable draft, saying where its number "
        "came from.",
        "4. Read the lint: fix what the method's rules point out, or acknowledge it with a reason.",
        "5. File › Export standards: JSON for other systems, CSV for Excel or WPS, Markdown as a handbook.",
    };
    for (int i = 0; i < 5; ++i) wrapped_text(lang == Lang::Zh ? steps_zh[i] : steps_en[i]);
    ImGui::Spacing();
    if (ImGui::Button(tr(lang, "知道了", "Got it"))) ctx.commands.push(command::ShowPanel{"guide", false});
    ImGui::SameLine();
    if (ImGui::Button(tr(lang, "方法词汇", "Method glossary"))) ctx.commands.push(command::ShowPanel{"help", true});
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    wrapped_text(tr(lang, "可在“帮助”菜单中再次打开。", "Reopen it from the Help menu."));
    ImGui::PopStyleColor();
}

}  // namespace ui
