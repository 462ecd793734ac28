//! The short forms the bulletin writes: a task's short name and a progress excerpt. Neither
//! ever cuts inside a word or adds "……": a short name is the task's own first clause (or a
//! 1311 project's name, whole), an excerpt is whole sentences, else whole clauses, of what
//! the unit wrote.

use crate::register::{Attachment, Task};

/// Marks that end a clause of a task text.
const CLAUSE_END: [char; 6] = ['，', '。', '；', ',', ';', '！'];
/// Marks that end a sentence of a progress text.
const SENTENCE_END: [char; 6] = ['。', '；', ';', '！', '？', '!'];
/// A first clause shorter than this ("一是") takes the next one too.
const MIN_NAME: usize = 4;

/// The name the bulletin gives a task: a 1311 project's name as the notice writes it, else
/// the task text's first clause (up to the first "，" "。" or "；"), its leading numbering
/// and whitespace removed and trailing "等" kept. Never cut inside a clause.
pub fn short_name(task: &Task) -> String {
    let text = squeeze(&task.text);
    if task.attachment == Attachment::Projects {
        return text.trim_end_matches(CLAUSE_END).to_string();
    }
    let text = strip_numbering(&text);
    let mut name = String::new();
    for clause in text.split_inclusive(CLAUSE_END) {
        name.push_str(clause);
        let bare = name.trim_end_matches(CLAUSE_END);
        if bare.chars().count() >= MIN_NAME {
            return bare.to_string();
        }
    }
    name.trim_end_matches(CLAUSE_END).to_string()
}

/// What a unit wrote, shortened to at most `max` characters by whole sentences; when the
/// first sentence alone is longer, by whole clauses of it; when its first clause alone is
/// longer, that clause whole. Line breaks count as sentence ends. Ends without a mark (the
/// template adds its own).
pub fn excerpt(text: &str, max: usize) -> String {
    let text = squeeze(&text.lines().map(str::trim).collect::<Vec<_>>().join("；"));
    let text = text.trim_matches(|c: char| SENTENCE_END.contains(&c) || c == '，');
    let sentences: Vec<&str> = text.split_inclusive(SENTENCE_END).collect();
    let first = sentences.first().copied().unwrap_or("");
    let took = take_while_fits(&sentences, max);
    let out = if took.is_empty() {
        let clauses: Vec<&str> = first.split_inclusive(['，', ',']).collect();
        let took = take_while_fits(&clauses, max);
        if took.is_empty() {
            clauses.first().copied().unwrap_or("").to_string()
        } else {
            took
        }
    } else {
        took
    };
    out.trim_end_matches(|c: char| SENTENCE_END.contains(&c) || "，,、：:".contains(c))
        .to_string()
}

/// The first sentence of what a unit wrote, whole, when it has at most `max` characters
/// (and at least a few): what a highlight may quote. None when it is longer: a highlight
/// never quotes a cut sentence.
pub fn first_sentence(text: &str, max: usize) -> Option<String> {
    let first = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    let first = squeeze(first);
    let end = first.find(SENTENCE_END).map_or(first.len(), |i| i);
    let sentence = first[..end].trim_end_matches(['，', ',', '、', '：', ':']);
    let n = sentence.chars().count();
    (n >= MIN_NAME && n <= max).then(|| sentence.to_string())
}

fn take_while_fits(pieces: &[&str], max: usize) -> String {
    let mut out = String::new();
    for p in pieces {
        let trimmed = format!("{out}{p}");
        if trimmed.trim_end_matches(CLAUSE_END).chars().count() > max {
            break;
        }
        out = trimmed;
    }
    out
}

/// Whitespace removed (Chinese text); a space between two Latin letters or digits kept.
fn squeeze(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, c) in chars.iter().enumerate() {
        if c.is_whitespace() {
            let before = out.chars().last().is_some_and(|p: char| p.is_ascii_alphanumeric());
            let after = chars[i + 1..]
                .iter()
                .find(|n| !n.is_whitespace())
                .is_some_and(char::is_ascii_alphanumeric);
            if before && after && !out.ends_with(' ') {
                out.push(' ');
            }
            continue;
        }
        out.push(*c);
    }
    out
}

/// "1.", "（2）", "3、" at the start of a task text.
fn strip_numbering(text: &str) -> &str {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 {
        let rest = &text[digits..];
        for mark in ['.', '．', '、'] {
            if let Some(r) = rest.strip_prefix(mark) {
                return r;
            }
        }
    }
    if let Some(rest) = text.strip_prefix('（').or_else(|| text.strip_prefix('(')) {
        if let Some(close) = rest.find(['）', ')']) {
            if rest[..close].chars().all(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c)) {
                return &rest[close + rest[close..].chars().next().map_or(0, char::len_utf8)..];
            }
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn task(att: Attachment, text: &str) -> Task {
        Task {
            id: "1.(1).1".into(),
            attachment: att,
            programme: None,
            section: None,
            number: 1,
            text: text.into(),
            leaders: vec![],
            lead_units: vec![],
            partner_units: vec![],
            projects: vec![],
            parent: None,
            flags: vec![],
            line: 1,
        }
    }

    #[test]
    fn short_names_are_first_clauses() {
        let t = |s| short_name(&task(Attachment::Programmes, s));
        assert_eq!(t("配强招商队伍，绘制招商图谱，区级领导带头。"), "配强招商队伍");
        assert_eq!(t("1.新建5个足球场、3个门球场，安装30套健身路径。"), "新建5个足球场、3个门球场");
        assert_eq!(t("一是，抓好春耕；二是"), "一是，抓好春耕");
        assert_eq!(t("推进国资国企改革"), "推进国资国企改革");
        let p = short_name(&task(Attachment::Projects, "大川-PLA .PP 环保生物降解食品包装制品\n项目"));
        assert_eq!(p, "大川-PLA .PP环保生物降解食品包装制品项目");
        // a project name keeps its commas: it is a name, not a sentence
        let p = short_name(&task(Attachment::Projects, "运城新联盟物流有限公司、京东集团西北分公司三家联合京东云仓项目"));
        assert!(p.ends_with("京东云仓项目"));
    }

    #[test]
    fn excerpts_are_whole_sentences_or_clauses() {
        let text = "已完成前期摸底调查。召开专题会议安排部署，细化分解到股室。截至6月底完成50%。";
        assert_eq!(excerpt(text, 10), "已完成前期摸底调查");
        assert_eq!(excerpt(text, 30), "已完成前期摸底调查。召开专题会议安排部署，细化分解到股室");
        // the first sentence too long: its clauses
        let long = "成立了工作专班，建立周调度机制，多次深入一线督导检查，已全面完成年度目标。";
        assert_eq!(excerpt(long, 16), "成立了工作专班，建立周调度机制");
        // the first clause too long: whole
        assert_eq!(excerpt("建设解州东郭三路里污水处理项目", 5), "建设解州东郭三路里污水处理项目");
        // line breaks are sentence ends; nothing ever ends with an ellipsis
        assert_eq!(excerpt("1.预算编制完成\n2.绩效全覆盖", 20), "1.预算编制完成；2.绩效全覆盖");
        assert!(!excerpt(long, 3).contains('…'));
        assert_eq!(first_sentence(text, 10).as_deref(), Some("已完成前期摸底调查"));
        assert_eq!(first_sentence(long, 20), None);
        assert_eq!(first_sentence("完成。\n", 20), None, "too short to say anything");
    }
}
