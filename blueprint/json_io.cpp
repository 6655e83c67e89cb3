// Loading: size check → one strict RapidJSON parse → validation walk with paths → the model filled by cereal
// from the parsed DOM → migration of older versions. Saving: cereal's JSON archive, fields in a fixed order.
// Sections: describe · cereal save · cereal load · migration · load · save · files.
#include "json_io.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "enums.h"
#include "json_archive.h"
#include "json_text.h"
#include "json_validate.h"

namespace bp {

// ------------------------------------------------------------------------------------------ describe
std::string LoadError::describe(bool chinese) const {
    std::string out;
    if (line > 0)
        out += chinese ? "第 " + std::to_string(line) + " 行第 " + std::to_string(column) + " 列："
                       : "line " + std::to_string(line) + ", column " + std::to_string(column) + ": ";
    if (!path.empty()) out += path + (chinese ? "：" : ": ");
    out += chinese ? message_zh : message_en;
    return out;
}

// --------------------------------------------------------------------------------------- cereal save
// Free functions in namespace bp so cereal finds them by argument-dependent lookup; `static` keeps them out
// of other files' way. Fields are written in the file format's order.
using cereal::make_nvp;
using Out = cereal::JSONOutputArchive;

namespace {
// What is saved must load again, or an autosave could lock the user out of their work. So values the loader
// would refuse are written as the nearest value it accepts (edits keep the model in range; this is a net).
double finite(double d) { return std::isfinite(d) ? d : 0.0; }
double clamp(double d, double low, double high) { return std::isfinite(d) ? std::clamp(d, low, high) : low; }
int clamp(int i, int low, int high) { return std::clamp(i, low, high); }
double radius(double r) { return std::isfinite(r) && r > 0 ? r : Circle{}.radius; }
std::string date(const std::string& d) { return d.empty() || json::is_date(d) ? d : std::string(); }
template <class E>
std::string token(E e) { return std::string(to_token(e)); }

// Whole numbers are written as integers ("radius": 260, not 260.0), as people write them by hand.
void save_number(Out& ar, const char* name, double d) {
    if (std::abs(d) < 9007199254740992.0 && d == std::trunc(d)) ar(make_nvp(name, static_cast<int64_t>(d)));
    else ar(make_nvp(name, d));
}
}  // namespace

static void save(Out& ar, const Vec2& v) {
    save_number(ar, "x", finite(v.x));
    save_number(ar, "y", finite(v.y));
}

static void save(Out& ar, const Role& r) {
    ar(make_nvp("id", r.id.value), make_nvp("name", r.name), make_nvp("name_en", r.name_en));
}

static void save(Out& ar, const Target& t) {
    ar(make_nvp("metric", t.metric), make_nvp("unit", t.unit), make_nvp("comparator", token(t.comparator)));
    if (t.value && std::isfinite(*t.value)) save_number(ar, "value", *t.value);
    else ar(make_nvp("value", nullptr));
    save_number(ar, "compliance", clamp(t.compliance, 0.0, 1.0));
    ar(make_nvp("aggregation", token(t.aggregation)),
       make_nvp("survey_question", t.survey_question), make_nvp("scale_min", t.scale_min),
       make_nvp("scale_max", t.scale_max));
}

static void save(Out& ar, const Measurement& m) {
    ar(make_nvp("method", token(m.method)), make_nvp("frequency", token(m.frequency)),
       make_nvp("data_source", m.data_source));
}

static void save(Out& ar, const Standard& s) {
    ar(make_nvp("id", s.id.value), make_nvp("statement", s.statement), make_nvp("type", token(s.type)),
       make_nvp("target", s.target), make_nvp("measurement", s.measurement), make_nvp("owner", s.owner.value),
       make_nvp("customer_visible", s.customer_visible), make_nvp("review_by", date(s.review_by)),
       make_nvp("agreed_with_staff", s.agreed_with_staff), make_nvp("approved", s.approved));
}

static void save(Out& ar, const KeyFactor& k) {
    ar(make_nvp("id", k.id.value), make_nvp("name", k.name), make_nvp("expectation", k.expectation),
       make_nvp("element", token(k.element)), make_nvp("bpm", token(k.bpm)),
       make_nvp("dimension", token(k.dimension)), make_nvp("importance", clamp(k.importance, 1, 5)));
    if (k.card_offset) ar(make_nvp("card_offset", *k.card_offset));
    ar(make_nvp("standards", k.standards));
}

static void save(Out& ar, const Touchpoint& t) {
    ar(make_nvp("id", t.id.value), make_nvp("name", t.name), make_nvp("description", t.description),
       make_nvp("role", t.role.value), make_nvp("channel", token(t.channel)), make_nvp("lane", token(t.lane)),
       make_nvp("feeling", clamp(t.feeling, -2, 2)));
    save_number(ar, "duration_minutes", clamp(t.duration_minutes, 0.0, std::numeric_limits<double>::max()));
    ar(make_nvp("wait_point", t.wait_point), make_nvp("fail_point", t.fail_point),
       make_nvp("mitigation", t.mitigation), make_nvp("key_factors", t.key_factors));
}

static void save(Out& ar, const Circle& c) {
    ar(make_nvp("id", c.id.value), make_nvp("name", c.name), make_nvp("description", c.description),
       make_nvp("position", c.position));
    save_number(ar, "radius", radius(c.radius));
    ar(make_nvp("touchpoints", c.touchpoints));
}

// The top level is the archive's own root object, so the blueprint's fields are written into it directly.
static void save_root(Out& ar, const Blueprint& b) {
    ar(make_nvp("format", std::string(kBlueprintFormat)), make_nvp("format_version", kBlueprintFormatVersion),
       make_nvp("id", b.id.value), make_nvp("name", b.name), make_nvp("description", b.description),
       make_nvp("industry", b.industry), make_nvp("language", b.language), make_nvp("roles", b.roles),
       make_nvp("circles", b.circles));
}

// --------------------------------------------------------------------------------------- cereal load
// Mirrors of the save functions. They run only on validated documents; absent members keep the defaults.
using In = json::DomInputArchive;

namespace {
template <class E>
void load_enum(In& ar, const char* name, E& e) {
    json::TokenText t;
    ar(make_nvp(name, t));
    if (auto v = from_token<E>(t.text)) e = *v;
}
}  // namespace

static void load(In& ar, Vec2& v) { ar(make_nvp("x", v.x), make_nvp("y", v.y)); }

static void load(In& ar, Role& r) {
    ar(make_nvp("id", r.id.value), make_nvp("name", r.name), make_nvp("name_en", r.name_en));
}

static void load(In& ar, Target& t) {
    ar(make_nvp("metric", t.metric), make_nvp("unit", t.unit));
    load_enum(ar, "comparator", t.comparator);
    if (ar.has("value")) {
        double v = 0;
        ar(make_nvp("value", v));
        t.value = v;
    }
    ar(make_nvp("compliance", t.compliance));
    load_enum(ar, "aggregation", t.aggregation);
    ar(make_nvp("survey_question", t.survey_question), make_nvp("scale_min", t.scale_min),
       make_nvp("scale_max", t.scale_max));
}

static void load(In& ar, Measurement& m) {
    load_enum(ar, "method", m.method);
    load_enum(ar, "frequency", m.frequency);
    ar(make_nvp("data_source", m.data_source));
}

static void load(In& ar, Standard& s) {
    ar(make_nvp("id", s.id.value), make_nvp("statement", s.statement));
    load_enum(ar, "type", s.type);
    ar(make_nvp("target", s.target), make_nvp("measurement", s.measurement), make_nvp("owner", s.owner.value),
       make_nvp("customer_visible", s.customer_visible), make_nvp("review_by", s.review_by),
       make_nvp("agreed_with_staff", s.agreed_with_staff), make_nvp("approved", s.approved));
}

static void load(In& ar, KeyFactor& k) {
    ar(make_nvp("id", k.id.value), make_nvp("name", k.name), make_nvp("expectation", k.expectation));
    load_enum(ar, "element", k.element);
    load_enum(ar, "bpm", k.bpm);
    load_enum(ar, "dimension", k.dimension);
    ar(make_nvp("importance", k.importance));
    if (ar.has("card_offset")) {
        Vec2 offset;
        ar(make_nvp("card_offset", offset));
        k.card_offset = offset;
    }
    ar(make_nvp("standards", k.standards));
}

static void load(In& ar, Touchpoint& t) {
    ar(make_nvp("id", t.id.value), make_nvp("name", t.name), make_nvp("description", t.description),
       make_nvp("role", t.role.value));
    load_enum(ar, "channel", t.channel);
    load_enum(ar, "lane", t.lane);
    ar(make_nvp("feeling", t.feeling), make_nvp("duration_minutes", t.duration_minutes),
       make_nvp("wait_point", t.wait_point), make_nvp("fail_point", t.fail_point),
       make_nvp("mitigation", t.mitigation), make_nvp("key_factors", t.key_factors));
}

static void load(In& ar, Circle& c) {
    ar(make_nvp("id", c.id.value), make_nvp("name", c.name), make_nvp("description", c.description),
       make_nvp("position", c.position), make_nvp("radius", c.radius), make_nvp("touchpoints", c.touchpoints));
}

static void load_root(In& ar, Blueprint& b) {
    ar(make_nvp("id", b.id.value), make_nvp("name", b.name), make_nvp("description", b.description),
       make_nvp("industry", b.industry), make_nvp("language", b.language), make_nvp("roles", b.roles),
       make_nvp("circles", b.circles));
}

// ------------------------------------------------------------------------------------------ migration
namespace {

// Format 1 named roles in free text and gave compliance as a percentage. Format 2 keeps a roles table and
// refers to it by id; each distinct name becomes a role, with ids in order of first use.
void migrate_v1_to_v2(Blueprint& doc) {
    std::unordered_set<std::string> taken = collect_ids(doc);
    std::unordered_map<std::string, RoleId> by_name;
    int next = 1;
    auto role_for = [&](RoleId& ref) {
        if (ref.empty()) return;
        auto it = by_name.find(ref.value);
        if (it == by_name.end()) {
            std::string id;
            do id = "role-" + std::to_string(next++);
            while (taken.count(id));
            taken.insert(id);
            doc.roles.push_back(Role{RoleId(id), ref.value, ""});
            it = by_name.emplace(ref.value, RoleId(id)).first;
        }
        ref = it->second;
    };
    for (auto& c : doc.circles)
        for (auto& t : c.touchpoints) {
            role_for(t.role);
            for (auto& k : t.key_factors)
                for (auto& s : k.standards) {
                    role_for(s.owner);
                    s.target.compliance /= 100;
                }
        }
}

}  // namespace

// ----------------------------------------------------------------------------------------------- load
namespace {
LoadResult failure(LoadError e) { return LoadResult{std::move(e), 0}; }

LoadResult too_large(size_t bytes) {
    LoadError e;
    char mb[32];
    std::snprintf(mb, sizeof mb, "%.1f", bytes / (1024.0 * 1024.0));
    std::string limit = std::to_string(kMaxDocumentBytes / (1024 * 1024));
    e.message_en = "the file is " + std::string(mb) + " MB; blueprints larger than " + limit + " MB are not opened";
    e.message_zh = "文件大小为 " + std::string(mb) + " MB；超过 " + limit + " MB 的蓝图无法打开";
    return failure(std::move(e));
}
}  // namespace

LoadResult load_blueprint(std::string_view json_text) {
    if (json_text.size() > kMaxDocumentBytes) return too_large(json_text.size());
    std::string_view text = json::strip_bom(json_text);
    try {
        rapidjson::Document dom;
        if (auto syntax = json::parse_json(text, dom)) return failure(*syntax);

        int version = 0;
        try {
            version = json::validate_document(dom);
        } catch (json::DocumentError& bad) {
            LoadError e;
            e.path = json::path_string(bad.path);
            e.message_en = std::move(bad.message_en);
            e.message_zh = std::move(bad.message_zh);
            size_t at = json::locate(text, bad.path);
            if (at != std::string_view::npos) json::line_column(text, at, e.line, e.column);
            return failure(std::move(e));
        }

        LoadResult result{Blueprint{}, 0};
        Blueprint& doc = result.blueprint();
        json::DomInputArchive archive(dom);
        load_root(archive, doc);
        if (version == 1) {
            migrate_v1_to_v2(doc);
            result.migrated_from = 1;
        }
        return result;
    } catch (const std::bad_alloc&) {
        LoadError e;
        e.message_en = "not enough memory to open this file";
        e.message_zh = "内存不足，无法打开此文件";
        return failure(e);
    } catch (const std::exception& ex) {
        // Validation should make this unreachable; if not, say so rather than crash or half-load.
        LoadError e;
        e.message_en = std::string("the file could not be read (internal error: ") + ex.what() + ")";
        e.message_zh = std::string("无法读取此文件（内部错误：") + ex.what() + "）";
        return failure(e);
    }
}

// ----------------------------------------------------------------------------------------------- save
std::string save_blueprint(const Blueprint& doc) {
    std::ostringstream out;
    {
        Out ar(out, Out::Options(324 /* all significant digits */, Out::Options::IndentChar::space, 2));
        save_root(ar, doc);
    }  // the archive closes the root object when it goes out of scope
    out << '\n';
    return out.str();
}

// ---------------------------------------------------------------------------------------------- files
LoadResult load_blueprint_file(const std::string& path) {
    auto cannot = [&](const std::string& en, const std::string& zh) {
        LoadError e;
        e.message_en = en + ": " + path;
        e.message_zh = zh + "：" + path;
        return failure(std::move(e));
    };
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) return cannot("cannot open the file", "无法打开文件");
    std::streamoff size = in.tellg();
    if (size < 0) return cannot("cannot read the file", "无法读取文件");
    // Refuse before reading: a huge file should cost nothing.
    if (static_cast<unsigned long long>(size) > kMaxDocumentBytes) return too_large(static_cast<size_t>(size));
    std::string bytes(static_cast<size_t>(size), '\0');
    in.seekg(0);
    if (!in.read(bytes.data(), size)) return cannot("cannot read the file", "无法读取文件");
    return load_blueprint(bytes);
}

bool save_blueprint_file(const Blueprint& doc, const std::string& path, std::string* error) {
    // Write beside the file and rename over it, so a failed write never destroys the previous version.
    std::string text = save_blueprint(doc), temporary = path + ".saving";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(text.data(), static_cast<std::streamsize>(text.size()));
        out.close();
        if (!out) {
            std::remove(temporary.c_str());
            if (error) *error = "cannot write " + temporary;
            return false;
        }
    }
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        std::remove(temporary.c_str());
        if (error) *error = "cannot replace " + path;
        return false;
    }
    return true;
}

}  // namespace bp
