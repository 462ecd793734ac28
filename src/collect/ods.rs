//! Bounding an OpenDocument spreadsheet (.ods) before calamine builds it.
//!
//! calamine reads every table of an .ods when it opens it and expands repeated rows and
//! columns into a dense range (up to 100 million cells), so a few bytes of
//! `table:number-rows-repeated` can cost gigabytes. This pass streams `content.xml` with
//! quick-xml, counts what calamine would store and refuses the file, naming the sheet and
//! cell, when a value lies beyond the row/column limits or the extent passes the cell cap.
//!
//! It also refuses a content.xml that ends inside an open element (calamine 0.38 would loop
//! for ever on it: its table and row readers wait for their end tag past the end of the file).
//!
//! The same pass gathers each table's merged ranges (`table:number-columns-spanned`,
//! `table:number-rows-spanned`), which calamine does not read: a status merged down over two
//! tasks in a LibreOffice return must reach both rows, and what else calamine does not
//! give: the rows and columns a table hides (`table:visibility="collapse"` or `"filter"`) and
//! the cells whose value type is a percentage, and the cells (blank ones too) whose automatic
//! style has a background colour: units give a task's status as a colour.

use super::read::Extras;
use crate::msg::CollectMsg;
use crate::place::a1;
use crate::settings::Limits;
use calamine::Dimensions;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;
use std::io::{BufReader, Cursor};

/// calamine's own caps on repeats (ods.rs: MAX_ROWS, MAX_COLUMNS).
const CALAMINE_MAX_ROWS: u64 = 1_048_576;
const CALAMINE_MAX_COLS: u64 = 16_384;
/// Merged ranges, hidden ranges and percentage cells kept per file, together; real returns
/// have a few dozen.
const MAX_KEPT: usize = 100_000;

/// What the pass found of one table besides its cells.
#[derive(Debug, Default)]
pub(crate) struct Found {
    pub(crate) name: String,
    pub(crate) extras: Extras,
}

/// Err is the reason the workbook is refused; Ok holds what was found of every table, in
/// document order.
pub(crate) fn check(bytes: &[u8], limits: &Limits) -> Result<Vec<Found>, super::Refusal> {
    let mut zip =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| CollectMsg::ZipOpen { error: e.to_string() })?;
    let content = zip.by_name("content.xml").map_err(|_| CollectMsg::OdsNoContent)?;
    let mut reader = Reader::from_reader(BufReader::new(content));
    let mut table = Table::new(limits);
    let mut buf = Vec::new();
    // Elements open: calamine's table, row and named-expression loops only end on their
    // closing tag, so a content.xml cut inside one would make it loop for ever at the end of
    // the file. quick-xml checks here that every end tag closes the element it should.
    let mut depth = 0usize;
    loop {
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| CollectMsg::OdsMalformed { error: e.to_string() })?;
        match event {
            Event::Start(e) => {
                depth += 1;
                table.element(&e)?;
            }
            Event::End(_) if depth == 0 => {}
            Event::End(e) => {
                depth -= 1;
                if e.name().as_ref() == "table:table-row" {
                    table.end_row();
                }
            }
            Event::Eof if depth > 0 => return Err(CollectMsg::OdsUnclosed.into()),
            Event::Empty(e) => {
                table.element(&e)?;
                if e.name().as_ref() == "table:table-row" {
                    table.end_row();
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    Ok(table.found)
}

/// What calamine would hold for the current table.
struct Table<'a> {
    limits: &'a Limits,
    name: String,
    row: u64,
    row_repeat: u64,
    col: u64,
    /// Cells calamine stores before expanding repeats, over the whole file.
    stored: u64,
    /// Bounding box of non-empty cells, rows expanded.
    span: Option<((u64, u64), (u64, u64))>,
    /// Columns declared so far in the current table (`table:table-column`).
    columns: u64,
    found: Vec<Found>,
    /// Ranges and cells kept so far, over the whole file.
    kept: usize,
    /// Background colours of the automatic cell styles, by style name.
    backgrounds: std::collections::HashMap<String, u32>,
    /// The automatic cell style being read.
    style: Option<String>,
}

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    let a = e.try_get_attribute(name).ok()??;
    // Unescaped, so a table named "A&amp;B" is found under calamine's name "A&B".
    Some(match quick_xml::escape::unescape(&a.value) {
        Ok(v) => v.into_owned(),
        Err(_) => a.value.into_owned(),
    })
}

fn repeat(e: &BytesStart<'_>, name: &str, cap: u64) -> u64 {
    attr(e, name)
        .and_then(|v| v.trim().parse::<u64>().ok())
        .unwrap_or(1)
        .clamp(1, cap)
}

impl<'a> Table<'a> {
    fn new(limits: &'a Limits) -> Table<'a> {
        Table {
            limits,
            name: String::new(),
            row: 0,
            row_repeat: 1,
            col: 0,
            stored: 0,
            span: None,
            columns: 0,
            found: Vec::new(),
            kept: 0,
            backgrounds: std::collections::HashMap::new(),
            style: None,
        }
    }

    /// What is kept of the current table, while the caps allow.
    fn extras(&mut self) -> Option<&mut Extras> {
        if self.kept >= MAX_KEPT {
            return None;
        }
        self.kept += 1;
        self.found.last_mut().map(|f| &mut f.extras)
    }

    fn element(&mut self, e: &BytesStart<'_>) -> Result<(), String> {
        match e.name().as_ref() {
            "table:table" => {
                self.name = attr(e, "table:name").unwrap_or_default();
                (self.row, self.col, self.span, self.columns) = (0, 0, None, 0);
                self.found.push(Found {
                    name: self.name.clone(),
                    extras: Extras::default(),
                });
            }
            "table:table-row" => {
                self.row_repeat = repeat(e, "table:number-rows-repeated", CALAMINE_MAX_ROWS);
                self.col = 0;
                if hides(e) {
                    let (first, last) = to_u32(self.row, self.row + self.row_repeat - 1);
                    if let Some(x) = self.extras() {
                        x.hidden_rows.push((first, last));
                    }
                }
            }
            "table:table-column" => {
                let n = repeat(e, "table:number-columns-repeated", CALAMINE_MAX_COLS);
                let first = self.columns;
                self.columns = self.columns.saturating_add(n);
                if hides(e) {
                    let (first, last) = to_u32(first, first + n - 1);
                    if let Some(x) = self.extras() {
                        x.hidden_cols.push((first, last));
                    }
                }
            }
            "table:table-cell" | "table:covered-table-cell" => self.cell(e)?,
            "style:style" => {
                self.style = (attr(e, "style:family").as_deref() == Some("table-cell"))
                    .then(|| attr(e, "style:name"))
                    .flatten();
            }
            "style:table-cell-properties" => {
                let colour = attr(e, "fo:background-color").and_then(|c| rgb(&c));
                if let (Some(name), Some(colour)) = (self.style.clone(), colour) {
                    self.backgrounds.insert(name, colour);
                }
            }
            _ => {}
        }
        Ok(())
    }

    fn end_row(&mut self) {
        self.row = self.row.saturating_add(self.row_repeat);
        self.row_repeat = 1;
    }

    fn cell(&mut self, e: &BytesStart<'_>) -> Result<(), String> {
        let cols = repeat(e, "table:number-columns-repeated", CALAMINE_MAX_COLS);
        let (row, col) = (self.row, self.col);
        self.col = self.col.saturating_add(cols);
        if e.name().as_ref() == "table:table-cell" {
            self.merge(e, row, col);
        }
        let fill = attr(e, "table:style-name").and_then(|s| self.backgrounds.get(&s).copied());
        // A colour repeated over a thousand cells paints a background, it marks no status.
        if let Some(colour) = fill.filter(|_| cols.saturating_mul(self.row_repeat) <= 1000) {
            self.fill(row, col, cols, colour);
        }
        let has_value = e.try_get_attribute("office:value-type").ok().flatten().is_some()
            || e.try_get_attribute("table:formula").ok().flatten().is_some();
        if !has_value {
            return Ok(());
        }
        let last = (row + self.row_repeat - 1, col + cols - 1);
        let limits = self.limits;
        if last.0 >= limits.max_rows as u64 || last.1 >= limits.max_cols as u64 {
            let (max_rows, max_cols) = (limits.max_rows as u64, limits.max_cols as u64);
            let at = if last.0 >= max_rows {
                (row.max(max_rows), col)
            } else {
                (row, col.max(max_cols))
            };
            return Err(self.refuse(
                at,
                CollectMsg::OdsBeyond {
                    rows: limits.max_rows,
                    cols: limits.max_cols,
                },
            ));
        }
        // calamine stores the empty cells before this one in the row, then the repeats.
        self.stored = self.stored.saturating_add(col + cols);
        let span = self.span.get_or_insert(((row, col), last));
        span.0 = (span.0 .0.min(row), span.0 .1.min(col));
        span.1 = (span.1 .0.max(last.0), span.1 .1.max(last.1));
        let area = (span.1 .0 - span.0 .0 + 1) * (span.1 .1 - span.0 .1 + 1);
        if area > limits.max_cells || self.stored > limits.max_cells {
            return Err(self.refuse(
                (row, col),
                CollectMsg::OdsTooManyCells {
                    max: limits.max_cells,
                },
            ));
        }
        if attr(e, "office:value-type").as_deref() == Some("percentage") {
            self.percent(row, col, cols);
        }
        Ok(())
    }

    /// Records the range a spanning cell covers, saturated to u32 (`read` clips it to the
    /// limits); past the cap, spans are left out.
    fn merge(&mut self, e: &BytesStart<'_>, row: u64, col: u64) {
        let span = |name| attr(e, name).and_then(|v| v.trim().parse::<u64>().ok());
        let (rows, cols) = match (
            span("table:number-rows-spanned"),
            span("table:number-columns-spanned"),
        ) {
            (None, None) => return,
            (r, c) => (r.unwrap_or(1).max(1), c.unwrap_or(1).max(1)),
        };
        if rows == 1 && cols == 1 {
            return;
        }
        let end = (row.saturating_add(rows - 1), col.saturating_add(cols - 1));
        if let Some(x) = self.extras() {
            x.merged
                .push(Dimensions::new(to_u32(row, col), to_u32(end.0, end.1)));
        }
    }

    /// A percentage cell, repeated over `cols` columns and the row's repeats (within the
    /// limits, which the caller checked).
    fn percent(&mut self, row: u64, col: u64, cols: u64) {
        for r in row..row + self.row_repeat {
            for c in col..col + cols {
                let at = to_u32(r, c);
                match self.extras() {
                    Some(x) => x.percent.push(at),
                    None => return,
                }
            }
        }
    }

    /// A filled cell, repeated over `cols` columns and the row's repeats, within the limits
    /// (a style painted over a whole sheet's blank repeats stops at them) and the cap.
    fn fill(&mut self, row: u64, col: u64, cols: u64, colour: u32) {
        let (max_rows, max_cols) = (self.limits.max_rows as u64, self.limits.max_cols as u64);
        for r in row..(row + self.row_repeat).min(max_rows) {
            for c in col..(col + cols).min(max_cols) {
                let (r, c) = to_u32(r, c);
                match self.extras() {
                    Some(x) => x.fills.push((r, c, colour)),
                    None => return,
                }
            }
        }
    }

    fn refuse(&self, (row, col): (u64, u64), what: CollectMsg) -> String {
        let cell = a1(row.min(u32::MAX as u64) as u32, col.min(u32::MAX as u64) as u32);
        CollectMsg::OdsRefused {
            sheet: self.name.clone(),
            cell,
            what: what.to_string(),
        }
        .to_string()
    }
}

/// A background colour "#rrggbb" as 0xRRGGBB; white and "transparent" are no fill.
fn rgb(colour: &str) -> Option<u32> {
    let hex = colour.trim().strip_prefix('#').filter(|h| h.len() == 6)?;
    u32::from_str_radix(hex, 16).ok().filter(|c| *c != 0xFF_FFFF)
}

/// `table:visibility="collapse"` (hidden) or `"filter"` (filtered out).
fn hides(e: &BytesStart<'_>) -> bool {
    matches!(
        attr(e, "table:visibility").as_deref(),
        Some("collapse" | "filter")
    )
}

fn to_u32(row: u64, col: u64) -> (u32, u32) {
    let cap = |n: u64| n.min(u32::MAX as u64) as u32;
    (cap(row), cap(col))
}
