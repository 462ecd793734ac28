//! The documents' layout phrases: titles, file and folder names, headings and the fixed
//! notes of the ledgers, the forms, the run report and the bulletin.
//!
//! They are the same in both languages: the layout of the documents stays Chinese whatever
//! `--lang` says (README, Language), because the office files, prints and forwards them and
//! the forms' readers find their own titles and labels again. Each variant therefore has one
//! text only (see `catalogue!`); what they hold that is said in the run's language (a list
//! joined by [`crate::msg::join`], "等3个") comes in already said.
//!
//! Not here: column headers and sheet names that live as constants in the one module that
//! writes them (`render::report`'s column lists, `form`'s contract), words a value names
//! itself by (`Status::label`, `PeriodKind::label`), and the numerals of
//! `text::numerals`, which build numbers, not phrases.

catalogue! {
    /// The documents' layout phrases, the same in both languages.
    pub enum LayoutMsg {
        // Shared by several documents.
        /// A period with its year: "2020年上半年" (`Period::title`), "2020年半年" in file names.
        YearPeriod { year: i32, period: String } => "{year}年{period}";
        /// "截至2020年上半年": a state as of a period.
        AsOf { when: String } => "截至{when}";
        /// A programme's heading, numbered as the notice numbers it: "一、招商引资工程".
        Numbered { number: String, title: String } => "{number}、{title}";
        /// A section's heading: "（1）配强招商队伍"; the bulletin's second-level heading.
        Section { number: String, title: String } => "（{number}）{title}";
        /// A text behind a tag in black lenticular brackets: "【1.(1).1】配强招商队伍",
        /// "【滞后】进展…".
        Tagged { tag: String, text: String } => "【{tag}】{text}";
        /// The page count in every printed sheet's footer: "第 &P 页，共 &N 页" (Excel fields
        /// &P, &N; `render::print::page_footer`).
        PageOfPages => "第 &P 页，共 &N 页";
        /// The row written in a list with nothing in it.
        NothingListed => "无";
        /// The name a table of a .docx return goes by, as a sheet's would: "表格1".
        DocxTable { n: usize } => "表格{n}";
        /// A file moved to 历史版本: "工作台帐_2020年半年（修改于2020-07-20 0930）.xlsx".
        KeptFile { stem: String, when: String, ext: String } => "{stem}（修改于{when}）{ext}";
        /// The same when that name is taken: "…（修改于2020-07-20 0930）（2）.xlsx".
        KeptFileNth { stem: String, when: String, n: usize, ext: String } =>
            "{stem}（修改于{when}）（{n}）{ext}";

        // The feedback and plan forms (the form's contract: the reader finds these again).
        /// The feedback form's title.
        FormTitle { year: i32, district: String, period: String } =>
            "{year}年{district}《政府工作报告》重点任务{period}进展情况反馈表";
        /// The plan form's title.
        PlanFormTitle { year: i32, district: String } =>
            "{year}年{district}《政府工作报告》重点任务节点计划表";
        /// "填报单位：区财政局"
        FormUnit { unit: String } => "填报单位：{unit}";
        /// "报告期：2020年上半年"
        FormPeriod { period: String } => "报告期：{period}";
        /// "区财政局_2020年半年进展反馈表.xlsx"
        FormFile { unit: String, period: String } => "{unit}_{period}进展反馈表.xlsx";
        /// "区财政局_2020年节点计划表.xlsx"
        PlanFormFile { unit: String, year: i32 } => "{unit}_{year}年节点计划表.xlsx";
        /// The title of the list of forms: "2020年上半年反馈表清单".
        FormIndexTitle { period: String } => "{period}反馈表清单";

        // The ledgers.
        /// "工作台帐_2020年半年.xlsx"
        LedgerFile { period: String } => "工作台帐_{period}.xlsx";
        /// The master ledger's document title.
        LedgerTitle { district: String, period: String } =>
            "{district}政府工作报告重点任务工作台帐（{period}）";
        /// A unit's or a leader's ledger's document title.
        OwnLedgerTitle { owner: String, period: String } => "{owner}工作台帐（{period}）";
        /// A task sheet's title in the master ledger: "盐湖区十大工程工作台帐（2020年上半年）".
        TaskSheetTitle { district: String, attachment: String, period: String } =>
            "{district}{attachment}工作台帐（{period}）";
        /// A task sheet's title in a unit's or a leader's ledger.
        OwnTaskSheetTitle { owner: String, attachment: String, period: String } =>
            "{owner} {attachment}工作台帐（{period}）";
        /// The current period's header over its columns: "上半年（本期）".
        CurrentPeriod { label: String } => "{label}（本期）";
        /// The 汇总 sheet's title.
        SummaryTitle { district: String, period: String } => "{district}{period}重点任务推进情况汇总";
        /// The note under the 汇总 sheet's tables.
        SummaryNote =>
            "注：任务按整体状态统计（多单位牵头的任务取各单位最差者）；“见附件3”的任务按1311项目统计，\
             牵头单位均为单位组的任务不计入。";
        /// The 汇总 sheet's reporting tallies: "按时40 逾期3 未报2".
        Tallies { on_time: usize, late: usize, missing: usize } => "按时{on_time} 逾期{late} 未报{missing}";
        /// A further tally after them, when there is one: " 无法读取1".
        TallyMore { label: String, n: usize } => " {label}{n}";
        /// The 汇总 sheet's pie chart.
        StatusChart { period: String } => "任务状态分布（{period}）";
        /// The 汇总 sheet's bar chart by programme.
        ProgrammeChart { period: String } => "各工程任务推进情况（{period}）";
        /// The 未报送 sheet's title.
        MissingTitle { period: String } => "{period}未按时报送单位";
        /// The 异常 sheet's title.
        ExceptionsTitle { period: String } => "{period}数据异常及待核对事项";
        /// The 节点计划 sheet's title.
        PlanSheetTitle { period: String } => "{period}节点计划对照";
        /// The 考核 sheet's title: "盐湖区2020年各责任单位考核情况（截至上半年）".
        AssessmentTitle { district: String, year: i32, who: String, when: String } =>
            "{district}{year}年{who}考核情况（{when}）";
        /// The 考核明细 sheet's title: the 考核 sheet's and "明细".
        AssessmentDetailTitle { title: String } => "{title}明细";
        /// A score chart's title.
        ScoreChart { when: String } => "各单位考核得分（{when}）";
        /// A score chart's title when the units take several charts: ranks `first` to `last`.
        ScoreChartPart { when: String, first: u32, last: u32 } =>
            "各单位考核得分（{when}，第{first}—{last}名）";
        /// A counted fact's column on the 考核 sheet: "逾期报送（−2/次）".
        ScoreColumn { fact: String, points: String, measure: String } => "{fact}（{points}/{measure}）";

        // The run report.
        /// 处理报告's title.
        ReportTitle { period: String } => "处理报告（{period}）";
        /// A sheet's page header in a workbook of several: "处理报告（2020年上半年）·文件".
        SheetOf { document: String, sheet: String } => "{document}·{sheet}";

        // The bulletin and the reminders.
        /// "督查通报_2020年半年.docx"
        BulletinFile { period: String } => "督查通报_{period}.docx";
        /// "区财政局_催报通知.docx"
        ReminderFile { unit: String } => "{unit}_催报通知.docx";
        /// A date as GB/T 9704 writes it, no leading zeros: "2020年4月13日".
        Date { year: i32, month: u32, day: u32 } => "{year}年{month}月{day}日";
        /// 附件说明 of the only attachment.
        AttachmentOnly { title: String } => "附件：{title}";
        /// 附件说明's first line when there are several.
        AttachmentFirst { title: String } => "附件：1.{title}";
        /// The head of the only attachment.
        AttachmentHeadOnly => "附件";
        /// The head of attachment `n`: "附件2".
        AttachmentHead { n: usize } => "附件{n}";
        /// A list item numbered as official text numbers them: "二是加快…".
        ListItem { number: String, text: String } => "{number}是{text}";
        /// The first units of a longer list with how many there are in all: "区财政局、区税务局、
        /// 区商务局等5个单位" (in English, how many more: a phrase inside a sentence that
        /// follows the language, like the list's separators).
        UnitsAndMore { names: String, total: usize, more: usize } =>
            "{names}等{total}个单位",
            "{names} and {more} more units";
    }
}
