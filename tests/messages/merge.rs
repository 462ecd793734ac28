//! Pins of every `msg::Merge` message built as a value, both languages whole.
//! Generated from src/msg once and kept by hand: a changed text must change here too.

use super::Pins;
use duban::msg::Merge;

pub fn all(p: &mut Pins) {
    p.pin(
        Merge::NoPeriod {
            current: "2020年一季度".into(),
        },
        "未找到报告期，按本期（2020年一季度）处理",
        "no period found; taken as the current period 2020年一季度",
    );
    p.pin(
        Merge::LaterSheet {
            period: "2020年半年".into(),
            current: "2020年一季度".into(),
        },
        "该表报告期为2020年半年，晚于本次汇总的2020年一季度，将在2020年半年汇总时处理",
        "the sheet is for 2020年半年, after this run's 2020年一季度; the run for 2020年半年 merges it",
    );
    p.pin(
        Merge::OutsideRun {
            period: "2020年半年".into(),
            current: "2020年一季度".into(),
        },
        "该表报告期为2020年半年，不在本次汇总范围内（2020年一季度及以前）",
        "the sheet is for 2020年半年, outside this run (2020年一季度 and before)",
    );
    p.pin(
        Merge::SheetUnitUnknown,
        "该表的填报单位不明",
        "the sheet's unit is unknown",
    );
    p.pin(
        Merge::RowNotMerged {
            place: "区财政局.xlsx / Sheet1 / D7".into(),
            why: "WHY".into(),
        },
        "区财政局.xlsx / Sheet1 / D7：WHY，该行未汇总",
        "区财政局.xlsx / Sheet1 / D7: WHY; row not merged",
    );
    p.pin(
        Merge::LaterReturn {
            period: "2020年半年".into(),
            current: "2020年一季度".into(),
            label: "LABEL".into(),
        },
        "2020年半年的报表，晚于本次汇总的2020年一季度：各行列为“LABEL”，未汇总",
        "a return for 2020年半年, after this run's 2020年一季度: its rows are listed as LABEL, not merged",
    );
    p.pin(
        Merge::LaterSheets { current: "2020年一季度".into(), sheets: "SHEETS".into(), label: "LABEL".into() },
        "部分工作表属于本次汇总（2020年一季度）之后的时段：SHEETS；这些行列为“LABEL”，未汇总",
        "sheets for a period after this run's 2020年一季度: SHEETS; their rows are listed as LABEL, not merged",
    );
    p.pin(
        Merge::SheetAndPeriod {
            sheet: "Sheet1".into(),
            period: "2020年半年".into(),
        },
        "Sheet1（2020年半年）",
        "Sheet1 (2020年半年)",
    );
    p.pin(
        Merge::Superseded {
            place: "区财政局.xlsx / Sheet1 / D7".into(),
            unit: "区财政局".into(),
            period: "2020年半年".into(),
            by: "BY".into(),
        },
        "区财政局.xlsx / Sheet1 / D7：区财政局的2020年半年报表已被后报的BY替代",
        "区财政局.xlsx / Sheet1 / D7: 区财政局's return for 2020年半年 was replaced by the later BY",
    );
    p.pin(
        Merge::Duplicate {
            place: "区财政局.xlsx / Sheet1 / D7".into(),
            task: "1.(1).1".into(),
            kept: "KEPT".into(),
        },
        "区财政局.xlsx / Sheet1 / D7：任务1.(1).1在本报表中填报了两次，保留KEPT处的一行",
        "区财政局.xlsx / Sheet1 / D7: task 1.(1).1 is reported twice in this return; the row at KEPT is kept",
    );
}
