// An element's own fields (without its children) and the edit that sets them: what a form, a rename
// or a batch over a selection builds its edits from.
#pragma once

#include "edit.h"
#include "model.h"

namespace bp {

// A copy of an element's own fields; its children are not copied (set edits ignore them anyway, and
// copying a circle's touchpoints on every keystroke is wasteful). Adding a field to a model struct
// means adding it here too (tests/unit/test_fields.cpp checks every field survives).
Blueprint own_fields(const Blueprint& e);  // name, description, industry, language, roles: no circles
Circle own_fields(const Circle& e);
Touchpoint own_fields(const Touchpoint& e);
KeyFactor own_fields(const KeyFactor& e);
Standard own_fields(const Standard& e);

// The set edit for the element's kind (set_blueprint_info, set_circle, …).
inline EditPtr set_fields(const Blueprint& b, const Blueprint& a) { return set_blueprint_info(b, a); }
inline EditPtr set_fields(const Circle& b, const Circle& a) { return set_circle(b, a); }
inline EditPtr set_fields(const Touchpoint& b, const Touchpoint& a) { return set_touchpoint(b, a); }
inline EditPtr set_fields(const KeyFactor& b, const KeyFactor& a) { return set_key_factor(b, a); }
// A target whose number, unit or comparator is changed by hand is the designer's own: the edit also
// clears where the number came from (number_source, number_basis), unless it sets them itself.
EditPtr set_fields(const Standard& b, const Standard& a);

// One field of one element changed: set_field(tp, &Touchpoint::role, RoleId("r-2")).
template <class T, class V>
EditPtr set_field(const T& element, V T::*field, V value) {
    T before = own_fields(element);
    T after = before;
    after.*field = std::move(value);
    return set_fields(before, after);
}

}  // namespace bp
