#include "fields.h"

namespace bp {

Blueprint own_fields(const Blueprint& e) {
    Blueprint out;
    out.id = e.id;
    out.name = e.name;
    out.description = e.description;
    out.industry = e.industry;
    out.language = e.language;
    out.roles = e.roles;
    out.acknowledgements = e.acknowledgements;
    return out;
}

Circle own_fields(const Circle& e) {
    Circle out;
    out.id = e.id;
    out.name = e.name;
    out.description = e.description;
    out.position = e.position;
    out.radius = e.radius;
    out.promise = e.promise;
    return out;
}

Touchpoint own_fields(const Touchpoint& e) {
    Touchpoint out;
    out.id = e.id;
    out.name = e.name;
    out.description = e.description;
    out.role = e.role;
    out.channel = e.channel;
    out.lane = e.lane;
    out.feeling = e.feeling;
    out.duration_minutes = e.duration_minutes;
    out.wait_point = e.wait_point;
    out.fail_point = e.fail_point;
    out.mitigation = e.mitigation;
    out.recovery = e.recovery;
    out.phrases = e.phrases;
    out.steps = e.steps;
    out.never = e.never;
    out.trainer_notes = e.trainer_notes;
    out.questions = e.questions;
    return out;
}

KeyFactor own_fields(const KeyFactor& e) {
    KeyFactor out;
    out.id = e.id;
    out.name = e.name;
    out.expectation = e.expectation;
    out.element = e.element;
    out.bpm = e.bpm;
    out.dimension = e.dimension;
    out.importance = e.importance;
    out.card_offset = e.card_offset;
    return out;
}

Standard own_fields(const Standard& e) { return e; }

EditPtr set_fields(const Standard& b, const Standard& a) {
    const bool number_changed = b.target.value != a.target.value || b.target.unit != a.target.unit ||
                                b.target.comparator != a.target.comparator;
    const bool source_kept = a.number_source == b.number_source && a.number_basis == b.number_basis;
    if (!number_changed || !source_kept || b.number_source == NumberSource::Unset) return set_standard(b, a);
    Standard after = a;
    after.number_source = NumberSource::Unset;
    after.number_basis.clear();
    return set_standard(b, after);
}

}  // namespace bp
