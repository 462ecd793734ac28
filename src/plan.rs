//! 节点计划: each unit's plan for each of its tasks (年度目标; per period 一季度 / 上半年 /
//! 前三季度 / 全年 a milestone, its 完成标准 and an optional planned percent), every value with
//! the [`Place`] it came from, and the judgement of a report against its period's milestone
//! ([`judge`]: 超进度 / 达进度 / 欠进度 / 已完成, else 无法对照 with the reason).
//!
//! Owns the plan's vocabulary: which header words name a plan column ([`PlanField::from_header`])
//! and which words of a milestone name its period ([`period_in`]). `extract` reads plan cells
//! by these words, `merge::plans` gathers them into [`Plan`]s (keeping earlier versions and
//! flagging a milestone moved later, [`Moved`]) and judges the current period's entries; the
//! renderers read the result from the model. Nothing here depends on a stage.

use crate::msg::PlanMsg;
use crate::period::PeriodKind;
use crate::place::Place;
use crate::status::Status;
use serde::{Deserialize, Serialize};

/// What a plan column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub(crate) enum PlanKind {
    /// 年度目标: the quantified target of the year.
    Target,
    /// 时间节点: the period (or date) a row's milestone is due.
    When,
    /// A milestone: what is to be done by the period's end.
    Milestone,
    /// 完成标准: how the milestone is judged met.
    Standard,
    /// 计划进度: the planned percent by the period's end.
    Percent,
}

/// A plan column: its kind and the period it is for (None: the row's 时间节点 or the
/// milestone's own words say it, or the column is the year's target).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PlanField {
    pub(crate) kind: PlanKind,
    pub(crate) period: Option<PeriodKind>,
}

/// Words that rule a header out as a plan column: a report, the last report, the next steps.
const NOT_PLAN: [&str; 9] = [
    "上期",
    "下半年",
    "下步",
    "下一步",
    "实际",
    "进展",
    "完成情况",
    "存在",
    "打算",
];
/// Headers of the year's target.
const TARGET: [&str; 6] = [
    "年度目标",
    "全年目标",
    "年度任务目标",
    "年度计划目标",
    "年度工作目标",
    "目标值",
];
/// Headers of a milestone column that does not say its period.
const MILESTONE: [&str; 5] = ["节点", "阶段目标", "进度安排", "计划安排", "序时安排"];
/// Headers of a planned percent.
const PERCENT: [&str; 7] = [
    "计划进度",
    "序时进度",
    "目标进度",
    "计划完成比例",
    "计划完成进度",
    "计划完成率",
    "计划比例",
];
/// Longest header read as a plan column, in characters (normalised).
const MAX_HEADER: usize = 14;

impl PlanField {
    pub(crate) const fn new(kind: PlanKind, period: Option<PeriodKind>) -> PlanField {
        PlanField { kind, period }
    }

    /// The plan column a header names (`key` normalised by `text::normal::header_key`):
    /// "年度目标", "一季度节点", "上半年完成标准", "前三季度计划进度(%)", "全年目标任务", or
    /// one that leaves the period to the row ("节点计划", "完成标准", "时间节点"). None for
    /// a report's header ("下半年工作计划", "上期进展", "完成进度").
    pub fn from_header(key: &str) -> Option<PlanField> {
        if key.chars().nth(MAX_HEADER).is_some() || NOT_PLAN.iter().any(|w| key.contains(w)) {
            return None;
        }
        // "年度目标任务" is a task's text, not its target.
        if TARGET.iter().any(|w| key.contains(w)) && !key.contains("目标任务") {
            return Some(PlanField::new(PlanKind::Target, None));
        }
        if key == "时间节点" || key == "完成节点" || key == "完成时间节点" {
            return Some(PlanField::new(PlanKind::When, None));
        }
        let period = period_word(key);
        let kind = if key.contains("标准") {
            PlanKind::Standard
        } else if PERCENT.iter().any(|w| key.contains(w)) {
            PlanKind::Percent
        } else if MILESTONE.iter().any(|w| key.contains(w))
            || (period.is_some() && ["目标", "计划", "任务"].iter().any(|w| key.contains(w)))
        {
            PlanKind::Milestone
        } else {
            return None;
        };
        Some(PlanField::new(kind, period))
    }

    /// The column's name as our 节点计划表 writes it.
    pub(crate) fn label(self) -> &'static str {
        use PeriodKind::*;
        use PlanKind::*;
        match (self.kind, self.period) {
            (Target, _) => "年度目标",
            (When, _) => "时间节点",
            (Milestone, None) => "节点计划",
            (Milestone, Some(Q1)) => "一季度节点",
            (Milestone, Some(H1)) => "上半年节点",
            (Milestone, Some(Q3)) => "前三季度节点",
            (Milestone, Some(Y)) => "全年节点",
            (Standard, None) => "完成标准",
            (Standard, Some(Q1)) => "一季度完成标准",
            (Standard, Some(H1)) => "上半年完成标准",
            (Standard, Some(Q3)) => "前三季度完成标准",
            (Standard, Some(Y)) => "全年完成标准",
            (Percent, None) => "计划进度(%)",
            (Percent, Some(Q1)) => "一季度计划进度(%)",
            (Percent, Some(H1)) => "上半年计划进度(%)",
            (Percent, Some(Q3)) => "前三季度计划进度(%)",
            (Percent, Some(Y)) => "全年计划进度(%)",
        }
    }
}

/// The period a header word names: 一季度, 上半年 (二季度), 前三季度 (三季度), 全年 (年底,
/// 四季度). "年度" alone is no period here: 年度目标 is the target.
fn period_word(t: &str) -> Option<PeriodKind> {
    const WORDS: [(&str, PeriodKind); 14] = [
        ("全年", PeriodKind::Y),
        ("年底", PeriodKind::Y),
        ("年末", PeriodKind::Y),
        ("第四季度", PeriodKind::Y),
        ("四季度", PeriodKind::Y),
        ("前三季度", PeriodKind::Q3),
        ("第三季度", PeriodKind::Q3),
        ("三季度", PeriodKind::Q3),
        ("上半年", PeriodKind::H1),
        ("第二季度", PeriodKind::H1),
        ("二季度", PeriodKind::H1),
        ("半年", PeriodKind::H1),
        ("第一季度", PeriodKind::Q1),
        ("一季度", PeriodKind::Q1),
    ];
    WORDS
        .iter()
        .filter_map(|(w, k)| t.find(w).map(|at| (at, *k)))
        .min_by_key(|(at, _)| *at)
        .map(|(_, k)| k)
}

/// The period a milestone's words name: a period word ("上半年完成选址"), else the first month
/// it names ("6月底前开工" -> 上半年, "12月" -> 全年); None when it names neither.
pub fn period_in(text: &str) -> Option<PeriodKind> {
    if let Some(k) = period_word(text) {
        return Some(k);
    }
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if *c != '月' {
            continue;
        }
        let digits: String = chars[..i]
            .iter()
            .rev()
            .take_while(|d| d.is_ascii_digit())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if let Ok(month) = digits.parse::<u32>() {
            return match month {
                1..=3 => Some(PeriodKind::Q1),
                4..=6 => Some(PeriodKind::H1),
                7..=9 => Some(PeriodKind::Q3),
                10..=12 => Some(PeriodKind::Y),
                _ => None,
            };
        }
    }
    None
}

/// One period's milestone of a plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Milestone {
    pub(crate) period: PeriodKind,
    /// What is to be done by the period's end (may be empty when only a percent is given).
    pub text: String,
    /// 完成标准.
    pub standard: String,
    /// The planned percent by the period's end.
    pub percent: Option<u8>,
    /// A planned percent that is no percentage, verbatim.
    pub(crate) percent_text: String,
    /// The first cell it came from.
    pub place: Place,
}

impl Milestone {
    /// The planned percent: given, else one written in the milestone's own words ("完成
    /// 投资的50%").
    pub(crate) fn planned(&self) -> Option<u8> {
        self.percent.or_else(|| percent_in(&self.text))
    }

    /// "上半年：完成选址；标准：…；计划进度50%" in one line, for the ledger.
    pub(crate) fn summary(&self) -> String {
        let mut parts = vec![];
        if !self.text.is_empty() {
            parts.push(self.text.clone());
        }
        if !self.standard.is_empty() {
            parts.push(
                PlanMsg::StandardIs {
                    standard: self.standard.clone(),
                }
                .to_string(),
            );
        }
        if let Some(p) = self.percent {
            parts.push(PlanMsg::PlannedIs { percent: p }.to_string());
        } else if !self.percent_text.is_empty() {
            parts.push(
                PlanMsg::PlannedText {
                    text: self.percent_text.clone(),
                }
                .to_string(),
            );
        }
        crate::msg::clauses(&parts)
    }
}

/// A percentage written in words: the number before the first '%' (0-100).
fn percent_in(text: &str) -> Option<u8> {
    let at = text.find(['%', '％'])?;
    let digits: String = text[..at]
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    digits.parse::<u8>().ok().filter(|p| *p <= 100)
}

/// One version of a unit's plan for a task, as one file gave it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanVersion {
    /// The file (relative to input/).
    pub file: String,
    /// 年度目标, with its cell.
    pub target: String,
    pub target_place: Option<Place>,
    /// At most one per period, in period order.
    pub(crate) milestones: Vec<Milestone>,
    /// Words of a 节点计划 cell that name no period, verbatim with their cell.
    pub unplaced: Vec<(String, Place)>,
}

impl PlanVersion {
    pub fn milestone(&self, period: PeriodKind) -> Option<&Milestone> {
        self.milestones.iter().find(|m| m.period == period)
    }
}

/// A milestone a later plan moved later (调整节点): its words now stand under a later period,
/// or the planned percent of its period is lower. Both versions are kept; the office decides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Moved {
    /// The period of the earlier version's milestone.
    pub period: PeriodKind,
    /// The earlier version, in one line, and its file.
    pub before: String,
    pub(crate) before_file: String,
    /// The later version of that period, in one line (empty when it no longer has one).
    pub after: String,
    /// Where the later version says it.
    pub(crate) place: Place,
}

/// How an entry stands against its period's milestone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Judgement {
    #[serde(rename = "超进度")]
    Ahead,
    #[serde(rename = "达进度")]
    OnPlan,
    #[serde(rename = "欠进度")]
    Behind,
    #[serde(rename = "已完成")]
    Completed,
    #[serde(rename = "无法对照")]
    NotComparable,
}

impl Judgement {
    pub(crate) const ALL: [Judgement; 5] = [
        Judgement::Ahead,
        Judgement::OnPlan,
        Judgement::Behind,
        Judgement::Completed,
        Judgement::NotComparable,
    ];

    /// A task's judgement from its units': 欠进度 when any unit is behind, 已完成 when all
    /// are done, 无法对照 when any cannot be judged, else 达进度 when any is on plan, else
    /// 超进度. None for no judgement at all.
    pub(crate) fn overall(units: impl IntoIterator<Item = Judgement>) -> Option<Judgement> {
        let all: Vec<Judgement> = units.into_iter().collect();
        let any = |j: Judgement| all.contains(&j);
        if all.is_empty() {
            None
        } else if any(Judgement::Behind) {
            Some(Judgement::Behind)
        } else if all.iter().all(|j| *j == Judgement::Completed) {
            Some(Judgement::Completed)
        } else if any(Judgement::NotComparable) {
            Some(Judgement::NotComparable)
        } else if any(Judgement::OnPlan) || any(Judgement::Completed) {
            Some(Judgement::OnPlan)
        } else {
            Some(Judgement::Ahead)
        }
    }

    pub(crate) fn label(self) -> &'static str {
        match self {
            Judgement::Ahead => "超进度",
            Judgement::OnPlan => "达进度",
            Judgement::Behind => "欠进度",
            Judgement::Completed => "已完成",
            Judgement::NotComparable => "无法对照",
        }
    }
}

/// An entry judged against its milestone: the judgement, the figures beside it, and why
/// (the rule that decided, or why it could not be judged).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    pub judgement: Judgement,
    pub(crate) period: PeriodKind,
    pub planned: Option<u8>,
    pub reported: Option<u8>,
    /// The unit's own status, kept beside.
    pub status: Status,
    /// The rule that decided, or why it could not be judged.
    pub reason: String,
}

/// Judges a report (`status`, `percent`) against the milestone of its period: 已完成 when the
/// unit says so; by the planned and the reported percent when both exist (within `tolerance`
/// points 达进度); else by what the status words can honestly say: 滞后 is behind by the
/// unit's own word, 未启动 is behind a milestone that is due, anything short of 已完成 is
/// behind a milestone planned at 100 %; else 无法对照 with the reason.
pub fn judge(
    milestone: Option<&Milestone>,
    period: PeriodKind,
    status: Status,
    percent: Option<u8>,
    tolerance: u8,
) -> Verdict {
    let planned = milestone.and_then(Milestone::planned);
    let verdict = |judgement, reason: PlanMsg| Verdict {
        judgement,
        period,
        planned,
        reported: percent,
        status,
        reason: reason.to_string(),
    };
    use Judgement::*;
    if status == Status::NoReport {
        return verdict(NotComparable, PlanMsg::NoReport);
    }
    if status == Status::Completed {
        return verdict(Completed, PlanMsg::SaysCompleted);
    }
    let Some(m) = milestone else {
        return verdict(
            NotComparable,
            PlanMsg::NoMilestone {
                period: period.label().into(),
            },
        );
    };
    match (planned, percent) {
        (Some(p), Some(r)) if r > p.saturating_add(tolerance) => verdict(
            Ahead,
            PlanMsg::ByPercent {
                planned: p,
                reported: r,
                tolerance,
            },
        ),
        (Some(p), Some(r)) if r.saturating_add(tolerance) < p => verdict(
            Behind,
            PlanMsg::ByPercent {
                planned: p,
                reported: r,
                tolerance,
            },
        ),
        (Some(p), Some(r)) => verdict(
            OnPlan,
            PlanMsg::ByPercent {
                planned: p,
                reported: r,
                tolerance,
            },
        ),
        _ if status == Status::Lagging => verdict(Behind, PlanMsg::SaysLagging),
        _ if status == Status::NotStarted => verdict(Behind, PlanMsg::NotStartedWhenDue),
        (Some(100), None) => verdict(Behind, PlanMsg::DueNotCompleted),
        (None, _) if m.text.is_empty() => verdict(NotComparable, PlanMsg::NoPlannedPercent),
        (None, _) => verdict(NotComparable, PlanMsg::WordsOnly),
        (Some(_), None) => verdict(NotComparable, PlanMsg::NoReportedPercent),
    }
}

/// A unit's plan for one task: the version in force (the latest), the earlier versions, the
/// milestones moved later, and the current period's judgement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub(crate) task_id: String,
    pub(crate) unit: String,
    pub current: PlanVersion,
    /// Earlier versions that differ from the one in force, oldest first.
    pub earlier: Vec<PlanVersion>,
    pub moved: Vec<Moved>,
    /// The current period's entry against its milestone (None until judged).
    pub verdict: Option<Verdict>,
    /// The office's word on the milestones moved, read from the master ledger's 节点计划
    /// sheet (None when its cell is empty or there was no ledger yet).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<Decision>,
}

impl Plan {
    /// True when the office did not accept the milestones this plan moved (不同意).
    pub(crate) fn rejected(&self) -> bool {
        !self.moved.is_empty() && self.decision.as_ref().and_then(Decision::accepted) == Some(false)
    }

    /// The earlier version whose milestone of `period` stays in force because the office did
    /// not accept its move (the first version that had it before it moved); None otherwise.
    pub(crate) fn kept_earlier(&self, period: PeriodKind) -> Option<&PlanVersion> {
        if !self.rejected() {
            return None;
        }
        let moved = self.moved.iter().find(|m| m.period == period)?;
        self.earlier.iter().find(|v| v.file == moved.before_file)
    }

    /// The milestones moved, one a line, as the ledger's 调整节点 cell shows them (and as a
    /// decision read back from it was made on).
    pub fn moved_text(&self) -> String {
        let lines: Vec<String> = self
            .moved
            .iter()
            .map(|m| {
                PlanMsg::MovedCell {
                    period: m.period.label().to_string(),
                    before: m.before.clone(),
                    after: m.after.clone(),
                    file: m.before_file.clone(),
                }
                .to_string()
            })
            .collect();
        lines.join("\n")
    }

    /// True when `decision` was made on the milestones this plan moves now (the 调整节点 cell
    /// of its row said what the plan says now); false when the unit moved a milestone again
    /// since, or the row had no move then.
    pub(crate) fn decided_on_this(&self, decision: &Decision) -> bool {
        decision.moves.trim() == self.moved_text().trim()
    }

    /// The milestone of `period` in force: the latest version's, or the earlier one the
    /// office kept by not accepting its move ([`Plan::kept_earlier`]).
    pub(crate) fn milestone_in_force(&self, period: PeriodKind) -> Option<&Milestone> {
        match self.kept_earlier(period) {
            Some(v) => v.milestone(period),
            None => self.current.milestone(period),
        }
    }
}

/// The office's word on a plan's 调整节点, as the clerk wrote it in the master ledger's
/// 节点计划 sheet (column 办公室意见), keyed by the row's 任务编号 and 牵头单位.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Decision {
    pub task_id: String,
    pub unit: String,
    /// The cell's text, verbatim (written back into the new ledger as it was).
    pub text: String,
    /// The row's 调整节点 cell when the office decided: the moves the decision is about.
    #[serde(default)]
    pub moves: String,
    /// The ledger's file, sheet and cell.
    pub place: Place,
}

/// Words that accept a move, and that do not (the latter checked first: 不同意 holds 同意).
const ACCEPT: [&str; 3] = ["同意", "接受", "认可"];
const REJECT: [&str; 5] = ["不同意", "不接受", "不认可", "驳回", "否"];

impl Decision {
    /// Some(true) for 同意 (or 同意调整, 接受, 认可), Some(false) for 不同意 (不接受, 不认可,
    /// 驳回, 否), each alone or followed by 调整/调整节点 and then by punctuation and a reason
    /// ("不同意，按原计划执行"); None for anything else.
    pub(crate) fn accepted(&self) -> Option<bool> {
        let t: String = self.text.chars().filter(|c| !c.is_whitespace()).collect();
        let says = |w: &str| {
            let rest = t.strip_prefix(w)?;
            let rest = rest
                .strip_prefix("调整节点")
                .or_else(|| rest.strip_prefix("调整"))
                .unwrap_or(rest);
            let ends = rest.is_empty()
                || rest.starts_with(['，', ',', '。', '.', '；', ';', '：', ':', '（', '(', '、']);
            ends.then_some(())
        };
        if REJECT.iter().any(|w| says(w).is_some()) {
            Some(false)
        } else if ACCEPT.iter().any(|w| says(w).is_some()) {
            Some(true)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normal::header_key;

    fn field(h: &str) -> Option<(PlanKind, Option<PeriodKind>)> {
        PlanField::from_header(&header_key(h)).map(|f| (f.kind, f.period))
    }

    #[test]
    fn header_words_of_a_plan() {
        use PeriodKind::*;
        use PlanKind::*;
        assert_eq!(field("年度目标"), Some((Target, None)));
        assert_eq!(field("一季度节点"), Some((Milestone, Some(Q1))));
        assert_eq!(field("第二季度目标"), Some((Milestone, Some(H1))));
        assert_eq!(field("前三季度完成标准"), Some((Standard, Some(Q3))));
        assert_eq!(field("全年计划进度(%)"), Some((Percent, Some(Y))));
        assert_eq!(field("节点计划"), Some((Milestone, None)));
        assert_eq!(field("时间节点"), Some((When, None)));
        assert_eq!(field("完成标准"), Some((Standard, None)));
        // A report's words are no plan.
        assert_eq!(field("下半年工作计划"), None);
        assert_eq!(field("下步计划"), None);
        assert_eq!(field("完成进度"), None);
        assert_eq!(field("一季度进展情况"), None);
        assert_eq!(field("工作计划"), None);
        for f in [
            PlanField::new(Target, None),
            PlanField::new(Milestone, Some(Q3)),
            PlanField::new(Standard, Some(Y)),
            PlanField::new(Percent, Some(H1)),
        ] {
            assert_eq!(
                PlanField::from_header(&header_key(f.label())),
                Some(f),
                "{}",
                f.label()
            );
        }
    }

    #[test]
    fn the_period_a_milestone_names() {
        assert_eq!(period_in("6月底前完成选址"), Some(PeriodKind::H1));
        assert_eq!(period_in("一季度完成方案"), Some(PeriodKind::Q1));
        assert_eq!(period_in("12月竣工"), Some(PeriodKind::Y));
        assert_eq!(period_in("年底前全面建成"), Some(PeriodKind::Y));
        assert_eq!(period_in("完成方案编制"), None);
    }

    fn milestone(text: &str, percent: Option<u8>) -> Milestone {
        Milestone {
            period: PeriodKind::H1,
            text: text.into(),
            standard: String::new(),
            percent,
            percent_text: String::new(),
            place: Place::cell("a.xlsx", "Sheet1", 3, 4),
        }
    }

    #[test]
    fn the_offices_word_on_a_move() {
        let d = |text: &str| {
            Decision {
                task_id: "1".into(),
                unit: "U".into(),
                text: text.into(),
                moves: String::new(),
                place: Place::cell("台帐.xlsx", "节点计划", 3, 16),
            }
            .accepted()
        };
        for yes in [
            "同意",
            " 同意调整 ",
            "同意调整节点",
            "同意。",
            "接受",
            "同意，请按新节点推进",
        ] {
            assert_eq!(d(yes), Some(true), "{yes}");
        }
        for no in ["不同意", "不同意调整", "不同意，按原计划执行", "驳回", "否"] {
            assert_eq!(d(no), Some(false), "{no}");
        }
        for neither in ["", "待定", "同意吗", "研究后再定", "√"] {
            assert_eq!(d(neither), None, "{neither}");
        }
    }

    #[test]
    fn judgement_of_each_entry() {
        let j = |m: Option<&Milestone>, s, p| judge(m, PeriodKind::H1, s, p, 5).judgement;
        let half = milestone("完成主体工程", Some(50));
        use Judgement::*;
        assert_eq!(j(Some(&half), Status::OnTrack, Some(70)), Ahead);
        assert_eq!(j(Some(&half), Status::OnTrack, Some(55)), OnPlan);
        assert_eq!(j(Some(&half), Status::OnTrack, Some(45)), OnPlan);
        assert_eq!(j(Some(&half), Status::OnTrack, Some(40)), Behind);
        assert_eq!(j(Some(&half), Status::Completed, Some(40)), Completed);
        assert_eq!(j(Some(&half), Status::OnTrack, None), NotComparable);
        assert_eq!(j(Some(&half), Status::Lagging, None), Behind);
        assert_eq!(j(Some(&half), Status::NoReport, None), NotComparable);
        assert_eq!(j(None, Status::OnTrack, Some(50)), NotComparable);
        // The percent in the milestone's own words, and a milestone due in full.
        let words = milestone("完成投资的60%", None);
        assert_eq!(j(Some(&words), Status::OnTrack, Some(40)), Behind);
        let due = milestone("全面完成", Some(100));
        assert_eq!(j(Some(&due), Status::OnTrack, None), Behind);
        let plain = milestone("完成选址", None);
        assert_eq!(j(Some(&plain), Status::OnTrack, Some(30)), NotComparable);
        assert_eq!(j(Some(&plain), Status::NotStarted, None), Behind);
        let v = judge(Some(&plain), PeriodKind::H1, Status::OnTrack, Some(30), 5);
        assert!(!v.reason.is_empty());
    }
}
