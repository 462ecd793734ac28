//! Pins of every `msg::PlanMsg` message built as a value, both languages whole.

use super::Pins;
use duban::msg::PlanMsg;

pub fn all(p: &mut Pins) {
    p.pin(
        PlanMsg::MovedCell {
            period: "三季度".into(),
            before: "完成招标".into(),
            after: "开工建设".into(),
            file: "区财政局.xlsx".into(),
        },
        "三季度：完成招标 → 开工建设（原见区财政局.xlsx）",
        "三季度: 完成招标 → 开工建设 (first in 区财政局.xlsx)",
    );
    p.pin(
        PlanMsg::StandardIs { standard: "S".into() },
        "完成标准：S",
        "standard: S",
    );
    p.pin(PlanMsg::PlannedIs { percent: 50 }, "计划进度50%", "planned 50%");
    p.pin(
        PlanMsg::PlannedText {
            text: "过半".into()
        },
        "计划进度：过半",
        "planned: 过半",
    );
    p.pin(PlanMsg::NoReport, "单位未反馈", "the unit did not report");
    p.pin(
        PlanMsg::SaysCompleted,
        "单位报已完成",
        "the unit reports it completed",
    );
    p.pin(
        PlanMsg::NoMilestone {
            period: "上半年".into(),
        },
        "节点计划中没有上半年的节点",
        "the plan has no milestone for 上半年",
    );
    p.pin(
        PlanMsg::ByPercent {
            planned: 50,
            reported: 30,
            tolerance: 5,
        },
        "计划进度50%，实际完成进度30%（允许偏差5个百分点）",
        "planned 50%, reported 30% (tolerance 5 points)",
    );
    p.pin(
        PlanMsg::SaysLagging,
        "单位自报滞后",
        "the unit reports it lagging",
    );
    p.pin(
        PlanMsg::NotStartedWhenDue,
        "本期节点已到期，单位报未启动",
        "the period's milestone is due and the unit reports it not started",
    );
    p.pin(
        PlanMsg::DueNotCompleted,
        "节点要求本期完成，单位未报已完成",
        "the milestone is due in full this period and the unit does not report it completed",
    );
    p.pin(
        PlanMsg::NoPlannedPercent,
        "本期节点没有计划进度，无法与报送情况对照",
        "the period's milestone has no planned percent to compare with",
    );
    p.pin(
        PlanMsg::WordsOnly,
        "本期节点只有文字、没有计划进度，单位自报的状态无法与之对照，请人工核对",
        "the period's milestone is words only, without a planned percent: the unit's status cannot be compared with it; check by hand",
    );
    p.pin(
        PlanMsg::NoReportedPercent,
        "单位未填完成进度，无法与计划进度对照",
        "the unit gave no percentage to compare with the planned one",
    );
    p.pin(
        PlanMsg::Moved {
            place: "P".into(),
            unit: "U".into(),
            task: "T".into(),
            period: "上半年".into(),
            before: "B".into(),
            file: "F".into(),
            after: "A".into(),
        },
        "P：U调整了任务T的上半年节点（原为“B”，见F；现为“A”），节点后移，请督查室决定是否同意（在工作台帐“节点计划”表的“办公室意见”栏填写“同意”或“不同意”，下次运行时生效）；两个版本均已保留",
        "P: U moved the 上半年 milestone of task T later (was \"B\" in F; now \"A\"); please decide whether to accept it (write 同意 or 不同意 in the 办公室意见 column of the ledger's 节点计划 sheet; the next run applies it); both versions are kept",
    );
    p.pin(
        PlanMsg::JudgedByEarlier { file: "F".into() },
        "督查室不同意调整节点，按原节点计划对照（见F）",
        "the office did not accept the milestone's move: judged against the earlier plan (in F)",
    );
    p.pin(
        PlanMsg::DecisionUnreadable {
            place: "P".into(),
            text: "X".into(),
            unit: "U".into(),
            task: "T".into(),
        },
        "P：督查室对U任务T调整节点的意见“X”无法识别，请填写“同意”或“不同意”（可在其后加逗号写明理由）；在此之前仍按调整后的节点对照",
        "P: the office's word \"X\" on the moved milestone of task T (U) cannot be read; write 同意 or 不同意 (a comma and a reason may follow); until then the moved milestone is used",
    );
    p.pin(
        PlanMsg::DecisionNotPlaced {
            place: "P".into(),
            text: "X".into(),
            unit: "U".into(),
            task: "T".into(),
        },
        "P：督查室意见“X”所在行（U任务T）本次没有对应的节点计划，不再填入新台帐（原文见本条）",
        "P: the office's word \"X\" is on a row (task T, U) that has no plan in this run; it is not written into the new ledger (quoted here)",
    );
    p.pin(
        PlanMsg::DecisionStale {
            place: "P".into(),
            text: "X".into(),
            unit: "U".into(),
            task: "T".into(),
            now: "N".into(),
        },
        "P：督查室意见“X”是对此前的调整节点作出的，U此后又调整了任务T的节点（现为：N），原意见不再适用，不再填入新台帐（原文见本条）；请重新填写“同意”或“不同意”",
        "P: the office's word \"X\" was given on earlier moves; U has moved the milestones of task T again (now: N); it no longer applies and is not written into the new ledger (quoted here); write 同意 or 不同意 again",
    );
    p.pin(
        PlanMsg::DecisionPrompt,
        "填“同意”或“不同意”（可在其后加逗号写明理由），保存后再运行一次即生效",
        "write 同意 or 不同意 (a comma and a reason may follow); it applies at the next run",
    );
    p.pin(
        PlanMsg::DecisionAccepted {
            place: "P".into(),
            unit: "U".into(),
            task: "T".into(),
        },
        "P：督查室同意U调整任务T的节点，按调整后的节点计划对照",
        "P: the office accepted the moved milestone of task T (U); judged against the later plan",
    );
    p.pin(
        PlanMsg::DecisionRejected {
            place: "P".into(),
            unit: "U".into(),
            task: "T".into(),
        },
        "P：督查室不同意U调整任务T的节点，按原节点计划对照",
        "P: the office did not accept the moved milestone of task T (U); judged against the earlier plan",
    );
    p.pin(PlanMsg::NoLongerPlanned, "无", "none");
    p.pin(
        PlanMsg::OnTrackButBehind {
            place: "P".into(),
            unit: "U".into(),
            task: "T".into(),
            period: "上半年".into(),
            milestone: "M".into(),
            why: "W".into(),
        },
        "P：U报任务T“序时推进”，但与上半年节点（M）对照为欠进度：W；请核实该单位的进展，督促其按节点推进",
        "P: U reports task T on track, but it is behind its 上半年 milestone (M): W; check its progress and press it to keep to its milestones",
    );
    p.pin(
        PlanMsg::Unplaced { text: "T".into() },
        "未注明时段：T",
        "no period named: T",
    );
    p.pin(
        PlanMsg::SheetNote {
            period: "2020年上半年".into(),
            ahead: 1,
            on_plan: 2,
            behind: 3,
            completed: 4,
            unknown: 5,
            without: 6,
            tolerance: 5,
        },
        "2020年上半年各项任务与本单位节点计划对照（按任务计，多个牵头单位取最不利者）：超进度1项，达进度2项，欠进度3项，已完成4项，无法对照5项；没有节点计划的任务6项。计划进度与完成进度允许偏差5个百分点。",
        "2020年上半年: tasks against their units' own milestones (by task, the least favourable lead unit): 1 ahead, 2 on plan, 3 behind, 4 completed, 5 not comparable; 6 tasks without a plan. Tolerance between the planned and the reported percent: 5 points.",
    );
    p.pin(
        PlanMsg::MilestoneOf {
            period: "上半年".into(),
            milestone: "M".into(),
        },
        "上半年节点：M",
        "上半年 milestone: M",
    );
}
