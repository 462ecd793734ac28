//! Text as it is compared, not as it is shown: Unicode folded ([`nfkc`]), without spaces
//! ([`without_spaces`]), letters only ([`letters`]), and the keys header cells and task texts
//! are matched by ([`header_key`], [`task_key`]).

use super::enumerator::strip_enumerator;
use std::borrow::Cow;
use unicode_normalization::{is_nfkc_quick, IsNormalized, UnicodeNormalization};

/// `raw` in NFKC (full-width digits and letters folded, compatibility forms resolved).
///
/// Most cells (ASCII, common CJK ideographs) are NFKC already; the quick check finds that
/// without building a new string, which matters when every cell of 3,000 workbooks passes
/// through here.
pub fn nfkc(raw: &str) -> Cow<'_, str> {
    match is_nfkc_quick(raw.chars()) {
        IsNormalized::Yes => Cow::Borrowed(raw),
        _ => Cow::Owned(raw.nfkc().collect()),
    }
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
