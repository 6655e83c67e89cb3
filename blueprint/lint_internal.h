// Shared by the lint rule files (not part of the public contract; see lint.h).
#pragma once

#include <string>
#include <vector>

#include "lint.h"

namespace bp::lint_detail {

// Every rule, in the order lint_rules() lists them. Ids and severities live in one table (lint.cpp).
enum class Rule {
    TouchpointWithoutKeyFactor,
    KeyFactorWithoutStandard,
    HardIncomplete,
    SoftIncomplete,
    VagueWording,
    ComplianceInvalid,
    ComplianceLow,
    AverageTarget,
    HiddenFromCustomers,
    TooDetailed,
    NoCustomerExpectation,
    SafetyRisk,
    NoOwner,
    UnknownOwner,
    NoReviewDate,
    ReviewDateInvalid,
    ReviewOverdue,
    EndNotBest,
    PainLate,
    PainScattered,
    PleasureLumped,
    NoMotivationFactor,
    Count
};

const RuleInfo& info(Rule r);

class Sink {
public:
    explicit Sink(std::vector<Finding>& out) : out_(out) {}
    void add(Rule r, ElementRef where, std::string zh, std::string en);

private:
    std::vector<Finding>& out_;
};

inline ElementRef ref(const CircleId& id) { ElementRef r; r.circle = id; return r; }
inline ElementRef ref(const TouchpointId& id) { ElementRef r; r.touchpoint = id; return r; }
inline ElementRef ref(const KeyFactorId& id) { ElementRef r; r.key_factor = id; return r; }
inline ElementRef ref(const StandardId& id) { ElementRef r; r.standard = id; return r; }

// 服务圈原则 (Chase & Dasu) on the touchpoints' feelings, and the BPM motivation check (lint_circle.cpp).
void lint_circle_sequence(const Circle& c, Sink& sink);
void lint_motivation(const Circle& c, Sink& sink);

}  // namespace bp::lint_detail
