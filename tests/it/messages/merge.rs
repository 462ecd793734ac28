//! Pins of every `msg::MergeMsg` message built as a value, both languages whole.
//! Generated from src/msg once and kept by hand: a changed text must change here too.

use super::Pins;
use duban::msg::MergeMsg;

pub fn all(p: &mut Pins) {
    p.pin(
        MergeMsg::NoPeriod {
            current: "2020年一季度".into(),
        },
        "未找到报告期，按本期（2020年一季度）处理",
        "no period found; taken as the current period 2020年一季度",
    );
    p.pin(
        MergeMsg::LaterSheet {
            period: "2020年半年".into(),
            current: "2020年一季度".into(),
        },
        "该表报告期为2020年半年，晚于本次汇总的2020年一季度，将在2020年半年汇总时处理",
        "the sheet is for 2020年半年, after this run's 2020年一季度; the run for 2020年半年 merges it",
    );
    p.pin(
        MergeMsg::OtherYear {
            period: "2020年半年".into(),
            current: "2021年半年".into(),
        },
        "2020年半年的报表，不属于本次汇总的2021年半年：各行未汇总，不列异常",
        "a return for 2020年半年, not this run's 2021年半年: its rows are not merged and make no exceptions",
    );
    p.pin(
        MergeMsg::OtherYearCheck {
            period: "2020年半年".into(),
            current: "2021年半年".into(),
        },
        "该文件是2020年半年的报表，不属于本次汇总的2021年半年，未汇总：请核实该单位是否误报了往年的报表，如是，请其报送2021年半年的报表",
        "the file is a return for 2020年半年, not this run's 2021年半年; not merged: check whether the unit sent an old return by mistake, and if so ask it for its 2021年半年 return",
    );
    p.pin(
        MergeMsg::RowUnitUnknown {
            place: "区财政局.xlsx / Sheet1 / D7".into(),
        },
        "区财政局.xlsx / Sheet1 / D7：该表的填报单位不明，该行未汇总：请在表中写明填报单位（或以单位名称命名文件）后重新运行",
        "区财政局.xlsx / Sheet1 / D7: the sheet's unit is unknown; row not merged: write the 填报单位 in the sheet (or name the file after the unit) and run again",
    );
    p.pin(
        MergeMsg::RowNotMerged {
            place: "区财政局.xlsx / Sheet1 / D7".into(),
            why: "WHY".into(),
        },
        "区财政局.xlsx / Sheet1 / D7：WHY，该行未汇总",
        "区财政局.xlsx / Sheet1 / D7: WHY; row not merged",
    );
    p.pin(
        MergeMsg::LaterReturn {
            period: "2020年半年".into(),
            current: "2020年一季度".into(),
            label: "LABEL".into(),
        },
        "2020年半年的报表，晚于本次汇总的2020年一季度：各行列为“LABEL”，未汇总",
        "a return for 2020年半年, after this run's 2020年一季度: its rows are listed as LABEL, not merged",
    );
    p.pin(
        MergeMsg::LaterSheets { current: "2020年一季度".into(), sheets: "SHEETS".into(), label: "LABEL".into() },
        "部分工作表属于本次汇总（2020年一季度）之后的时段：SHEETS；这些行列为“LABEL”，未汇总",
        "sheets for a period after this run's 2020年一季度: SHEETS; their rows are listed as LABEL, not merged",
    );
    p.pin(
        MergeMsg::SheetAndPeriod {
            sheet: "Sheet1".into(),
            period: "2020年半年".into(),
        },
        "Sheet1（2020年半年）",
        "Sheet1 (2020年半年)",
    );
    p.pin(
        MergeMsg::Superseded {
            place: "区财政局.xlsx / Sheet1 / D7".into(),
            unit: "区财政局".into(),
            period: "2020年半年".into(),
            by: "BY".into(),
        },
        "区财政局.xlsx / Sheet1 / D7：区财政局的2020年半年报表已被后报的BY替代",
        "区财政局.xlsx / Sheet1 / D7: 区财政局's return for 2020年半年 was replaced by the later BY",
    );
    p.pin(
        MergeMsg::Duplicate {
            place: "区财政局.xlsx / Sheet1 / D7".into(),
            task: "1.(1).1".into(),
            kept: "KEPT".into(),
        },
        "区财政局.xlsx / Sheet1 / D7：任务1.(1).1在本报表中填报了两次，保留KEPT处的一行：请核对两行，如应保留此行，请删去另一行后重新运行",
        "区财政局.xlsx / Sheet1 / D7: task 1.(1).1 is reported twice in this return; the row at KEPT is kept: compare the two rows, and if this one should be kept, delete the other and run again",
    );
    p.pin(
        MergeMsg::DateAfterReport {
            place: "PLACE".into(),
            what: "WHAT".into(),
            date: "DATE".into(),
            report: "REPORT".into(),
        },
        "PLACE（WHAT）：DATE晚于本期报告日期REPORT，不能作为报送时间的依据，未采用：请核实报送日期（可在收文登记中补记）",
        "PLACE (WHAT): DATE is after this run's report date REPORT; not taken as evidence of when the return was received: check when it was received (a receipt register row settles it)",
    );
    p.pin(
        MergeMsg::DateBeforePeriod {
            place: "PLACE".into(),
            what: "WHAT".into(),
            date: "DATE".into(),
            start: "START".into(),
        },
        "PLACE（WHAT）：DATE早于本期开始日期START，不能作为报送时间的依据，未采用：请核实报送日期（可在收文登记中补记）",
        "PLACE (WHAT): DATE is before the period began (START); not taken as evidence of when the return was received: check when it was received (a receipt register row settles it)",
    );
    p.pin(
        MergeMsg::EmptyReturn { file: "FILE".into() },
        "FILE：表中没有填写任何任务的完成状态、完成进度或进展情况（空表），按未报送处理，已发催报通知请其填写后重新报送",
        "FILE: the table gives no task a status, percentage or progress (an empty table): taken as not reported, reminded to send it filled in",
    );
    p.pin(
        MergeMsg::EmptyFile { file: "FILE".into() },
        "空表：FILE中没有填写任何任务的完成状态、完成进度或进展情况，各行未汇总、不列异常",
        "empty: FILE gives no task a status, percentage or progress; its rows are not merged and make no exceptions",
    );
    p.pin(
        MergeMsg::OwnOutput {
            title: "2020年半年工作台帐".into(),
        },
        "duban生成的文件（2020年半年工作台帐），不是单位报表，未读取",
        "a file duban wrote (2020年半年工作台帐), not a unit's return: not read",
    );
    p.pin(
        MergeMsg::BlankForm { unit: "区财政局".into() },
        "duban发出的空白反馈表（区财政局），未填写任何内容，不是报表；该单位按未报送处理",
        "a blank feedback form duban sent (区财政局), nothing filled in: not a return; the unit counts as not reported",
    );
    p.pin(
        MergeMsg::Undated {
            file: "FILE".into(),
        },
        "FILE：收文登记、填报日期和文件名中均无可信的报送日期，报送时间不明，未计为逾期；请核实收文时间（可在收文登记中补记）",
        "FILE: no plausible date in the receipt register, the 填报日期 or the file name; when it was received is unknown, so it is not counted late: please check (a receipt register row settles it)",
    );
    p.pin(
        MergeMsg::Unreadable {
            file: "FILE".into(),
            reason: "REASON".into(),
        },
        "已收到FILE，但无法读取（REASON）：不计为未报送；请该单位重新报送可读取的Excel文件",
        "FILE was received but cannot be read (REASON): not counted as missing; ask the unit for a readable Excel copy",
    );
    p.pin(
        MergeMsg::UnreadableSaid {
            file: "FILE".into(),
            reason: "REASON：请重新保存".into(),
        },
        "已收到FILE，但无法读取，不计为未报送：REASON：请重新保存",
        "FILE was received but cannot be read, so it is not counted as missing: REASON：请重新保存",
    );
    p.pin(
        MergeMsg::ReceiptOnly {
            place: "PLACE".into(),
        },
        "PLACE：收文登记记有收文，但input/中没有该单位本期的报表，任务进展未能录入",
        "PLACE: the receipt register records a return, but input/ holds none from the unit for this period; no progress was merged",
    );
    p.pin(
        MergeMsg::ReceiptUnknownUnit {
            place: "PLACE".into(),
            text: "TEXT".into(),
        },
        "PLACE：收文登记中的“TEXT”不是应报送单位，此行未采用",
        "PLACE: \"TEXT\" in the receipt register is not a reporting unit; row not taken",
    );
    p.pin(
        MergeMsg::ReceiptBadDate {
            place: "PLACE".into(),
            text: "TEXT".into(),
        },
        "PLACE：收文日期“TEXT”不是日期，此行未采用",
        "PLACE: the receipt date \"TEXT\" is not a date; row not taken",
    );
    p.pin(
        MergeMsg::ReceiptDuplicate {
            place: "PLACE".into(),
            unit: "UNIT".into(),
            period: "PERIOD".into(),
            first: "FIRST".into(),
        },
        "PLACE：UNITPERIOD已在FIRST登记收文，以较早的一次为准，此行未采用",
        "PLACE: UNIT's PERIOD return is already registered at FIRST; the earlier receipt counts, row not taken",
    );
    p.pin(
        MergeMsg::ReceiptNoTable {
            place: "PLACE".into(),
            rows: 3,
        },
        "PLACE：未找到收文登记表头（来文单位、收文日期），3行未读取",
        "PLACE: no receipt table header (来文单位, 收文日期) found; 3 rows not read",
    );
    p.pin(
        MergeMsg::ReceiptOtherPeriod {
            place: "PLACE".into(),
            period: "PERIOD".into(),
        },
        "PLACE：PERIOD的收文，不属于本次处理的时段，此行未采用",
        "PLACE: a receipt for PERIOD, outside this run's periods; row not taken",
    );
    p.pin(
        MergeMsg::TemplateRows { rows: 12 },
        "全区任务表中其他单位的12行未填写，已略过",
        "12 empty rows of other units' tasks in the district task table skipped",
    );
    p.pin(
        MergeMsg::Joined {
            files: "A、B".into(),
            unit: "UNIT".into(),
            period: "PERIOD".into(),
        },
        "A、B任务不重叠，合为一份报表（UNIT，PERIOD）",
        "A、B hold different tasks: taken as one return (UNIT, PERIOD)",
    );
    p.pin(
        MergeMsg::UnitFromSibling {
            unit: "UNIT".into(),
            from: "FROM".into(),
        },
        "未写明填报单位，按同一报表的FROM认定为UNIT",
        "no reporting unit named; taken as UNIT from FROM, part of the same return",
    );
    p.pin(
        MergeMsg::PeriodFromSibling {
            period: "PERIOD".into(),
            from: "FROM".into(),
        },
        "未写明报告期，按同一报表的FROM认定为PERIOD",
        "no period named; taken as PERIOD from FROM, part of the same return",
    );
    p.pin(
        MergeMsg::PeriodByFileName {
            clues: "CLUES".into(),
            named: "NAMED".into(),
            content: "CONTENT".into(),
        },
        "报告期线索不一致（CLUES）：文件名为NAMED，该单位NAMED没有其他报表，按NAMED的报表处理（与CONTENT相同的内容标为与上期雷同）",
        "the period clues disagree (CLUES): the file name says NAMED and the unit sent nothing else for NAMED, so it is taken as its NAMED return (texts the same as CONTENT's are flagged as copied)",
    );
}
