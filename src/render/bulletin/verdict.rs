//! One judgement per task, read by every part of the bulletin so that nothing it says
//! contradicts anything else it says.
//!
//! - **Status**: the worst of the task's lead units' entries ([`PeriodProgress::overall`];
//!   order 已完成 < 序时推进 < 滞后 < 未启动 < 未反馈). A task one unit finished and another
//!   did not start is 未启动.
//! - **Highlight** (二、工作亮点): completed this period (not already completed in the
//!   period before), or 序时推进 with every lead unit ahead of the year's time line
//!   (`ahead`); and none of its entries copied from last period, gone backwards, or
//!   doubtful (`doubtful`: an exception of this period casts doubt on the entry, e.g. a
//!   doubtful match; the "状态与进展不符" finding once it exists); and every entry has words.
//! - **Problem** (三、存在问题): 滞后 or 未启动. A problem is never a highlight: the two rules
//!   exclude each other by status, and the status is the same everywhere.
//! - **Attention** (附件1 by default): a problem, 未反馈, copied, gone backwards or doubtful;
//!   a task 未反馈 only because its lead units all did not report is given by its count
//!   instead (`content::unreported`: 附件2 names the units).
//!
//! Only texts of highlights are quoted, so a copied or doubtful text is never quoted.

use crate::compare::{ChangeKind, Changes};
use crate::model::{Entry, Model, PeriodProgress};
use crate::period::PeriodKind;
use crate::register::Task;
use crate::status::Status;

/// The bulletin's judgement of one counted task at the current period.
#[derive(Debug, Clone)]
pub struct Verdict<'a> {
    pub(crate) task: &'a Task,
    pub status: Status,
    /// The task's status in the period before, when the model holds it.
    pub(crate) before: Option<Status>,
    /// Some entry's text repeats the unit's previous one (与上期雷同).
    pub(crate) copied: bool,
    /// Some unit's status went backwards since its previous report.
    pub(crate) regressed: bool,
    /// Some unit has lagged (滞后 or 未启动) this period and the one before.
    pub(crate) persistent: bool,
    /// An exception of this period names one of its entries: its text is not quoted.
    pub(crate) doubtful: bool,
    /// 序时推进 with every lead unit's 完成进度 ahead of the time line.
    pub(crate) ahead: bool,
}

impl Verdict<'_> {
    pub(crate) fn is_problem(&self) -> bool {
        matches!(self.status, Status::Lagging | Status::NotStarted)
    }

    /// Completed this period: not already completed in the period before.
    pub(crate) fn newly_completed(&self) -> bool {
        self.status == Status::Completed && self.before != Some(Status::Completed)
    }

    /// What 二、工作亮点 may name (without the "words to quote" check, see [`Verdicts`]).
    pub(crate) fn may_shine(&self) -> bool {
        (self.newly_completed() || self.ahead) && !self.copied && !self.regressed && !self.doubtful
    }

    pub fn needs_attention(&self) -> bool {
        self.is_problem() || self.status == Status::NoReport || self.copied || self.regressed || self.doubtful
    }
}

/// A highlight candidate: its verdict and the entries whose words may be quoted.
type Quotable<'s, 'a> = (&'s Verdict<'a>, Vec<&'a Entry>);

/// Every counted task's verdict, in register order: the tasks with a lead unit that
/// reports (a 1311 project is a task; the attachment-1 task standing for them is not).
pub struct Verdicts<'a> {
    pub all: Vec<Verdict<'a>>,
}

/// 完成进度 a unit must have reached by the end of `kind` to be ahead of the year's time line:
/// the share of the year gone plus a quarter, at most 95 (一季度 50, 上半年 75, 前三季度 95;
/// at 全年 nothing is ahead, it is done or not).
pub(crate) fn ahead_percent(kind: PeriodKind) -> Option<u8> {
    match kind {
        PeriodKind::Q1 => Some(50),
        PeriodKind::H1 => Some(75),
        PeriodKind::Q3 => Some(95),
        PeriodKind::Y => None,
    }
}

fn ahead(entries: &[&Entry], kind: PeriodKind) -> bool {
    let Some(bar) = ahead_percent(kind) else {
        return false;
    };
    !entries.is_empty()
        && entries
            .iter()
            .all(|e| e.status == Status::OnTrack && e.percent.is_some_and(|p| p >= bar))
}

/// The entry's status contradicts its own words (状态与进展不符), or an exception of the
/// current period casts doubt on it ([`crate::finding::ExceptionKind::doubts_entry`]: a
/// doubtful match, an unreadable value, the task twice in one return). This is the one place
/// the bulletin asks.
pub(crate) fn doubtful(model: &Model, e: &Entry) -> bool {
    e.contradiction.is_some()
        || model.exceptions.iter().any(|x| {
            x.kind.doubts_entry()
                && x.period.is_none_or(|p| p == model.current)
                && x.task_id.as_deref() == Some(e.task_id.as_str())
                && x.unit.as_deref().is_none_or(|u| u == e.unit)
        })
}

impl<'a> Verdicts<'a> {
    pub fn new(model: &'a Model, changes: &Changes) -> Verdicts<'a> {
        let cur = model.current_progress();
        let prev = model.previous_progress();
        let has = |t: &Task, kind: ChangeKind| changes.of_kind(kind).any(|c| c.task_id == t.id);
        let all = model
            .register
            .tasks
            .iter()
            .filter(|t| t.projects.is_empty())
            .filter_map(|t| {
                let status = cur.overall(t)?;
                let entries: Vec<&Entry> = cur.entries_for(&t.id).collect();
                Some(Verdict {
                    task: t,
                    status,
                    before: prev.and_then(|p| p.overall(t)),
                    copied: has(t, ChangeKind::Copied),
                    regressed: has(t, ChangeKind::Regressed),
                    persistent: has(t, ChangeKind::Persistent),
                    doubtful: entries.iter().any(|e| doubtful(model, e)),
                    ahead: ahead(&entries, model.current.kind),
                })
            })
            .collect();
        Verdicts { all }
    }

    pub(crate) fn get(&self, id: &str) -> Option<&Verdict<'a>> {
        self.all.iter().find(|v| v.task.id == id)
    }

    pub(crate) fn problems(&self) -> impl Iterator<Item = &Verdict<'a>> {
        self.all.iter().filter(|v| v.is_problem())
    }

    /// The highlights: at most `n`, completed ones first, then those ahead, and within each
    /// those whose every entry has a result to quote (`quoted`) first; one from each group
    /// (programme, 十件实事, 1311) in turn so that they spread over the notice; each with the
    /// entries it quotes (every lead unit's, in lead-unit order), and only when every entry
    /// has words to quote.
    pub(crate) fn highlights<'s>(
        &'s self,
        p: &'a PeriodProgress,
        n: usize,
        quoted: impl Fn(&Verdict, &Entry) -> bool,
    ) -> Vec<(&'s Verdict<'a>, Vec<&'a Entry>)> {
        let quotable = |v: &'s Verdict<'a>| {
            let entries: Vec<&'a Entry> = p.entries_for(&v.task.id).collect();
            let words = !entries.is_empty() && entries.iter().all(|e| !e.progress.trim().is_empty());
            words.then_some((v, entries))
        };
        let mut ranked: Vec<Quotable<'s, 'a>> = Vec::new();
        for completed in [true, false] {
            let mut these: Vec<Quotable<'s, 'a>> = self
                .all
                .iter()
                .filter(|v| v.may_shine() && v.newly_completed() == completed)
                .filter_map(quotable)
                .collect();
            // stable: register order within each
            these.sort_by_key(|(v, entries)| !entries.iter().all(|e| quoted(v, e)));
            ranked.extend(these);
        }
        // Round robin over groups, in the order each group first appears in the ranking.
        let mut groups: Vec<(String, Vec<Quotable<'s, 'a>>)> = Vec::new();
        for item in ranked {
            let g = item.0.task.group_title();
            match groups.iter_mut().find(|(name, _)| *name == g) {
                Some((_, v)) => v.push(item),
                None => groups.push((g, vec![item])),
            }
        }
        let mut picked = Vec::new();
        let mut round = 0;
        while picked.len() < n && groups.iter().any(|(_, v)| v.len() > round) {
            for (_, v) in &groups {
                if picked.len() < n {
                    if let Some(item) = v.get(round) {
                        picked.push(item.clone());
                    }
                }
            }
            round += 1;
        }
        // Register order reads best.
        picked.sort_by_key(|(v, _)| self.all.iter().position(|w| w.task.id == v.task.id));
        picked
    }
}
