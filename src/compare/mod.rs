//! Stage 6: what changed since the previous period. Reads the merged [`Model`] and hands on
//! [`Changes`] (the driver puts them in the run's `Analysis`, beside the model, for `assess`
//! and every renderer):
//!
//! - **copied** entries: the unit's progress text for a task is the same as its text for the
//!   same task in its previous report (the latest earlier period in which it wrote one),
//!   digits, punctuation and whitespace aside, at or above `compare.copied_similarity`
//!   ([`similarity`]). Short texts ("已完成", "正常推进"), empty ones and tasks completed in both
//!   periods are never called copied: they have nothing new to say;
//! - **regressions**: the unit's status went backwards since its previous report (已完成 to
//!   anything else, 序时推进 to 滞后 or 未启动, ...), both periods reported;
//! - **persistent** lag: 滞后 or 未启动 in this period and in the one just before;
//! - **reasons**: every 滞后 or 未启动 entry's own 存在困难, cut to a clause, with the kinds of
//!   difficulty its words tell ([`reasons`]), and the kinds counted over tasks.
//!
//! The same comparison is made once for every earlier period of the year as of that period
//! ([`Changes::earlier`]): the assessment counts copied entries year to date.
//!
//! Every finding keeps both entries' sources (file / sheet / cell): nothing is said of a unit
//! that the run report cannot show.

pub mod reasons;
pub mod similarity;

use crate::model::{Entry, Model, PeriodProgress, Place};
use crate::period::Period;
use crate::settings::Settings;
use crate::status::Status;
use crate::text::normal::letters;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// What a change is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ChangeKind {
    /// 与上期雷同: the progress text repeats the previous report's.
    #[serde(rename = "与上期雷同")]
    Copied,
    /// 状态回退: the status went backwards.
    #[serde(rename = "状态回退")]
    Regressed,
    /// 连续滞后: 滞后 or 未启动 in two periods in a row.
    #[serde(rename = "连续滞后")]
    Persistent,
}

impl ChangeKind {
    pub fn label(self) -> &'static str {
        match self {
            ChangeKind::Copied => "与上期雷同",
            ChangeKind::Regressed => "状态回退",
            ChangeKind::Persistent => "连续滞后",
        }
    }
}

/// The entry a change is measured against.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Earlier {
    pub period: Period,
    pub(crate) status: Status,
    pub(crate) progress: String,
    pub(crate) source: Option<Place>,
}

/// One unit's change on one task, with the evidence of both periods.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub(crate) kind: ChangeKind,
    pub task_id: String,
    pub unit: String,
    pub(crate) status: Status,
    pub(crate) progress: String,
    pub(crate) source: Option<Place>,
    pub previous: Earlier,
    /// For [`ChangeKind::Copied`]: the similarity of the normalised texts, 0-1.
    pub similarity: Option<f64>,
}

impl Change {
    /// What the ledger's 与上期比较 cell and the run report say of it.
    pub(crate) fn describe(&self) -> String {
        let period = self.previous.period.label().to_string();
        let (from, to) = (
            self.previous.status.label().to_string(),
            self.status.label().to_string(),
        );
        match self.kind {
            ChangeKind::Copied => crate::msg::CompareMsg::Copied {
                period,
                percent: format!("{:.0}%", (self.similarity.unwrap_or(1.0) * 100.0).floor()),
            }
            .to_string(),
            ChangeKind::Regressed => crate::msg::CompareMsg::Regressed { period, from, to }.to_string(),
            ChangeKind::Persistent => crate::msg::CompareMsg::Persistent { period, from, to }.to_string(),
        }
    }
}

/// A 滞后 or 未启动 entry of the current period and what its unit says is in the way.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(crate) struct Reason {
    pub(crate) task_id: String,
    pub(crate) unit: String,
    pub(crate) status: Status,
    /// The first clause of its 存在困难; "" when it wrote none.
    pub(crate) clause: String,
    /// Kinds of difficulty named by its 存在困难 (settings `compare.difficulty_kinds`).
    pub(crate) kinds: Vec<String>,
    pub(crate) source: Option<Place>,
}

/// How many lagging or not-started tasks name one kind of difficulty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct KindCount {
    pub(crate) kind: String,
    pub(crate) tasks: usize,
}

/// Everything this stage found, in register order (then lead-unit order, then kind).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Changes {
    /// The current period's changes against the earlier ones.
    pub(crate) changes: Vec<Change>,
    pub(crate) reasons: Vec<Reason>,
    /// Most frequent first; ties in name order.
    pub(crate) kinds: Vec<KindCount>,
    /// Each earlier period of the model (oldest first) compared as of that period, against
    /// the periods before it: what its own run found.
    pub earlier: Vec<PeriodChanges>,
}

/// The changes one earlier period had against the periods before it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PeriodChanges {
    pub(crate) period: Period,
    pub(crate) changes: Vec<Change>,
}

impl Changes {
    pub fn of_kind(&self, kind: ChangeKind) -> impl Iterator<Item = &Change> {
        self.changes.iter().filter(move |c| c.kind == kind)
    }

    /// The changes of one unit's entry.
    pub(crate) fn of_entry<'a>(
        &'a self,
        task_id: &'a str,
        unit: &'a str,
    ) -> impl Iterator<Item = &'a Change> + 'a {
        self.changes
            .iter()
            .filter(move |c| c.task_id == task_id && c.unit == unit)
    }

    pub(crate) fn reasons_for<'a>(&'a self, task_id: &'a str) -> impl Iterator<Item = &'a Reason> + 'a {
        self.reasons.iter().filter(move |r| r.task_id == task_id)
    }
}

/// Compares the current period with the earlier ones of the model, and each earlier period
/// with the ones before it.
pub fn compare(model: &Model, settings: &Settings) -> Changes {
    let cur = model.current_progress();
    let before = |period: Period| -> Vec<&PeriodProgress> {
        model.periods.iter().filter(|p| p.period < period).rev().collect()
    };
    let earlier = model
        .periods
        .iter()
        .filter(|p| p.period < model.current)
        .map(|p| PeriodChanges {
            period: p.period,
            changes: changes_of(p, &before(p.period), settings),
        })
        .collect();
    let reasons = reasons(cur, settings);
    let kinds = count_kinds(&reasons);
    Changes {
        changes: changes_of(cur, &before(model.current), settings),
        reasons,
        kinds,
        earlier,
    }
}

/// The changes of period `cur` against `earlier` (latest first).
fn changes_of(cur: &PeriodProgress, earlier: &[&PeriodProgress], settings: &Settings) -> Vec<Change> {
    let mut changes = Vec::new();
    for e in cur.entries.iter().filter(|e| e.reported()) {
        changes.extend(copied(e, earlier, settings));
        let Some(before) = last_report(e, earlier, |p| p.reported()) else {
            continue;
        };
        if e.status > before.status {
            changes.push(change(ChangeKind::Regressed, e, before.clone(), None));
        }
        let lagging = |s: Status| matches!(s, Status::Lagging | Status::NotStarted);
        let in_a_row = cur.period.previous() == Some(before.period);
        if lagging(e.status) && lagging(before.status) && in_a_row {
            changes.push(change(ChangeKind::Persistent, e, before, None));
        }
    }
    changes
}

/// The same unit's entry for the same task in the latest earlier period that `keep` accepts.
fn last_report(e: &Entry, earlier: &[&PeriodProgress], keep: impl Fn(&Entry) -> bool) -> Option<Earlier> {
    earlier.iter().find_map(|p| {
        let before = p.entry(&e.task_id, &e.unit).filter(|b| keep(b))?;
        Some(Earlier {
            period: p.period,
            status: before.status,
            progress: before.progress.clone(),
            source: before.source.clone(),
        })
    })
}

fn change(kind: ChangeKind, e: &Entry, previous: Earlier, similarity: Option<f64>) -> Change {
    Change {
        kind,
        task_id: e.task_id.clone(),
        unit: e.unit.clone(),
        status: e.status,
        progress: e.progress.clone(),
        source: e.source.clone(),
        previous,
        similarity,
    }
}

/// The entry as a copied report, if its text repeats the unit's previous text on the task.
fn copied(e: &Entry, earlier: &[&PeriodProgress], settings: &Settings) -> Option<Change> {
    let c = &settings.compare;
    // The status is compared on its own (状态回退): a status word put before or after last
    // period's text does not make it new.
    let now = letters(crate::status::without_status_words(&e.progress));
    if now.len() < c.copied_min_chars {
        return None;
    }
    let before = last_report(e, earlier, |b| !b.progress.trim().is_empty())?;
    if e.status == Status::Completed && before.status == Status::Completed {
        return None;
    }
    let then = letters(crate::status::without_status_words(&before.progress));
    if then.len() < c.copied_min_chars {
        return None;
    }
    let ratio = similarity::ratio(&now, &then);
    (ratio >= c.copied_similarity).then(|| change(ChangeKind::Copied, e, before, Some(ratio)))
}

/// One [`Reason`] per 滞后 or 未启动 entry of the period, in entry order.
fn reasons(p: &PeriodProgress, settings: &Settings) -> Vec<Reason> {
    let c = &settings.compare;
    p.entries
        .iter()
        .filter(|e| matches!(e.status, Status::Lagging | Status::NotStarted))
        .map(|e| Reason {
            task_id: e.task_id.clone(),
            unit: e.unit.clone(),
            status: e.status,
            clause: reasons::clause(&e.difficulties, c.reason_chars),
            kinds: reasons::kinds_of(&e.difficulties, &c.difficulty_kinds),
            source: e.source.clone(),
        })
        .collect()
}

/// Tasks per kind of difficulty (a task two units name counts once), most first.
fn count_kinds(reasons: &[Reason]) -> Vec<KindCount> {
    let mut tasks: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for r in reasons {
        for k in &r.kinds {
            tasks.entry(k).or_default().insert(&r.task_id);
        }
    }
    let mut kinds: Vec<KindCount> = tasks
        .into_iter()
        .map(|(k, t)| KindCount {
            kind: k.to_string(),
            tasks: t.len(),
        })
        .collect();
    kinds.sort_by(|a, b| b.tasks.cmp(&a.tasks).then_with(|| a.kind.cmp(&b.kind)));
    kinds
}

#[cfg(test)]
mod tests;
