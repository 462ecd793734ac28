//! The document properties every output carries (docProps/core.xml of the .docx and .xlsx
//! packages): title, author and dates. The author is the issuing office (`[office] name`, by
//! default the notice's issuer); the dates are the outputs' own date, never the clock, so the
//! same inputs give the same bytes: a period's bulletin, reminders, ledgers and run report
//! carry the bulletin's date (`Settings::report_date`), its 反馈表 the last day of the period
//! they ask about, 任务清单 the first day of the notice's year.

use crate::period::Period;
use crate::settings::Settings;
use chrono::{Datelike, NaiveDate};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Props {
    pub(crate) title: String,
    pub(crate) author: String,
    pub(crate) date: NaiveDate,
}

impl Props {
    /// Properties of an output of `period`'s run: dated the bulletin's date.
    pub(crate) fn of_run(settings: &Settings, period: Period, title: &str) -> Props {
        Props::dated(settings, settings.report_date(period), title)
    }

    /// Properties of a 反馈表 of `period`: dated the period's last day.
    pub(crate) fn of_forms(settings: &Settings, period: Period, title: &str) -> Props {
        Props::dated(settings, period.kind.end(period.year), title)
    }

    /// Properties of the register's outputs: dated 1 January of the notice's year.
    pub(crate) fn of_year(settings: &Settings, title: &str) -> Props {
        let date = NaiveDate::from_ymd_opt(settings.year, 1, 1).unwrap_or_default();
        Props::dated(settings, date, title)
    }

    fn dated(settings: &Settings, date: NaiveDate, title: &str) -> Props {
        Props {
            title: title.to_string(),
            author: settings.office.name.clone(),
            date,
        }
    }

    /// The date as W3CDTF, midnight UTC (08:00 in China, the same day).
    pub(crate) fn w3cdtf(&self) -> String {
        format!(
            "{:04}-{:02}-{:02}T00:00:00Z",
            self.date.year(),
            self.date.month(),
            self.date.day()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::period::PeriodKind;

    #[test]
    fn dates_come_from_the_settings_and_the_period() {
        let s = Settings::default();
        let h1 = Period::new(2020, PeriodKind::H1);
        let run = Props::of_run(&s, h1, "通报");
        assert_eq!(run.author, s.office.name);
        assert_eq!(run.date, s.report_date(h1));
        assert_eq!(Props::of_forms(&s, h1, "x").w3cdtf(), "2020-06-30T00:00:00Z");
        assert_eq!(Props::of_year(&s, "x").w3cdtf(), "2020-01-01T00:00:00Z");
    }
}
