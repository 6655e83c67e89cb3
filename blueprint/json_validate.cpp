#include "json_validate.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <optional>
#include <type_traits>
#include <unordered_set>
#include <utility>

#include "enums.h"
#include "layers.h"
#include "result_cells.h"
#include "roles.h"

namespace bp::json {

namespace {

using rapidjson::Value;

std::string quoted(std::string_view s) { return quote(s); }

std::string number_text(const Value& v) {
    if (v.IsInt64()) return std::to_string(v.GetInt64());
    if (v.IsUint64()) return std::to_string(v.GetUint64());
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.15g", v.GetDouble());
    return buf;
}

// How a found value reads in a message.
std::string found(const Value& v, bool chinese) {
    if (v.IsString()) return quoted(std::string_view(v.GetString(), v.GetStringLength()));
    if (v.IsNumber()) return number_text(v);
    if (v.IsBool()) return v.GetBool() ? "true" : "false";
    if (v.IsNull()) return "null";
    if (v.IsObject()) return chinese ? "对象" : "an object";
    return chinese ? "数组" : "an array";
}

std::string join(const FieldList& names) {
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i) out += ", ";
        out += names[i];
    }
    return out;
}

// Edit distance, to suggest the intended field for a typo. Never less than the difference in length, so
// names far longer than any field (a 10 MB key) cost nothing.
size_t distance(std::string_view a, std::string_view b) {
    size_t gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
    if (gap > 2) return gap;
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

}  // namespace

bool is_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return false;
    auto num = [&](size_t at, size_t n) {
        int v = 0;
        for (size_t i = at; i < at + n; ++i) v = v * 10 + (s[i] - '0');
        return v;
    };
    int year = num(0, 4), month = num(5, 2), day = num(8, 2);
    if (month < 1 || month > 12 || day < 1) return false;
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

namespace {

// Where an id was first seen, compactly (a document may hold a hundred thousand ids).
struct IdSite {
    IdKind kind;
    std::array<int, 4> index;
};

// Every id seen so far, for finding duplicates. Open addressing over flat arrays: a document may hold a
// hundred thousand ids, and node-based maps spend most of the validation time chasing pointers.
class IdTable {
public:
    // The site of an earlier use of id, or nullptr after recording this one.
    const IdSite* insert(std::string_view id, const IdSite& site) {
        if ((keys_.size() + 1) * 2 > slots_.size()) grow();
        uint32_t h = hash(id);
        for (size_t i = h & mask_;; i = (i + 1) & mask_) {
            uint32_t slot = slots_[i];
            if (slot == 0) {
                keys_.push_back(id);
                sites_.push_back(site);
                hashes_.push_back(h);
                slots_[i] = static_cast<uint32_t>(keys_.size());
                return nullptr;
            }
            if (hashes_[slot - 1] == h && keys_[slot - 1] == id) return &sites_[slot - 1];
        }
    }
    // The site of id, or nullptr when no element has it.
    const IdSite* find(std::string_view id) const {
        if (slots_.empty()) return nullptr;
        uint32_t h = hash(id);
        for (size_t i = h & mask_;; i = (i + 1) & mask_) {
            uint32_t slot = slots_[i];
            if (slot == 0) return nullptr;
            if (hashes_[slot - 1] == h && keys_[slot - 1] == id) return &sites_[slot - 1];
        }
    }

private:
    std::vector<std::string_view> keys_;
    std::vector<IdSite> sites_;
    std::vector<uint32_t> hashes_;
    std::vector<uint32_t> slots_;  // 0 = empty, otherwise 1 + index into the arrays above
    size_t mask_ = 0;

    static uint32_t hash(std::string_view s) {  // FNV-1a
        uint32_t h = 2166136261u;
        for (unsigned char c : s) h = (h ^ c) * 16777619u;
        return h;
    }
    void grow() {
        size_t size = std::max<size_t>(1024, slots_.size() * 2);
        slots_.assign(size, 0);
        mask_ = size - 1;
        for (size_t k = 0; k < keys_.size(); ++k) {
            size_t i = hashes_[k] & mask_;
            while (slots_[i]) i = (i + 1) & mask_;
            slots_[i] = static_cast<uint32_t>(k + 1);
        }
    }
};

// The members of one object, looked up by the names the format allows. Looks first where the next field
// usually is, so a file in the order we save costs one comparison per field.
class Members {
public:
    Members(const Value& object, const FieldList& names) : object_(object), names_(names) {
        if (names.size() > slots_.size()) throw std::logic_error("an object of the format has more fields than Members holds");
        size_t count = object.MemberCount(), matched = 0, cursor = 0;
        auto members = object.MemberBegin();
        for (size_t n = 0; n < names.size(); ++n) {
            slots_[n] = nullptr;
            for (size_t tried = 0; tried < count; ++tried) {
                const auto& m = members[cursor];
                if (++cursor == count) cursor = 0;
                const char* name = m.name.GetString();
                if (m.name.GetStringLength() == names[n].size() && name[0] == names[n][0] &&
                    std::memcmp(name, names[n].data(), names[n].size()) == 0) {
                    slots_[n] = &m.value;
                    ++matched;
                    break;
                }
            }
        }
        all_known_ = matched == count;
    }
    bool all_known() const { return all_known_; }
    // The member with this name or nullptr; names are asked for in list order, so this is a short scan.
    const Value* get(std::string_view name) {
        for (size_t tried = 0; tried < names_.size(); ++tried) {
            size_t n = next_;
            if (++next_ == names_.size()) next_ = 0;
            if (names_[n] == name) return slots_[n];
        }
        return nullptr;
    }
    const Value& object() const { return object_; }

private:
    const Value& object_;
    const FieldList& names_;
    std::array<const Value*, 24> slots_{};  // the most fields of one object: a touchpoint's 19 (format 4)
    size_t next_ = 0;
    bool all_known_ = true;
};

// The path of the value being checked. A fixed array: pushed and popped for every field of every element,
// it must cost next to nothing; the schema is at most a dozen levels deep.
class PathStack {
public:
    void push_back(PathSegment s) {
        if (size_ == segments_.size()) throw std::length_error("document path too deep");  // cannot happen
        segments_[size_++] = s;
    }
    void pop_back() { --size_; }
    void clear() { size_ = 0; }
    DocPath path() const { return DocPath(segments_.begin(), segments_.begin() + size_); }

private:
    std::array<PathSegment, 16> segments_;
    size_t size_ = 0;
};

// Collects the field names a description lists (json_schema.h).
class NameList {
public:
    explicit NameList(int version) : version_(version) {}
    int version() const { return version_; }
    FieldList names;

#define BP_NAME_ONLY(kind) \
    template <class... A>  \
    void kind(const char* name, A&&...) { names.push_back(name); }
    BP_NAME_ONLY(id) BP_NAME_ONLY(text) BP_NAME_ONLY(role_ref) BP_NAME_ONLY(enumeration) BP_NAME_ONLY(integer)
    BP_NAME_ONLY(number) BP_NAME_ONLY(share) BP_NAME_ONLY(optional_number) BP_NAME_ONLY(boolean) BP_NAME_ONLY(date)
    BP_NAME_ONLY(object) BP_NAME_ONLY(optional_object) BP_NAME_ONLY(array) BP_NAME_ONLY(ref) BP_NAME_ONLY(deadline)
    BP_NAME_ONLY(texts) BP_NAME_ONLY(cells)
#undef BP_NAME_ONLY

private:
    int version_;
};

template <class T>
FieldList names_of(int version) {
    NameList list(version);
    if constexpr (std::is_same_v<T, Blueprint>) list.names = {"format", "format_version"};
    T sample{};
    fields(list, sample);
    return list.names;
}

// Checks each field of the parsed document as the description names it and fills the model from it: one
// walk, in the description's order, so the first problem reported is the first in that order.
class Reader {
public:
    int version() const { return version_; }

    int document(const Value& root, Blueprint& out) {
        if (!root.IsObject()) fail("expected an object { … } at the top level", "顶层应为对象 { … }", &root);
        const Value* format = find(root, "format");
        if (!format) fail("missing required field \"format\": is this a service blueprint file?",
                          "缺少必填字段 \"format\"：这是服务蓝图文件吗？");
        path_.push_back({"format"});
        if (!format->IsString() ||
            std::string_view(format->GetString(), format->GetStringLength()) != kBlueprintFormat)
            fail("expected \"service-blueprint\": this is not a service blueprint file",
                 "应为 \"service-blueprint\"：这不是服务蓝图文件", format);
        path_.pop_back();
        const Value* version = find(root, "format_version");
        if (!version) fail("missing required field \"format_version\"", "缺少必填字段 \"format_version\"");
        path_.push_back({"format_version"});
        if (!version->IsInt() || version->GetInt() < 1)
            fail("expected a whole number from 1 to " + std::to_string(kBlueprintFormatVersion),
                 "应为 1 到 " + std::to_string(kBlueprintFormatVersion) + " 之间的整数", version);
        version_ = version->GetInt();
        if (version_ > kBlueprintFormatVersion)
            fail("format_version " + std::to_string(version_) + " was written by a newer version of the app; "
                     "this one reads up to " + std::to_string(kBlueprintFormatVersion),
                 "format_version " + std::to_string(version_) + " 来自更新版本的应用；本应用最多支持 " +
                     std::to_string(kBlueprintFormatVersion));
        path_.pop_back();

        Members m = members(root, field_names<Blueprint>(version_));
        m.get("format");
        m.get("format_version");
        read_fields(m, out);
        check_references(out);
        return version_;
    }

    // ---- the kinds of field (json_schema.h)
    void id(const char* name, std::string& out, IdKind kind) {
        field(name, Need::Required, [&](const Value& v) {
            if (!v.IsString() || v.GetStringLength() == 0)
                fail("expected a non-empty string id", "应为非空字符串 id", &v);
            std::string_view id = view(v);
            IdSite site{kind, kind == IdKind::Role       ? std::array<int, 4>{role_index_, 0, 0, 0}
                              : kind == IdKind::Activity ? std::array<int, 4>{at_[0], at_[1], activity_index_, 0}
                              : kind == IdKind::Handoff  ? std::array<int, 4>{at_[0], handoff_index_, 0, 0}
                                                         : at_};
            if (const IdSite* earlier = ids_.insert(id, site)) {
                std::string first = path_string(site_path(*earlier));
                fail("id " + quoted(id) + " is already used by " + (first.empty() ? "the blueprint" : first) +
                         "; ids must be unique across the whole document",
                     "id " + quoted(id) + " 已被 " + (first.empty() ? "蓝图本身" : first) +
                         " 使用；整个文档中的 id 必须唯一");
            }
            if (kind == IdKind::Role) role_ids_.insert(id);
            out.assign(id);
        });
    }

    void text(const char* name, std::string& out, Need need = Need::Optional) {
        field(name, need, [&](const Value& v) {
            if (!v.IsString()) fail("expected a string", "应为字符串", &v);
            out.assign(v.GetString(), v.GetStringLength());
        });
    }

    // A role id from `roles` (format 2) or a role name (format 1); "" means none.
    void role_ref(const char* name, std::string& out) {
        field(name, Need::Optional, [&](const Value& v) {
            if (!v.IsString()) fail("expected a string (a role id, or \"\" for none)", "应为字符串（角色 id，或 \"\" 表示无）", &v);
            std::string_view ref = view(v);
            if (version_ >= 2 && !ref.empty() && !role_ids_.count(ref))
                fail("refers to role " + quoted(ref) + ", which is not in roles; expected the id of a role or \"\"",
                     "引用的角色 " + quoted(ref) + " 不在 roles 中；应为某个角色的 id 或 \"\"");
            out.assign(ref);
        });
    }

    // An id of another element (format 3); "" means none. Whether it names an element of the right kind
    // (an activity: of the same circle) is checked once the whole document is read, as it may come later.
    void ref(const char* name, std::string& out, IdKind kind, Need need = Need::Optional) {
        field(name, need, [&](const Value& v) {
            if (!v.IsString() || (need == Need::Required && v.GetStringLength() == 0))
                fail(need == Need::Required ? "expected a non-empty string id" : "expected a string id, or \"\" for none",
                     need == Need::Required ? "应为非空字符串 id" : "应为字符串 id，或 \"\" 表示无", &v);
            out.assign(v.GetString(), v.GetStringLength());
            if (!out.empty()) pending_.push_back({path_.path(), kind, at_[0]});
        });
    }

    void deadline(const char* name, Deadline& out) {
        field(name, Need::Optional, [&](const Value& v) {
            std::optional<Deadline> d = v.IsString() ? parse_deadline(view(v)) : std::nullopt;
            if (!d)
                fail("expected a deadline such as \"+30min\", \"+2h\", \"+1d\" (after the handing activity) or "
                     "\"D-1 18:00\" (a clock time, the day before), or \"\" for none",
                     "应为时限，如 \"+30min\"、\"+2h\"、\"+1d\"（交出后多久）或 \"D-1 18:00\"（钟点，前一日），或 \"\" 表示无", &v);
            out = *d;
        });
    }

    template <class E>
    void enumeration(const char* name, E& out, Need need = Need::Optional) {
        field(name, need, [&](const Value& v) {
            std::optional<E> e = v.IsString() ? from_token<E>(view(v)) : std::nullopt;
            if (!e) fail("expected one of " + token_list<E>(), "应为以下之一：" + token_list<E>(), &v);
            out = *e;
        });
    }

    void integer(const char* name, int& out, int64_t low, int64_t high) {
        field(name, Need::Optional, [&](const Value& v) {
            bool whole = v.IsInt64() || (v.IsDouble() && std::floor(v.GetDouble()) == v.GetDouble());
            double d = v.IsNumber() ? v.GetDouble() : 0;
            if (!whole || d < static_cast<double>(low) || d > static_cast<double>(high))
                fail("expected a whole number from " + std::to_string(low) + " to " + std::to_string(high),
                     "应为 " + std::to_string(low) + " 到 " + std::to_string(high) + " 之间的整数", &v);
            out = v.IsInt() ? v.GetInt() : static_cast<int>(d);  // whole numbers may be written as 3.0
        });
    }

    void number(const char* name, double& out, const Range& range) {
        field(name, Need::Optional, [&](const Value& v) {
            double d = v.IsNumber() ? v.GetDouble() : 0;
            if (!v.IsNumber() || d < range.low || d > range.high || (range.low_open && d == range.low)) {
                if (range.low_open) fail("expected a positive number", "应为正数", &v);
                if (range.low == 0) fail("expected a number that is not negative", "应为非负数", &v);
                fail("expected a number", "应为数字", &v);
            }
            out = d;
        });
    }

    // A share of occurrences from 0 to 1; format 1 wrote a percentage (migration divides by 100).
    void share(const char* name, double& out) {
        field(name, Need::Optional, [&](const Value& n) {
            double high = version_ == 1 ? 100 : 1;
            if (!n.IsNumber() || n.GetDouble() < 0 || n.GetDouble() > high) {
                if (version_ == 1)
                    fail("expected a percentage from 0 to 100", "应为 0 到 100 之间的百分比", &n);
                fail("expected a share from 0 to 1 (0.95 means 95% of occurrences must comply)",
                     "应为 0 到 1 之间的比例（0.95 表示 95% 的情况须达标）", &n);
            }
            out = n.GetDouble();
        });
    }

    void optional_number(const char* name, std::optional<double>& out) {
        field(name, Need::Optional, [&](const Value& n) {
            if (!n.IsNumber() && !n.IsNull())
                fail("expected a number, or null when there is no target yet", "应为数字，或 null 表示尚无目标值", &n);
            if (n.IsNumber()) out = n.GetDouble();
        });
    }

    void boolean(const char* name, bool& out) {
        field(name, Need::Optional, [&](const Value& v) {
            if (!v.IsBool()) fail("expected true or false", "应为 true 或 false", &v);
            out = v.GetBool();
        });
    }

    void date(const char* name, std::string& out) {
        field(name, Need::Optional, [&](const Value& d) {
            if (!d.IsString() || (d.GetStringLength() != 0 && !is_date(view(d))))
                fail("expected a date as YYYY-MM-DD (e.g. \"2025-06-30\") or \"\" for none",
                     "应为 YYYY-MM-DD 格式的日期（如 \"2025-06-30\"），或 \"\" 表示未设定", &d);
            out.assign(d.GetString(), d.GetStringLength());
        });
    }

    // Format 4: a list of strings (a sample plan's sites, the results' periods and sites).
    void texts(const char* name, std::vector<std::string>& out) {
        field(name, Need::Optional, [&](const Value& v) {
            if (!v.IsArray()) fail("expected an array of strings [\"…\", …]", "应为字符串数组 [\"…\", …]", &v);
            out.clear();
            out.reserve(v.Size());
            int i = 0;
            for (const auto& e : v.GetArray()) {
                path_.push_back({{}, i++});
                if (!e.IsString()) fail("expected a string", "应为字符串", &e);
                out.emplace_back(e.GetString(), e.GetStringLength());
                path_.pop_back();
            }
        });
    }

    // Format 4: a series' cells, "period site n met na sum" each, separated by ";" (results.h).
    void cells(const char* name, std::vector<ResultCell>& out) {
        field(name, Need::Optional, [&](const Value& v) {
            std::string error_en, error_zh;
            if (!v.IsString()) fail("expected a string of cells \"period site n met na sum; …\"",
                                    "应为结果单元字符串 \"period site n met na sum; …\"", &v);
            if (!decode_cells(view(v), out, error_en, error_zh)) fail(error_en, error_zh);
            for (size_t k = 1; k < out.size(); ++k)
                if (!(std::make_pair(out[k - 1].period, out[k - 1].site) < std::make_pair(out[k].period, out[k].site)))
                    fail("cell " + std::to_string(k + 1) + ": cells must be in order of period, then site, each once",
                         "第 " + std::to_string(k + 1) + " 个单元：单元须按期间、再按网点排序，且各只出现一次");
            check_cells_.push_back({path_.path(), &out});
        });
    }

    template <class T>
    void object(const char* name, T& out) {
        field(name, Need::Optional, [&](const Value& v) { read_object(v, out); });
    }

    template <class T>
    void optional_object(const char* name, std::optional<T>& out) {
        field(name, Need::Optional, [&](const Value& v) {
            if (v.IsNull()) return;  // the same as leaving it out
            read_object(v, out.emplace());
        });
    }

    template <class T>
    void array(const char* name, std::vector<T>& out) {
        field(name, Need::Optional, [&](const Value& v) {
            if (!v.IsArray()) fail("expected an array [ … ]", "应为数组 [ … ]", &v);
            out.resize(v.Size());
            int i = 0;
            for (const auto& e : v.GetArray()) {
                path_.push_back({{}, i});
                if constexpr (std::is_same_v<T, Role>) role_index_ = i;
                if constexpr (std::is_same_v<T, Circle>) at_[0] = i;
                if constexpr (std::is_same_v<T, Touchpoint>) at_[1] = i;
                if constexpr (std::is_same_v<T, KeyFactor>) at_[2] = i;
                if constexpr (std::is_same_v<T, Standard>) at_[3] = i;
                if constexpr (std::is_same_v<T, Activity>) activity_index_ = i;
                if constexpr (std::is_same_v<T, Handoff>) handoff_index_ = i;
                read_object(e, out[static_cast<size_t>(i)]);
                path_.pop_back();
                ++i;
            }
        });
    }

private:
    PathStack path_;
    int version_ = 0;
    IdTable ids_;
    std::unordered_set<std::string_view> role_ids_;
    std::array<int, 4> at_{};  // indices of the circle, touchpoint, key factor and standard being read
    int role_index_ = 0;
    int activity_index_ = 0, handoff_index_ = 0;
    Members* members_ = nullptr;  // the object being read
    // References read but not yet checked: where, what kind they name, and the circle they sit in.
    struct PendingRef {
        DocPath path;
        IdKind kind;
        int circle;
    };
    std::vector<PendingRef> pending_;
    // Result cells read, to check their period and site indices once the periods and sites are known.
    struct PendingCells {
        DocPath path;
        const std::vector<ResultCell>* cells;
    };
    std::vector<PendingCells> check_cells_;

    static std::string_view kind_word(IdKind k, bool zh) {
        static const std::string_view en[] = {"the blueprint", "a role", "a circle", "a touchpoint", "a key factor",
                                              "a standard", "an activity", "a handoff"};
        static const std::string_view cn[] = {"蓝图", "角色", "服务圈", "触点", "关键因素", "标准", "活动", "交接"};
        return zh ? cn[size_t(k)] : en[size_t(k)];
    }

    // Format 3's references, once every id is known; then the handoffs' shape (no handoff to itself, no
    // cycle), whose ends are now known to be activities of their circle.
    void check_references(const Blueprint& doc) {
        for (const PendingRef& r : pending_) {
            std::string_view id = ref_at(doc, r.path);
            const IdSite* site = ids_.find(id);
            path_.clear();
            for (const PathSegment& s : r.path) path_.push_back(s);
            const std::string want_en(kind_word(r.kind, false)), want_zh(kind_word(r.kind, true));
            if (!site)
                fail("refers to " + quoted(id) + ", which is no element of this document; expected the id of " + want_en +
                         " or \"\"",
                     "引用的 " + quoted(id) + " 不在本文档中；应为" + want_zh + "的 id 或 \"\"");
            if (site->kind != r.kind)
                fail("refers to " + quoted(id) + ", which is " + std::string(kind_word(site->kind, false)) +
                         ", not " + want_en,
                     "引用的 " + quoted(id) + " 是" + std::string(kind_word(site->kind, true)) + "，不是" + want_zh);
            if (r.kind == IdKind::Role && r.path[0].key == "roles" &&
                doc.roles[size_t(r.path[1].index)].id.value == id)
                fail("refers to its own role " + quoted(id) + "; a role reports and escalates to another role",
                     "引用了角色自身 " + quoted(id) + "；角色应向另一个角色汇报或升级");
            if (r.kind == IdKind::Activity && site->index[0] != r.circle)
                fail("refers to activity " + quoted(id) + " of another circle (" + path_string(site_path(*site)) +
                         "); a handoff joins activities of its own circle",
                     "引用的活动 " + quoted(id) + " 属于另一个服务圈（" + path_string(site_path(*site)) +
                         "）；交接只能连接本服务圈的活动");
        }
        path_.clear();
        if (doc.results) check_result_indices(*doc.results);
        for (int c = 0; c < (int)doc.circles.size(); ++c) {
            const Circle& circle = doc.circles[c];
            for (int h = 0; h < (int)circle.handoffs.size(); ++h)
                if (circle.handoffs[h].from == circle.handoffs[h].to) {
                    at_handoff(c, h, "to");
                    fail("the handoff goes from activity " + quoted(circle.handoffs[h].from.value) +
                             " to itself; a handoff joins two activities",
                         "交接从活动 " + quoted(circle.handoffs[h].from.value) + " 交给它自己；交接应连接两个活动");
                }
            if (auto h = handoff_on_cycle(circle)) {
                at_handoff(c, int(*h), {});
                fail("handoff " + quoted(circle.handoffs[*h].id.value) +
                         " closes a cycle of handoffs; a chain of handoffs must not come back to where it started",
                     "交接 " + quoted(circle.handoffs[*h].id.value) + " 使交接形成循环；交接链不能回到起点");
            }
        }
        // Format 4: a reporting line must not come back to where it started.
        if (const auto cycle = reporting_cycle(doc.roles); !cycle.empty()) {
            std::string line;
            for (const RoleId& id : cycle) line += quoted(id.value) + " → ";
            line += quoted(cycle[0].value);
            const auto at = std::find_if(doc.roles.begin(), doc.roles.end(), [&](const Role& r) { return r.id == cycle[0]; });
            path_.clear();
            path_.push_back({"roles"});
            path_.push_back({{}, int(at - doc.roles.begin())});
            path_.push_back({"reports_to"});
            fail("the roles report to each other in a cycle (" + line + "); a reporting line must not come back to where it started",
                 "角色之间的汇报关系形成循环（" + line + "）；汇报关系不能回到起点");
        }
    }
    void check_result_indices(const Results& r) {
        std::unordered_set<std::string_view> named;
        for (size_t i = 0; i < r.series.size(); ++i)
            if (!named.insert(r.series[i].standard.value).second) {
                path_.clear();
                path_.push_back({"results"});
                path_.push_back({"series"});
                path_.push_back({{}, int(i)});
                path_.push_back({"standard"});
                fail("standard " + quoted(r.series[i].standard.value) + " has a series already; one series per standard",
                     "标准 " + quoted(r.series[i].standard.value) + " 已有一组结果；每条标准只能有一组");
            }
        for (const PendingCells& pc : check_cells_) {
            for (size_t k = 0; k < pc.cells->size(); ++k) {
                const ResultCell& c = (*pc.cells)[k];
                const bool period_ok = c.period < (int)r.periods.size(), site_ok = c.site < (int)r.sites.size();
                if (period_ok && site_ok) continue;
                path_.clear();
                for (const PathSegment& s : pc.path) path_.push_back(s);
                const std::string cell = std::to_string(k + 1);
                if (!period_ok)
                    fail("cell " + cell + ": period " + std::to_string(c.period) + " is not one of the " +
                             std::to_string(r.periods.size()) + " periods (counted from 0)",
                         "第 " + cell + " 个单元：期间 " + std::to_string(c.period) + " 不在 " +
                             std::to_string(r.periods.size()) + " 个期间之内（从 0 数起）");
                fail("cell " + cell + ": site " + std::to_string(c.site) + " is not one of the " +
                         std::to_string(r.sites.size()) + " sites (counted from 0)",
                     "第 " + cell + " 个单元：网点 " + std::to_string(c.site) + " 不在 " +
                         std::to_string(r.sites.size()) + " 个网点之内（从 0 数起）");
            }
        }
        check_cells_.clear();
    }

    // The string a pending reference read (the model holds it; the path says where).
    static std::string_view ref_at(const Blueprint& doc, const DocPath& p) {
        // results/series/i/standard
        if (p[0].key == "results") return doc.results->series[size_t(p[2].index)].standard.value;
        // circles/i/touchpoints/j/recovery, …/activities/k/recovery, circles/i/handoffs/k/<field>,
        // roles/i/reports_to and roles/i/escalates_to (format 4)
        if (p[0].key == "roles") {
            const Role& role = doc.roles[size_t(p[1].index)];
            return p[2].key == "reports_to" ? role.reports_to.value : role.escalates_to.value;
        }
        const Circle& c = doc.circles[size_t(p[1].index)];
        if (p[2].key == "handoffs") {
            const Handoff& h = c.handoffs[size_t(p[3].index)];
            std::string_view f = p[4].key;
            return f == "from" ? h.from.value : f == "to" ? h.to.value : h.standard.value;
        }
        const Touchpoint& t = c.touchpoints[size_t(p[3].index)];
        if (p[4].key == "activities") return t.activities[size_t(p[5].index)].recovery.value;
        return t.recovery.value;
    }
    void at_handoff(int circle, int handoff, std::string_view field) {
        path_.clear();
        path_.push_back({"circles"});
        path_.push_back({{}, circle});
        path_.push_back({"handoffs"});
        path_.push_back({{}, handoff});
        if (!field.empty()) path_.push_back({field});
    }

    static std::string_view view(const Value& v) { return std::string_view(v.GetString(), v.GetStringLength()); }

    [[noreturn]] void fail(std::string en, std::string zh, const Value* found_value = nullptr) {
        if (found_value) {
            en += ", found " + found(*found_value, false);
            zh += "，实际为 " + found(*found_value, true);
        }
        throw DocumentError{path_.path(), std::move(en), std::move(zh)};
    }

    static const Value* find(const Value& object, const char* name) {
        auto it = object.FindMember(name);
        return it == object.MemberEnd() ? nullptr : &it->value;
    }

    template <class T>
    void read_object(const Value& v, T& out) {
        Members m = members(v, field_names<T>(version_));
        read_fields(m, out);
    }

    template <class T>
    void read_fields(Members& m, T& out) {
        Members* outer = members_;
        members_ = &m;
        fields(*this, out);
        members_ = outer;
    }

    // The object's members, after rejecting fields the format does not have and fields given twice.
    Members members(const Value& v, const FieldList& names) {
        if (!v.IsObject()) fail("expected an object { … }", "应为对象 { … }", &v);
        Members m(v, names);
        if (m.all_known()) return m;
        std::unordered_set<std::string_view> seen;
        for (const auto& member : v.GetObject()) {
            std::string_view name = view(member.name);
            bool known = std::find(names.begin(), names.end(), name) != names.end();
            path_.push_back({name});
            if (!known) {
                std::string en = "unknown field " + quoted(name), zh = "未知字段 " + quoted(name);
                std::string_view best;
                for (auto candidate : names)
                    if (distance(name, candidate) <= 2 && (best.empty() || distance(name, candidate) <
                                                                                 distance(name, best)))
                        best = candidate;
                if (!best.empty()) {
                    en += " (did you mean \"" + std::string(best) + "\"?)";
                    zh += "（是否应为 \"" + std::string(best) + "\"？）";
                }
                fail(en + "; expected one of: " + join(names), zh + "；可用字段：" + join(names));
            }
            if (!seen.insert(name).second)
                fail("field " + quoted(name) + " appears more than once", "字段 " + quoted(name) + " 重复出现");
            path_.pop_back();
        }
        return m;
    }

    // Runs read on the named member with the path pointing at it; reports a missing required member.
    template <class Read>
    void field(std::string_view name, Need need, Read read) {
        const Value* v = members_->get(name);
        if (!v) {
            if (need == Need::Required)
                fail("missing required field \"" + std::string(name) + "\"",
                     "缺少必填字段 \"" + std::string(name) + "\"");
            return;
        }
        path_.push_back({name});
        read(*v);
        path_.pop_back();
    }

    static DocPath site_path(const IdSite& s) {
        static const std::string_view kLevels[] = {"circles", "touchpoints", "key_factors", "standards"};
        DocPath p;
        switch (s.kind) {
        case IdKind::Blueprint: return p;
        case IdKind::Role: return {{"roles"}, {{}, s.index[0]}};
        case IdKind::Activity:
            return {{"circles"}, {{}, s.index[0]}, {"touchpoints"}, {{}, s.index[1]}, {"activities"}, {{}, s.index[2]}};
        case IdKind::Handoff: return {{"circles"}, {{}, s.index[0]}, {"handoffs"}, {{}, s.index[1]}};
        default: break;
        }
        int depth = static_cast<int>(s.kind) - static_cast<int>(IdKind::Circle) + 1;
        for (int level = 0; level < depth; ++level) {
            p.push_back({kLevels[level]});
            p.push_back({{}, s.index[level]});
        }
        return p;
    }
};

}  // namespace

template <class T>
const FieldList& field_names(int version) {
    static const FieldList v1 = names_of<T>(1), v2 = names_of<T>(2), v3 = names_of<T>(3), v4 = names_of<T>(4);
    static_assert(kBlueprintFormatVersion == 4, "add the new version's field lists here");
    return version == 1 ? v1 : version == 2 ? v2 : version == 3 ? v3 : v4;
}
template const FieldList& field_names<Blueprint>(int);
template const FieldList& field_names<Role>(int);
template const FieldList& field_names<Circle>(int);
template const FieldList& field_names<Vec2>(int);
template const FieldList& field_names<Touchpoint>(int);
template const FieldList& field_names<KeyFactor>(int);
template const FieldList& field_names<Standard>(int);
template const FieldList& field_names<Target>(int);
template const FieldList& field_names<Measurement>(int);
template const FieldList& field_names<Activity>(int);
template const FieldList& field_names<HandoffItem>(int);
template const FieldList& field_names<Handoff>(int);
template const FieldList& field_names<Promise>(int);
template const FieldList& field_names<Acknowledgement>(int);
template const FieldList& field_names<SamplePlan>(int);
template const FieldList& field_names<Scoring>(int);
template const FieldList& field_names<TargetChange>(int);
template const FieldList& field_names<ResultSeries>(int);
template const FieldList& field_names<Results>(int);
template const FieldList& field_names<Phrase>(int);
template const FieldList& field_names<Instruction>(int);
template const FieldList& field_names<CheckQuestion>(int);

int read_document(const rapidjson::Value& root, Blueprint& out) {
    Reader r;
    return r.document(root, out);
}

}  // namespace bp::json
