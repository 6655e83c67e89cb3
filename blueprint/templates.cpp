// The template library: measurable draft standards drawn from the seeds (complaint handling, the
// water-heater installation chain, front-desk reception, the TCM clinic, home design) in Chinese and
// English. Sections: builders · keyword entries · generic entries per dimension.
// Every hard entry states its number in the statement, so a draft never reads as vague wording.
#include "convert.h"

namespace bp {

namespace {

using D = Dimension;

struct Texts {
    const char* zh;
    const char* en;
};

// ------------------------------------------------------------------------------------------ builders
StandardTemplate base(const char* key, Texts title, std::vector<Dimension> dims, std::vector<std::string> keywords,
                      Texts statement, Texts source, Frequency frequency, bool visible) {
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
    return t;
}

// Counted or timed: metric, unit, comparator, per-occurrence value and the share that must meet it.
StandardTemplate hard(const char* key, Texts title, std::vector<Dimension> dims, std::vector<std::string> keywords,
                      Texts statement, Texts metric, Texts unit, Comparator comparator, double value, double compliance,
                      Method method, Frequency frequency, Texts source, bool visible) {
    StandardTemplate t = base(key, title, std::move(dims), std::move(keywords), statement, source, frequency, visible);
    t.draft.type = StandardType::Hard;
    t.draft.target.metric = metric.zh;
    t.metric_en = metric.en;
    t.draft.target.unit = unit.zh;
    t.unit_en = unit.en;
    t.draft.target.comparator = comparator;
    t.draft.target.value = value;
    t.draft.target.compliance = compliance;
    t.draft.measurement.method = method;
    return t;
}

// Asked of customers: a survey question on a 1–5 scale, each answer at least 4.5, 90% of answers.
StandardTemplate soft(const char* key, Texts title, std::vector<Dimension> dims, std::vector<std::string> keywords,
                      Texts statement, Texts question, Texts source) {
    StandardTemplate t =
        base(key, title, std::move(dims), std::move(keywords), statement, source, Frequency::Monthly, true);
    t.draft.type = StandardType::Soft;
    t.draft.target.metric = "顾客评分";
    t.metric_en = "customer rating";
    t.draft.target.unit = "分(满分 5 分)";
    t.unit_en = "points of 5";
    t.draft.target.comparator = Comparator::AtLeast;
    t.draft.target.value = 4.5;
    t.draft.target.compliance = 0.9;
    t.draft.target.survey_question = question.zh;
    t.survey_question_en = question.en;
    t.draft.target.scale_min = 1;
    t.draft.target.scale_max = 5;
    t.draft.measurement.method = Method::Survey;
    return t;
}

const Texts kHours{"小时", "h"};
const Texts kMinutes{"分钟", "min"};
const Texts kPercent{"%", "%"};
const Texts kMysteryChecklist{"神秘顾客检查表", "mystery shopper checklist"};
const Texts kSurvey{"顾客满意度调查", "customer satisfaction survey"};

std::vector<StandardTemplate> build_library() {
    std::vector<StandardTemplate> lib;
    const auto AtMost = Comparator::AtMost, AtLeast = Comparator::AtLeast;
    const auto Each = Frequency::EveryOccurrence;

    // ------------------------------------------------------------------------- keyword entries
    // Complaint handling (003): 1H apology, 24H result, 48H rectification form, 72H follow-up.
    lib.push_back(hard("answer-within-3-rings", {"电话 3 声内接听", "Answer within 3 rings"},
                       {D::Responsiveness, D::Access},
                       {"接听", "来电", "接通", "响铃", "铃声", "热线", "rings", "answer the phone", "answer calls",
                        "pick up the phone", "hotline"},
                       {"电话铃响 3 声内接听", "Answer the phone within 3 rings"},
                       {"接听前响铃次数", "rings before answer"}, {"声", "rings"}, AtMost, 3, 0.95, Method::SystemLog,
                       Each, {"呼叫中心系统记录", "call-centre system log"}, true));
    lib.push_back(hard("apology-within-1h", {"1 小时内致歉", "Apology within 1 hour"}, {D::Responsiveness, D::Caring},
                       {"致歉", "道歉", "歉意", "赔礼", "apolog", "say sorry"},
                       {"收到投诉后 1 小时内向顾客致歉", "Apologise to the customer within 1 hour of the complaint"},
                       {"收到投诉到致歉的时间", "time from complaint to apology"}, kHours, AtMost, 1, 0.95,
                       Method::SystemLog, Each, {"投诉处理系统记录", "complaint system log"}, true));
    lib.push_back(hard(
        "result-within-24h", {"24 小时内给出处理结果", "Result within 24 hours"}, {D::Responsiveness, D::Reliability},
        {"处理结果", "投诉处理", "处理投诉", "解决方案", "答复", "resolution", "complaint result",
         "resolve the complaint", "complaint handling"},
        {"收到投诉后 24 小时内给顾客输出处理结果", "Give the customer the result of the complaint within 24 hours"},
        {"收到投诉到给出结果的时间", "time from complaint to result"}, kHours, AtMost, 24, 0.95, Method::SystemLog,
        Each, {"投诉处理系统记录", "complaint system log"}, true));
    lib.push_back(hard(
        "rectification-within-48h", {"48 小时内提交整改单", "Rectification form within 48 hours"},
        {D::Reliability, D::Responsiveness}, {"整改", "改善方案", "纠正", "rectif", "corrective action"},
        {"投诉后 48 小时内提交《问题整改工作单》", "Submit the rectification form within 48 hours of the complaint"},
        {"投诉到提交整改单的时间", "time from complaint to rectification form"}, kHours, AtMost, 48, 0.95,
        Method::SystemLog, Each, {"整改工作单记录", "rectification forms"}, false));
    lib.push_back(hard("follow-up-within-72h", {"72 小时内回访", "Follow-up call within 72 hours"},
                       {D::Caring, D::Reliability},
                       {"回访", "跟进", "跟踪", "follow-up", "follow up", "followup", "call back"},
                       {"服务完成后 72 小时内回访顾客", "Call the customer back within 72 hours of the service"},
                       {"服务完成到回访的时间", "time from service to follow-up call"}, kHours, AtMost, 72, 0.95,
                       Method::SystemLog, Each, {"回访记录", "follow-up call log"}, true));

    // Water-heater installation chain (002): appointment, delivery, arrival, test, sign-off.
    lib.push_back(hard("arrival-within-window", {"约定时段内到达", "Arrival within the agreed window"},
                       {D::Reliability},
                       {"准时", "守时", "按时", "约定时间", "按约", "到达", "上门", "迟到", "on time", "punctual",
                        "arrival", "arrive"},
                       {"在与顾客约定的时段内到达,超出时段 0 分钟",
                        "Arrive within the time window agreed with the customer (0 minutes outside it)"},
                       {"到达时间超出约定时段的分钟数", "minutes outside the agreed window"}, kMinutes, AtMost, 0, 0.95,
                       Method::SystemLog, Each, {"上门签到记录", "on-site check-in log"}, true));
    lib.push_back(hard("call-before-visit", {"上门前电话确认", "Call before the visit"},
                       {D::Communication, D::Reliability},
                       {"预约", "上门前", "到访前", "确认时段", "提前确认", "提前联系", "提前通知", "电话确认",
                        "联系顾客", "联系客户", "appointment", "call ahead", "confirm the time", "call the customer"},
                       {"上门前至少 1 小时电话联系顾客,确认时间和地址",
                        "Call the customer at least 1 hour before the visit to confirm time and address"},
                       {"上门前通知的提前时间", "notice given before the visit"}, kHours, AtLeast, 1, 0.95,
                       Method::SystemLog, Each, {"通话记录", "call log"}, true));
    lib.push_back(hard("delivery-within-3-days", {"3 天内送达", "Delivery within 3 days"},
                       {D::Reliability, D::Responsiveness},
                       {"送货", "送达", "配送", "快递", "发货", "到货", "物流", "deliver", "shipping", "shipment"},
                       {"下单后 3 天内送达", "Deliver within 3 days of the order"},
                       {"下单到送达的时间", "time from order to delivery"}, {"天", "days"}, AtMost, 3, 0.95,
                       Method::SystemLog, Each, {"物流系统记录", "logistics system log"}, true));
    lib.push_back(hard("installation-tested", {"安装后试机再签字", "Installation tested before sign-off"},
                       {D::Reliability, D::Competence},
                       {"试机", "测试", "调试", "试运行", "一次装好", "安装", "验收", "签字", "签收", "tested",
                        "test run", "install", "sign-off", "sign off"},
                       {"安装完成后当场试机,试机检查项 100% 合格后再请顾客签字",
                        "Test the installation on site; the customer signs only when 100% of test items pass"},
                       {"签字前试机检查项合格率", "test items passed before sign-off"}, kPercent, AtLeast, 100, 0.98,
                       Method::Audit, Each, {"安装单", "installation sheet"}, true));
    lib.push_back(hard("repair-on-site-within-8h", {"报修后 8 小时内到场", "On site within 8 hours of a repair call"},
                       {D::Responsiveness}, {"维修", "报修", "故障", "抢修", "repair", "breakdown", "malfunction"},
                       {"接到报修后 8 小时内到达现场", "Be on site within 8 hours of a repair call"},
                       {"报修到到达现场的时间", "time from repair call to arrival on site"}, kHours, AtMost, 8, 0.95,
                       Method::SystemLog, Each, {"报修工单记录", "repair ticket log"}, true));

    // Front-desk reception (004): greeting, seat and tea, leading the way, returning visitors.
    lib.push_back(hard("standard-greeting", {"使用标准问候语", "Standard greeting used"}, {D::Courtesy},
                       {"问候", "欢迎", "迎接", "招呼", "迎宾", "起身", "greet", "welcome"},
                       {"顾客进门 5 秒内起身,用标准问候语问候",
                        "Stand and greet the customer with the standard phrase within 5 seconds of arrival"},
                       {"顾客进门到问候的时间", "time from arrival to greeting"}, {"秒", "s"}, AtMost, 5, 0.95,
                       Method::MysteryShopper, Frequency::Monthly, kMysteryChecklist, true));
    lib.push_back(
        hard("seat-and-serve", {"就座后奉茶", "Seated and served"}, {D::Caring, D::Courtesy},
             {"就座", "入座", "茶水", "奉茶", "饮品", "宣传资料", "be seated", "refreshment", "brochure", "serve tea"},
             {"引导顾客就座后 2 分钟内递上茶水和资料",
              "Serve a drink and the brochures within 2 minutes of seating the customer"},
             {"就座到递上茶水的时间", "time from seating to drink served"}, kMinutes, AtMost, 2, 0.95,
             Method::Observation, Frequency::Weekly, {"现场观察记录", "observation log"}, true));
    lib.push_back(hard("lead-the-way", {"引领顾客", "Leading the way"}, {D::Courtesy, D::Caring},
                       {"引领", "引导", "带路", "陪同", "引见", "lead the way", "escort", "show the way"},
                       {"引领顾客时走在侧前方半步并随时用手示意,检查项 100% 符合",
                        "Walk half a step ahead to the side and gesture the way: 100% of checklist items"},
                       {"引领规范检查项符合率", "leading checklist items met"}, kPercent, AtLeast, 100, 0.95,
                       Method::MysteryShopper, Frequency::Monthly, kMysteryChecklist, true));
    lib.push_back(hard("recognise-returning-customer", {"认出老顾客", "Returning customers recognised"},
                       {D::Understanding},
                       {"老顾客", "老客户", "熟客", "认出", "记住", "称呼", "returning", "regular customer", "recognis",
                        "recogniz", "by name"},
                       {"对再次来访的顾客以姓氏称呼并表示欢迎,检查项 100% 符合",
                        "Greet returning customers by name and welcome them back: 100% of checklist items"},
                       {"老顾客识别检查项符合率", "returning-customer checklist items met"}, kPercent, AtLeast, 100,
                       0.9, Method::MysteryShopper, Frequency::Monthly, kMysteryChecklist, true));
    lib.push_back(soft("courtesy-rating", {"礼貌评分不低于 4.5", "Courtesy rated at least 4.5"}, {D::Courtesy},
                       {"礼貌", "态度", "热情", "微笑", "友善", "尊重", "亲切", "courtesy", "courteous", "polite",
                        "friendly", "attitude", "smile", "respect"},
                       {"顾客对服务礼貌的评分不低于 4.5 分(满分 5 分)",
                        "Customers rate the courtesy of the service at least 4.5 out of 5"},
                       {"工作人员对您是否礼貌、友善?(1 = 很不满意,5 = 非常满意)",
                        "How courteous and friendly were our staff? (1 = very dissatisfied, 5 = very satisfied)"},
                       kSurvey));

    // Environment and people (001 三大要素; 004 tangibles).
    lib.push_back(hard("cleanliness-audit", {"清洁检查合格率", "Cleanliness audit pass rate"}, {D::Tangibles},
                       {"清洁", "整洁", "卫生", "干净", "清扫", "clean", "tidy", "hygiene"},
                       {"每日清洁检查,检查项合格率不低于 95%", "Daily cleanliness audit: at least 95% of items pass"},
                       {"清洁检查项合格率", "cleanliness checklist items passed"}, kPercent, AtLeast, 95, 0.95,
                       Method::Audit, Frequency::Daily, {"清洁检查表", "cleaning checklist"}, true));
    lib.push_back(hard(
        "staff-appearance", {"仪容仪表合格", "Staff appearance checked"}, {D::Tangibles, D::Courtesy},
        {"仪容", "仪表", "着装", "工装", "工牌", "uniform", "appearance", "grooming", "dress code"},
        {"员工上岗前仪容仪表检查,检查项 100% 符合", "Staff pass the appearance check before each shift: 100% of items"},
        {"仪容仪表检查项符合率", "appearance checklist items met"}, kPercent, AtLeast, 100, 0.95, Method::Audit,
        Frequency::Daily, {"仪容仪表检查表", "appearance checklist"}, true));

    // TCM clinic (000): waiting, hand washing, privacy, prescriptions checked, usage explained.
    lib.push_back(hard("wait-within-15-min", {"等候不超过 15 分钟", "Wait no longer than 15 minutes"},
                       {D::Access, D::Responsiveness}, {"等候", "等待", "排队", "候诊", "叫号", "wait", "queue"},
                       {"顾客等候不超过 15 分钟", "Customers wait no longer than 15 minutes"},
                       {"等候时间", "waiting time"}, kMinutes, AtMost, 15, 0.9, Method::Timer, Each,
                       {"排队叫号系统", "queue ticket system"}, true));
    lib.push_back(hard(
        "hand-hygiene", {"接诊前后洗手", "Hand hygiene"}, {D::Security, D::Tangibles},
        {"洗手", "消毒", "hand wash", "handwash", "wash hands", "disinfect", "sanitis", "sanitiz"},
        {"接待每位顾客前后洗手或消毒,执行率 100%", "Wash or disinfect hands before and after every customer: 100%"},
        {"洗手执行率", "hand hygiene compliance"}, kPercent, AtLeast, 100, 0.98, Method::Observation, Frequency::Weekly,
        {"现场观察记录", "observation log"}, true));
    lib.push_back(hard("privacy-kept", {"保护顾客隐私", "Privacy kept"}, {D::Security},
                       {"隐私", "保密", "个人信息", "信息安全", "privacy", "confidential", "personal data"},
                       {"顾客隐私和个人信息泄露 0 次", "0 disclosures of customers' privacy or personal data"},
                       {"隐私泄露事件", "privacy incidents"}, {"次", "incidents"}, AtMost, 0, 1.0, Method::Audit,
                       Frequency::Monthly, {"隐私检查与投诉记录", "privacy audits and complaints"}, true));
    lib.push_back(
        hard("checked-before-handover", {"交付前核对", "Checked before hand-over"}, {D::Reliability, D::Competence},
             {"核对", "查对", "复核", "差错", "准确传递", "准确", "完整", "齐全", "check before", "double-check",
              "verify", "accurate", "accuracy", "error"},
             {"交付前逐项核对,差错 0 次", "Check every item before hand-over: 0 errors"}, {"差错次数", "errors"},
             {"次", "errors"}, AtMost, 0, 0.99, Method::Count, Each, {"差错登记", "error log"}, false));
    lib.push_back(hard(
        "usage-explained", {"说明用法和注意事项", "Usage explained"}, {D::Communication},
        {"用法", "使用方法", "注意事项", "讲解", "说明", "指导使用", "explain", "usage", "instructions", "how to use"},
        {"交付时向顾客说明用法和注意事项,说明要点 100% 覆盖",
         "At hand-over explain usage and precautions, covering 100% of the key points"},
        {"说明要点覆盖率", "key points explained"}, kPercent, AtLeast, 100, 0.95, Method::MysteryShopper,
        Frequency::Monthly, kMysteryChecklist, true));

    // Home design and general service (000, 004): competence, price, hours, freshness, satisfaction.
    lib.push_back(hard(
        "questions-answered", {"专业解答", "Questions answered correctly"}, {D::Competence},
        {"专业", "解答", "咨询", "答疑", "知识", "技能", "expert", "knowledge", "skill", "answer question", "advice"},
        {"员工当场正确解答顾客问题,神秘顾客提问答对率不低于 90%",
         "Staff answer questions correctly on the spot: at least 90% of mystery-shopper questions"},
        {"神秘顾客提问答对率", "mystery-shopper questions answered correctly"}, kPercent, AtLeast, 90, 0.9,
        Method::MysteryShopper, Frequency::Monthly, kMysteryChecklist, false));
    lib.push_back(hard(
        "bill-within-quote", {"结算不超出报价", "Final bill within the quote"}, {D::Credibility},
        {"报价", "预算", "价格", "费用", "收费", "结算", "quote", "quotation", "price", "budget", "fees", "billing"},
        {"最终结算金额与报价偏差不超过 5%", "The final bill differs from the quotation by at most 5%"},
        {"结算与报价的偏差", "difference between bill and quote"}, kPercent, AtMost, 5, 0.95, Method::SystemLog, Each,
        {"合同与结算记录", "contracts and invoices"}, true));
    lib.push_back(hard("opening-hours", {"营业到晚上 8 点", "Open until 8 pm"}, {D::Access},
                       {"营业时间", "开放时间", "营业到", "opening hours", "business hours", "open until"},
                       {"营业时间延长到晚上 20 点", "Stay open until 20:00"}, {"营业结束时间", "closing time"},
                       {"点(24 小时制)", "o'clock (24 h)"}, AtLeast, 20, 1.0, Method::Audit, Frequency::Monthly,
                       {"门店巡查记录", "store inspection log"}, true));
    lib.push_back(hard("fresh-product", {"出品新鲜", "Fresh products"}, {D::Reliability, D::Tangibles},
                       {"新鲜", "上架", "出餐", "保鲜", "fresh", "shelf life"},
                       {"成品上架超过 10 分钟未售即丢弃", "Discard finished products not sold within 10 minutes"},
                       {"成品上架时长", "time on the shelf"}, kMinutes, AtMost, 10, 1.0, Method::Audit,
                       Frequency::Daily, {"出品时间记录", "product time log"}, true));
    lib.push_back(soft(
        "satisfaction-rating", {"满意度不低于 4.5", "Satisfaction rated at least 4.5"},
        {D::Caring, D::Understanding, D::Communication}, {"满意度", "整体满意", "总体满意", "处理满意", "satisfaction"},
        {"顾客对「{name}」的满意度评分不低于 4.5 分(满分 5 分)", "Customers rate “{name}” at least 4.5 out of 5"},
        {"您对「{name}」的满意程度如何?(1 = 很不满意,5 = 非常满意)",
         "How satisfied were you with “{name}”? (1 = very dissatisfied, 5 = very satisfied)"},
        kSurvey));

    // ------------------------------------------------------------ generic entries per dimension
    // No keywords: chosen by the key factor's dimension when nothing more specific matched.
    lib.push_back(hard("generic-reliability", {"一次做对", "Right first time"}, {D::Reliability}, {},
                       {"「{name}」一次做对,返工 0 次", "“{name}” done right the first time: 0 rework"},
                       {"返工次数", "rework count"}, {"次", "times"}, AtMost, 0, 0.95, Method::Count, Each,
                       {"服务记录", "service records"}, true));
    lib.push_back(hard("generic-responsiveness", {"10 分钟内响应", "Response within 10 minutes"}, {D::Responsiveness},
                       {}, {"「{name}」在 10 分钟内响应", "Respond to “{name}” within 10 minutes"},
                       {"响应时间", "response time"}, kMinutes, AtMost, 10, 0.95, Method::Timer, Each,
                       {"服务记录", "service records"}, true));
    lib.push_back(hard("generic-competence", {"专业检查合格", "Skills checklist met"}, {D::Competence}, {},
                       {"「{name}」专业检查项合格率不低于 90%", "“{name}”: at least 90% of the skills checklist met"},
                       {"专业检查项合格率", "skills checklist items met"}, kPercent, AtLeast, 90, 0.9,
                       Method::MysteryShopper, Frequency::Monthly, kMysteryChecklist, false));
    lib.push_back(hard("generic-access", {"等候不超过 10 分钟", "Wait no longer than 10 minutes"}, {D::Access}, {},
                       {"顾客为「{name}」等候不超过 10 分钟", "Customers wait no longer than 10 minutes for “{name}”"},
                       {"等候时间", "waiting time"}, kMinutes, AtMost, 10, 0.9, Method::Timer, Each,
                       {"服务记录", "service records"}, true));
    lib.push_back(soft("generic-courtesy", {"礼貌评分", "Courtesy rating"}, {D::Courtesy}, {},
                       {"顾客对「{name}」的礼貌评分不低于 4.5 分(满分 5 分)",
                        "Customers rate the courtesy of “{name}” at least 4.5 out of 5"},
                       {"在「{name}」环节,工作人员是否礼貌、友善?(1 = 很不满意,5 = 非常满意)",
                        "At “{name}”, were our staff courteous and friendly? (1 = very dissatisfied, 5 = very "
                        "satisfied)"},
                       kSurvey));
    lib.push_back(soft("generic-communication", {"讲解清楚评分", "Clear communication rating"}, {D::Communication}, {},
                       {"顾客对「{name}」讲解清楚程度的评分不低于 4.5 分(满分 5 分)",
                        "Customers rate how clearly “{name}” was explained at least 4.5 out of 5"},
                       {"在「{name}」环节,我们的说明是否清楚易懂?(1 = 很不清楚,5 = 非常清楚)",
                        "At “{name}”, was our explanation clear? (1 = very unclear, 5 = very clear)"},
                       kSurvey));
    lib.push_back(hard("generic-credibility", {"承诺全部兑现", "Promises kept"}, {D::Credibility}, {},
                       {"「{name}」的承诺全部兑现,未兑现 0 项", "Keep every promise on “{name}”: 0 broken"},
                       {"未兑现的承诺", "promises not kept"}, {"项", "items"}, AtMost, 0, 0.98, Method::Count, Each,
                       {"回访记录", "follow-up records"}, true));
    lib.push_back(hard("generic-security", {"安全检查零违规", "No safety violations"}, {D::Security}, {},
                       {"「{name}」安全检查违规 0 项", "“{name}”: 0 safety or security violations in audits"},
                       {"安全检查违规项", "violations found"}, {"项", "items"}, AtMost, 0, 1.0, Method::Audit,
                       Frequency::Monthly, {"安全检查记录", "safety audit log"}, true));
    lib.push_back(soft("generic-understanding", {"需求被理解评分", "Understanding rating"}, {D::Understanding}, {},
                       {"顾客对「{name}」中需求被理解程度的评分不低于 4.5 分(满分 5 分)",
                        "Customers rate how well we understood their needs at “{name}” at least 4.5 out of 5"},
                       {"在「{name}」环节,我们是否理解了您的需求?(1 = 完全没有,5 = 完全理解)",
                        "At “{name}”, did we understand your needs? (1 = not at all, 5 = completely)"},
                       kSurvey));
    lib.push_back(soft("generic-caring", {"关怀评分", "Caring rating"}, {D::Caring}, {},
                       {"顾客对「{name}」中所受关怀的评分不低于 4.5 分(满分 5 分)",
                        "Customers rate the care they received at “{name}” at least 4.5 out of 5"},
                       {"在「{name}」环节,您是否感到被关心?(1 = 完全没有,5 = 非常关心)",
                        "At “{name}”, did you feel cared for? (1 = not at all, 5 = very much)"},
                       kSurvey));
    lib.push_back(
        hard("generic-tangibles", {"现场检查合格率", "On-site audit pass rate"}, {D::Tangibles}, {},
             {"「{name}」现场检查项合格率不低于 95%", "“{name}”: at least 95% of on-site checklist items pass"},
             {"现场检查项合格率", "checklist items passed"}, kPercent, AtLeast, 95, 0.95, Method::Audit,
             Frequency::Weekly, {"现场检查表", "on-site checklist"}, true));
    return lib;
}

}  // namespace

const std::vector<StandardTemplate>& template_library() {
    static const std::vector<StandardTemplate> lib = build_library();
    return lib;
}

}  // namespace bp
