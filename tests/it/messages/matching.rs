//! Pins of every `msg::MatchingMsg` message built as a value, both languages whole.
//! Generated from src/msg once and kept by hand: a changed text must change here too.

use super::Pins;
use duban::msg::MatchingMsg;

pub fn all(p: &mut Pins) {
    p.pin(MatchingMsg::ClueForm, "反馈表标识", "the form identity");
    p.pin(
        MatchingMsg::ClueLabel {
            label: "LABEL".into(),
            cell: "D7".into(),
        },
        "LABEL（D7）",
        "LABEL D7",
    );
    p.pin(
        MatchingMsg::ClueTitle { cell: "D7".into() },
        "标题（D7）",
        "title D7",
    );
    p.pin(MatchingMsg::ClueSheetName, "工作表名", "the sheet name");
    p.pin(MatchingMsg::ClueFileName, "文件名", "the file name");
    p.pin(
        MatchingMsg::ClueSays {
            source: "SOURCE".into(),
            value: "过半".into(),
        },
        "SOURCE为过半",
        "SOURCE says 过半",
    );
    p.pin(
        MatchingMsg::PeriodCluesDisagree {
            clues: "CLUES".into(),
            taken: "TAKEN".into(),
        },
        "报告期线索不一致（CLUES），按TAKEN处理",
        "the period clues disagree (CLUES); taken as TAKEN",
    );
    p.pin(
        MatchingMsg::UnitCluesDisagree {
            clues: "CLUES".into(),
            taken: "TAKEN".into(),
        },
        "填报单位线索不一致（CLUES），按TAKEN处理",
        "the unit clues disagree (CLUES); taken as TAKEN",
    );
    p.pin(
        MatchingMsg::LabelsAndTasksDisagree { unit: "区财政局".into(), by_tasks: "BY_TASKS".into() },
        "填报单位线索不一致（标注为区财政局，表中任务由BY_TASKS牵头），按区财政局处理",
        "the unit clues disagree (labels say 区财政局, the tasks in the sheet are led by BY_TASKS); taken as 区财政局",
    );
    p.pin(
        MatchingMsg::NoUnit,
        "未找到填报单位（反馈表标识、填报单位、标题、文件名和表中任务都未指明）",
        "no reporting unit found (no form identity, 填报单位, title, file name or task of the sheet names one)",
    );
    p.pin(
        MatchingMsg::NoTaskInRow {
            place: "区财政局.xlsx / Sheet1 / D7".into(),
        },
        "区财政局.xlsx / Sheet1 / D7：该行没有任务编号或任务内容，未汇总：请核对该行属于哪项任务，在原表补填任务编号后重新运行",
        "区财政局.xlsx / Sheet1 / D7: no task number or task text in this row; not merged: find which task it belongs to, add the task number in the return and run again",
    );
    p.pin(
        MatchingMsg::NoTaskMatches {
            place: "区财政局.xlsx / Sheet1 / D7".into(),
            excerpt: "EXCERPT".into(),
            best: 1.5,
        },
        "区财政局.xlsx / Sheet1 / D7：“EXCERPT”与通知中的任务都对不上（最高相似度1.50），未汇总：请向单位核实是哪项任务，在原表补填任务编号后重新运行",
        "区财政局.xlsx / Sheet1 / D7: no task of the notice matches \"EXCERPT\" (best similarity 1.50); not merged: ask the unit which task it is, add the task number in the return and run again",
    );
    p.pin(
        MatchingMsg::Ambiguous {
            place: "区财政局.xlsx / Sheet1 / D7".into(),
            excerpt: "EXCERPT".into(),
            tasks: "TASKS".into(),
        },
        "区财政局.xlsx / Sheet1 / D7：“EXCERPT”与多项任务同样接近（TASKS），未汇总：请在原表补填任务编号后重新运行",
        "区财政局.xlsx / Sheet1 / D7: \"EXCERPT\" fits several tasks equally well (TASKS); not merged: add the task number in the return and run again",
    );
    p.pin(
        MatchingMsg::UnitUnknown {
            place: "区财政局.xlsx / Sheet1 / D7".into(),
            task: "1.(1).1".into(),
        },
        "区财政局.xlsx / Sheet1 / D7：对应任务1.(1).1，但该表的填报单位不明，未汇总：请在表中写明填报单位（或以单位名称命名文件）后重新运行",
        "区财政局.xlsx / Sheet1 / D7: matched task 1.(1).1 but the sheet's unit is unknown; not merged: write the 填报单位 in the sheet (or name the file after the unit) and run again",
    );
    p.pin(
        MatchingMsg::NotOwnTask { place: "区财政局.xlsx / Sheet1 / D7".into(), task: "1.(1).1".into(), leads: "LEADS".into(), unit: "区财政局".into() },
        "区财政局.xlsx / Sheet1 / D7：任务1.(1).1由LEADS牵头，区财政局不是该任务的牵头或配合单位，此行未计入台帐：请向区财政局核实是否填错了行或任务编号，改正后重新运行",
        "区财政局.xlsx / Sheet1 / D7: task 1.(1).1 is led by LEADS; 区财政局 neither leads nor supports it, so the row is not in the ledger: ask 区财政局 whether it filled in the wrong row or task number, correct it and run again",
    );
    p.pin(
        MatchingMsg::PartnerTask { place: "区财政局.xlsx / Sheet1 / D7".into(), task: "1.(1).1".into(), leads: "LEADS".into(), unit: "区财政局".into() },
        "区财政局.xlsx / Sheet1 / D7：区财政局是任务1.(1).1的配合单位，该任务由LEADS牵头汇总报送，此行未计入台帐：请将此行转LEADS，纳入其报表后重新运行",
        "区财政局.xlsx / Sheet1 / D7: 区财政局 supports task 1.(1).1, which LEADS leads and reports; the row is not in the ledger: pass it on to LEADS to include in its return, and run again",
    );
    p.pin(MatchingMsg::NoLeadUnit, "无牵头单位", "no unit");
    p.pin(
        MatchingMsg::Review { place: "区财政局.xlsx / Sheet1 / D7".into(), excerpt: "EXCERPT".into(), task: "1.(1).1".into(), method: "METHOD".into(), similarity: 1.5, accept: 1.5 },
        "区财政局.xlsx / Sheet1 / D7：“EXCERPT”按任务1.(1).1处理（METHOD，相似度1.50，低于1.50），请核对",
        "区财政局.xlsx / Sheet1 / D7: \"EXCERPT\" taken as task 1.(1).1 (METHOD, similarity 1.50 below 1.50): please check",
    );
}
