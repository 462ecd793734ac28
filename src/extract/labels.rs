//! Labels of the lines around a table (填报单位：…, 填报日期：…, 报告期：…) and dates
//! written inside text (a title, a footer), with the values they give.
//!
//! A cell may hold several labels (`填报单位：区财政局    填报日期：2020年7月3日`) and a label
//! may carry a remark in brackets (`填报单位（盖章）：`).

use super::values::DateValue;
use crate::text::normal::without_spaces;
use chrono::NaiveDate;

/// Labels that start a note or signature line under (or above) the table.
pub(crate) const NOTE_LABELS: &[&str] = &[
    "填报单位",
    "报送单位",
    "单位名称",
    "报告期",
    "报送时段",
    "填报日期",
    "报送日期",
    "填报时间",
    "报送时间",
    "填报人",
    "联系人",
    "联系电话",
    "电话",
    "审核人",
    "审核",
    "负责人",
    "单位负责人",
    "主要领导",
    "分管领导签字",
    "签字",
    "盖章",
    "制表",
    "注：",
    "注:",
    "备注：",
    "备注:",
    "说明",
];

/// The labels a cell holds, each with the value after it (up to the next label), when the
/// cell starts with one. Spaces are ignored; a bracketed remark right after a label
/// ("（盖章）") is skipped.
pub(crate) fn labels_in(cell: &str) -> Vec<(&'static str, String)> {
    let t = without_spaces(cell);
    let mut found: Vec<(usize, usize, &'static str)> = Vec::new();
    let mut at = 0;
    while at < t.len() {
        let rest = &t[at..];
        let hit = NOTE_LABELS
            .iter()
            .filter(|l| rest.starts_with(**l))
            .filter(|l| at == 0 || rest[l.len()..].starts_with([':', '：', '(', '（']))
            .max_by_key(|l| l.len());
        match hit {
            Some(l) => {
                found.push((at, at + l.len(), l));
                at += l.len();
            }
            None if at == 0 => return Vec::new(),
            None => at += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    let ends: Vec<usize> = found.iter().skip(1).map(|f| f.0).chain([t.len()]).collect();
    found
        .iter()
        .zip(ends)
        .map(|((_, from, label), to)| (*label, value_after(&t[*from..to])))
        .collect()
}

/// The value after a label: without a leading bracketed remark and colons.
fn value_after(s: &str) -> String {
    let mut s = s;
    if s.starts_with(['(', '（']) {
        if let Some(close) = s.find([')', '）']) {
            let after = &s[close..];
            s = &after[after.chars().next().map_or(0, char::len_utf8)..];
        }
    }
    s.trim_matches([':', '：', '(', '（', ')', '）']).to_string()
}

/// Which label a cell starts with, and the value after it ("填报单位：区财政局").
pub(crate) fn label_of(cell: &str) -> Option<(&'static str, String)> {
    labels_in(cell).into_iter().next()
}

/// A full date written inside a text ("…进展情况（2020年4月6日）", "2020.4.6报"), unless it
/// is a cut-off date ("截至2020年3月31日").
pub(crate) fn date_in(text: &str) -> Option<DateValue> {
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i + 8 <= chars.len() {
        if let Some((date, _)) = date_at(&chars[i..]) {
            let before: String = chars[i.saturating_sub(3)..i].iter().collect();
            if !before.contains("截至") && !before.contains("截止") {
                return Some(DateValue::Full(date));
            }
        }
        i += 1;
    }
    None
}

/// A date starting the slice: 2020年4月6日, 2020-04-06, 2020.4.6, 2020/4/6.
fn date_at(c: &[char]) -> Option<(NaiveDate, usize)> {
    let number = |from: usize, max: usize| -> Option<(u32, usize)> {
        let n = c[from..]
            .iter()
            .take(max)
            .take_while(|d| d.is_ascii_digit())
            .count();
        let s: String = c[from..from + n].iter().collect();
        s.parse().ok().map(|v| (v, from + n))
    };
    let (y, at) = number(0, 4).filter(|(y, at)| *at == 4 && (1990..2100).contains(y))?;
    let sep = *c.get(at)?;
    if !"年-./".contains(sep) {
        return None;
    }
    let (m, at) = number(at + 1, 2)?;
    let sep2 = *c.get(at)?;
    if !(sep2 == sep || (sep == '年' && sep2 == '月')) {
        return None;
    }
    let (d, at) = number(at + 1, 2)?;
    NaiveDate::from_ymd_opt(y as i32, m, d).map(|date| (date, at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn several_labels_in_one_cell() {
        assert_eq!(
            labels_in("填报单位：区财政局    填报日期：2020年7月3日"),
            [
                ("填报单位", "区财政局".to_string()),
                ("填报日期", "2020年7月3日".to_string())
            ]
        );
        assert_eq!(
            labels_in("填报单位（盖章）：区财政局"),
            [("填报单位", "区财政局".to_string())]
        );
        assert_eq!(labels_in("填报日期："), [("填报日期", String::new())]);
        assert!(labels_in("优化财政收支结构").is_empty());
        // A label word inside the value without a colon is no label.
        assert_eq!(
            labels_in("说明：联系人为张三"),
            [("说明", "联系人为张三".to_string())]
        );
    }

    #[test]
    fn dates_inside_text() {
        let d = |y, m, dd| Some(DateValue::Full(NaiveDate::from_ymd_opt(y, m, dd).unwrap()));
        assert_eq!(date_in("区财政局一季度进展情况（2020年4月6日）"), d(2020, 4, 6));
        assert_eq!(date_in("报送：2020.4.6"), d(2020, 4, 6));
        assert_eq!(date_in("截至2020年3月31日进展情况"), None);
        assert_eq!(date_in("2020年一季度"), None);
    }
}
