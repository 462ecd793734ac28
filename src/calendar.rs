//! China's working-day calendar: which days are worked, from the State Council's yearly
//! notices on public holidays (国务院办公厅关于××年部分节假日安排的通知).
//!
//! Owns the built-in table of official holidays (放假) and make-up working days (调休上班) for
//! the years stated below, the office's additions from `[calendar]` in duban.toml, and the
//! one rule that uses them: the default report deadline, "每季度结束后第一个工作周"
//! ([`Calendar::first_working_week`]). The period and settings modules ask it; nothing else
//! decides whether a day is worked.
//!
//! No crate on crates.io was found that keeps the official calendar for 2020 and 2021 and is
//! maintained (one covers 2004-2024 and stopped, another only 2026 on): a table the office
//! can read, with the notice it comes from, is easier to trust and to correct.

use crate::msg::CalendarMsg;
use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// A date written as (year, month, day) in the table.
type Ymd = (i32, u32, u32);

/// One break of a year's notice: the holiday's name, its first and last day off, and the
/// weekend days worked instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Break {
    pub(crate) name: &'static str,
    first: Ymd,
    last: Ymd,
    workdays: &'static [Ymd],
}

impl Break {
    pub(crate) fn first(&self) -> NaiveDate {
        ymd(self.first)
    }

    pub(crate) fn last(&self) -> NaiveDate {
        ymd(self.last)
    }

    /// The make-up working days (调休上班) of this break.
    pub(crate) fn workdays(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        self.workdays.iter().map(|d| ymd(*d))
    }

    fn holds(&self, day: NaiveDate) -> bool {
        (self.first()..=self.last()).contains(&day)
    }
}

/// The breaks of one year, as its notice states them.
pub struct Year {
    pub year: i32,
    /// The notice (and any later one that changed it).
    pub notice: &'static str,
    pub breaks: &'static [Break],
}

const fn b(name: &'static str, first: Ymd, last: Ymd, workdays: &'static [Ymd]) -> Break {
    Break {
        name,
        first,
        last,
        workdays,
    }
}

/// The built-in calendar: every year stated here is taken from its State Council notice.
/// A year not listed is counted by weekends only, and the run says so.
pub const YEARS: &[Year] = &[
    Year {
        year: 2019,
        notice: "国务院办公厅关于2019年部分节假日安排的通知；关于调整2019年劳动节假期安排的通知",
        breaks: &[
            b("元旦", (2018, 12, 30), (2019, 1, 1), &[(2018, 12, 29)]),
            b("春节", (2019, 2, 4), (2019, 2, 10), &[(2019, 2, 2), (2019, 2, 3)]),
            b("清明节", (2019, 4, 5), (2019, 4, 7), &[]),
            b(
                "劳动节",
                (2019, 5, 1),
                (2019, 5, 4),
                &[(2019, 4, 28), (2019, 5, 5)],
            ),
            b("端午节", (2019, 6, 7), (2019, 6, 9), &[]),
            b("中秋节", (2019, 9, 13), (2019, 9, 15), &[]),
            b(
                "国庆节",
                (2019, 10, 1),
                (2019, 10, 7),
                &[(2019, 9, 29), (2019, 10, 12)],
            ),
        ],
    },
    Year {
        year: 2020,
        notice: "国务院办公厅关于2020年部分节假日安排的通知；关于延长2020年春节假期的通知",
        breaks: &[
            b("元旦", (2020, 1, 1), (2020, 1, 1), &[]),
            // Extended to 2 February by the later notice, which cancelled the make-up day of
            // 1 February; 19 January stayed a working day.
            b("春节", (2020, 1, 24), (2020, 2, 2), &[(2020, 1, 19)]),
            b("清明节", (2020, 4, 4), (2020, 4, 6), &[]),
            b(
                "劳动节",
                (2020, 5, 1),
                (2020, 5, 5),
                &[(2020, 4, 26), (2020, 5, 9)],
            ),
            b("端午节", (2020, 6, 25), (2020, 6, 27), &[(2020, 6, 28)]),
            b(
                "国庆节、中秋节",
                (2020, 10, 1),
                (2020, 10, 8),
                &[(2020, 9, 27), (2020, 10, 10)],
            ),
        ],
    },
    Year {
        year: 2021,
        notice: "国务院办公厅关于2021年部分节假日安排的通知",
        breaks: &[
            b("元旦", (2021, 1, 1), (2021, 1, 3), &[]),
            b(
                "春节",
                (2021, 2, 11),
                (2021, 2, 17),
                &[(2021, 2, 7), (2021, 2, 20)],
            ),
            b("清明节", (2021, 4, 3), (2021, 4, 5), &[]),
            b(
                "劳动节",
                (2021, 5, 1),
                (2021, 5, 5),
                &[(2021, 4, 25), (2021, 5, 8)],
            ),
            b("端午节", (2021, 6, 12), (2021, 6, 14), &[]),
            b("中秋节", (2021, 9, 19), (2021, 9, 21), &[(2021, 9, 18)]),
            b(
                "国庆节",
                (2021, 10, 1),
                (2021, 10, 7),
                &[(2021, 9, 26), (2021, 10, 9)],
            ),
        ],
    },
    Year {
        year: 2022,
        notice: "国务院办公厅关于2022年部分节假日安排的通知",
        breaks: &[
            b("元旦", (2022, 1, 1), (2022, 1, 3), &[]),
            b(
                "春节",
                (2022, 1, 31),
                (2022, 2, 6),
                &[(2022, 1, 29), (2022, 1, 30)],
            ),
            b("清明节", (2022, 4, 3), (2022, 4, 5), &[(2022, 4, 2)]),
            b(
                "劳动节",
                (2022, 4, 30),
                (2022, 5, 4),
                &[(2022, 4, 24), (2022, 5, 7)],
            ),
            b("端午节", (2022, 6, 3), (2022, 6, 5), &[]),
            b("中秋节", (2022, 9, 10), (2022, 9, 12), &[]),
            b(
                "国庆节",
                (2022, 10, 1),
                (2022, 10, 7),
                &[(2022, 10, 8), (2022, 10, 9)],
            ),
        ],
    },
    Year {
        year: 2023,
        notice: "国务院办公厅关于2023年部分节假日安排的通知",
        breaks: &[
            b("元旦", (2022, 12, 31), (2023, 1, 2), &[]),
            b(
                "春节",
                (2023, 1, 21),
                (2023, 1, 27),
                &[(2023, 1, 28), (2023, 1, 29)],
            ),
            b("清明节", (2023, 4, 5), (2023, 4, 5), &[]),
            b(
                "劳动节",
                (2023, 4, 29),
                (2023, 5, 3),
                &[(2023, 4, 23), (2023, 5, 6)],
            ),
            b("端午节", (2023, 6, 22), (2023, 6, 24), &[(2023, 6, 25)]),
            b(
                "中秋节、国庆节",
                (2023, 9, 29),
                (2023, 10, 6),
                &[(2023, 10, 7), (2023, 10, 8)],
            ),
        ],
    },
    Year {
        year: 2024,
        notice: "国务院办公厅关于2024年部分节假日安排的通知",
        breaks: &[
            b("元旦", (2023, 12, 30), (2024, 1, 1), &[]),
            b(
                "春节",
                (2024, 2, 10),
                (2024, 2, 17),
                &[(2024, 2, 4), (2024, 2, 18)],
            ),
            b("清明节", (2024, 4, 4), (2024, 4, 6), &[(2024, 4, 7)]),
            b(
                "劳动节",
                (2024, 5, 1),
                (2024, 5, 5),
                &[(2024, 4, 28), (2024, 5, 11)],
            ),
            b("端午节", (2024, 6, 8), (2024, 6, 10), &[]),
            b("中秋节", (2024, 9, 15), (2024, 9, 17), &[(2024, 9, 14)]),
            b(
                "国庆节",
                (2024, 10, 1),
                (2024, 10, 7),
                &[(2024, 9, 29), (2024, 10, 12)],
            ),
        ],
    },
    Year {
        year: 2025,
        notice: "国务院办公厅关于2025年部分节假日安排的通知",
        breaks: &[
            b("元旦", (2025, 1, 1), (2025, 1, 1), &[]),
            b(
                "春节",
                (2025, 1, 28),
                (2025, 2, 4),
                &[(2025, 1, 26), (2025, 2, 8)],
            ),
            b("清明节", (2025, 4, 4), (2025, 4, 6), &[]),
            b("劳动节", (2025, 5, 1), (2025, 5, 5), &[(2025, 4, 27)]),
            b("端午节", (2025, 5, 31), (2025, 6, 2), &[]),
            b(
                "国庆节、中秋节",
                (2025, 10, 1),
                (2025, 10, 8),
                &[(2025, 9, 28), (2025, 10, 11)],
            ),
        ],
    },
];

fn ymd((y, m, d): Ymd) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date in the calendar table")
}

/// A week counts as the first working week when at least this many of its days are worked:
/// most of a five-day week. A week of a long break (国庆 with one or two days of work left)
/// is not one; a week that loses a day to 清明 or 元旦 still is.
pub const WORKING_WEEK_MIN_DAYS: usize = 3;

/// What makes a day worked or not: the built-in table and the office's additions.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Calendar {
    /// Extra days off (`[calendar] holidays`), over the table.
    pub(crate) holidays: Vec<NaiveDate>,
    /// Extra working days (`[calendar] workdays`), over the table.
    pub(crate) workdays: Vec<NaiveDate>,
}

/// Why a day is or is not worked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Day {
    Weekday,
    Weekend,
    /// Off for a break of the table.
    Holiday(&'static Break),
    /// A weekend day worked for a break of the table (调休上班).
    MakeUp(&'static Break),
    /// Off by `[calendar] holidays`.
    SettingsHoliday,
    /// Worked by `[calendar] workdays`.
    SettingsWorkday,
}

impl Day {
    pub(crate) fn is_worked(self) -> bool {
        matches!(self, Day::Weekday | Day::MakeUp(_) | Day::SettingsWorkday)
    }
}

/// The first working week after a day, and what was passed over to find it.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkingWeek {
    /// The week's Monday.
    pub monday: NaiveDate,
    /// Its last working day: the deadline.
    pub last_day: NaiveDate,
    /// The breaks of the table that made an earlier week not a working week.
    pub skipped: Vec<&'static Break>,
    /// The office's own days off that did.
    pub skipped_settings: bool,
}

impl Calendar {
    /// The table knows `year`'s breaks, or the office listed some day of it.
    pub(crate) fn knows(&self, year: i32) -> bool {
        YEARS.iter().any(|y| y.year == year)
            || self
                .holidays
                .iter()
                .chain(&self.workdays)
                .any(|d| d.year() == year)
    }

    /// What `day` is: the office's lists first, then the table, then the weekday.
    pub(crate) fn day(&self, day: NaiveDate) -> Day {
        if self.workdays.contains(&day) {
            return Day::SettingsWorkday;
        }
        if self.holidays.contains(&day) {
            return Day::SettingsHoliday;
        }
        for brk in YEARS.iter().flat_map(|y| y.breaks) {
            if brk.holds(day) {
                return Day::Holiday(brk);
            }
            if brk.workdays().any(|w| w == day) {
                return Day::MakeUp(brk);
            }
        }
        match day.weekday() {
            Weekday::Sat | Weekday::Sun => Day::Weekend,
            _ => Day::Weekday,
        }
    }

    pub(crate) fn is_worked(&self, day: NaiveDate) -> bool {
        self.day(day).is_worked()
    }

    /// The first working day after `day`.
    pub(crate) fn next_working_day(&self, day: NaiveDate) -> NaiveDate {
        let mut d = day + Duration::days(1);
        while !self.is_worked(d) {
            d += Duration::days(1);
        }
        d
    }

    /// "第一个工作周" after `end`: the first week (Monday to Sunday) beginning after `end` with
    /// at least [`WORKING_WEEK_MIN_DAYS`] working days; its last working day ends it.
    pub fn first_working_week(&self, end: NaiveDate) -> WorkingWeek {
        let mut monday = end + Duration::days(1);
        while monday.weekday() != Weekday::Mon {
            monday += Duration::days(1);
        }
        let mut skipped: Vec<&'static Break> = Vec::new();
        let mut skipped_settings = false;
        loop {
            let days: Vec<(NaiveDate, Day)> = (0..7)
                .map(|i| monday + Duration::days(i))
                .map(|d| (d, self.day(d)))
                .collect();
            let worked: Vec<NaiveDate> = days
                .iter()
                .filter(|(_, k)| k.is_worked())
                .map(|(d, _)| *d)
                .collect();
            if let (true, Some(last)) = (worked.len() >= WORKING_WEEK_MIN_DAYS, worked.last()) {
                return WorkingWeek {
                    monday,
                    last_day: *last,
                    skipped,
                    skipped_settings,
                };
            }
            for (_, k) in &days {
                match k {
                    Day::Holiday(brk) if !skipped.contains(brk) => skipped.push(brk),
                    Day::SettingsHoliday => skipped_settings = true,
                    _ => {}
                }
            }
            monday += Duration::days(7);
        }
    }
}

/// A date in running text, in the run's language (2020年10月16日).
pub(crate) fn cn_date(d: NaiveDate) -> String {
    CalendarMsg::Date {
        year: d.year(),
        month: d.month(),
        day: d.day(),
    }
    .to_string()
}

/// The breaks a working week was found past, as the run says them: "国庆节、中秋节2020年10月1日至
/// 2020年10月8日放假、2020年9月27日、2020年10月10日上班".
pub fn describe(week: &WorkingWeek) -> String {
    let mut parts: Vec<String> = week
        .skipped
        .iter()
        .map(|brk| {
            let name = brk.name.to_string();
            let off = if brk.first() == brk.last() {
                CalendarMsg::BreakDay {
                    name,
                    day: cn_date(brk.first()),
                }
            } else {
                CalendarMsg::Break {
                    name,
                    first: cn_date(brk.first()),
                    last: cn_date(brk.last()),
                }
            }
            .to_string();
            let days: Vec<String> = brk.workdays().map(cn_date).collect();
            if days.is_empty() {
                off
            } else {
                CalendarMsg::MakeUpDays {
                    off,
                    days: crate::msg::join(&days),
                }
                .to_string()
            }
        })
        .collect();
    if week.skipped_settings {
        parts.push(CalendarMsg::SettingsHolidays.to_string());
    }
    crate::msg::clauses(&parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_table_is_consistent() {
        for year in YEARS {
            for brk in year.breaks {
                assert!(brk.first() <= brk.last(), "{} {}", year.year, brk.name);
                // Make-up days are weekend days, never inside a break.
                for w in brk.workdays() {
                    assert!(matches!(w.weekday(), Weekday::Sat | Weekday::Sun), "{w}");
                    assert!(!YEARS.iter().flat_map(|y| y.breaks).any(|b| b.holds(w)), "{w}");
                }
            }
        }
    }

    #[test]
    fn national_day_2020_and_its_make_up_saturday() {
        let c = Calendar::default();
        assert!(!c.is_worked(d(2020, 10, 8)));
        assert!(c.is_worked(d(2020, 10, 9)));
        assert!(c.is_worked(d(2020, 10, 10)), "a Saturday worked");
        assert!(!c.is_worked(d(2020, 10, 11)));
        let week = c.first_working_week(d(2020, 9, 30));
        assert_eq!(week.last_day, d(2020, 10, 16));
        assert_eq!(week.skipped.len(), 1);
        assert_eq!(week.skipped[0].name, "国庆节、中秋节");
    }

    #[test]
    fn settings_days_override_the_table() {
        let c = Calendar {
            holidays: vec![d(2020, 10, 9)],
            workdays: vec![d(2020, 10, 8)],
        };
        assert_eq!(c.day(d(2020, 10, 8)), Day::SettingsWorkday);
        assert_eq!(c.day(d(2020, 10, 9)), Day::SettingsHoliday);
        assert!(c.knows(2020) && !c.knows(2030));
        let own = Calendar {
            holidays: vec![d(2030, 4, 1), d(2030, 4, 2), d(2030, 4, 3)],
            workdays: vec![],
        };
        assert!(own.knows(2030));
        let week = own.first_working_week(d(2030, 3, 31));
        assert!(week.skipped_settings && week.skipped.is_empty());
        assert_eq!(week.last_day, d(2030, 4, 12), "2030-03-31 is a Sunday");
    }

    #[test]
    fn next_working_day_skips_breaks() {
        let c = Calendar::default();
        assert_eq!(c.next_working_day(d(2020, 9, 30)), d(2020, 10, 9));
        assert_eq!(c.next_working_day(d(2020, 10, 16)), d(2020, 10, 19));
        assert_eq!(c.next_working_day(d(2020, 4, 30)), d(2020, 5, 6));
    }
}
