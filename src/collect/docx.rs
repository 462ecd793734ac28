//! Word tables (.docx) as sheets: a unit that fills in its return as a table in Word.
//!
//! `word/document.xml` is walked once with quick-xml. Every top-level table (`w:tbl`) becomes
//! a sheet named 表格1, 表格2, … in document order: its rows (`w:tr`) and cells (`w:tc`) in
//! order on the grid of the table, a cell spanning columns (`w:gridSpan`) or rows
//! (`w:vMerge` restart … continue) becoming a merged range exactly as a workbook's merged cell
//! (so extract fills a status merged down over two tasks into both), the paragraphs of a cell
//! joined with line breaks. A table nested in a cell gives its text to that cell.
//!
//! The paragraphs before a table (since the previous one: title, 填报单位, 填报日期) are rows
//! above it, one row per line, so the title-row rules of extract read them as they read the
//! rows above a sheet's header; the paragraphs after the last table (填报人, 填报日期 under
//! it) are rows below it. A document with no table has no sheet (collect names it Skipped).
//! A cell's shading (`w:tcPr/w:shd`) is its fill colour, as a workbook cell's: units mark a
//! task's status by colouring its cell. Cells, rows, columns and fills are capped through the
//! same sink as a workbook's.

use super::delimited;
use super::read::{Ctx, Sink};
use super::RawSheet;
use crate::msg;
use crate::wordxml::{self, PartError};
use calamine::{Dimensions, Sheet, SheetType, SheetVisible};
use quick_xml::events::{BytesStart, Event};
use std::collections::BTreeMap;

/// Tables read from one document; a real return has one or two.
const MAX_TABLES: usize = 1_000;

/// Reads every top-level table of the .docx `bytes` (the zip guard's stored copy).
pub(crate) fn read(bytes: &[u8], ctx: &mut Ctx<'_>) -> Result<Vec<RawSheet>, String> {
    let damaged = |why: String| msg::CollectMsg::DocxDamaged { why }.to_string();
    let xml = wordxml::document_xml(bytes, ctx.limits.max_unzipped_bytes).map_err(|e| match e {
        PartError::Zip(why) | PartError::Read(why) => damaged(why),
        PartError::NoDocument | PartError::TooLarge => damaged("word/document.xml".into()),
    })?;
    let mut walk = Walk::default();
    let mut reader = quick_xml::Reader::from_str(&xml);
    loop {
        let event = reader.read_event().map_err(|e| damaged(e.to_string()))?;
        match event {
            Event::Start(e) => walk.start(&e),
            Event::Empty(e) => {
                walk.start(&e);
                walk.end(e.local_name().as_ref());
            }
            Event::End(e) => walk.end(e.local_name().as_ref()),
            Event::Text(t) if walk.in_text => walk.text.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if walk.in_text => wordxml::push_ref(&mut walk.text, &r),
            Event::Eof => break,
            _ => {}
        }
        if walk.tables.len() > MAX_TABLES {
            walk.tables.truncate(MAX_TABLES);
            break;
        }
    }
    Ok(walk.into_sheets(ctx))
}

/// One table's cells on its grid, rows counted from the top of its sheet.
#[derive(Default)]
struct Table {
    cells: Vec<(u32, u32, String)>,
    /// Shaded cells: (row, col, 0xRRGGBB).
    fills: Vec<(u32, u32, u32)>,
    merges: Vec<Dimensions>,
    /// Vertical merges still open, by grid column: index into `merges`.
    open: BTreeMap<u32, usize>,
    row: u32,
    col: u32,
}

/// The cell being read.
#[derive(Default)]
struct Cell {
    span: u32,
    /// Some(true) for `w:vMerge w:val="restart"`, Some(false) for a continuation.
    vmerge: Option<bool>,
    /// The cell's shading colour.
    fill: Option<u32>,
    paragraphs: Vec<String>,
}

/// The state of the walk over document.xml.
#[derive(Default)]
struct Walk {
    tables: Vec<Table>,
    /// Depth of `w:tbl` nesting: 1 inside a top-level table.
    depth: usize,
    cell: Option<Cell>,
    /// Lines of the paragraphs outside tables since the last table.
    lines: Vec<String>,
    /// Text of the current paragraph.
    text: String,
    in_text: bool,
    in_run: bool,
    /// Inside the current top-level cell's properties (`w:tcPr`).
    in_cell_props: bool,
}

fn val(e: &BytesStart<'_>) -> Option<String> {
    attr(e, "val")
}

/// An attribute by its local name (`w:fill` -> "fill").
fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .map(|a| a.value.trim().to_string())
}

/// A cell's shading: the pattern's colour when solid, else its background; "auto" and white
/// are no fill.
fn shading(e: &BytesStart<'_>) -> Option<u32> {
    let colour = match val(e).as_deref() {
        Some("solid") => attr(e, "color")?,
        _ => attr(e, "fill")?,
    };
    let rgb = u32::from_str_radix(&colour, 16)
        .ok()
        .filter(|_| colour.len() == 6)?;
    (rgb != 0xFF_FFFF).then_some(rgb)
}

fn number(e: &BytesStart<'_>) -> u32 {
    val(e).and_then(|v| v.trim().parse().ok()).unwrap_or(1)
}

impl Walk {
    fn start(&mut self, e: &BytesStart<'_>) {
        match e.local_name().as_ref() {
            "tbl" => {
                self.depth += 1;
                if self.depth == 1 {
                    self.open_table();
                }
            }
            "tr" if self.depth == 1 => {
                if let Some(t) = self.tables.last_mut() {
                    t.col = 0;
                }
            }
            "gridBefore" if self.depth == 1 => {
                if let Some(t) = self.tables.last_mut() {
                    t.col = number(e).min(u16::MAX as u32);
                }
            }
            "tc" if self.depth == 1 => self.cell = Some(Cell::default()),
            "tcPr" if self.depth == 1 => self.in_cell_props = true,
            "shd" if self.depth == 1 && self.in_cell_props => {
                if let Some(c) = self.cell.as_mut() {
                    c.fill = shading(e);
                }
            }
            "gridSpan" if self.depth == 1 => {
                if let Some(c) = self.cell.as_mut() {
                    c.span = number(e).min(u16::MAX as u32);
                }
            }
            "vMerge" if self.depth == 1 => {
                if let Some(c) = self.cell.as_mut() {
                    c.vmerge = Some(val(e).is_some_and(|v| v == "restart"));
                }
            }
            "r" => self.in_run = true,
            "t" if self.in_run => self.in_text = true,
            "tab" if self.in_run => self.text.push('\t'),
            "br" | "cr" if self.in_run => self.text.push('\n'),
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        match name {
            "t" => self.in_text = false,
            "r" => self.in_run = false,
            "p" => self.end_paragraph(),
            "tcPr" => self.in_cell_props = false,
            "tc" if self.depth == 1 => self.end_cell(),
            "tr" if self.depth == 1 => {
                if let Some(t) = self.tables.last_mut() {
                    t.row = t.row.saturating_add(1);
                }
            }
            "tbl" => self.depth = self.depth.saturating_sub(1),
            _ => {}
        }
    }

    /// A new sheet: the paragraph lines gathered since the last table are its first rows.
    fn open_table(&mut self) {
        let mut t = Table::default();
        for line in std::mem::take(&mut self.lines) {
            t.cells.push((t.row, 0, line));
            t.row = t.row.saturating_add(1);
        }
        self.tables.push(t);
    }

    fn end_paragraph(&mut self) {
        let text = std::mem::take(&mut self.text);
        match self.cell.as_mut() {
            Some(c) if self.depth >= 1 => c.paragraphs.push(text),
            _ if self.depth == 0 => self.lines.extend(
                text.split('\n')
                    .filter(|l| !l.trim().is_empty())
                    .map(String::from),
            ),
            _ => {}
        }
    }

    fn end_cell(&mut self) {
        let (Some(cell), Some(t)) = (self.cell.take(), self.tables.last_mut()) else {
            return;
        };
        let span = cell.span.max(1);
        let (row, col) = (t.row, t.col);
        let last_col = col.saturating_add(span - 1);
        let continued = match (cell.vmerge, t.open.get(&col)) {
            (Some(false), Some(&i)) => {
                t.merges[i].end.0 = row;
                true
            }
            _ => false,
        };
        if !continued {
            t.open.retain(|c, _| *c < col || *c > last_col);
            if cell.vmerge == Some(true) || span > 1 {
                t.merges.push(Dimensions::new((row, col), (row, last_col)));
            }
            if cell.vmerge == Some(true) {
                t.open.insert(col, t.merges.len() - 1);
            }
        }
        if let Some(rgb) = cell.fill {
            t.fills.push((row, col, rgb));
        }
        let text = join(&cell.paragraphs);
        if !text.trim().is_empty() {
            t.cells.push((row, col, text));
        }
        t.col = last_col.saturating_add(1);
    }

    /// The sheets, the lines after the last table below it.
    fn into_sheets(mut self, ctx: &mut Ctx<'_>) -> Vec<RawSheet> {
        if let Some(t) = self.tables.last_mut() {
            for line in std::mem::take(&mut self.lines) {
                t.cells.push((t.row, 0, line));
                t.row = t.row.saturating_add(1);
            }
        }
        let mut out = Vec::new();
        for (i, t) in self.tables.into_iter().enumerate() {
            let mut sink = Sink::new(ctx);
            for (row, col, text) in t.cells {
                if !sink.push(row, col, delimited::cell(&text)) {
                    break;
                }
            }
            for (row, col, rgb) in t.fills {
                sink.fill(row, col, rgb);
            }
            let merges: Vec<Dimensions> = t.merges.into_iter().filter(|d| d.start != d.end).collect();
            let sheet = Sheet {
                name: msg::LayoutMsg::DocxTable { n: i + 1 }.to_string(),
                typ: SheetType::WorkSheet,
                visible: SheetVisible::Visible,
            };
            out.push(sink.finish(sheet, &merges, super::Hidden::default(), ctx));
        }
        out
    }
}

/// A cell's paragraphs, one line each, without empty lines at either end.
fn join(paragraphs: &[String]) -> String {
    let first = paragraphs.iter().position(|p| !p.trim().is_empty());
    let last = paragraphs.iter().rposition(|p| !p.trim().is_empty());
    match (first, last) {
        (Some(a), Some(b)) => paragraphs[a..=b].join("\n"),
        _ => String::new(),
    }
}
