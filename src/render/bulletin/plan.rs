//! The bulletin's figures on the 节点计划 (`{{plan.…}}` in templates/bulletin.hbs): the tasks
//! with a plan counted by their judgement against it (超进度 / 达进度 / 欠进度 / 已完成, shares
//! of the tasks with a plan, zeros left out), those that cannot be judged, those without a
//! plan, and the tasks behind their milestones for 存在问题. Without any plan, `any` is false
//! and the template says the progress is as the units reported it.

use super::content::{quotable_name, Count, List, Names};
use crate::model::Model;
use crate::plan::Judgement;
use crate::text::shorten::excerpt;
use serde::Serialize;

/// Tasks behind their milestones named in 存在问题, at most.
const BEHIND_NAMED: usize = 8;
/// Longest milestone quoted, in characters.
const MILESTONE_CHARS: usize = 30;

#[derive(Debug, Clone, Default, Serialize)]
pub struct PlanBrief {
    /// Some unit sent a plan.
    pub(crate) any: bool,
    /// Tasks with a plan (the shares are of this).
    pub(crate) judged: usize,
    /// 超进度, 达进度, 欠进度, 已完成 in this order, those of zero left out.
    pub(crate) items: Vec<Count>,
    /// Tasks with a plan that could not be judged against it (无法对照).
    pub(crate) unknown: usize,
    /// Tasks counted in 总体情况 without any plan.
    pub(crate) without: usize,
    /// Tasks behind their milestones, the first `BEHIND_NAMED` (8) named.
    pub behind: List<Behind>,
    /// More are behind than are named.
    pub(crate) behind_more: bool,
}

/// A task behind its milestone, as 存在问题 names it.
#[derive(Debug, Clone, Serialize)]
pub struct Behind {
    pub(crate) name: String,
    /// Its units behind, joined.
    pub(crate) units: String,
    /// 上半年
    pub(crate) period: String,
    /// The milestone, shortened.
    pub(crate) milestone: String,
    /// "30%" when the unit gave a percent, else "".
    pub(crate) reported: String,
}

pub(crate) fn brief(model: &Model) -> PlanBrief {
    if model.plans.is_empty() {
        return PlanBrief::default();
    }
    let tasks = model.register.tasks.iter();
    let (counts, without) = model.judgement_counts(tasks);
    let n = |j: Judgement| counts.get(&j).copied().unwrap_or(0);
    let judged: usize = counts.values().sum();
    let items = [
        Judgement::Ahead,
        Judgement::OnPlan,
        Judgement::Behind,
        Judgement::Completed,
    ]
    .into_iter()
    .filter(|j| n(*j) > 0)
    .map(|j| Count {
        label: j.label().to_string(),
        count: n(j),
        share: super::content::share(n(j), judged),
    })
    .collect();
    let all_behind: Vec<Behind> = model
        .register
        .tasks
        .iter()
        .filter(|t| t.projects.is_empty() && model.judgement_of(t) == Some(Judgement::Behind))
        .filter_map(|t| behind(model, t))
        .collect();
    let behind_more = all_behind.len() > BEHIND_NAMED;
    let mut named = all_behind;
    let count = named.len();
    named.truncate(BEHIND_NAMED);
    let mut behind: List<Behind> = named.into();
    behind.count = count;
    PlanBrief {
        any: true,
        judged,
        items,
        unknown: n(Judgement::NotComparable),
        without,
        behind,
        behind_more,
    }
}

fn behind(model: &Model, task: &crate::register::Task) -> Option<Behind> {
    let plans: Vec<_> = model
        .plans_of(&task.id)
        .filter(|p| {
            p.verdict
                .as_ref()
                .is_some_and(|v| v.judgement == Judgement::Behind)
        })
        .collect();
    let first = plans.first()?;
    let v = first.verdict.as_ref()?;
    let milestone = first
        .milestone_in_force(v.period)
        .map(|m| {
            if m.text.is_empty() {
                m.summary()
            } else {
                m.text.clone()
            }
        })
        .unwrap_or_default();
    Some(Behind {
        name: quotable_name(&task.short_name()),
        units: Names::of(plans.iter().map(|p| p.unit.as_str())).names,
        period: v.period.label().to_string(),
        milestone: quotable_name(&excerpt(&milestone, MILESTONE_CHARS)),
        reported: v.reported.map(|r| format!("{r}%")).unwrap_or_default(),
    })
}

/// A unit's milestone of the current period for a task, for its reminder: "上半年节点：…",
/// or "" when its plan has none.
pub(crate) fn milestone_line(model: &Model, task_id: &str, unit: &str) -> String {
    let kind = model.current.kind;
    model
        .plan(task_id, unit)
        .and_then(|p| p.milestone_in_force(kind))
        .map(|m| {
            crate::msg::PlanMsg::MilestoneOf {
                period: kind.label().to_string(),
                milestone: m.summary(),
            }
            .to_string()
        })
        .unwrap_or_default()
}
