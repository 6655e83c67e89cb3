// Loading: size check → one strict RapidJSON parse → one walk of the parsed DOM that checks it against the
// format (json_schema.h) and fills the model → migration of older versions. Saving: the same descriptions
// written as pretty JSON into one string, fields in the format's order.
// Sections: describe · saver · migration · load · save · files.
#include "json_io.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "atomic_write.h"
#include "enums.h"
#include "json_rapidjson.h"
#include <rapidjson/internal/dtoa.h>
#include "json_text.h"
#include "json_validate.h"
#include "layers.h"
#include "result_cells.h"
#include "text.h"

namespace bp {

// ------------------------------------------------------------------------------------------ describe
std::string LoadError::describe(Lang lang) const {
    const bool chinese = is_zh(lang);
    std::string out;
    if (line > 0)
        out += chinese ? "第 " + std::to_string(line) + " 行第 " + std::to_string(column) + " 列："
                       : "line " + std::to_string(line) + ", column " + std::to_string(column) + ": ";
    if (!path.empty()) out += path + (chinese ? "：" : ": ");
    out += chinese ? message_zh : message_en;
    return out;
}

// ----------------------------------------------------------------------------------------------- saver
// Writes the descriptions of json_schema.h as pretty JSON straight into one string: fields in the format's
// order, two-space indent, every significant digit, the bytes RapidJSON's pretty writer wrote (and cereal's
// JSON archive before it), several times faster.
namespace {

// The pretty JSON the saver writes: byte for byte what RapidJSON's PrettyWriter writes with a two-space
// indent and every significant digit (the format's files, fixtures and tests were written by it), but
// appended to one string, runs of plain text and indents copied whole. A writer that puts one character at a
// time through a stream spent 200–250 ms on a 52 MB document in the page. Only what the saver needs: one
// root object, keys of our own ASCII, UTF-8 copied as it is (the model holds valid UTF-8).
class Writer {
public:
    explicit Writer(std::string& out) : out_(out) {}
    void Key(const char* name) {
        prefix();
        quoted(name, std::strlen(name));
    }
    void String(const char* text, size_t length) {
        prefix();
        quoted(text, length);
    }
    void Int(int v) { Int64(v); }
    void Int64(int64_t v) {
        prefix();
        char buf[24];
        const auto written = std::to_chars(buf, buf + sizeof buf, v);
        out_.append(buf, static_cast<size_t>(written.ptr - buf));
    }
    void Double(double v) {  // finite: the saver writes no NaN or infinity
        prefix();
        char buf[32];
        const char* end = rapidjson::internal::dtoa(v, buf, 324);
        out_.append(buf, static_cast<size_t>(end - buf));
    }
    void Bool(bool b) {
        prefix();
        out_ += b ? "true" : "false";
    }
    void Null() {
        prefix();
        out_ += "null";
    }
    void StartObject() { start(false, '{'); }
    void EndObject() { end('}'); }
    void StartArray() { start(true, '['); }
    void EndArray() { end(']'); }

private:
    struct Level {
        bool in_array;
        size_t values;  // in an object, keys and values both count
    };
    std::string& out_;
    std::vector<Level> levels_;

    void indent() { out_.append(levels_.size() * 2, ' '); }
    // Before each value (PrettyWriter::PrettyPrefix): a new line and the indent before an array's element
    // and an object's key, a comma before all but the first, ": " between a key and its value.
    void prefix() {
        if (levels_.empty()) return;
        Level& level = levels_.back();
        if (level.in_array || level.values % 2 == 0) {
            out_ += level.values > 0 ? ",\n" : "\n";
            indent();
        } else {
            out_ += ": ";
        }
        ++level.values;
    }
    void start(bool in_array, char open) {
        prefix();
        levels_.push_back(Level{in_array, 0});
        out_ += open;
    }
    void end(char close) {
        const bool empty = levels_.back().values == 0;
        levels_.pop_back();
        if (!empty) {
            out_ += '\n';
            indent();
        }
        out_ += close;
    }
    void quoted(const char* text, size_t length) { json::append_quoted(out_, std::string_view(text, length)); }
};

// What is saved must load again, or an autosave could lock the user out of their work. So values the loader
// would refuse are written as the nearest value it accepts (edits keep the model in range; this is a net).
class Saver {
public:
    explicit Saver(Writer& w) : w_(w) {}
    int version() const { return kBlueprintFormatVersion; }

    void id(const char* name, const std::string& s, json::IdKind) { string(name, s); }
    void text(const char* name, const std::string& s, json::Need = json::Need::Optional) { string(name, s); }
    void role_ref(const char* name, const std::string& s) { string(name, s); }
    template <class E>
    void enumeration(const char* name, const E& e, json::Need = json::Need::Optional) {
        string(name, to_token(e));
    }
    void integer(const char* name, const int& i, int64_t low, int64_t high) {
        w_.Key(name);
        w_.Int(static_cast<int>(std::clamp<int64_t>(i, low, high)));
    }
    void number(const char* name, const double& d, const json::Range& r) {
        double v = !std::isfinite(d) ? r.fallback
                   : d < r.low || (r.low_open && d == r.low) ? (r.low_open ? r.fallback : r.low)
                   : std::min(d, r.high);
        save_number(name, v);
    }
    void share(const char* name, const double& d) { save_number(name, std::isfinite(d) ? std::clamp(d, 0.0, 1.0) : 0.0); }
    void optional_number(const char* name, const std::optional<double>& d) {
        if (d && std::isfinite(*d)) {
            save_number(name, *d);
        } else {
            w_.Key(name);
            w_.Null();
        }
    }
    void boolean(const char* name, const bool& b) {
        w_.Key(name);
        w_.Bool(b);
    }
    void ref(const char* name, const std::string& s, json::IdKind, json::Need = json::Need::Optional) { string(name, s); }
    void deadline(const char* name, const Deadline& d) { string(name, deadline_token(d)); }
    void texts(const char* name, const std::vector<std::string>& xs) {
        w_.Key(name);
        w_.StartArray();
        for (const std::string& x : xs) value(x);
        w_.EndArray();
    }
    void cells(const char* name, const std::vector<ResultCell>& xs) { string(name, encode_cells(xs)); }
    void date(const char* name, const std::string& d) { string(name, d.empty() || json::is_date(d) ? d : std::string()); }
    template <class T>
    void object(const char* name, const T& x) {
        w_.Key(name);
        w_.StartObject();
        json::fields(*this, x);
        w_.EndObject();
    }
    template <class T>
    void optional_object(const char* name, const std::optional<T>& x) {
        if (x) object(name, *x);
    }
    template <class T>
    void array(const char* name, const std::vector<T>& xs) {
        w_.Key(name);
        w_.StartArray();
        for (const T& x : xs) {
            w_.StartObject();
            json::fields(*this, x);
            w_.EndObject();
        }
        w_.EndArray();
    }

    void root(const Blueprint& b) {
        w_.StartObject();
        string("format", kBlueprintFormat);
        w_.Key("format_version");
        w_.Int(kBlueprintFormatVersion);
        json::fields(*this, b);
        w_.EndObject();
    }

private:
    Writer& w_;

    void value(std::string_view s) { w_.String(s.data(), s.size()); }
    void string(const char* name, std::string_view s) {
        w_.Key(name);
        value(s);
    }
    // Whole numbers are written as integers ("radius": 260, not 260.0), as people write them by hand.
    void save_number(const char* name, double d) {
        w_.Key(name);
        if (std::abs(d) < 9007199254740992.0 && d == std::trunc(d)) w_.Int64(static_cast<int64_t>(d));
        else w_.Double(d);
    }
};
}  // namespace

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

// Format 3 gives each touchpoint its activities per layer and links a fail point to the circle that
// handles it. The touchpoint's one role becomes a frontstage activity of that role (backstage when the
// touchpoint sat in the backstage lane), named as the touchpoint; the role stays on the touchpoint as its
// owner. A mitigation that is exactly a circle's name (or id) becomes the link; any other text stays
// text (lint says so when it names a circle).
void migrate_v2_to_v3(Blueprint& doc) {
    std::unordered_set<std::string> taken = collect_ids(doc);
    int next = 1;
    auto fresh = [&] {
        std::string id;
        do id = "act-" + std::to_string(next++);
        while (taken.count(id));
        taken.insert(id);
        return id;
    };
    std::unordered_map<std::string, CircleId> circle_named;
    for (const Circle& c : doc.circles) {
        circle_named.emplace(c.id.value, c.id);
        if (!text::trim(c.name).empty()) circle_named.emplace(std::string(text::trim(c.name)), c.id);
    }
    for (Circle& c : doc.circles)
        for (Touchpoint& t : c.touchpoints) {
            if (!t.role.empty()) {
                Activity a;
                a.id = ActivityId(fresh());
                a.layer = t.lane == Lane::Backstage ? Layer::Backstage : Layer::Frontstage;
                a.name = t.name;
                a.role = t.role;
                t.activities.push_back(std::move(a));
            }
            auto named = circle_named.find(std::string(text::trim(t.mitigation)));
            if (t.fail_point && named != circle_named.end() && named->second != c.id) {
                t.recovery = named->second;
                t.mitigation.clear();
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

        LoadResult result{Blueprint{}, 0};
        Blueprint& doc = result.blueprint();
        int version = 0;
        try {
            version = json::read_document(dom, doc);
        } catch (json::DocumentError& bad) {
            LoadError e;
            e.path = json::path_string(bad.path);
            e.message_en = std::move(bad.message_en);
            e.message_zh = std::move(bad.message_zh);
            size_t at = json::locate(text, bad.path);
            if (at != std::string_view::npos) json::line_column(text, at, e.line, e.column);
            return failure(std::move(e));
        }

        if (version == 1) migrate_v1_to_v2(doc);
        if (version <= 2) migrate_v2_to_v3(doc);
        // Format 3 adds where each number came from and the acknowledged findings; a format 2 file has
        // neither, and their defaults (not stated, none acknowledged) are what it meant. Format 4 adds
        // scoring, target history and results; a format 3 standard without scoring is scored the way its
        // method implies (effective_scoring in scoring.h), with no history and nothing measured.
        // neither, and their defaults (not stated, none acknowledged) are what it meant. Format 4 adds what
        // staff are trained on (phrases, steps, never-dos, duties, standard kinds); older files had none.
        if (version < kBlueprintFormatVersion) result.migrated_from = version;
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
    std::string out;
    Writer w(out);
    Saver(w).root(doc);
    out += '\n';
    return out;
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
    return write_file_atomically(path, save_blueprint(doc), error);
}

}  // namespace bp
