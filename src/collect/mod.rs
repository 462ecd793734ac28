//! Stage 2: input/ -> raw workbooks.
//!
//! Walks the input folder (subfolders too), decides each file's format by its signature
//! (never by its extension), refuses what is not a return with a reason, and reads every
//! sheet of every workbook into raw cells that keep their position. A CSV is one sheet, each
//! table of a Word document is one, and the files of a zip attachment are read as files of
//! input/ (`a.zip/b.xlsx`), so every later stage treats them exactly as an .xlsx. Caps
//! decompressed size, cell count and sheet extent (settings `limits`), never evaluates
//! formulas or macros.
//!
//! Hands on one [`Collected`] per file (per archive entry), sorted by path.

mod archive;
mod biff;
mod delimited;
mod docx;
mod guarded;
mod ods;
mod read;
mod sheetpart;
mod sniff;
mod styles;
mod walk;
mod zipguard;

pub use guarded::quiet_panics_in_readers;
pub(crate) use sniff::junk_name;
pub use walk::{collect, collect_map};

use crate::finding::Finding;
use crate::msg;
use crate::settings::Limits;
use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;
use sniff::Sniffed;
use std::io::Read;
use std::path::Path;

/// Workbook formats duban reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Format {
    Xlsx,
    Xlsm,
    Xlsb,
    Xls,
    Ods,
    /// Comma-, semicolon- or tab-separated text (.csv, or a .txt holding a table).
    Csv,
    /// The tables of a Word document.
    Docx,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Xlsx => "xlsx",
            Format::Xlsm => "xlsm",
            Format::Xlsb => "xlsb",
            Format::Xls => "xls",
            Format::Ods => "ods",
            Format::Csv => "csv",
            Format::Docx => "docx",
        }
    }
}

/// One cell's value as read. Formulas are never evaluated: a formula cell gives its cached
/// value, if the file has one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum CellValue {
    Text(String),
    Number(f64),
    /// A number its cell's format shows as a percentage: the stored fraction (0.95 for 95 %,
    /// 1 for 100 %).
    Percent(f64),
    Bool(bool),
    DateTime(NaiveDateTime),
    /// An Excel error value such as #DIV/0!.
    Error(String),
}

/// A non-empty row: its 0-based index and its non-empty cells as (0-based column, value),
/// columns ascending.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RawRow {
    pub row: u32,
    pub cells: Vec<(u32, CellValue)>,
}

/// A merged range, 0-based and inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Merged {
    pub first_row: u32,
    pub first_col: u32,
    pub last_row: u32,
    pub last_col: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RawSheet {
    pub name: String,
    /// Hidden and very hidden sheets are false.
    pub visible: bool,
    /// Non-empty rows only, ascending.
    pub rows: Vec<RawRow>,
    pub merged: Vec<Merged>,
    /// Rows and columns the sheet hides.
    pub hidden: Hidden,
    /// Cells with a solid fill colour (blank ones too), ascending by row and column: a unit
    /// may give a task's status as a colour. Read from xlsx and xlsm.
    pub fills: Vec<Fill>,
}

impl RawSheet {
    /// The fill colour of a cell, as 0xRRGGBB.
    pub(crate) fn fill(&self, row: u32, col: u32) -> Option<u32> {
        self.fills
            .binary_search_by_key(&(row, col), |f| (f.row, f.col))
            .ok()
            .map(|i| self.fills[i].rgb)
    }
}

/// A cell's solid fill colour, 0xRRGGBB.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Fill {
    pub(crate) row: u32,
    pub(crate) col: u32,
    pub(crate) rgb: u32,
}

/// Rows and columns a sheet hides, as 0-based inclusive ranges, ascending and disjoint.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Hidden {
    pub rows: Vec<(u32, u32)>,
    pub cols: Vec<(u32, u32)>,
}

impl Hidden {
    /// From ranges in any order, overlapping or not, clipped to the sheet limits.
    pub(crate) fn new(rows: Vec<(u32, u32)>, cols: Vec<(u32, u32)>, max_rows: u32, max_cols: u32) -> Hidden {
        Hidden {
            rows: tidy(rows, max_rows),
            cols: tidy(cols, max_cols),
        }
    }

    pub(crate) fn row(&self, row: u32) -> bool {
        within(&self.rows, row)
    }

    pub(crate) fn col(&self, col: u32) -> bool {
        within(&self.cols, col)
    }
}

fn within(ranges: &[(u32, u32)], n: u32) -> bool {
    let i = ranges.partition_point(|(_, last)| *last < n);
    ranges.get(i).is_some_and(|(first, _)| *first <= n)
}

/// Ranges sorted, joined where they touch, and cut below `max`.
fn tidy(mut ranges: Vec<(u32, u32)>, max: u32) -> Vec<(u32, u32)> {
    ranges.retain(|(first, last)| first <= last && *first < max);
    ranges.sort_unstable();
    let mut out: Vec<(u32, u32)> = Vec::with_capacity(ranges.len());
    for (first, last) in ranges {
        let last = last.min(max.saturating_sub(1));
        match out.last_mut() {
            Some(prev) if first <= prev.1.saturating_add(1) => prev.1 = prev.1.max(last),
            _ => out.push((first, last)),
        }
    }
    out
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RawWorkbook {
    /// Relative to input/, '/' separators.
    pub path: String,
    pub format: Format,
    /// The file's modification date (local time). Only orders two returns of one unit that
    /// carry no 填报日期; never evidence of when a return was received.
    pub modified: Option<NaiveDate>,
    pub sheets: Vec<RawSheet>,
    /// Non-fatal problems met while reading (a sheet over the cell cap, an unreadable sheet).
    pub warnings: Vec<Finding>,
    /// The package's document properties (xlsx, xlsm): tells duban's own outputs.
    pub properties: Properties,
}

/// Who wrote a workbook and under what title (docProps/core.xml).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Properties {
    pub(crate) creator: Option<String>,
    pub(crate) title: Option<String>,
    pub(crate) keywords: Option<String>,
}

/// What became of one file found under input/.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Collected {
    Workbook(RawWorkbook),
    /// The notice, duban.toml or a template: part of the job, not a return.
    Canonical {
        path: String,
    },
    /// Not a workbook: lock file, Thumbs.db, text, a .docx report... with the reason.
    Skipped {
        path: String,
        reason: String,
    },
    /// A workbook that could not be read: corrupt, encrypted, over a limit.
    Failed {
        path: String,
        format: Option<Format>,
        reason: String,
        /// The library's or system's own text ([`Refusal::detail`]).
        detail: Option<String>,
    },
}

/// Why a file cannot be read: the office's words (the cause, and what to do), and apart the
/// library's or system's own text ("invalid Zip archive: …"), which only 处理报告.json keeps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Refusal {
    pub(crate) reason: String,
    pub detail: Option<String>,
}

impl Refusal {
    pub(crate) fn failed(self, path: &str, format: Option<Format>) -> Collected {
        Collected::Failed {
            path: path.to_string(),
            format,
            reason: self.reason,
            detail: self.detail,
        }
    }
}

impl From<msg::CollectMsg> for Refusal {
    fn from(m: msg::CollectMsg) -> Refusal {
        Refusal {
            reason: m.to_string(),
            detail: m.detail(),
        }
    }
}

impl From<String> for Refusal {
    fn from(reason: String) -> Refusal {
        Refusal { reason, detail: None }
    }
}

impl Collected {
    pub fn path(&self) -> &str {
        match self {
            Collected::Workbook(w) => &w.path,
            Collected::Canonical { path }
            | Collected::Skipped { path, .. }
            | Collected::Failed { path, .. } => path,
        }
    }
}

/// Reads one file: refuses it when larger than `limits.max_file_bytes` (unless its first bytes
/// show it is no workbook at all, which makes it Skipped), else hands it to [`read_bytes`].
/// A zip archive is not opened: [`read_file_all`] reads its files.
pub fn read_file(abs: &Path, rel: &str, limits: &Limits) -> Collected {
    let mut one = read_file_with(abs, rel, limits, |bytes, modified| {
        vec![read_bytes(bytes, rel, modified, limits)]
    });
    one.remove(0)
}

/// [`read_file`], a zip archive's files read one by one, each its own [`Collected`].
pub fn read_file_all(abs: &Path, rel: &str, limits: &Limits) -> Vec<Collected> {
    read_file_with(abs, rel, limits, |bytes, modified| {
        read_all(bytes, rel, modified, limits, 0)
    })
}

/// The checks before a file's bytes are read, then `read` on them.
fn read_file_with(
    abs: &Path,
    rel: &str,
    limits: &Limits,
    read: impl Fn(&[u8], Option<NaiveDate>) -> Vec<Collected>,
) -> Vec<Collected> {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    if let Some(reason) = sniff::junk_name(name) {
        return vec![skipped(rel, &reason.to_string())];
    }
    let failed = |r: Refusal| vec![r.failed(rel, None)];
    let meta = match std::fs::metadata(abs) {
        Ok(m) => m,
        Err(e) => return failed(msg::CollectMsg::CannotReadFile { error: e.to_string() }.into()),
    };
    let modified = meta
        .modified()
        .ok()
        .map(|t| chrono::DateTime::<chrono::Local>::from(t).date_naive());
    if meta.len() > limits.max_file_bytes {
        let mut head = [0u8; 8];
        let n = std::fs::File::open(abs)
            .and_then(|mut f| f.read(&mut head))
            .unwrap_or(0);
        if !sniff::looks_like_workbook(&head[..n]) {
            return read(&head[..n], modified);
        }
        return failed(
            msg::CollectMsg::TooLarge {
                mb: meta.len() as f64 / 1048576.0,
                limit: limits.max_file_bytes as f64 / 1048576.0,
            }
            .into(),
        );
    }
    match std::fs::read(abs) {
        Ok(bytes) => read(&bytes, modified),
        Err(e) => failed(msg::CollectMsg::CannotReadFile { error: e.to_string() }.into()),
    }
}

/// [`read_bytes`] for a file found `depth` archives deep (0: in input/ itself): a zip archive's
/// files are read one by one (`archive`), each its own [`Collected`], in name order.
pub fn read_all(
    bytes: &[u8],
    rel: &str,
    modified: Option<NaiveDate>,
    limits: &Limits,
    depth: usize,
) -> Vec<Collected> {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    if let Some(reason) = sniff::junk_name(name) {
        return vec![skipped(rel, &reason.to_string())];
    }
    match sniff::sniff(bytes, rel) {
        Sniffed::Archive => archive::read(bytes, rel, modified, limits, depth),
        sniffed => vec![read_sniffed(bytes, rel, modified, limits, sniffed)],
    }
}

/// The core: decides the format of `bytes` by signature, applies the guards and reads every
/// sheet. Never panics: a parser that panics on a hostile file makes it Failed.
/// A zip archive is not opened ([`read_all`] reads its files).
pub fn read_bytes(bytes: &[u8], rel: &str, modified: Option<NaiveDate>, limits: &Limits) -> Collected {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    if let Some(reason) = sniff::junk_name(name) {
        return skipped(rel, &reason.to_string());
    }
    read_sniffed(bytes, rel, modified, limits, sniff::sniff(bytes, rel))
}

fn read_sniffed(
    bytes: &[u8],
    rel: &str,
    modified: Option<NaiveDate>,
    limits: &Limits,
    sniffed: Sniffed,
) -> Collected {
    let format = match sniffed {
        Sniffed::Workbook(f) => f,
        Sniffed::Archive => return skipped(rel, &msg::CollectMsg::ArchiveNotOpened.to_string()),
        Sniffed::Skip(reason) => return skipped(rel, &reason),
        Sniffed::Fail(format, r) => return r.failed(rel, format),
    };
    let failed = |r: Refusal| r.failed(rel, Some(format));
    // Zip-based workbooks are parsed from the guard's stored copy when it made one.
    let stored = if matches!(format, Format::Xls | Format::Csv) {
        None
    } else {
        match zipguard::check(bytes, limits) {
            Ok(stored) => stored,
            Err(reason) => return failed(reason),
        }
    };
    let bytes = stored.as_deref().unwrap_or(bytes);
    let mut ctx = read::Ctx {
        rel,
        limits,
        left: limits.max_cells,
        capped: false,
        warnings: Vec::new(),
        properties: Properties::default(),
    };
    let outcome = guarded::run(|| read::sheets(bytes, format, &mut ctx));
    match outcome {
        Some(Ok(sheets)) if sheets.is_empty() && format == Format::Docx => {
            skipped(rel, &msg::CollectMsg::DocxNoTable.to_string())
        }
        Some(Ok(sheets)) => Collected::Workbook(RawWorkbook {
            path: rel.to_string(),
            format,
            modified,
            sheets,
            warnings: ctx.warnings,
            properties: ctx.properties,
        }),
        Some(Err(reason)) => failed(reason),
        None => failed(msg::CollectMsg::ReaderGaveUp.into()),
    }
}

fn skipped(rel: &str, reason: &str) -> Collected {
    Collected::Skipped {
        path: rel.to_string(),
        reason: reason.to_string(),
    }
}
