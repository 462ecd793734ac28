//! Typed values out of raw cells: text, percentages, dates and Chinese numerals.
//!
//! Each reader takes one [`CellValue`] and returns the value or a short English reason that
//! the caller turns into a message naming the cell.

use crate::collect::CellValue;
use crate::text::numerals::{digit, parse_number};
use chrono::{Datelike, Duration, NaiveDate};

/// A cell as display text: numbers without a trailing ".0", dates as 2020-04-03.
pub(crate) fn text(cell: &CellValue) -> String {
    match cell {
        CellValue::Text(s) => s.trim().to_string(),
        CellValue::Number(n) => number_text(*n),
        CellValue::Percent(n) => format!("{}%", number_text((n * 1e6).round() / 1e4)),
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
/// "五成" is 50, a cell formatted as a percentage is what it shows, one percentage inside a
/// phrase ("完成全年目标的95%", "百分之九十五") is that percentage. Exactly 1 in a plain cell
/// is read as 1 percent (our form's column holds whole percents).
pub(crate) fn percent(cell: &CellValue) -> Result<u8, BadPercent> {
    percent_in(cell, false)
}

/// [`percent`] for a cell of a column that holds fractions (`fractions`, decided from the
/// whole column): there a 1 is 100 %, as Excel stores a percent-formatted 100 %.
pub(crate) fn percent_in(cell: &CellValue, fractions: bool) -> Result<u8, BadPercent> {
    let value = match cell {
        CellValue::Number(n) if fractions && *n == 1.0 => Some(100.0),
        CellValue::Number(n) => scale(*n),
        CellValue::Percent(n) if n.is_finite() => Some(n * 100.0),
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
pub(crate) enum BadPercent {
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
    if let Some(n) = t.strip_suffix('%').and_then(|n| n.parse::<f64>().ok()) {
        return Some(n);
    }
    match t {
        "全部完成" | "已完成" | "完成" | "全部" | "十成" => return Some(100.0),
        "零" | "〇" | "无" | "未开始" | "未启动" => return Some(0.0),
        "一半" | "半数" => return Some(50.0),
        _ => {}
    }
    if let Some(tenths) = t.strip_suffix("成半") {
        return parse_number(tenths).map(|n| f64::from(n) * 10.0 + 5.0);
    }
    if let Some(tenths) = t.strip_suffix('成') {
        return parse_number(tenths).map(|n| f64::from(n) * 10.0);
    }
    // 九成五: 95.
    let tenths = t
        .split_once('成')
        .and_then(|(a, b)| Some((parse_number(a)?, parse_number(b)?)));
    if let Some((tenths, hundredths)) = tenths.filter(|(a, b)| *a < 10 && *b < 10) {
        return Some(f64::from(tenths * 10 + hundredths));
    }
    t.parse::<f64>()
        .ok()
        .and_then(scale)
        .or_else(|| percent_in_phrase(t))
}

/// The one percentage a phrase holds: "完成全年目标的95%", "完成率95%以上", "百分之九十五",
/// "百分之百". None when it holds none or several different ones.
fn percent_in_phrase(t: &str) -> Option<f64> {
    let mut found: Vec<f64> = Vec::new();
    let chars: Vec<char> = t.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if *c == '%' {
            let digits: String = chars[..i]
                .iter()
                .rev()
                .take_while(|c| c.is_ascii_digit() || **c == '.')
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            found.extend(digits.trim_start_matches('.').parse::<f64>().ok());
        }
    }
    let mut rest = t;
    while let Some(at) = rest.find("百分之") {
        rest = &rest[at + "百分之".len()..];
        let number: String = rest
            .chars()
            .take_while(|c| c.is_ascii_digit() || "零一二两三四五六七八九十百".contains(*c))
            .collect();
        found.extend(cn_percent(&number));
    }
    found.dedup();
    match found.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// 一..一百 (and arabic digits) after 百分之: "九十五" -> 95, "百" and "一百" -> 100.
fn cn_percent(s: &str) -> Option<f64> {
    match s {
        "百" | "一百" => Some(100.0),
        _ => parse_number(s).map(f64::from),
    }
}

/// A date as written: the year may be missing ("4月3日"), to be settled by the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub(crate) enum DateValue {
    Full(NaiveDate),
    MonthDay(u32, u32),
}

impl DateValue {
    /// The date, taking the year from `year` when the cell had none; a January-March date
    /// on a year-end return (`year_end`) belongs to the next year.
    pub(crate) fn resolve(self, year: i32, year_end: bool) -> Option<NaiveDate> {
        match self {
            DateValue::Full(d) => Some(d),
            DateValue::MonthDay(m, d) => {
                let y = if year_end && m <= 3 { year + 1 } else { year };
                NaiveDate::from_ymd_opt(y, m, d)
            }
        }
    }
}

/// Reads a date: date cells, Excel serial numbers, 20200403 typed as a number, and the texts
/// of [`date_text`].
pub(crate) fn date(cell: &CellValue) -> Option<DateValue> {
    match cell {
        CellValue::DateTime(d) => Some(DateValue::Full(d.date())),
        CellValue::Number(n) => eight_digits(*n).or_else(|| serial(*n)).map(DateValue::Full),
        CellValue::Text(s) => date_text(s),
        _ => None,
    }
}

/// 20200403 typed as a number: a date when it is one.
fn eight_digits(n: f64) -> Option<NaiveDate> {
    if n.fract() != 0.0 || !(19_900_101.0..=20_991_231.0).contains(&n) {
        return None;
    }
    let ymd = n as u32;
    NaiveDate::from_ymd_opt((ymd / 10_000) as i32, (ymd / 100) % 100, ymd % 100)
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

/// A date as people write it: 2020-04-03, 2020.4.3, 2020/4/3, 2020年4月3日 (日 or 号), 20200403,
/// with a time after it (2020-04-03 10:30), 二〇二〇年四月三日, 2020年元月3日, full-width
/// digits, a two-digit year (20.4.3), 4/3/2020 when only one reading is a date; without a
/// year, 4月3日.
pub(crate) fn date_text(s: &str) -> Option<DateValue> {
    let t = digits_of_chinese_date(&crate::text::nfkc(s));
    let mut parts = t.split(|c: char| !c.is_ascii_digit()).filter(|p| !p.is_empty());
    let tokens: Vec<&str> = parts.by_ref().take(6).collect();
    let nums: Vec<u32> = tokens.iter().filter_map(|p| p.parse().ok()).collect();
    if nums.len() != tokens.len() {
        return None;
    }
    // A time after the day: 10:30, 10时.
    let timed = nums.len() > 3 && t.contains([':', '日', '号', '时']);
    let full = |y: u32, m: u32, d: u32| NaiveDate::from_ymd_opt(y as i32, m, d).map(DateValue::Full);
    match (tokens.as_slice(), nums.as_slice()) {
        ([one], [ymd]) if one.len() == 8 => full(ymd / 10_000, (ymd / 100) % 100, ymd % 100),
        (_, [y, m, d, ..]) if (nums.len() == 3 || timed) && *y >= 1990 => full(*y, *m, *d),
        (_, [a, b, y]) if *y >= 1990 => {
            // 4/3/2020: a date only when one order of day and month reads as one.
            let md = NaiveDate::from_ymd_opt(*y as i32, *a, *b);
            let dm = NaiveDate::from_ymd_opt(*y as i32, *b, *a);
            match (md, dm) {
                (Some(x), Some(z)) if x == z => Some(DateValue::Full(x)),
                (Some(x), None) | (None, Some(x)) => Some(DateValue::Full(x)),
                _ => None,
            }
        }
        // 20.4.3: only digits and date separators (a task number 10.(1).2 is none).
        ([year, ..], [y, m, d])
            if year.len() == 2 && t.chars().all(|c| c.is_ascii_digit() || ".-/年月日号".contains(c)) =>
        {
            full(2000 + y, *m, *d)
        }
        (_, [m, d]) if t.contains('月') && (1..=12).contains(m) && (1..=31).contains(d) => {
            Some(DateValue::MonthDay(*m, *d))
        }
        _ => None,
    }
}

/// A date written in Chinese numerals with its digits: 二〇二〇年四月三日 -> 2020年4月3日,
/// 元月 -> 1月, 十二月三十一日 -> 12月31日. Text without 年, 月 or 日 is returned as it is.
fn digits_of_chinese_date(t: &str) -> String {
    if !t.contains(['年', '月', '日', '号']) {
        return t.to_string();
    }
    let t = t.replace("元月", "1月").replace("正月", "1月");
    let mut out = String::with_capacity(t.len());
    let mut run = String::new();
    let flush = |run: &mut String, out: &mut String, unit: Option<char>| {
        // Numerals before 年 read digit by digit (二〇二〇), before 月 and 日 as numbers (十二).
        if run.is_empty() {
            return;
        }
        let value = if unit == Some('年') {
            run.chars()
                .map(|c| digit(c).and_then(|d| char::from_digit(d, 10)))
                .collect::<Option<String>>()
        } else {
            parse_number(run).map(|n| n.to_string())
        };
        out.push_str(&value.unwrap_or_else(|| run.clone()));
        run.clear();
    };
    for c in t.chars() {
        if digit(c).is_some() || c == '十' {
            run.push(c);
        } else if ['年', '月', '日', '号'].contains(&c) {
            flush(&mut run, &mut out, Some(c));
            out.push(c);
        } else {
            // Numerals not followed by a unit (星期二) stay as written.
            out.push_str(&run);
            run.clear();
            out.push(c);
        }
    }
    out.push_str(&run);
    out
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
        // A cell formatted as a percentage: what it shows.
        assert_eq!(percent(&CellValue::Percent(1.0)), Ok(100));
        assert_eq!(percent(&CellValue::Percent(0.955)), Ok(96));
        assert_eq!(text(&CellValue::Percent(1.0)), "100%");
        assert_eq!(text(&CellValue::Percent(0.955)), "95.5%");
        // One percentage inside a phrase.
        assert_eq!(percent(&t("完成全年目标的95%")), Ok(95));
        assert_eq!(percent(&t("完成率９５％以上")), Ok(95));
        assert_eq!(percent(&t("已完成年度任务的100%")), Ok(100));
        assert_eq!(percent(&t("约完成87.5%")), Ok(88));
        assert_eq!(percent(&t("百分之九十")), Ok(90));
        assert_eq!(percent(&t("完成百分之九十五")), Ok(95));
        assert_eq!(percent(&t("百分之百")), Ok(100));
        assert_eq!(percent(&t("九成五")), Ok(95));
        assert_eq!(percent(&t("上半年50%，全年90%")), Err(BadPercent::NotPercent));
        assert_eq!(percent(&t("完成全年目标的120%")), Err(BadPercent::OutOfRange));
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
        // As people write them.
        assert_eq!(date(&CellValue::Number(20210105.0)), d(2021, 1, 5));
        assert_eq!(date(&t("2021-01-05 10:30")), d(2021, 1, 5));
        assert_eq!(date(&t("2021年1月5日 星期二")), d(2021, 1, 5));
        assert_eq!(date(&t("2021年1月5号")), d(2021, 1, 5));
        assert_eq!(date(&t("2021 年 1 月 5 日")), d(2021, 1, 5));
        assert_eq!(date(&t("２０２１年１月５日")), d(2021, 1, 5));
        assert_eq!(date(&t("二〇二一年一月五日")), d(2021, 1, 5));
        assert_eq!(date(&t("二○二○年十二月三十一日")), d(2020, 12, 31));
        assert_eq!(date(&t("2021年元月5日")), d(2021, 1, 5));
        assert_eq!(date(&t("21.1.5")), d(2021, 1, 5));
        assert_eq!(date(&t("10.(1).2")), None);
        assert_eq!(date(&t("2021.01.05.")), d(2021, 1, 5));
        assert_eq!(date(&t("12/31/2020")), d(2020, 12, 31));
        assert_eq!(date(&t("31/12/2020")), d(2020, 12, 31));
        assert_eq!(date(&t("十二月三十一日")), Some(DateValue::MonthDay(12, 31)));
        // Not a day: a month, an ambiguous day and month, a number.
        assert_eq!(date(&t("2020年12月")), None);
        assert_eq!(date(&t("5/1/2021")), None);
        assert_eq!(date(&CellValue::Number(20211399.0)), None);
        let md = DateValue::MonthDay(1, 6);
        assert_eq!(md.resolve(2020, true), NaiveDate::from_ymd_opt(2021, 1, 6));
        assert_eq!(md.resolve(2020, false), NaiveDate::from_ymd_opt(2020, 1, 6));
    }
}
