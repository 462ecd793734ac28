//! The template output as the layout sees it: plain lines sorted into the parts of an
//! official document by marker lines (`[版头]`, `[标题]`, `[主送]`, `[正文]`, `[附件]`, `[落款]`,
//! `[抄送]`, `[印发]`), and each body line classed by its numbering (一、 / （一） / 1.).
//!
//! This is the whole contract between the wording (templates) and the styling (layout):
//! the office reorders and rewords freely, the renderer styles by what a line starts with.

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
    pub masthead: Vec<String>,
    pub title: Vec<String>,
    pub recipients: Vec<String>,
    pub body: Vec<String>,
    /// Attachment titles, in order (附件1, 附件2, ...).
    pub attachments: Vec<String>,
    /// Signature lines: office, then date.
    pub signature: Vec<String>,
    pub cc: Vec<String>,
    /// 印发 line: "office|date印发" (left|right).
    pub printed: Vec<String>,
}

const MARKERS: [&str; 8] = ["版头", "标题", "主送", "正文", "附件", "落款", "抄送", "印发"];

impl Parts {
    /// Splits template output into parts. Lines before the first marker belong to the body.
    /// An unknown `[...]` marker is an error naming it and the allowed ones.
    pub fn parse(text: &str) -> Result<Parts, String> {
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

/// A heading line with text after its first sentence ("（一）总体情况。全区……") is split
/// into the heading sentence and the rest, which is set in the body font.
pub fn split_heading(line: &str) -> (&str, &str) {
    match line.find('。') {
        Some(i) => line.split_at(i + '。'.len_utf8()),
        None => (line, ""),
    }
}

/// U+2060 WORD JOINER: no line break on either side, nothing drawn.
pub const WORD_JOINER: char = '\u{2060}';
/// U+200B ZERO WIDTH SPACE: a line may break here, nothing drawn.
pub const BREAK_HERE: char = '\u{200B}';
/// Closing punctuation after which a line may end before an ID.
const BREAK_AFTER: &str = "、，。；：！？）】」』》”";

/// Keeps task IDs whole at line ends. Word and LibreOffice may break "3.(1).1" before "("
/// and "1311-13" after "-", and "实事4" anywhere, so a U+2060 WORD JOINER goes between
/// the characters of every ID-like token: a run of ASCII letters, digits and `.()-` with a
/// digit and one of `.()-` inside it (at most 16 characters, so that no long Latin text
/// becomes unbreakable), or digits right after "实事". LibreOffice does not break between
/// "、" and a digit, so a list "1.(2).5、1.(3).3、…" would become one unbreakable word: a
/// U+200B ZERO WIDTH SPACE after closing punctuation before a joined ID gives the line its
/// break back. Both are format characters, drawn as nothing in Word and LibreOffice;
/// readers of the text strip them ([`plain`]). Plain numbers and words are left alone,
/// they do not break anyway.
pub fn keep_ids(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let is_id = |c: char| c.is_ascii_alphanumeric() || ".()-".contains(c);
    // join[k]: a joiner between chars[k] and chars[k + 1]; open[k]: a break before chars[k].
    let mut join = vec![false; chars.len()];
    let mut open = vec![false; chars.len()];
    let mut i = 0;
    while i < chars.len() {
        if !is_id(chars[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && is_id(chars[i]) {
            i += 1;
        }
        let token = &chars[start..i];
        let prefixed = start >= 2 && chars[start - 2..start] == ['实', '事'] && token[0].is_ascii_digit();
        let inner = token.len() > 2 && token[1..token.len() - 1].iter().any(|c| ".()-".contains(*c));
        let digit = token.iter().any(char::is_ascii_digit);
        if token.len() <= 16 && digit && (prefixed || inner) {
            let from = if prefixed { start - 2 } else { start };
            join[from..i - 1].iter_mut().for_each(|j| *j = true);
            open[from] = !prefixed && from > 0 && BREAK_AFTER.contains(chars[from - 1]);
        }
    }
    let marks = join.iter().chain(&open).filter(|j| **j).count();
    let mut out = String::with_capacity(text.len() + 3 * marks);
    for ((c, j), o) in chars.iter().zip(&join).zip(&open) {
        if *o {
            out.push(BREAK_HERE);
        }
        out.push(*c);
        if *j {
            out.push(WORD_JOINER);
        }
    }
    out
}

/// The text as written: [`keep_ids`] undone.
pub fn plain(text: &str) -> String {
    text.chars()
        .filter(|c| *c != WORD_JOINER && *c != BREAK_HERE)
        .collect()
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
    fn ids_are_kept_whole() {
        let j = |s: &str| s.chars().map(String::from).collect::<Vec<_>>().join("\u{2060}");
        let line = "本期新完成3项（1.(2).5、10.(3).4、1311-13、实事4）；【3.(1).1】实施";
        let kept = keep_ids(line);
        assert_eq!(
            kept,
            format!(
                "本期新完成3项（{}、\u{200B}{}、\u{200B}{}、{}）；【{}】实施",
                j("1.(2).5"),
                j("10.(3).4"),
                j("1311-13"),
                j("实事4"),
                j("3.(1).1")
            )
        );
        assert_eq!(plain(&kept), line);
        // numbers, years, a heading's "1." and long Latin runs stay as they are
        for plain in [
            "2020年占13%",
            "1.【1.",
            "(1)",
            "see http://a.example.org/x-y-z.html",
        ] {
            assert_eq!(keep_ids(plain), plain);
        }
    }

    #[test]
    fn heading_split_and_width() {
        assert_eq!(split_heading("（一）总体。全区"), ("（一）总体。", "全区"));
        assert_eq!(split_heading("一、总体情况"), ("一、总体情况", ""));
        assert_eq!(width("2020年4月13日"), 6.5);
        assert_eq!(spaced_width("2020年4月13日"), 6.5 + 1.25);
    }
}
