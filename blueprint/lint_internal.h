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
    StatementTargetMismatch,
    FailPointWithoutMitigation,
    WaitWithoutTimeStandard,
    MissingElement,
    NotAgreed,
    // The blueprint's layers and handoffs (lint_blueprint.cpp).
    HandoffWithoutStandard,
    ChainOverPromise,
    ChainDeadlineUnmet,
    EndPointOnly,
    ComplaintsOnly,
    ActivityWithoutActor,
    RoleReceivesNothing,
    FailPointWithoutRecoveryCircle,
    RecoveryAsText,
    // Scoring and measured results (lint_results.cpp).
    NotComputable,
    DueWithoutData,
    BelowRepeatedly,
    TooFewObservations,
    MetAllYear,
    MeasuredEndPointOnly,
    MeasuredComplaintsOnly,
    PublicPromiseBroken,
    Count
};

const RuleInfo& info(Rule r);

using Msg = Text;  // a finding's message, Chinese first

// Where rules report. Messages are built by a callable only when kept, so lint can first count its
// findings cheaply and then fill a vector reserved to the exact size: growing a vector of tens of
// thousands of findings would touch twice the memory, and fresh memory is the slow part.
class Sink {
public:
    explicit Sink(std::vector<Finding>* out) : out_(out) {}  // nullptr: count only
    template <class IdT, class MakeMessages>
    void add(Rule r, const IdT& id, MakeMessages&& make) {
        ++count_;
        if (!out_) return;
        Msg m = make();
        const RuleInfo& i = info(r);
        out_->push_back(Finding{i.id, i.severity, ElementId(id), std::move(m.zh), std::move(m.en), false, {}});
    }
    // Findings found before, as they were (IncrementalLint's kept circles).
    void append(const std::vector<Finding>& found) {
        count_ += found.size();
        if (out_) out_->insert(out_->end(), found.begin(), found.end());
    }
    size_t count() const { return count_; }

private:
    std::vector<Finding>* out_;
    size_t count_ = 0;
};

// 服务圈原则 (Chase & Dasu) on the touchpoints' feelings, and the BPM motivation check (lint_circle.cpp).
void lint_circle_sequence(const Circle& c, Sink& sink);
void lint_motivation(const Circle& c, Sink& sink);

// Lint runs in this order (lint.cpp): lint_important over the document; lint_method_circle for every
// circle; lint_layers_circle for every circle; lint_recovery_links and lint_results over the document;
// the walk of every circle. A *_circle part reads only its circle, the roles and the options, so its
// findings can be kept while neither changes (IncrementalLint).

// The method rules the seeds state (lint_method.cpp). lint_important reports important key factors
// without a standard first, the most important first, so the per-key-factor walk skips those
// (listed_first); lint_safety_risk is 误区6.
void lint_important(const Blueprint& doc, Sink& sink);
void lint_method_circle(const Circle& c, Sink& sink);

// The blueprint's layers, handoffs and promises of one circle, and the recovery links between circles
// (lint_blueprint.cpp).
void lint_layers_circle(const Blueprint& doc, const Circle& c, Sink& sink);
void lint_recovery_links(const Blueprint& doc, Sink& sink);
bool listed_first(const KeyFactor& kf);
void lint_safety_risk(const KeyFactor& kf, const Standard& s, Sink& sink);

// Whether a standard can be computed as declared (scoring.h), and the findings from results (lint_results.cpp).
void lint_scoring(const Blueprint& doc, const Standard& s, Sink& sink);
void lint_results(const Blueprint& doc, const LintOptions& options, Sink& sink);
bool measures_complaints(const Standard& s);  // by complaint counts or satisfaction (lint_blueprint.cpp)

}  // namespace bp::lint_detail
