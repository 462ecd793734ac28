//! Task statuses and the words units use for them.
//!
//! The four statuses of the notice plus 未反馈 (the unit left the task empty or did not
//! report). Owns the synonym table; extraction calls [`Status::recognise`] and nothing else
//! interprets status text.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Ordered from best to worst: a task's overall status is the maximum of its units'.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Status {
    #[serde(rename = "已完成")]
    Completed,
    #[serde(rename = "序时推进")]
    OnTrack,
    #[serde(rename = "滞后")]
    Lagging,
    #[serde(rename = "未启动")]
    NotStarted,
    #[serde(rename = "未反馈")]
    NoReport,
}

/// Synonyms as units write them, longest first within each status so that
/// "未完成" is never read as "完成".
const SYNONYMS: &[(&str, Status)] = &[
    ("未反馈", Status::NoReport),
    ("未报送", Status::NoReport),
    ("未启动", Status::NotStarted),
    ("未开工", Status::NotStarted),
    ("尚未启动", Status::NotStarted),
    ("未开展", Status::NotStarted),
    ("未实施", Status::NotStarted),
    ("未完成", Status::Lagging),
    ("滞后", Status::Lagging),
    ("进展缓慢", Status::Lagging),
    ("推进缓慢", Status::Lagging),
    ("进度滞后", Status::Lagging),
    ("序时推进", Status::OnTrack),
    ("正常推进", Status::OnTrack),
    ("按计划推进", Status::OnTrack),
    ("按序时推进", Status::OnTrack),
    ("有序推进", Status::OnTrack),
    ("稳步推进", Status::OnTrack),
    ("持续推进", Status::OnTrack),
    ("推进中", Status::OnTrack),
    ("进行中", Status::OnTrack),
    ("正在推进", Status::OnTrack),
    ("已完成", Status::Completed),
    ("全部完成", Status::Completed),
    ("已办结", Status::Completed),
    ("办结", Status::Completed),
    ("已完工", Status::Completed),
    ("完成", Status::Completed),
];

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Completed,
        Status::OnTrack,
        Status::Lagging,
        Status::NotStarted,
        Status::NoReport,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Status::Completed => "已完成",
            Status::OnTrack => "序时推进",
            Status::Lagging => "滞后",
            Status::NotStarted => "未启动",
            Status::NoReport => "未反馈",
        }
    }

    /// The statuses a unit may choose in a form (未反馈 is the office's verdict, not theirs).
    pub const REPORTABLE: [Status; 4] = [
        Status::Completed,
        Status::OnTrack,
        Status::Lagging,
        Status::NotStarted,
    ];

    /// Reads a status cell: the whole cell must be a known word (spaces and punctuation
    /// around it are ignored).
    pub fn recognise(cell: &str) -> Option<Status> {
        let t = trim_marks(cell);
        SYNONYMS.iter().find(|(w, _)| *w == t).map(|(_, s)| *s)
    }

    /// Reads a status written at the start of a progress text ("已完成。全年共……",
    /// "【序时推进】……"). Returns the status and the rest of the text.
    pub(crate) fn at_start(text: &str) -> Option<(Status, &str)> {
        let t = text.trim_start().trim_start_matches(['【', '[', '(', '（', ' ']);
        for (w, s) in SYNONYMS {
            if let Some(rest) = t.strip_prefix(w) {
                // "完成了" starts a sentence, not a verdict: require a separator after the word.
                let next = rest.chars().next();
                if next.is_none_or(|c| "。，,;；：:】]）) \n".contains(c)) {
                    let rest = rest.trim_start_matches([
                        '。', '，', ',', ';', '；', '：', ':', '】', ']', '）', ')', ' ', '\n',
                    ]);
                    return Some((*s, rest));
                }
            }
        }
        None
    }
}

/// Separators a status word stands between when it opens or closes a text.
const MARKS: &str = "。，,;；：:【】[]（）() \n";

/// A text without a status word opening or closing it ("序时推进。开展整治……",
/// "……持续改善。（序时推进）"): what the unit said of the work, for comparing texts. A word
/// inside a sentence ("……均已完成") stays.
pub(crate) fn without_status_words(text: &str) -> &str {
    let text = Status::at_start(text).map_or(text, |(_, rest)| rest);
    let trimmed = text.trim_end_matches(|c: char| MARKS.contains(c) || c.is_whitespace());
    for (w, _) in SYNONYMS {
        if let Some(before) = trimmed.strip_suffix(w) {
            if before.chars().last().is_some_and(|c| MARKS.contains(c)) {
                return before.trim_end_matches(|c: char| MARKS.contains(c) || c.is_whitespace());
            }
        }
    }
    text
}

/// The words units write for `status`, longest first.
pub(crate) fn words(status: Status) -> impl Iterator<Item = &'static str> {
    SYNONYMS
        .iter()
        .filter(move |(_, s)| *s == status)
        .map(|(w, _)| *w)
}

fn trim_marks(cell: &str) -> &str {
    cell.trim_matches(|c: char| c.is_whitespace() || "。.，,;；:：【】[]()（）\"“”'".contains(c))
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synonyms_map_to_the_four_statuses() {
        for (w, s) in [
            ("已完成", Status::Completed),
            ("完成", Status::Completed),
            ("已办结", Status::Completed),
            ("正常推进", Status::OnTrack),
            ("按计划推进", Status::OnTrack),
            (" 序时推进。", Status::OnTrack),
            ("进展缓慢", Status::Lagging),
            ("滞后", Status::Lagging),
            ("未开工", Status::NotStarted),
            ("未启动", Status::NotStarted),
        ] {
            assert_eq!(Status::recognise(w), Some(s), "{w}");
        }
        assert_eq!(Status::recognise("未完成"), Some(Status::Lagging));
        assert_eq!(Status::recognise("过半"), None);
    }

    #[test]
    fn status_at_start_of_text() {
        let (s, rest) = Status::at_start("已完成。全年新增造林3.6万亩").unwrap();
        assert_eq!(s, Status::Completed);
        assert_eq!(rest, "全年新增造林3.6万亩");
        assert_eq!(Status::at_start("【滞后】受疫情影响").unwrap().0, Status::Lagging);
        assert!(Status::at_start("完成了3个项目的前期工作").is_none());
    }

    #[test]
    fn status_words_around_a_text() {
        assert_eq!(without_status_words("序时推进。开展整治行动。"), "开展整治行动。");
        assert_eq!(without_status_words("开展整治行动。（序时推进）"), "开展整治行动");
        assert_eq!(without_status_words("开展整治行动，滞后。"), "开展整治行动");
        assert_eq!(without_status_words("三个项目均已完成。"), "三个项目均已完成。");
    }

    #[test]
    fn worst_is_max() {
        assert!(Status::NoReport > Status::NotStarted);
        assert!(Status::NotStarted > Status::Lagging);
        assert!(Status::Lagging > Status::OnTrack);
        assert!(Status::OnTrack > Status::Completed);
    }
}
