//! Stage 2: input/ -> raw workbooks.
//!
//! Walks the input folder (subfolders too), decides each file's format by its signature
//! (never by its extension), refuses what is not a workbook with a reason, and reads every
//! sheet of every workbook into raw cells that keep their position. Caps decompressed
//! size, cell count and sheet extent (settings `limits`), never evaluates formulas or macros.
//!
//! Hands on one [`Collected`] per file, sorted by path.

use crate::model::Finding;
use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

/// Workbook formats duban reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Format {
    Xlsx,
    Xlsm,
    Xlsb,
    Xls,
    Ods,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Xlsx => "xlsx",
            Format::Xlsm => "xlsm",
            Format::Xlsb => "xlsb",
            Format::Xls => "xls",
            Format::Ods => "ods",
        }
    }
}

/// One cell's value as read. Formulas are never evaluated: a formula cell gives its cached
/// value, if the file has one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum CellValue {
    Text(String),
    Number(f64),
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
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RawWorkbook {
    /// Relative to input/, '/' separators.
    pub path: String,
    pub format: Format,
    /// The file's modification date (local time), used when a return has no 填报日期.
    pub modified: Option<NaiveDate>,
    pub sheets: Vec<RawSheet>,
    /// Non-fatal problems met while reading (a sheet over the cell cap, an unreadable sheet).
    pub warnings: Vec<Finding>,
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
    },
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

// TEMP stub until the collect branch lands.
pub fn collect(
    _input: &std::path::Path,
    _settings: &crate::settings::Settings,
    _canonical: &[std::path::PathBuf],
    _progress: bool,
) -> Vec<Collected> {
    Vec::new()
}
