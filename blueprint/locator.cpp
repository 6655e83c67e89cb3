#include "locator.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

namespace bp {

// ------------------------------------------------------------------------------------------ checks
namespace {
bool in_range(const Blueprint& d, const Location& at) { return id_text_at(d, at) != nullptr; }
// The plain id at a location already known to be in range.
const std::string& raw_id(const Blueprint& d, const Location& at) { return *id_text_at(d, at); }
// Indexing a circle again costs about what a rebuild spends on it: past a quarter of them, rebuild.
bool rebuild_is_cheaper(size_t again, size_t circles) { return 4 * again > circles + 4; }
}  // namespace

bool is_at(const Blueprint& doc, const Location& at, const ElementId& id) {
    return !id.empty() && at.kind == id.kind() && in_range(doc, at) && raw_id(doc, at) == id.str();
}

ElementId id_at(const Blueprint& doc, const Location& at) {
    if (!in_range(doc, at)) return {};
    return ElementId::of(at.kind, raw_id(doc, at));
}

const std::string& name_at(const Blueprint& d, const Location& at) {
    static const std::string none;
    if (!in_range(d, at)) return none;
    switch (at.kind) {
        case ElementKind::Blueprint: return d.name;
        case ElementKind::Role: return d.roles[at.role].name;
        case ElementKind::Circle: return d.circles[at.path.circle].name;
        case ElementKind::Touchpoint: return touchpoint_at(d, at.path).name;
        case ElementKind::KeyFactor: return key_factor_at(d, at.path).name;
        case ElementKind::Standard: return standard_at(d, at.path).statement;
        case ElementKind::Activity: return activity_at(d, at.path).name;
        case ElementKind::Handoff: return handoff_at(d, at.path).via;  // a handoff is named by what carries it
        case ElementKind::None: break;
    }
    return none;
}

// ----------------------------------------------------------------------------------------- locator
void Locator::rebuild() {
    index_.rebuild(*doc_);
    ++rebuilds_;
    fresh_ = settled_;
    complete_ = true;
}

void Locator::changed_within(const std::vector<CircleId>& circles) {
    if (!complete_) return changed_elsewhere();
    if (rebuild_is_cheaper(circles.size(), doc_->circles.size())) return changed_elsewhere();
    for (const CircleId& id : circles) {
        const std::optional<Path> at = index_.find(id);  // circles did not move: still where indexed
        if (!at || !index_.reindex_circle(*doc_, at->circle)) return changed_elsewhere();
    }
    fresh_ = settled_;
}

void Locator::changed_list(const std::vector<CircleId>& circles) {
    if (!complete_) return changed_elsewhere();
    const std::vector<Circle>& list = doc_->circles;
    std::unordered_set<std::string_view> named_ids;
    named_ids.reserve(circles.size());
    for (const CircleId& id : circles) named_ids.insert(id.value);
    std::vector<int> again;
    for (int c = 0; c < (int)list.size(); ++c) {
        const std::optional<Path> at = index_.find(list[c].id);  // a hit is checked: only where it is now
        const bool named = named_ids.count(list[c].id.value) > 0;
        if (named || !at || at->circle != c) again.push_back(c);
    }
    if (rebuild_is_cheaper(again.size(), list.size())) return changed_elsewhere();
    for (int c : again)
        if (!index_.reindex_circle(*doc_, c)) return changed_elsewhere();
    fresh_ = settled_;
}

std::optional<Location> Locator::find_checked(const std::string& id, ElementKind kind) {
    if (id.empty()) return std::nullopt;
    auto at = index_.find(id);
    if (at) {
        if (in_range(*doc_, *at) && raw_id(*doc_, *at) == id) {
            if (kind != ElementKind::None && at->kind != kind) return std::nullopt;
            return at;
        }
    } else if (fresh_) {
        return std::nullopt;  // the index was built since the document last changed: no such id
    }
    rebuild();
    at = index_.find(id);
    if (!at || (kind != ElementKind::None && at->kind != kind)) return std::nullopt;
    return at;
}

std::optional<Location> Locator::find(const ElementId& id) { return find_checked(id.str(), id.kind()); }
std::optional<Location> Locator::find(std::string_view id) { return find_checked(std::string(id), ElementKind::None); }

std::optional<ElementId> Locator::resolve(std::string_view id) {
    auto at = find(id);
    if (!at) return std::nullopt;
    return id_at(*doc_, *at);
}

namespace {
std::optional<Path> path_of(const std::optional<Location>& at) {
    return at ? std::optional<Path>(at->path) : std::nullopt;
}
}  // namespace

std::optional<Path> Locator::find(const CircleId& id) { return path_of(find_checked(id.value, ElementKind::Circle)); }
std::optional<Path> Locator::find(const TouchpointId& id) {
    return path_of(find_checked(id.value, ElementKind::Touchpoint));
}
std::optional<Path> Locator::find(const KeyFactorId& id) {
    return path_of(find_checked(id.value, ElementKind::KeyFactor));
}
std::optional<Path> Locator::find(const StandardId& id) {
    return path_of(find_checked(id.value, ElementKind::Standard));
}

std::optional<Path> Locator::find(const ActivityId& id) {
    return path_of(find_checked(id.value, ElementKind::Activity));
}
std::optional<Path> Locator::find(const HandoffId& id) { return path_of(find_checked(id.value, ElementKind::Handoff)); }

const Role* Locator::role(const RoleId& id) {
    auto at = find_checked(id.value, ElementKind::Role);
    return at ? &doc_->roles[at->role] : nullptr;
}

}  // namespace bp
