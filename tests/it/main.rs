//! duban's integration tests, as one binary: every former `tests/*.rs` is a module here, so a
//! fresh `cargo test` links the crate into one test executable instead of twenty-one.
//! Shared helpers (case folders, the frozen notice and its register, readers for our .xlsx and
//! .docx outputs, raw workbooks from grids) live in [`support`].
//!
//! Tests run in parallel threads of one process: nothing here may change process-wide state
//! (the current directory, environment variables, `duban::msg::set_lang`); a test that needs
//! another language produces its text with `duban::msg::with_lang`, which is per thread.

mod support;

mod assess;
mod bulletin;
mod bulletin_golden;
mod cli;
mod collect;
mod collect_formats;
mod compare;
mod e2e;
mod evidence;
mod forms;
mod forms_roundtrip;
mod fuzz_regressions;
mod ingest;
mod ingest_foreign;
mod ingest_formats;
mod ingest_prop;
mod ingest_report;
mod ingest_roles;
mod judge;
mod layers;
mod ledger;
mod manifest;
mod messages;
mod plan;
mod plan_form;
mod print;
mod print_rows;
mod register;
mod resilience;
mod settings;
mod yearend;
