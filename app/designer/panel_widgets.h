// Widgets and helpers the panels share: locating selected elements, enum and role combos, the
// feeling scale, severities, review dates, and FieldForm, which turns widget changes into edits.
#pragma once

#include <string>

#include <imgui.h>

#include "blueprint/edit.h"
#include "blueprint/enums.h"
#include "blueprint/fields.h"
#include "blueprint/lint.h"
#include "blueprint/method_help.h"
#include "context.h"

namespace ui {

// "中文标题###stable-id": the visible title follows the language, the window identity does not.
std::string window_title(Lang lang, const char* zh, const char* en, const char* id);

// ------------------------------------------------------------------------------------ locating
// Elements are found with Context::locate; their names with bp::name_at (blueprint/locator.h).
const char* kind_label(bp::ElementKind kind, Lang lang);  // the glossary's word for the kind

// A glossary term as a form label: the English one capitalised ("Owner"), the Chinese as it is.
std::string term_label(const bp::Term& term, Lang lang);

// Selects one element and asks the canvas to centre it.
void select_and_focus(const Context& ctx, const bp::ElementId& id);

// ------------------------------------------------------------------------------------------ text
// Text wrapped for Chinese as well as Latin script (line_breaks.h) at `width` pixels (0: the room left
// in the window). ImGui's own wrapping only breaks at spaces.
void wrapped_text(std::string_view text, float width = 0);
// The height wrapped_text needs for `text` at `width`.
float wrapped_text_height(std::string_view text, float width);

// ------------------------------------------------------------------------------------------ help
// A "(?)" after the last item whose tooltip explains a method word (bp::method_help key, e.g.
// "pillar"); a small borderless button with the id "(?)##help.<key>", so keyboard and tests reach it.
// help_entry_text draws one entry (word, explanation, source) wrapped at `width` (0: the room left).
// Both in help_panel.cpp.
void help_marker(const char* key, Lang lang);
void help_entry_text(const bp::HelpEntry& entry, Lang lang, float width);

// ---------------------------------------------------------------------------------- severities
const char* severity_label(bp::Severity s, Lang lang);
ImU32 severity_colour(bp::Severity s);
void severity_icon(bp::Severity s);  // a coloured dot one text line high, then SameLine

// ------------------------------------------------------------------------------------- feeling
const char* feeling_word(int feeling, Lang lang);  // 很不满意 … 很满意
ImVec4 feeling_colour(int feeling);                // red … grey … green

// ---------------------------------------------------------------------------------------- combos
// Returns true only when the user picked a different value.
template <class E>
bool enum_combo(const char* id, E& value, Lang lang) {
    bool changed = false;
    const std::string preview(bp::label(value, lang));
    if (ImGui::BeginCombo(id, preview.c_str())) {
        int i = 0;
        for (const auto& info : bp::enum_table<E>()) {
            ImGui::PushID(i++);
            const bool selected = info.value == value;
            const std::string text(lang == Lang::Zh ? info.zh : info.en);
            if (ImGui::Selectable(text.c_str(), selected) && !selected) {
                value = info.value;
                changed = true;
            }
            if (selected) ImGui::SetItemDefaultFocus();
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    return changed;
}

// The blueprint's roles and "none"; a dangling id is shown as such. True when the user picked another.
bool role_combo(const char* id, const bp::Blueprint& doc, bp::RoleId& value, Lang lang);

// --------------------------------------------------------------------------------------- dates
// A review date the user typed that is not a valid date: kept here to warn, never stored in the model
// (the file format only takes YYYY-MM-DD or "").
struct DateDraft {
    std::string element, text;
};
// A YYYY-MM-DD text field. Returns true when `value` changed to a valid date or to "". Invalid text
// is kept in `draft` for `element` and reported under the field by date_warning().
bool date_field(const char* id, std::string& value, DateDraft& draft, const std::string& element, Lang lang);
void date_warning(const DateDraft& draft, const std::string& element, const std::string& stored, Lang lang);

// ------------------------------------------------------------------------------------ field form
// Forms build their edits from the library's own_fields/set_fields (blueprint/fields.h).

// Edits one element's fields. Widgets change value(); commit() turns each change into an edit whose
// merge key is element + field, so typing in one field is one undo step until the field is left.
template <class T>
class FieldForm {
public:
    FieldForm(const Context& ctx, const T& current, std::string element_key)
        : ctx_(ctx), before_(bp::own_fields(current)), value_(before_), key_(std::move(element_key)) {}

    T& value() { return value_; }

    // Call right after a widget with what it returned. `once`: the change is complete in itself
    // (a combo pick, a checkbox, a button), so the step is sealed at once.
    bool commit(bool changed, const std::string& field, bool once = false) {
        bool applied = false;
        if (changed) {
            applied = ctx_.doc().apply(bp::set_fields(before_, value_), key_ + "/" + field);
            if (applied)
                before_ = value_;
            else
                value_ = before_;
            if (once) ctx_.doc().seal();
        }
        if (ImGui::IsItemDeactivated()) ctx_.doc().seal();
        return applied;
    }

private:
    const Context& ctx_;
    T before_, value_;
    std::string key_;
};

// Two-column form layout: a label cell, then the widget cell with the next item filling it.
bool begin_form(const char* id);
void form_label(const char* text);
// The next item's width in the field cell, leaving room for a help marker after it.
void leave_room_for_help_marker();
void end_form();

}  // namespace ui
