//! Workbooks saved again as a clerk does in Excel ([`copy`]): every sheet copied into a new
//! workbook (numbers kept as numbers, the rest as text; the identity sheet kept, hidden), with
//! cells written on the way. One of our generated forms filled in as a unit does ([`fill`]):
//! each task row of the sheet to fill written by its header words, and its 填报日期 dated.

use calamine::{open_workbook_auto, Data, Range, Reader};
use duban::form;
use rust_xlsxwriter::{IntoExcelData, Workbook, Worksheet};
use std::path::Path;

/// The header row of a form's sheet (the third row).
const HEADER_ROW: u32 = 2;

/// A task row of the sheet being filled.
pub struct TaskRow<'a> {
    /// The row's first cell as text: the task's ID.
    pub id: String,
    /// How many task rows came before this one.
    pub index: usize,
    row: u32,
    /// The header's words, from the sheet's first column on.
    header: &'a [String],
    /// The sheet's first column.
    col0: u16,
    ws: &'a mut Worksheet,
}

impl TaskRow<'_> {
    /// Writes `value` in this row, under the header `column`.
    pub fn write(&mut self, column: &str, value: impl IntoExcelData) {
        let col = self
            .header
            .iter()
            .position(|h| h == column)
            .unwrap_or_else(|| panic!("no column {column}: {:?}", self.header));
        self.ws.write(self.row, self.col0 + col as u16, value).unwrap();
    }
}

/// Copies every sheet of `from` to `to` as Excel saves a workbook (numbers kept as numbers,
/// the rest as text; the identity sheet kept, hidden), calling `then` with each sheet's name,
/// its cells and the copy, to write more.
pub fn copy(from: &Path, to: &Path, mut then: impl FnMut(&str, &Range<Data>, &mut Worksheet)) {
    let mut src = open_workbook_auto(from).unwrap();
    let mut out = Workbook::new();
    for name in src.sheet_names().to_vec() {
        let range = src.worksheet_range(&name).unwrap();
        let ws = out.add_worksheet().set_name(&name).unwrap();
        if name == form::IDENTITY_SHEET {
            ws.set_hidden(true);
        }
        let (r0, c0) = range.start().unwrap_or((0, 0));
        for (r, c, cell) in range.cells() {
            let (r, c) = (r0 + r as u32, (c0 + c as u32) as u16);
            match cell {
                Data::Empty => {}
                Data::Float(f) => drop(ws.write(r, c, *f).unwrap()),
                other => drop(ws.write(r, c, other.to_string()).unwrap()),
            }
        }
        then(&name, &range, ws);
    }
    out.save(to).unwrap();
}

/// Copies every sheet of `form` to `dest` ([`copy`]), calling `each` on every task row of
/// `sheet` (below the header, its first cell a number or 实…) and writing `date` beside that
/// sheet's 填报日期 label; returns what `each` returned, in row order.
pub fn fill<T>(
    form: &Path,
    dest: &Path,
    sheet: &str,
    date: &str,
    mut each: impl FnMut(&mut TaskRow) -> T,
) -> Vec<T> {
    let mut filled = Vec::new();
    copy(form, dest, |name, range, ws| {
        if name != sheet {
            return;
        }
        let (r0, c0) = range.start().unwrap_or((0, 0));
        let rows = || range.rows().enumerate().map(|(i, row)| (r0 + i as u32, row));
        let header: Vec<String> = rows()
            .find(|(r, _)| *r == HEADER_ROW)
            .map(|(_, row)| row.iter().map(|c| c.to_string()).collect())
            .unwrap_or_default();
        for (r, row) in rows() {
            let first = row.first().map(|c| c.to_string()).unwrap_or_default();
            let task = r > HEADER_ROW
                && first
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit() || c == '实');
            if task {
                let mut task_row = TaskRow {
                    id: first.clone(),
                    index: filled.len(),
                    row: r,
                    header: &header,
                    col0: c0 as u16,
                    ws: &mut *ws,
                };
                filled.push(each(&mut task_row));
            }
            if first.starts_with("填报日期") {
                ws.write(r, c0 as u16 + 1, date).unwrap();
            }
        }
    });
    filled
}
