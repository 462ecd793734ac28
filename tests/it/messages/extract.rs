//! Pins of every `msg::ExtractMsg` message built as a value, both languages whole.
//! Generated from src/msg once and kept by hand: a changed text must change here too.

use super::Pins;
use duban::msg::{CellKindMsg, ExtractMsg};

pub fn all(p: &mut Pins) {
    for (kind, zh, en) in [
        (CellKindMsg::StatusWords, "状态词", "status words"),
        (CellKindMsg::YesNo, "“是/否”", "是/否 answers"),
        (CellKindMsg::Percentages, "百分数", "percentages"),
        (CellKindMsg::Dates, "日期", "dates"),
        (CellKindMsg::Numbers, "编号", "numbers"),
        (CellKindMsg::Text, "文字", "text"),
        (CellKindMsg::Other, "其他内容", "other content"),
    ] {
        p.pin(kind, zh, en);
    }
    p.pin(
        ExtractMsg::NoHeader {
            file: "区财政局.xlsx".into(),
            sheet: "Sheet1".into(),
            rows: 3,
        },
        "区财政局.xlsx / Sheet1：未找到表头（需有“任务内容”以及“进展情况”或“完成状态”），3行未读取",
        "区财政局.xlsx / Sheet1: no table header found (任务内容 and 进展情况 or 完成状态); 3 rows not read",
    );
    p.pin(
        ExtractMsg::NotDate {
            place: "区财政局.xlsx / Sheet1 / D7".into(),
            value: "过半".into(),
        },
        "区财政局.xlsx / Sheet1 / D7（填报日期）：“过半”不是日期，未采用：请核实报送日期（可在收文登记中补记）",
        "区财政局.xlsx / Sheet1 / D7 (填报日期): \"过半\" is not a date; not taken: check when the return was received (a receipt register row settles it)",
    );
    p.pin(
        ExtractMsg::NotStatus { place: "区财政局.xlsx / Sheet1 / D7".into(), header: "完成进度".into(), value: "过半".into() },
        "区财政局.xlsx / Sheet1 / D7（完成进度）：“过半”不是完成状态（应为已完成、序时推进、滞后、未启动之一），已按原文保留：请向单位核实完成状态",
        "区财政局.xlsx / Sheet1 / D7 (完成进度): \"过半\" is not a status (已完成, 序时推进, 滞后, 未启动); kept as written: check the status with the unit",
    );
    p.pin(
        ExtractMsg::PercentOutOfRange {
            place: "区财政局.xlsx / Sheet1 / D7".into(),
            header: "完成进度".into(),
            value: "过半".into(),
        },
        "区财政局.xlsx / Sheet1 / D7（完成进度）：“过半”不在0到100之间，已按原文保留：请向单位核实完成进度",
        "区财政局.xlsx / Sheet1 / D7 (完成进度): \"过半\" is not between 0 and 100; kept as written: check the percentage with the unit",
    );
    p.pin(
        ExtractMsg::NotPercent {
            place: "区财政局.xlsx / Sheet1 / D7".into(),
            header: "完成进度".into(),
            value: "过半".into(),
        },
        "区财政局.xlsx / Sheet1 / D7（完成进度）：“过半”不是百分数，已按原文保留：请向单位核实完成进度",
        "区财政局.xlsx / Sheet1 / D7 (完成进度): \"过半\" is not a percentage; kept as written: check the percentage with the unit",
    );
    p.pin(
        ExtractMsg::NoStatus {
            place: "区财政局.xlsx / Sheet1 / D7".into(),
        },
        "区财政局.xlsx / Sheet1 / D7：完成状态未填或无法识别，按所填进展视为序时推进：请向单位核实完成状态",
        "区财政局.xlsx / Sheet1 / D7: no readable 完成状态; taken as 序时推进 from the progress written: check the status with the unit",
    );
    p.pin(
        ExtractMsg::RoleFromContent {
            file: "区财政局.xlsx".into(),
            sheet: "Sheet1".into(),
            col: "COL".into(),
            header: "完成进度".into(),
            kind: CellKindMsg::Percentages,
            role: "ROLE".into(),
        },
        "区财政局.xlsx / Sheet1 / COL列（完成进度）：内容为百分数，按“ROLE”读取",
        "区财政局.xlsx / Sheet1 / column COL (完成进度): it holds percentages; read as “ROLE”",
    );
    p.pin(
        ExtractMsg::RoleNone { file: "区财政局.xlsx".into(), sheet: "Sheet1".into(), col: "COL".into(), header: "完成进度".into(), kind: CellKindMsg::Other },
        "区财政局.xlsx / Sheet1 / COL列（完成进度）：内容为其他内容，无法确定所属栏目，原样列入“其他”",
        "区财政局.xlsx / Sheet1 / column COL (完成进度): it holds other content that fits no column; kept verbatim as “其他”",
    );
    p.pin(ExtractMsg::NoHeaderName, "无表头", "no header");
    p.pin(
        ExtractMsg::RoleFromContent {
            file: "区X.xlsx".into(),
            sheet: "Sheet1".into(),
            col: "D".into(),
            header: "完成情况".into(),
            kind: CellKindMsg::StatusWords,
            role: "完成状态".into(),
        },
        "区X.xlsx / Sheet1 / D列（完成情况）：内容为状态词，按“完成状态”读取",
        "区X.xlsx / Sheet1 / column D (完成情况): it holds status words; read as “完成状态”",
    );
    p.pin(
        ExtractMsg::RoleNone {
            file: "区X.xlsx".into(),
            sheet: "Sheet1".into(),
            col: "D".into(),
            header: "进展情况".into(),
            kind: CellKindMsg::Text,
        },
        "区X.xlsx / Sheet1 / D列（进展情况）：内容为文字，无法确定所属栏目，原样列入“其他”",
        "区X.xlsx / Sheet1 / column D (进展情况): it holds text that fits no column; kept verbatim as “其他”",
    );
    p.pin(ExtractMsg::NoHeaderName, "无表头", "no header");
    p.pin(
        ExtractMsg::HiddenRowHeader {
            header: "进展情况".into(),
        },
        "进展情况（隐藏行）",
        "进展情况 (hidden row)",
    );
    p.pin(
        ExtractMsg::HiddenColumnHeader {
            header: "前三季度进展情况".into(),
        },
        "前三季度进展情况（隐藏列）",
        "前三季度进展情况 (hidden column)",
    );
    p.pin(
        ExtractMsg::ColumnHidden {
            file: "区X.xlsx".into(),
            sheet: "Sheet1".into(),
            col: "D".into(),
            header: "前三季度进展情况".into(),
        },
        "区X.xlsx / Sheet1 / D列（前三季度进展情况）：隐藏列，内容原样列入“其他”（标为隐藏列），不作本期填报内容",
        "区X.xlsx / Sheet1 / column D (前三季度进展情况): hidden; kept verbatim as “其他” (marked hidden), not taken as this period's report",
    );
    p.pin(
        ExtractMsg::ColumnEarlier {
            file: "区X.xlsx".into(),
            sheet: "Sheet1".into(),
            col: "C".into(),
            header: "1-9月进展情况".into(),
            period: "三季度".into(),
        },
        "区X.xlsx / Sheet1 / C列（1-9月进展情况）：表头为三季度，不是本期，内容原样列入“其他”",
        "区X.xlsx / Sheet1 / column C (1-9月进展情况): headed 三季度, not this period; kept verbatim as “其他”",
    );
    p.pin(
        ExtractMsg::RowsHidden {
            file: "区X.xlsx".into(),
            sheet: "Sheet1".into(),
            rows: 4,
        },
        "区X.xlsx / Sheet1：4行为隐藏行，内容原样列入所属任务的“其他”（标为隐藏行），不作本期填报内容",
        "区X.xlsx / Sheet1: 4 hidden rows; kept verbatim in their tasks' “其他” (marked hidden), not taken as this period's report",
    );
    p.pin(
        ExtractMsg::RoleByStem {
            file: "区蔬菜中心.xlsx".into(),
            sheet: "Sheet1".into(),
            col: "B".into(),
            header: "工作举措及成效".into(),
            stem: "举措".into(),
            role: "进展情况".into(),
        },
        "区蔬菜中心.xlsx / Sheet1 / B列（工作举措及成效）：表头含“举措”，按“进展情况”读取",
        "区蔬菜中心.xlsx / Sheet1 / column B (工作举措及成效): the header says “举措”; read as “进展情况”",
    );
    p.pin(
        ExtractMsg::RoleByAnswer {
            file: "区蔬菜中心.xlsx".into(),
            sheet: "Sheet1".into(),
            col: "C".into(),
            header: "是否完成".into(),
            role: "完成状态".into(),
        },
        "区蔬菜中心.xlsx / Sheet1 / C列（是否完成）：内容为“是/否”，“是”为已完成，按“完成状态”读取",
        "区蔬菜中心.xlsx / Sheet1 / column C (是否完成): it holds 是/否 (是: 已完成); read as “完成状态”",
    );
    p.pin(
        ExtractMsg::NotDoneOnly {
            place: "区畜牧中心.xlsx / Sheet1 / C3".into(),
            header: "是否完成".into(),
            value: "否".into(),
        },
        "区畜牧中心.xlsx / Sheet1 / C3（是否完成）：填“否”，未写明完成状态（序时推进、滞后或未启动），按所填进展视为序时推进：请向单位核实完成状态",
        "区畜牧中心.xlsx / Sheet1 / C3 (是否完成): “否” says not done but gives no status (序时推进, 滞后 or 未启动); taken as 序时推进 from the progress written: check the status with the unit",
    );
    p.pin(
        ExtractMsg::Contradiction {
            place: "区财政局.xlsx / Sheet1 / C3".into(),
            status: "已完成".into(),
            against: "AGAINST".into(),
        },
        "区财政局.xlsx / Sheet1 / C3：完成状态“已完成”与AGAINST不符；台帐按原填保留并标注，通报不引用该条进展，请单位核实更正",
        "区财政局.xlsx / Sheet1 / C3: the status “已完成” contradicts AGAINST; kept as written and marked in the ledger, not quoted in the bulletin; the unit should check it",
    );
    p.pin(
        ExtractMsg::AgainstPercent {
            header: "完成进度".into(),
            percent: 66,
            cell: "D3".into(),
        },
        "完成进度66%（D3）",
        "完成进度 66% (D3)",
    );
    p.pin(
        ExtractMsg::AgainstWords {
            header: "进展情况".into(),
            words: "有所延后".into(),
            cell: "E4".into(),
        },
        "进展情况中的“有所延后”（E4）",
        "“有所延后” in 进展情况 (E4)",
    );
    p.pin(
        ExtractMsg::FillLegend {
            file: "区人社局.xlsx".into(),
            sheet: "Sheet1".into(),
            cell: "A2".into(),
            legend: "LEGEND".into(),
        },
        "区人社局.xlsx / Sheet1：完成状态按单元格底色读取，图例见A2（LEGEND）",
        "区人社局.xlsx / Sheet1: statuses read from the cells' fill colours by the legend at A2 (LEGEND)",
    );
    p.pin(
        ExtractMsg::FillAssumed {
            file: "区公房中心.xlsx".into(),
            sheet: "Sheet1".into(),
            legend: "LEGEND".into(),
        },
        "区公房中心.xlsx / Sheet1：完成状态按单元格底色读取；表中未见图例，按通常含义（LEGEND）读取，请核实",
        "区公房中心.xlsx / Sheet1: statuses read from the cells' fill colours; the sheet has no legend, so the usual meaning (LEGEND) was taken: please check",
    );
    p.pin(
        ExtractMsg::ColourMeans {
            colour: "绿".into(),
            status: "已完成".into(),
        },
        "绿色为已完成",
        "绿 for 已完成",
    );
}
