//! Stage 3: raw cells -> typed records.
//!
//! For every visible sheet of a workbook: find the header ([`header`]), then sort each
//! non-empty row into a header, title or note row (counted, with the 填报单位 / 报告期 /
//! 填报日期 they carry) or a [`Record`] whose values are typed ([`values`]) and keep the
//! [`Place`] of their cells. The hidden `_duban` sheet gives our form's [`FormIdentity`].
//! No row is dropped: `rows_read = records + rows_other` on every sheet read; no cell either:
//! each record keeps the cells no field holds in [`Record::other`] and counts its own cells,
//! and the sheet counts its cells read and those of header, title and note rows (the
//! identity is on `crate::model::FileReport`).
//!
//! Hands on one [`Extracted`] per workbook to `matching`.

mod apart;
mod colours;
mod consistency;
pub(crate) mod header;
pub(crate) mod labels;
pub(crate) mod roles;
mod rows;
pub(crate) mod values;

use crate::collect::{Format, RawSheet, RawWorkbook};
use crate::finding::{ExceptionKind, Finding, OtherValue};
use crate::form::{self, IDENTITY_SHEET};
use crate::period::Period;
use crate::place::Place;
use crate::status::Status;
use chrono::NaiveDate;
use serde::Serialize;

pub(crate) use header::{Header, Role};
pub(crate) use roles::Vocab;
pub(crate) use values::DateValue;

/// A text value with the cell it came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Text {
    pub(crate) value: String,
    pub(crate) place: Place,
}

/// A value that could not be read or a guess worth a look; becomes an exception once the
/// row's unit and task are known.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Problem {
    pub(crate) kind: ExceptionKind,
    pub(crate) place: Place,
    pub(crate) message: String,
}

/// One data row, typed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Record {
    /// 0-based row.
    pub(crate) row: u32,
    /// The row's first non-empty cell.
    pub(crate) place: Place,
    pub(crate) task_id: Option<Text>,
    pub(crate) task_text: Option<Text>,
    /// 牵头单位 as written in the row.
    pub(crate) lead_unit: Option<Text>,
    /// 填报单位 as written in the row.
    pub(crate) unit: Option<Text>,
    /// None: nothing reported (the task is 未反馈).
    pub(crate) status: Option<Status>,
    pub(crate) percent: Option<u8>,
    pub(crate) progress: String,
    pub(crate) difficulties: String,
    pub(crate) suggestions: String,
    pub(crate) next_steps: String,
    /// A 填报日期 column value, with its cell.
    pub(crate) date: Option<(DateValue, Place)>,
    pub(crate) problems: Vec<Problem>,
    /// Cells no field holds, verbatim with their headers (其他).
    pub(crate) other: Vec<OtherValue>,
    /// Cells of columns repeating the register (类别, 责任人, 牵头单位, 配合单位): merge
    /// compares them with the matched task and keeps those that differ in 其他.
    pub(crate) repeats: Vec<(Role, OtherValue)>,
    /// The row's own non-empty cells (values filled down from a merged cell above not
    /// counted: they are counted once, in the row that holds them).
    pub(crate) cells: usize,
    /// The row's non-empty cells joined with " | ".
    pub(crate) row_text: String,
    /// A hidden row: it identifies its task, but none of its values is this period's (they
    /// are all in `other`, marked 隐藏行).
    pub(crate) hidden: bool,
    /// The status the row states contradicts its own percentage or progress text.
    pub(crate) contradiction: Option<crate::finding::Contradiction>,
    /// Cells of the unit's 节点计划 columns (年度目标, milestones, 完成标准, planned
    /// percents), by column order: `merge::plans` makes them a plan.
    pub(crate) plan: Vec<(crate::plan::PlanField, Text)>,
}

impl Record {
    /// True when the row holds no status, percentage, progress, difficulties, suggestions or
    /// next steps.
    pub(crate) fn says_nothing(&self) -> bool {
        self.status.is_none()
            && self.percent.is_none()
            && [
                &self.progress,
                &self.difficulties,
                &self.suggestions,
                &self.next_steps,
            ]
            .iter()
            .all(|t| t.trim().is_empty())
    }
}

/// What one data sheet gave.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct SheetRecords {
    pub(crate) sheet: String,
    pub(crate) header: Header,
    /// Title rows (above the header, and merged title rows inside the table).
    pub(crate) titles: Vec<Text>,
    /// A `填报单位：…` label.
    pub(crate) unit_label: Option<Text>,
    /// A `报告期：…` label.
    pub(crate) period_label: Option<Text>,
    /// A `填报日期：…` label, with its cell.
    pub(crate) date: Option<(DateValue, Place)>,
    pub(crate) records: Vec<Record>,
    /// What the sheet held and how much of it was not data.
    pub(crate) count: SheetCount,
    /// Problems of labels (an unreadable 填报日期).
    pub(crate) problems: Vec<Problem>,
    /// What the sheet's reading is worth a look for (statuses read from fill colours).
    pub(crate) findings: Vec<Finding>,
}

/// A sheet's row and cell account, carried from extract through matching to the file report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub(crate) struct SheetCount {
    /// Non-empty rows of the sheet.
    pub(crate) rows_read: usize,
    /// Header, title, note and signature rows.
    pub(crate) rows_other: usize,
    /// Non-empty cells of the sheet.
    pub(crate) cells_read: usize,
    /// Non-empty cells of header, title, note and signature rows.
    pub(crate) cells_meta: usize,
}

impl SheetCount {
    /// Counts a row that is not data, with its `cells` non-empty cells.
    pub(crate) fn other_row(&mut self, cells: usize) {
        self.rows_other += 1;
        self.cells_meta += cells;
    }
}

/// Our form's identity from the hidden `_duban` sheet.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct FormIdentity {
    pub(crate) unit: Option<String>,
    pub(crate) period: Option<Period>,
    pub(crate) tasks: Vec<String>,
    pub(crate) place: Place,
}

/// What one workbook gave.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Extracted {
    pub(crate) path: String,
    pub(crate) format: Format,
    pub(crate) modified: Option<NaiveDate>,
    pub(crate) identity: Option<FormIdentity>,
    pub(crate) sheets: Vec<SheetRecords>,
    /// Reading warnings from collect plus sheets that hold no table.
    pub(crate) warnings: Vec<Finding>,
}

/// Extracts every visible sheet of a workbook and its form identity; `vocab` (the
/// register's task texts and names) helps tell what a column holds.
pub(crate) fn extract(wb: &RawWorkbook, vocab: &Vocab) -> Extracted {
    let mut warnings = wb.warnings.clone();
    let mut sheets = Vec::new();
    let identity = wb
        .sheets
        .iter()
        .find(|s| s.name == IDENTITY_SHEET)
        .map(|s| read_identity(&wb.path, s));
    for sheet in &wb.sheets {
        if sheet.name != IDENTITY_SHEET && sheet.visible {
            match header::find_header(sheet, vocab, &wb.path) {
                Some(h) => {
                    warnings.extend(role_notes(&wb.path, &sheet.name, &h));
                    let read = rows::read_sheet(&wb.path, sheet, h, identity.is_some());
                    warnings.extend(apart::notes(&wb.path, &read));
                    warnings.extend(read.findings.iter().cloned());
                    sheets.push(read);
                }
                None if !sheet.rows.is_empty() => warnings.push(Finding {
                    place: Place {
                        file: wb.path.clone(),
                        sheet: sheet.name.clone(),
                        cell: String::new(),
                    },
                    message: crate::msg::ExtractMsg::NoHeader {
                        file: wb.path.clone(),
                        sheet: sheet.name.clone(),
                        rows: sheet.rows.len(),
                    }
                    .to_string(),
                }),
                None => {}
            }
        }
    }
    Extracted {
        path: wb.path.clone(),
        format: wb.format,
        modified: wb.modified,
        identity,
        sheets,
        warnings,
    }
}

/// One finding per column whose role the content gave against (or without) its header.
fn role_notes(path: &str, sheet: &str, h: &Header) -> Vec<Finding> {
    h.notes
        .iter()
        .map(|n| {
            let place = Place::cell(path, sheet, h.last_row(), n.col);
            let col: String = place.cell.chars().filter(|c| c.is_ascii_alphabetic()).collect();
            let header = if n.header.is_empty() {
                crate::msg::ExtractMsg::NoHeaderName.to_string()
            } else {
                n.header.clone()
            };
            let (file, sheet, kind) = (path.to_string(), sheet.to_string(), n.kind.clone());
            let message = match (n.role, n.rule) {
                (None, _) => crate::msg::ExtractMsg::RoleNone {
                    file,
                    sheet,
                    col,
                    header,
                    kind,
                },
                (Some(role), roles::Rule::Content) => crate::msg::ExtractMsg::RoleFromContent {
                    file,
                    sheet,
                    col,
                    header,
                    kind,
                    role: role.label().to_string(),
                },
                (Some(role), roles::Rule::Stem(stem)) => crate::msg::ExtractMsg::RoleByStem {
                    file,
                    sheet,
                    col,
                    header,
                    stem: stem.to_string(),
                    role: role.label().to_string(),
                },
                (Some(role), roles::Rule::YesNo) => crate::msg::ExtractMsg::RoleByAnswer {
                    file,
                    sheet,
                    col,
                    header,
                    role: role.label().to_string(),
                },
            };
            Finding {
                place,
                message: message.to_string(),
            }
        })
        .collect()
}

fn read_identity(path: &str, sheet: &RawSheet) -> FormIdentity {
    let mut id = FormIdentity {
        unit: None,
        period: None,
        tasks: Vec::new(),
        place: Place {
            file: path.to_string(),
            sheet: sheet.name.clone(),
            cell: String::new(),
        },
    };
    for row in &sheet.rows {
        let cell = |c: u32| {
            row.cells
                .iter()
                .find(|(col, _)| *col == c)
                .map(|(_, v)| values::text(v))
        };
        let (Some(key), Some(value)) = (cell(0), cell(1)) else {
            continue;
        };
        match key.as_str() {
            form::UNIT_KEY => id.unit = Some(value),
            form::PERIOD_KEY => id.period = value.parse().ok(),
            form::TASK_KEY => id.tasks.push(value),
            _ => {}
        }
    }
    id
}
