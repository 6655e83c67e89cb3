// Key factors → draft standards: choosing a template, filling it for one key factor, and the
// undoable batch that converts a whole blueprint.
#include "convert.h"

#include <memory>
#include <tuple>

#include "enums.h"
#include "text.h"

namespace bp {

namespace {

// All keywords of the library in one set, each remembering its template.
struct KeywordIndex {
    text::KeywordSet set;
    std::vector<int> template_of;           // keyword index → template index
    std::vector<int> generic_of_dimension;  // Dimension → template index of its generic entry
};

KeywordIndex build_index() {
    const auto& lib = template_library();
    KeywordIndex ix;
    std::vector<std::string> words;
    ix.generic_of_dimension.assign(enum_table<Dimension>().size(), -1);
    for (int t = 0; t < (int)lib.size(); ++t) {
        for (const auto& w : lib[t].keywords) {
            words.push_back(w);
            ix.template_of.push_back(t);
        }
        if (lib[t].keywords.empty())
            for (Dimension d : lib[t].dimensions)
                if (ix.generic_of_dimension[int(d)] < 0) ix.generic_of_dimension[int(d)] = t;
    }
    ix.set = text::KeywordSet(std::move(words));
    return ix;
}

const KeywordIndex& keyword_index() {
    static const KeywordIndex ix = build_index();
    return ix;
}

bool suits(const StandardTemplate& t, Dimension d) {
    for (Dimension x : t.dimensions)
        if (x == d) return true;
    return false;
}

void replace_all(std::string& s, std::string_view what, std::string_view with) {
    for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + with.size()))
        s.replace(at, what.size(), with);
}

}  // namespace

const StandardTemplate& choose_template(const KeyFactor& kf) {
    const auto& lib = template_library();
    const KeywordIndex& ix = keyword_index();
    // Rank: found in the name, suits the dimension, longer keyword; ties keep library order.
    std::tuple<bool, bool, size_t> best{false, false, 0};
    int chosen = -1;
    auto consider = [&](int keyword, bool in_name) {
        int t = ix.template_of[keyword];
        std::tuple<bool, bool, size_t> rank{in_name, suits(lib[t], kf.dimension), ix.set.keyword(keyword).size()};
        if (chosen < 0 || rank > best || (rank == best && t < chosen)) {
            best = rank;
            chosen = t;
        }
    };
    ix.set.for_each_match(kf.name, [&](int k) { consider(k, true); });
    ix.set.for_each_match(kf.expectation, [&](int k) { consider(k, false); });
    if (chosen >= 0) return lib[chosen];

    Dimension d = kf.element == Element::Hardware ? Dimension::Tangibles : kf.dimension;
    int generic = int(d) >= 0 && int(d) < (int)ix.generic_of_dimension.size() ? ix.generic_of_dimension[int(d)] : -1;
    if (generic < 0) generic = ix.generic_of_dimension[int(Dimension::Reliability)];
    return lib[generic];
}

namespace {

// What a draft is made from: the template and the few facts taken from the key factor and its
// touchpoint. Building the standard from it is deterministic, so an edit can keep this small record
// instead of a whole standard and rebuild the same standard on redo.
struct DraftSpec {
    const StandardTemplate* t = nullptr;
    bool chinese = true;
    bool visible = true;
    std::string name;  // for "{name}"; left empty when the template has no placeholder
    RoleId owner;
    std::string review_by;
    StandardId id;
};

bool has_placeholder(const StandardTemplate& t) {
    return t.draft.statement.find("{name}") != std::string::npos ||
           t.draft.target.survey_question.find("{name}") != std::string::npos;
}

DraftSpec spec_for(const Touchpoint& tp, const KeyFactor& kf, bool chinese, const std::string& review_by) {
    DraftSpec d;
    d.t = &choose_template(kf);
    d.chinese = chinese;
    // Backstage and support steps happen out of the customer's sight.
    d.visible = d.t->draft.customer_visible && tp.lane != Lane::Backstage && tp.lane != Lane::Support;
    if (has_placeholder(*d.t)) {
        std::string_view name = text::trim(kf.name);
        if (name.empty()) name = text::trim(tp.name);
        if (name.empty()) name = chinese ? "该环节" : "this step";
        d.name = std::string(name);
    }
    d.owner = tp.role;
    d.review_by = review_by;
    return d;
}

// Fields are filled from the template in the chosen language without copying the other one.
Standard build(const DraftSpec& spec) {
    const StandardTemplate& t = *spec.t;
    const Standard& d = t.draft;
    const bool zh = spec.chinese;
    Standard s;
    s.id = spec.id;
    s.type = d.type;
    s.statement = zh ? d.statement : t.statement_en;
    s.target.metric = zh ? d.target.metric : t.metric_en;
    s.target.unit = zh ? d.target.unit : t.unit_en;
    s.target.comparator = d.target.comparator;
    s.target.value = d.target.value;
    s.target.compliance = d.target.compliance;
    s.target.aggregation = d.target.aggregation;
    s.target.survey_question = zh ? d.target.survey_question : t.survey_question_en;
    s.target.scale_min = d.target.scale_min;
    s.target.scale_max = d.target.scale_max;
    s.measurement.method = d.measurement.method;
    s.measurement.frequency = d.measurement.frequency;
    s.measurement.data_source = zh ? d.measurement.data_source : t.data_source_en;
    if (!spec.name.empty()) {
        replace_all(s.statement, "{name}", spec.name);
        replace_all(s.target.survey_question, "{name}", spec.name);
    }
    s.owner = spec.owner;
    s.customer_visible = spec.visible;
    s.review_by = spec.review_by;
    s.agreed_with_staff = false;  // a draft: the staff who deliver it still have to agree
    s.approved = false;
    return s;
}

// Appends one drafted standard to a key factor; undo removes it by id. It keeps the DraftSpec rather
// than the standard: converting 40,000 key factors then holds one copy of each standard (in the
// document) instead of two, which matters as much for time (fresh memory is slow to touch) as for size.
class AddDraft : public Edit {
public:
    AddDraft(KeyFactorId parent, DraftSpec spec) : parent_(std::move(parent)), spec_(std::move(spec)) {}
    bool apply(Blueprint& d, Locator& w) const override {
        auto p = w.find(parent_);  // adding standards never moves key factors: no index rebuild
        if (!p) return false;
        key_factor_at(d, *p).standards.push_back(build(spec_));
        return true;
    }
    bool revert(Blueprint& d, Locator& w) const override {
        auto p = w.find(parent_);
        if (!p) return false;
        auto& list = key_factor_at(d, *p).standards;
        for (size_t i = list.size(); i-- > 0;) {
            if (list[i].id == spec_.id) {
                list.erase(list.begin() + i);
                return true;
            }
        }
        return false;
    }
    std::string describe(Lang lang) const override { return is_zh(lang) ? "添加标准" : "Add standard"; }

private:
    KeyFactorId parent_;
    DraftSpec spec_;
};

}  // namespace

Standard propose_standard(const Touchpoint& tp, const KeyFactor& kf, bool chinese, const std::string& today) {
    return build(spec_for(tp, kf, chinese, text::one_year_after(today)));
}

EditPtr convert_all(Document& doc, bool chinese, const std::string& today) {
    const std::string review_by = text::one_year_after(today);
    size_t missing = 0;
    for (const Circle& c : doc.model().circles)
        for (const Touchpoint& tp : c.touchpoints)
            for (const KeyFactor& kf : tp.key_factors) missing += kf.standards.empty();
    if (missing == 0) return nullptr;

    std::vector<EditPtr> edits;
    edits.reserve(missing);
    for (const Circle& c : doc.model().circles)
        for (const Touchpoint& tp : c.touchpoints)
            for (const KeyFactor& kf : tp.key_factors) {
                if (!kf.standards.empty()) continue;
                DraftSpec spec = spec_for(tp, kf, chinese, review_by);
                spec.id = StandardId(doc.new_id("st"));
                edits.push_back(std::make_unique<AddDraft>(kf.id, std::move(spec)));
            }
    std::string n = std::to_string(edits.size());
    return batch(std::move(edits), "转换为标准(" + n + " 条)", "Convert to standards (" + n + ")");
}

EditPtr convert_one(Document& doc, const KeyFactorId& id, bool chinese, const std::string& today) {
    auto where = doc.locator().find(id);
    if (!where) return nullptr;
    const Blueprint& b = doc.model();
    Standard s = propose_standard(touchpoint_at(b, *where), key_factor_at(b, *where), chinese, today);
    s.id = StandardId(doc.new_id("st"));
    return insert_standard(id, std::move(s));
}

}  // namespace bp
