//! Texts cut to a length, one way for every output: back to a sentence end (or a clause's
//! comma) when one falls late enough, else at the length, and marked "……"; plain cuts for
//! messages; lists cut to a number of items. For official text (the bulletin, the ledgers'
//! task names), cuts that never fall inside a word and add nothing: a text's first clause
//! ([`first_clause`]), its first sentence when short ([`first_sentence`]), whole sentences
//! or clauses up to a length ([`excerpt`]).

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

/// Marks that end a clause of a task text.
const CLAUSE_END: [char; 6] = ['，', '。', '；', ',', ';', '！'];
/// Marks that end a sentence of a progress text.
const SENTENCE_END: [char; 6] = ['。', '；', ';', '！', '？', '!'];
/// A first clause shorter than this ("一是") takes the next one too.
const MIN_CLAUSE: usize = 4;

/// A text's first clause (up to the first "，" "。" or "；"), its leading numbering and its
/// whitespace removed; a clause shorter than four characters takes the next one along.
pub fn first_clause(text: &str) -> String {
    let text = squeeze(text);
    let text = super::enumerator::strip_enumerator(&text).trim_start_matches(CLAUSE_END);
    let mut name = String::new();
    for clause in text.split_inclusive(CLAUSE_END) {
        name.push_str(clause);
        if name.trim_end_matches(CLAUSE_END).chars().count() >= MIN_CLAUSE {
            break;
        }
    }
    name.trim_end_matches(CLAUSE_END).to_string()
}

/// A name as the notice writes it, on one line: whitespace removed (a space between two
/// Latin letters or digits kept), no closing mark.
pub fn one_line(text: &str) -> String {
    squeeze(text).trim_end_matches(CLAUSE_END).to_string()
}

/// What a unit wrote, shortened to at most `max` characters by whole sentences; when the
/// first sentence alone is longer, by whole clauses of it; when its first clause alone is
/// longer, that clause whole. Line breaks count as sentence ends. Ends without a mark (the
/// caller adds its own); never "……".
pub fn excerpt(text: &str, max: usize) -> String {
    let text = squeeze(&line_breaks_as_semicolons(text));
    let text = text.trim_matches(|c: char| SENTENCE_END.contains(&c) || c == '，');
    let sentences: Vec<&str> = text.split_inclusive(SENTENCE_END).collect();
    let mut out = whole_pieces(&sentences, max);
    if out.is_empty() {
        let first = sentences.first().copied().unwrap_or("");
        let clauses: Vec<&str> = first.split_inclusive(['，', ',']).collect();
        out = whole_pieces(&clauses, max);
        if out.is_empty() {
            out = clauses.first().copied().unwrap_or("").to_string();
        }
    }
    out.trim_end_matches(|c: char| SENTENCE_END.contains(&c) || "，,、：:".contains(c))
        .to_string()
}

/// The first sentence of what a unit wrote, whole, when it has at most `max` characters (and
/// at least a few); None when it is longer: a cut sentence is never quoted.
pub fn first_sentence(text: &str, max: usize) -> Option<String> {
    let first = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    let first = squeeze(first);
    let end = first.find(SENTENCE_END).unwrap_or(first.len());
    let sentence = first[..end].trim_end_matches(['，', ',', '、', '：', ':']);
    let n = sentence.chars().count();
    (n >= MIN_CLAUSE && n <= max).then(|| sentence.to_string())
}

/// The leading pieces that fit in `max` characters, joined.
fn whole_pieces(pieces: &[&str], max: usize) -> String {
    let mut out = String::new();
    for p in pieces {
        let longer = format!("{out}{p}");
        if longer.trim_end_matches(CLAUSE_END).chars().count() > max {
            break;
        }
        out = longer;
    }
    out
}

/// Whitespace removed (Chinese text); one space kept between two Latin letters or digits.
fn squeeze(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, c) in chars.iter().enumerate() {
        if !c.is_whitespace() {
            out.push(*c);
            continue;
        }
        let before = out
            .chars()
            .last()
            .is_some_and(|p: char| p.is_ascii_alphanumeric());
        let after = chars[i + 1..]
            .iter()
            .find(|n| !n.is_whitespace())
            .is_some_and(char::is_ascii_alphanumeric);
        if before && after && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out
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
    fn first_clauses_and_names() {
        assert_eq!(
            first_clause("配强招商队伍，绘制招商图谱，区级领导带头。"),
            "配强招商队伍"
        );
        assert_eq!(
            first_clause("1.新建5个足球场、3个门球场，安装30套健身路径。"),
            "新建5个足球场、3个门球场"
        );
        assert_eq!(first_clause("一是，抓好春耕；二是"), "抓好春耕");
        assert_eq!(first_clause("要抓，抓好春耕"), "要抓，抓好春耕");
        assert_eq!(first_clause("推进国资国企改革"), "推进国资国企改革");
        assert_eq!(
            one_line("大川-PLA .PP 环保生物降解食品包装制品\n项目"),
            "大川-PLA.PP环保生物降解食品包装制品项目"
        );
        assert_eq!(one_line("LNG 应急 储气"), "LNG应急储气");
        assert_eq!(one_line("Windows 10 系统"), "Windows 10系统");
    }

    #[test]
    fn excerpts_are_whole_sentences_or_clauses() {
        let text = "已完成前期摸底调查。召开专题会议安排部署，细化分解到股室。截至6月底完成50%。";
        assert_eq!(excerpt(text, 10), "已完成前期摸底调查");
        assert_eq!(
            excerpt(text, 30),
            "已完成前期摸底调查。召开专题会议安排部署，细化分解到股室"
        );
        // the first sentence too long: its clauses; its first clause too long: whole
        let long = "成立了工作专班，建立周调度机制，多次深入一线督导检查，已全面完成年度目标。";
        assert_eq!(excerpt(long, 16), "成立了工作专班，建立周调度机制");
        assert_eq!(
            excerpt("建设解州东郭三路里污水处理项目", 5),
            "建设解州东郭三路里污水处理项目"
        );
        // line breaks are sentence ends; nothing ends with an ellipsis
        assert_eq!(
            excerpt("1.预算编制完成\n2.绩效全覆盖", 20),
            "1.预算编制完成；2.绩效全覆盖"
        );
        assert!(!excerpt(long, 3).contains('…'));
        assert_eq!(first_sentence(text, 10).as_deref(), Some("已完成前期摸底调查"));
        assert_eq!(first_sentence(long, 20), None);
        assert_eq!(first_sentence("完成。\n", 20), None, "too short to say anything");
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
