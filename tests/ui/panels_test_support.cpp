// TEMPORARY, for the panel tests only: weak stand-ins for what designer.cpp (another branch) defines:
// Selection and Designer::findings. They let the panel tests link before it lands on main; the real
// definitions (strong symbols) win once present. Delete this file as soon as designer.cpp is on main.
#include "app/designer/designer.h"

#define BP_TEMPORARY_STAND_IN __attribute__((weak))

namespace ui {
BP_TEMPORARY_STAND_IN bool Selection::contains(const std::string& id) const {
    for (const auto& i : ids)
        if (i == id) return true;
    return false;
}
BP_TEMPORARY_STAND_IN void Selection::set(const std::string& id) { ids = {id}; }
BP_TEMPORARY_STAND_IN void Selection::toggle(const std::string& id) {
    for (auto it = ids.begin(); it != ids.end(); ++it)
        if (*it == id) {
            ids.erase(it);
            return;
        }
    ids.push_back(id);
}
BP_TEMPORARY_STAND_IN const std::vector<bp::Finding>& Designer::findings() {
    if (findings_revision_ != doc.revision()) {
        findings_ = bp::lint(doc.model());
        findings_revision_ = doc.revision();
    }
    return findings_;
}
}  // namespace ui
