//! What is no report although it looks like one: a return whose table says nothing about any
//! task, and the files duban wrote itself.
//!
//! - A return whose rows hold no status, percentage, progress, difficulties, suggestions or
//!   next steps for any task (headers, the task list, a 填报日期, nothing else) is an empty
//!   return: its unit is `Timeliness::Empty` (已报送（空表）), its tasks stay 未反馈, its rows
//!   are counted with the notes and make no exceptions (see `fill`).
//! - One of duban's feedback forms (its hidden identity) that nobody filled in, not even the
//!   填报日期, is no return at all: its unit stays 未报送 and is reminded.
//! - A workbook whose properties carry duban's output mark (`form::OUTPUT_KEYWORD`) and no
//!   form identity is one of duban's outputs (ledger, run report, 反馈表清单, 任务清单)
//!   dropped into input/: never read as a return.
//!
//! Each becomes a [`FileReport`] with its reason; nothing of it is lost.

use crate::collect::RawWorkbook;
use crate::extract::Record;
use crate::form::{IDENTITY_SHEET, OUTPUT_KEYWORD};
use crate::matching::{MatchedReturn, MatchedSheet};
use crate::model::{FileOutcome, FileReport, Layout};
use crate::msg::MergeMsg;

/// True when the unit wrote nothing for the row's task.
pub(crate) fn says_nothing(r: &Record) -> bool {
    r.says_nothing()
}

/// True when no row of the sheet says anything about its task.
pub(crate) fn sheet_says_nothing(s: &MatchedSheet) -> bool {
    s.rows.iter().all(|row| says_nothing(&row.record))
}

/// The report of one of duban's own outputs, when `wb` is one: marked as duban's output in
/// its properties, no form identity.
pub(crate) fn own_output(wb: &RawWorkbook) -> Option<FileReport> {
    let keywords = wb.properties.keywords.as_deref().unwrap_or_default();
    let ours = keywords.split([',', ';', ' ']).any(|k| k == OUTPUT_KEYWORD);
    if !ours || wb.sheets.iter().any(|s| s.name == IDENTITY_SHEET) {
        return None;
    }
    let title = wb.properties.title.clone().unwrap_or_default();
    Some(FileReport {
        reason: Some(MergeMsg::OwnOutput { title }.to_string()),
        format: Some(wb.format.name().to_string()),
        ..FileReport::new(&wb.path, FileOutcome::Own)
    })
}

/// True for one of duban's forms that nobody filled in: no row says anything and no sheet
/// carries a 填报日期.
pub(crate) fn blank_form(r: &MatchedReturn) -> bool {
    let no_plan = |s: &MatchedSheet| s.rows.iter().all(|row| row.record.plan.is_empty());
    r.layout == Layout::Form
        && r.sheets
            .iter()
            .all(|s| s.date.is_none() && sheet_says_nothing(s) && no_plan(s))
}

/// The report of a blank form: every row counted with the notes, the reason naming its unit.
pub(crate) fn blank_form_report(r: &MatchedReturn) -> FileReport {
    let unit = r.sheets.iter().find_map(|s| s.unit.clone()).unwrap_or_default();
    let mut rep = FileReport {
        reason: Some(MergeMsg::BlankForm { unit: unit.clone() }.to_string()),
        format: Some(r.format.name().to_string()),
        layout: Some(r.layout),
        unit: Some(unit).filter(|u| !u.is_empty()),
        period: r.sheets.iter().find_map(|s| s.period),
        warnings: r.warnings.clone(),
        ..FileReport::new(&r.path, FileOutcome::Own)
    };
    for s in &r.sheets {
        // Nobody filled it in: every row read is other.
        rep.count_read(s.count.rows_read, s.count.cells_read);
        rep.count_other(s.count.rows_read, s.count.cells_read);
    }
    rep
}

/// Counts the rows of an empty return's sheet with the notes (they said nothing).
pub(crate) fn count_as_notes(rep: &mut FileReport, s: &MatchedSheet) {
    // Rows of other units' tasks left empty are counted already (`fill::report_of`).
    let rows = s
        .rows
        .iter()
        .filter(|r| !matches!(r.outcome, crate::matching::RowOutcome::Template { .. }));
    for r in rows {
        rep.count_other(1, r.record.cells);
    }
}
