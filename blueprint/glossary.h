// The product's words in both languages, one word per concept. Lint messages, exports and the
// designer take their terms from here, so a wait point is 等待点 everywhere (not 等候点 or 等待).
// Choices follow the seeds and DOMAIN.md: 等待 and 失误 are the seeds' words; 复审 is "review when
// obsolete" (复核 means checking a piece of work again, a different thing).
#pragma once

#include "lang.h"
#include "model.h"

namespace bp::glossary {

// The tree's elements.
inline constexpr Term blueprint{"服务蓝图", "blueprint"};
inline constexpr Term role{"服务角色", "role"};
inline constexpr Term circle{"服务圈", "circle"};
inline constexpr Term touchpoint{"触点", "touchpoint"};
inline constexpr Term key_factor{"关键因素", "key factor"};
inline constexpr Term standard{"标准", "standard"};

// Touchpoints.
inline constexpr Term moment_of_truth{"关键时刻", "moment of truth"};
inline constexpr Term channel{"渠道", "channel"};
inline constexpr Term lane{"泳道", "lane"};
inline constexpr Term feeling{"顾客感受", "customer feeling"};
inline constexpr Term duration{"时长", "duration"};
inline constexpr Term wait_point{"等待点", "wait point"};
inline constexpr Term fail_point{"失误点", "fail point"};
inline constexpr Term mitigation{"补救措施", "mitigation"};

// Key factors.
inline constexpr Term expectation{"顾客期望", "customer expectation"};
inline constexpr Term pillar{"三大要素", "pillar"};  // hardware / software / people (enum Pillar)
inline constexpr Term bpm{"BPM 因素", "BPM factor"};
inline constexpr Term dimension{"质量维度", "quality dimension"};
inline constexpr Term importance{"重要程度", "importance"};

// Standards.
inline constexpr Term hard_standard{"硬标准", "hard standard"};
inline constexpr Term soft_standard{"软标准", "soft standard"};
inline constexpr Term statement{"标准陈述", "statement"};
inline constexpr Term metric{"指标", "metric"};
inline constexpr Term unit{"单位", "unit"};
inline constexpr Term target{"目标", "target"};
inline constexpr Term target_value{"目标值", "target value"};
inline constexpr Term compliance{"达标比例", "compliance"};
inline constexpr Term survey_question{"调查问题", "survey question"};
inline constexpr Term scale{"量表", "scale"};
inline constexpr Term measurement{"测量", "measurement"};
inline constexpr Term method{"测量方法", "method"};
inline constexpr Term frequency{"频率", "frequency"};
inline constexpr Term data_source{"数据来源", "data source"};
inline constexpr Term owner{"负责人", "owner"};
inline constexpr Term customer_visible{"对顾客公开", "customer-visible"};
inline constexpr Term review_date{"复审日期", "review date"};
inline constexpr Term agreed_with_staff{"员工认同", "agreed with staff"};
inline constexpr Term approved{"已批准", "approved"};
inline constexpr Term number_source{"数字来源", "source of the number"};  // customer, seed template, suggested
inline constexpr Term acknowledged{"已确认", "acknowledged"};            // a lint finding kept on purpose
inline constexpr Term customer_only{"顾客自助", "customer only"};

// Measuring against the standards (format 4): scoring, results, compliance.
inline constexpr Term scoring{"计分方法", "scoring"};
inline constexpr Term weight{"权重", "weight"};
inline constexpr Term critical{"关键项", "critical"};          // below target fails the whole roll-up
inline constexpr Term not_applicable{"不适用", "N/A"};
inline constexpr Term abandoned{"放弃的来电", "abandoned contacts"};
inline constexpr Term sample_plan{"抽样计划", "sample plan"};
inline constexpr Term measured_by{"测量人", "measured by"};
inline constexpr Term per_period{"每期样本数", "observations per period"};
inline constexpr Term site{"网点", "site"};
inline constexpr Term period{"期间", "period"};
inline constexpr Term target_history{"目标变更记录", "target history"};
inline constexpr Term results{"测量结果", "results"};
inline constexpr Term observations{"观测数", "observations"};  // n
inline constexpr Term share_met{"达标率", "share met"};
inline constexpr Term status_met{"达标", "met"};
inline constexpr Term status_below{"未达标", "below target"};
inline constexpr Term status_no_data{"无数据", "no data"};
inline constexpr Term status_not_due{"未到期", "not yet due"};
inline constexpr Term status_critical_failed{"关键项未达标", "critical failed"};  // a critical standard below
inline constexpr Term trend{"趋势", "trend"};                  // against the previous period
inline constexpr Term league_table{"网点排名", "league table"};  // sites × periods (003)
inline constexpr Term rank{"名次", "rank"};

// The blueprint's layers and what passes between them (format 3). The layer rows are 有形展示, 顾客行为,
// 前台, 后台 and 支持过程, separated by the lines of interaction, visibility and internal interaction.
inline constexpr Term activity{"活动", "activity"};
inline constexpr Term layer{"层", "layer"};
inline constexpr Term physical_evidence{"有形展示", "physical evidence"};
inline constexpr Term customer_action{"顾客行为", "customer action"};
inline constexpr Term frontstage{"前台", "frontstage"};
inline constexpr Term backstage{"后台", "backstage"};
inline constexpr Term support_process{"支持过程", "support process"};
inline constexpr Term line_of_interaction{"互动分界线", "line of interaction"};
inline constexpr Term line_of_visibility{"可视分界线", "line of visibility"};
inline constexpr Term line_of_internal_interaction{"内部互动分界线", "line of internal interaction"};
inline constexpr Term handoff{"交接", "handoff"};
inline constexpr Term handoff_items{"交接内容", "what passes"};
inline constexpr Term handoff_via{"交接方式", "through"};
inline constexpr Term handoff_standard{"覆盖标准", "covered by"};
inline constexpr Term deadline{"时限", "deadline"};
inline constexpr Term breaks_chain{"缺之即断链", "breaks the chain"};
inline constexpr Term promise{"承诺", "promise"};
inline constexpr Term time_budget{"承诺时限", "time budget"};
inline constexpr Term recovery_circle{"补救服务圈", "recovery circle"};
inline constexpr Term system{"系统或部门", "system or department"};
inline constexpr Term chain{"服务链", "service chain"};

// Training (format 4): what staff say, do and never do at a moment, and what a role is for.
inline constexpr Term phrases{"服务用语", "what to say"};
inline constexpr Term condition{"适用情形", "when"};
inline constexpr Term steps{"服务步骤", "what to do"};
inline constexpr Term never_do{"禁忌", "never do"};
inline constexpr Term trainer_notes{"培训提示", "trainer notes"};
inline constexpr Term check_question{"自查题", "self-check question"};
inline constexpr Term standard_kind{"标准类别", "kind of standard"};  // process / language / action / attitude
inline constexpr Term duties{"岗位职责", "duties"};
inline constexpr Term reports_to{"汇报对象", "reports to"};
inline constexpr Term escalates_to{"升级对象", "escalates to"};
inline constexpr Term trainer_mode{"培训模式", "trainer mode"};
inline constexpr Term self_check{"自查", "self-check"};
inline constexpr Term role_card{"岗位服务标准卡", "role card"};

// The name of an element kind ("" for None).
Term kind_name(ElementKind kind);

}  // namespace bp::glossary
