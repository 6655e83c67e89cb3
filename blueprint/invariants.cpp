#include "invariants.h"

#include <cmath>
#include <utility>
#include <unordered_set>

#include "dates.h"
#include "enums.h"
#include "layers.h"
#include "roles.h"
#include "text.h"

namespace bp {

namespace {

class Checker {
public:
    explicit Checker(const Blueprint& doc) : doc_(doc) {
        for (const Role& r : doc.roles) roles_.insert(r.id.value);
        for (const Circle& c : doc.circles) {  // link targets, which may come later in the document
            circles_.insert(c.id.value);
            for (const Touchpoint& t : c.touchpoints)
                for (const KeyFactor& k : t.key_factors)
                    for (const Standard& st : k.standards) standards_.insert(st.id.value);
        }
    }

    std::vector<Problem> run() {
        const Blueprint& d = doc_;
        id(d.id, d.id);
        texts(d.id, {&d.name, &d.description, &d.industry, &d.language});
        for (const Role& r : d.roles) {
            id(r.id, r.id);
            texts(r.id, {&r.name, &r.name_en});
            for (const Instruction& duty : r.duties) texts(r.id, {&duty.text});
            for (const RoleId* other : {&r.reports_to, &r.escalates_to}) {  // format 4
                role_ref(r.id, *other);
                if (*other == r.id) report(r.id, "reports or escalates to itself");
            }
        }
        if (const auto cycle = reporting_cycle(d.roles); !cycle.empty()) report(cycle[0], "lies on a cycle of reports_to");
        for (const Circle& c : d.circles) circle(c);
        if (d.results) results(*d.results);
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
        layers(c);
    }

    void recovery(const ElementId& at, const CircleId& c) {
        if (!c.empty() && !circles_.count(c.value)) report(at, "recovery links to circle \"" + c.value + "\", not in the document");
    }
    void deadline(const ElementId& at, const Deadline& d, const char* what) {
        if (!deadline_in_range(d)) report(at, std::string(what) + " is not a deadline the format can write");
    }

    // Format 3: activities, handoffs between activities of the same circle (never to itself, no cycle),
    // links that resolve, deadlines in range.
    void layers(const Circle& c) {
        const ElementId at = c.id;
        if (c.promise) {
            texts(at, {&c.promise->text});
            deadline(at, c.promise->budget, "promise budget");
            deadline(at, c.promise->starts_by, "promise start");
        }
        for (const Touchpoint& t : c.touchpoints)
            for (const Activity& a : t.activities) {
                const ElementId aid = a.id;
                id(a.id, aid);
                texts(aid, {&a.name, &a.system});
                role_ref(aid, a.role);
                known(aid, a.layer, "layer");
                recovery(aid, a.recovery);
            }
        const CircleActivities acts(c);
        for (const Handoff& h : c.handoffs) {
            const ElementId hid = h.id;
            id(h.id, hid);
            texts(hid, {&h.via});
            if (!acts.place(h.from)) report(hid, "from \"" + h.from.value + "\" is not an activity of its circle");
            if (!acts.place(h.to)) report(hid, "to \"" + h.to.value + "\" is not an activity of its circle");
            if (h.from == h.to) report(hid, "hands off to itself");
            if (!h.standard.empty() && !standards_.count(h.standard.value))
                report(hid, "standard \"" + h.standard.value + "\" is not in the document");
            known(hid, h.medium, "medium");
            deadline(hid, h.deadline, "deadline");
            for (const HandoffItem& item : h.items) {
                texts(hid, {&item.name});
                known(hid, item.kind, "item kind");
            }
        }
        if (auto h = handoff_on_cycle(c)) report(c.handoffs[*h].id, "lies on a cycle of handoffs");
    }

    void touchpoint(const Touchpoint& t) {
        const ElementId at = t.id;
        id(t.id, at);
        texts(at, {&t.name, &t.description, &t.mitigation});
        role_ref(at, t.role);
        recovery(at, t.recovery);
        known(at, t.channel, "channel");
        known(at, t.lane, "lane");
        if (t.feeling < -2 || t.feeling > 2) report(at, "feeling outside -2…2");
        if (!(std::isfinite(t.duration_minutes) && t.duration_minutes >= 0)) report(at, "duration is not ≥ 0");
        texts(at, {&t.trainer_notes});  // format 4: what staff are trained on
        for (const Phrase& p : t.phrases) texts(at, {&p.condition, &p.text});
        for (const auto* list : {&t.steps, &t.never})
            for (const Instruction& i : *list) texts(at, {&i.text});
        for (const CheckQuestion& q : t.questions) texts(at, {&q.question, &q.answer});
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
        known(at, s.kind, "kind");
        known(at, t.comparator, "comparator");
        known(at, t.aggregation, "aggregation");
        known(at, s.measurement.method, "method");
        known(at, s.measurement.frequency, "frequency");
        if (t.value) finite(at, *t.value, "target value");
        if (!(t.compliance >= 0 && t.compliance <= 1)) report(at, "compliance outside 0…1");
        if (!s.review_by.empty() && !valid_date(s.review_by)) report(at, "review date is not YYYY-MM-DD");
        // Format 4: scoring and target history.
        if (s.scoring) {
            const Scoring& sc = *s.scoring;
            known(at, sc.method, "scoring method");
            known(at, sc.sample.by, "measured by");
            known(at, sc.abandoned, "abandoned");
            if (!(sc.weight >= 0) || !std::isfinite(sc.weight)) report(at, "weight negative or not finite");
            if (sc.sample.per_period < 0 || sc.sample.per_period > 1000000) report(at, "per_period outside 0…1000000");
            role_ref(at, sc.sample.role);
            for (const std::string& site : sc.sample.sites) texts(at, {&site});
        }
        for (const TargetChange& t : s.target_history) {
            texts(at, {&t.reason, &t.date});
            if (!t.date.empty() && !valid_date(t.date)) report(at, "target history date is not YYYY-MM-DD");
            if (!(t.compliance >= 0 && t.compliance <= 1)) report(at, "target history compliance outside 0…1");
            if (t.value && !std::isfinite(*t.value)) report(at, "target history value not finite");
        }
    }

    // Format 4: every series names a standard of the document once; cells point at known periods and
    // sites, met within n, counts not negative.
    void results(const Results& r) {
        std::unordered_set<std::string> named;
        for (const std::string& p : r.periods) texts({}, {&p});
        for (const std::string& site : r.sites) texts({}, {&site});
        for (const ResultSeries& series : r.series) {
            const ElementId at = series.standard;
            if (!standards_.count(series.standard.value)) report({}, "results name no standard \"" + series.standard.value + "\"");
            if (!named.insert(series.standard.value).second) report(at, "results for a standard given twice");
            for (size_t i = 0; i < series.cells.size(); ++i) {
                const ResultCell& c = series.cells[i];
                if (i > 0 && !(std::make_pair(series.cells[i - 1].period, series.cells[i - 1].site) < std::make_pair(c.period, c.site)))
                    report(at, "result cells not in order of period, then site, or repeated");
                if (c.period < 0 || c.period >= (int)r.periods.size()) report(at, "result cell period out of range");
                if (c.site < 0 || c.site >= (int)r.sites.size()) report(at, "result cell site out of range");
                if (c.n < 0 || c.met < 0 || c.na < 0 || c.met > c.n) report(at, "result cell counts not 0 ≤ met ≤ n");
                if (!std::isfinite(c.sum)) report(at, "result cell sum not finite");
            }
        }
    }

    const Blueprint& doc_;
    std::unordered_set<std::string> roles_, seen_, circles_, standards_;
    std::vector<Problem> problems_;
};

}  // namespace

std::vector<Problem> check_invariants(const Blueprint& doc) { return Checker(doc).run(); }

}  // namespace bp
