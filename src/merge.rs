//! Stage 5: matched returns -> one progress model per period, plus exceptions.
//!
//! (Skeleton: the ingestion stages `collect`, `extract` and `matching` feed this; until they
//! land, `ingest` returns a model in which nobody has reported.)

use crate::model::Model;
use crate::period::{Period, PeriodKind};
use crate::register::Register;
use crate::settings::Settings;
use std::path::Path;

/// Runs ingestion over `input` and returns the merged model for `period` (or the inferred one).
pub fn ingest(
    register: Register,
    settings: &Settings,
    _input: &Path,
    period: Option<Period>,
    _progress: bool,
) -> Model {
    let current = period.unwrap_or_else(|| latest_due(settings, chrono::Local::now().date_naive()));
    Model::empty(register, current, settings)
}

/// The latest period of the settings' year whose deadline has passed by `today` (Q1 when
/// none has).
pub fn latest_due(settings: &Settings, today: chrono::NaiveDate) -> Period {
    PeriodKind::ALL
        .iter()
        .map(|k| Period::new(settings.year, *k))
        .rfind(|p| settings.deadline(*p) < today)
        .unwrap_or(Period::new(settings.year, PeriodKind::Q1))
}
