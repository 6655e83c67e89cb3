// The inspector's section for a standard: its statement, type and kind; its target with the number's
// source; how it is measured; who owns it and when it is reviewed.
#include <algorithm>
#include <cstdio>

#include "blueprint/convert.h"
#include "blueprint/glossary.h"
#include "inspector_form.h"

namespace ui::inspector {

namespace {

// ------------------------------------------------------------------------------------- standard
// The survey question and its scale belong to soft standards (what customers are asked). A hard one
// shows them only while it still holds them (say, just switched from soft), so nothing is hidden unseen.
bool shows_survey_fields(const bp::Standard& s) {
    const bp::Target defaults;
    return s.type == bp::StandardType::Soft || !s.target.survey_question.empty() ||
           s.target.scale_min != defaults.scale_min || s.target.scale_max != defaults.scale_max;
}

}  // namespace

void draw_standard(const Context& ctx, const bp::Path& p, InspectorState& st) {
    const Lang lang = ctx.lang();
    const bp::Blueprint& doc = ctx.model();
    const bp::Standard& s = bp::standard_at(doc, p);
    heading(ctx, s.id);
    breadcrumb(ctx, p, bp::ElementKind::Standard);

    FieldForm<bp::Standard> f(ctx, s, s.id.value);
    auto& v = f.value();
    const bp::StandardId id = s.id;
    if (begin_form("##fields")) {
        multiline_field(f, tr(lang, "标准陈述", "Statement"), "##statement", v.statement, "statement", 3);
        enum_field(f, lang, tr(lang, "类型", "Type"), "##type", v.type, "type",
                   v.type == bp::StandardType::Hard ? "hard_standard" : "soft_standard");
        enum_field(f, lang, term_label(bp::glossary::standard_kind, lang).c_str(), "##kind", v.kind, "kind");  // format 4
        end_form();
    }

    ImGui::SeparatorText(tr(lang, "目标", "Target"));
    if (begin_form("##target")) {
        bp::Target& t = v.target;
        text_field(f, tr(lang, "指标", "Metric"), "##metric", t.metric, "metric");
        text_field(f, tr(lang, "单位", "Unit"), "##unit", t.unit, "unit");
        form_label(tr(lang, "比较", "Comparator"));
        f.commit(enum_combo("##comparator", t.comparator, lang), "comparator", true);

        form_label(tr(lang, "目标值", "Target value"));
        bool has_value = t.value.has_value();
        if (ImGui::Checkbox("##has_value", &has_value)) {
            if (has_value)
                t.value = 0.0;
            else
                t.value.reset();
            f.commit(true, "value", true);
        }
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", tr(lang, "是否设定目标值", "Whether a target value is set"));
        ImGui::SameLine();
        if (t.value) {
            const std::string unit = t.unit.empty() ? std::string(" ") : t.unit;
            width_before_unit(unit.c_str());
            double value = *t.value;
            const bool changed = ImGui::InputDouble("##value", &value, 0, 0, "%g");
            if (changed) t.value = value;
            f.commit(changed, "value");
            unit_after(unit.c_str());
        } else {
            ImGui::AlignTextToFramePadding();
            ImGui::TextDisabled("%s", tr(lang, "（未设定）", "(not set)"));
        }

        form_label(tr(lang, "达标比例", "Compliance"));
        double percent = t.compliance * 100.0;
        const double zero = 0, hundred = 100;
        const bool compliance_changed = ImGui::SliderScalar("##compliance", ImGuiDataType_Double, &percent, &zero,
                                                            &hundred, "%.1f %%", ImGuiSliderFlags_AlwaysClamp);
        if (compliance_changed) t.compliance = std::clamp(percent / 100.0, 0.0, 1.0);
        f.commit(compliance_changed, "compliance");

        form_label(tr(lang, "统计方式", "Aggregation"));
        f.commit(enum_combo("##aggregation", t.aggregation, lang), "aggregation", true);
        if (t.aggregation == bp::Aggregation::Average) {
            form_label("");
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.70f, 0.30f, 1));
            ImGui::TextWrapped("%s", tr(lang, "误区3：平均值会掩盖差的个案，请设定每次都要达到的目标和达标比例。",
                                        "Pitfall 3: an average hides bad cases; set a per-occurrence target and "
                                        "a compliance share."));
            ImGui::PopStyleColor();
        }
        if (shows_survey_fields(v)) {
            text_field(f, tr(lang, "调查问题", "Survey question"), "##survey_question", t.survey_question,
                       "survey_question");
            form_label(tr(lang, "评分范围", "Scale"));
            int scale[2] = {t.scale_min, t.scale_max};
            const bool scale_changed = ImGui::InputInt2("##scale", scale);
            if (scale_changed && scale[0] < scale[1]) {
                t.scale_min = scale[0];
                t.scale_max = scale[1];
            }
            f.commit(scale_changed && scale[0] < scale[1], "scale");
            if (v.type == bp::StandardType::Hard) {
                form_label("");
                ImGui::TextDisabled("%s", tr(lang, "硬标准不用调查问题和量表；清空后不再显示。",
                                             "A hard standard uses no survey question or scale; clear them to hide them."));
            }
        }
        end_form();
    }
    {
        const bp::Target& t = v.target;
        std::string summary = std::string(bp::comparator_symbol(t.comparator)) + " ";
        if (t.value) {
            char number[64];
            std::snprintf(number, sizeof number, "%g", *t.value);
            summary += number;
        } else {
            summary += "?";
        }
        summary += " " + t.unit;
        char share[64];
        std::snprintf(share, sizeof share, tr(lang, " · %.0f%% 的情况达标", " · in %.0f%% of cases"),
                      t.compliance * 100.0);
        ImGui::TextDisabled("%s%s", summary.c_str(), share);
        // Read-only: where the number came from (the converter says so; typed by hand says nothing).
        if (const std::string source = bp::number_source_text(v, lang); !source.empty())
            ImGui::TextDisabled("%s%s", tr(lang, "数字来源：", "Source of the number: "), source.c_str());
        if (v.number_source != bp::NumberSource::Unset && !v.agreed_with_staff && !v.review_by.empty())
            ImGui::TextDisabled(tr(lang, "复审日期 %s 为草案值，与员工商定后再确认", "Review date %s is a draft value, to confirm with staff"),
                                v.review_by.c_str());
    }

    ImGui::SeparatorText(term_label(bp::glossary::measurement, lang).c_str());
    if (begin_form("##measurement")) {
        enum_field(f, lang, tr(lang, "方法", "Method"), "##method", v.measurement.method, "method");
        enum_field(f, lang, tr(lang, "频率", "Frequency"), "##frequency", v.measurement.frequency, "frequency");
        text_field(f, tr(lang, "数据来源", "Data source"), "##data_source", v.measurement.data_source, "data_source");
        end_form();
    }

    ImGui::SeparatorText(tr(lang, "责任与复审", "Ownership and review"));
    if (begin_form("##ownership")) {
        form_label(term_label(bp::glossary::owner, lang).c_str());
        f.commit(role_combo("##owner", doc, v.owner, lang), "owner", true);
        check_field(f, tr(lang, "对顾客公开", "Customer-visible"), "##customer_visible", v.customer_visible,
                    "customer_visible");
        review_date_field(ctx, f, st, id.value, v.review_by);
        check_field(f, term_label(bp::glossary::agreed_with_staff, lang).c_str(), "##agreed_with_staff", v.agreed_with_staff,
                    "agreed_with_staff");
        check_field(f, tr(lang, "已批准", "Approved"), "##approved", v.approved, "approved");
        end_form();
    }
    element_findings(ctx, id);
}

}  // namespace ui::inspector
