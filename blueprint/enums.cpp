#include "enums.h"

namespace bp {

template <>
const std::vector<EnumInfo<Channel>>& enum_table<Channel>() {
    static const std::vector<EnumInfo<Channel>> t = {
        {Channel::InPerson, "in_person", "面对面", "In person"},
        {Channel::Phone, "phone", "电话", "Phone"},
        {Channel::Online, "online", "网上", "Online"},
        {Channel::App, "app", "应用", "App"},
        {Channel::Mail, "mail", "邮寄", "Mail"},
        {Channel::SelfService, "self_service", "自助", "Self-service"},
        {Channel::Other, "other", "其他", "Other"},
    };
    return t;
}

template <>
const std::vector<EnumInfo<Lane>>& enum_table<Lane>() {
    static const std::vector<EnumInfo<Lane>> t = {
        {Lane::PhysicalEvidence, "physical_evidence", "有形展示", "Physical evidence"},
        {Lane::CustomerAction, "customer_action", "顾客行为", "Customer actions"},
        {Lane::Frontstage, "frontstage", "前台接触", "Frontstage"},
        {Lane::Backstage, "backstage", "后台接触", "Backstage"},
        {Lane::Support, "support", "支持过程", "Support processes"},
    };
    return t;
}

template <>
const std::vector<EnumInfo<Pillar>>& enum_table<Pillar>() {
    static const std::vector<EnumInfo<Pillar>> t = {
        {Pillar::Hardware, "hardware", "服务硬件", "Hardware"},
        {Pillar::Software, "software", "服务软件", "Software"},
        {Pillar::People, "people", "服务人员", "People"},
    };
    return t;
}

template <>
const std::vector<EnumInfo<Bpm>>& enum_table<Bpm>() {
    static const std::vector<EnumInfo<Bpm>> t = {
        {Bpm::Basic, "basic", "基本因素 B", "Basic (B)"},
        {Bpm::Performance, "performance", "绩效因素 P", "Performance (P)"},
        {Bpm::Motivation, "motivation", "激励因素 M", "Motivation (M)"},
    };
    return t;
}

template <>
const std::vector<EnumInfo<Dimension>>& enum_table<Dimension>() {
    static const std::vector<EnumInfo<Dimension>> t = {
        {Dimension::Reliability, "reliability", "可靠性", "Reliability"},
        {Dimension::Responsiveness, "responsiveness", "响应性", "Responsiveness"},
        {Dimension::Competence, "competence", "能力", "Competence"},
        {Dimension::Access, "access", "可接近性", "Access"},
        {Dimension::Courtesy, "courtesy", "礼貌", "Courtesy"},
        {Dimension::Communication, "communication", "沟通", "Communication"},
        {Dimension::Credibility, "credibility", "可信度", "Credibility"},
        {Dimension::Security, "security", "安全性", "Security"},
        {Dimension::Understanding, "understanding", "理解", "Understanding"},
        {Dimension::Caring, "caring", "关怀", "Caring"},
        {Dimension::Tangibles, "tangibles", "有形性", "Tangibles"},
    };
    return t;
}

template <>
const std::vector<EnumInfo<StandardType>>& enum_table<StandardType>() {
    static const std::vector<EnumInfo<StandardType>> t = {
        {StandardType::Hard, "hard", "硬标准", "Hard"},
        {StandardType::Soft, "soft", "软标准", "Soft"},
    };
    return t;
}

template <>
const std::vector<EnumInfo<Comparator>>& enum_table<Comparator>() {
    static const std::vector<EnumInfo<Comparator>> t = {
        {Comparator::AtMost, "<=", "不超过", "at most"},
        {Comparator::LessThan, "<", "少于", "less than"},
        {Comparator::AtLeast, ">=", "不低于", "at least"},
        {Comparator::GreaterThan, ">", "高于", "more than"},
        {Comparator::Equal, "==", "等于", "exactly"},
    };
    return t;
}

template <>
const std::vector<EnumInfo<Aggregation>>& enum_table<Aggregation>() {
    static const std::vector<EnumInfo<Aggregation>> t = {
        {Aggregation::PerOccurrence, "per_occurrence", "每次", "Every occurrence"},
        {Aggregation::Average, "average", "平均", "Average"},
    };
    return t;
}

template <>
const std::vector<EnumInfo<Method>>& enum_table<Method>() {
    static const std::vector<EnumInfo<Method>> t = {
        {Method::Timer, "timer", "计时", "Timer"},
        {Method::SystemLog, "system_log", "系统记录", "System log"},
        {Method::Count, "count", "计数", "Count"},
        {Method::Audit, "audit", "现场检查", "Audit"},
        {Method::Survey, "survey", "顾客调查", "Customer survey"},
        {Method::MysteryShopper, "mystery_shopper", "神秘顾客", "Mystery shopper"},
        {Method::Interview, "interview", "访谈", "Interview"},
        {Method::Observation, "observation", "现场观察", "Observation"},
    };
    return t;
}

template <>
const std::vector<EnumInfo<Frequency>>& enum_table<Frequency>() {
    static const std::vector<EnumInfo<Frequency>> t = {
        {Frequency::EveryOccurrence, "every_occurrence", "每次", "Every occurrence"},
        {Frequency::Daily, "daily", "每日", "Daily"},
        {Frequency::Weekly, "weekly", "每周", "Weekly"},
        {Frequency::Monthly, "monthly", "每月", "Monthly"},
        {Frequency::Quarterly, "quarterly", "每季度", "Quarterly"},
        {Frequency::Yearly, "yearly", "每年", "Yearly"},
    };
    return t;
}

template <>
const std::vector<EnumInfo<NumberSource>>& enum_table<NumberSource>() {
    static const std::vector<EnumInfo<NumberSource>> t = {
        {NumberSource::Unset, "unset", "未注明", "Not stated"},
        {NumberSource::Customer, "customer", "顾客期望", "Customer expectation"},
        {NumberSource::Seed, "seed", "种子模板", "Seed template"},
        {NumberSource::Suggested, "suggested", "建议值（待与员工商定）", "Suggested (to agree with staff)"},
    };
    return t;
}

template <>
const std::vector<EnumInfo<ItemKind>>& enum_table<ItemKind>() {
    static const std::vector<EnumInfo<ItemKind>> t = {
        {ItemKind::Information, "information", "信息", "Information"},
        {ItemKind::Goods, "goods", "货物", "Goods"},
    };
    return t;
}

template <>
const std::vector<EnumInfo<Medium>>& enum_table<Medium>() {
    static const std::vector<EnumInfo<Medium>> t = {
        {Medium::System, "system", "系统", "System"},
        {Medium::Form, "form", "表单", "Form"},
        {Medium::Phone, "phone", "电话", "Phone call"},
        {Medium::Message, "message", "消息", "Message"},
        {Medium::InPerson, "in_person", "当面", "In person"},
        {Medium::Other, "other", "其他", "Other"},
    };
    return t;
}

template <>
const std::vector<EnumInfo<ComplianceMethod>>& enum_table<ComplianceMethod>() {
    static const std::vector<EnumInfo<ComplianceMethod>> t = {
        {ComplianceMethod::PerOccurrence, "per_occurrence", "逐次达标比例", "Share of occurrences within target"},
        {ComplianceMethod::TopBox, "top_box", "满意评分占比", "Top-box share of ratings"},
        {ComplianceMethod::Mean, "mean", "平均值（须说明）", "Documented mean"},
    };
    return t;
}

template <>
const std::vector<EnumInfo<Measurer>>& enum_table<Measurer>() {
    static const std::vector<EnumInfo<Measurer>> t = {
        {Measurer::Role, "role", "岗位自查", "A role (self-check or audit)"},
        {Measurer::MysteryShopper, "mystery_shopper", "神秘顾客", "Mystery shopper"},
        {Measurer::System, "system", "系统记录", "A system"},
        {Measurer::Customer, "customer", "顾客问卷", "Customers (questionnaire)"},
    };
    return t;
}

template <>
const std::vector<EnumInfo<Abandoned>>& enum_table<Abandoned>() {
    static const std::vector<EnumInfo<Abandoned>> t = {
        {Abandoned::Fail, "fail", "计为未达标", "Counted as not met"},
        {Abandoned::Exclude, "exclude", "不计入", "Excluded"},
    };
    return t;
}

template <>
const std::vector<EnumInfo<StandardKind>>& enum_table<StandardKind>() {
    static const std::vector<EnumInfo<StandardKind>> t = {
        {StandardKind::Unset, "unset", "未分类", "Not classified"},
        {StandardKind::Process, "process", "流程标准", "Process"},
        {StandardKind::Language, "language", "语言标准", "Language"},
        {StandardKind::Action, "action", "行为标准", "Action"},
        {StandardKind::Attitude, "attitude", "态度标准", "Attitude"},
    };
    return t;
}

std::string_view comparator_symbol(Comparator c) {
    switch (c) {
        case Comparator::AtMost: return "≤";
        case Comparator::LessThan: return "<";
        case Comparator::AtLeast: return "≥";
        case Comparator::GreaterThan: return ">";
        case Comparator::Equal: return "=";
    }
    return "";
}

}  // namespace bp
