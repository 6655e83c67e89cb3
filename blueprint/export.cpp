// The standards file (JSON) and its CSV tables (the Markdown handbook is export_markdown.cpp).
// Sections: shared helpers · standards JSON · CSV · a selection.
#include "export.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

#include <rapidjson/internal/dtoa.h>

#include "convert.h"
#include "enums.h"
#include "export_layers.h"
#include "glossary.h"
#include "json_text.h"
#include "layers.h"
#include "roles.h"
#include "scoring.h"

namespace bp::export_detail {

std::string format_number(double v) {
    if (!std::isfinite(v)) return "";
    if (std::fabs(v) < 9.0e15 && v == std::floor(v)) return std::to_string(static_cast<long long>(v));
    char buf[32];
    for (int precision = 1; precision <= 17; ++precision) {
        std::snprintf(buf, sizeof buf, "%.*g", precision, v);
        if (std::strtod(buf, nullptr) == v) break;
    }
    return buf;
}

std::string format_percent(double share) { return format_number(std::round(share * 100000.0) / 1000.0) + "%"; }

std::string yes_no(bool v, Lang lang) { return is_zh(lang) ? (v ? "是" : "否") : (v ? "yes" : "no"); }

}  // namespace bp::export_detail

namespace bp {
namespace {

using export_detail::format_number;
using export_detail::format_percent;
using export_detail::yes_no;

// ------------------------------------------------------------------------------------ shared helpers
// Role lookup by id; an owner that names no role (should not happen after load) exports as unnamed.
class Roles {
public:
    explicit Roles(const Blueprint& doc) : doc_(doc) {
        for (const Role& r : doc.roles) by_id_.emplace(r.id.value, &r);
    }
    const Role* find(const RoleId& id) const {
        if (id.empty()) return nullptr;
        auto it = by_id_.find(id.value);
        return it == by_id_.end() ? nullptr : it->second;
    }
    std::string name(const RoleId& id, Lang lang) const { return role_name(doc_, id, lang); }

private:
    const Blueprint& doc_;
    std::unordered_map<std::string, const Role*> by_id_;
};

size_t standard_count(const Blueprint& doc) { return count(doc).standards; }



// ------------------------------------------------------------------------------------ standards JSON
// A small JSON emitter for the fixed shape of the standards file. It appends straight into the string
// we return and copies runs of plain text whole, which keeps a 10,000-touchpoint export well inside its
// time budget (a general writer escapes byte by byte and checks its state machine on every call).
// Output matches rapidjson's Writer: same escapes, numbers through rapidjson's Grisu dtoa.
class Json {
public:
    explicit Json(std::string& out) : out_(out) {}

    void raw(std::string_view text) { out_.append(text.data(), text.size()); }
    void begin_object() { out_ += '{'; first_ = true; }
    void end_object() { out_ += '}'; first_ = false; }
    void begin_array() { out_ += '['; first_ = true; }
    void end_array() { out_ += ']'; first_ = false; }
    void element() {  // before each element of an array
        if (!first_) out_ += ',';
        first_ = false;
    }
    // Member names are our own ASCII constants: no escaping needed.
    void key(std::string_view name) {
        if (!first_) out_ += ',';
        out_ += '"';
        raw(name);
        out_ += "\":";
        first_ = false;
    }
    void string(std::string_view text) { bp::json::append_quoted(out_, text); }
    void integer(long long v) {
        char buf[24];
        const int n = std::snprintf(buf, sizeof buf, "%lld", v);
        out_.append(buf, static_cast<size_t>(n));
    }
    // Integral values as integers ("3", not "3.0"); NaN and infinity, which JSON cannot hold, as null.
    void number(double v) {
        if (!std::isfinite(v)) return null();
        if (std::fabs(v) < 9.0e15 && v == std::floor(v)) return integer(static_cast<long long>(v));
        char buf[32];
        const char* end = rapidjson::internal::dtoa(v, buf);
        out_.append(buf, static_cast<size_t>(end - buf));
    }
    void boolean(bool b) { raw(b ? "true" : "false"); }
    void null() { raw("null"); }

    void field(std::string_view name, std::string_view text) { key(name); string(text); }
    void field(std::string_view name, const std::string& text) { key(name); string(text); }
    void field(std::string_view name, const char* text) { key(name); string(text); }
    void field(std::string_view name, bool b) { key(name); boolean(b); }
    void field(std::string_view name, int v) { key(name); integer(v); }

private:
    std::string& out_;
    bool first_ = true;
};

// A role reference as {id, name, name_en}, or null when no role is set.
void role_ref(Json& w, const char* k, const RoleId& id, const Roles& roles) {
    w.key(k);
    if (id.empty()) return w.null();
    const Role* r = roles.find(id);
    w.begin_object();
    w.field("id", id.value);
    w.field("name", r ? std::string_view(r->name) : std::string_view());
    w.field("name_en", r ? std::string_view(r->name_en) : std::string_view());
    w.end_object();
}

// The touchpoint object of the standards file: the same for every standard of the touchpoint, so it is
// written once per touchpoint and copied (its description and mitigation can be long).
std::string touchpoint_json(const Touchpoint& tp, int order, const Roles& roles) {
    std::string out;
    Json w(out);
    w.begin_object();
    w.field("id", tp.id.value);
    w.field("name", tp.name);
    w.field("order", order);
    role_ref(w, "role", tp.role, roles);
    w.field("channel", to_token(tp.channel));
    w.field("lane", to_token(tp.lane));
    w.field("description", tp.description);
    w.field("feeling", tp.feeling);
    w.key("duration_minutes");
    w.number(tp.duration_minutes);
    w.field("wait_point", tp.wait_point);
    w.field("fail_point", tp.fail_point);
    w.field("mitigation", tp.mitigation);
    w.end_object();
    return out;
}

// Standards format 3: how compliance is computed (the standard's own scoring or the default for its
// method, so every reader computes it the same way) and the history of its targets.
void write_scoring(Json& w, const Standard& s) {
    const Scoring sc = effective_scoring(s);
    w.key("scoring");
    w.begin_object();
    w.field("method", to_token(sc.method));
    w.key("weight");
    w.number(sc.weight);
    w.field("critical", sc.critical);
    w.field("na_allowed", sc.na_allowed);
    w.key("abandoned");
    if (is_timed(s)) w.string(to_token(sc.abandoned));
    else w.null();
    w.key("sample");
    w.begin_object();
    w.field("by", to_token(sc.sample.by));
    w.field("role", sc.sample.by == Measurer::Role ? (sc.sample.role.empty() ? s.owner.value : sc.sample.role.value)
                                                   : std::string());
    w.field("per_period", sc.sample.per_period);
    w.key("sites");
    w.begin_array();
    for (const std::string& site : sc.sample.sites) {
        w.element();
        w.string(site);
    }
    w.end_array();
    w.end_object();
    w.end_object();
    w.key("target_history");
    w.begin_array();
    for (const TargetChange& t : s.target_history) {
        w.element();
        w.begin_object();
        w.key("date");
        if (t.date.empty()) w.null();
        else w.string(t.date);
        w.key("compliance");
        w.number(t.compliance);
        w.key("value");
        if (t.value) w.number(*t.value);
        else w.null();
        w.field("reason", t.reason);
        w.end_object();
    }
    w.end_array();
}

void write_standard(Json& w, const Standard& s, const Circle& c, std::string_view touchpoint_json, const KeyFactor& kf,
                    const Roles& roles) {
    w.begin_object();
    w.field("id", s.id.value);
    w.field("statement", s.statement);
    w.field("type", to_token(s.type));

    w.key("target");
    w.begin_object();
    w.field("metric", s.target.metric);
    w.field("unit", s.target.unit);
    w.field("comparator", to_token(s.target.comparator));
    w.key("value");
    if (s.target.value) w.number(*s.target.value);
    else w.null();
    w.key("compliance");
    w.number(s.target.compliance);
    w.field("aggregation", to_token(s.target.aggregation));
    if (s.type == StandardType::Soft) {
        w.field("survey_question", s.target.survey_question);
        w.key("scale");
        w.begin_object();
        w.field("min", s.target.scale_min);
        w.field("max", s.target.scale_max);
        w.end_object();
    }
    w.end_object();

    w.key("measurement");
    w.begin_object();
    w.field("method", to_token(s.measurement.method));
    w.field("frequency", to_token(s.measurement.frequency));
    w.field("data_source", s.measurement.data_source);
    w.end_object();

    role_ref(w, "owner", s.owner, roles);
    w.field("customer_visible", s.customer_visible);
    w.key("review_by");
    if (s.review_by.empty()) w.null();
    else w.string(s.review_by);
    w.field("agreed_with_staff", s.agreed_with_staff);
    w.field("approved", s.approved);
    w.field("number_source", to_token(s.number_source));
    w.field("number_basis", s.number_basis);
    write_scoring(w, s);
    w.field("kind", to_token(s.kind));  // blueprint format 4

    w.key("circle");
    w.begin_object();
    w.field("id", c.id.value);
    w.field("name", c.name);
    w.end_object();

    w.key("touchpoint");
    w.raw(touchpoint_json);

    w.key("key_factor");
    w.begin_object();
    w.field("id", kf.id.value);
    w.field("name", kf.name);
    w.field("expectation", kf.expectation);
    w.field("element", to_token(kf.element));
    w.field("bpm", to_token(kf.bpm));
    w.field("dimension", to_token(kf.dimension));
    w.field("importance", kf.importance);
    w.end_object();

    w.end_object();
}

// ---- handoffs (standards format 2): who hands what to whom, through what, by when, under which standard
void write_end(Json& w, const char* k, const Circle& c, const CircleActivities& acts, const ActivityId& id,
               const Roles& roles) {
    w.key(k);
    w.begin_object();
    w.field("activity", id.value);
    const auto place = acts.place(id);
    const Activity* a = acts.find(id);
    w.field("name", a ? std::string_view(a->name) : std::string_view());
    w.field("layer", a ? to_token(a->layer) : std::string_view());
    w.field("touchpoint", place ? std::string_view(c.touchpoints[place->touchpoint].id.value) : std::string_view());
    role_ref(w, "role", a ? a->role : RoleId(), roles);
    w.field("system", a ? std::string_view(a->system) : std::string_view());
    w.end_object();
}

void write_deadline(Json& w, const Deadline& d) {
    w.key("deadline");
    if (d.empty()) return w.null();
    w.begin_object();
    w.field("token", deadline_token(d));
    w.field("kind", d.kind == Deadline::Kind::Relative ? "relative" : "clock");
    if (d.kind == Deadline::Kind::Relative) {
        w.key("minutes");
        w.integer(d.minutes);
    } else {
        w.field("day", d.day);
        char at[8];
        std::snprintf(at, sizeof at, "%02d:%02d", int(d.minutes / 60), int(d.minutes % 60));
        w.field("time", at);
    }
    w.field("text_zh", deadline_text(d, Lang::Zh));
    w.field("text_en", deadline_text(d, Lang::En));
    w.end_object();
}

void write_handoff(Json& w, const Circle& c, const CircleActivities& acts, const Handoff& h, const Roles& roles) {
    w.begin_object();
    w.field("id", h.id.value);
    w.key("circle");
    w.begin_object();
    w.field("id", c.id.value);
    w.field("name", c.name);
    w.end_object();
    write_end(w, "from", c, acts, h.from, roles);
    write_end(w, "to", c, acts, h.to, roles);
    w.key("items");
    w.raw("[");
    for (size_t i = 0; i < h.items.size(); ++i) {
        if (i) w.raw(",");
        w.begin_object();
        w.field("name", h.items[i].name);
        w.field("kind", to_token(h.items[i].kind));
        w.end_object();
    }
    w.raw("]");
    w.field("medium", to_token(h.medium));
    w.field("via", h.via);
    write_deadline(w, h.deadline);
    w.key("standard_ids");
    w.raw("[");
    if (!h.standard.empty()) w.string(h.standard.value);
    w.raw("]");
    w.field("breaks_chain", h.breaks_chain);
    w.end_object();
}

}  // namespace

// Layout: the header fields one per line, then one standard per line. Diffs stay one line per changed
// standard, and the file is about 40% smaller (and faster to write and read) than fully indented JSON.
std::string export_standards_json(const Blueprint& doc) {
    const Roles roles(doc);
    std::string text;
    text.reserve(1024 + standard_count(doc) * 900);
    Json w(text);
    w.raw("{\n  \"format\": ");
    w.string(kStandardsFormat);
    w.raw(",\n  \"format_version\": ");
    w.integer(kStandardsFormatVersion);
    w.raw(",\n  \"blueprint\": ");
    w.begin_object();
    w.field("id", doc.id.value);
    w.field("name", doc.name);
    w.field("language", doc.language);
    w.end_object();
    w.raw(",\n  \"standards\": [");
    bool first = true;
    for (const Circle& c : doc.circles)
        for (size_t t = 0; t < c.touchpoints.size(); ++t) {
            const Touchpoint& tp = c.touchpoints[t];
            std::string touchpoint;  // written when the touchpoint has a standard
            for (const KeyFactor& kf : tp.key_factors)
                for (const Standard& s : kf.standards) {
                    if (touchpoint.empty()) touchpoint = touchpoint_json(tp, static_cast<int>(t) + 1, roles);
                    w.raw(first ? "\n    " : ",\n    ");
                    first = false;
                    write_standard(w, s, c, touchpoint, kf, roles);
                }
        }
    w.raw(first ? "]" : "\n  ]");
    // Format 2: the handoffs, one per line, after the standards (a reader of format 1 ignores them).
    w.raw(",\n  \"handoffs\": [");
    first = true;
    for (const Circle& c : doc.circles) {
        if (c.handoffs.empty()) continue;
        const CircleActivities acts(c);
        for (const Handoff& h : c.handoffs) {
            w.raw(first ? "\n    " : ",\n    ");
            first = false;
            write_handoff(w, c, acts, h, roles);
        }
    }
    w.raw(first ? "]\n}\n" : "\n  ]\n}\n");
    return text;
}

// --------------------------------------------------------------------------------------------- CSV
namespace {

bool is_plain_number(std::string_view s) {
    size_t i = 0;
    if (i < s.size() && s[i] == '-') ++i;
    size_t digits = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
    if (i < s.size() && s[i] == '.') {
        ++i;
        size_t fraction = 0;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++fraction;
        if (fraction == 0) return false;
    }
    return digits > 0 && i == s.size();
}

}  // namespace

// A cell that a spreadsheet could read as a formula gets a leading apostrophe. Plain numbers such
// as "-2" or "-0.5" are left alone: they cannot be formulas and must stay numbers.
std::string neutralise_csv_cell(std::string_view cell) {
    if (cell.empty()) return {};
    const char first = cell.front();
    const bool risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    if (!risky || is_plain_number(cell)) return std::string(cell);
    std::string out = "'";
    out += cell;
    return out;
}

// RFC 4180: quote a field holding a comma, quote, CR or LF, doubling the quotes inside.
std::string quote_csv_cell(std::string_view cell) {
    if (cell.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(cell);
    std::string out = "\"";
    for (char ch : cell) {
        if (ch == '"') out += '"';
        out += ch;
    }
    out += '"';
    return out;
}

void csv_row(std::string& out, const std::vector<std::string>& cells) {
    for (size_t i = 0; i < cells.size(); ++i) {
        if (i) out += ',';
        out += quote_csv_cell(neutralise_csv_cell(cells[i]));
    }
    out += "\r\n";
}

namespace {

template <class E>
std::string lbl(E v, Lang lang) { return std::string(label(v, lang)); }

}  // namespace

std::string export_standards_csv(const Blueprint& doc, Lang lang) {
    const bool zh = is_zh(lang);
    const Roles roles(doc);
    std::string out = "\xEF\xBB\xBF";  // BOM: Excel reads the file as UTF-8 only with it
    out.reserve(4096 + standard_count(doc) * 400);
    csv_row(out, zh ? std::vector<std::string>{"标准编号", "服务圈", "触点序号", "触点", "触点角色", "关键因素",
                                               "顾客期望", "要素", "BPM", "质量维度", "重要度", "标准", "类型",
                                               "指标", "比较", "目标值", "单位", "达标比例", "统计口径",
                                               "调查问题", "量表", "测量方法", "测量频率", "数据来源", "负责人",
                                               "对顾客公开", std::string(glossary::review_date.zh), "员工认同", "已批准",
                                               std::string(glossary::number_source.zh), "数字依据"}
                    : std::vector<std::string>{"Standard id", "Circle", "Order", "Touchpoint", "Touchpoint role",
                                               "Key factor", "Customer expectation", "Element", "BPM",
                                               "Dimension", "Importance", "Standard", "Type", "Metric",
                                               "Comparator", "Target value", "Unit", "Compliance", "Aggregation",
                                               "Survey question", "Scale", "Method", "Frequency", "Data source",
                                               "Owner", "Customer visible", "Review by", "Agreed with staff",
                                               "Approved", "Source of the number", "Basis of the number"});
    std::vector<std::string> cells;
    for (const Circle& c : doc.circles)
        for (size_t t = 0; t < c.touchpoints.size(); ++t) {
            const Touchpoint& tp = c.touchpoints[t];
            for (const KeyFactor& kf : tp.key_factors)
                for (const Standard& s : kf.standards) {
                    const bool soft = s.type == StandardType::Soft;
                    cells = {s.id.value,
                             c.name,
                             std::to_string(t + 1),
                             tp.name,
                             tp.role.empty() ? std::string() : roles.name(tp.role, lang),
                             kf.name,
                             kf.expectation,
                             lbl(kf.element, lang),
                             lbl(kf.bpm, lang),
                             lbl(kf.dimension, lang),
                             std::to_string(kf.importance),
                             s.statement,
                             lbl(s.type, lang),
                             s.target.metric,
                             std::string(comparator_symbol(s.target.comparator)),
                             s.target.value ? format_number(*s.target.value) : std::string(),
                             s.target.unit,
                             format_percent(s.target.compliance),
                             lbl(s.target.aggregation, lang),
                             soft ? s.target.survey_question : std::string(),
                             soft ? std::to_string(s.target.scale_min) + "–" + std::to_string(s.target.scale_max)
                                  : std::string(),
                             lbl(s.measurement.method, lang),
                             lbl(s.measurement.frequency, lang),
                             s.measurement.data_source,
                             s.owner.empty() ? std::string() : roles.name(s.owner, lang),
                             yes_no(s.customer_visible, lang),
                             s.review_by,
                             yes_no(s.agreed_with_staff, lang),
                             yes_no(s.approved, lang),
                             s.number_source == NumberSource::Unset ? std::string() : lbl(s.number_source, lang),
                             s.number_basis};
                    csv_row(out, cells);
                }
        }
    return out;
}

// The handoffs of every circle as one table (format 3 blueprints): a file of its own, as a CSV holds one table.
std::string export_handoffs_csv(const Blueprint& doc, Lang lang) {
    std::string out = "\xEF\xBB\xBF";
    bool header = true;
    for (const Circle& c : doc.circles) {
        const export_detail::Rows rows = export_detail::handoff_rows(doc, c, lang, true);
        for (size_t i = header ? 0 : 1; i < rows.size(); ++i) csv_row(out, rows[i]);
        header = false;
    }
    if (header) csv_row(out, export_detail::handoff_rows(doc, Circle{}, lang, true)[0]);  // no circle: the header alone
    return out;
}

// ------------------------------------------------------------------------------------- a selection
Blueprint keeping_standards(const Blueprint& doc, const std::vector<StandardId>& keep) {
    const std::unordered_set<std::string> kept = [&] {
        std::unordered_set<std::string> ids;
        for (const StandardId& id : keep) ids.insert(id.value);
        return ids;
    }();
    auto dropped = [&](const StandardId& id) { return !id.empty() && !kept.count(id.value); };
    Blueprint out = doc;
    for (Circle& c : out.circles) {
        for (Touchpoint& t : c.touchpoints)
            for (KeyFactor& k : t.key_factors)
                k.standards.erase(std::remove_if(k.standards.begin(), k.standards.end(),
                                                 [&](const Standard& s) { return dropped(s.id); }),
                                  k.standards.end());
        for (Handoff& h : c.handoffs)
            if (dropped(h.standard)) h.standard = StandardId();
    }
    if (out.results) {
        auto& series = out.results->series;
        series.erase(std::remove_if(series.begin(), series.end(), [&](const ResultSeries& r) { return dropped(r.standard); }),
                     series.end());
    }
    return out;
}

}  // namespace bp
