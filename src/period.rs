//! Reporting periods (一季度, 上半年, 前三季度, 全年) and their deadlines.
//!
//! Owns the period vocabulary: the canonical code (`2020-Q1`), the official labels every
//! text and title uses (一季度, 上半年, 前三季度, 全年; reports are cumulative, so the third
//! is 前三季度), the notice's short words kept for file and folder names (半年, 三季度), the
//! "截至6月底" of a period, parsing of all of them, and the default deadline rule. Everything
//! else takes a [`Period`] and never parses period text itself.

use crate::calendar::{Calendar, WorkingWeek};
use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Which part of the year a report covers; reports are cumulative from 1 January.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PeriodKind {
    Q1,
    H1,
    Q3,
    Y,
}

impl PeriodKind {
    pub(crate) const ALL: [PeriodKind; 4] = [PeriodKind::Q1, PeriodKind::H1, PeriodKind::Q3, PeriodKind::Y];

    /// The label of official text, titles and tables: 一季度, 上半年, 前三季度, 全年 ("半年"
    /// alone is not written in official text; the reports are cumulative from 1 January).
    pub(crate) fn label(self) -> &'static str {
        match self {
            PeriodKind::Q1 => "一季度",
            PeriodKind::H1 => "上半年",
            PeriodKind::Q3 => "前三季度",
            PeriodKind::Y => "全年",
        }
    }

    /// The notice's short word (一季度, 半年, 三季度, 全年), kept in file and folder names
    /// only: `output/2020年半年/` and the files in it keep the names earlier runs gave them,
    /// so a new run finds its own folder, manifest and the office's edits there.
    pub(crate) fn short(self) -> &'static str {
        match self {
            PeriodKind::Q1 => "一季度",
            PeriodKind::H1 => "半年",
            PeriodKind::Q3 => "三季度",
            PeriodKind::Y => "全年",
        }
    }

    /// The month the period ends in, as official text dates a state: "6月底" (截至6月底).
    pub(crate) fn month_end(self) -> &'static str {
        match self {
            PeriodKind::Q1 => "3月底",
            PeriodKind::H1 => "6月底",
            PeriodKind::Q3 => "9月底",
            PeriodKind::Y => "12月底",
        }
    }

    pub(crate) fn code(self) -> &'static str {
        match self {
            PeriodKind::Q1 => "Q1",
            PeriodKind::H1 => "H1",
            PeriodKind::Q3 => "Q3",
            PeriodKind::Y => "Y",
        }
    }

    /// Last day the period covers.
    pub(crate) fn end(self, year: i32) -> NaiveDate {
        let (m, d) = match self {
            PeriodKind::Q1 => (3, 31),
            PeriodKind::H1 => (6, 30),
            PeriodKind::Q3 => (9, 30),
            PeriodKind::Y => (12, 31),
        };
        NaiveDate::from_ymd_opt(year, m, d).expect("valid period end")
    }

    /// Recognises a period word inside free text (titles, file names, headers): 第一季度,
    /// 上半年, 二季度, 前三季度, 年度 ..., or the months it covers (1-9月, 1至6月). Longest and
    /// most specific words are tried first; of several, the first in the text.
    pub(crate) fn find_in(text: &str) -> Option<PeriodKind> {
        let found = WORDS
            .iter()
            .filter_map(|(w, k)| text.find(w).map(|pos| (pos, *k)))
            .chain(months_in(text))
            .min_by_key(|(pos, _)| *pos);
        if let Some((_, k)) = found {
            return Some(k);
        }
        let upper = text.to_ascii_uppercase();
        for (code, k) in [
            ("Q1", PeriodKind::Q1),
            ("H1", PeriodKind::H1),
            ("Q3", PeriodKind::Q3),
        ] {
            if upper.contains(code) {
                return Some(k);
            }
        }
        None
    }

    /// A period written alone, as the office writes it on the command line: a code (`Q1`,
    /// `h1`), a word of `WORDS` (一季度, 第一季度, 上半年, 半年, 前三季度, 三季度, 全年, 年度 ...)
    /// or the months it covers (1-3月, 1至6月, 1-9月, 1-12月), and nothing else.
    pub fn from_word(text: &str) -> Option<PeriodKind> {
        let t = text.trim();
        if let Some(k) = PeriodKind::ALL.iter().find(|k| k.code().eq_ignore_ascii_case(t)) {
            return Some(*k);
        }
        if let Some((_, k)) = WORDS.iter().find(|(w, _)| *w == t) {
            return Some(*k);
        }
        // Exactly "1-N月": one separator between 1 and N, then 月.
        let month_chars = t.chars().filter(char::is_ascii_digit).count() + 2;
        match months_in(t) {
            Some((0, k)) if t.chars().count() == month_chars && t.ends_with('月') => Some(k),
            _ => None,
        }
    }
}

/// Period words in returns and on the command line, longest and most specific first.
const WORDS: &[(&str, PeriodKind)] = &[
    ("前三季度", PeriodKind::Q3),
    ("第三季度", PeriodKind::Q3),
    ("三季度", PeriodKind::Q3),
    ("第一季度", PeriodKind::Q1),
    ("一季度", PeriodKind::Q1),
    ("上半年", PeriodKind::H1),
    ("第二季度", PeriodKind::H1),
    ("二季度", PeriodKind::H1),
    ("半年", PeriodKind::H1),
    ("第四季度", PeriodKind::Y),
    ("四季度", PeriodKind::Y),
    ("全年", PeriodKind::Y),
    ("年度", PeriodKind::Y),
    ("年终", PeriodKind::Y),
];

/// "1-9月" (also 1～9月, 1至9月, 1—9月, 1到9月): the cumulative months of a period, with where
/// they are written.
fn months_in(text: &str) -> Option<(usize, PeriodKind)> {
    const SEPARATORS: &[char] = &['-', '－', '—', '–', '~', '～', '至', '到'];
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    (0..chars.len()).find_map(|i| {
        let (pos, c) = chars[i];
        let after_digit = i > 0 && chars[i - 1].1.is_ascii_digit();
        if c != '1' || after_digit || !chars.get(i + 1).is_some_and(|(_, s)| SEPARATORS.contains(s)) {
            return None;
        }
        let digits: String = chars[i + 2..]
            .iter()
            .map(|(_, c)| *c)
            .take_while(char::is_ascii_digit)
            .collect();
        let unit = chars.get(i + 2 + digits.len()).map(|(_, c)| *c);
        let kind = match digits.as_str() {
            "3" => PeriodKind::Q1,
            "6" => PeriodKind::H1,
            "9" => PeriodKind::Q3,
            "12" => PeriodKind::Y,
            _ => return None,
        };
        (unit == Some('月')).then_some((pos, kind))
    })
}

/// A reporting period of one year, written `2020-Q1` and shown as `2020年一季度`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Period {
    pub year: i32,
    pub kind: PeriodKind,
}

impl Period {
    pub fn new(year: i32, kind: PeriodKind) -> Self {
        Period { year, kind }
    }

    /// `2020-Q1`
    pub(crate) fn code(&self) -> String {
        format!("{}-{}", self.year, self.kind.code())
    }

    /// `2020年上半年`, used in titles and text.
    pub fn title(&self) -> String {
        crate::msg::LayoutMsg::YearPeriod {
            year: self.year,
            period: self.kind.label().to_string(),
        }
        .to_string()
    }

    /// `2020年半年`, used in file and folder names only ([`PeriodKind::short`]).
    pub(crate) fn file_title(&self) -> String {
        crate::msg::LayoutMsg::YearPeriod {
            year: self.year,
            period: self.kind.short().to_string(),
        }
        .to_string()
    }

    pub fn label(&self) -> &'static str {
        self.kind.label()
    }

    /// The notice's short word, for file and folder names ([`PeriodKind::short`]).
    pub(crate) fn short(&self) -> &'static str {
        self.kind.short()
    }

    /// The periods of the same year up to and including this one, in order.
    pub(crate) fn so_far(&self) -> Vec<Period> {
        PeriodKind::ALL
            .iter()
            .filter(|k| **k <= self.kind)
            .map(|k| Period::new(self.year, *k))
            .collect()
    }

    /// The period before this one in the same year, if any.
    pub(crate) fn previous(&self) -> Option<Period> {
        let so_far = self.so_far();
        so_far.len().checked_sub(2).map(|i| so_far[i])
    }

    /// The first day of the quarter the period adds (1 January, 1 April, 1 July, 1 October):
    /// a return dated before it cannot be for this period.
    pub(crate) fn start(&self) -> NaiveDate {
        match self.previous() {
            Some(p) => p.kind.end(p.year) + Duration::days(1),
            None => NaiveDate::from_ymd_opt(self.year, 1, 1).expect("valid year start"),
        }
    }

    /// Default deadline: the last working day of the first working week after the period
    /// ends ("每季度结束后第一个工作周", [`Calendar::first_working_week`]): official holidays
    /// and make-up working days counted. Settings may replace it with an exact date.
    pub(crate) fn default_deadline(&self, calendar: &Calendar) -> NaiveDate {
        self.working_week(calendar).last_day
    }

    /// The first working week after the period ends, with the breaks passed over to find it.
    pub(crate) fn working_week(&self, calendar: &Calendar) -> WorkingWeek {
        calendar.first_working_week(self.kind.end(self.year))
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.code())
    }
}

impl Serialize for Period {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.code())
    }
}

impl<'de> Deserialize<'de> for Period {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

impl FromStr for Period {
    type Err = String;

    /// Accepts a year of four digits and a period: `2020-Q1`, `2020-H1`, `2020-Q3`, `2020-Y`,
    /// and the office's words after the year, with or without 年: `2020一季度`, `2020年第一季度`,
    /// `2020年1-3月`, `2020上半年`, `2020半年`, `2020年前三季度`, `2020三季度`, `2020全年`,
    /// `2020年度` ([`PeriodKind::from_word`]). Full-width digits are read as digits.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let err = || {
            crate::msg::CommonMsg::BadPeriod {
                text: text.to_string(),
            }
            .to_string()
        };
        let normal = crate::text::normal::nfkc(text.trim());
        let t = normal.trim();
        let digits: String = t.chars().take_while(|c| c.is_ascii_digit()).collect();
        if digits.len() != 4 {
            return Err(err());
        }
        let year: i32 = digits.parse().map_err(|_| err())?;
        let rest = t[digits.len()..].trim_start_matches(['-', ' ', '_']);
        // "2020年度" is the year's word 年度, "2020年一季度" the year then 一季度.
        let kind = PeriodKind::from_word(rest)
            .or_else(|| rest.strip_prefix('年').and_then(PeriodKind::from_word))
            .ok_or_else(err)?;
        Ok(Period::new(year, kind))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_and_the_office_words() {
        for (text, kind) in [
            ("2020-Q1", PeriodKind::Q1),
            ("2020-h1", PeriodKind::H1),
            ("2020-Q3", PeriodKind::Q3),
            ("2020-Y", PeriodKind::Y),
            ("2020一季度", PeriodKind::Q1),
            ("2020第一季度", PeriodKind::Q1),
            ("2020年1-3月", PeriodKind::Q1),
            ("2020年1至3月", PeriodKind::Q1),
            ("2020半年", PeriodKind::H1),
            ("2020上半年", PeriodKind::H1),
            ("2020年上半年", PeriodKind::H1),
            ("2020年1-6月", PeriodKind::H1),
            ("2020年三季度", PeriodKind::Q3),
            ("2020前三季度", PeriodKind::Q3),
            ("2020年前三季度", PeriodKind::Q3),
            ("２０２０年１－９月", PeriodKind::Q3),
            ("2020全年", PeriodKind::Y),
            ("2020年度", PeriodKind::Y),
            ("2020年全年", PeriodKind::Y),
            ("2020年1-12月", PeriodKind::Y),
            (" 2020 Q3 ", PeriodKind::Q3),
        ] {
            assert_eq!(text.parse::<Period>().unwrap(), Period::new(2020, kind), "{text}");
        }
    }

    #[test]
    fn rejects_bad_periods_with_the_accepted_forms() {
        let err = "2020-Q2".parse::<Period>().unwrap_err();
        assert!(err.contains("2020-Q1") && err.contains("2020上半年"), "{err}");
        for bad in [
            "20-Q1",
            "2020",
            "2020年",
            "2020年1-4月",
            "2020年1-9月底",
            "2020上半年度",
            "2020年11-12月",
        ] {
            assert!(bad.parse::<Period>().is_err(), "{bad}");
        }
    }

    /// The defaults against the State Council's notices: 2020 (清明 4-4..6, 端午 6-25..27 with
    /// 6-28 worked, 国庆中秋 10-1..8 with 10-10 worked, 元旦2021 1-1..3) and 2021 (清明 4-3..5,
    /// 国庆 10-1..7 with 10-9 worked, 元旦2022 1-1..3).
    #[test]
    fn default_deadlines_count_official_holidays() {
        let c = Calendar::default();
        let deadline = |y, k| Period::new(y, k).default_deadline(&c).to_string();
        assert_eq!(deadline(2020, PeriodKind::Q1), "2020-04-10");
        assert_eq!(deadline(2020, PeriodKind::H1), "2020-07-10");
        assert_eq!(deadline(2020, PeriodKind::Q3), "2020-10-16");
        assert_eq!(deadline(2020, PeriodKind::Y), "2021-01-08");
        assert_eq!(deadline(2021, PeriodKind::Q1), "2021-04-09");
        assert_eq!(deadline(2021, PeriodKind::H1), "2021-07-09");
        assert_eq!(deadline(2021, PeriodKind::Q3), "2021-10-15");
        assert_eq!(deadline(2021, PeriodKind::Y), "2022-01-07");
        // A year the table does not hold: weekends only.
        assert_eq!(deadline(2030, PeriodKind::Q3), "2030-10-11");
    }

    #[test]
    fn finds_period_words_in_titles() {
        assert_eq!(
            PeriodKind::find_in("2020年前三季度工作进展"),
            Some(PeriodKind::Q3)
        );
        assert_eq!(PeriodKind::find_in("上半年进展情况"), Some(PeriodKind::H1));
        assert_eq!(PeriodKind::find_in("1-9月进展情况"), Some(PeriodKind::Q3));
        assert_eq!(PeriodKind::find_in("2020年1至6月"), Some(PeriodKind::H1));
        assert_eq!(PeriodKind::find_in("1～12月完成情况"), Some(PeriodKind::Y));
        assert_eq!(PeriodKind::find_in("1-9月全年进展"), Some(PeriodKind::Q3));
        assert_eq!(PeriodKind::find_in("11-12月"), None);
        assert_eq!(PeriodKind::find_in("1-9日"), None);
        assert_eq!(PeriodKind::find_in("第一季度"), Some(PeriodKind::Q1));
        assert_eq!(PeriodKind::find_in("2020年度总结"), Some(PeriodKind::Y));
        assert_eq!(PeriodKind::find_in("进展反馈表"), None);
    }

    #[test]
    fn period_starts() {
        let start = |k| Period::new(2020, k).start().to_string();
        assert_eq!(start(PeriodKind::Q1), "2020-01-01");
        assert_eq!(start(PeriodKind::H1), "2020-04-01");
        assert_eq!(start(PeriodKind::Y), "2020-10-01");
    }

    #[test]
    fn previous_and_so_far() {
        let h1 = Period::new(2020, PeriodKind::H1);
        assert_eq!(h1.previous(), Some(Period::new(2020, PeriodKind::Q1)));
        assert_eq!(Period::new(2020, PeriodKind::Q1).previous(), None);
        assert_eq!(h1.so_far().len(), 2);
        assert_eq!(h1.title(), "2020年上半年");
        assert_eq!(h1.file_title(), "2020年半年");
        assert_eq!(Period::new(2020, PeriodKind::Q3).title(), "2020年前三季度");
        assert_eq!(PeriodKind::Q3.month_end(), "9月底");
    }
}
