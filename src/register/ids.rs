//! Task identity: the IDs the register gives its tasks (from the notice's own numbering, so
//! they never change between runs) and the same IDs read back from the ways units write them.
//! - attachment 1 (十大工程): `1.(1).1` = programme 一, section （1）, task 1;
//! - attachment 2 (十件实事): `实事3`;
//! - attachment 3 (1311项目): `1311-8`.

use crate::text::nfkc;
use crate::text::numerals::{is_chinese_digit, parse_number};

/// The ID of task `number` of section `section` of programme `programme` (attachment 1).
pub(crate) fn programme_id(programme: u32, section: u32, number: u32) -> String {
    format!("{programme}.({section}).{number}")
}

/// The ID of 实事 `number` (attachment 2).
pub(crate) fn matter_id(number: u32) -> String {
    format!("实事{number}")
}

/// The ID of 1311 project `number` (attachment 3).
pub(crate) fn project_id(number: u32) -> String {
    format!("1311-{number}")
}

/// Our task ID from the ways units write it: `1.(2).3`, `1-2-3`, `1.2.3`, `一（2）3`,
/// full-width digits; `实事3`, `实事三`; `1311-8`, `1311项目8`. None when the text is no ID
/// (a 序号 like "3" or "(1)").
pub(crate) fn parse_id(raw: &str) -> Option<String> {
    // Invisible format characters (word joiners, zero-width spaces, BOM) come with text
    // copied from Word, e.g. an ID pasted from the bulletin.
    let invisible = |c: &char| matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}');
    let s: String = nfkc(raw)
        .chars()
        .filter(|c| !c.is_whitespace() && !invisible(c))
        .collect();
    if let Some(pos) = s.find("实事") {
        return leading_number(&s[pos + "实事".len()..]).map(matter_id);
    }
    if let Some(rest) = s.strip_prefix("1311") {
        let rest = rest.trim_start_matches(['-', '—', '_', '.', '－', '项', '目', '第', '#']);
        return leading_number(rest).map(project_id);
    }
    let (numbers, junk) = tokens(&s);
    match numbers.as_slice() {
        [a, b, c] if !junk => Some(programme_id(*a, *b, *c)),
        _ => None,
    }
}

fn leading_number(s: &str) -> Option<u32> {
    let n: String = s
        .chars()
        .take_while(|c| c.is_ascii_digit() || is_chinese_digit(*c))
        .collect();
    parse_number(&n)
}

/// The numbers in an ID and whether anything but separators surrounds them (then the
/// numbers read so far: the caller needs none, and a cell of prose stops at its first word).
fn tokens(s: &str) -> (Vec<u32>, bool) {
    let mut numbers = Vec::new();
    let mut current = String::new();
    let mut junk = false;
    let flush = |cur: &mut String, numbers: &mut Vec<u32>, junk: &mut bool| {
        if !cur.is_empty() {
            match parse_number(cur) {
                Some(n) => numbers.push(n),
                None => *junk = true,
            }
            cur.clear();
        }
    };
    for c in s.chars() {
        let cn_digit = is_chinese_digit(c);
        let kind_changed = current
            .chars()
            .next()
            .is_some_and(|f| f.is_ascii_digit() != c.is_ascii_digit());
        if c.is_ascii_digit() || cn_digit {
            if kind_changed {
                flush(&mut current, &mut numbers, &mut junk);
            }
            current.push(c);
        } else {
            flush(&mut current, &mut numbers, &mut junk);
            junk |= !".-()、_·,".contains(c);
            if junk {
                return (numbers, true);
            }
        }
    }
    flush(&mut current, &mut numbers, &mut junk);
    (numbers, junk)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn task_id_variants() {
        for (raw, id) in [
            ("1.(2).3", "1.(2).3"),
            ("１．（２）．３", "1.(2).3"),
            ("一（2）3", "1.(2).3"),
            ("一(二)三", "1.(2).3"),
            ("1-2-3", "1.(2).3"),
            ("1.2.3", "1.(2).3"),
            ("十(1)12", "10.(1).12"),
            ("实事3", "实事3"),
            ("实事三", "实事3"),
            ("十件实事 十", "实事10"),
            ("1311-8", "1311-8"),
            ("1311项目8", "1311-8"),
            ("1311－８", "1311-8"),
            // pasted from the bulletin, which joins an ID's characters with U+2060
            (
                "1\u{2060}.\u{2060}(\u{2060}2\u{2060})\u{2060}.\u{2060}3",
                "1.(2).3",
            ),
            ("\u{feff}实事4\u{200b}", "实事4"),
        ] {
            assert_eq!(parse_id(raw).as_deref(), Some(id), "{raw}");
        }
        for raw in ["3", "(1)", "1.2", "第3项任务", "2020.4.3.1"] {
            assert_eq!(parse_id(raw), None, "{raw}");
        }
    }
}
