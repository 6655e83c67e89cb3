#include "panels.h"

namespace ui {

const std::vector<Panel>& panel_table() {
    static const std::vector<Panel> table = {
        {"inspector", "检查器", "Inspector", "检查器", "Inspector", &ViewOptions::show_inspector, Dock::Right, 0.65f,
         draw_inspector},
        {"standards", "服务标准", "Standards", "标准表", "Standards table", &ViewOptions::show_standards, Dock::Bottom,
         0.62f, draw_standards_table},
        {"lint", "检查结果", "Lint", "检查结果", "Lint", &ViewOptions::show_lint, Dock::Bottom, 0.38f, draw_lint_panel},
        {"results", "测量结果", "Results", "测量结果（排名与趋势）", "Results (league and trend)", &ViewOptions::show_results,
         Dock::Bottom, 0.5f, draw_results_panel},
        {"history", "历史记录", "History", "历史", "History", &ViewOptions::show_history, Dock::Right, 0.35f,
         draw_history_panel},
        {"guide", "入门指南", "Getting started", "入门指南", "Getting started", &ViewOptions::show_guide, Dock::Right,
         0.8f, draw_guide_panel},
        {"help", "方法词汇", "Method glossary", "方法词汇", "Method glossary", &ViewOptions::show_help, Dock::Right,
         0.5f, draw_help_panel},
    };
    return table;
}

const Panel* find_panel(const std::string& id) {
    for (const Panel& p : panel_table())
        if (id == p.id) return &p;
    return nullptr;
}

}  // namespace ui
