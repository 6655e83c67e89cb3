// The service blueprint model: blueprint → service circles → touchpoints → key factors → standards.
// Plain data, no behaviour beyond lookups. Every element has a stable string id; references are by id.
// Sections: ids · element id · enums · elements · blueprint · lookup index.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <variant>
#include <vector>

namespace bp {

// ---------------------------------------------------------------------------------------------- ids
// Typed ids: a TouchpointId cannot be passed where a KeyFactorId is expected. In files they are strings.
template <class Tag>
struct Id {
    std::string value;
    Id() = default;
    explicit Id(std::string v) : value(std::move(v)) {}
    bool empty() const { return value.empty(); }
    friend bool operator==(const Id& a, const Id& b) { return a.value == b.value; }
    friend bool operator!=(const Id& a, const Id& b) { return a.value != b.value; }
    friend bool operator<(const Id& a, const Id& b) { return a.value < b.value; }
};

using BlueprintId = Id<struct BlueprintTag>;
using RoleId = Id<struct RoleTag>;
using CircleId = Id<struct CircleTag>;
using TouchpointId = Id<struct TouchpointTag>;
using KeyFactorId = Id<struct KeyFactorTag>;
using StandardId = Id<struct StandardTag>;
using ActivityId = Id<struct ActivityTag>;  // an activity in a layer of a touchpoint (layers.h)
using HandoffId = Id<struct HandoffTag>;    // a handoff between two activities of a circle

template <class Tag>
struct IdHash {
    size_t operator()(const Id<Tag>& id) const { return std::hash<std::string>()(id.value); }
};

// ------------------------------------------------------------------------------------- element id
// "Element" means a node of the document tree: the blueprint, a role, a circle, a touchpoint, a key
// factor or a standard. ElementId is the one typed identity of any of them (selection, lint findings,
// the canvas scene); Locator (locator.h) finds where it is. Ids are unique across kinds in a document,
// so the plain string is enough for the UI and Locator::resolve turns it back into a typed id.
// Activity and Handoff come last so that the kinds before them keep their numbers (the variant's order).
enum class ElementKind : uint8_t { None, Blueprint, Role, Circle, Touchpoint, KeyFactor, Standard, Activity, Handoff };

class ElementId {
public:
    using Variant = std::variant<std::monostate, BlueprintId, RoleId, CircleId, TouchpointId, KeyFactorId, StandardId,
                                 ActivityId, HandoffId>;
    ElementId() = default;
    ElementId(BlueprintId id) : v_(std::move(id)) {}  // implicit: any typed id is an element id
    ElementId(RoleId id) : v_(std::move(id)) {}
    ElementId(CircleId id) : v_(std::move(id)) {}
    ElementId(TouchpointId id) : v_(std::move(id)) {}
    ElementId(KeyFactorId id) : v_(std::move(id)) {}
    ElementId(StandardId id) : v_(std::move(id)) {}
    ElementId(ActivityId id) : v_(std::move(id)) {}
    ElementId(HandoffId id) : v_(std::move(id)) {}
    // From the plain string when the kind is known (e.g. read back from a UI list); kind None gives none.
    static ElementId of(ElementKind kind, std::string id);

    ElementKind kind() const { return ElementKind(v_.index()); }
    bool empty() const { return v_.index() == 0; }
    const std::string& str() const;  // the plain id, "" for none
    template <class IdT>
    const IdT* get() const { return std::get_if<IdT>(&v_); }  // nullptr when of another kind
    const Variant& variant() const { return v_; }

    friend bool operator==(const ElementId& a, const ElementId& b) { return a.v_ == b.v_; }
    friend bool operator!=(const ElementId& a, const ElementId& b) { return !(a == b); }
    friend bool operator<(const ElementId& a, const ElementId& b) { return a.v_ < b.v_; }

private:
    Variant v_;
};

struct ElementIdHash {
    size_t operator()(const ElementId& id) const {
        return std::hash<std::string>()(id.str()) * 31u + size_t(id.kind());
    }
};

// "circle", "touchpoint", …: a stable spelling of the kind (JSON output, tests); "" for None.
std::string_view kind_token(ElementKind kind);

// -------------------------------------------------------------------------------------------- enums
// Each enum has a stable file token (to_token / from_token in enums.h) and zh/en labels.
enum class Channel { InPerson, Phone, Online, App, Mail, SelfService, Other };
// The five layers of a blueprint (Shostack; Bitner): a touchpoint's lane, and the layer of each activity.
enum class Lane { PhysicalEvidence, CustomerAction, Frontstage, Backstage, Support };
using Layer = Lane;
enum class Pillar { Hardware, Software, People };                  // 三大要素, the three elements of a service
enum class Bpm { Basic, Performance, Motivation };                 // B / P / M factor
enum class Dimension {                                             // the eleven quality determinants
    Reliability, Responsiveness, Competence, Access, Courtesy, Communication,
    Credibility, Security, Understanding, Caring, Tangibles
};
enum class StandardType { Hard, Soft };
enum class Comparator { AtMost, LessThan, AtLeast, GreaterThan, Equal };
enum class Aggregation { PerOccurrence, Average };                 // 误区3: averages are flagged by lint
enum class Method { Timer, SystemLog, Count, Audit, Survey, MysteryShopper, Interview, Observation };
enum class Frequency { EveryOccurrence, Daily, Weekly, Monthly, Quarterly, Yearly };
// Where a target's number came from: the customer's own words, a seed template that states it, or a
// default we suggest that still has to be agreed with staff (001 principles 1 and 9). Unset: typed by hand.
enum class NumberSource { Unset, Customer, Seed, Suggested };
// What a handoff passes: information (order, model, address, slot) or goods (the heater, its fittings).
enum class ItemKind { Information, Goods };
// Through what a handoff passes.
enum class Medium { System, Form, Phone, Message, InPerson, Other };
// Format 4 (scoring.h): how a standard's compliance is computed from observations. PerOccurrence: the
// share of occurrences within the target; TopBox: the share of survey ratings meeting the target; Mean:
// the documented mean of the values against the target (误区3 still applies).
enum class ComplianceMethod { PerOccurrence, TopBox, Mean };
enum class Measurer { Role, MysteryShopper, System, Customer };  // who records the observations
enum class Abandoned { Fail, Exclude };  // timed standards: a contact abandoned before service
// What a standard standardises (000 6.4.1: delivery as language, action and attitude; and the process).
enum class StandardKind { Unset, Process, Language, Action, Attitude };

// ----------------------------------------------------------------------------------------- elements
// Canvas positions are in world units (the canvas maps them to screen); never UI types here.
struct Vec2 {
    double x = 0, y = 0;
    friend bool operator==(const Vec2& a, const Vec2& b) { return a.x == b.x && a.y == b.y; }
    friend bool operator!=(const Vec2& a, const Vec2& b) { return !(a == b); }
};

// ------------------------------------------------------------------------------ trainer (format 4)
// A line to say, and when it applies ("三位以上来访者" → "各位好！"); an empty condition means always.
struct Phrase {
    std::string condition;
    std::string text;
};

// One thing to do, never to do, or a duty: a line of text, in order.
struct Instruction {
    std::string text;
};

// A self-check question a trainer wrote for a moment, with its answer.
struct CheckQuestion {
    std::string question;
    std::string answer;
};

struct Role {
    RoleId id;
    std::string name;      // as staff call it, e.g. 安装工
    std::string name_en;   // optional English name
    // Format 4 (braced, so that Role{id, name, name_en} still names every field it means to):
    std::vector<Instruction> duties{};  // 岗位职责, in order
    RoleId reports_to{};                // whom it reports to; none when empty
    RoleId escalates_to{};              // whom it escalates to; none when empty
};

struct Target {
    std::string metric;                   // e.g. 接通前响铃次数 / rings before answer
    std::string unit;                     // e.g. 声 / rings, h, 分 (of 5)
    Comparator comparator = Comparator::AtMost;
    std::optional<double> value;          // the per-occurrence target
    double compliance = 0.95;             // share of occurrences that must comply, 0..1
    Aggregation aggregation = Aggregation::PerOccurrence;
    // Soft standards: what customers are asked and on which scale.
    std::string survey_question;
    int scale_min = 1;
    int scale_max = 5;
};

struct Measurement {
    Method method = Method::Timer;
    Frequency frequency = Frequency::EveryOccurrence;
    std::string data_source;              // e.g. 呼叫中心系统日志 / call-centre log
};

// Format 4: how compliance is computed (scoring.h). Absent on a standard: the default for its method.
struct SamplePlan {
    Measurer by = Measurer::Role;
    RoleId role;                          // by Role: who measures; empty = the standard's owner
    int per_period = 0;                   // observations per site and period; 0 = every occurrence
    std::vector<std::string> sites;       // where it is measured; empty = every site
};

struct Scoring {
    ComplianceMethod method = ComplianceMethod::PerOccurrence;
    double weight = 1;                    // in roll-ups
    bool critical = false;                // below target fails the whole roll-up (audit practice)
    bool na_allowed = false;              // "not applicable" is an answer, excluded from n
    Abandoned abandoned = Abandoned::Fail;  // timed standards only
    SamplePlan sample;
};

// A change of target, kept with its reason (step 9: targets that learn).
struct TargetChange {
    std::string date;                     // YYYY-MM-DD
    double compliance = 0.95;             // the share required from then on
    std::optional<double> value;          // the per-occurrence target from then on
    std::string reason;
};

struct Standard {
    StandardId id;
    std::string statement;                // the behaviour, stated plainly
    StandardType type = StandardType::Hard;
    Target target;
    Measurement measurement;
    RoleId owner;                         // the role accountable for it
    bool customer_visible = false;        // 误区4: customers are the best supervisors
    std::string review_by;                // YYYY-MM-DD, empty when not set
    bool agreed_with_staff = false;
    bool approved = false;
    NumberSource number_source = NumberSource::Unset;
    std::string number_basis;             // the customer's words ("十分钟内") or the seed ("003 客户投诉处理 1H")
    std::optional<Scoring> scoring;       // format 4; absent: effective_scoring() derives it
    std::vector<TargetChange> target_history;  // format 4, oldest first
    StandardKind kind = StandardKind::Unset;  // format 4: process, language, action or attitude
};

struct KeyFactor {
    KeyFactorId id;
    std::string name;                     // 关键因素
    std::string expectation;              // the customer expectation it serves
    Pillar element = Pillar::People;      // file field "element" (三大要素)
    Bpm bpm = Bpm::Basic;
    Dimension dimension = Dimension::Reliability;
    int importance = 3;                   // 1..5
    std::optional<Vec2> card_offset;      // card position relative to its touchpoint; unset = automatic
    std::vector<Standard> standards;
};

// ----------------------------------------------------------------------------- layers (format 3)
// A deadline, typed: "+30 分钟" after the handing activity, or a clock time on a day ("前一日 18:00").
// Written, read and composed in layers.h / chain.h.
struct Deadline {
    enum class Kind : uint8_t { None, Relative, Clock };
    Kind kind = Kind::None;
    int64_t minutes = 0;  // Relative: minutes after; Clock: minutes after midnight (0…1439)
    int day = 0;          // Clock: the day, counted from the circle's reference day (−1 = the day before)
    bool empty() const { return kind == Kind::None; }
    friend bool operator==(const Deadline& a, const Deadline& b) {
        return a.kind == b.kind && a.minutes == b.minutes && a.day == b.day;
    }
    friend bool operator!=(const Deadline& a, const Deadline& b) { return !(a == b); }
};

// One thing done or seen at a moment, in one layer: evidence (预约单), the customer's action, a
// frontstage or backstage action with the role doing it, or a support process (a system or department).
struct Activity {
    ActivityId id;
    Layer layer = Layer::Frontstage;
    std::string name;                     // 上门安装 / 派工系统推送工单 / 安装单
    RoleId role;                          // who does it; empty for evidence and the customer's action
    std::string system;                   // support: the system or department (派工系统, 库房)
    bool wait_point = false;
    bool fail_point = false;
    CircleId recovery;                    // a fail point's recovery: the circle that handles it
};

struct HandoffItem {
    std::string name;                     // 订单, 型号, 地址, 时段, 热水器, 配件
    ItemKind kind = ItemKind::Information;
};

// What passes from one activity (and its role) to another, through what and by when. The roles are
// those of the two activities, so they cannot disagree with them.
struct Handoff {
    HandoffId id;
    ActivityId from, to;
    std::vector<HandoffItem> items;
    Medium medium = Medium::System;
    std::string via;                      // the system or form by name: 派工系统, 问题整改工作单
    Deadline deadline;                    // relative to `from`, or a clock time on a day
    StandardId standard;                  // the standard that covers it; none when empty
    bool breaks_chain = true;             // without it the chain breaks (环环相扣)
};

// The customer's promise for a circle ("承诺次日安装", "72 小时内闭环") and its time budget: relative to
// the circle's start, or a clock time on a day counted from the start day (次日 18:00). `starts_by` is
// the latest time of day a request still counts for the promise ("16:00 前下单"); clock deadlines of
// handoffs count days from the promise's day when the budget is a clock time (chain.h).
struct Promise {
    std::string text;
    Deadline budget;
    Deadline starts_by;                   // a clock time on day 0; empty: 00:00
};

struct Touchpoint {
    TouchpointId id;
    std::string name;                     // moment of truth, 关键时刻
    std::string description;
    RoleId role;                          // who serves it; empty for customer-only steps
    Channel channel = Channel::InPerson;
    Lane lane = Lane::Frontstage;
    int feeling = 0;                      // expected customer feeling, -2..+2
    double duration_minutes = 0;          // typical duration
    bool wait_point = false;
    bool fail_point = false;
    std::string mitigation;               // what is done when the fail point fails
    CircleId recovery;                    // the circle that handles the failure (format 3); none when empty
    std::vector<KeyFactor> key_factors;
    std::vector<Activity> activities;     // per layer (format 3); `role` stays the moment's owner (首问负责)
    // Format 4, for training: what to say, what to do in order, what never to do, notes for the trainer,
    // and the trainer's own self-check questions.
    std::vector<Phrase> phrases;
    std::vector<Instruction> steps;
    std::vector<Instruction> never;
    std::string trainer_notes;
    std::vector<CheckQuestion> questions;
};

struct Circle {
    CircleId id;
    std::string name;                     // 服务圈
    std::string description;
    Vec2 position;                        // centre on the canvas
    double radius = 260;
    std::vector<Touchpoint> touchpoints;  // in the customer's order, drawn clockwise
    std::optional<Promise> promise;       // what the customer is promised (format 3)
    std::vector<Handoff> handoffs;        // between activities of this circle's touchpoints (format 3)
};

// ------------------------------------------------------------------------------ results (format 4)
// Measured results, aggregated per standard, period and site (results.h imports observations into
// this). Compact by design: a year of 20 sites for tens of thousands of standards stays small.
struct ResultCell {
    int period = 0, site = 0;             // indices into Results::periods and Results::sites
    int64_t n = 0;                        // observations that count (N/A excluded)
    int64_t met = 0;                      // of them, within the target (share methods)
    int64_t na = 0;                       // answered "not applicable"
    double sum = 0;                       // sum of the values (the mean method)
};

struct ResultSeries {
    StandardId standard;
    std::vector<ResultCell> cells;        // sorted by period, then site; one per (period, site)
};

struct Results {
    std::vector<std::string> periods;     // "2026-11", sorted
    std::vector<std::string> sites;       // as named in the results, in order of first appearance
    std::vector<ResultSeries> series;     // one per measured standard, in document order
};

// ---------------------------------------------------------------------------------------- blueprint
inline constexpr std::string_view kBlueprintFormat = "service-blueprint";
// 3: layers, handoffs, promises, recovery links; number sources; acknowledged findings.
// 4: how each standard is scored, the history of its targets, measured results; for training: phrases,
//    steps, never-dos, trainer notes and questions, standard kinds, role duties.
inline constexpr int kBlueprintFormatVersion = 4;

// A lint finding the designer means to keep (format 3): it is shown as acknowledged and stops nagging.
// Its identity is the rule and the element, so it survives edits that keep both; when either goes, lint
// reports it as stale (lint_actions.h).
struct Acknowledgement {
    std::string rule;      // the finding's rule id, e.g. "process.fail-point-without-mitigation"
    std::string element;   // the id of the element the finding points at
    std::string note;      // why it is intended
};

struct Blueprint {
    BlueprintId id;
    std::string name;
    std::string description;
    std::string industry;
    std::string language = "zh-CN";       // the language the content is written in
    std::vector<Role> roles;
    std::vector<Circle> circles;
    std::vector<Acknowledgement> acknowledgements;  // format 3
    std::optional<Results> results;       // format 4; absent: nothing measured yet
};

// ------------------------------------------------------------------------------------ lookup index
// Where an element sits in the tree. Indices are valid until the next structural edit; rebuild then.
// An activity has circle, touchpoint and activity set; a handoff circle and handoff.
struct Path {
    int circle = -1, touchpoint = -1, key_factor = -1, standard = -1;
    int activity = -1, handoff = -1;
    friend bool operator==(const Path& a, const Path& b) {
        return a.circle == b.circle && a.touchpoint == b.touchpoint && a.key_factor == b.key_factor &&
               a.standard == b.standard && a.activity == b.activity && a.handoff == b.handoff;
    }
    friend bool operator!=(const Path& a, const Path& b) { return !(a == b); }
};

// What an element is and where: the path for tree elements, the index in Blueprint::roles for a role.
struct Location {
    ElementKind kind = ElementKind::None;
    Path path;
    int role = -1;
};

// Every id of a document to its location, in one table. Plain: it does not notice edits (see Locator).
// An open-addressed table of the ids' hashes, each naming a location in a dense list; no copy of any id:
// a hit is the element at a location holding the id asked for, in the document as it is now, so a
// location an edit moved is a miss. (A table of strings spent a node and a copy per id: 25–60 ms at
// 80,000 elements, after every structural edit; slots holding whole locations were 40 bytes each, five
// times the memory to clear and scatter into.) The document must outlive the index.
class Index {
public:
    explicit Index(const Blueprint& doc) { rebuild(doc); }
    Index() = default;
    void rebuild(const Blueprint& doc);
    // After a change within circle `c` alone (no circle came, went or moved in the list): its elements
    // are indexed where they are now. What was indexed where they were is left: a hit is checked, so it
    // can only miss. False, changing nothing, when the table would grow too full: rebuild then.
    bool reindex_circle(const Blueprint& doc, int c);

    std::optional<Location> find(std::string_view id) const;  // any kind
    std::optional<Path> find(const CircleId& id) const { return path_of(id.value, ElementKind::Circle); }
    std::optional<Path> find(const TouchpointId& id) const { return path_of(id.value, ElementKind::Touchpoint); }
    std::optional<Path> find(const KeyFactorId& id) const { return path_of(id.value, ElementKind::KeyFactor); }
    std::optional<Path> find(const StandardId& id) const { return path_of(id.value, ElementKind::Standard); }
    std::optional<Path> find(const ActivityId& id) const { return path_of(id.value, ElementKind::Activity); }
    std::optional<Path> find(const HandoffId& id) const { return path_of(id.value, ElementKind::Handoff); }
    const Role* role(const Blueprint& doc, const RoleId& id) const;

private:
    struct Slot {
        uint32_t hash = 0;
        uint32_t entry = 0;  // 1 + the index in entries_; 0: empty
    };
    const Blueprint* doc_ = nullptr;
    std::vector<Location> entries_;  // in document order when rebuilt; then the circles indexed again
    std::vector<uint32_t> hashes_;   // of entries_' ids
    std::vector<Slot> slots_;        // a power of two long, at most half full
    void add(const std::string& id, const Location& at);
    void add_circle(const Circle& circle, int c);
    void claim_slot(uint32_t entry);  // puts entries_[entry] in the table, unless its id is there already
    const Location* lookup(std::string_view id) const;
    std::optional<Path> path_of(const std::string& id, ElementKind kind) const;
};

// The id of the element at a location; null when the location is out of range of the document.
const std::string* id_text_at(const Blueprint& doc, const Location& at);

// Element access by path; the caller guarantees the path came from a current Index.
inline Circle& at(Blueprint& d, const Path& p) { return d.circles[p.circle]; }
Touchpoint& touchpoint_at(Blueprint& d, const Path& p);
KeyFactor& key_factor_at(Blueprint& d, const Path& p);
Standard& standard_at(Blueprint& d, const Path& p);
const Touchpoint& touchpoint_at(const Blueprint& d, const Path& p);
const KeyFactor& key_factor_at(const Blueprint& d, const Path& p);
const Standard& standard_at(const Blueprint& d, const Path& p);
Activity& activity_at(Blueprint& d, const Path& p);
Handoff& handoff_at(Blueprint& d, const Path& p);
const Activity& activity_at(const Blueprint& d, const Path& p);
const Handoff& handoff_at(const Blueprint& d, const Path& p);

// Every id in the document (blueprint, roles, circles, touchpoints, key factors, standards, activities,
// handoffs).
std::unordered_set<std::string> collect_ids(const Blueprint& doc);

// Counts for status bars and benchmarks.
struct Counts {
    size_t circles = 0, touchpoints = 0, key_factors = 0, standards = 0;
    size_t activities = 0, handoffs = 0;
};
Counts count(const Blueprint& doc);

}  // namespace bp
