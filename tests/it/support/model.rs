//! Models built by hand for the renderer tests: the frozen notice's register, the current
//! period and any earlier ones, every entry 未反馈 and every unit 未报送 until a test fills
//! them in (`Model::period_mut`, `PeriodProgress::entry_mut`, [`form_date`]).

use super::register;
use chrono::NaiveDate;
use duban::model::{Evidence, EvidenceKind, Model, PeriodProgress, Place};
use duban::period::Period;
use duban::settings::Settings;

/// A model of the frozen notice with `current` as the period reported on.
pub fn model(current: Period) -> ModelBuilder {
    ModelBuilder {
        current,
        earlier: Vec::new(),
        settings: Settings::default(),
    }
}

pub struct ModelBuilder {
    current: Period,
    earlier: Vec<Period>,
    settings: Settings,
}

impl ModelBuilder {
    /// An earlier period of the year, empty like the current one (kept in period order).
    pub fn earlier(mut self, period: Period) -> Self {
        assert!(
            period < self.current,
            "{period:?} is not before the current period"
        );
        self.earlier.push(period);
        self
    }

    /// The settings the periods' deadlines come from (default: `Settings::default()`).
    pub fn settings(mut self, settings: &Settings) -> Self {
        self.settings = settings.clone();
        self
    }

    pub fn build(mut self) -> Model {
        let mut m = Model::empty(register(), self.current, &self.settings);
        self.earlier.sort();
        self.earlier.dedup();
        let earlier = self
            .earlier
            .iter()
            .map(|&p| PeriodProgress::empty(&m.register, p, &self.settings));
        m.periods.splice(0..0, earlier);
        m
    }
}

/// The evidence of a return dated `date` in its 填报日期 cell (B21 of `<unit>.xlsx` / Sheet1).
pub fn form_date(unit: &str, date: NaiveDate) -> Evidence {
    Evidence {
        kind: EvidenceKind::FormDate,
        place: Place::cell(&format!("{unit}.xlsx"), "Sheet1", 20, 1),
        date,
    }
}
