//! The 节点计划 sheet of the master ledger (and of a split ledger whose tasks have a plan),
//! written only when some unit sent a plan: one row
//! per task and unit with a plan, the period's milestone beside the unit's own status and
//! percent, the judgement ([`crate::plan::judge`]) and why, every period's milestone, the
//! milestones a later plan moved (调整节点, both versions), the office's word on them
//! ([`DECISION`], which the clerk fills in and the next run reads back with [`read_decisions`]
//! and writes back) and where the plan came from. The note counts the tasks by judgement and
//! those without a plan.

use super::lists::{body_row, finish, head};
use super::Book;
use crate::msg::{LayoutMsg, PlanMsg};
use crate::period::PeriodKind;
use crate::place::Place;
use crate::plan::Decision;
use crate::plan::{Judgement, Plan};
use crate::status::Status;
use calamine::{open_workbook_auto, Data, Range, Reader};
use rust_xlsxwriter::{DataValidation, DataValidationErrorStyle, Workbook, XlsxError};
use std::path::Path;

/// The sheet's name.
pub(crate) const PLAN_SHEET: &str = "节点计划";

/// Columns with widths in CJK characters.
pub(crate) const PLAN_COLUMNS: [(&str, usize); 18] = [
    ("序号", 2),
    ("任务编号", 5),
    ("任务内容", 16),
    ("牵头单位", 7),
    ("年度目标", 12),
    ("本期节点", 14),
    ("对照结果", 4),
    ("单位自报状态", 6),
    ("完成进度", 4),
    ("计划进度", 4),
    ("对照依据", 14),
    ("一季度节点", 10),
    ("上半年节点", 10),
    ("前三季度节点", 10),
    ("全年节点", 10),
    ("调整节点", 14),
    (DECISION, 8),
    ("来源", 16),
];

/// The header of the column where the office says whether it accepts a row's 调整节点.
pub(crate) const DECISION: &str = "办公室意见（同意/不同意调整）";

pub(crate) fn write_sheet(wb: &mut Workbook, book: &Book) -> Result<(), XlsxError> {
    let model = book.model;
    let ws = wb.add_worksheet().set_name(PLAN_SHEET)?;
    let title = LayoutMsg::PlanSheetTitle {
        period: model.current.title(),
    }
    .to_string();
    let tasks = model.register.tasks.iter().filter(|t| book.scope.includes(t));
    let (counts, without) = model.judgement_counts(tasks);
    let n = |j: Judgement| counts.get(&j).copied().unwrap_or(0);
    let note = PlanMsg::SheetNote {
        period: model.current.title(),
        ahead: n(Judgement::Ahead),
        on_plan: n(Judgement::OnPlan),
        behind: n(Judgement::Behind),
        completed: n(Judgement::Completed),
        unknown: n(Judgement::NotComparable),
        without,
        tolerance: book.settings.plan.tolerance,
    }
    .to_string();
    head(ws, book, &title, &note, &PLAN_COLUMNS)?;
    let plans = model.plans.iter().filter(|p| in_scope(book, p));
    // Where a milestone moved, the office's word is offered as a list (free text allowed, a
    // reason after a comma), in the master ledger only: the one the next run reads.
    let choice = DataValidation::new()
        .allow_list_strings(&["同意", "不同意"])?
        .set_input_message(PlanMsg::DecisionPrompt.to_string())?
        .set_error_style(DataValidationErrorStyle::Information);
    let mut rows = 0;
    for (i, p) in plans.enumerate() {
        let cells = row_cells(book, i + 1, p);
        let r = 3 + i as u32;
        body_row(ws, &book.styles, r, &cells, &PLAN_COLUMNS)?;
        // The judgement in the colour of the status it stands nearest to.
        if let Some(status) = p.verdict.as_ref().and_then(|v| colour_of(v.judgement)) {
            ws.write_with_format(
                r,
                JUDGEMENT_COL,
                &cells[JUDGEMENT_COL as usize],
                book.styles.status(status),
            )?;
        }
        if !p.moved.is_empty() && book.scope.owner.is_none() {
            ws.add_data_validation(r, DECISION_COL, r, DECISION_COL, &choice)?;
        }
        rows += 1;
    }
    finish(ws, &title, rows, &PLAN_COLUMNS, book.paper())
}

/// The column of 对照结果.
const JUDGEMENT_COL: u16 = 6;
/// The column of the office's word on a 调整节点 ([`DECISION`]).
const DECISION_COL: u16 = 16;

/// The status colour a judgement is shown in: 超进度 and 已完成 as 已完成, 达进度 as 序时推进,
/// 欠进度 as 滞后; 无法对照 plain.
fn colour_of(j: Judgement) -> Option<Status> {
    match j {
        Judgement::Ahead | Judgement::Completed => Some(Status::Completed),
        Judgement::OnPlan => Some(Status::OnTrack),
        Judgement::Behind => Some(Status::Lagging),
        Judgement::NotComparable => None,
    }
}

/// A plan the workbook shows: its task in scope, and its unit's when the workbook is one
/// unit's.
pub(crate) fn in_scope(book: &Book, p: &Plan) -> bool {
    book.scope.includes_id(&p.task_id) && book.scope.unit_name().is_none_or(|u| u == p.unit)
}

fn row_cells(book: &Book, n: usize, p: &Plan) -> Vec<String> {
    let model = book.model;
    let task_text = model
        .register
        .task(&p.task_id)
        .map(|t| t.text.clone())
        .unwrap_or_default();
    let milestone = |k: PeriodKind| p.milestone_in_force(k).map(|m| m.summary()).unwrap_or_default();
    let verdict = p.verdict.as_ref();
    let percent = |v: Option<u8>| v.map(|x| x.to_string()).unwrap_or_default();
    // Words of the plan that name no period stay with the target, marked.
    let mut target = vec![p.current.target.clone()]
        .into_iter()
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>();
    target.extend(
        p.current
            .unplaced
            .iter()
            .map(|(t, _)| PlanMsg::Unplaced { text: t.clone() }.to_string()),
    );
    let mut source = vec![p.current.file.clone()];
    source.extend(p.earlier.iter().map(|v| v.file.clone()));
    vec![
        n.to_string(),
        p.task_id.clone(),
        task_text,
        p.unit.clone(),
        target.join("\n"),
        milestone(model.current.kind),
        verdict
            .map(|v| v.judgement.label().to_string())
            .unwrap_or_default(),
        verdict.map(|v| v.status.label().to_string()).unwrap_or_default(),
        percent(verdict.and_then(|v| v.reported)),
        percent(verdict.and_then(|v| v.planned)),
        verdict.map(|v| v.reason.clone()).unwrap_or_default(),
        milestone(PeriodKind::Q1),
        milestone(PeriodKind::H1),
        milestone(PeriodKind::Q3),
        milestone(PeriodKind::Y),
        p.moved_text(),
        p.decision.as_ref().map(|d| d.text.clone()).unwrap_or_default(),
        source.join("\n"),
    ]
}

/// The office's decisions on the 调整节点 in the 节点计划 sheet of the master ledger at `path`:
/// each non-empty cell under [`DECISION`], keyed by its row's 任务编号 and 牵头单位 (columns
/// found by their headers), with its cell. Empty when the ledger, the sheet or the column is
/// not there (the ledger's own columns report a file that cannot be read).
pub(crate) fn read_decisions(path: &Path) -> Vec<Decision> {
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let Ok(mut wb) = open_workbook_auto(path) else {
        return Vec::new();
    };
    let Ok(range) = wb.worksheet_range(PLAN_SHEET) else {
        return Vec::new();
    };
    decisions_in(&range, &file)
}

fn decisions_in(range: &Range<Data>, file: &str) -> Vec<Decision> {
    let Some((end_row, end_col)) = range.end() else {
        return Vec::new();
    };
    let text = |r: u32, c: u32| match range.get_value((r, c)) {
        Some(Data::Empty) | None => String::new(),
        Some(d) => d.to_string().trim().to_string(),
    };
    let find = |r: u32, h: &str| (0..=end_col).find(|c| text(r, *c) == h);
    let Some((head, col)) = (0..=end_row.min(9)).find_map(|r| find(r, DECISION).map(|c| (r, c))) else {
        return Vec::new();
    };
    let (Some(task), Some(unit)) = (find(head, "任务编号"), find(head, "牵头单位")) else {
        return Vec::new();
    };
    let moves = find(head, "调整节点");
    (head + 1..=end_row)
        .filter(|r| !text(*r, col).is_empty())
        .map(|r| Decision {
            task_id: text(r, task),
            unit: text(r, unit),
            text: text(r, col),
            moves: moves.map(|c| text(r, c)).unwrap_or_default(),
            place: Place::cell(file, PLAN_SHEET, r, col),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_columns_written_apart_are_where_their_headers_are() {
        assert_eq!(PLAN_COLUMNS[JUDGEMENT_COL as usize].0, "对照结果");
        assert_eq!(PLAN_COLUMNS[DECISION_COL as usize].0, DECISION);
    }
}
