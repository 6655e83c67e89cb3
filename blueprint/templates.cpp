// The template library: measurable draft standards drawn from the seeds (complaint handling, the
// water-heater installation chain, repairs, front-desk reception and conduct rules, the TCM clinic, the
// design agency) in Chinese and English. Sections: builders · keyword entries · generic entries per dimension.
// Every entry names its seed; `seed_number` says whether the seed also states the number. Statements
// are patterns with {n}/{v}, so a draft always says the number its target holds.
#include "convert.h"

namespace bp {

namespace {

using D = Dimension;

struct Texts {
    const char* zh;
    const char* en;
};

// ------------------------------------------------------------------------------------------ builders
using quantity::Unit;

StandardTemplate base(const char* key, Texts title, std::vector<Dimension> dims, std::vector<std::string> keywords,
                      Texts statement, Texts source, Frequency frequency, bool visible, const char* seed) {
    StandardTemplate t;
    t.key = key;
    t.title_zh = title.zh;
    t.title_en = title.en;
    t.dimensions = std::move(dims);
    t.keywords = std::move(keywords);
    t.draft.statement = statement.zh;
    t.statement_en = statement.en;
    t.draft.measurement.frequency = frequency;
    t.draft.measurement.data_source = source.zh;
    t.data_source_en = source.en;
    t.draft.customer_visible = visible;
    t.draft.target.aggregation = Aggregation::PerOccurrence;  // 误区3: never an average
    t.source = seed;
    return t;
}

// Counted or timed: metric, unit, comparator, per-occurrence value and the share that must meet it.
// `seed_number`: the seed states this number (otherwise it is our suggestion, to agree with staff).
StandardTemplate hard(const char* key, Texts title, std::vector<Dimension> dims, std::vector<std::string> keywords,
                      Texts statement, Texts metric, Unit unit, Comparator comparator, double value, double compliance,
                      Method method, Frequency frequency, Texts source, bool visible, const char* seed,
                      bool seed_number = false) {
    StandardTemplate t =
        base(key, title, std::move(dims), std::move(keywords), statement, source, frequency, visible, seed);
    t.draft.type = StandardType::Hard;
    t.draft.target.metric = metric.zh;
    t.metric_en = metric.en;
    t.draft.target.unit = std::string(quantity::unit_label(unit, Lang::Zh));
    t.unit_en = std::string(quantity::unit_label(unit, Lang::En));
    t.draft.target.comparator = comparator;
    t.draft.target.value = value;
    t.draft.target.compliance = compliance;
    t.draft.measurement.method = method;
    t.seed_number = seed_number;
    return t;
}

// An observable behaviour checked by a mystery shopper or an audit: the share of checks where it is done.
StandardTemplate pass_rate(const char* key, Texts title, std::vector<Dimension> dims, std::vector<std::string> keywords,
                           Texts statement, Texts metric, Method method, Texts source, const char* seed) {
    return hard(key, title, std::move(dims), std::move(keywords), statement, metric, Unit::Percent,
                Comparator::AtLeast, 100, 0.95, method, Frequency::Monthly, source, true, seed);
}

// Something that must not happen: a count that stays at zero.
StandardTemplate zero_count(const char* key, Texts title, std::vector<Dimension> dims,
                            std::vector<std::string> keywords, Texts statement, Texts metric, Method method,
                            Texts source, const char* seed) {
    return hard(key, title, std::move(dims), std::move(keywords), statement, metric, Unit::Times, Comparator::AtMost,
                0, 1.0, method, Frequency::Monthly, source, true, seed);
}

// Asked of customers on a 1–5 scale, as a top-box share: at least 90% of answers 4 or 5. Not "each
// answer ≥ 4.5", which on a whole-number scale demands 5 from everyone (误区1).
StandardTemplate soft(const char* key, Texts title, std::vector<Dimension> dims, std::vector<std::string> keywords,
                      Texts statement, Texts question, Texts source, const char* seed) {
    StandardTemplate t =
        base(key, title, std::move(dims), std::move(keywords), statement, source, Frequency::Monthly, true, seed);
    t.draft.type = StandardType::Soft;
    t.draft.target.metric = "顾客评分";
    t.metric_en = "customer rating";
    t.draft.target.unit = "分（满分 5 分）";
    t.unit_en = "points of 5";
    t.draft.target.comparator = Comparator::AtLeast;
    t.draft.target.value = 4;
    t.draft.target.compliance = 0.9;
    t.draft.target.survey_question = question.zh;
    t.survey_question_en = question.en;
    t.draft.target.scale_min = 1;
    t.draft.target.scale_max = 5;
    t.draft.measurement.method = Method::Survey;
    return t;
}

const Texts kMysteryChecklist{"神秘顾客检查表", "mystery shopper checklist"};
const Texts kSurvey{"顾客满意度调查", "customer satisfaction survey"};
const Texts kObservation{"现场观察记录", "observation log"};
const Texts kComplaintLog{"投诉处理系统记录", "complaint system log"};
const std::vector<std::string> kComplaint{"投诉", "客诉", "complaint"};

std::vector<StandardTemplate> build_library() {
    std::vector<StandardTemplate> lib;
    const auto AtMost = Comparator::AtMost, AtLeast = Comparator::AtLeast;
    const auto Each = Frequency::EveryOccurrence;
    const auto MS = Method::MysteryShopper;

    // ------------------------------------------------------------------------- keyword entries
    // Complaint handling (002, 003): 10-minute reply; 1H apology, 24H result, 48H form, 72H follow-up,
    // all counted from intake.
    lib.push_back(hard("answer-within-3-rings", {"电话 3 声内接听", "Answer within 3 rings"},
                       {D::Responsiveness, D::Access},
                       {"接听", "来电", "接通", "响铃", "铃声", "热线", "rings", "answer the phone", "answer calls",
                        "pick up the phone", "hotline"},
                       {"电话铃响 {n}内接听", "Answer the phone within {n}"}, {"接听前响铃次数", "rings before answer"},
                       Unit::Ring, AtMost, 3, 0.95, Method::SystemLog, Each,
                       {"呼叫中心系统记录", "call-centre system log"}, true, "002 电话铃响三声内接通", true));
    lib.push_back(hard("complaint-reply-within-10-min", {"受理投诉后 10 分钟内回复", "First reply within 10 minutes"},
                       {D::Responsiveness},
                       {"得到回复", "首次回复", "回复投诉", "投诉回复", "受理投诉", "first reply", "reply to the complaint",
                        "complaint reply", "acknowledge the complaint"},
                       {"受理投诉后 {n}内首次回复顾客", "Give the customer a first reply within {n} of taking the complaint"},
                       {"受理投诉到首次回复的时间", "time from complaint intake to first reply"}, Unit::Minute, AtMost,
                       10, 0.95, Method::SystemLog, Each, kComplaintLog, true, "002 受理投诉后十分钟内得到回复", true));
    lib.push_back(hard("apology-within-1h", {"1 小时内致歉", "Apology within 1 hour"}, {D::Responsiveness, D::Caring},
                       {"致歉", "道歉", "歉意", "赔礼", "apolog", "say sorry"},
                       {"受理投诉后 {n}内向顾客致歉", "Apologise to the customer within {n} of taking the complaint"},
                       {"受理投诉到致歉的时间", "time from complaint intake to apology"}, Unit::Hour, AtMost, 1, 0.95,
                       Method::SystemLog, Each, kComplaintLog, true, "003 客户投诉处理 1H", true));
    lib.back().context = kComplaint;
    lib.push_back(hard("result-within-24h", {"24 小时内给出处理结果", "Result within 24 hours"},
                       {D::Responsiveness, D::Reliability},
                       {"处理结果", "投诉处理", "处理投诉", "resolution", "complaint result", "resolve the complaint",
                        "complaint handling"},
                       {"受理投诉后 {n}内向顾客输出处理结果",
                        "Give the customer the result of the complaint within {n} of taking it"},
                       {"受理投诉到输出结果的时间", "time from complaint intake to result"}, Unit::Hour, AtMost, 24,
                       0.95, Method::SystemLog, Each, kComplaintLog, true, "003 客户投诉处理 24H", true));
    lib.push_back(hard("rectification-within-48h", {"48 小时内提交整改单", "Rectification form within 48 hours"},
                       {D::Reliability, D::Responsiveness}, {"整改", "rectif", "corrective action"},
                       {"受理投诉后 {n}内提交《问题整改工作单》",
                        "Submit the rectification form within {n} of taking the complaint"},
                       {"受理投诉到提交整改单的时间", "time from complaint intake to rectification form"}, Unit::Hour,
                       AtMost, 48, 0.95, Method::SystemLog, Each, {"整改工作单记录", "rectification forms"}, false,
                       "003 客户投诉处理 48H", true));
    lib.push_back(hard("follow-up-within-72h", {"投诉 72 小时内回访", "Complaint follow-up within 72 hours"},
                       {D::Caring, D::Reliability}, {"回访", "follow-up", "follow up", "followup", "call back"},
                       {"受理投诉后 {n}内回访顾客", "Call the customer back within {n} of taking the complaint"},
                       {"受理投诉到回访的时间", "time from complaint intake to follow-up call"}, Unit::Hour, AtMost, 72,
                       0.95, Method::SystemLog, Each, {"回访记录", "follow-up call log"}, true, "003 客户投诉处理 72H",
                       true));
    lib.back().context = kComplaint;
    lib.push_back(hard("follow-up-call", {"服务后回访", "Follow-up call after the service"}, {D::Caring, D::Reliability},
                       {"回访", "电话回访", "follow-up", "follow up", "followup", "call back"},
                       {"服务完成后 {n}内回访顾客", "Call the customer back within {n} of the service"},
                       {"服务完成到回访的时间", "time from service to follow-up call"}, Unit::Hour, AtMost, 72, 0.95,
                       Method::SystemLog, Each, {"回访记录", "follow-up call log"}, true, "002 热水器安装 客服回访"));

    // Water-heater installation chain (002) and repairs (003): appointment, delivery, arrival, test.
    lib.push_back(hard("arrival-within-window", {"约定时段内到达", "Arrival within the agreed window"},
                       {D::Reliability},
                       {"准时", "守时", "按时", "约定时间", "按约", "到达", "上门", "迟到", "on time", "punctual",
                        "arrival", "arrive"},
                       {"在与顾客约定的时段内到达，超出时段不超过 {n}",
                        "Arrive within the time window agreed with the customer, no more than {n} outside it"},
                       {"到达时间超出约定时段的分钟数", "minutes outside the agreed window"}, Unit::Minute, AtMost, 0,
                       0.95, Method::SystemLog, Each, {"上门签到记录", "on-site check-in log"}, true,
                       "002 热水器安装 约定送装时段"));
    lib.back().takes_customer_number = false;  // customers state response times, not minutes of lateness
    lib.push_back(hard("call-before-visit", {"上门前电话确认", "Call before the visit"},
                       {D::Communication, D::Reliability},
                       {"电话预约", "预约上门", "上门前", "到访前", "确认时段", "提前确认", "提前联系", "提前通知",
                        "电话确认", "call ahead", "confirm the time", "call before"},
                       {"上门前至少 {n}电话联系顾客，确认时间和地址",
                        "Call the customer at least {n} before the visit to confirm time and address"},
                       {"上门前通知的提前时间", "notice given before the visit"}, Unit::Hour, AtLeast, 1, 0.95,
                       Method::SystemLog, Each, {"通话记录", "call log"}, true, "002 安装工电话预约"));
    lib.push_back(hard("delivery-within-3-days", {"3 天内送达", "Delivery within 3 days"},
                       {D::Reliability, D::Responsiveness},
                       {"快递", "物流", "发货", "到货", "寄送", "shipping", "shipment", "parcel", "courier"},
                       {"下单后 {n}内送达", "Deliver within {n} of the order"},
                       {"下单到送达的时间", "time from order to delivery"}, Unit::Day, AtMost, 3, 0.95,
                       Method::SystemLog, Each, {"物流系统记录", "logistics system log"}, true,
                       "000 国内快递三天之内送达", true));
    lib.push_back(hard("installation-tested", {"安装后试机再签字", "Installation tested before sign-off"},
                       {D::Reliability, D::Competence},
                       {"试机", "调试", "试运行", "一次装好", "安装", "tested", "test run", "install"},
                       {"安装完成后当场试机，试机检查项 {n} 合格后再请顾客签字",
                        "Test the installation on site; the customer signs only when {n} of test items pass"},
                       {"签字前试机检查项合格率", "test items passed before sign-off"}, Unit::Percent, AtLeast, 100,
                       0.98, Method::Audit, Each, {"安装单", "installation sheet"}, true, "002 热水器安装 安装调试"));
    lib.push_back(hard("repair-on-site-within-8h", {"报修后 8 小时内到场", "On site within 8 hours of a repair call"},
                       {D::Responsiveness},
                       {"维修", "报修", "故障", "抢修", "到场", "赶到", "repair", "breakdown", "malfunction", "on site",
                        "on-site"},
                       {"接到报修后 {n}内到达现场", "Be on site within {n} of a repair call"},
                       {"报修到到达现场的时间", "time from repair call to arrival on site"}, Unit::Hour, AtMost, 8, 0.95,
                       Method::SystemLog, Each, {"报修工单记录", "repair ticket log"}, true,
                       "003 冰箱维修 8 小时内赶到现场（002 若干小时上门）", true));
    lib.push_back(hard("fix-within-3h", {"3 小时内修好，否则可退货", "Fixed within 3 hours or returned"},
                       {D::Reliability, D::Competence},
                       {"修好", "修复", "排除故障", "解决故障", "修不好", "fixed", "fix the fault", "get it fixed"},
                       {"到达现场后 {n}内修好，修不好顾客可以退货",
                        "Fix the fault within {n} of arriving on site, or the customer may return the product"},
                       {"到场到修好的时间", "time from arrival to fix"}, Unit::Hour, AtMost, 3, 0.95, Method::SystemLog,
                       Each, {"报修工单记录", "repair ticket log"}, true, "003 冰箱维修 3 小时内解决问题，否则可退货",
                       true));

    // Reception and conduct (001 接待服务规范, 004 前台接待): greeting, farewell, seat, lead, recognise.
    lib.push_back(hard("standard-greeting", {"使用标准问候语", "Standard greeting used"}, {D::Courtesy},
                       {"问候", "欢迎", "迎接", "招呼", "迎宾", "起身", "来有迎声", "greet", "welcome"},
                       {"顾客进门 {n}内起身，用标准问候语问候",
                        "Stand and greet the customer with the standard phrase within {n} of arrival"},
                       {"顾客进门到问候的时间", "time from arrival to greeting"}, Unit::Second, AtMost, 5, 0.95, MS,
                       Frequency::Monthly, kMysteryChecklist, true, "001 来有迎声；004 前台接待问候语"));
    lib.push_back(pass_rate("farewell", {"道别送客", "Farewell on leaving"}, {D::Courtesy, D::Caring},
                            {"道别", "送别", "告别", "送客", "欢送", "去有送声", "离开时", "farewell", "goodbye",
                             "see off", "see the customer off"},
                            {"顾客离开时起身道别，道别执行率不低于 {n}",
                             "Say goodbye when the customer leaves: at least {n} of checks"},
                            {"道别执行率", "farewells said"}, MS, kMysteryChecklist, "001 来有迎声，去有送声"));
    lib.push_back(pass_rate("invite-back", {"邀请再次光临", "Invited back"}, {D::Caring, D::Courtesy},
                            {"欢迎再来", "再次光临", "下次再来", "欢迎下次", "再来光临", "邀请再来", "invite back",
                             "come again", "visit again"},
                            {"服务结束时邀请顾客再次光临，执行率不低于 {n}",
                             "Invite the customer back at the end of the service: at least {n} of checks"},
                            {"邀请再来执行率", "customers invited back"}, MS, kMysteryChecklist,
                            "000 服务结束时邀请客人下次再来光临"));
    lib.push_back(
        hard("seat-and-serve", {"就座后奉茶", "Seated and served"}, {D::Caring, D::Courtesy},
             {"就座", "入座", "茶水", "奉茶", "饮品", "宣传资料", "be seated", "refreshment", "brochure", "serve tea"},
             {"引导顾客就座后 {n}内递上茶水和资料", "Serve a drink and the brochures within {n} of seating the customer"},
             {"就座到递上茶水的时间", "time from seating to drink served"}, Unit::Minute, AtMost, 2, 0.95,
             Method::Observation, Frequency::Weekly, kObservation, true, "004 前台接待 引座奉茶"));
    lib.push_back(pass_rate("lead-the-way", {"引领顾客", "Leading the way"}, {D::Courtesy, D::Caring},
                            {"引领", "引导", "带路", "陪同", "引见", "lead the way", "escort", "show the way"},
                            {"引领顾客时走在侧前方并随时用手示意，检查项符合率不低于 {n}",
                             "Walk ahead to the side and gesture the way: at least {n} of checklist items"},
                            {"引领规范检查项符合率", "leading checklist items met"}, MS, kMysteryChecklist,
                            "004 前台接待 侧前位置引领"));
    lib.push_back(pass_rate("recognise-returning-customer", {"认出老顾客", "Returning customers recognised"},
                            {D::Understanding},
                            {"老顾客", "老客户", "熟客", "认出", "记住", "称呼", "returning", "regular customer",
                             "recognis", "recogniz", "by name"},
                            {"对再次来访的顾客以姓氏称呼并表示欢迎，检查项符合率不低于 {n}",
                             "Greet returning customers by name and welcome them back: at least {n} of checks"},
                            {"老顾客识别检查项符合率", "returning-customer checklist items met"}, MS, kMysteryChecklist,
                            "004 前台接待 再次来访问候"));
    lib.push_back(zero_count("first-contact-ownership", {"首问负责", "First-contact ownership"},
                             {D::Reliability, D::Responsiveness},
                             {"首问", "首问负责", "推诿", "踢皮球", "转来转去", "推来推去", "负责到底", "first contact",
                              "pass the buck", "passed around", "passed from"},
                             {"首先接待的员工负责到底，推诿 {v} 次",
                              "The first person contacted owns the request to the end: {v} hand-offs without follow-up"},
                             {"推诿次数", "requests passed on without ownership"}, Method::Audit,
                             {"首问登记与投诉记录", "first-contact log and complaints"}, "001 实行首问负责制"));
    lib.push_back(pass_rate("same-day-handling", {"当天事情当天办", "Same-day handling"}, {D::Responsiveness},
                            {"当天事情当天办", "当天办", "当天办结", "当日办结", "当天处理", "当天完成", "same day",
                             "same-day"},
                            {"当天受理的事项当天办结，办结率不低于 {n}",
                             "Finish what is received on the day it is received: at least {n}"},
                            {"当天办结率", "requests finished the same day"}, Method::SystemLog,
                            {"受理登记", "request log"}, "001 当天事情当天办"));
    // The stricter form of the same seed: done while the customer is still there.
    lib.push_back(pass_rate("done-on-the-spot", {"当场办结", "Done on the spot"}, {D::Responsiveness, D::Reliability},
                            {"当场", "立等可取", "on the spot", "while I wait", "while you wait"},
                            {"「{name}」在顾客离开前当场办结，当场办结率不低于 {n}",
                             "“{name}” done before the customer leaves: at least {n} on the spot"},
                            {"当场办结率", "requests done on the spot"}, Method::SystemLog,
                            {"业务办理记录", "transaction records"}, "001 当天事情当天办"));
    lib.push_back(pass_rate("special-needs-help", {"特殊需要顾客的帮助", "Help for special needs"},
                            {D::Caring, D::Access},
                            {"特殊需要", "特殊需求", "行动不便", "老人", "残疾", "轮椅", "听力不好", "孕妇", "无障碍",
                             "special needs", "disabled", "wheelchair", "elderly", "accessib", "hard of hearing"},
                            {"主动为有特殊需要的顾客提供帮助，执行率不低于 {n}",
                             "Offer help to customers with special needs: at least {n} of checks"},
                            {"特殊需要帮助执行率", "special-needs help given"}, MS, kMysteryChecklist,
                            "001 对听力不好的用户提高语音、放慢语速"));
    lib.push_back(zero_count("four-prohibitions", {"四不准", "The four prohibitions"}, {D::Credibility, D::Courtesy},
                             {"四不准", "违章作业", "失礼", "吃拿卡要", "索拿卡要", "刁难", "索要", "rude", "bribe",
                              "asking for favours"},
                             {"违章作业、对顾客失礼、吃拿卡要、乱收费 {v} 次",
                              "{v} breaches of the four prohibitions (unsafe work, rudeness, asking favours, improper "
                              "charges)"},
                             {"四不准违反次数", "breaches of the four prohibitions"}, Method::Audit,
                             {"稽查与投诉记录", "audits and complaints"}, "001 四不准"));
    lib.push_back(zero_count("no-extra-charges", {"不额外收费", "No extra charges"}, {D::Credibility},
                             {"额外收费", "乱收费", "加价", "隐形消费", "多收费", "另收费", "私自收费", "hidden charge",
                              "extra charge", "surcharge", "overcharg", "hidden fee"},
                             {"收费清单以外的额外收费 {v} 次", "{v} charges beyond the agreed price list"},
                             {"额外收费次数", "extra charges"}, Method::Audit, {"收费记录与回访", "billing and follow-up"},
                             "001 四不准 不准乱收费"));
    lib.push_back(pass_rate("price-list-before-payment", {"付款前出示收费清单", "Price list shown before payment"},
                            {D::Credibility, D::Communication},
                            {"价目表", "收费清单", "明码标价", "价格表", "价格透明", "收费标准", "收费透明", "价格公开",
                             "收费明细", "消费明细", "price list", "transparent pric", "price transparency", "prices shown",
                             "fee schedule", "schedule of fees"},
                            {"付款前向顾客出示收费清单，出示率不低于 {n}",
                             "Show the price list before payment: at least {n} of checks"},
                            {"付款前出示收费清单的比例", "price list shown before payment"}, MS, kMysteryChecklist,
                            "002 付款前知道全部费用；001 四不准 不准乱收费"));
    lib.push_back(hard("correct-and-apologise", {"差错当场更正并道歉", "Mistakes corrected with an apology"},
                       {D::Reliability, D::Courtesy},
                       {"差错", "出错", "更正", "纠正错误", "弄错", "搞错", "上错", "道歉", "致歉", "mistake",
                        "wrong order", "correct the error", "apolog"},
                       {"发生差错时当场更正并向顾客道歉，执行率不低于 {n}",
                        "Correct a mistake on the spot and apologise: at least {n} of cases"},
                       {"差错当场更正并道歉的比例", "mistakes corrected with an apology"}, Unit::Percent, AtLeast, 100,
                       0.95, Method::Audit, Frequency::Monthly, {"差错登记", "error log"}, true,
                       "001 工作发生差错时应及时更正并向用户道歉"));
    lib.push_back(soft("courtesy-rating", {"礼貌评分", "Courtesy rating"}, {D::Courtesy},
                       {"礼貌", "态度", "热情", "微笑", "友善", "尊重", "亲切", "courtesy", "courteous", "polite",
                        "friendly", "attitude", "smile", "respect"},
                       {"至少 {c} 的顾客对服务礼貌的评分为 {n} 分及以上（1–{max} 分制）",
                        "At least {c} of customers rate the courtesy of the service {n} or higher on a 1–{max} scale"},
                       {"工作人员对您是否礼貌、友善？（1 = 很不满意，5 = 非常满意）",
                        "How courteous and friendly were our staff? (1 = very dissatisfied, 5 = very satisfied)"},
                       kSurvey, "004 礼貌（服务质量要素）"));

    // Environment and people (001 三大要素; 004 tangibles).
    lib.push_back(hard("cleanliness-audit", {"清洁检查合格率", "Cleanliness audit pass rate"}, {D::Tangibles},
                       {"清洁", "整洁", "卫生", "干净", "清扫", "clean", "tidy", "hygiene"},
                       {"每日清洁检查，检查项合格率不低于 {n}", "Daily cleanliness audit: at least {n} of items pass"},
                       {"清洁检查项合格率", "cleanliness checklist items passed"}, Unit::Percent, AtLeast, 95, 0.95,
                       Method::Audit, Frequency::Daily, {"清洁检查表", "cleaning checklist"}, true,
                       "001 服务硬件（环境）"));
    lib.push_back(pass_rate("staff-appearance", {"仪容仪表合格", "Staff appearance checked"},
                            {D::Tangibles, D::Courtesy},
                            {"仪容", "仪表", "着装", "工装", "工牌", "uniform", "appearance", "grooming", "dress code"},
                            {"员工上岗前仪容仪表检查，检查项符合率不低于 {n}",
                             "Staff pass the appearance check before each shift: at least {n} of items"},
                            {"仪容仪表检查项符合率", "appearance checklist items met"}, Method::Audit,
                            {"仪容仪表检查表", "appearance checklist"}, "001 服务人员 仪容仪表"));

    // TCM clinic (000): waiting, urgent first, hand washing, one patient per room, privacy, consent, checks.
    lib.push_back(hard("wait-within-15-min", {"等候不超过 15 分钟", "Wait no longer than 15 minutes"},
                       {D::Access, D::Responsiveness}, {"等候", "等待", "排队", "候诊", "叫号", "wait", "queue"},
                       {"顾客等候不超过 {n}", "Customers wait no longer than {n}"}, {"等候时间", "waiting time"},
                       Unit::Minute, AtMost, 15, 0.9, Method::Timer, Each, {"排队叫号系统", "queue ticket system"},
                       true, "000 确保客户不因等待而产生不满"));
    lib.push_back(pass_rate("urgent-first", {"急重优先", "Urgent cases first"}, {D::Responsiveness, D::Security},
                            {"急诊", "急症", "危重", "病情较重", "优先就诊", "优先处理", "加急", "紧急", "urgent",
                             "emergency", "priority", "triage"},
                            {"急重情况到达后优先安排处理，执行率不低于 {n}",
                             "Urgent cases are taken first on arrival: at least {n} of cases"},
                            {"急重情况优先处理率", "urgent cases taken first"}, Method::Audit,
                            {"分诊记录", "triage log"}, "000 中医门诊 病情较重较急的病人优先就诊"));
    lib.push_back(
        hard("hand-hygiene", {"接诊前后洗手", "Hand hygiene"}, {D::Security, D::Tangibles},
             {"洗手", "消毒", "hand wash", "handwash", "wash hands", "disinfect", "sanitis", "sanitiz"},
             {"接待每位顾客前后洗手或消毒，执行率 {n}", "Wash or disinfect hands before and after every customer: {n}"},
             {"洗手执行率", "hand hygiene compliance"}, Unit::Percent, AtLeast, 100, 0.98, Method::Observation,
             Frequency::Weekly, kObservation, true, "000 中医门诊 接待病人前后洗手"));
    lib.back().context = {"手", "hand", "hands"};  // a table or a tool disinfected after use is not hand hygiene
    lib.push_back(pass_rate("disinfect-after-use", {"用后消毒", "Disinfected after use"}, {D::Security, D::Tangibles},
                            {"消毒", "disinfect", "sanitis", "sanitiz"},
                            {"{name}，执行率不低于 {n}", "{name}: done in at least {n} of checks"},
                            {"消毒执行率", "disinfection done"}, Method::Observation, kObservation,
                            "001 服务硬件（环境）"));
    lib.push_back(pass_rate("one-per-room", {"一室一患", "One patient per room"}, {D::Security, D::Understanding},
                            {"一医一患", "一人一诊室", "一室一人", "单独诊室", "独立诊室", "one patient per room",
                             "one at a time", "private room"},
                            {"诊室内一次只接待一位顾客，执行率不低于 {n}",
                             "One customer at a time in the consulting room: at least {n} of checks"},
                            {"一室一患执行率", "one customer per room"}, Method::Observation, kObservation,
                            "000 中医门诊 依次分配到诊室就诊，保护隐私"));
    lib.push_back(zero_count("privacy-kept", {"保护顾客隐私", "Privacy kept"}, {D::Security},
                             {"隐私", "保密", "个人信息", "信息安全", "privacy", "confidential", "personal data"},
                             {"顾客隐私和个人信息泄露 {v} 次", "{v} disclosures of customers' privacy or personal data"},
                             {"隐私泄露事件", "privacy incidents"}, Method::Audit,
                             {"隐私检查与投诉记录", "privacy audits and complaints"}, "000 保护顾客隐私和信息安全"));
    lib.push_back(pass_rate("informed-consent", {"知情同意", "Informed consent"}, {D::Communication, D::Credibility},
                            {"知情同意", "征得同意", "征得患者同意", "征得顾客同意", "同意后", "如实说明", "告知风险",
                             "informed consent", "consent"},
                            {"治疗或收费前如实说明并征得顾客同意，执行率不低于 {n}",
                             "Explain truthfully and obtain the customer's consent before treatment or charges: at "
                             "least {n}"},
                            {"事先征得同意的比例", "consent obtained beforehand"}, Method::Audit,
                            {"知情同意记录", "consent records"}, "000 中医门诊 征得病人同意后才能予以治疗"));
    lib.push_back(zero_count("checked-before-handover", {"交付前核对", "Checked before hand-over"},
                             {D::Reliability, D::Competence},
                             {"核对", "查对", "复核", "check before", "double-check", "verify"},
                             {"交付前逐项核对，差错 {v} 次", "Check every item before hand-over: {v} errors"},
                             {"差错次数", "errors"}, Method::Count, {"差错登记", "error log"},
                             "000 中医门诊 发药前核对处方"));
    lib.back().draft.customer_visible = false;
    lib.push_back(pass_rate("usage-explained", {"说明用法和注意事项", "Usage explained"}, {D::Communication},
                            {"用法", "使用方法", "注意事项", "指导使用", "usage", "instructions", "how to use"},
                            {"交付时向顾客说明用法和注意事项，要点覆盖率不低于 {n}",
                             "At hand-over explain usage and precautions, covering at least {n} of the key points"},
                            {"说明要点覆盖率", "key points explained"}, MS, kMysteryChecklist,
                            "000 中医门诊 说明药品用法"));

    lib.push_back(pass_rate("points-explained", {"讲解到位", "Points explained"}, {D::Communication},
                            {"讲解", "说明", "解释", "介绍", "讲明", "讲清楚", "说清楚", "explain", "walk through",
                             "walk the customer through"},
                            {"「{name}」：讲解要点覆盖率不低于 {n}", "“{name}”: at least {n} of the key points explained"},
                            {"讲解要点覆盖率", "key points explained"}, MS, kMysteryChecklist,
                            "000 服务人员语言标准化；004 沟通（服务质量要素）"));

    // Design agency and general service (000, 004): drafts, project time, competence, price, hours, freshness.
    lib.push_back(hard("first-draft-10-working-days", {"10 个工作日内交初稿", "First draft in 10 working days"},
                       {D::Reliability, D::Responsiveness},
                       {"初稿", "设计初稿", "方案初稿", "出图", "first draft", "draft design"},
                       {"签约后 {n}内交付初稿", "Deliver the first draft within {n} of signing"},
                       {"签约到交付初稿的时间", "time from signing to first draft"}, Unit::WorkingDay, AtMost, 10, 0.95,
                       Method::SystemLog, Each, {"项目进度记录", "project schedule"}, true,
                       "000 设计公司 初稿拟定 10 个工作日完成", true));
    lib.back().context = {"设计", "方案", "项目", "图纸", "design", "project", "drawing"};
    lib.push_back(hard("project-30-working-days", {"30 个工作日内完成项目", "Project in 30 working days"},
                       {D::Reliability}, {"项目周期", "项目完成", "整体交付", "完工", "工期", "project completion",
                                          "project schedule", "complete the project"},
                       {"签约后 {n}内完成项目", "Complete the project within {n} of signing"},
                       {"签约到项目完成的时间", "time from signing to project completion"}, Unit::WorkingDay, AtMost,
                       30, 0.95, Method::SystemLog, Each, {"项目进度记录", "project schedule"}, true,
                       "000 设计公司 项目周期 30 个工作日", true));
    lib.back().context = {"设计", "方案", "项目", "图纸", "design", "project", "drawing"};
    lib.push_back(pass_rate("questions-answered", {"专业解答", "Questions answered correctly"}, {D::Competence},
                            {"专业", "解答", "咨询", "答疑", "知识", "技能", "expert", "knowledge", "skill",
                             "answer question", "advice"},
                            {"员工当场正确解答顾客问题，神秘顾客提问答对率不低于 {n}",
                             "Staff answer questions correctly on the spot: at least {n} of mystery-shopper questions"},
                            {"神秘顾客提问答对率", "mystery-shopper questions answered correctly"}, MS,
                            kMysteryChecklist, "004 能力（服务质量要素）"));
    lib.back().draft.target.value = 90;
    lib.back().draft.target.compliance = 0.9;
    lib.back().draft.customer_visible = false;
    lib.push_back(hard("bill-within-quote", {"结算不超出报价", "Final bill within the quote"}, {D::Credibility},
                       {"报价", "预算", "结算", "quote", "quotation", "budget", "billing"},
                       {"最终结算金额与报价偏差不超过 {n}", "The final bill differs from the quotation by at most {n}"},
                       {"结算与报价的偏差", "difference between bill and quote"}, Unit::Percent, AtMost, 5, 0.95,
                       Method::SystemLog, Each, {"合同与结算记录", "contracts and invoices"}, true,
                       "000 家装设计 报价"));
    lib.push_back(hard("opening-hours", {"营业到晚上 8 点", "Open until 8 pm"}, {D::Access},
                       {"营业时间", "开放时间", "营业到", "opening hours", "business hours", "open until"},
                       {"营业时间延长到 {n}", "Stay open until {n}"}, {"营业结束时间", "closing time"}, Unit::Clock,
                       AtLeast, 20, 1.0, Method::Audit, Frequency::Monthly, {"门店巡查记录", "store inspection log"},
                       true, "000 营业时间推迟到晚8点", true));
    lib.push_back(hard("fresh-product", {"出品新鲜", "Fresh products"}, {D::Reliability, D::Tangibles},
                       {"新鲜", "上架", "出餐", "保鲜", "fresh", "shelf life"},
                       {"成品上架超过 {n}未售即丢弃", "Discard finished products not sold within {n}"},
                       {"成品上架时长", "time on the shelf"}, Unit::Minute, AtMost, 10, 1.0, Method::Audit,
                       Frequency::Daily, {"出品时间记录", "product time log"}, true, "000 汉堡上架超过10分钟未售即丢弃",
                       true));
    lib.push_back(soft("satisfaction-rating", {"满意度评分", "Satisfaction rating"},
                       {D::Caring, D::Understanding, D::Communication},
                       {"满意度", "满意率", "整体满意", "总体满意", "处理满意", "satisfaction"},
                       {"至少 {c} 的顾客对「{name}」的满意度评分为 {n} 分及以上（1–{max} 分制）",
                        "At least {c} of customers rate “{name}” {n} or higher on a 1–{max} scale"},
                       {"您对「{name}」的满意程度如何？（1 = 很不满意，5 = 非常满意）",
                        "How satisfied were you with “{name}”? (1 = very dissatisfied, 5 = very satisfied)"},
                       kSurvey, "004 顾客满意（服务质量）"));

    // ------------------------------------------------------------ generic entries per dimension
    // No keywords: chosen by the key factor's dimension when nothing more specific matched.
    lib.push_back(zero_count("generic-reliability", {"一次做对", "Right first time"}, {D::Reliability}, {},
                             {"「{name}」一次做对，返工 {v} 次", "“{name}” done right the first time: {v} rework"},
                             {"返工次数", "rework count"}, Method::Count, {"服务记录", "service records"},
                             "004 可靠性（服务质量要素）"));
    lib.back().draft.target.compliance = 0.95;
    lib.back().draft.measurement.frequency = Each;
    lib.push_back(hard("generic-responsiveness", {"10 分钟内响应", "Response within 10 minutes"}, {D::Responsiveness},
                       {}, {"「{name}」在 {n}内响应", "Respond to “{name}” within {n}"}, {"响应时间", "response time"},
                       Unit::Minute, AtMost, 10, 0.95, Method::Timer, Each, {"服务记录", "service records"}, true,
                       "004 响应性（服务质量要素）"));
    lib.push_back(pass_rate("generic-competence", {"专业检查合格", "Skills checklist met"}, {D::Competence}, {},
                            {"「{name}」专业检查项合格率不低于 {n}", "“{name}”: at least {n} of the skills checklist met"},
                            {"专业检查项合格率", "skills checklist items met"}, MS, kMysteryChecklist,
                            "004 能力（服务质量要素）"));
    lib.back().draft.target.value = 90;
    lib.back().draft.target.compliance = 0.9;
    lib.back().draft.customer_visible = false;
    lib.push_back(hard("generic-access", {"等候不超过 10 分钟", "Wait no longer than 10 minutes"}, {D::Access}, {},
                       {"顾客为「{name}」等候不超过 {n}", "Customers wait no longer than {n} for “{name}”"},
                       {"等候时间", "waiting time"}, Unit::Minute, AtMost, 10, 0.9, Method::Timer, Each,
                       {"服务记录", "service records"}, true, "004 可接近性（服务质量要素）"));
    lib.push_back(soft("generic-courtesy", {"礼貌评分", "Courtesy rating"}, {D::Courtesy}, {},
                       {"至少 {c} 的顾客对「{name}」的礼貌评分为 {n} 分及以上（1–{max} 分制）",
                        "At least {c} of customers rate the courtesy of “{name}” {n} or higher on a 1–{max} scale"},
                       {"在「{name}」环节，工作人员是否礼貌、友善？（1 = 很不满意，5 = 非常满意）",
                        "At “{name}”, were our staff courteous and friendly? (1 = very dissatisfied, 5 = very "
                        "satisfied)"},
                       kSurvey, "004 礼貌（服务质量要素）"));
    lib.push_back(soft("generic-communication", {"讲解清楚评分", "Clear communication rating"}, {D::Communication}, {},
                       {"至少 {c} 的顾客对「{name}」讲解清楚程度的评分为 {n} 分及以上（1–{max} 分制）",
                        "At least {c} of customers rate how clearly “{name}” was explained {n} or higher on a 1–{max} "
                        "scale"},
                       {"在「{name}」环节，我们的说明是否清楚易懂？（1 = 很不清楚，5 = 非常清楚）",
                        "At “{name}”, was our explanation clear? (1 = very unclear, 5 = very clear)"},
                       kSurvey, "004 沟通（服务质量要素）"));
    lib.push_back(zero_count("generic-credibility", {"承诺全部兑现", "Promises kept"}, {D::Credibility}, {},
                             {"「{name}」的承诺全部兑现，未兑现 {v} 项", "Keep every promise on “{name}”: {v} broken"},
                             {"未兑现的承诺", "promises not kept"}, Method::Count, {"回访记录", "follow-up records"},
                             "004 可信度（服务质量要素）"));
    lib.back().draft.target.compliance = 0.98;
    lib.back().draft.measurement.frequency = Each;
    lib.push_back(zero_count("generic-security", {"安全检查零违规", "No safety violations"}, {D::Security}, {},
                             {"「{name}」安全检查违规 {v} 项", "“{name}”: {v} safety or security violations in audits"},
                             {"安全检查违规项", "violations found"}, Method::Audit, {"安全检查记录", "safety audit log"},
                             "004 安全性（服务质量要素）"));
    lib.push_back(soft("generic-understanding", {"需求被理解评分", "Understanding rating"}, {D::Understanding}, {},
                       {"至少 {c} 的顾客对「{name}」中需求被理解程度的评分为 {n} 分及以上（1–{max} 分制）",
                        "At least {c} of customers rate how well we understood their needs at “{name}” {n} or higher "
                        "on a 1–{max} scale"},
                       {"在「{name}」环节，我们是否理解了您的需求？（1 = 完全没有，5 = 完全理解）",
                        "At “{name}”, did we understand your needs? (1 = not at all, 5 = completely)"},
                       kSurvey, "004 理解（服务质量要素）"));
    lib.push_back(soft("generic-caring", {"关怀评分", "Caring rating"}, {D::Caring}, {},
                       {"至少 {c} 的顾客对「{name}」中所受关怀的评分为 {n} 分及以上（1–{max} 分制）",
                        "At least {c} of customers rate the care they received at “{name}” {n} or higher on a "
                        "1–{max} scale"},
                       {"在「{name}」环节，您是否感到被关心？（1 = 完全没有，5 = 非常关心）",
                        "At “{name}”, did you feel cared for? (1 = not at all, 5 = very much)"},
                       kSurvey, "004 关怀（服务质量要素）"));
    lib.push_back(hard("generic-tangibles", {"现场检查合格率", "On-site audit pass rate"}, {D::Tangibles}, {},
                       {"「{name}」现场检查项合格率不低于 {n}", "“{name}”: at least {n} of on-site checklist items pass"},
                       {"现场检查项合格率", "checklist items passed"}, Unit::Percent, AtLeast, 95, 0.95, Method::Audit,
                       Frequency::Weekly, {"现场检查表", "on-site checklist"}, true, "004 有形性（服务质量要素）"));
    return lib;
}

}  // namespace

const std::vector<StandardTemplate>& template_library() {
    static const std::vector<StandardTemplate> lib = build_library();
    return lib;
}

}  // namespace bp
