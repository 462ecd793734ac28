//! Messages of merging returns into one model per period.

catalogue! {
    /// Messages of merging returns into one model per period.
    pub enum MergeMsg {
        /// A return whose table holds nothing for any task: the unit's remark.
        EmptyReturn { file: String } =>
            "{file}：表中没有填写任何任务的完成状态、完成进度或进展情况（空表），按未报送处理，已发催报通知请其填写后重新报送",
            "{file}: the table gives no task a status, percentage or progress (an empty table): taken as not reported, reminded to send it filled in";
        /// 原因 of an empty return's file.
        EmptyFile { file: String } =>
            "空表：{file}中没有填写任何任务的完成状态、完成进度或进展情况，各行未汇总、不列异常",
            "empty: {file} gives no task a status, percentage or progress; its rows are not merged and make no exceptions";
        /// 原因 of one of duban's own outputs found in input/.
        OwnOutput { title: String } =>
            "duban生成的文件（{title}），不是单位报表，未读取",
            "a file duban wrote ({title}), not a unit's return: not read";
        /// 原因 of a feedback form nobody filled in.
        BlankForm { unit: String } =>
            "duban发出的空白反馈表（{unit}），未填写任何内容，不是报表；该单位按未报送处理",
            "a blank feedback form duban sent ({unit}), nothing filled in: not a return; the unit counts as not reported";
        /// A sheet with no period clue.
        NoPeriod { current: String } =>
            "未找到报告期，按本期（{current}）处理",
            "no period found; taken as the current period {current}";
        /// A sheet for a later period than the run's.
        LaterSheet { period: String, current: String } =>
            "该表报告期为{period}，晚于本次汇总的{current}，将在{period}汇总时处理",
            "the sheet is for {period}, after this run's {current}; the run for {period} merges it";
        /// 原因 of a return for a period of another year than the run's.
        OtherYear { period: String, current: String } =>
            "{period}的报表，不属于本次汇总的{current}：各行未汇总，不列异常",
            "a return for {period}, not this run's {current}: its rows are not merged and make no exceptions";
        /// 提示 of such a return when returns of the run's year were found.
        OtherYearCheck { period: String, current: String } =>
            "该文件是{period}的报表，不属于本次汇总的{current}，未汇总：请核实该单位是否误报了往年的报表，如是，请其报送{current}的报表",
            "the file is a return for {period}, not this run's {current}; not merged: check whether the unit sent an old return by mistake, and if so ask it for its {current} return";
        /// A row of a sheet whose unit is unknown.
        RowUnitUnknown { place: String } =>
            "{place}：该表的填报单位不明，该行未汇总：请在表中写明填报单位（或以单位名称命名文件）后重新运行",
            "{place}: the sheet's unit is unknown; row not merged: write the 填报单位 in the sheet (or name the file after the unit) and run again";
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
        /// One sheet in [`MergeMsg::LaterSheets`].
        SheetAndPeriod { sheet: String, period: String } =>
            "{sheet}（{period}）",
            "{sheet} ({period})";
        /// A row of a return replaced by a later one.
        Superseded { place: String, unit: String, period: String, by: String } =>
            "{place}：{unit}的{period}报表已被后报的{by}替代",
            "{place}: {unit}'s return for {period} was replaced by the later {by}";
        /// The same task twice in one return.
        Duplicate { place: String, task: String, kept: String } =>
            "{place}：任务{task}在本报表中填报了两次，保留{kept}处的一行：请核对两行，如应保留此行，请删去另一行后重新运行",
            "{place}: task {task} is reported twice in this return; the row at {kept} is kept: compare the two rows, and if this one should be kept, delete the other and run again";
        /// A date later than the run's 报告日期: not evidence of when a return was received.
        DateAfterReport { place: String, what: String, date: String, report: String } =>
            "{place}（{what}）：{date}晚于本期报告日期{report}，不能作为报送时间的依据，未采用：请核实报送日期（可在收文登记中补记）",
            "{place} ({what}): {date} is after this run's report date {report}; not taken as evidence of when the return was received: check when it was received (a receipt register row settles it)";
        /// A date before the period began: not evidence of when a return was received.
        DateBeforePeriod { place: String, what: String, date: String, start: String } =>
            "{place}（{what}）：{date}早于本期开始日期{start}，不能作为报送时间的依据，未采用：请核实报送日期（可在收文登记中补记）",
            "{place} ({what}): {date} is before the period began ({start}); not taken as evidence of when the return was received: check when it was received (a receipt register row settles it)";
        /// A return with no evidence of when it was received.
        Undated { file: String } =>
            "{file}：收文登记、填报日期和文件名中均无可信的报送日期，报送时间不明，未计为逾期；请核实收文时间（可在收文登记中补记）",
            "{file}: no plausible date in the receipt register, the 填报日期 or the file name; when it was received is unknown, so it is not counted late: please check (a receipt register row settles it)";
        /// A unit's file is in input/ but cannot be read, for a reason that says nothing
        /// of what to do ([`MergeMsg::unreadable`]).
        Unreadable { file: String, reason: String } =>
            "已收到{file}，但无法读取（{reason}）：不计为未报送；请该单位重新报送可读取的Excel文件",
            "{file} was received but cannot be read ({reason}): not counted as missing; ask the unit for a readable Excel copy";
        /// The same, for a reason that ends with what the unit should do.
        UnreadableSaid { file: String, reason: String } =>
            "已收到{file}，但无法读取，不计为未报送：{reason}",
            "{file} was received but cannot be read, so it is not counted as missing: {reason}";
        /// The receipt register records a return that is not in input/.
        ReceiptOnly { place: String } =>
            "{place}：收文登记记有收文，但input/中没有该单位本期的报表，任务进展未能录入",
            "{place}: the receipt register records a return, but input/ holds none from the unit for this period; no progress was merged";
        /// A receipt register row naming no reporting unit.
        ReceiptUnknownUnit { place: String, text: String } =>
            "{place}：收文登记中的“{text}”不是应报送单位，此行未采用",
            "{place}: \"{text}\" in the receipt register is not a reporting unit; row not taken";
        /// A receipt register row whose date cannot be read.
        ReceiptBadDate { place: String, text: String } =>
            "{place}：收文日期“{text}”不是日期，此行未采用",
            "{place}: the receipt date \"{text}\" is not a date; row not taken";
        /// A second receipt row for a unit and period: the earlier is kept.
        ReceiptDuplicate { place: String, unit: String, period: String, first: String } =>
            "{place}：{unit}{period}已在{first}登记收文，以较早的一次为准，此行未采用",
            "{place}: {unit}'s {period} return is already registered at {first}; the earlier receipt counts, row not taken";
        /// A sheet of the receipt register workbook that holds no receipt table.
        ReceiptNoTable { place: String, rows: usize } =>
            "{place}：未找到收文登记表头（来文单位、收文日期），{rows}行未读取",
            "{place}: no receipt table header (来文单位, 收文日期) found; {rows} rows not read";
        /// A receipt register row for a period outside this run.
        ReceiptOtherPeriod { place: String, period: String } =>
            "{place}：{period}的收文，不属于本次处理的时段，此行未采用",
            "{place}: a receipt for {period}, outside this run's periods; row not taken";
            /// Empty rows of other units' tasks in a whole-district task table, skipped.
        TemplateRows { rows: usize } =>
            "全区任务表中其他单位的{rows}行未填写，已略过",
            "{rows} empty rows of other units' tasks in the district task table skipped";
        /// Files of one unit and period whose tasks do not overlap, taken as one return.
        Joined { files: String, unit: String, period: String } =>
            "{files}任务不重叠，合为一份报表（{unit}，{period}）",
            "{files} hold different tasks: taken as one return ({unit}, {period})";
        /// A part of a return naming no unit takes its sibling file's.
        UnitFromSibling { unit: String, from: String } =>
            "未写明填报单位，按同一报表的{from}认定为{unit}",
            "no reporting unit named; taken as {unit} from {from}, part of the same return";
        /// A part of a return naming no period takes its sibling file's.
        PeriodFromSibling { period: String, from: String } =>
            "未写明报告期，按同一报表的{from}认定为{period}",
            "no period named; taken as {period} from {from}, part of the same return";
        /// The file name names a later period than the content, and the unit sent nothing
        /// else for it.
        PeriodByFileName { clues: String, named: String, content: String } =>
            "报告期线索不一致（{clues}）：文件名为{named}，该单位{named}没有其他报表，按{named}的报表处理（与{content}相同的内容标为与上期雷同）",
            "the period clues disagree ({clues}): the file name says {named} and the unit sent nothing else for {named}, so it is taken as its {named} return (texts the same as {content}'s are flagged as copied)";
    }
}

impl MergeMsg {
    /// The 未报送 remark of a unit whose file cannot be read (`reason`, the reader's message
    /// in the run's language): the reason's own action when it gives one (a Chinese reason
    /// ends with "：请…" when the unit can do something), else the general one, so the remark
    /// never asks twice.
    pub fn unreadable(file: String, reason: String) -> MergeMsg {
        if reason.contains("：请") {
            MergeMsg::UnreadableSaid { file, reason }
        } else {
            MergeMsg::Unreadable { file, reason }
        }
    }
}
