//! What several test modules share: where the repository and its fixtures are, the frozen
//! notice, the register built from it and the two periods most tests run ([`Q1`], [`H1`]);
//! case folders and runs of the binary ([`case`]) and a file's account in the model a run
//! gives ([`file_report`]); input files made byte by byte ([`bytes`]), our generated forms
//! filled in as a unit does ([`fill`]), hand-built models ([`model`]), raw workbooks from grids
//! ([`raw`]) and readers for our outputs ([`read`]).
//!
//! The notice is a copy under tests/fixtures/notice, not the demo's input/notice.txt: the demo
//! may change its notice, and tests must not change with it.
#![allow(dead_code)]

pub mod bytes;
pub mod case;
pub mod fill;
pub mod model;
pub mod raw;
pub mod read;

pub use case::{command, duban, lang_args, Case, Run};
pub use model::{form_date, model};

use duban::model::{FileReport, Model};
use duban::period::{Period, PeriodKind};
use duban::register::Register;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The repository root (where Cargo.toml is).
pub fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A file or folder under tests/fixtures.
pub fn fixture(rel: &str) -> PathBuf {
    repo().join("tests/fixtures").join(rel)
}

/// The frozen notice (运盐政办发〔2020〕24号) as text.
pub fn notice() -> PathBuf {
    fixture("notice/notice.txt")
}

/// The frozen notice as .docx (the same text, as Word saves it).
pub fn notice_docx() -> PathBuf {
    fixture("notice/notice.docx")
}

/// The register of the frozen notice, parsed once per test run.
pub fn register() -> Register {
    static REGISTER: OnceLock<Register> = OnceLock::new();
    REGISTER
        .get_or_init(|| Register::load(&notice()).unwrap())
        .clone()
}

/// The frozen notice's first quarter.
pub const Q1: Period = Period {
    year: 2020,
    kind: PeriodKind::Q1,
};

/// The frozen notice's half year.
pub const H1: Period = Period {
    year: 2020,
    kind: PeriodKind::H1,
};

/// The account of the file at `path` (relative to input/) in `m`.
pub fn file_report<'m>(m: &'m Model, path: &str) -> &'m FileReport {
    m.files.iter().find(|f| f.path == path).unwrap_or_else(|| {
        let paths: Vec<&str> = m.files.iter().map(|f| f.path.as_str()).collect();
        panic!("{path} is not reported, only {paths:?}")
    })
}

/// proptest settings for `cases` cases, with failures kept in `<file>.proptest-regressions`
/// beside the test's source file. (proptest's default looks for a `main.rs` up the tree and
/// would use tests/proptest-regressions/<file>.txt now that tests/it has one.)
pub fn proptest_config(cases: u32) -> proptest::test_runner::Config {
    use proptest::test_runner::{Config, FileFailurePersistence};
    Config {
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource(
            "proptest-regressions",
        ))),
        ..Config::with_cases(cases)
    }
}
