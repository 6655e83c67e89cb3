#include "invariants.h"

#include <cmath>
#include <unordered_set>

#include "dates.h"
#include "enums.h"
#include "text.h"

namespace bp {

namespace {

class Checker {
public:
    explicit Checker(const Blueprint& doc) : doc_(doc) {
        for (const Role& r : doc.roles) roles_.insert(r.id.value);
    }

    std::vector<Problem> run() {
        const Blueprint& d = doc_;
        id(d.id, d.id);
        texts(d.id, {&d.name, &d.description, &d.industry, &d.language});
        for (const Role& r : d.roles) {
            id(r.id, r.id);
            texts(r.id, {&r.name, &r.name_en});
        }
        for (const Circle& c : d.circles) circle(c);
        return std::move(problems_);
    }

private:
    void report(const ElementId& at, std::string what) { problems_.push_back({at, std::move(what)}); }

    template <class IdT>
    void id(const IdT& id, const ElementId& at) {
        if (id.empty()) return report(at, "empty id");
        if (!seen_.insert(id.value).second) report(at, "id \"" + id.value + "\" is used twice");
        if (!text::valid_utf8(id.value)) report(at, "id is not valid UTF-8");
    }
    void texts(const ElementId& at, std::initializer_list<const std::string*> list) {
        for (const std::string* s : list)
            if (!text::valid_utf8(*s)) report(at, "text is not valid UTF-8");
    }
    void role_ref(const ElementId& at, const RoleId& r) {
        if (!r.empty() && !roles_.count(r.value)) report(at, "refers to role \"" + r.value + "\", not in roles");
    }
    void finite(const ElementId& at, double v, const char* what) {
        if (!std::isfinite(v)) report(at, std::string(what) + " is not finite");
    }
    template <class E>
    void known(const ElementId& at, E v, const char* what) {
        if (to_token(v).empty()) report(at, std::string(what) + " has no file token");
    }

    void circle(const Circle& c) {
        const ElementId at = c.id;
        id(c.id, at);
        texts(at, {&c.name, &c.description});
        finite(at, c.position.x, "position.x");
        finite(at, c.position.y, "position.y");
        if (!(std::isfinite(c.radius) && c.radius > 0)) report(at, "radius is not a positive number");
        for (const Touchpoint& t : c.touchpoints) touchpoint(t);
    }

    void touchpoint(const Touchpoint& t) {
        const ElementId at = t.id;
        id(t.id, at);
        texts(at, {&t.name, &t.description, &t.mitigation});
        role_ref(at, t.role);
        known(at, t.channel, "channel");
        known(at, t.lane, "lane");
        if (t.feeling < -2 || t.feeling > 2) report(at, "feeling outside -2…2");
        if (!(std::isfinite(t.duration_minutes) && t.duration_minutes >= 0)) report(at, "duration is not ≥ 0");
        for (const KeyFactor& k : t.key_factors) key_factor(k);
    }

    void key_factor(const KeyFactor& k) {
        const ElementId at = k.id;
        id(k.id, at);
        texts(at, {&k.name, &k.expectation});
        known(at, k.element, "element (pillar)");
        known(at, k.bpm, "bpm");
        known(at, k.dimension, "dimension");
        if (k.importance < 1 || k.importance > 5) report(at, "importance outside 1…5");
        if (k.card_offset) {
            finite(at, k.card_offset->x, "card_offset.x");
            finite(at, k.card_offset->y, "card_offset.y");
        }
        for (const Standard& s : k.standards) standard(s);
    }

    void standard(const Standard& s) {
        const ElementId at = s.id;
        id(s.id, at);
        const Target& t = s.target;
        texts(at, {&s.statement, &t.metric, &t.unit, &t.survey_question, &s.measurement.data_source, &s.review_by});
        role_ref(at, s.owner);
        known(at, s.type, "type");
        known(at, t.comparator, "comparator");
        known(at, t.aggregation, "aggregation");
        known(at, s.measurement.method, "method");
        known(at, s.measurement.frequency, "frequency");
        if (t.value) finite(at, *t.value, "target value");
        if (!(t.compliance >= 0 && t.compliance <= 1)) report(at, "compliance outside 0…1");
        if (!s.review_by.empty() && !valid_date(s.review_by)) report(at, "review date is not YYYY-MM-DD");
    }

    const Blueprint& doc_;
    std::unordered_set<std::string> roles_, seen_;
    std::vector<Problem> problems_;
};

}  // namespace

std::vector<Problem> check_invariants(const Blueprint& doc) { return Checker(doc).run(); }

}  // namespace bp
