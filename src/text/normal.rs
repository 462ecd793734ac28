//! Text as it is compared, not as it is shown: Unicode folded ([`nfkc`]), without spaces
//! ([`without_spaces`]), letters only ([`letters`]), and the keys header cells and task texts
//! are matched by ([`header_key`], [`task_key`]).

use super::enumerator::strip_enumerator;
use std::borrow::Cow;
use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// `raw` in NFKC (full-width digits and letters folded, compatibility forms resolved).
///
/// Most cells (ASCII, common CJK ideographs) are NFKC already and are borrowed, and most of
/// the rest are folded char by char (`fold_common`), which matters when every cell of
/// 3,000 workbooks passes through here.
pub fn nfkc(raw: &str) -> Cow<'_, str> {
    if let Some(folded) = fold_common(raw) {
        return folded;
    }
    match is_nfkc_quick(raw.chars()) {
        IsNormalized::Yes => Cow::Borrowed(raw),
        _ => Cow::Owned(raw.nfkc().collect()),
    }
}

/// NFKC of text made only of ASCII, CJK ideographs, the common Chinese punctuation and
/// full-width forms, folded char by char; None when another character needs the whole
/// algorithm. Nearly every cell is such text, and a Chinese one that is not NFKC already
/// is so for its "，", "：", "（" (full-width forms), which the general algorithm (decompose,
/// reorder, compose) folds at several times the cost. The same result: none of these
/// characters decomposes but the full-width forms and U+3000 (each to one ASCII
/// character), and none combines, so composition has nothing to do.
fn fold_common(raw: &str) -> Option<Cow<'_, str>> {
    let fold = |c: char| match c {
        '\0'..='\u{7F}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{3001}'..='\u{3011}'
        | '\u{00B7}'
        | '\u{00D7}'
        | '\u{2014}'
        | '\u{2018}'..='\u{2019}'
        | '\u{201C}'..='\u{201D}' => Some(c),
        '\u{3000}' => Some(' '),
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0),
        _ => None,
    };
    let mut chars = raw.char_indices();
    // The part that folds to itself is borrowed: most cells end here.
    let first_change = loop {
        match chars.next() {
            None => return Some(Cow::Borrowed(raw)),
            Some((i, c)) => match fold(c)? {
                same if same == c => continue,
                _ => break i,
            },
        }
    };
    let mut out = String::with_capacity(raw.len());
    out.push_str(&raw[..first_change]);
    for c in raw[first_change..].chars() {
        out.push(fold(c)?);
    }
    Some(Cow::Owned(out))
}

/// A task text as matched: NFKC, without a leading enumerator ("1．", "（三）"), letters and
/// digits only, lower case.
pub fn task_key(raw: &str) -> String {
    let s = nfkc(raw);
    let s = strip_enumerator(s.trim());
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Header text compared: NFKC, no spaces, no bracketed units ("(%)"), no trailing colon.
pub fn header_key(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut depth = 0;
    for c in nfkc(raw).chars() {
        match c {
            '(' | '[' | '【' => depth += 1,
            ')' | ']' | '】' => depth = (depth - 1).max(0),
            c if depth > 0 || c.is_whitespace() || matches!(c, '*' | ':' | '：' | '、' | '%') => {}
            c => out.push(c),
        }
    }
    out
}

/// The letters of `text`: CJK ideographs and letters only (digits, punctuation, symbols and
/// whitespace taken out), after NFKC.
pub fn letters(text: &str) -> Vec<char> {
    nfkc(text).chars().filter(|c| c.is_alphabetic()).collect()
}

/// `raw` without any whitespace (names and labels padded with spaces: "责 任 人").
pub fn without_spaces(raw: &str) -> String {
    raw.chars().filter(|c| !c.is_whitespace()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_only_what_needs_folding() {
        assert!(matches!(nfkc("区财政局 2020"), Cow::Borrowed(_)));
        assert_eq!(nfkc("１．（２）"), "1.(2)");
        assert_eq!(nfkc("完成进度（％）"), "完成进度(%)");
        assert_eq!(nfkc("\u{3000}任务"), " 任务");
    }

    /// `fold_common` gives what the general algorithm gives, for every character it folds
    /// alone and for runs of them mixed with characters it leaves to the algorithm.
    #[test]
    fn the_common_fold_is_nfkc() {
        let general = |s: &str| -> String { s.nfkc().collect() };
        let folded: Vec<char> = ('\0'..='\u{FFFF}')
            .filter(|c| fold_common(&c.to_string()).is_some())
            .collect();
        assert!(folded.len() > 21_000, "{}", folded.len());
        for c in &folded {
            let s = c.to_string();
            assert_eq!(fold_common(&s).unwrap(), general(&s), "U+{:04X}", *c as u32);
            assert_eq!(nfkc(&format!("区{s}局")), general(&format!("区{s}局")));
        }
        // Neighbours that compose or reorder under the general algorithm (a combining acute
        // after a full-width letter, Hangul jamo) go to it whole.
        let others = [
            '\u{0301}', '\u{1100}', '\u{1161}', '…', 'ⅱ', '\u{2011}', '㈠', '①',
        ];
        let mut seed = 7u64;
        for _ in 0..20_000 {
            let s: String = (0..6)
                .map(|_| {
                    seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    let pick = (seed >> 33) as usize;
                    if pick.is_multiple_of(5) {
                        others[pick / 5 % others.len()]
                    } else {
                        folded[pick % folded.len()]
                    }
                })
                .collect();
            assert_eq!(nfkc(&s), general(&s), "{s:?}");
        }
        assert!(fold_common("一…").is_none());
    }

    #[test]
    fn text_normalisation() {
        assert_eq!(
            task_key("1．严格整治“散乱污”企业， 杜绝"),
            "严格整治散乱污企业杜绝"
        );
        assert_eq!(task_key("（三）严格整治"), "严格整治");
        assert_eq!(task_key("3.5万户"), "35万户");
        assert_eq!(task_key("6月底全部清零"), "6月底全部清零");
        assert_eq!(task_key("ＡＢ　c"), "abc");
    }
}
