// The blueprint file format, described once: the fields of each object in file order, with their kind and
// limits. The reader (check and load the parsed document), the saver and the field-name lists ("did you
// mean", unknown fields) all walk these descriptions, as cereal's single `serialize` does per type.
// Adding a field is one line here (plus the exports, if they show it).
//
// A visitor V has one member template per kind of field, each given the name and the member (const for
// the saver): id, text, role_ref, enumeration, integer, number, share, optional_number, boolean, date,
// object, optional_object, array; format 3 adds ref (an id of an element of a given kind, checked once the
// whole document is read) and deadline (layers.h); format 4 texts (an array of strings) and cells (results). V::version() is the format version being read or written.
// Sections: fields per type · shapes (the containers, for the parser).
#pragma once

#include <limits>
#include <optional>
#include <string_view>
#include <type_traits>

#include "model.h"

namespace bp::json {

// Whether a field must be present.
enum class Need { Optional, Required };

// Which kind of element an id belongs to (duplicate ids are reported with the path of the first use).
enum class IdKind : uint8_t { Blueprint, Role, Circle, Touchpoint, KeyFactor, Standard, Activity, Handoff };

// The values a number field accepts, and what the saver writes for one outside them.
struct Range {
    double low = -std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::max();
    bool low_open = false;   // low itself is refused (a radius must be positive)
    double fallback = 0;     // written for a value that is not finite, or at or below an open low bound
};
inline constexpr Range kAnyNumber{};
inline constexpr Range kNotNegative{0};
inline const Range kPositive{0, std::numeric_limits<double>::max(), true, Circle{}.radius};

// `fields(v, x)` for T = the type or const the type.
#define BP_JSON_FIELDS(Type) \
    template <class V, class T> std::enable_if_t<std::is_same_v<std::remove_const_t<T>, Type>> fields(V& v, T& x)

BP_JSON_FIELDS(Vec2) {
    v.number("x", x.x, kAnyNumber);
    v.number("y", x.y, kAnyNumber);
}

// ---- format 4: what staff are trained on
BP_JSON_FIELDS(Phrase) {
    v.text("condition", x.condition);
    v.text("text", x.text, Need::Required);
}

BP_JSON_FIELDS(Instruction) { v.text("text", x.text, Need::Required); }

BP_JSON_FIELDS(CheckQuestion) {
    v.text("question", x.question, Need::Required);
    v.text("answer", x.answer);
}

// reports_to and escalates_to name another role (checked once all roles are read).
BP_JSON_FIELDS(Role) {
    v.id("id", x.id.value, IdKind::Role);
    v.text("name", x.name);
    v.text("name_en", x.name_en);
    if (v.version() >= 4) {
        v.array("duties", x.duties);
        v.ref("reports_to", x.reports_to.value, IdKind::Role);
        v.ref("escalates_to", x.escalates_to.value, IdKind::Role);
    }
}

BP_JSON_FIELDS(Target) {
    v.text("metric", x.metric);
    v.text("unit", x.unit);
    v.enumeration("comparator", x.comparator);
    v.optional_number("value", x.value);
    v.share("compliance", x.compliance);  // format 1: a percentage
    v.enumeration("aggregation", x.aggregation);
    v.text("survey_question", x.survey_question);
    v.integer("scale_min", x.scale_min, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    v.integer("scale_max", x.scale_max, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
}

BP_JSON_FIELDS(Measurement) {
    v.enumeration("method", x.method);
    v.enumeration("frequency", x.frequency);
    v.text("data_source", x.data_source);
}

BP_JSON_FIELDS(Standard) {
    v.id("id", x.id.value, IdKind::Standard);
    v.text("statement", x.statement, Need::Required);
    v.enumeration("type", x.type, Need::Required);
    v.object("target", x.target);
    v.object("measurement", x.measurement);
    v.role_ref("owner", x.owner.value);
    v.boolean("customer_visible", x.customer_visible);
    v.date("review_by", x.review_by);
    v.boolean("agreed_with_staff", x.agreed_with_staff);
    v.boolean("approved", x.approved);
    if (v.version() >= 3) {  // format 3: where the target's number came from
        v.enumeration("number_source", x.number_source);
        v.text("number_basis", x.number_basis);
    }
    if (v.version() >= 4) {  // format 4: what it standardises, how compliance is computed, how the target changed
        v.enumeration("kind", x.kind);
        v.optional_object("scoring", x.scoring);
        v.array("target_history", x.target_history);
    }
}

// ---- format 4: scoring, target history, results (scoring.h, results.h)
BP_JSON_FIELDS(SamplePlan) {
    v.enumeration("by", x.by);
    v.role_ref("role", x.role.value);
    v.integer("per_period", x.per_period, 0, 1000000);
    v.texts("sites", x.sites);
}

BP_JSON_FIELDS(Scoring) {
    v.enumeration("method", x.method, Need::Required);
    v.number("weight", x.weight, kNotNegative);
    v.boolean("critical", x.critical);
    v.boolean("na_allowed", x.na_allowed);
    v.enumeration("abandoned", x.abandoned);
    v.object("sample", x.sample);
}

BP_JSON_FIELDS(TargetChange) {
    v.date("date", x.date);
    v.share("compliance", x.compliance);
    v.optional_number("value", x.value);
    v.text("reason", x.reason);
}

// cells: "period site n met na sum" per cell, cells separated by ";" — one line per standard, not six.
BP_JSON_FIELDS(ResultSeries) {
    v.ref("standard", x.standard.value, IdKind::Standard, Need::Required);
    v.cells("cells", x.cells);
}

BP_JSON_FIELDS(Results) {
    v.texts("periods", x.periods);
    v.texts("sites", x.sites);
    v.array("series", x.series);
}

BP_JSON_FIELDS(KeyFactor) {
    v.id("id", x.id.value, IdKind::KeyFactor);
    v.text("name", x.name, Need::Required);
    v.text("expectation", x.expectation);
    v.enumeration("element", x.element);
    v.enumeration("bpm", x.bpm);
    v.enumeration("dimension", x.dimension);
    v.integer("importance", x.importance, 1, 5);
    v.optional_object("card_offset", x.card_offset);  // null or absent: automatic placement
    v.array("standards", x.standards);
}

// ---- format 3: layers, handoffs, promises (layers.h)
BP_JSON_FIELDS(Activity) {
    v.id("id", x.id.value, IdKind::Activity);
    v.enumeration("layer", x.layer, Need::Required);
    v.text("name", x.name, Need::Required);
    v.role_ref("role", x.role.value);
    v.text("system", x.system);
    v.boolean("wait_point", x.wait_point);
    v.boolean("fail_point", x.fail_point);
    v.ref("recovery", x.recovery.value, IdKind::Circle);
}

BP_JSON_FIELDS(HandoffItem) {
    v.text("name", x.name, Need::Required);
    v.enumeration("kind", x.kind);
}

// from and to are activities of the same circle, not the same one, and the circle's handoffs hold no cycle.
BP_JSON_FIELDS(Handoff) {
    v.id("id", x.id.value, IdKind::Handoff);
    v.ref("from", x.from.value, IdKind::Activity, Need::Required);
    v.ref("to", x.to.value, IdKind::Activity, Need::Required);
    v.array("items", x.items);
    v.enumeration("medium", x.medium);
    v.text("via", x.via);
    v.deadline("deadline", x.deadline);
    v.ref("standard", x.standard.value, IdKind::Standard);
    v.boolean("breaks_chain", x.breaks_chain);
}

BP_JSON_FIELDS(Promise) {
    v.text("text", x.text, Need::Required);
    v.deadline("budget", x.budget);
    v.deadline("starts_by", x.starts_by);
}

BP_JSON_FIELDS(Touchpoint) {
    v.id("id", x.id.value, IdKind::Touchpoint);
    v.text("name", x.name, Need::Required);
    v.text("description", x.description);
    v.role_ref("role", x.role.value);
    v.enumeration("channel", x.channel);
    v.enumeration("lane", x.lane);
    v.integer("feeling", x.feeling, -2, 2);
    v.number("duration_minutes", x.duration_minutes, kNotNegative);
    v.boolean("wait_point", x.wait_point);
    v.boolean("fail_point", x.fail_point);
    v.text("mitigation", x.mitigation);
    if (v.version() >= 3) v.ref("recovery", x.recovery.value, IdKind::Circle);  // format 2: in mitigation's text
    v.array("key_factors", x.key_factors);
    if (v.version() >= 3) v.array("activities", x.activities);  // format 2: the touchpoint's one role
    if (v.version() >= 4) {  // format 4: for training
        v.array("phrases", x.phrases);
        v.array("steps", x.steps);
        v.array("never", x.never);
        v.text("trainer_notes", x.trainer_notes);
        v.array("questions", x.questions);
    }
}

BP_JSON_FIELDS(Circle) {
    v.id("id", x.id.value, IdKind::Circle);
    v.text("name", x.name, Need::Required);
    v.text("description", x.description);
    v.object("position", x.position);
    v.number("radius", x.radius, kPositive);
    v.array("touchpoints", x.touchpoints);
    if (v.version() >= 3) {
        v.optional_object("promise", x.promise);
        v.array("handoffs", x.handoffs);
    }
}

BP_JSON_FIELDS(Acknowledgement) {
    v.text("rule", x.rule, Need::Required);
    v.text("element", x.element, Need::Required);
    v.text("note", x.note);
}

// The top level, after "format" and "format_version" (which every visitor handles itself).
BP_JSON_FIELDS(Blueprint) {
    v.id("id", x.id.value, IdKind::Blueprint);
    v.text("name", x.name, Need::Required);
    v.text("description", x.description);
    v.text("industry", x.industry);
    v.text("language", x.language);
    if (v.version() >= 2) v.array("roles", x.roles);  // format 1 named roles in free text
    v.array("circles", x.circles);
    if (v.version() >= 3) v.array("acknowledgements", x.acknowledgements);  // format 3: intended findings
    if (v.version() >= 4) v.optional_object("results", x.results);         // format 4: measured results
}

#undef BP_JSON_FIELDS

// ----------------------------------------------------------------------------------------- shapes
// Where the format has objects and arrays, by field name: the parser drops the contents of a container
// anywhere else (an array where a string belongs, an unknown field's value) and keeps an empty one in its
// place, for the reader to report as it would have. So such a file costs no memory, however big.
struct Shape {
    struct Container {
        std::string_view name;
        bool is_array;        // an array of child objects; otherwise one child object
        const Shape* child;
    };
    std::vector<Container> containers;
    const Container* find(std::string_view key) const {
        for (const Container& c : containers)
            if (c.name == key) return &c;
        return nullptr;
    }
};

template <class T>
const Shape& shape_of();

class ShapeVisitor {
public:
    explicit ShapeVisitor(Shape& shape) : shape_(shape) {}
    int version() const { return kBlueprintFormatVersion; }  // roles included: a format 1 file is told later
#define BP_SCALAR(kind) \
    template <class... A> \
    void kind(const char*, A&&...) {}
    BP_SCALAR(id) BP_SCALAR(text) BP_SCALAR(role_ref) BP_SCALAR(enumeration) BP_SCALAR(integer) BP_SCALAR(number)
    BP_SCALAR(share) BP_SCALAR(optional_number) BP_SCALAR(boolean) BP_SCALAR(date) BP_SCALAR(ref) BP_SCALAR(deadline)
    BP_SCALAR(cells)
#undef BP_SCALAR
    // An array of strings: kept, with no containers inside.
    void texts(const char* name, std::vector<std::string>&) {
        static const Shape strings;
        shape_.containers.push_back({name, true, &strings});
    }
    template <class T>
    void object(const char* name, T&) { shape_.containers.push_back({name, false, &shape_of<T>()}); }
    template <class T>
    void optional_object(const char* name, std::optional<T>&) { shape_.containers.push_back({name, false, &shape_of<T>()}); }
    template <class T>
    void array(const char* name, std::vector<T>&) { shape_.containers.push_back({name, true, &shape_of<T>()}); }

private:
    Shape& shape_;
};

template <class T>
const Shape& shape_of() {
    static const Shape shape = [] {
        Shape s;
        ShapeVisitor v(s);
        T sample{};
        fields(v, sample);
        return s;
    }();
    return shape;
}

}  // namespace bp::json
