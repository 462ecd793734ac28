//! The template output as the layout sees it: plain lines sorted into the parts of an
//! official document by marker lines (`[版头]`, `[标题]`, `[主送]`, `[正文]`, `[附件]`, `[落款]`,
//! `[抄送]`, `[印发]`), and each body line classed by its numbering (一、 / （一） / 1.).
//!
//! This is the whole contract between the wording (templates) and the styling (layout):
//! the office reorders and rewords freely, the renderer styles by what a line starts with
//! and numbers the headings in order ([`renumber`]).

use crate::msg::LayoutMsg;
use crate::text::numerals::to_chinese;

/// How a body line is styled, decided by how it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// 一、 heading: 黑体.
    One,
    /// （一） heading: 楷体_GB2312.
    Two,
    /// 1. heading: 仿宋_GB2312.
    Three,
    /// Body text.
    Body,
}

/// A document split into its parts; every part is a list of non-empty lines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parts {
    /// Masthead lines: "督查通报", "第1期", "office|date"; or "…文件", 发文字号.
    pub(crate) masthead: Vec<String>,
    pub(crate) title: Vec<String>,
    pub(crate) recipients: Vec<String>,
    pub body: Vec<String>,
    /// Attachment titles, in order (附件1, 附件2, ...).
    pub attachments: Vec<String>,
    /// Signature lines: office, then date.
    pub(crate) signature: Vec<String>,
    pub(crate) cc: Vec<String>,
    /// 印发 line: "office|date印发" (left|right).
    pub(crate) printed: Vec<String>,
}

const MARKERS: [&str; 8] = ["版头", "标题", "主送", "正文", "附件", "落款", "抄送", "印发"];

impl Parts {
    /// Splits template output into parts. Lines before the first marker belong to the body.
    /// An unknown `[...]` marker is an error naming it and the allowed ones.
    pub(crate) fn parse(text: &str) -> Result<Parts, String> {
        let mut parts = Parts::default();
        let mut current = "正文";
        for (n, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                if !MARKERS.contains(&name) {
                    return Err(crate::msg::RenderMsg::UnknownPart {
                        line: n + 1,
                        name: name.to_string(),
                        expected: MARKERS.join("] ["),
                    }
                    .to_string());
                }
                current = MARKERS.iter().find(|m| **m == name).copied().unwrap_or("正文");
                continue;
            }
            parts.part_mut(current).push(line.to_string());
        }
        parts.body = renumber(&parts.body);
        Ok(parts)
    }

    fn part_mut(&mut self, name: &str) -> &mut Vec<String> {
        match name {
            "版头" => &mut self.masthead,
            "标题" => &mut self.title,
            "主送" => &mut self.recipients,
            "附件" => &mut self.attachments,
            "落款" => &mut self.signature,
            "抄送" => &mut self.cc,
            "印发" => &mut self.printed,
            _ => &mut self.body,
        }
    }
}

const CN_DIGITS: &str = "一二三四五六七八九十";

/// The numbering a line starts with, and its level.
pub fn level(line: &str) -> Level {
    let cn_run = |s: &str| s.chars().take_while(|c| CN_DIGITS.contains(*c)).count();
    let n = cn_run(line);
    if n > 0 && line.chars().nth(n) == Some('、') {
        return Level::One;
    }
    if let Some(rest) = line.strip_prefix('（').or_else(|| line.strip_prefix('(')) {
        let n = cn_run(rest);
        if n > 0 && matches!(rest.chars().nth(n), Some('）' | ')')) {
            return Level::Two;
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && matches!(line.chars().nth(digits), Some('.' | '．')) {
        // "1.5万亩" is a number, not a heading.
        let next = line.chars().nth(digits + 1);
        if !next.is_some_and(|c| c.is_ascii_digit()) {
            return Level::Three;
        }
    }
    Level::Body
}

/// The body's 一、 and （一） headings numbered in order (（一） anew under each 一、), and the
/// items of a list written "一是…", "二是…" (each on a line of its own) numbered in order
/// anew under each heading: a template that leaves a section or an item out leaves no gap
/// in the numbering.
pub fn renumber(body: &[String]) -> Vec<String> {
    let (mut one, mut two, mut item) = (0, 0, 0);
    body.iter()
        .map(|line| match level(line) {
            Level::One => {
                one += 1;
                (two, item) = (0, 0);
                let rest = line.trim_start_matches(|c| CN_DIGITS.contains(c));
                format!("{}{rest}", to_chinese(one))
            }
            Level::Two => {
                two += 1;
                item = 0;
                let inner = &line[line.char_indices().nth(1).map_or(0, |(i, _)| i)..];
                let rest = inner.trim_start_matches(|c| CN_DIGITS.contains(c));
                let rest = &rest[rest.chars().next().map_or(0, char::len_utf8)..];
                LayoutMsg::Section {
                    number: to_chinese(two),
                    title: rest.to_string(),
                }
                .to_string()
            }
            _ => match item_text(line) {
                Some(rest) => {
                    item += 1;
                    LayoutMsg::ListItem {
                        number: to_chinese(item),
                        text: rest.to_string(),
                    }
                    .to_string()
                }
                None => line.clone(),
            },
        })
        .collect()
}

/// A list item's text after its ordinal ("二是加快…" -> "加快…"), None for any other line.
fn item_text(line: &str) -> Option<&str> {
    let rest = line.trim_start_matches(|c| CN_DIGITS.contains(c));
    if rest.len() == line.len() {
        return None;
    }
    rest.strip_prefix('是')
}

/// A heading line with text after its first sentence ("（一）总体情况。全区……") is split
/// into the heading sentence and the rest, which is set in the body font.
pub(crate) fn split_heading(line: &str) -> (&str, &str) {
    match line.find('。') {
        Some(i) => line.split_at(i + '。'.len_utf8()),
        None => (line, ""),
    }
}

/// Width of a text in character cells: CJK and full-width count 1, ASCII counts 1/2.
pub fn width(text: &str) -> f64 {
    text.chars().map(|c| if c.is_ascii() { 0.5 } else { 1.0 }).sum()
}

/// [`width`] plus a quarter cell at every change between Chinese and Latin text, where
/// Word and LibreOffice add space (`w:autoSpaceDE`, `w:autoSpaceDN`, both on by default).
pub fn spaced_width(text: &str) -> f64 {
    let changes = text
        .chars()
        .zip(text.chars().skip(1))
        .filter(|(a, b)| a.is_ascii_alphanumeric() != b.is_ascii_alphanumeric())
        .filter(|(a, b)| !a.is_ascii_punctuation() && !b.is_ascii_punctuation())
        .count();
    width(text) + 0.25 * changes as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_by_numbering() {
        assert_eq!(level("一、总体情况"), Level::One);
        assert_eq!(level("十二、其他"), Level::One);
        assert_eq!(level("（一）十大工程。"), Level::Two);
        assert_eq!(level("(三)其他"), Level::Two);
        assert_eq!(level("1.严查渣土车"), Level::Three);
        assert_eq!(level("12．某项"), Level::Three);
        assert_eq!(level("1.5万亩已完成"), Level::Body);
        assert_eq!(level("一季度全区"), Level::Body);
        assert_eq!(level("2020年是"), Level::Body);
    }

    #[test]
    fn parts_by_markers() {
        let p = Parts::parse("开头\n[标题]\n关于\n\n通报\n[正文]\n一、总体\n[附件]\n表1\n").unwrap();
        assert_eq!(p.title, ["关于", "通报"]);
        assert_eq!(p.body, ["开头", "一、总体"]);
        assert_eq!(p.attachments, ["表1"]);
        let err = Parts::parse("[标题]\nx\n[附录]\n").unwrap_err();
        assert!(err.contains("第3行") && err.contains("[附录]"), "{err}");
    }

    #[test]
    fn headings_are_numbered_in_order() {
        let p = Parts::parse(
            "[正文]\n一、总体\n（一）甲。正文\n（三）乙\n一、问题\n（一）丙\n一是做好\n二、要求\n",
        )
        .unwrap();
        assert_eq!(
            p.body,
            [
                "一、总体",
                "（一）甲。正文",
                "（二）乙",
                "二、问题",
                "（一）丙",
                "一是做好",
                "三、要求"
            ]
        );
    }

    #[test]
    fn list_items_are_numbered_in_order_under_each_heading() {
        let p = Parts::parse(
            "[正文]\n一、亮点\n一是甲\n三是乙\n二、要求\n二是压实\n四是强化\n五是\n是否\n一季度全区\n",
        )
        .unwrap();
        assert_eq!(
            p.body,
            [
                "一、亮点",
                "一是甲",
                "二是乙",
                "二、要求",
                "一是压实",
                "二是强化",
                "三是",
                "是否",
                "一季度全区"
            ]
        );
    }

    #[test]
    fn heading_split_and_width() {
        assert_eq!(split_heading("（一）总体。全区"), ("（一）总体。", "全区"));
        assert_eq!(split_heading("一、总体情况"), ("一、总体情况", ""));
        assert_eq!(width("2020年4月13日"), 6.5);
        assert_eq!(spaced_width("2020年4月13日"), 6.5 + 1.25);
    }
}
