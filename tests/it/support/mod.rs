//! What several test modules share: where the repository and its fixtures are, the frozen
//! notice and the register built from it; case folders and runs of the binary ([`case`]),
//! our generated forms filled in as a unit does ([`fill`]), hand-built models ([`model`]), raw
//! workbooks from grids ([`raw`]) and readers for our outputs ([`read`]).
//!
//! The notice is a copy under tests/fixtures/notice, not the demo's input/notice.txt: the demo
//! may change its notice, and tests must not change with it.
#![allow(dead_code)]

pub mod case;
pub mod fill;
pub mod model;
pub mod raw;
pub mod read;

pub use case::{duban, Case, Run};
pub use model::{form_date, model};

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
