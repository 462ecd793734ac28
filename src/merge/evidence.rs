//! When a return was received, from evidence only.
//!
//! The order: the office's receipt register (收文登记, [`super::receipts`]), the return's own
//! 填报日期 (报送日期, 填报时间) cell, a date in the file name (`…20200705…`, `2020-07-05`,
//! `2020年7月5日`, `7月5日`). A file's modification time is never evidence: it is only the day
//! the file was copied.
//!
//! A date after the run's 报告日期 (the bulletin's date) or before the period began cannot be
//! when the return was received: it is not evidence, it is named as an exception with its
//! cell, and the next evidence in the order is tried. With none left the unit is
//! `已报送（日期不明）` ([`Timeliness::Undated`]): never called late, listed for the office to
//! check.

use crate::extract::DateValue;
use crate::model::{Evidence, Exception, ExceptionKind, PeriodProgress, Timeliness};
use crate::msg;
use crate::period::{Period, PeriodKind};
use chrono::NaiveDate;

/// The dates a return of `period` may have been received on.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Window {
    pub(crate) period: Period,
    /// The period's first day ([`Period::start`]).
    pub(crate) start: NaiveDate,
    /// The run's 报告日期 ([`crate::model::Model::report_date`]).
    pub(crate) report: NaiveDate,
    /// The period's deadline ([`PeriodProgress::deadline`]).
    pub(crate) deadline: NaiveDate,
}

impl Window {
    /// The window of `progress`'s period in a run whose 报告日期 is `report`: both facts as the
    /// model holds them, decided once.
    pub(crate) fn new(progress: &PeriodProgress, report: NaiveDate) -> Window {
        Window {
            period: progress.period,
            start: progress.period.start(),
            report,
            deadline: progress.deadline,
        }
    }

    /// Why `date` cannot be when a return was received, if it cannot.
    fn implausible(&self, e: &Evidence) -> Option<String> {
        let what = e.kind.label().to_string();
        let (place, date) = (e.place.to_string(), e.date.to_string());
        if e.date > self.report {
            let report = self.report.to_string();
            return Some(
                msg::MergeMsg::DateAfterReport {
                    place,
                    what,
                    date,
                    report,
                }
                .to_string(),
            );
        }
        if e.date < self.start {
            let start = self.start.to_string();
            return Some(
                msg::MergeMsg::DateBeforePeriod {
                    place,
                    what,
                    date,
                    start,
                }
                .to_string(),
            );
        }
        None
    }

    /// On time or late by the deadline.
    pub(crate) fn timeliness(&self, date: NaiveDate) -> Timeliness {
        if date > self.deadline {
            Timeliness::Late
        } else {
            Timeliness::OnTime
        }
    }
}

/// What the evidence of one unit and period says.
#[derive(Debug, Clone)]
pub(crate) struct Verdict {
    pub(crate) timeliness: Timeliness,
    pub(crate) evidence: Option<Evidence>,
    /// The implausible dates met before the evidence taken (or all, when none was).
    pub(crate) exceptions: Vec<Exception>,
}

/// The first plausible of `candidates` (already in the order of [`crate::model::EvidenceKind`]).
/// `None` evidence means undated; the caller words why.
pub(crate) fn judge(candidates: Vec<Evidence>, window: &Window, unit: &str) -> Verdict {
    let mut exceptions = Vec::new();
    for e in candidates {
        match window.implausible(&e) {
            None => {
                return Verdict {
                    timeliness: window.timeliness(e.date),
                    evidence: Some(e),
                    exceptions,
                }
            }
            Some(message) => exceptions.push(Exception {
                kind: ExceptionKind::ImplausibleDate,
                place: e.place.clone(),
                period: Some(window.period),
                unit: Some(unit.to_string()),
                task_id: None,
                message,
                row_text: String::new(),
            }),
        }
    }
    Verdict {
        timeliness: Timeliness::Undated,
        evidence: None,
        exceptions,
    }
}

/// A date written in a file's name (the last part of `path`, without its extension):
/// `20200705`, `2020-07-05` (also `.`, `_`, `/`), `2020年7月5日`, or `7月5日` (year from
/// `period`; January to March belong to the next year on a year-end return). A lone year
/// (`2020年半年`) is no date.
pub(crate) fn date_in_name(path: &str, period: Period) -> Option<NaiveDate> {
    let name = path.rsplit('/').next().unwrap_or(path);
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let value = scan(stem)?;
    value.resolve(period.year, period.kind == PeriodKind::Y)
}

/// Digit runs of `text`: (first char index, digits, the char after the run).
fn runs(chars: &[char]) -> Vec<(usize, String, Option<char>)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            let digits: String = chars[start..i].iter().collect();
            out.push((start, digits, chars.get(i).copied()));
        } else {
            i += 1;
        }
    }
    out
}

/// The first date in `text`, scanning left to right.
fn scan(text: &str) -> Option<DateValue> {
    // Full-width digits count as digits.
    let chars: Vec<char> = text
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            c => c,
        })
        .collect();
    let runs = runs(&chars);
    let adjacent =
        |a: &(usize, String, Option<char>), b: &(usize, String, Option<char>)| a.0 + a.1.len() + 1 == b.0;
    for (i, run) in runs.iter().enumerate() {
        let (_, digits, after) = run;
        let n = |s: &str| s.parse::<u32>().ok();
        if digits.len() == 8 {
            let (y, m, d) = (n(&digits[..4])?, n(&digits[4..6])?, n(&digits[6..])?);
            if let Some(date) = full(y, m, d) {
                return Some(date);
            }
            continue;
        }
        let next = runs.get(i + 1).filter(|b| adjacent(run, b));
        let last = next.and_then(|b| runs.get(i + 2).filter(|c| adjacent(b, c)));
        if digits.len() == 4 && matches!(after, Some('-' | '.' | '_' | '/' | '年')) {
            if let (Some(m), Some(d)) = (next, last) {
                let month_sep = if *after == Some('年') {
                    Some('月')
                } else {
                    *after
                };
                if m.1.len() <= 2 && d.1.len() <= 2 && m.2 == month_sep {
                    if let Some(date) = full(n(digits)?, n(&m.1)?, n(&d.1)?) {
                        return Some(date);
                    }
                }
            }
        }
        if digits.len() <= 2 && *after == Some('月') {
            if let Some(d) = next.filter(|d| d.1.len() <= 2 && d.2 == Some('日')) {
                let (m, d) = (n(digits)?, n(&d.1)?);
                if (1..=12).contains(&m) && (1..=31).contains(&d) {
                    return Some(DateValue::MonthDay(m, d));
                }
            }
        }
    }
    None
}

fn full(y: u32, m: u32, d: u32) -> Option<DateValue> {
    if !(1990..=2100).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y as i32, m, d).map(DateValue::Full)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{EvidenceKind, Place};
    use crate::settings::Settings;

    const H1: Period = Period {
        year: 2020,
        kind: PeriodKind::H1,
    };

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2020, m, d).unwrap()
    }

    #[test]
    fn dates_in_file_names() {
        let found = |p: &str| date_in_name(p, H1).map(|d| d.to_string());
        assert_eq!(found("a/区财政局20200705.xlsx").as_deref(), Some("2020-07-05"));
        assert_eq!(found("区财政局_2020-07-05.xlsx").as_deref(), Some("2020-07-05"));
        assert_eq!(found("区财政局2020.7.5报.xls").as_deref(), Some("2020-07-05"));
        assert_eq!(
            found("区财政局2020年7月5日报送.xlsx").as_deref(),
            Some("2020-07-05")
        );
        assert_eq!(found("区财政局（7月5日）.xlsx").as_deref(), Some("2020-07-05"));
        assert_eq!(
            found("区财政局２０２０年７月１３日.xlsx").as_deref(),
            Some("2020-07-13")
        );
        for none in [
            "2020年半年进展反馈表（区财政局）.xlsx",
            "区财政局2020年上半年.xlsx",
            "20201399.xlsx",
            "7月份.xlsx",
            "2020年7月/区财政局.xlsx",
        ] {
            assert_eq!(found(none), None, "{none}");
        }
        let y = Period::new(2020, PeriodKind::Y);
        assert_eq!(
            date_in_name("区财政局1月8日.xlsx", y),
            NaiveDate::from_ymd_opt(2021, 1, 8)
        );
    }

    #[test]
    fn first_plausible_evidence_wins() {
        let settings = Settings::default();
        let w = Window {
            period: H1,
            start: H1.start(),
            report: settings.report_date(H1),
            deadline: settings.deadline(H1),
        };
        assert_eq!(
            (w.start, w.report, w.deadline),
            (day(4, 1), day(7, 13), day(7, 10))
        );
        let ev = |kind, date| Evidence {
            kind,
            place: Place::cell("a.xlsx", "Sheet1", 11, 1),
            date,
        };
        let far = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let v = judge(
            vec![
                ev(EvidenceKind::FormDate, far),
                ev(EvidenceKind::FileName, day(7, 13)),
            ],
            &w,
            "区财政局",
        );
        assert_eq!(v.timeliness, Timeliness::Late);
        assert_eq!(v.evidence.unwrap().kind, EvidenceKind::FileName);
        assert_eq!(v.exceptions.len(), 1);
        assert_eq!(v.exceptions[0].kind, ExceptionKind::ImplausibleDate);
        assert!(
            v.exceptions[0].message.contains("a.xlsx / Sheet1 / B12"),
            "{}",
            v.exceptions[0].message
        );
        let v = judge(vec![ev(EvidenceKind::FormDate, day(3, 2))], &w, "区财政局");
        assert_eq!((v.timeliness, v.evidence), (Timeliness::Undated, None));
        let v = judge(vec![ev(EvidenceKind::Receipt, day(7, 10))], &w, "区财政局");
        assert_eq!(v.timeliness, Timeliness::OnTime);
    }
}
