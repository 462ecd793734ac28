//! Messages of the 节点计划: how an entry was judged against its milestone, and what the
//! office is told about plans.

catalogue! {
    /// Messages of the 节点计划 (plans, milestones, judgements).
    pub enum PlanMsg {
        /// A milestone's 完成标准, in the one-line summary.
        StandardIs { standard: String } =>
            "完成标准：{standard}",
            "standard: {standard}";
        /// A milestone's planned percent, in the one-line summary.
        PlannedIs { percent: u8 } =>
            "计划进度{percent}%",
            "planned {percent}%";
        /// A planned percent that is no percentage, in the one-line summary.
        PlannedText { text: String } =>
            "计划进度：{text}",
            "planned: {text}";
        /// Why an entry is 无法对照: the unit did not report.
        NoReport =>
            "单位未反馈",
            "the unit did not report";
        /// Why an entry is 已完成.
        SaysCompleted =>
            "单位报已完成",
            "the unit reports it completed";
        /// Why an entry is 无法对照: the plan has no milestone for the period.
        NoMilestone { period: String } =>
            "节点计划中没有{period}的节点",
            "the plan has no milestone for {period}";
        /// How an entry was judged by the planned and the reported percent.
        ByPercent { planned: u8, reported: u8, tolerance: u8 } =>
            "计划进度{planned}%，实际完成进度{reported}%（允许偏差{tolerance}个百分点）",
            "planned {planned}%, reported {reported}% (tolerance {tolerance} points)";
        /// 欠进度 by the unit's own word.
        SaysLagging =>
            "单位自报滞后",
            "the unit reports it lagging";
        /// 欠进度: not started although the period's milestone is due.
        NotStartedWhenDue =>
            "本期节点已到期，单位报未启动",
            "the period's milestone is due and the unit reports it not started";
        /// 欠进度: the milestone plans 100 % and the unit does not report it completed.
        DueNotCompleted =>
            "节点要求本期完成，单位未报已完成",
            "the milestone is due in full this period and the unit does not report it completed";
        /// Why an entry is 无法对照: no planned percent and no milestone words to compare.
        NoPlannedPercent =>
            "本期节点没有计划进度，无法与报送情况对照",
            "the period's milestone has no planned percent to compare with";
        /// Why an entry is 无法对照: the milestone is words only.
        WordsOnly =>
            "本期节点只有文字、没有计划进度，单位自报的状态无法与之对照，请人工核对",
            "the period's milestone is words only, without a planned percent: the unit's status cannot be compared with it; check by hand";
        /// Why an entry is 无法对照: no reported percent.
        NoReportedPercent =>
            "单位未填完成进度，无法与计划进度对照",
            "the unit gave no percentage to compare with the planned one";
        /// An exception: a later plan moves a milestone later (调整节点).
        Moved { place: String, unit: String, task: String, period: String, before: String, file: String, after: String } =>
            "{place}：{unit}调整了任务{task}的{period}节点（原为“{before}”，见{file}；现为“{after}”），节点后移，请督查室决定是否同意（在工作台帐“节点计划”表的“办公室意见”栏填写“同意”或“不同意”，下次运行时生效）；两个版本均已保留",
            "{place}: {unit} moved the {period} milestone of task {task} later (was \"{before}\" in {file}; now \"{after}\"); please decide whether to accept it (write 同意 or 不同意 in the 办公室意见 column of the ledger's 节点计划 sheet; the next run applies it); both versions are kept";
        /// How an entry was judged when the office did not accept a milestone's move.
        JudgedByEarlier { file: String } =>
            "督查室不同意调整节点，按原节点计划对照（见{file}）",
            "the office did not accept the milestone's move: judged against the earlier plan (in {file})";
        /// An exception: the office's decision on a 调整节点 is neither 同意 nor 不同意.
        DecisionUnreadable { place: String, text: String, unit: String, task: String } =>
            "{place}：督查室对{unit}任务{task}调整节点的意见“{text}”无法识别，请填写“同意”或“不同意”（可在其后加逗号写明理由）；在此之前仍按调整后的节点对照",
            "{place}: the office's word \"{text}\" on the moved milestone of task {task} ({unit}) cannot be read; write 同意 or 不同意 (a comma and a reason may follow); until then the moved milestone is used";
        /// An exception: a decision in the old ledger whose row has no plan in this run.
        DecisionNotPlaced { place: String, text: String, unit: String, task: String } =>
            "{place}：督查室意见“{text}”所在行（{unit}任务{task}）本次没有对应的节点计划，不再填入新台帐（原文见本条）",
            "{place}: the office's word \"{text}\" is on a row (task {task}, {unit}) that has no plan in this run; it is not written into the new ledger (quoted here)";
        /// An exception: a decision made on earlier moves of a plan the unit has moved again.
        DecisionStale { place: String, text: String, unit: String, task: String, now: String } =>
            "{place}：督查室意见“{text}”是对此前的调整节点作出的，{unit}此后又调整了任务{task}的节点（现为：{now}），原意见不再适用，不再填入新台帐（原文见本条）；请重新填写“同意”或“不同意”",
            "{place}: the office's word \"{text}\" was given on earlier moves; {unit} has moved the milestones of task {task} again (now: {now}); it no longer applies and is not written into the new ledger (quoted here); write 同意 or 不同意 again";
        /// The prompt of the ledger's 办公室意见 cell where a milestone moved.
        DecisionPrompt =>
            "填“同意”或“不同意”（可在其后加逗号写明理由），保存后再运行一次即生效",
            "write 同意 or 不同意 (a comma and a reason may follow); it applies at the next run";
        /// The run report's note of an accepted 调整节点.
        DecisionAccepted { place: String, unit: String, task: String } =>
            "{place}：督查室同意{unit}调整任务{task}的节点，按调整后的节点计划对照",
            "{place}: the office accepted the moved milestone of task {task} ({unit}); judged against the later plan";
        /// The run report's note of a 调整节点 not accepted.
        DecisionRejected { place: String, unit: String, task: String } =>
            "{place}：督查室不同意{unit}调整任务{task}的节点，按原节点计划对照",
            "{place}: the office did not accept the moved milestone of task {task} ({unit}); judged against the earlier plan";
        /// The later version of a moved milestone says nothing for the period.
        NoLongerPlanned =>
            "无",
            "none";
        /// An exception: the unit says 序时推进 while the entry is behind its milestone.
        OnTrackButBehind { place: String, unit: String, task: String, period: String, milestone: String, why: String } =>
            "{place}：{unit}报任务{task}“序时推进”，但与{period}节点（{milestone}）对照为欠进度：{why}；请核实该单位的进展，督促其按节点推进",
            "{place}: {unit} reports task {task} on track, but it is behind its {period} milestone ({milestone}): {why}; check its progress and press it to keep to its milestones";
        /// A period's milestone named in a reminder.
        MilestoneOf { period: String, milestone: String } =>
            "{period}节点：{milestone}",
            "{period} milestone: {milestone}";
        /// Words of a plan that name no period, in the ledger.
        Unplaced { text: String } =>
            "未注明时段：{text}",
            "no period named: {text}";
        /// A milestone whose words moved to another period in a later version of the plan
        /// (调整节点), in the ledger.
        MovedCell { period: String, before: String, after: String, file: String } =>
            "{period}：{before} → {after}（原见{file}）",
            "{period}: {before} → {after} (first in {file})";
        /// The note under the title of the ledger's 节点计划 sheet.
        SheetNote { period: String, ahead: usize, on_plan: usize, behind: usize, completed: usize, unknown: usize, without: usize, tolerance: u8 } =>
            "{period}各项任务与本单位节点计划对照（按任务计，多个牵头单位取最不利者）：超进度{ahead}项，达进度{on_plan}项，欠进度{behind}项，已完成{completed}项，无法对照{unknown}项；没有节点计划的任务{without}项。计划进度与完成进度允许偏差{tolerance}个百分点。",
            "{period}: tasks against their units' own milestones (by task, the least favourable lead unit): {ahead} ahead, {on_plan} on plan, {behind} behind, {completed} completed, {unknown} not comparable; {without} tasks without a plan. Tolerance between the planned and the reported percent: {tolerance} points.";
    }
}
