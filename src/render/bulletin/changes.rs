//! The bulletin's figures from the `compare` stage ([`crate::compare::Changes`]): the
//! problems' reasons (each lagging or not-started task with its units' own 存在困难 and
//! whether it lagged last period too), the kinds of difficulty, the tasks whose status went
//! backwards and the units that copied last period's text. The template words them.

use super::content::{task_ref, List, TaskRef};
use crate::compare::{ChangeKind, Changes};
use crate::model::Model;
use crate::status::Status;
use serde::Serialize;
use std::collections::BTreeMap;

/// A unit's own words on why a task lags: "资金缺口较大" (区财政局).
#[derive(Debug, Clone, Serialize)]
pub struct ReasonRef {
    pub unit: String,
    pub text: String,
}

/// A lagging or not-started task in 存在问题.
#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    #[serde(flatten)]
    pub task: TaskRef,
    /// 滞后 or 未启动 in the period before too (some unit of it).
    pub persistent: bool,
    /// The units' 存在困难, one clause each; units that wrote none are left out.
    pub reasons: Vec<ReasonRef>,
}

/// A kind of difficulty and how many lagging or not-started tasks name it.
#[derive(Debug, Clone, Serialize)]
pub struct KindRef {
    pub name: String,
    pub count: usize,
}

/// One unit's step back on a task: 已完成 -> 序时推进.
#[derive(Debug, Clone, Serialize)]
pub struct Step {
    pub unit: String,
    pub from: String,
    pub to: String,
}

/// A task whose status went backwards, with each unit's step.
#[derive(Debug, Clone, Serialize)]
pub struct Regression {
    #[serde(flatten)]
    pub task: TaskRef,
    pub steps: Vec<Step>,
}

/// A unit with entries 与上期雷同, and how many.
#[derive(Debug, Clone, Serialize)]
pub struct CopiedUnit {
    pub name: String,
    pub count: usize,
}

/// The copied-report paragraph's figures.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Copied {
    /// Units in register unit order.
    pub units: List<CopiedUnit>,
    /// Entries flagged, all units together.
    pub entries: usize,
}

/// Tasks chosen by their overall status, each with its units' reasons and lag in a row.
pub fn problems(model: &Model, ch: &Changes, status: Status, chars: usize) -> Vec<Problem> {
    let cur = model.current_progress();
    model
        .register
        .tasks
        .iter()
        .filter(|t| t.projects.is_empty() && cur.overall(t) == Some(status))
        .enumerate()
        .map(|(i, t)| Problem {
            task: task_ref(i + 1, t, Some(status), chars),
            persistent: ch.of_kind(ChangeKind::Persistent).any(|c| c.task_id == t.id),
            reasons: ch
                .reasons_for(&t.id)
                .filter(|r| !r.clause.is_empty())
                .map(|r| ReasonRef {
                    unit: r.unit.clone(),
                    text: r.clause.clone(),
                })
                .collect(),
        })
        .collect()
}

/// The `n` most frequent kinds of difficulty.
pub fn kinds(changes: &Changes, n: usize) -> Vec<KindRef> {
    changes
        .kinds
        .iter()
        .take(n)
        .map(|k| KindRef {
            name: k.kind.clone(),
            count: k.tasks,
        })
        .collect()
}

/// Tasks with a change of `kind`, in register order, numbered from 1.
pub fn tasks_with(model: &Model, changes: &Changes, kind: ChangeKind, chars: usize) -> Vec<TaskRef> {
    let cur = model.current_progress();
    changes
        .tasks(kind)
        .into_iter()
        .filter_map(|id| model.register.task(id))
        .enumerate()
        .map(|(i, t)| task_ref(i + 1, t, cur.overall(t), chars))
        .collect()
}

/// Tasks whose status went backwards, with each unit's step.
pub fn regressions(model: &Model, changes: &Changes, chars: usize) -> Vec<Regression> {
    tasks_with(model, changes, ChangeKind::Regressed, chars)
        .into_iter()
        .map(|task| Regression {
            steps: changes
                .of_kind(ChangeKind::Regressed)
                .filter(|c| c.task_id == task.id)
                .map(|c| Step {
                    unit: c.unit.clone(),
                    from: c.previous.status.label().to_string(),
                    to: c.status.label().to_string(),
                })
                .collect(),
            task,
        })
        .collect()
}

/// The units whose entries are 与上期雷同, in register unit order, with their counts.
pub fn copied(model: &Model, changes: &Changes) -> Copied {
    let mut per_unit: BTreeMap<&str, usize> = BTreeMap::new();
    for c in changes.of_kind(ChangeKind::Copied) {
        *per_unit.entry(c.unit.as_str()).or_default() += 1;
    }
    let units: Vec<CopiedUnit> = model
        .register
        .reporting_units()
        .filter_map(|u| {
            per_unit.get(u.name.as_str()).map(|n| CopiedUnit {
                name: u.name.clone(),
                count: *n,
            })
        })
        .collect();
    Copied {
        entries: units.iter().map(|u| u.count).sum(),
        units: units.into(),
    }
}
