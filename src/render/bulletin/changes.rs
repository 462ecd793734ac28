//! 三、存在问题's figures, from the task [`Verdicts`] and the `compare` stage
//! ([`crate::compare::Changes`]): the lagging and not-started tasks, each named once, grouped
//! by whether they lagged last period too and then by their units; the kinds of difficulty
//! their units name; the tasks gone backwards (a count, the worst named); the units that
//! copied last period's text. The template words them.

use super::content::{task_ref, List, Names, TaskRef};
use super::verdict::{Verdict, Verdicts};
use crate::compare::{ChangeKind, Changes};
use crate::finding::ExceptionKind;
use crate::model::{Entry, Exception, Model};
use crate::register::names::is_title;
use crate::settings::Settings;
use crate::status::Status;
use serde::Serialize;
use std::collections::BTreeMap;

/// The problem tasks a unit leads first (and, when the settings ask, their 责任人).
#[derive(Debug, Clone, Serialize)]
pub(crate) struct UnitGroup {
    pub(crate) units: String,
    /// The persons among the tasks' 责任人 (job titles left out); "" unless the settings
    /// ask for leaders.
    pub(crate) leaders: String,
    pub(crate) tasks: List<TaskRef>,
}

/// A unit and how many of a group's tasks it leads (a task led by several units counts for
/// each).
#[derive(Debug, Clone, Serialize)]
pub(crate) struct UnitCount {
    pub(crate) name: String,
    pub(crate) count: usize,
    pub(crate) many: bool,
}

/// Problem tasks that lagged last period too (`persistent`), or that did not (`fresh`);
/// neither flag when the model holds no previous period. `named`: each task is named under
/// its first lead unit; else, for a body that would not fit its pages, `listed`: the units
/// with how many of the tasks each leads; else only the count (the tasks are in 附件1).
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ProblemGroup {
    pub(crate) persistent: bool,
    pub(crate) fresh: bool,
    pub(crate) count: usize,
    pub(crate) named: bool,
    pub(crate) listed: bool,
    pub(crate) units: Vec<UnitGroup>,
    pub(crate) by_unit: List<UnitCount>,
}

/// 滞后 and 未启动 tasks, each in exactly one group.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Problems {
    pub count: usize,
    pub(crate) lagging: usize,
    pub(crate) not_started: usize,
    pub(crate) groups: Vec<ProblemGroup>,
}

/// A kind of difficulty and how many lagging or not-started tasks name it.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct KindRef {
    pub(crate) name: String,
    pub(crate) count: usize,
}

/// The tasks gone backwards: how many, and the one that went back furthest.
#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct Regressions {
    pub(crate) count: usize,
    pub(crate) has_worst: bool,
    pub(crate) worst: Worst,
}

/// One unit's step back on one task: 已完成 -> 滞后.
#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct Worst {
    pub(crate) name: String,
    pub(crate) unit: String,
    pub(crate) from: String,
    pub(crate) to: String,
}

/// A unit and how many of its entries a paragraph speaks of.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct UnitEntry {
    pub(crate) name: String,
    pub(crate) count: usize,
}

/// Entries of one kind counted by unit: 与上期雷同 (the copied-report paragraph), a status its
/// own words contradict, a status not filled in.
#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct UnitEntries {
    /// Units in register unit order.
    pub(crate) units: List<UnitEntry>,
    /// Entries flagged, all units together.
    pub(crate) entries: usize,
}

/// The persons among a task's 责任人: a job title ("分管文教卫副区长") is not a name.
fn persons(leaders: &[String]) -> Vec<&str> {
    leaders
        .iter()
        .map(String::as_str)
        .filter(|l| !is_title(l))
        .collect()
}

impl ProblemGroup {
    /// One step less detail: names -> units -> count. False when only the count is left.
    pub(crate) fn condense(&mut self) -> bool {
        if self.named {
            self.named = false;
        } else if self.listed {
            self.listed = false;
        } else {
            return false;
        }
        true
    }
}

/// The problem tasks, grouped: persistent first, then fresh (one group when there is no
/// previous period), and within a group by their first lead unit in order of appearance.
pub(crate) fn problems(model: &Model, verdicts: &Verdicts, settings: &Settings) -> Problems {
    let has_previous = model.previous_progress().is_some();
    let problems: Vec<&Verdict> = verdicts.problems().collect();
    let splits: Vec<(bool, bool)> = match has_previous {
        true => vec![(true, false), (false, true)],
        false => vec![(false, false)],
    };
    let groups = splits
        .into_iter()
        .filter_map(|(persistent, fresh)| {
            let members: Vec<&Verdict> = problems
                .iter()
                .copied()
                .filter(|v| !has_previous || v.persistent == persistent)
                .collect();
            (!members.is_empty()).then(|| ProblemGroup {
                persistent,
                fresh,
                count: members.len(),
                named: true,
                listed: true,
                units: by_units(&members, settings.bulletin.leaders),
                by_unit: unit_counts(&members).into(),
            })
        })
        .collect();
    Problems {
        count: problems.len(),
        lagging: problems.iter().filter(|v| v.status == Status::Lagging).count(),
        not_started: problems.iter().filter(|v| v.status == Status::NotStarted).count(),
        groups,
    }
}

/// The tasks under the first of their lead units (the notice names the leading one first;
/// 附件1 gives them all) and their 责任人 when `leaders`, each task once.
fn by_units(members: &[&Verdict], leaders: bool) -> Vec<UnitGroup> {
    let mut units: Vec<(String, String, Vec<TaskRef>)> = Vec::new();
    for v in members {
        let names = v.task.reporting_units().next().unwrap_or_default().to_string();
        let people = match leaders {
            true => Names::of(persons(&v.task.leaders)).names,
            false => String::new(),
        };
        let task = task_ref(v.task, Some(v.status));
        match units.iter_mut().find(|(u, l, _)| *u == names && *l == people) {
            Some((_, _, tasks)) => tasks.push(task),
            None => units.push((names, people, vec![task])),
        }
    }
    units
        .into_iter()
        .map(|(units, leaders, tasks)| UnitGroup {
            units,
            leaders,
            tasks: tasks.into(),
        })
        .collect()
}

/// Each unit of the members' tasks with how many it leads, in order of first appearance.
fn unit_counts(members: &[&Verdict]) -> Vec<UnitCount> {
    let mut counts: Vec<UnitCount> = Vec::new();
    for u in members.iter().flat_map(|v| v.task.reporting_units()) {
        match counts.iter_mut().find(|c| c.name == u) {
            Some(c) => {
                c.count += 1;
                c.many = true;
            }
            None => counts.push(UnitCount {
                name: u.to_string(),
                count: 1,
                many: false,
            }),
        }
    }
    counts
}

/// The `n` most frequent kinds of difficulty.
pub(crate) fn kinds(changes: &Changes, n: usize) -> Vec<KindRef> {
    changes
        .kinds
        .iter()
        .filter(|k| k.tasks > 0)
        .take(n)
        .map(|k| KindRef {
            name: k.kind.clone(),
            count: k.tasks,
        })
        .collect()
}

/// How far a status lies from 已完成 (已完成 0 … 未反馈 4).
fn rank(s: Status) -> usize {
    Status::ALL.iter().position(|x| *x == s).unwrap_or(0)
}

/// The tasks gone backwards (each once), and the furthest step back (the first in register
/// order among equals).
pub(crate) fn regressions(changes: &Changes, verdicts: &Verdicts) -> Regressions {
    let count = verdicts.all.iter().filter(|v| v.regressed).count();
    let worst = changes
        .of_kind(ChangeKind::Regressed)
        .filter(|c| verdicts.get(&c.task_id).is_some())
        .enumerate()
        .max_by_key(|(i, c)| {
            let step = rank(c.status).saturating_sub(rank(c.previous.status));
            (step, std::cmp::Reverse(*i))
        })
        .map(|(_, c)| c);
    Regressions {
        count,
        has_worst: worst.is_some(),
        worst: worst
            .and_then(|c| {
                let v = verdicts.get(&c.task_id)?;
                Some(Worst {
                    name: task_ref(v.task, Some(v.status)).name,
                    unit: c.unit.clone(),
                    from: c.previous.status.label().to_string(),
                    to: c.status.label().to_string(),
                })
            })
            .unwrap_or_default(),
    }
}

/// Each unit's step back on a task, as 附件1's remarks say it.
pub(crate) fn steps(changes: &Changes, task_id: &str) -> Vec<String> {
    changes
        .of_kind(ChangeKind::Regressed)
        .filter(|c| c.task_id == task_id)
        .map(|c| {
            crate::msg::RenderMsg::RemarkStep {
                unit: c.unit.clone(),
                from: c.previous.status.label().to_string(),
                to: c.status.label().to_string(),
            }
            .to_string()
        })
        .collect()
}

/// The units whose entries are 与上期雷同, in register unit order, with their counts.
pub(crate) fn copied(model: &Model, changes: &Changes) -> UnitEntries {
    by_unit(
        model,
        changes.of_kind(ChangeKind::Copied).map(|c| c.unit.as_str()),
    )
}

/// The units whose status of this period their own percentage or words contradict (the
/// entries `extract` marked; the run report lists each as 状态与进展不符 with its
/// cell and what contradicts it).
pub(crate) fn contradicted(model: &Model) -> UnitEntries {
    let p = model.current_progress();
    by_unit(
        model,
        p.entries
            .iter()
            .filter(|e| e.contradiction.is_some())
            .map(|e| e.unit.as_str()),
    )
}

/// The units that left a status of this period blank (taken as 序时推进 from the words
/// written): the 完成状态未填 exceptions whose row is the one the entry holds, so a row of a
/// return replaced by a later one does not count.
pub(crate) fn unstated(model: &Model) -> UnitEntries {
    let p = model.current_progress();
    let holds = |x: &Exception, e: &Entry| {
        Some(&e.unit) == x.unit.as_ref()
            && e.source.as_ref().is_some_and(|s| {
                s.file == x.place.file && s.sheet == x.place.sheet && row(&s.cell) == row(&x.place.cell)
            })
    };
    by_unit(
        model,
        model
            .exceptions
            .iter()
            .filter(|x| x.kind == ExceptionKind::NoStatus && x.period == Some(model.current))
            .filter_map(|x| {
                let task = x.task_id.as_deref()?;
                p.entries_for(task).find(|e| holds(x, e)).map(|e| e.unit.as_str())
            }),
    )
}

/// The row number of an A1 cell ("C12" -> "12").
fn row(cell: &str) -> &str {
    cell.trim_start_matches(|c: char| c.is_ascii_alphabetic())
}

/// Entries counted by their unit, the units in register unit order.
fn by_unit<'a>(model: &Model, units: impl Iterator<Item = &'a str>) -> UnitEntries {
    let mut per_unit: BTreeMap<&str, usize> = BTreeMap::new();
    for u in units {
        *per_unit.entry(u).or_default() += 1;
    }
    let units: Vec<UnitEntry> = model
        .register
        .reporting_units()
        .filter_map(|u| {
            per_unit.get(u.name.as_str()).map(|n| UnitEntry {
                name: u.name.clone(),
                count: *n,
            })
        })
        .collect();
    UnitEntries {
        entries: units.iter().map(|u| u.count).sum(),
        units: units.into(),
    }
}
