//! Messages of merging returns into one model per period.

catalogue! {
    /// Messages of merging returns into one model per period.
    pub enum Merge {
        /// A sheet with no period clue.
        NoPeriod { current: String } =>
            "未找到报告期，按本期（{current}）处理",
            "no period found; taken as the current period {current}";
        /// A sheet for a later period than the run's.
        LaterSheet { period: String, current: String } =>
            "该表报告期为{period}，晚于本次汇总的{current}，将在{period}汇总时处理",
            "the sheet is for {period}, after this run's {current}; the run for {period} merges it";
        /// A sheet for a period before the year's periods in this run.
        OutsideRun { period: String, current: String } =>
            "该表报告期为{period}，不在本次汇总范围内（{current}及以前）",
            "the sheet is for {period}, outside this run ({current} and before)";
        SheetUnitUnknown =>
            "该表的填报单位不明",
            "the sheet's unit is unknown";
        /// Every row of a sheet that is not merged.
        RowNotMerged { place: String, why: String } =>
            "{place}：{why}，该行未汇总",
            "{place}: {why}; row not merged";
        /// 原因 of a one-sheet return for a later period.
        LaterReturn { period: String, current: String, label: String } =>
            "{period}的报表，晚于本次汇总的{current}：各行列为“{label}”，未汇总",
            "a return for {period}, after this run's {current}: its rows are listed as {label}, not merged";
        /// 原因 of a return with some sheets for a later period.
        LaterSheets { current: String, sheets: String, label: String } =>
            "部分工作表属于本次汇总（{current}）之后的时段：{sheets}；这些行列为“{label}”，未汇总",
            "sheets for a period after this run's {current}: {sheets}; their rows are listed as {label}, not merged";
        /// One sheet in [`Merge::LaterSheets`].
        SheetAndPeriod { sheet: String, period: String } =>
            "{sheet}（{period}）",
            "{sheet} ({period})";
        /// A row of a return replaced by a later one.
        Superseded { place: String, unit: String, period: String, by: String } =>
            "{place}：{unit}的{period}报表已被后报的{by}替代",
            "{place}: {unit}'s return for {period} was replaced by the later {by}";
        /// The same task twice in one return.
        Duplicate { place: String, task: String, kept: String } =>
            "{place}：任务{task}在本报表中填报了两次，保留{kept}处的一行",
            "{place}: task {task} is reported twice in this return; the row at {kept} is kept";
    }
}
