//! The ground floor: what ingestion finds in a return, shared by `collect`, `extract`,
//! `matching`, `merge` and the model. A file-level [`Finding`] at a [`Place`]; why a row is
//! an exception ([`ExceptionKind`]); how a row was tied to its task ([`MatchMethod`],
//! [`MatchInfo`]); whether a sheet is our form ([`Layout`]); and the cells a row kept as
//! 其他 ([`OtherValue`]); a status its own row contradicts ([`Contradiction`]). Nothing here
//! depends on any stage.

use crate::place::Place;
use serde::{Deserialize, Serialize};

/// Something worth the office's look in a file, sheet or cell.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub place: Place,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ExceptionKind {
    /// No task matched the row.
    Unmatched,
    /// Several tasks matched equally well.
    Ambiguous,
    /// Matched below the accept threshold: kept, listed for review.
    Review,
    /// A value that could not be read (status, percentage, date).
    BadValue,
    /// The row's task is not one the unit leads.
    NotOwnTask,
    /// The unit or period of a sheet could not be told, or clues disagree.
    Identity,
    /// A row from a return replaced by a later one.
    Superseded,
    /// The same task reported twice in one return.
    Duplicate,
    /// A row of a return for a period after this run's (a 半年 return while the 一季度 run is
    /// done again): listed, not merged; the run for that period merges it.
    LaterPeriod,
    /// A return with no evidence of when it was received: not called late; to be checked.
    Undated,
    /// A date that cannot be when the return was received (after the report date, before the
    /// period began): not taken as evidence.
    ImplausibleDate,
    /// No status given for a task (or only "否" to 是否完成): taken as 序时推进 from what the
    /// unit wrote. Not a doubt about the match.
    NoStatus,
    /// The status contradicts the row's own percentage or progress text: kept as written,
    /// marked, never quoted as progress.
    Contradiction,
    /// A later 节点计划 moves a milestone later (调整节点): both versions kept, the office
    /// decides whether to accept it.
    Rescheduled,
    /// The unit says 序时推进 while its entry is behind its milestone (欠进度).
    BehindPlan,
}

impl ExceptionKind {
    pub fn label(self) -> &'static str {
        match self {
            ExceptionKind::Unmatched => "未匹配任务",
            ExceptionKind::Ambiguous => "匹配不唯一",
            ExceptionKind::Review => "低置信度匹配",
            ExceptionKind::BadValue => "数值无法识别",
            ExceptionKind::NotOwnTask => "非本单位牵头任务",
            ExceptionKind::Identity => "单位或时段不明",
            ExceptionKind::Superseded => "已被新报表替代",
            ExceptionKind::Duplicate => "重复填报",
            ExceptionKind::LaterPeriod => "晚于本期的报表",
            ExceptionKind::Undated => "报送日期不明",
            ExceptionKind::ImplausibleDate => "日期不合理",
            ExceptionKind::NoStatus => "完成状态未填",
            ExceptionKind::Contradiction => "状态与进展不符",
            ExceptionKind::Rescheduled => "调整节点",
            ExceptionKind::BehindPlan => "自报序时推进但欠进度",
        }
    }

    /// True when the exception puts in doubt what the merged entry of its task and unit says:
    /// a doubtful match, an unreadable value, the task twice in one return, a status its own
    /// words contradict. The bulletin never quotes such an entry as progress nor names its
    /// task as a highlight. A kind added here must say whether it does (no catch-all).
    pub(crate) fn doubts_entry(self) -> bool {
        match self {
            ExceptionKind::Review
            | ExceptionKind::BadValue
            | ExceptionKind::Duplicate
            | ExceptionKind::Contradiction => true,
            ExceptionKind::Unmatched
            | ExceptionKind::Ambiguous
            | ExceptionKind::NotOwnTask
            | ExceptionKind::Identity
            | ExceptionKind::Superseded
            | ExceptionKind::LaterPeriod
            | ExceptionKind::Undated
            | ExceptionKind::ImplausibleDate
            | ExceptionKind::NoStatus
            | ExceptionKind::Rescheduled
            | ExceptionKind::BehindPlan => false,
        }
    }

    /// False for rows that are listed only so nothing is lost and need nothing from the
    /// office: a later period's ([`ExceptionKind::LaterPeriod`]: the run for their own period
    /// merges them) and a replaced return's ([`ExceptionKind::Superseded`]: the unit replaced
    /// it itself). The 异常 sheet lists them after every row that needs action.
    pub(crate) fn needs_action(self) -> bool {
        !matches!(self, ExceptionKind::LaterPeriod | ExceptionKind::Superseded)
    }
}

/// How a row was tied to its task.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum MatchMethod {
    /// Our form: the task ID in its locked column and the form identity agree.
    Form,
    /// A task ID written in the row (variants tolerated).
    TaskId,
    /// Task text equal after normalisation.
    ExactText,
    /// Task text that starts the same way.
    PrefixText,
    /// Similar task text above the threshold.
    FuzzyText,
}

impl MatchMethod {
    pub(crate) fn label(self) -> &'static str {
        match self {
            MatchMethod::Form => "反馈表编号",
            MatchMethod::TaskId => "任务编号",
            MatchMethod::ExactText => "任务内容一致",
            MatchMethod::PrefixText => "任务内容前缀",
            MatchMethod::FuzzyText => "任务内容相似",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MatchInfo {
    pub method: MatchMethod,
    /// 0-1; 1 for IDs and exact text.
    pub confidence: f64,
    /// Accepted but below the accept threshold: listed for review.
    pub review: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Layout {
    /// A filled-in copy of our form (identity found).
    Form,
    /// The unit's own layout.
    Own,
}

/// A cell of a return that no field of its entry holds, kept verbatim as the entry's 其他
/// with the header it had: nothing a unit wrote is dropped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OtherValue {
    /// The column's header as written; empty when the column had none.
    pub header: String,
    /// The cell in A1 notation.
    pub cell: String,
    pub value: String,
}

impl OtherValue {
    /// "header：value" ([`crate::msg::labelled`]; the column stands in for a missing header).
    pub fn label(&self) -> String {
        let column: String = self.cell.chars().filter(|c| c.is_ascii_alphabetic()).collect();
        let header = if self.header.is_empty() {
            crate::msg::CommonMsg::Column { column }.to_string()
        } else {
            self.header.clone()
        };
        crate::msg::labelled(header, self.value.as_str())
    }

    /// The entries' other values, one per line.
    pub(crate) fn join(others: &[OtherValue]) -> String {
        others
            .iter()
            .map(OtherValue::label)
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// A status that the same row's percentage or progress text contradicts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contradiction {
    /// The cell that says the status.
    pub place: Place,
    /// What contradicts it, with its cell: "完成进度66%（D3）", "进展情况中的“有所延后”（E4）".
    pub against: String,
}
