#include "glossary.h"

namespace bp::glossary {

Term kind_name(ElementKind kind) {
    switch (kind) {
        case ElementKind::Blueprint: return blueprint;
        case ElementKind::Role: return role;
        case ElementKind::Circle: return circle;
        case ElementKind::Touchpoint: return touchpoint;
        case ElementKind::KeyFactor: return key_factor;
        case ElementKind::Standard: return standard;
        case ElementKind::Activity: return activity;
        case ElementKind::Handoff: return handoff;
        case ElementKind::None: break;
    }
    return {"", ""};
}

}  // namespace bp::glossary
