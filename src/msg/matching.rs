//! Messages of tying records to tasks, units and periods.

catalogue! {
    /// Messages of tying records to tasks, units and periods.
    pub enum MatchingMsg {
        /// Clue source: our form's identity sheet.
        ClueForm =>
            "反馈表标识",
            "the form identity";
        /// Clue source: a label such as 填报单位 at a cell.
        ClueLabel { label: String, cell: String } =>
            "{label}（{cell}）",
            "{label} {cell}";
        /// Clue source: a title row.
        ClueTitle { cell: String } =>
            "标题（{cell}）",
            "title {cell}";
        ClueSheetName =>
            "工作表名",
            "the sheet name";
        ClueFileName =>
            "文件名",
            "the file name";
        /// One clue in a list of disagreeing clues.
        ClueSays { source: String, value: String } =>
            "{source}为{value}",
            "{source} says {value}";
        PeriodCluesDisagree { clues: String, taken: String } =>
            "报告期线索不一致（{clues}），按{taken}处理",
            "the period clues disagree ({clues}); taken as {taken}";
        UnitCluesDisagree { clues: String, taken: String } =>
            "填报单位线索不一致（{clues}），按{taken}处理",
            "the unit clues disagree ({clues}); taken as {taken}";
        /// The labels name one unit, the sheet's tasks are led by another.
        LabelsAndTasksDisagree { unit: String, by_tasks: String } =>
            "填报单位线索不一致（标注为{unit}，表中任务由{by_tasks}牵头），按{unit}处理",
            "the unit clues disagree (labels say {unit}, the tasks in the sheet are led by {by_tasks}); taken as {unit}";
        NoUnit =>
            "未找到填报单位（反馈表标识、填报单位、标题、文件名和表中任务都未指明）",
            "no reporting unit found (no form identity, 填报单位, title, file name or task of the sheet names one)";
        NoTaskInRow { place: String } =>
            "{place}：该行没有任务编号或任务内容，未汇总：请核对该行属于哪项任务，在原表补填任务编号后重新运行",
            "{place}: no task number or task text in this row; not merged: find which task it belongs to, add the task number in the return and run again";
        NoTaskMatches { place: String, excerpt: String, best: f64 } =>
            "{place}：“{excerpt}”与通知中的任务都对不上（最高相似度{best:.2}），未汇总：请向单位核实是哪项任务，在原表补填任务编号后重新运行",
            "{place}: no task of the notice matches \"{excerpt}\" (best similarity {best:.2}); not merged: ask the unit which task it is, add the task number in the return and run again";
        Ambiguous { place: String, excerpt: String, tasks: String } =>
            "{place}：“{excerpt}”与多项任务同样接近（{tasks}），未汇总：请在原表补填任务编号后重新运行",
            "{place}: \"{excerpt}\" fits several tasks equally well ({tasks}); not merged: add the task number in the return and run again";
        /// A matched row on a sheet whose unit is unknown.
        UnitUnknown { place: String, task: String } =>
            "{place}：对应任务{task}，但该表的填报单位不明，未汇总：请在表中写明填报单位（或以单位名称命名文件）后重新运行",
            "{place}: matched task {task} but the sheet's unit is unknown; not merged: write the 填报单位 in the sheet (or name the file after the unit) and run again";
        NotOwnTask { place: String, task: String, leads: String, unit: String } =>
            "{place}：任务{task}由{leads}牵头，{unit}不是该任务的牵头或配合单位，此行未计入台帐：请向{unit}核实是否填错了行或任务编号，改正后重新运行",
            "{place}: task {task} is led by {leads}; {unit} neither leads nor supports it, so the row is not in the ledger: ask {unit} whether it filled in the wrong row or task number, correct it and run again";
        /// A filled row of a task the unit supports but does not lead: the lead unit reports.
        PartnerTask { place: String, task: String, leads: String, unit: String } =>
            "{place}：{unit}是任务{task}的配合单位，该任务由{leads}牵头汇总报送，此行未计入台帐：请将此行转{leads}，纳入其报表后重新运行",
            "{place}: {unit} supports task {task}, which {leads} leads and reports; the row is not in the ledger: pass it on to {leads} to include in its return, and run again";
        /// In [`MatchingMsg::NotOwnTask`] for a task with no lead unit.
        NoLeadUnit =>
            "无牵头单位",
            "no unit";
        /// A fuzzy match below the accept threshold.
        Review { place: String, excerpt: String, task: String, method: String, similarity: f64, accept: f64 } =>
            "{place}：“{excerpt}”按任务{task}处理（{method}，相似度{similarity:.2}，低于{accept:.2}），请核对",
            "{place}: \"{excerpt}\" taken as task {task} ({method}, similarity {similarity:.2} below {accept:.2}): please check";
    }
}
