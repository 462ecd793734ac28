//! Unicode normalisation shared by header detection and task matching.

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
}
