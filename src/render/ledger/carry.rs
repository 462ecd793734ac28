//! The office's own columns of the master ledger, carried into the new one.
//!
//! When there is a master ledger on disk (edited, so about to be kept in 历史版本, or an earlier
//! run's that already carried them), the driver reads it with [`read`] before anything is
//! rendered, so the columns survive every later run too: on each task sheet, the columns to the
//! right of duban's table (after 来源, the last header duban writes) that have a header or a
//! value. Each value is keyed by its line's 任务编号 (A) and 牵头单位 (D), which together name a
//! line uniquely (a multi-unit task's own line lists all its lead units, each unit line one);
//! the task sheet writer puts it on the new line with the same key ([`SheetCarry::cells_for_line`]).
//! Values whose line is not in the new ledger, lines whose key appears twice, and every other
//! edit (a changed cell inside duban's table, colours, a column inserted in the middle) are
//! not carried: the whole edited file stays in 历史版本, and the count is reported.

use super::sheet_name;
use super::tasks::{CURRENT, FIRST_DATA_ROW, HEADER_ROW};
use crate::msg;
use crate::register::Attachment;
use crate::render::xlsx::cjk_width;
use calamine::{open_workbook_auto, Data, Range, Reader};
use rust_xlsxwriter::{Format, Worksheet, XlsxError};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A carried value, as the old ledger held it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Text(String),
    Number(f64),
    Bool(bool),
}

impl Value {
    pub(crate) fn text(&self) -> String {
        match self {
            Value::Text(t) => t.clone(),
            Value::Number(n) => n.to_string(),
            Value::Bool(b) => b.to_string(),
        }
    }
}

/// One task sheet's own columns: their headers and, per line key, their values.
#[derive(Debug, Default)]
pub(crate) struct SheetCarry {
    pub(crate) headers: Vec<String>,
    lines: BTreeMap<(String, String), Vec<Option<Value>>>,
    /// Values handed to the new ledger (each line is written once).
    placed: AtomicUsize,
}

impl SheetCarry {
    /// The values for the new line with this 任务编号 (or title) and 牵头单位, one per header
    /// (None for an empty cell); None when the old ledger had nothing for that line. Counts
    /// what it hands out: the writer asks once per line.
    pub(crate) fn cells_for_line(&self, id: &str, lead: &str) -> Option<&[Option<Value>]> {
        let values = self
            .lines
            .get(&(id.trim().to_string(), lead.trim().to_string()))?;
        let n = values.iter().flatten().count();
        self.placed.fetch_add(n, Ordering::Relaxed);
        Some(values)
    }
}

/// What the old master ledger holds beyond duban's tables.
#[derive(Debug, Default)]
pub(crate) struct Carried {
    /// File name of the old ledger, for messages.
    pub(crate) file: String,
    /// By sheet name, in the notice's order; only sheets with own columns.
    pub(crate) sheets: Vec<(String, SheetCarry)>,
    /// Non-empty values found in own columns on lines with a unique key, and on lines whose
    /// key appears twice (not carried).
    pub(crate) values: usize,
    pub(crate) ambiguous: usize,
    /// Why the old ledger could not be read, if it could not.
    pub(crate) problem: Option<String>,
}

impl Carried {
    pub(crate) fn sheet(&self, att: Attachment) -> Option<&SheetCarry> {
        let name = sheet_name(att.title());
        self.sheets.iter().find(|(n, _)| *n == name).map(|(_, s)| s)
    }

    /// The headers carried, "十大工程：督查室批注、联系人；十件实事：督查室批注".
    pub(crate) fn columns(&self) -> String {
        msg::clauses(
            self.sheets
                .iter()
                .map(|(name, s)| msg::labelled(name, msg::join(&s.headers))),
        )
    }

    /// Values written into the new master ledger so far.
    pub(crate) fn placed(&self) -> usize {
        self.sheets
            .iter()
            .map(|(_, s)| s.placed.load(Ordering::Relaxed))
            .sum()
    }

    /// What happened, in the run's language (console and run report); empty when the old
    /// ledger had no own columns.
    pub(crate) fn summary(&self) -> String {
        use crate::msg::RenderMsg;
        let file = self.file.clone();
        if let Some(reason) = &self.problem {
            let reason = reason.clone();
            return RenderMsg::CarryFailed { file, reason }.to_string();
        }
        if self.sheets.is_empty() {
            return String::new();
        }
        let (columns, placed) = (self.columns(), self.placed());
        let mut s = RenderMsg::Carried {
            file,
            columns,
            placed,
        }
        .to_string();
        if self.values + self.ambiguous > placed {
            let n = self.values + self.ambiguous - placed;
            s.push_str(&RenderMsg::CarryNotPlaced { n }.to_string());
        }
        s
    }
}

/// Width (CJK characters) of a carried column: the old widths are not read.
pub(crate) const OWN_WIDTH: usize = 12;

/// The own columns' headers from column `first`, each merged over the two header `rows` (the
/// task sheets stream row by row: called while the top header row is being written).
pub(crate) fn write_head(
    ws: &mut Worksheet,
    own: Option<&SheetCarry>,
    rows: [u32; 2],
    first: u16,
    format: &Format,
) -> Result<(), XlsxError> {
    for (k, header) in own.map_or(&[][..], |o| &o.headers).iter().enumerate() {
        let c = first + k as u16;
        ws.merge_range(rows[0], c, rows[1], c, header, format)?;
        ws.set_column_width(c, cjk_width(OWN_WIDTH))?;
    }
    Ok(())
}

/// The carried values of the line keyed `[任务编号 or title, 牵头单位]` from column `first`;
/// returns their texts with the column width, for the row height.
pub(crate) fn write_cells(
    ws: &mut Worksheet,
    own: Option<&SheetCarry>,
    row: u32,
    first: u16,
    key: [&str; 2],
    format: &Format,
) -> Result<Vec<(String, usize)>, XlsxError> {
    let Some(values) = own.and_then(|o| o.cells_for_line(key[0], key[1])) else {
        return Ok(Vec::new());
    };
    let mut sized = Vec::new();
    for (k, v) in values.iter().enumerate() {
        let c = first + k as u16;
        match v {
            Some(Value::Text(t)) => ws.write_with_format(row, c, t, format)?,
            Some(Value::Number(n)) => ws.write_number_with_format(row, c, *n, format)?,
            Some(Value::Bool(b)) => ws.write_boolean_with_format(row, c, *b, format)?,
            None => ws.write_blank(row, c, format)?,
        };
        sized.push((v.as_ref().map(Value::text).unwrap_or_default(), OWN_WIDTH));
    }
    Ok(sized)
}

/// Reads the own columns of the master ledger at `path` (see the module doc).
pub(crate) fn read(path: &Path) -> Carried {
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut carried = Carried {
        file,
        ..Carried::default()
    };
    let mut wb = match open_workbook_auto(path) {
        Ok(wb) => wb,
        Err(e) => {
            carried.problem = Some(e.to_string());
            return carried;
        }
    };
    for att in Attachment::ALL {
        let name = sheet_name(att.title());
        let Ok(range) = wb.worksheet_range(&name) else {
            continue;
        };
        if let Some((sheet, ambiguous)) = own_columns(&range) {
            carried.values += sheet
                .lines
                .values()
                .map(|v| v.iter().flatten().count())
                .sum::<usize>();
            carried.ambiguous += ambiguous;
            carried.sheets.push((name, sheet));
        }
    }
    carried
}

/// A cell of `range` by absolute position.
fn cell(range: &Range<Data>, row: u32, col: u32) -> Option<&Data> {
    range.get_value((row, col))
}

fn text(range: &Range<Data>, row: u32, col: u32) -> String {
    match cell(range, row, col) {
        Some(Data::Empty) | None => String::new(),
        Some(d) => d.to_string().trim().to_string(),
    }
}

/// The sheet's own columns and the number of values left out because their key is on two lines.
fn own_columns(range: &Range<Data>) -> Option<(SheetCarry, usize)> {
    let (end_row, end_col) = range.end()?;
    let last = CURRENT[CURRENT.len() - 1].0;
    let sub = HEADER_ROW + 1;
    let table_end = (0..=end_col).find(|c| text(range, sub, *c) == last)?;
    let rows = FIRST_DATA_ROW..=end_row;
    let own: Vec<u32> = (table_end + 1..=end_col)
        .filter(|c| {
            !text(range, HEADER_ROW, *c).is_empty()
                || !text(range, sub, *c).is_empty()
                || rows.clone().any(|r| value(cell(range, r, *c)).is_some())
        })
        .collect();
    if own.is_empty() {
        return None;
    }
    let headers = own
        .iter()
        .map(|c| {
            let parts = [text(range, HEADER_ROW, *c), text(range, sub, *c)];
            parts
                .iter()
                .filter(|p| !p.is_empty())
                .cloned()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    let mut lines = BTreeMap::new();
    let mut twice = BTreeSet::new();
    for r in rows {
        let values: Vec<Option<Value>> = own.iter().map(|c| value(cell(range, r, *c))).collect();
        let id = text(range, r, 0);
        if id.is_empty() || values.iter().all(Option::is_none) {
            continue;
        }
        let key = (id, text(range, r, 3));
        if lines.insert(key.clone(), values).is_some() {
            twice.insert(key);
        }
    }
    // A key on two lines cannot say which new line its values belong to.
    let mut ambiguous = 0;
    for key in twice {
        ambiguous += lines.remove(&key).map_or(0, |v| v.iter().flatten().count());
    }
    let sheet = SheetCarry {
        headers,
        lines,
        placed: AtomicUsize::new(0),
    };
    Some((sheet, ambiguous))
}

fn value(d: Option<&Data>) -> Option<Value> {
    match d? {
        Data::Empty | Data::Error(_) => None,
        Data::String(s) if s.trim().is_empty() => None,
        Data::String(s) => Some(Value::Text(s.clone())),
        Data::Float(f) => Some(Value::Number(*f)),
        Data::Int(i) => Some(Value::Number(*i as f64)),
        Data::Bool(b) => Some(Value::Bool(*b)),
        Data::DateTime(dt) => Some(Value::Text(match dt.as_datetime() {
            Some(t) if t.time() == chrono::NaiveTime::MIN => t.format("%Y-%m-%d").to_string(),
            Some(t) => t.format("%Y-%m-%d %H:%M").to_string(),
            None => dt.to_string(),
        })),
        Data::DateTimeIso(s) | Data::DurationIso(s) => Some(Value::Text(s.clone())),
    }
}
