//! duban (督办): the quarterly supervision job of a district government office.
//!
//! The pipeline, one module per stage (see docs/ARCHITECTURE.md):
//! `register` (notice -> Register) -> `collect` (input/ -> raw sheets) -> `extract` (raw
//! cells -> typed records) -> `matching` (records -> tasks, units, periods) -> `merge`
//! (-> Model) -> `compare` (what changed since the previous period) -> `assess` (考核) ->
//! `render::{ledger, bulletin, forms, report, tasks}`, each reading the Model and the
//! [`analysis::Analysis`] of compare and assess. `driver` runs them in this order, each once.

pub mod analysis;
pub mod assess;
pub mod calendar;
pub mod cli;
pub mod collect;
pub mod compare;
pub mod console;
pub mod demo;
pub mod driver;
pub(crate) mod extract;
pub mod finding;
pub mod form;
pub(crate) mod matching;
pub mod merge;
pub mod model;
pub mod msg;
pub mod outbox;
pub mod period;
pub mod place;
pub mod plan;
pub mod register;
pub mod render;
pub mod settings;
pub mod status;
pub mod templates;
pub mod text;
mod wordxml;
