//! Does a row's status agree with what the same row says of the work? 已完成 with a
//! percentage below 100 or words of delay, 未启动 with a percentage above 0 or words of work
//! started or done, 滞后 at 100 %: the unit's status is kept as written, and the row is
//! flagged (`Record::contradiction`, then `Entry::contradiction` and an exception
//! 状态与进展不符).
//!
//! Words count only as the unit's statement: a delay word after a negation ("未出现延误") or
//! a start word after a plan ("计划8月开工建设") in the same clause says nothing.

use crate::status::Status;

/// What in a row contradicts its status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Against {
    /// The 完成进度.
    Percent(u8),
    /// A word of the progress text.
    Words(&'static str),
}

/// Words of a delay: under 已完成 they contradict it.
const DELAY: &[&str] = &[
    "有所延后",
    "延后",
    "延期",
    "推迟",
    "延误",
    "滞后",
    "缓慢",
    "停工",
    "停滞",
    "暂停",
    "未能按期",
    "未按期",
    "进度落后",
];

/// Words of work started or done: under 未启动 they contradict it.
const STARTED: &[&str] = &[
    "已开工",
    "开工建设",
    "已启动",
    "启动实施",
    "正在施工",
    "施工中",
    "已完成",
    "已建成",
    "已实施",
    "正在推进",
    "已签约",
    "已招标",
    "完成投资",
    "已投入",
    "已竣工",
];

/// Words that, earlier in the same clause, make a delay word no statement of delay.
const NEGATIONS: &[&str] = &["未", "没有", "没", "无", "不", "防止", "避免"];

/// Words that, earlier in the same clause, make a start word a plan.
const NOT_YET: &[&str] = &[
    "计划", "拟", "将", "预计", "准备", "力争", "争取", "尚未", "未", "待", "没有", "还未",
];

/// What contradicts `status` in a row holding `percent` and `progress`, if anything.
pub(crate) fn check(status: Status, percent: Option<u8>, progress: &str) -> Option<Against> {
    match status {
        Status::Completed => match percent {
            Some(p) if p < 100 => Some(Against::Percent(p)),
            _ => stated(progress, DELAY, NEGATIONS).map(Against::Words),
        },
        Status::NotStarted => match percent {
            Some(p) if p > 0 => Some(Against::Percent(p)),
            _ => stated(progress, STARTED, NOT_YET).map(Against::Words),
        },
        Status::Lagging => (percent == Some(100)).then_some(Against::Percent(100)),
        Status::OnTrack | Status::NoReport => None,
    }
}

/// The earliest of `words` the text states (longest first at one place), unless a word of
/// `unless` comes before it in its clause.
fn stated(text: &str, words: &[&'static str], unless: &[&str]) -> Option<&'static str> {
    let mut found: Vec<(usize, std::cmp::Reverse<usize>, &'static str)> = words
        .iter()
        .flat_map(|w| {
            text.match_indices(*w)
                .map(move |(at, _)| (at, std::cmp::Reverse(w.len()), *w))
        })
        .collect();
    found.sort();
    found.into_iter().map(|(at, _, w)| (at, w)).find_map(|(at, w)| {
        let clause_start = text[..at]
            .rfind(['。', '，', ',', '；', ';', '：', ':', '\n', '！', '？'])
            .map_or(0, |i| i + text[i..].chars().next().map_or(1, char::len_utf8));
        let before = &text[clause_start..at];
        (!unless.iter().any(|u| before.contains(u))).then_some(w)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use Against::*;

    #[test]
    fn completed_against_a_lower_percent_or_a_delay() {
        assert_eq!(check(Status::Completed, Some(66), ""), Some(Percent(66)));
        assert_eq!(check(Status::Completed, Some(100), "全部完工"), None);
        assert_eq!(
            check(Status::Completed, None, "方案已制定，施工进度有所延后。"),
            Some(Words("有所延后"))
        );
        assert_eq!(check(Status::Completed, None, "按期完成，未出现延误"), None);
        assert_eq!(check(Status::Completed, None, "无滞后情况"), None);
    }

    #[test]
    fn not_started_against_work_started() {
        assert_eq!(
            check(Status::NotStarted, None, "项目已开工建设，完成投资2亿元"),
            Some(Words("已开工"))
        );
        assert_eq!(check(Status::NotStarted, None, "计划于8月开工建设"), None);
        assert_eq!(check(Status::NotStarted, None, "尚未启动，正在谋划"), None);
        assert_eq!(check(Status::NotStarted, Some(20), ""), Some(Percent(20)));
        assert_eq!(check(Status::NotStarted, Some(0), "前期调研中"), None);
    }

    #[test]
    fn lagging_at_a_hundred_percent() {
        assert_eq!(check(Status::Lagging, Some(100), ""), Some(Percent(100)));
        assert_eq!(check(Status::Lagging, Some(40), "资金未到位"), None);
        assert_eq!(check(Status::OnTrack, Some(100), "已完成"), None);
    }
}
