#include "method_help.h"

namespace bp {

namespace {

// Chinese texts use full-width punctuation; every explanation says what to do with the word, not only
// what it means. Wording follows the seeds (DOMAIN.md gives the passages).
const std::vector<HelpEntry> kEntries = {
    // The method.
    {"circle", "method", {"服务圈", "service circle"},
     {"顾客在企业经历的关键时刻和关键步骤的图，按顾客经历的顺序顺时针排列。用它分解服务过程，找出影响体验的每个细节。",
      "The map of the moments of truth and key steps a customer passes through with the company, laid out "
      "clockwise in the customer's order. Use it to break the service down and find every detail that matters."},
     "001 5.3.2"},
    {"moment_of_truth", "method", {"关键时刻", "moment of truth"},
     {"顾客与企业接触、形成印象的一刻。服务圈上的每个触点就是一个关键时刻。",
      "A moment when the customer meets the company and forms an impression. Every touchpoint on a circle is one."},
     "001 5.3.2"},
    {"key_factor", "method", {"关键因素", "key factor"},
     {"使顾客满意或不满意的企业或员工的行为，以及造成这些行为的原因。每个触点找出它的关键因素，再把它们转化为标准。",
      "A behaviour of the company or its staff, or its cause, that makes the customer satisfied or not. Find the "
      "key factors of every touchpoint, then turn them into standards."},
     "003; 001 5.3.2"},
    {"hard_standard", "method", {"硬标准", "hard standard"},
     {"可以计时或计数、能观察到的标准，例如“电话铃响三声内接通”“受理投诉后 1 小时内回复致歉”。写明指标、目标值和达标比例。",
      "A standard that can be timed or counted and observed, e.g. \"answer within three rings\", \"apologise "
      "within 1 hour of a complaint\". State the metric, the target value and the share that must meet it."},
     "000 6.4.2; 003"},
    {"soft_standard", "method", {"软标准", "soft standard"},
     {"基于意见和感受、不能直接观察的标准，只能通过询问顾客、员工或他人得知，用调查、神秘顾客或访谈来衡量。目标写成顶端比例，例如“90% 的回答为 4 或 5 分（满分 5 分）”。",
      "A standard based on opinion and feeling that cannot be observed directly; it is known only by asking "
      "customers, staff or others, through surveys, mystery shoppers or interviews. State the target as a top-box "
      "share, e.g. \"90% of answers 4 or 5 on a 1–5 scale\"."},
     "000 6.4.1"},
    {"wait_point", "method", {"等待点", "wait point"},
     {"顾客在此等候的触点。为它定一条等候时间的标准，确保顾客不因等待而产生不满。",
      "A touchpoint where the customer waits. Give it a waiting-time standard so that waiting does not make the "
      "customer unhappy."},
     "000"},
    {"fail_point", "method", {"失误点", "fail point"},
     {"服务容易出错的触点。写明补救措施，并链接处理它的服务圈。",
      "A touchpoint where the service is likely to go wrong. Write its mitigation and link the circle that "
      "handles the failure."},
     "002"},

    // The three elements.
    {"pillar", "pillar", {"三大要素", "three elements"},
     {"优质服务标准的三大要素是服务硬件、服务软件和服务人员，相辅相成，缺一不可：每个服务圈三者都要有关键因素。",
      "The three elements of a service standard are hardware, software and people; they support each other and "
      "none can be missing, so every circle needs key factors of all three."},
     "001 5.2.1"},
    {"pillar.hardware", "pillar", {"服务硬件", "Hardware"},
     {"开展服务所必需的物质条件：地点、设施、环境。",
      "The physical conditions the service needs: location, facilities, environment."},
     "001 5.2.1"},
    {"pillar.software", "pillar", {"服务软件", "Software"},
     {"服务的程序和系统：及时性、流程、灵活性、预见性、沟通渠道、顾客反馈、组织和监督。",
      "The procedures and systems of the service: timeliness, flow, flexibility, anticipation, channels, customer "
      "feedback, organisation and supervision."},
     "001 5.2.1"},
    {"pillar.people", "pillar", {"服务人员", "People"},
     {"员工的个人因素：仪表，态度、身体语言和语调，关注，得体，指导，销售技巧，有礼貌地解决问题。",
      "The staff's personal side: appearance; attitude, body language and tone; attention; tact; guidance; "
      "selling skill; solving problems politely."},
     "001 5.2.1"},

    // BPM.
    {"bpm", "bpm", {"BPM 因素", "BPM factor"},
     {"把关键因素分为基本因素（B）、绩效因素（P）和激励因素（M）：先保证 B，再比 P，用 M 让顾客惊喜。",
      "Sorts key factors into basic (B), performance (P) and motivation (M) factors: secure B first, compete on "
      "P, delight with M."},
     "001 5.2.2"},
    {"bpm.basic", "bpm", {"基本因素 B", "Basic (B)"},
     {"企业为顾客提供服务的基本设施或服务项目；缺了顾客会不满，有了也不会因此满意。",
      "The basic facilities or service items the company provides; their absence makes customers unhappy, their "
      "presence alone does not please them."},
     "001 5.2.2"},
    {"bpm.performance", "bpm", {"绩效因素 P", "Performance (P)"},
     {"吸引顾客购买企业产品或服务的因素；做得越好，顾客越满意。",
      "What makes customers buy the company's products or services; the better it is done, the more satisfied "
      "they are."},
     "001 5.2.2"},
    {"bpm.motivation", "bpm", {"激励因素 M", "Motivation (M)"},
     {"在满足顾客基本需要以外增强顾客满意度的因素。注意“一时之喜，多日忧愁”：惊喜之后回到原来的水平，比没有更糟。",
      "What raises satisfaction beyond the basic needs. Beware \"a moment's joy, days of sorrow\": a surprise "
      "followed by a return to the old level is worse than none."},
     "001 5.2.2; 004"},

    // The eleven quality determinants (004).
    {"dimension", "dimension", {"质量维度", "quality dimension"},
     {"顾客判断服务质量的十一个维度。给关键因素选一个维度，便于检查一个服务圈是否照顾到了顾客在意的方面。",
      "The eleven determinants by which customers judge a service. Give each key factor one, to check that a "
      "circle covers what customers care about."},
     "004"},
    {"dimension.reliability", "dimension", {"可靠性", "Reliability"},
     {"准确可靠地履行承诺的服务。", "Performing the promised service dependably and accurately."}, "004"},
    {"dimension.responsiveness", "dimension", {"响应性", "Responsiveness"},
     {"愿意帮助顾客并迅速提供服务。", "Willingness to help customers and to serve them promptly."}, "004"},
    {"dimension.competence", "dimension", {"能力", "Competence"},
     {"具备提供服务所需的知识和技能。", "Having the knowledge and skills the service needs."}, "004"},
    {"dimension.access", "dimension", {"可接近性", "Access"},
     {"容易联系、容易得到服务：等候时间、营业时间、地点方便。",
      "Being easy to reach and to use: waiting times, opening hours, convenient locations."}, "004"},
    {"dimension.courtesy", "dimension", {"礼貌", "Courtesy"},
     {"员工的礼貌、尊重、体贴和友好。", "Politeness, respect, consideration and friendliness of the staff."}, "004"},
    {"dimension.communication", "dimension", {"沟通", "Communication"},
     {"用顾客听得懂的语言告知他们，并倾听他们。",
      "Keeping customers informed in words they understand, and listening to them."}, "004"},
    {"dimension.credibility", "dimension", {"可信度", "Credibility"},
     {"值得信赖、诚实，把顾客的利益放在心上。",
      "Being trustworthy and honest, with the customer's interest at heart."}, "004"},
    {"dimension.security", "dimension", {"安全性", "Security"},
     {"没有危险、风险或疑虑：人身、财产和隐私的安全。",
      "Freedom from danger, risk or doubt: physical, financial and privacy safety."}, "004"},
    {"dimension.understanding", "dimension", {"理解", "Understanding"},
     {"努力了解顾客和他们的需要，认出老顾客。",
      "Making the effort to know customers and their needs, and recognising regulars."}, "004"},
    {"dimension.caring", "dimension", {"关怀", "Caring"},
     {"给予顾客个别的关心和照顾。", "Individual care and attention for each customer."}, "004"},
    {"dimension.tangibles", "dimension", {"有形性", "Tangibles"},
     {"服务的有形证据：设施、设备、员工仪表、单据。",
      "The physical evidence of the service: facilities, equipment, staff appearance, documents."}, "004"},

    // The rules for a good circle (Chase & Dasu).
    {"sequence", "sequence", {"服务圈的排序原则", "sequencing rules"},
     {"设计合理服务圈的三条操作原则。给每个触点填上顾客感受（−2…+2），产品会据此检查。",
      "Three rules for ordering the moments of a circle. Give each touchpoint a customer feeling (−2…+2) and "
      "the product checks them."},
     "001 5.3.2"},
    {"sequence.ending", "sequence", {"以尽可能完美的结局结束服务", "finish on the best possible note"},
     {"结尾最影响顾客的记忆：最后一个触点的感受应当是最好的之一。",
      "The ending dominates memory: the last touchpoint should be among the best felt."}, "001 5.3.2"},
    {"sequence.early_pain", "sequence", {"尽早去除负面影响", "get the unpleasant out of the way early"},
     {"等候、付款、填表这类不愉快的步骤放在前面。",
      "Put unpleasant steps such as waiting, paying and paperwork early."}, "001 5.3.2"},
    {"sequence.split_bundle", "sequence", {"分割快乐、捆绑痛苦", "split pleasures, bundle pains"},
     {"愉快的体验分成几个时刻，不愉快的合并为一次。",
      "Spread pleasant experiences over several moments; bundle the unpleasant ones into one."}, "001 5.3.2"},

    // The pitfalls (001 5.3.3).
    {"pitfall", "pitfall", {"误区", "pitfalls"},
     {"制定服务标准时要避免的六个误区，产品的检查规则会指出其中几个。",
      "Six pitfalls to avoid when setting standards; the product's checks point out several of them."},
     "001 5.3.3"},
    {"pitfall.1", "pitfall", {"误区1：标准越严越好", "Pitfall 1: the stricter the better"},
     {"只要符合顾客的期望、切合实际、可操作，就是好标准。",
      "A good standard meets the customer's expectation and is realistic and workable; stricter is not better."},
     "001 5.3.3"},
    {"pitfall.2", "pitfall", {"误区2：标准要符合“行规”", "Pitfall 2: follow the industry's custom"},
     {"照搬行业惯例不是目标，要以特色取胜（美国西南航空）。",
      "Copying the industry's custom is not the goal; differentiate (Southwest Airlines)."}, "001 5.3.3"},
    {"pitfall.3", "pitfall", {"误区3：以平均数为目标", "Pitfall 3: targeting an average"},
     {"制定确定的标准，并且每次都完全达到，写明达标比例，例如 95%。",
      "Set a definite standard and meet it every time, with the share that must meet it, e.g. 95%."},
     "001 5.3.3"},
    {"pitfall.4", "pitfall", {"误区4：标准没必要让顾客知道", "Pitfall 4: hiding standards from customers"},
     {"顾客的监督是最好的监督：至少公开一部分标准。",
      "Customers are the best supervisors: publish at least some standards."}, "001 5.3.3"},
    {"pitfall.5", "pitfall", {"误区5：标准越细致越好", "Pitfall 5: the more detail the better"},
     {"只保留顾客最在意的，一个触点的标准不宜过多。",
      "Keep what customers care about most; do not give one touchpoint too many standards."}, "001 5.3.3"},
    {"pitfall.6", "pitfall", {"误区6：为了“标准”而标准", "Pitfall 6: standards for their own sake"},
     {"标准要对应顾客的需要，不能带来安全风险：达美乐“30 分钟送达”引发交通事故后被取消。",
      "A standard must serve a customer need and must not create a safety risk: Domino's dropped \"30 minutes or "
      "free\" after road accidents."},
     "001 5.3.3"},
};

const std::vector<HelpTopic> kTopics = {
    {"method", {"方法", "The method"}},
    {"pillar", {"三大要素", "The three elements"}},
    {"bpm", {"BPM 因素", "BPM factors"}},
    {"dimension", {"十一个质量维度", "The eleven quality dimensions"}},
    {"sequence", {"服务圈的排序原则（Chase 与 Dasu）", "Sequencing rules (Chase & Dasu)"}},
    {"pitfall", {"六个误区", "The six pitfalls"}},
};

// A key below missing from kEntries is caught by the method_help test; the page never aborts for it.
const HelpEntry& must(std::string_view key) {
    static const HelpEntry none{};
    const HelpEntry* e = help_entry(key);
    return e ? *e : none;
}

}  // namespace

const std::vector<HelpEntry>& method_help() { return kEntries; }
const std::vector<HelpTopic>& help_topics() { return kTopics; }

namespace {
char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

bool contains(std::string_view haystack, std::string_view needle) {
    if (needle.size() > haystack.size()) return false;
    for (size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
        size_t k = 0;
        while (k < needle.size() && ascii_lower(haystack[i + k]) == ascii_lower(needle[k])) ++k;
        if (k == needle.size()) return true;
    }
    return false;
}
}  // namespace

bool help_matches(const HelpEntry& e, std::string_view text) {
    return text.empty() || contains(e.word.zh, text) || contains(e.word.en, text) || contains(e.explanation.zh, text) ||
           contains(e.explanation.en, text);
}

const HelpEntry* help_entry(std::string_view key) {
    for (const auto& e : kEntries)
        if (e.key == key) return &e;
    return nullptr;
}

const HelpEntry& help_for(Pillar value) {
    switch (value) {
        case Pillar::Hardware: return must("pillar.hardware");
        case Pillar::Software: return must("pillar.software");
        case Pillar::People: break;
    }
    return must("pillar.people");
}

const HelpEntry& help_for(Bpm value) {
    switch (value) {
        case Bpm::Basic: return must("bpm.basic");
        case Bpm::Performance: return must("bpm.performance");
        case Bpm::Motivation: break;
    }
    return must("bpm.motivation");
}

const HelpEntry& help_for(Dimension value) {
    static constexpr std::string_view keys[] = {
        "dimension.reliability", "dimension.responsiveness", "dimension.competence",  "dimension.access",
        "dimension.courtesy",    "dimension.communication",  "dimension.credibility", "dimension.security",
        "dimension.understanding", "dimension.caring",       "dimension.tangibles"};
    return must(keys[static_cast<size_t>(value)]);
}

}  // namespace bp
