//! Texts cut to a length, one way for every output: back to a sentence end (or a clause's
//! comma) when one falls late enough, else at the length, and marked "……"; plain cuts for
//! messages; lists cut to a number of items.

use crate::msg::CommonMsg;

/// What marks a cut text.
pub const ELLIPSIS: &str = "……";

/// Where to cut `chars` (longer than `max`): right before the last of `marks` among the first
/// `max` characters when it stands at `least` or later, else at `max`.
pub fn cut_point(chars: &[char], max: usize, marks: &str, least: usize) -> usize {
    chars[..max]
        .iter()
        .rposition(|c| marks.contains(*c))
        .filter(|&i| i >= least)
        .unwrap_or(max)
}

/// Text cut to `max` characters at a sentence end where one falls in the second half,
/// with "……" when anything was cut. A cell's line breaks become "；"
/// ([`line_breaks_as_semicolons`]); other whitespace runs become nothing (Chinese text).
pub fn abridge(text: &str, max: usize) -> String {
    let clean: Vec<char> = line_breaks_as_semicolons(text)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if clean.len() <= max {
        return clean.into_iter().collect();
    }
    let cut = cut_point(&clean, max, "。；;！？", (max / 2).saturating_sub(1));
    let mut s: String = clean[..cut].iter().collect();
    s = s.trim_end_matches(['，', ',', '、', '：', ':']).to_string();
    s.push_str(ELLIPSIS);
    s
}

/// A cell's lines (Alt+Enter) as one sentence: "；" between two lines unless the first ends
/// with a mark of its own, so two items never fuse into one phrase.
pub fn line_breaks_as_semicolons(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if !out.is_empty()
            && !out.ends_with(['。', '；', ';', '！', '？', '!', '?', '，', ',', '、', '：', ':'])
        {
            out.push('；');
        }
        out.push_str(line);
    }
    out
}

/// The first `max` characters of `text`, followed by `mark` when anything was cut.
pub fn clip(text: &str, max: usize, mark: &str) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(max).collect();
    if chars.next().is_some() {
        head + mark
    } else {
        head
    }
}

/// The first `max` items joined with "、", then how many there are in all when any is left
/// out ("区财政局、区税务局等12个").
pub fn list(items: &[&str], max: usize) -> String {
    let list = items.iter().take(max).copied().collect::<Vec<_>>().join("、");
    if items.len() > max {
        let (total, more) = (items.len(), items.len() - max);
        CommonMsg::ListCut { list, total, more }.to_string()
    } else {
        list
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abridge_cuts_at_sentence_end_or_limit() {
        assert_eq!(abridge("短句。", 10), "短句。");
        assert_eq!(abridge("一二三四五。六七八九十十一", 8), "一二三四五……");
        assert_eq!(abridge("一二三四五六七八九十", 4), "一二三四……");
        // A line break becomes "；" (two items of a cell never fuse), other spaces go.
        assert_eq!(abridge("一 二\n三", 10), "一二；三");
        assert_eq!(
            abridge("1.预算编制完成\r\n2.绩效全覆盖\n\n", 20),
            "1.预算编制完成；2.绩效全覆盖"
        );
        assert_eq!(abridge("完成招标。\n开工建设", 20), "完成招标。开工建设");
    }

    #[test]
    fn clip_marks_only_a_cut() {
        assert_eq!(clip("一二三", 3, "…"), "一二三");
        assert_eq!(clip("一二三四", 3, "…"), "一二三…");
        assert_eq!(clip("一二三四", 3, ELLIPSIS), "一二三……");
    }

    #[test]
    fn lists_name_the_first_items() {
        assert_eq!(list(&["甲", "乙"], 2), "甲、乙");
        crate::msg::with_lang(crate::msg::Lang::Zh, || {
            assert_eq!(list(&["甲", "乙", "丙"], 2), "甲、乙等3个");
        });
    }
}
