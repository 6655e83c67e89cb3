// Property test: long random sequences of edits, undo and redo on every sample. After every step the
// document keeps its invariants, saves to a file that loads again and saves to the same bytes, and
// undo/redo bring back exactly the states seen before. Seeded and deterministic (the generator is
// mt19937 with our own reduction, so every platform draws the same sequence).
#include <catch2/catch.hpp>

#include <filesystem>
#include <random>

#include "blueprint/clipboard.h"
#include "blueprint/dates.h"
#include "blueprint/fields.h"
#include "blueprint/invariants.h"
#include "blueprint/json_io.h"
#include "blueprint/layer_edits.h"
#include "blueprint/layers.h"
#include "blueprint/roles.h"
#include "blueprint/selection_edits.h"

using namespace bp;

namespace {

class Random {
public:
    explicit Random(uint32_t seed) : g_(seed) {}
    int below(int n) { return n <= 0 ? 0 : int(g_() % uint32_t(n)); }
    bool chance(int percent) { return below(100) < percent; }

private:
    std::mt19937 g_;
};

std::vector<ElementId> all_elements(const Blueprint& b) {
    std::vector<ElementId> out;
    for (const Circle& c : b.circles) {
        out.push_back(c.id);
        for (const Touchpoint& t : c.touchpoints) {
            out.push_back(t.id);
            for (const KeyFactor& k : t.key_factors) {
                out.push_back(k.id);
                for (const Standard& s : k.standards) out.push_back(s.id);
            }
        }
    }
    return out;
}

std::string invariants_text(const Blueprint& b) {
    std::string out;
    for (const Problem& p : check_invariants(b)) out += p.element.str() + ": " + p.what + "\n";
    return out;
}

class Run {
public:
    Run(Blueprint start, uint32_t seed) : doc_(std::move(start)), rnd_(seed) {
        states_.push_back(save_blueprint(doc_.model()));
    }

    void step(int i) {
        elements_ = all_elements(doc_.model());
        int op = rnd_.below(26);
        if ((op == 12 || op == 16) && elements_.size() > 600) op = 11;  // keep the document small: delete instead
        INFO("step " << i << ", operation " << op);
        if (op == 0 && doc_.history().can_undo()) {
            REQUIRE(doc_.undo());
            expect_state();
        } else if (op == 1 && doc_.history().can_redo()) {
            REQUIRE(doc_.redo());
            expect_state();
        } else {
            const bool applied = doc_.apply(make_edit(op));
            if (applied && op >= 20 && op <= 25) ++layer_edits_;
            if (applied)
                record_state();
            else
                expect_state();  // a refused or empty edit changes nothing
        }
        check_file();
    }

    void unwind_and_replay() {
        const size_t depth = doc_.history().undo_depth() + doc_.history().redo_depth();  // redo goes that far
        while (doc_.history().can_undo()) REQUIRE(doc_.undo());
        CHECK(save_blueprint(doc_.model()) == states_[0]);
        while (doc_.history().can_redo()) REQUIRE(doc_.redo());
        CHECK(doc_.history().undo_depth() == depth);
        CHECK(save_blueprint(doc_.model()) == states_[depth]);
    }

    const Blueprint& model() const { return doc_.model(); }
    int layer_edits() const { return layer_edits_; }  // activity and handoff edits that applied

private:
    ElementId any(ElementKind kind) {
        std::vector<ElementId> of;
        for (const ElementId& id : elements_)
            if (kind == ElementKind::None || id.kind() == kind) of.push_back(id);
        return of.empty() ? ElementId() : of[rnd_.below((int)of.size())];
    }
    std::vector<ElementId> several() {
        std::vector<ElementId> out;
        const int n = 1 + rnd_.below(4);
        for (int i = 0; i < n; ++i) out.push_back(any(ElementKind::None));
        return out;
    }
    RoleId any_role() {
        const auto& roles = doc_.model().roles;
        if (roles.empty() || rnd_.chance(20)) return {};
        return roles[rnd_.below((int)roles.size())].id;
    }
    Locator& where() { return doc_.locator(); }
    ActivityId any_activity() {
        std::vector<ActivityId> all;
        for (const Circle& c : doc_.model().circles)
            for (const Touchpoint& t : c.touchpoints)
                for (const Activity& a : t.activities) all.push_back(a.id);
        return all.empty() ? ActivityId() : all[rnd_.below((int)all.size())];
    }

    EditPtr make_edit(int op) {
        const Blueprint& m = doc_.model();
        switch (op) {
            case 2: {  // a touchpoint's fields
                auto at = where().find(any(ElementKind::Touchpoint));
                if (!at) return nullptr;
                Touchpoint after = own_fields(touchpoint_at(m, at->path));
                after.name += "改";
                after.feeling = rnd_.below(5) - 2;
                after.role = any_role();
                after.wait_point = rnd_.chance(50);
                after.duration_minutes = rnd_.below(100) / 4.0;
                return set_fields(own_fields(touchpoint_at(m, at->path)), after);
            }
            case 3: {  // a standard's fields
                auto at = where().find(any(ElementKind::Standard));
                if (!at) return nullptr;
                Standard after = own_fields(standard_at(m, at->path));
                after.owner = any_role();
                after.target.compliance = rnd_.below(101) / 100.0;
                after.target.value = rnd_.chance(20) ? std::nullopt : std::optional<double>(rnd_.below(1000) / 8.0);
                after.review_by = rnd_.chance(30) ? std::string() : add_years("2026-02-28", rnd_.below(5));
                after.customer_visible = rnd_.chance(50);
                return set_fields(standard_at(m, at->path), after);
            }
            case 4: {  // a key factor's fields
                auto at = where().find(any(ElementKind::KeyFactor));
                if (!at) return nullptr;
                KeyFactor after = own_fields(key_factor_at(m, at->path));
                after.importance = 1 + rnd_.below(5);
                after.element = Pillar(rnd_.below(3));
                after.card_offset = rnd_.chance(50) ? std::nullopt : std::optional<Vec2>(Vec2{rnd_.below(200) - 100.0, 7.5});
                return set_fields(own_fields(key_factor_at(m, at->path)), after);
            }
            case 5: {  // a circle moves
                auto at = where().find(any(ElementKind::Circle));
                if (!at) return nullptr;
                Circle after = own_fields(m.circles[at->path.circle]);
                after.position.x += rnd_.below(400) - 200;
                after.radius = 40 + rnd_.below(500);
                return set_fields(own_fields(m.circles[at->path.circle]), after);
            }
            case 6: {  // insert a touchpoint somewhere
                auto slot = touchpoint_slot(m, where(), any(ElementKind::None));
                if (!slot) return nullptr;
                Touchpoint tp;
                tp.id = TouchpointId(doc_.new_id("tp"));
                tp.name = "新触点";
                tp.role = any_role();
                return insert_touchpoint(*slot->parent.get<CircleId>(), tp, slot->index);
            }
            case 7: {
                auto slot = key_factor_slot(m, where(), any(ElementKind::Touchpoint));
                if (!slot) return nullptr;
                KeyFactor kf;
                kf.id = KeyFactorId(doc_.new_id("kf"));
                kf.name = "新因素";
                return insert_key_factor(*slot->parent.get<TouchpointId>(), kf, slot->index);
            }
            case 8: {
                auto slot = standard_slot(m, where(), any(ElementKind::KeyFactor));
                if (!slot) return nullptr;
                Standard s;
                s.id = StandardId(doc_.new_id("st"));
                s.statement = "新标准";
                s.owner = any_role();
                return insert_standard(*slot->parent.get<KeyFactorId>(), s, slot->index);
            }
            case 9: {
                auto at = where().find(any(rnd_.chance(10) ? ElementKind::Circle : ElementKind::None));
                return at ? remove_at(m, at->path) : nullptr;
            }
            case 10: {
                if (m.circles.empty()) return nullptr;
                const Circle& c = m.circles[rnd_.below((int)m.circles.size())];
                const int n = (int)c.touchpoints.size();
                return move_touchpoint(c.id, rnd_.below(n), rnd_.below(n));
            }
            case 11: return delete_elements(doc_, several());
            case 12: return duplicate_elements(doc_, several()).edit;
            case 13: return set_touchpoint_roles(doc_, several(), any_role());
            case 14: return set_standard_owners(doc_, several(), any_role());
            case 15: return convert_elements(doc_, several(), rnd_.chance(50) ? Lang::Zh : Lang::En, "2026-12-01");
            case 16: {  // copy and paste next to something
                const std::string clip = copy_elements(doc_, several());
                PasteOptions o;
                o.target = any(ElementKind::None);
                return plan_paste(doc_, clip, o).edit;
            }
            case 17: {  // remove a role (refused while in use)
                const RoleId r = any_role();
                Proposal p = remove_role(m, r);
                if (!p && !r.empty()) CHECK((role_uses(m, r).any() || !p.refused.empty()));
                return std::move(p.edit);
            }
            case 18: {  // drop a role straight through set_blueprint_info: must not apply while in use
                Blueprint after = own_fields(m);
                if (after.roles.empty()) return add_role(doc_, Role{RoleId(), "新角色", "New role"}).edit;
                const int r = rnd_.below((int)after.roles.size());
                const bool used = role_uses(m, after.roles[r].id).any();
                after.roles.erase(after.roles.begin() + r);
                EditPtr e = set_blueprint_info(own_fields(m), after);
                if (used) {
                    CHECK_FALSE(doc_.apply(std::move(e)));
                    return nullptr;
                }
                return e;
            }
            case 20: {  // add an activity to some moment, in some layer, by some role
                const ElementId t = any(ElementKind::Touchpoint);
                if (t.empty()) return nullptr;
                Activity a;
                a.layer = Layer(rnd_.below(5));
                a.name = rnd_.chance(90) ? "活动" + std::to_string(rnd_.below(99)) : "";  // sometimes refused
                a.role = any_role();
                if (rnd_.chance(30)) a.system = "派工系统";
                return add_activity(doc_, *t.get<TouchpointId>(), a, rnd_.below(4) - 1).edit;
            }
            case 21: {  // change an activity: a fail point with a recovery circle, another role
                const ActivityId a = any_activity();
                if (a.empty()) return nullptr;
                auto at = where().find(a);
                Activity after = activity_at(m, *at);
                after.fail_point = rnd_.chance(50);
                const ElementId c = any(ElementKind::Circle);
                after.recovery = after.fail_point && !c.empty() ? *c.get<CircleId>() : CircleId();
                after.role = any_role();
                return edit_activity(m, after).edit;
            }
            case 22: {  // move an activity to another layer and moment (refused across circles with handoffs)
                const ActivityId a = any_activity();
                const ElementId t = any(ElementKind::Touchpoint);
                if (a.empty() || t.empty()) return nullptr;
                return move_activity(m, a, *t.get<TouchpointId>(), Layer(rnd_.below(5)), rnd_.below(3) - 1).edit;
            }
            case 23: {  // delete an activity with its handoffs
                const ActivityId a = any_activity();
                return a.empty() ? nullptr : remove_activity(m, a).edit;
            }
            case 24: {  // a handoff between two activities: often refused (other circle, itself, a cycle)
                Handoff h;
                h.from = any_activity();
                h.to = any_activity();
                if (h.from.empty()) return nullptr;
                h.items = {{"订单", ItemKind::Information}};
                h.deadline = rnd_.chance(50) ? *parse_deadline("+30min") : *parse_deadline("前一日 18:00");
                const ElementId s = any(ElementKind::Standard);
                if (!s.empty() && rnd_.chance(50)) h.standard = *s.get<StandardId>();
                Proposal p = add_handoff(doc_, h);
                if (!p) CHECK_FALSE(p.refused.empty());
                return std::move(p.edit);
            }
            case 25: {  // change or delete a handoff
                std::vector<HandoffId> all;
                for (const Circle& c : m.circles)
                    for (const Handoff& h : c.handoffs) all.push_back(h.id);
                if (all.empty()) return nullptr;
                const HandoffId id = all[rnd_.below((int)all.size())];
                if (rnd_.chance(40)) return remove_handoff(m, id).edit;
                Handoff h = handoff_at(m, *where().find(id));
                h.breaks_chain = !h.breaks_chain;
                if (rnd_.chance(50)) h.to = any_activity();  // may close a cycle: refused
                return edit_handoff(m, h).edit;
            }
            default: return add_role(doc_, Role{RoleId(), "角色" + std::to_string(rnd_.below(9)), ""}).edit;
        }
    }

    void record_state() {
        const size_t depth = doc_.history().undo_depth();
        states_.resize(depth);
        states_.push_back(save_blueprint(doc_.model()));
    }
    void expect_state() {
        const size_t depth = doc_.history().undo_depth();
        REQUIRE(depth < states_.size());
        CHECK(save_blueprint(doc_.model()) == states_[depth]);
    }
    void check_file() {
        const std::string problems = invariants_text(doc_.model());
        CHECK(problems == "");
        const std::string saved = save_blueprint(doc_.model());
        LoadResult again = load_blueprint(saved);
        REQUIRE(again.ok());
        CHECK(save_blueprint(again.blueprint()) == saved);
    }

    Document doc_;
    Random rnd_;
    std::vector<ElementId> elements_;  // of the document before this step (ids may be gone: lookups check)
    std::vector<std::string> states_;  // states_[d]: the saved document at undo depth d
    int layer_edits_ = 0;
};

}  // namespace

TEST_CASE("invariants: a clean sample has none — each broken rule is reported") {
    const std::string dir = std::string(BP_SOURCE_DIR) + "/assets/samples";
    LoadResult r = load_blueprint_file(dir + "/water-heater-installation.blueprint.json");
    REQUIRE(r.ok());
    Blueprint b = r.blueprint();
    CHECK(invariants_text(b) == "");
    Touchpoint& tp = b.circles[0].touchpoints[0];
    tp.role = RoleId("nobody");
    tp.feeling = 3;
    tp.key_factors.at(0).id = KeyFactorId(b.circles[0].id.value);
    b.circles[0].radius = 0;
    b.circles[0].name = "\xED\xA0\x80";  // a UTF-8 encoded surrogate
    const auto problems = check_invariants(b);
    std::string all;
    for (const Problem& p : problems) all += p.what + "\n";
    CHECK(all.find("refers to role \"nobody\"") != std::string::npos);
    CHECK(all.find("feeling outside") != std::string::npos);
    CHECK(all.find("is used twice") != std::string::npos);
    CHECK(all.find("radius") != std::string::npos);
    CHECK(all.find("UTF-8") != std::string::npos);
}

TEST_CASE("random edits with undo and redo keep every sample valid, loadable and byte-stable") {
    const std::string dir = std::string(BP_SOURCE_DIR) + "/assets/samples";
    uint32_t seed = 20261201;
    int samples = 0, layer_edits = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() != ".json") continue;
        ++samples;
        LoadResult r = load_blueprint_file(entry.path().string());
        REQUIRE(r.ok());
        INFO(entry.path().filename().string() << ", seed " << seed);
        Run run(std::move(r.blueprint()), seed++);
        for (int i = 0; i < 300; ++i) run.step(i);
        CHECK(run.layer_edits() > 0);  // the layers' edits were exercised, not only refused
        layer_edits += run.layer_edits();
        run.unwind_and_replay();
    }
    CHECK(samples >= 3);
    CHECK(layer_edits >= 20 * samples);  // about one step in fourteen, over all samples
}
