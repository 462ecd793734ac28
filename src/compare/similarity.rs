//! When is a progress text "the same as last period's"? The similarity ratio the
//! copied-report check uses (measurements in docs/COMPARE.md).
//!
//! Texts are compared by what they say in words ([`crate::text::normal::letters`]):
//! NFKC-folded, with whitespace, punctuation, symbols and digits taken out, so
//! "截至3月底完成30%。" and "截至6月底，完成50%" are the same text with numbers changed. The ratio is the normalised Levenshtein similarity of the
//! characters left (1 = identical), which a rewrite of the same facts in other words does
//! not come near.

/// Similarity of two normalised texts, 0-1: 1 - edit distance / length of the longer, in
/// characters (strsim's normalised Levenshtein; 1 for two empty texts).
pub(crate) fn ratio(a: &[char], b: &[char]) -> f64 {
    let (a, b): (String, String) = (a.iter().collect(), b.iter().collect());
    strsim::normalized_levenshtein(&a, &b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normal::letters;

    fn r(a: &str, b: &str) -> f64 {
        ratio(&letters(a), &letters(b))
    }

    #[test]
    fn digits_punctuation_and_spaces_aside() {
        assert_eq!(
            letters("截至3月底， 已完成 30%。"),
            letters("截至６月底已完成50％")
        );
        assert_eq!(
            r(
                "截至3月底，已完成年度目标的30%。",
                "截至6月底，已完成年度目标的55%"
            ),
            1.0
        );
    }

    #[test]
    fn a_rewrite_is_far_from_the_original() {
        let before = "围绕城乡融合示范区建设，我单位制定了年度实施方案，明确责任分工和时间节点，截至3月底已完成年度目标的25%。";
        let after = "城乡融合示范区建设方面，本季度召开两次推进会，完成规划编制初稿，正在征求各乡镇意见，完成年度目标的一半。";
        assert!(r(before, after) < 0.5, "{}", r(before, after));
    }

    #[test]
    fn edit_distance() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(strsim::generic_levenshtein(&c("kitten"), &c("sitting")), 3);
        assert_eq!(strsim::generic_levenshtein(&c(""), &c("abc")), 3);
        assert_eq!(ratio(&c("abcd"), &c("abcx")), 0.75);
        assert_eq!(ratio(&[], &[]), 1.0);
    }
}
