//! The office's receipt register (收文登记): a workbook (or, once read as one, a CSV) in input/
//! whose rows say which unit's return arrived on which day. It is the strongest evidence of
//! when a return was received ([`super::evidence`]), and it is no return: its file is
//! reported as [`FileOutcome::Receipts`].
//!
//! Recognised by its content, whatever its name: a sheet with a header row (in its first
//! [`HEADER_ROWS`] rows) holding a unit column ([`UNIT_HEADERS`]) and a date column
//! ([`DATE_HEADERS`]) but no task or progress column, and at least one row below it naming a
//! reporting unit with a readable date. An optional period column ([`PERIOD_HEADERS`]) says
//! which period each row is for; else the sheet's title, its name or the file name; else the
//! date decides: the latest period that ended before it (a return received on 5 July is the
//! 半年 return). One row per unit and period: of two, the earlier counts and the other is
//! named in the run report. Every row is accounted for in the file's report.

use crate::collect::{CellValue, RawRow, RawSheet, RawWorkbook};
use crate::extract::{header, values, Role};
use crate::matching::identity::{find_period, find_unit};
use crate::model::{Evidence, EvidenceKind, FileOutcome, FileReport, Finding, Place};
use crate::msg;
use crate::period::{Period, PeriodKind};
use crate::register::Register;
use crate::settings::Settings;
use crate::text::normal::without_spaces;
use chrono::{Datelike, NaiveDate};
use std::collections::{BTreeMap, BTreeSet};

/// Header words of the unit column.
pub const UNIT_HEADERS: &[&str] = &[
    "来文单位",
    "报送单位",
    "单位",
    "单位名称",
    "来文机关",
    "发文单位",
    "报送部门",
];
/// Header words of the date column.
pub const DATE_HEADERS: &[&str] = &[
    "收文日期",
    "接收日期",
    "日期",
    "收到日期",
    "来文日期",
    "收文时间",
    "接收时间",
    "签收日期",
    "报送日期",
];
/// Header words of the optional period column.
pub const PERIOD_HEADERS: &[&str] = &["报告期", "报送时段", "时段", "期别", "所属期"];
/// How far down a sheet its header is looked for.
pub const HEADER_ROWS: usize = 10;

/// The receipts of a run by (period, unit): the register's date cell and date.
pub(crate) type Receipts = BTreeMap<(Period, String), Evidence>;

/// One row of a register: a unit's return for a period received on a day.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Receipt {
    pub(crate) unit: String,
    pub(crate) period: Period,
    pub(crate) evidence: Evidence,
}

/// A receipt register read: its rows and its file's account.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ReceiptBook {
    pub(crate) report: FileReport,
    pub(crate) rows: Vec<Receipt>,
}

/// The header row and the columns of a receipt table.
#[derive(Debug, Clone, Copy)]
struct Columns {
    row: u32,
    unit: u32,
    date: u32,
    period: Option<u32>,
}

fn compact(v: &CellValue) -> String {
    without_spaces(&values::text(v))
}

/// The columns of a receipt header row; None for any other row (a return's header too).
fn header_of(row: &RawRow) -> Option<Columns> {
    let mut cols = (None, None, None);
    for (col, v) in &row.cells {
        let t = compact(v);
        let return_word = header::roles_of(&t)
            .iter()
            .any(|r| matches!(r, Role::TaskText | Role::Progress | Role::Status));
        if return_word {
            return None;
        }
        if UNIT_HEADERS.contains(&t.as_str()) {
            cols.0.get_or_insert(*col);
        } else if DATE_HEADERS.contains(&t.as_str()) {
            cols.1.get_or_insert(*col);
        } else if PERIOD_HEADERS.contains(&t.as_str()) {
            cols.2.get_or_insert(*col);
        }
    }
    Some(Columns {
        row: row.row,
        unit: cols.0?,
        date: cols.1?,
        period: cols.2,
    })
}

fn cell(row: &RawRow, col: u32) -> Option<&CellValue> {
    row.cells.iter().find(|(c, _)| *c == col).map(|(_, v)| v)
}

/// The latest period that ended before `date`: a return received then is that period's.
fn period_received(date: NaiveDate) -> Option<Period> {
    (date.year() - 1..=date.year())
        .flat_map(|y| PeriodKind::ALL.iter().map(move |k| Period::new(y, *k)))
        .filter(|p| p.kind.end(p.year) < date)
        .max()
}

struct Reader<'a> {
    path: &'a str,
    register: &'a Register,
    settings: &'a Settings,
    report: FileReport,
    rows: Vec<Receipt>,
}

/// The receipt register `wb` is, or None when it is none (then it is read as a return).
pub(crate) fn read(wb: &RawWorkbook, register: &Register, settings: &Settings) -> Option<ReceiptBook> {
    let tables: Vec<Option<Columns>> = wb.sheets.iter().map(|s| table(s, register, settings)).collect();
    if tables.iter().all(Option::is_none) {
        return None;
    }
    let mut report = FileReport::new(&wb.path, FileOutcome::Receipts);
    report.format = Some(wb.format.name().to_string());
    report.warnings = wb.warnings.clone();
    let mut r = Reader {
        path: &wb.path,
        register,
        settings,
        report,
        rows: Vec::new(),
    };
    for (sheet, cols) in wb.sheets.iter().zip(tables) {
        r.report.rows_read += sheet.rows.len();
        match cols {
            Some(cols) => r.sheet(sheet, cols),
            None => r.no_table(sheet),
        }
    }
    Some(ReceiptBook {
        report: r.report,
        rows: r.rows,
    })
}

/// The receipt table of a visible sheet: a receipt header with at least one usable row.
fn table(sheet: &RawSheet, register: &Register, settings: &Settings) -> Option<Columns> {
    if !sheet.visible {
        return None;
    }
    let cols = sheet.rows.iter().take(HEADER_ROWS).find_map(header_of)?;
    let usable = sheet.rows.iter().filter(|r| r.row > cols.row).any(|r| {
        let unit = cell(r, cols.unit).and_then(|v| find_unit(register, &values::text(v), settings));
        let date = cell(r, cols.date).and_then(values::date);
        unit.is_some() && date.is_some()
    });
    usable.then_some(cols)
}

impl Reader<'_> {
    fn warn(&mut self, place: Place, message: String) {
        self.report.warnings.push(Finding { place, message });
    }

    fn no_table(&mut self, sheet: &RawSheet) {
        self.report.rows_other += sheet.rows.len();
        if sheet.visible && !sheet.rows.is_empty() {
            let place = Place {
                file: self.path.to_string(),
                sheet: sheet.name.clone(),
                cell: String::new(),
            };
            let rows = sheet.rows.len();
            let message = msg::MergeMsg::ReceiptNoTable {
                place: place.to_string(),
                rows,
            }
            .to_string();
            self.warn(place, message);
        }
    }

    /// The period the sheet as a whole names: its titles, its name, the file name.
    fn sheet_period(&self, sheet: &RawSheet, cols: Columns) -> Option<Period> {
        let year = self.settings.year;
        let titles = sheet
            .rows
            .iter()
            .filter(|r| r.row < cols.row)
            .flat_map(|r| r.cells.iter().map(|(_, v)| values::text(v)));
        let stem = self.path.rsplit_once('.').map_or(self.path, |(s, _)| s);
        titles
            .chain([sheet.name.clone(), stem.to_string()])
            .find_map(|t| find_period(&t, year))
    }

    fn sheet(&mut self, sheet: &RawSheet, cols: Columns) {
        let sheet_period = self.sheet_period(sheet, cols);
        for row in &sheet.rows {
            if row.row <= cols.row {
                self.report.rows_other += 1;
                continue;
            }
            match self.row(sheet, row, cols, sheet_period) {
                Some(receipt) => {
                    self.report.rows_matched += 1;
                    self.rows.push(receipt);
                }
                None => self.report.rows_other += 1,
            }
        }
    }

    /// One row as a receipt; a row naming no reporting unit or with no date is named in the
    /// report (a row with neither is a note).
    fn row(
        &mut self,
        sheet: &RawSheet,
        row: &RawRow,
        cols: Columns,
        sheet_period: Option<Period>,
    ) -> Option<Receipt> {
        let place = |col| Place::cell(self.path, &sheet.name, row.row, col);
        let unit_text = cell(row, cols.unit).map(values::text).unwrap_or_default();
        let date_cell = cell(row, cols.date);
        if unit_text.is_empty() && date_cell.is_none() {
            return None;
        }
        let Some(unit) = find_unit(self.register, &unit_text, self.settings) else {
            let p = place(cols.unit);
            let text = unit_text;
            let message = msg::MergeMsg::ReceiptUnknownUnit {
                place: p.to_string(),
                text,
            }
            .to_string();
            self.warn(p, message);
            return None;
        };
        let period_text = cols.period.and_then(|c| cell(row, c)).map(values::text);
        let named = period_text
            .and_then(|t| find_period(&t, self.settings.year))
            .or(sheet_period);
        let year_end = named.is_some_and(|p| p.kind == PeriodKind::Y);
        let year = named.map_or(self.settings.year, |p| p.year);
        let date = date_cell
            .and_then(values::date)
            .and_then(|d| d.resolve(year, year_end));
        let (Some(date), p) = (date, place(cols.date)) else {
            let text = date_cell.map(values::text).unwrap_or_default();
            let message = msg::MergeMsg::ReceiptBadDate {
                place: place(cols.date).to_string(),
                text,
            }
            .to_string();
            self.warn(place(cols.date), message);
            return None;
        };
        let period = named.or_else(|| period_received(date))?;
        Some(Receipt {
            unit,
            period,
            evidence: Evidence {
                kind: EvidenceKind::Receipt,
                place: p,
                date,
            },
        })
    }
}

/// The run's receipts by (period, unit), for the periods in `periods`. Of two rows for one
/// unit and period the earlier counts; the other, and rows for a period outside the run, are
/// named in their file's report and counted there as other rows.
pub(crate) fn gather(books: &mut [ReceiptBook], periods: &BTreeSet<Period>) -> Receipts {
    let mut out: Receipts = BTreeMap::new();
    for book in books.iter_mut() {
        let rows = std::mem::take(&mut book.rows);
        for r in rows {
            let place = r.evidence.place.to_string();
            let message = if !periods.contains(&r.period) {
                let period = r.period.title();
                msg::MergeMsg::ReceiptOtherPeriod { place, period }.to_string()
            } else {
                let key = (r.period, r.unit.clone());
                match out.get(&key) {
                    None => {
                        out.insert(key, r.evidence.clone());
                        book.rows.push(r);
                        continue;
                    }
                    Some(first) => {
                        let (kept, dropped) = if r.evidence.date < first.date {
                            (r.evidence.clone(), first.clone())
                        } else {
                            (first.clone(), r.evidence.clone())
                        };
                        out.insert(key, kept.clone());
                        msg::MergeMsg::ReceiptDuplicate {
                            place: dropped.place.to_string(),
                            unit: r.unit.clone(),
                            period: r.period.title(),
                            first: kept.place.to_string(),
                        }
                        .to_string()
                    }
                }
            };
            book.report.rows_matched -= 1;
            book.report.rows_other += 1;
            book.report.warnings.push(Finding {
                place: r.evidence.place.clone(),
                message,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn period_by_the_day_received() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
        assert_eq!(
            period_received(d(2020, 7, 5)),
            Some(Period::new(2020, PeriodKind::H1))
        );
        assert_eq!(
            period_received(d(2020, 4, 1)),
            Some(Period::new(2020, PeriodKind::Q1))
        );
        assert_eq!(
            period_received(d(2021, 1, 8)),
            Some(Period::new(2020, PeriodKind::Y))
        );
    }

    #[test]
    fn a_return_header_is_no_receipt_header() {
        let row = |cells: &[&str]| RawRow {
            row: 0,
            cells: cells
                .iter()
                .enumerate()
                .map(|(i, t)| (i as u32, CellValue::Text(t.to_string())))
                .collect(),
        };
        let h = header_of(&row(&["序号", "来文单位", "收文日期", "报告期"])).unwrap();
        assert_eq!((h.unit, h.date, h.period), (1, 2, Some(3)));
        assert!(header_of(&row(&["任务内容", "填报单位", "日期", "进展情况"])).is_none());
        assert!(header_of(&row(&["来文单位", "备注"])).is_none());
    }
}
