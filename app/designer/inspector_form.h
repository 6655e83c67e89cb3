// The inspector's shared pieces: headings, links to elements, the lint findings of an element, and the
// form fields that send their changes through a FieldForm (inspector_form.cpp); and the inspector's
// sections drawn in files of their own, which inspector.cpp calls for the selected element.
// Sections: layout · headings and links · fields · sections in other files.
#pragma once

#include <string>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "blueprint/dates.h"
#include "context.h"
#include "panel_state.h"
#include "panel_widgets.h"

namespace ui::inspector {

// ----------------------------------------------------------------------------------------- layout
float multiline_height(int lines);
// The next item leaves room for a unit written after it on the same line.
void width_before_unit(const char* unit);
void unit_after(const char* unit);

// ---------------------------------------------------------------------------- headings and links
void heading(const Context& ctx, const bp::ElementId& id);
void blueprint_heading(const Context& ctx, const std::string& id);
// A clickable name that selects an element and has the canvas centre it.
void element_link(const Context& ctx, const bp::ElementId& id, const std::string& text);
// Circle › touchpoint › key factor above the form, each a link.
void breadcrumb(const Context& ctx, const bp::Path& p, bp::ElementKind kind);
// The lint findings that point at this element; for the blueprint, those that point at no element.
void element_findings(const Context& ctx, const bp::ElementId& id);

// ------------------------------------------------------------------------------------------ fields
// A multiline field whose text wraps for Chinese and Latin script while it is not being edited.
// True when the value changed.
bool wrapping_multiline(const char* id, std::string& value, int lines);

template <class T>
void text_field(FieldForm<T>& f, const char* label, const char* id, std::string& value, const char* field) {
    form_label(label);
    f.commit(ImGui::InputText(id, &value), field);
}

template <class T>
void multiline_field(FieldForm<T>& f, const char* label, const char* id, std::string& value, const char* field,
                     int lines = 3) {
    form_label(label);
    f.commit(wrapping_multiline(id, value, lines), field);
}

template <class T, class E>
void enum_field(FieldForm<T>& f, Lang lang, const char* label, const char* id, E& value, const char* field,
                const char* help_key = nullptr) {
    form_label(label);
    if (help_key) leave_room_for_help_marker();
    f.commit(enum_combo(id, value, lang), field, true);
    if (help_key) help_marker(help_key, lang);
}

template <class T>
void check_field(FieldForm<T>& f, const char* label, const char* id, bool& value, const char* field,
                 const char* help_key = nullptr, Lang lang = Lang::Zh) {
    form_label(label);
    f.commit(ImGui::Checkbox(id, &value), field, true);
    if (help_key) help_marker(help_key, lang);
}

template <class T>
void review_date_field(const Context& ctx, FieldForm<T>& f, InspectorState& st, const std::string& element,
                       std::string& value) {
    const Lang lang = ctx.lang();
    form_label(tr(lang, "复审日期", "Review by"));
    const char* plus_year = tr(lang, "+1 年", "+1 year");
    ImGui::SetNextItemWidth(-(ImGui::CalcTextSize(plus_year).x + ImGui::GetStyle().FramePadding.x * 2 +
                              ImGui::GetStyle().ItemSpacing.x));
    DateDraft draft{st.date_draft_element, st.date_draft_text};
    f.commit(date_field("##review_by", value, draft, element, lang), "review_by");
    st.date_draft_element = draft.element;
    st.date_draft_text = draft.text;
    ImGui::SameLine();
    if (ImGui::Button(plus_year)) {
        value = bp::add_years(bp::valid_date(value) ? value : bp::today_local(), 1);
        st.date_draft_element.clear();
        st.date_draft_text.clear();
        f.commit(true, "review_by", true);
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("%s", tr(lang, "复审日期推后一年（未设置时从今天算起）",
                                   "Move the review date one year on (from today when not set)"));
    date_warning(draft, element, value, lang);
}

// ------------------------------------------------------------------------ sections in other files
void draw_standard(const Context& ctx, const bp::Path& p, InspectorState& st);      // inspector_standard.cpp
// inspector_roles.cpp: the blueprint's table of roles, and one selected role's own fields.
void draw_roles_table(const Context& ctx, FieldForm<bp::Blueprint>& f, InspectorState& st);
void draw_role(const Context& ctx, int role, InspectorState& st);

}  // namespace ui::inspector
