//! The demo year and the city-scale benchmark input: generators of returned workbooks.
//!
//! Owns nothing the pipeline reads at run time. It turns a [`Register`] into a [`Scenario`]
//! (`scenario`: which unit reports what, when, in which layout and format), writes each
//! planned return as a workbook the way a unit would (`returns`, with the progress wording of
//! `text`), adds the junk an office inbox really holds (`junk`), converts a few returns to
//! .xls/.ods with LibreOffice when it is installed (`convert`), builds the city-scale
//! input of the benchmark (`city`) and whole-table returns (`whole`: the district's task
//! table sent back with only the unit's rows filled).
//!
//! Everything is deterministic: one seeded [`Rng`] drives every choice and the workbooks
//! carry fixed document properties, so regenerating gives the same files.

pub mod city;
pub mod convert;
pub(crate) mod junk;
pub(crate) mod returns;
pub(crate) mod scenario;
pub(crate) mod text;
pub mod whole;

use crate::period::Period;
use crate::register::Register;
use crate::settings::Settings;
use std::path::{Path, PathBuf};

pub use scenario::{DateStyle, FileFormat, Layout, PercentStyle, Return, Row, Scenario};

/// The seed of the demo year; change it and every generated return changes.
pub(crate) const DEMO_SEED: u64 = 2020_0410;

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error("{path}: cannot write: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}: cannot build the workbook: {source}")]
    Xlsx {
        path: PathBuf,
        source: rust_xlsxwriter::XlsxError,
    },
    #[error("{path}: cannot build the document: {message}")]
    Docx { path: PathBuf, message: String },
    #[error("{path}: cannot rewrite the zip: {message}")]
    Zip { path: PathBuf, message: String },
    #[error("LibreOffice could not convert {files} file(s) to {format}: {message}")]
    Convert {
        files: usize,
        format: String,
        message: String,
    },
}

/// A small, fast, seeded generator (SplitMix64). Not for cryptography: it only has to give
/// the same believable variety on every machine and every run.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + self.below((hi - lo + 1) as usize) as u32
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: u32) -> bool {
        self.below(100) < percent as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Fisher-Yates shuffle.
    pub(crate) fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }
}

/// What [`write_demo`] wrote, relative to the returns folder.
#[derive(Debug, Default)]
pub struct Written {
    pub returns: Vec<String>,
    pub junk: Vec<String>,
}

/// The demo year's plan for the register's year.
pub fn demo_scenario(register: &Register, settings: &Settings) -> Scenario {
    scenario::demo(register, settings, DEMO_SEED)
}

/// Writes every planned return (as .xlsx; [`convert::convert_planned`] turns the few planned
/// as .xls/.ods into those formats afterwards) and the junk files into `returns_dir`.
pub fn write_demo(
    scenario: &Scenario,
    register: &Register,
    settings: &Settings,
    returns_dir: &Path,
) -> Result<Written, DemoError> {
    let mut written = Written::default();
    for ret in &scenario.returns {
        let path = returns_dir.join(ret.xlsx_path());
        let bytes = returns::workbook(ret, register, settings).map_err(|source| DemoError::Xlsx {
            path: path.clone(),
            source,
        })?;
        write_file(&path, &bytes)?;
        written.returns.push(ret.xlsx_path());
    }
    for file in junk::files(scenario, register)? {
        write_file(&returns_dir.join(&file.path), &file.bytes)?;
        written.junk.push(file.path);
    }
    Ok(written)
}

/// Writes a file, creating its folder.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), DemoError> {
    let io = |source| DemoError::Io {
        path: path.to_path_buf(),
        source,
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    std::fs::write(path, bytes).map_err(io)
}

/// The folder a period's returns are filed in: `2020一季度`, `2020半年`.
pub fn period_folder(period: Period) -> String {
    format!("{}{}", period.year, period.short())
}

#[cfg(test)]
mod tests;
