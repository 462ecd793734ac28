//! Reading the sheets of a workbook whose format is known and whose container passed the
//! guards, through calamine, into [`RawSheet`]s.
//!
//! xlsx, xlsm and xlsb are read as a stream of cells, so a far-away cell costs nothing: cells
//! beyond the row/column limits are dropped with one warning per sheet. xls and ods are built
//! whole by calamine, after `biff` / `ods` bounded them. CSV (`delimited`) and Word tables
//! (`docx`) are read by duban itself into the same [`Sink`]. Every workbook stops at the cell
//! cap. Formulas are never evaluated: calamine hands over the cached values.

use super::sheetpart::SheetParts;
use super::styles::{CellStyle, Palette};
use super::{biff, delimited, docx, ods, CellValue, Fill, Format, Hidden, Merged, RawRow, RawSheet, Refusal};
use crate::finding::Finding;
use crate::msg::CollectMsg;
use crate::place::{a1, Place};
use crate::settings::Limits;
use calamine::{Data, DataRef, Dimensions, Ods, Reader, Sheet, SheetType, SheetVisible, Xls, Xlsb, Xlsx};
use chrono::{NaiveDate, NaiveDateTime};
use std::fmt::Display;
use std::io::Cursor;

/// Merged ranges kept per sheet; real forms have a few dozen.
const MAX_MERGES: usize = 100_000;
/// Filled cells kept per sheet: a return colours a few dozen; a sheet painted all over is
/// no status mark beyond these.
pub(super) const MAX_FILLS: usize = 100_000;

/// What reading one workbook needs and gathers.
pub(crate) struct Ctx<'a> {
    pub(crate) rel: &'a str,
    pub(crate) limits: &'a Limits,
    /// Cells still allowed by `limits.max_cells`.
    pub(crate) left: u64,
    /// The cap was reached and said so: warn once per workbook.
    pub(crate) capped: bool,
    pub(crate) warnings: Vec<Finding>,
    /// The workbook's document properties, where the format has them.
    pub(crate) properties: super::Properties,
}

/// Reads every worksheet; `Err` is the reason the whole workbook failed.
pub(crate) fn sheets(bytes: &[u8], format: Format, ctx: &mut Ctx<'_>) -> Result<Vec<RawSheet>, Refusal> {
    match format {
        Format::Xlsx | Format::Xlsm => {
            let mut wb = Xlsx::new(Cursor::new(bytes)).map_err(|e| refusal(&e))?;
            if let Ok(p) = wb.workbook_properties() {
                ctx.properties = super::Properties {
                    creator: p.creator,
                    title: p.title,
                    keywords: p.keywords,
                };
            }
            let meta = worksheets(wb.sheets_metadata());
            let mut parts = SheetParts::read(bytes);
            Ok(meta
                .into_iter()
                .filter_map(|s| xlsx_sheet(&mut wb, &mut parts, s, ctx))
                .collect())
        }
        Format::Xlsb => {
            let mut wb = Xlsb::new(Cursor::new(bytes)).map_err(|e| refusal(&e))?;
            let meta = worksheets(wb.sheets_metadata());
            Ok(meta
                .into_iter()
                .filter_map(|s| xlsb_sheet(&mut wb, s, ctx))
                .collect())
        }
        Format::Xls => xls(bytes, ctx),
        Format::Csv => Ok(delimited::read(
            bytes,
            ctx,
            &CollectMsg::TextUndecodable.to_string(),
        )?),
        Format::Docx => Ok(docx::read(bytes, ctx)?),
        Format::Ods => {
            let mut tables = ods::check(bytes, ctx.limits)?;
            let mut wb: Ods<_> = Ods::new(Cursor::new(bytes)).map_err(|e| refusal(&e))?;
            let meta = worksheets(wb.sheets_metadata());
            let mut out = Vec::new();
            for s in meta {
                let extras = tables
                    .iter_mut()
                    .find(|t| t.name == s.name)
                    .map(|t| std::mem::take(&mut t.extras))
                    .unwrap_or_default();
                match wb.worksheet_range(&s.name) {
                    Ok(range) => out.push(dense_sheet(&range, s, extras, ctx)),
                    Err(e) => unreadable(ctx, &s.name, &e),
                }
            }
            Ok(out)
        }
    }
}

fn worksheets(meta: &[Sheet]) -> Vec<Sheet> {
    meta.iter()
        .filter(|s| s.typ == SheetType::WorkSheet)
        .cloned()
        .collect()
}

fn unreadable(ctx: &mut Ctx<'_>, sheet: &str, e: &dyn Display) {
    ctx.warnings.push(Finding {
        place: Place {
            file: ctx.rel.to_string(),
            sheet: sheet.to_string(),
            cell: String::new(),
        },
        message: CollectMsg::SheetUnreadable { reason: plain(e) }.to_string(),
    });
}

fn xlsx_sheet(
    wb: &mut Xlsx<Cursor<&[u8]>>,
    parts: &mut SheetParts,
    s: Sheet,
    ctx: &mut Ctx<'_>,
) -> Option<RawSheet> {
    let mut sink = Sink::new(ctx);
    let read = (|| {
        let mut cells = wb.worksheet_cells_reader(&s.name)?;
        let palette = Palette::of_xlsx(cells.styles());
        if palette.is_plain() {
            while let Some(cell) = cells.next_cell()? {
                let (row, col) = cell.get_position();
                if !sink.push(row, col, data(cell.get_value())) {
                    break;
                }
            }
        } else {
            while let Some((cell, style)) = cells.next_cell_with_style_id()? {
                let (row, col) = cell.get_position();
                if !sink.push_styled(row, col, data(cell.get_value()), palette.get(style)) {
                    break;
                }
            }
        }
        Ok::<_, calamine::XlsxError>(())
    })();
    if let Err(e) = read {
        unreadable(ctx, &s.name, &e);
        return None;
    }
    let part = parts.take(&s.name);
    let merged = match part
        .merged
        .map(Ok)
        .unwrap_or_else(|| wb.merge_cells_by_sheet_name(&s.name))
    {
        Ok(m) => m,
        Err(e) => {
            unreadable(ctx, &s.name, &e);
            return None;
        }
    };
    let hidden = sink.hidden(part.hidden_rows, part.hidden_cols);
    Some(sink.finish(s, &merged, hidden, ctx))
}

fn xlsb_sheet(wb: &mut Xlsb<Cursor<&[u8]>>, s: Sheet, ctx: &mut Ctx<'_>) -> Option<RawSheet> {
    let mut sink = Sink::new(ctx);
    let read = (|| {
        let mut cells = wb.worksheet_cells_reader(&s.name)?;
        while let Some(cell) = cells.next_cell()? {
            let (row, col) = cell.get_position();
            if !sink.push(row, col, data(cell.get_value())) {
                break;
            }
        }
        Ok::<_, calamine::XlsbError>(())
    })();
    if let Err(e) = read {
        unreadable(ctx, &s.name, &e);
        return None;
    }
    Some(sink.finish(s, &[], Hidden::default(), ctx))
}

fn xls(bytes: &[u8], ctx: &mut Ctx<'_>) -> Result<Vec<RawSheet>, Refusal> {
    let prepared = biff::prepare(bytes, ctx.limits).map_err(|r| match r {
        biff::Refusal::Encrypted => Refusal::from(CollectMsg::Password),
        biff::Refusal::Damaged(error) => CollectMsg::XlsDamaged { error }.into(),
        biff::Refusal::Span { sheet, first, last } => CollectMsg::XlsSpan {
            sheet: sheet + 1,
            first: a1(first.0, first.1),
            last: a1(last.0, last.1),
            max: ctx.limits.max_cells,
        }
        .into(),
    })?;
    let source = prepared.bytes.as_deref().unwrap_or(bytes);
    let mut wb = Xls::new(Cursor::new(source)).map_err(|e| refusal(&e))?;
    let all: Vec<Sheet> = wb.sheets_metadata().to_vec();
    for (index, (row, col)) in &prepared.beyond {
        let name = all.get(*index).map(|s| s.name.as_str()).unwrap_or("");
        beyond_warning(ctx, name, *row, *col);
    }
    if let Some((index, (row, col))) = prepared.capped {
        let name = all.get(index).map(|s| s.name.as_str()).unwrap_or("");
        cap_warning(ctx, name, row, col);
        ctx.capped = true;
    }
    let mut sheets = prepared.sheets;
    let mut out = Vec::new();
    for s in worksheets(&all) {
        match wb.worksheet_range(&s.name) {
            Ok(range) => {
                let index = all.iter().position(|a| a.name == s.name);
                let mut extras = index
                    .and_then(|i| sheets.get_mut(i))
                    .map(std::mem::take)
                    .unwrap_or_default();
                extras.merged = wb.merge_cells_by_sheet_name(&s.name).unwrap_or_default();
                out.push(dense_sheet(&range, s, extras, ctx));
            }
            Err(e) => unreadable(ctx, &s.name, &e),
        }
    }
    Ok(out)
}

/// What a pre-scan of an .xls or .ods found of one sheet besides its cells.
#[derive(Debug, Default)]
pub(crate) struct Extras {
    pub(crate) merged: Vec<Dimensions>,
    pub(crate) hidden_rows: Vec<(u32, u32)>,
    pub(crate) hidden_cols: Vec<(u32, u32)>,
    /// Cells whose format shows a percentage, (row, col), in any order.
    pub(crate) percent: Vec<(u32, u32)>,
    /// Cells (blank ones too) with a solid fill, (row, col, 0xRRGGBB), in any order.
    pub(crate) fills: Vec<(u32, u32, u32)>,
}

fn dense_sheet(range: &calamine::Range<Data>, s: Sheet, mut extras: Extras, ctx: &mut Ctx<'_>) -> RawSheet {
    let mut sink = Sink::new(ctx);
    extras.percent.sort_unstable();
    let percent = CellStyle {
        percent: true,
        fill: None,
    };
    let (r0, c0) = range.start().unwrap_or((0, 0));
    for (r, c, value) in range.used_cells() {
        let (row, col) = (r0 + r as u32, c0 + c as u32);
        let style = match extras.percent.binary_search(&(row, col)) {
            Ok(_) => percent,
            Err(_) => CellStyle::default(),
        };
        if !sink.push_styled(row, col, value.clone(), style) {
            break;
        }
    }
    for (row, col, rgb) in extras.fills {
        sink.fill(row, col, rgb);
    }
    let hidden = sink.hidden(extras.hidden_rows, extras.hidden_cols);
    sink.finish(s, &extras.merged, hidden, ctx)
}

fn data(value: &DataRef<'_>) -> Data {
    value.clone().into()
}

/// One cell's value, or None when it is empty or only whitespace.
pub(crate) fn cell_value(d: Data) -> Option<CellValue> {
    Some(match d {
        Data::Empty => return None,
        Data::String(s) if s.trim().is_empty() => return None,
        Data::String(s) => CellValue::Text(s),
        Data::Float(f) => CellValue::Number(f),
        Data::Int(i) => CellValue::Number(i as f64),
        Data::Bool(b) => CellValue::Bool(b),
        Data::DateTime(dt) if dt.is_duration() => CellValue::Number(dt.as_f64()),
        Data::DateTime(dt) => dt
            .as_datetime()
            .map(CellValue::DateTime)
            .unwrap_or(CellValue::Number(dt.as_f64())),
        Data::DateTimeIso(s) => iso(&s).map(CellValue::DateTime).unwrap_or(CellValue::Text(s)),
        Data::DurationIso(s) => CellValue::Text(s),
        Data::Error(e) => CellValue::Error(e.to_string()),
    })
}

fn iso(s: &str) -> Option<NaiveDateTime> {
    let s = s.trim();
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%.f")
        .or_else(|_| NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S"))
        .ok()
        .or_else(|| {
            NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .ok()?
                .and_hms_opt(0, 0, 0)
        })
}

/// A calamine error in plain words (the library's own text apart, [`Refusal::detail`]).
pub(crate) fn plain(e: &dyn Display) -> String {
    refusal(e).reason
}

/// A calamine error as the reason a workbook is refused.
fn refusal(e: &dyn Display) -> Refusal {
    let error = e.to_string();
    let lower = error.to_lowercase();
    if lower.contains("password") {
        CollectMsg::Password
    } else if lower.contains("zip") {
        CollectMsg::ZipBroken { error }
    } else if lower.contains("xml") || lower.contains("eof") || lower.contains("end of") {
        CollectMsg::Malformed { error }
    } else {
        CollectMsg::Unreadable { error }
    }
    .into()
}

fn beyond_warning(ctx: &mut Ctx<'_>, sheet: &str, row: u32, col: u32) {
    let (rows, cols) = (ctx.limits.max_rows, ctx.limits.max_cols);
    ctx.warnings.push(Finding {
        place: Place::cell(ctx.rel, sheet, row, col),
        message: CollectMsg::Beyond {
            rows,
            cols,
            cell: a1(row, col),
        }
        .to_string(),
    });
}

fn cap_warning(ctx: &mut Ctx<'_>, sheet: &str, row: u32, col: u32) {
    ctx.warnings.push(Finding {
        place: Place::cell(ctx.rel, sheet, row, col),
        message: CollectMsg::Capped {
            cell: a1(row, col),
            max: ctx.limits.max_cells,
        }
        .to_string(),
    });
}

/// Gathers one sheet's cells within the limits (every reader's, so every format is capped and
/// warned about alike).
pub(super) struct Sink {
    max_rows: u32,
    max_cols: u32,
    left: u64,
    cells: Vec<(u32, u32, CellValue)>,
    fills: Vec<Fill>,
    beyond: Option<(u32, u32)>,
    capped: Option<(u32, u32)>,
}

impl Sink {
    pub(super) fn new(ctx: &Ctx<'_>) -> Sink {
        Sink {
            max_rows: ctx.limits.max_rows,
            max_cols: ctx.limits.max_cols,
            left: ctx.left,
            cells: Vec::new(),
            fills: Vec::new(),
            beyond: None,
            capped: None,
        }
    }

    /// Takes one cell; false when the cell cap is reached and reading should stop.
    pub(super) fn push(&mut self, row: u32, col: u32, value: Data) -> bool {
        self.push_styled(row, col, value, CellStyle::default())
    }

    /// [`Sink::push`] for a cell whose style is known: the value as its style shows it.
    pub(super) fn push_styled(&mut self, row: u32, col: u32, value: Data, style: CellStyle) -> bool {
        if let Some(rgb) = style.fill {
            self.fill(row, col, rgb);
        }
        let Some(value) = cell_value(value).map(|v| style.apply(v)) else {
            return true;
        };
        if row >= self.max_rows || col >= self.max_cols {
            self.beyond.get_or_insert((row, col));
            return true;
        }
        if self.left == 0 {
            self.capped = Some((row, col));
            return false;
        }
        self.left -= 1;
        self.cells.push((row, col, value));
        true
    }

    /// A cell's solid fill colour, within the limits and the cap on fills.
    pub(super) fn fill(&mut self, row: u32, col: u32, rgb: u32) {
        if row < self.max_rows && col < self.max_cols && self.fills.len() < MAX_FILLS {
            self.fills.push(Fill { row, col, rgb });
        }
    }

    /// Hidden rows and columns within the sheet's limits.
    pub(super) fn hidden(&self, rows: Vec<(u32, u32)>, cols: Vec<(u32, u32)>) -> Hidden {
        Hidden::new(rows, cols, self.max_rows, self.max_cols)
    }

    pub(super) fn finish(
        mut self,
        s: Sheet,
        merged: &[Dimensions],
        hidden: Hidden,
        ctx: &mut Ctx<'_>,
    ) -> RawSheet {
        ctx.left = self.left;
        if let Some((row, col)) = self.beyond {
            beyond_warning(ctx, &s.name, row, col);
        }
        if let Some((row, col)) = self.capped.filter(|_| !ctx.capped) {
            cap_warning(ctx, &s.name, row, col);
            ctx.capped = true;
        }
        self.cells.sort_by_key(|(r, c, _)| (*r, *c));
        self.cells.dedup_by_key(|(r, c, _)| (*r, *c));
        let mut rows: Vec<RawRow> = Vec::new();
        for (row, col, value) in self.cells {
            match rows.last_mut() {
                Some(last) if last.row == row => last.cells.push((col, value)),
                _ => rows.push(RawRow {
                    row,
                    cells: vec![(col, value)],
                }),
            }
        }
        RawSheet {
            name: s.name,
            visible: s.visible == SheetVisible::Visible,
            rows,
            merged: clip_merges(merged, self.max_rows, self.max_cols),
            fills: {
                self.fills.sort_by_key(|f| (f.row, f.col));
                self.fills.dedup_by_key(|f| (f.row, f.col));
                self.fills
            },
            hidden,
        }
    }
}

fn clip_merges(merged: &[Dimensions], max_rows: u32, max_cols: u32) -> Vec<Merged> {
    let mut out: Vec<Merged> = merged
        .iter()
        .filter(|d| {
            d.start.0 < max_rows && d.start.1 < max_cols && d.start.0 <= d.end.0 && d.start.1 <= d.end.1
        })
        .take(MAX_MERGES)
        .map(|d| Merged {
            first_row: d.start.0,
            first_col: d.start.1,
            last_row: d.end.0.min(max_rows - 1),
            last_col: d.end.1.min(max_cols - 1),
        })
        .collect();
    out.sort_by_key(|m| (m.first_row, m.first_col, m.last_row, m.last_col));
    out
}
