//! Stage 3: raw cells -> typed records.
//!
//! For every visible sheet of a workbook: find the header ([`header`]), then sort each
//! non-empty row into a header, title or note row (counted, with the 填报单位 / 报告期 /
//! 填报日期 they carry) or a [`Record`] whose values are typed ([`values`]) and keep the
//! [`Place`] of their cells. The hidden `_duban` sheet gives our form's [`FormIdentity`].
//! No row is dropped: `rows_read = records + rows_other` on every sheet read.
//!
//! Hands on one [`Extracted`] per workbook to `matching`.

pub mod header;
mod rows;
pub mod values;

use crate::collect::{Format, RawSheet, RawWorkbook};
use crate::model::{ExceptionKind, Finding, Place};
use crate::period::Period;
use crate::status::Status;
use chrono::NaiveDate;
use serde::Serialize;

pub use header::{Header, Role};
pub use values::DateValue;

/// Name of the hidden sheet that carries our form's identity (docs/FORMS.md).
pub const IDENTITY_SHEET: &str = "_duban";

/// A text value with the cell it came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Text {
    pub value: String,
    pub place: Place,
}

/// A value that could not be read or a guess worth a look; becomes an exception once the
/// row's unit and task are known.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Problem {
    pub kind: ExceptionKind,
    pub place: Place,
    pub message: String,
}

/// One data row, typed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Record {
    /// 0-based row.
    pub row: u32,
    /// The row's first non-empty cell.
    pub place: Place,
    pub task_id: Option<Text>,
    pub task_text: Option<Text>,
    /// 牵头单位 as written in the row.
    pub lead_unit: Option<Text>,
    /// 填报单位 as written in the row.
    pub unit: Option<Text>,
    /// None: nothing reported (the task is 未反馈).
    pub status: Option<Status>,
    pub percent: Option<u8>,
    pub progress: String,
    pub difficulties: String,
    pub suggestions: String,
    pub next_steps: String,
    /// A 填报日期 column value.
    pub date: Option<DateValue>,
    pub problems: Vec<Problem>,
    /// The row's non-empty cells joined with " | ".
    pub row_text: String,
}

impl Record {
    /// True when the unit wrote nothing for the task.
    pub fn is_empty_report(&self) -> bool {
        self.status.is_none()
    }
}

/// What one data sheet gave.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SheetRecords {
    pub sheet: String,
    pub header: Header,
    /// Title rows (above the header, and merged title rows inside the table).
    pub titles: Vec<Text>,
    /// A `填报单位：…` label.
    pub unit_label: Option<Text>,
    /// A `报告期：…` label.
    pub period_label: Option<Text>,
    /// A `填报日期：…` label, with its cell.
    pub date: Option<(DateValue, Place)>,
    pub records: Vec<Record>,
    /// Non-empty rows of the sheet.
    pub rows_read: usize,
    /// Header, title, note and signature rows.
    pub rows_other: usize,
    /// Problems of labels (an unreadable 填报日期).
    pub problems: Vec<Problem>,
}

/// Our form's identity from the hidden `_duban` sheet.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FormIdentity {
    pub unit: Option<String>,
    pub period: Option<Period>,
    pub tasks: Vec<String>,
    pub place: Place,
}

/// What one workbook gave.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Extracted {
    pub path: String,
    pub format: Format,
    pub modified: Option<NaiveDate>,
    pub identity: Option<FormIdentity>,
    pub sheets: Vec<SheetRecords>,
    /// Reading warnings from collect plus sheets that hold no table.
    pub warnings: Vec<Finding>,
}

/// Extracts every visible sheet of a workbook and its form identity.
pub fn extract(wb: &RawWorkbook) -> Extracted {
    let mut warnings = wb.warnings.clone();
    let mut sheets = Vec::new();
    let mut identity = None;
    for sheet in &wb.sheets {
        if sheet.name == IDENTITY_SHEET {
            identity = Some(read_identity(&wb.path, sheet));
        } else if sheet.visible {
            match header::find_header(sheet) {
                Some(h) => sheets.push(rows::read_sheet(&wb.path, sheet, h)),
                None if !sheet.rows.is_empty() => warnings.push(Finding {
                    place: Place {
                        file: wb.path.clone(),
                        sheet: sheet.name.clone(),
                        cell: String::new(),
                    },
                    message: crate::msg::Extract::NoHeader {
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
            "unit" => id.unit = Some(value),
            "period" => id.period = value.parse().ok(),
            "task" => id.tasks.push(value),
            _ => {}
        }
    }
    id
}
