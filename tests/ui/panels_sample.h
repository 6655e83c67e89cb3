// A small blueprint for the panel tests: two roles, two circles, touchpoints with and without key
// factors, hard and soft standards with different owners, targets and review dates.
#pragma once

#include "blueprint/model.h"

namespace panels_test {

inline bp::Standard standard(const char* id, const char* statement, bp::StandardType type, double value,
                             double compliance, const char* owner, bool visible, const char* review_by) {
    bp::Standard s;
    s.id = bp::StandardId(id);
    s.statement = statement;
    s.type = type;
    s.target.metric = "time";
    s.target.unit = "h";
    s.target.value = value;
    s.target.compliance = compliance;
    s.owner = bp::RoleId(owner);
    s.customer_visible = visible;
    s.review_by = review_by;
    return s;
}

inline bp::Blueprint sample_blueprint() {
    using namespace bp;
    Blueprint b;
    b.id = BlueprintId("bp-1");
    b.name = "Water heater installation";
    b.roles = {{RoleId("role-installer"), "安装工", "Installer"},
               {RoleId("role-service"), "客服", "Customer service"},
               {RoleId("role-spare"), "司机", "Driver"}};

    Circle install;
    install.id = CircleId("c-install");
    install.name = "Install";
    Touchpoint buy;
    buy.id = TouchpointId("tp-buy");
    buy.name = "Buy";
    buy.role = RoleId("role-service");
    KeyFactor on_time;
    on_time.id = KeyFactorId("kf-on-time");
    on_time.name = "On time";
    on_time.standards = {standard("st-call", "Call back the customer", StandardType::Hard, 24, 0.95, "role-service", true, "2026-01-31"),
                         standard("st-arrive", "arrive in the agreed window", StandardType::Hard, 2, 0.90, "role-installer", false, "")};
    buy.key_factors = {on_time};
    Touchpoint deliver;
    deliver.id = TouchpointId("tp-deliver");
    deliver.name = "Deliver";
    Touchpoint fit;
    fit.id = TouchpointId("tp-fit");
    fit.name = "Fit and test";
    fit.role = RoleId("role-installer");
    KeyFactor polite;
    polite.id = KeyFactorId("kf-polite");
    polite.name = "Polite";
    polite.dimension = Dimension::Courtesy;
    polite.standards = {standard("st-courtesy", "Courtesy rated at least 4.5", StandardType::Soft, 4.5, 0.80, "role-installer", true, "2025-06-30")};
    fit.key_factors = {polite};
    install.touchpoints = {buy, deliver, fit};

    Circle complaint;
    complaint.id = CircleId("c-complaint");
    complaint.name = "Complaint";
    complaint.position = {800, 0};
    Touchpoint apologise;
    apologise.id = TouchpointId("tp-apologise");
    apologise.name = "Apologise";
    KeyFactor fast;
    fast.id = KeyFactorId("kf-fast");
    fast.name = "Fast apology";
    fast.standards = {standard("st-apology", "Apology within 1 h", StandardType::Hard, 1, 1.0, "", false, "")};
    apologise.key_factors = {fast};
    complaint.touchpoints = {apologise};

    b.circles = {install, complaint};
    return b;
}

}  // namespace panels_test
