// Key factors → draft standards: choosing a template, filling it for one key factor, and the
// undoable batch that converts a whole blueprint.
#include "convert.h"

#include <tuple>

#include "enums.h"
#include "text.h"

namespace bp {

namespace {

// All keywords of the library in one set, each remembering its template.
struct KeywordIndex {
    text::KeywordSet set;
    std::vector<int> template_of;               // keyword index → template index
    std::vector<int> generic_of_dimension;      // Dimension → template index of its generic entry
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

Standard propose_standard(const Touchpoint& tp, const KeyFactor& kf, bool chinese, const std::string& today) {
    const StandardTemplate& t = choose_template(kf);
    Standard s = t.draft;
    if (!chinese) {
        s.statement = t.statement_en;
        s.target.metric = t.metric_en;
        s.target.unit = t.unit_en;
        s.target.survey_question = t.survey_question_en;
        s.measurement.data_source = t.data_source_en;
    }
    std::string_view name = text::trim(kf.name);
    if (name.empty()) name = text::trim(tp.name);
    if (name.empty()) name = chinese ? "该环节" : "this step";
    replace_all(s.statement, "{name}", name);
    replace_all(s.target.survey_question, "{name}", name);

    s.owner = tp.role;
    if (tp.lane == Lane::Backstage || tp.lane == Lane::Support) s.customer_visible = false;  // not seen there
    s.review_by = text::one_year_after(today);
    s.agreed_with_staff = false;  // a draft: the staff who deliver it still have to agree
    s.approved = false;
    return s;
}

EditPtr convert_all(Document& doc, bool chinese, const std::string& today) {
    std::vector<EditPtr> edits;
    for (const Circle& c : doc.model().circles)
        for (const Touchpoint& tp : c.touchpoints)
            for (const KeyFactor& kf : tp.key_factors) {
                if (!kf.standards.empty()) continue;
                Standard s = propose_standard(tp, kf, chinese, today);
                s.id = StandardId(doc.new_id("st"));
                edits.push_back(insert_standard(kf.id, std::move(s)));
            }
    if (edits.empty()) return nullptr;
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
