//! Typed values out of raw cells: text, percentages, dates and Chinese numerals.
//!
//! Each reader takes one [`CellValue`] and returns the value or a short English reason that
//! the caller turns into a message naming the cell.

use crate::collect::CellValue;
use chrono::{Datelike, Duration, NaiveDate};

/// A cell as display text: numbers without a trailing ".0", dates as 2020-04-03.
pub fn text(cell: &CellValue) -> String {
    match cell {
        CellValue::Text(s) => s.trim().to_string(),
        CellValue::Number(n) => number_text(*n),
        CellValue::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        CellValue::DateTime(d) => d.date().format("%Y-%m-%d").to_string(),
        CellValue::Error(e) => e.clone(),
    }
}

fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// Reads 完成进度 as 0-100: 0.5 and "0.5" are fractions (50), 50 and "50%" are percent,
/// "五成" is 50. Exactly 1 is read as 1 percent (our form's column holds whole percents).
pub fn percent(cell: &CellValue) -> Result<u8, BadPercent> {
    percent_in(cell, false)
}

/// [`percent`] for a cell of a column that holds fractions (`fractions`, decided from the
/// whole column): there a 1 is 100 %, as Excel stores a percent-formatted 100 %.
pub fn percent_in(cell: &CellValue, fractions: bool) -> Result<u8, BadPercent> {
    let value = match cell {
        CellValue::Number(n) if fractions && *n == 1.0 => Some(100.0),
        CellValue::Number(n) => scale(*n),
        CellValue::Text(s) => percent_text(s),
        _ => None,
    };
    match value {
        Some(v) if (0.0..=100.0).contains(&v) => Ok(v.round() as u8),
        Some(_) => Err(BadPercent::OutOfRange),
        None => Err(BadPercent::NotPercent),
    }
}

/// Why a 完成进度 cell was not read (the caller words the message, naming the cell).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BadPercent {
    OutOfRange,
    NotPercent,
}

fn scale(n: f64) -> Option<f64> {
    if !n.is_finite() {
        None
    } else if n > 0.0 && n < 1.0 {
        Some(n * 100.0)
    } else {
        Some(n)
    }
}

fn percent_text(s: &str) -> Option<f64> {
    let t: String = s
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '％' => '%',
            '．' => '.',
            c if ('０'..='９').contains(&c) => {
                char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c)
            }
            c => c,
        })
        .collect();
    let t = t.trim_start_matches(['约', '近', '达']);
    if let Some(num) = t.strip_suffix('%') {
        return num.parse::<f64>().ok();
    }
    match t {
        "全部完成" | "已完成" | "完成" | "全部" | "十成" => return Some(100.0),
        "零" | "〇" | "无" | "未开始" | "未启动" => return Some(0.0),
        "一半" | "半数" => return Some(50.0),
        _ => {}
    }
    if let Some(tenths) = t.strip_suffix("成半") {
        return cn_number(tenths).map(|n| f64::from(n) * 10.0 + 5.0);
    }
    if let Some(tenths) = t.strip_suffix('成') {
        return cn_number(tenths).map(|n| f64::from(n) * 10.0);
    }
    t.parse::<f64>().ok().and_then(scale)
}

/// 一..九十九 as a number (also arabic digits): "三" -> 3, "十二" -> 12, "二十" -> 20.
pub fn cn_number(s: &str) -> Option<u32> {
    if !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()) {
        return s.parse().ok();
    }
    let digit = |c: char| match c {
        '两' => Some(2),
        c => "零一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|p| p as u32),
    };
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        [c] if *c == '十' => Some(10),
        [c] => digit(*c),
        ['十', u] => digit(*u).map(|u| 10 + u),
        [t, '十'] => digit(*t).map(|t| t * 10),
        [t, '十', u] => Some(digit(*t)? * 10 + digit(*u)?),
        _ => None,
    }
}

/// A date as written: the year may be missing ("4月3日"), to be settled by the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum DateValue {
    Full(NaiveDate),
    MonthDay(u32, u32),
}

impl DateValue {
    /// The date, taking the year from `year` when the cell had none; a January-March date
    /// on a year-end return (`year_end`) belongs to the next year.
    pub fn resolve(self, year: i32, year_end: bool) -> Option<NaiveDate> {
        match self {
            DateValue::Full(d) => Some(d),
            DateValue::MonthDay(m, d) => {
                let y = if year_end && m <= 3 { year + 1 } else { year };
                NaiveDate::from_ymd_opt(y, m, d)
            }
        }
    }
}

/// Reads a date: Excel serial numbers, date cells, 2020-04-03, 2020.4.3, 2020/4/3,
/// 2020年4月3日, 4月3日, 20200403.
pub fn date(cell: &CellValue) -> Option<DateValue> {
    match cell {
        CellValue::DateTime(d) => Some(DateValue::Full(d.date())),
        CellValue::Number(n) => serial(*n).map(DateValue::Full),
        CellValue::Text(s) => date_text(s),
        _ => None,
    }
}

fn serial(n: f64) -> Option<NaiveDate> {
    // Excel's 1900 system (with its phantom 29 Feb 1900): day 1 is 1900-01-01.
    if !(1.0..2_958_466.0).contains(&n) {
        return None;
    }
    let base = NaiveDate::from_ymd_opt(1899, 12, 30)?;
    let date = base + Duration::days(n.floor() as i64);
    (date.year() >= 1990).then_some(date)
}

fn date_text(s: &str) -> Option<DateValue> {
    let t: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    let nums: Vec<u32> = t
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .filter_map(|p| p.parse().ok())
        .collect();
    match nums.as_slice() {
        [ymd] if t.len() == 8 => {
            NaiveDate::from_ymd_opt((ymd / 10_000) as i32, (ymd / 100) % 100, ymd % 100).map(DateValue::Full)
        }
        [y, m, d] if *y >= 1990 => NaiveDate::from_ymd_opt(*y as i32, *m, *d).map(DateValue::Full),
        [m, d] if t.contains('月') && *m <= 12 && *d <= 31 => Some(DateValue::MonthDay(*m, *d)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> CellValue {
        CellValue::Text(s.into())
    }

    #[test]
    fn percentages_in_every_spelling() {
        assert_eq!(percent(&CellValue::Number(0.5)), Ok(50));
        assert_eq!(percent(&CellValue::Number(1.0)), Ok(1));
        assert_eq!(percent_in(&CellValue::Number(1.0), true), Ok(100));
        assert_eq!(percent_in(&CellValue::Number(0.35), true), Ok(35));
        assert_eq!(percent(&CellValue::Number(50.0)), Ok(50));
        assert_eq!(percent(&t("50%")), Ok(50));
        assert_eq!(percent(&t("５０％")), Ok(50));
        assert_eq!(percent(&t("0.35")), Ok(35));
        assert_eq!(percent(&t("五成")), Ok(50));
        assert_eq!(percent(&t("四成半")), Ok(45));
        assert_eq!(percent(&t("一成半")), Ok(15));
        assert_eq!(percent(&t("全部完成")), Ok(100));
        assert_eq!(percent(&t("零")), Ok(0));
        assert_eq!(percent(&t("一半")), Ok(50));
        assert_eq!(percent(&t("100")), Ok(100));
        assert_eq!(percent(&t("过半")), Err(BadPercent::NotPercent));
        assert_eq!(percent(&t("150%")), Err(BadPercent::OutOfRange));
    }

    #[test]
    fn dates_in_every_spelling() {
        let d = |y, m, dd| Some(DateValue::Full(NaiveDate::from_ymd_opt(y, m, dd).unwrap()));
        assert_eq!(date(&CellValue::Number(43924.0)), d(2020, 4, 3));
        assert_eq!(date(&t("2020-04-03")), d(2020, 4, 3));
        assert_eq!(date(&t("2020.4.3")), d(2020, 4, 3));
        assert_eq!(date(&t("2020/4/3")), d(2020, 4, 3));
        assert_eq!(date(&t("2020年4月3日")), d(2020, 4, 3));
        assert_eq!(date(&t("20200403")), d(2020, 4, 3));
        assert_eq!(date(&t("4月3日")), Some(DateValue::MonthDay(4, 3)));
        assert_eq!(date(&t("尽快")), None);
        let md = DateValue::MonthDay(1, 6);
        assert_eq!(md.resolve(2020, true), NaiveDate::from_ymd_opt(2021, 1, 6));
        assert_eq!(md.resolve(2020, false), NaiveDate::from_ymd_opt(2020, 1, 6));
    }

    #[test]
    fn chinese_numbers() {
        assert_eq!(cn_number("三"), Some(3));
        assert_eq!(cn_number("十"), Some(10));
        assert_eq!(cn_number("十二"), Some(12));
        assert_eq!(cn_number("二十"), Some(20));
        assert_eq!(cn_number("12"), Some(12));
        assert_eq!(cn_number("过半"), None);
    }
}
