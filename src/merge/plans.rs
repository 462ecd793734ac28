//! The units' 节点计划 into the model, and the current period judged against them.
//!
//! A plan comes as a file of its own (our 节点计划表, or a unit's own table of milestones:
//! rows naming tasks, plan columns, no report: [`is_plan`]) or as plan columns beside a
//! return's report. Each matched row's plan cells (`extract::Record::plan`) make one
//! [`PlanVersion`] per (task, unit) and file: a period's columns go to that period; a column
//! that names no period goes to the period of the row's 时间节点, else each clause of a
//! 节点计划 to the period its words name ([`crate::plan::period_in`]); what names none is
//! kept verbatim (`unplaced`). Versions are ordered by the sheet's period, its 填报日期 and
//! the file's path; the latest is in force, earlier ones that differ are kept, and a
//! milestone a later version moves later (its words under a later period, or a lower
//! planned percent) is an exception (调整节点) for the office. Then each entry of the current
//! period is judged against its milestone ([`crate::plan::judge`]); 序时推进 while 欠进度 is an
//! exception too.

use super::RowOf;
use crate::extract::{values, Text};
use crate::matching::{MatchedReturn, RowOutcome};
use crate::model::{Exception, ExceptionKind, FileOutcome, FileReport, Model, Place};
use crate::msg::PlanMsg;
use crate::period::{Period, PeriodKind};
use crate::plan::{judge, period_in, Milestone, Moved, Plan, PlanField, PlanKind, PlanVersion};
use crate::settings::Settings;
use crate::status::Status;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// True for a file that is a plan and no return: some row carries plan cells and no row
/// says anything of progress.
pub(crate) fn is_plan(r: &MatchedReturn) -> bool {
    let mut rows = r.sheets.iter().flat_map(|s| &s.rows).peekable();
    rows.peek().is_some()
        && rows.clone().all(|row| row.record.says_nothing())
        && rows.any(|row| !row.record.plan.is_empty())
}

/// One (task, unit)'s plan as one file gave it, with the key that orders versions.
#[derive(Debug, Clone)]
pub(crate) struct Offered {
    order: (Option<Period>, Option<NaiveDate>, String),
    task_id: String,
    unit: String,
    version: PlanVersion,
}

/// The plans a file offers, one per (task, unit) in sheet and row order; rows of one task
/// (a table with one row per milestone) make one version. `keep_other`: the rows' 其他
/// cells belong to the plan (a plan file; a return's stay with its entries).
pub(crate) fn offered(r: &MatchedReturn, year: i32, keep_other: bool) -> Vec<Offered> {
    let mut out: Vec<Offered> = Vec::new();
    for s in r
        .sheets
        .iter()
        .filter(|s| s.period.is_none_or(|p| p.year == year))
    {
        for row in &s.rows {
            let (RowOutcome::Matched { task_id, .. }, Some(unit)) = (&row.outcome, &s.unit) else {
                continue;
            };
            if row.record.plan.is_empty() {
                continue;
            }
            let mut version = version_of(&r.path, &row.record.plan);
            if keep_other {
                let at = |cell: &str| Place {
                    file: r.path.clone(),
                    sheet: s.sheet.clone(),
                    cell: cell.to_string(),
                };
                let other = row.record.other.iter().map(|o| (o.label(), at(&o.cell)));
                version.unplaced.extend(other);
            }
            let same = |o: &&mut Offered| o.task_id == *task_id && o.unit == *unit;
            match out.iter_mut().find(same) {
                Some(o) => join(&mut o.version, version),
                None => out.push(Offered {
                    order: (s.period, s.date, r.path.clone()),
                    task_id: task_id.clone(),
                    unit: unit.clone(),
                    version,
                }),
            }
        }
    }
    out
}

/// A row's plan cells as one version.
fn version_of(file: &str, cells: &[(PlanField, Text)]) -> PlanVersion {
    let mut v = PlanVersion {
        file: file.to_string(),
        target: String::new(),
        target_place: None,
        milestones: vec![],
        unplaced: vec![],
    };
    let when = cells
        .iter()
        .find(|(f, _)| f.kind == PlanKind::When)
        .map(|(_, t)| t);
    let row_period = when.and_then(|t| period_in(&t.value));
    if let (Some(t), None) = (when, row_period) {
        v.unplaced.push((t.value.clone(), t.place.clone()));
    }
    for (f, t) in cells {
        match (f.kind, f.period.or(row_period)) {
            (PlanKind::When, _) => {}
            (PlanKind::Target, _) => {
                append(&mut v.target, &t.value);
                v.target_place.get_or_insert_with(|| t.place.clone());
            }
            (PlanKind::Milestone, Some(p)) => {
                let text = match when.filter(|_| f.period.is_none()) {
                    Some(w) => crate::msg::labelled(w.value.as_str(), t.value.as_str()),
                    None => t.value.clone(),
                };
                append(&mut at(&mut v, p, &t.place).text, &text);
            }
            (PlanKind::Milestone, None) => clauses(&mut v, t),
            (PlanKind::Standard, Some(p)) => append(&mut at(&mut v, p, &t.place).standard, &t.value),
            (PlanKind::Percent, Some(p)) => {
                let m = at(&mut v, p, &t.place);
                match values::percent(&crate::collect::CellValue::Text(t.value.clone())) {
                    Ok(n) => m.percent = Some(n),
                    Err(_) => append(&mut m.percent_text, &t.value),
                }
            }
            (PlanKind::Standard | PlanKind::Percent, None) => {
                let label = crate::plan::PlanField::new(f.kind, None).label();
                v.unplaced
                    .push((crate::msg::labelled(label, t.value.as_str()), t.place.clone()));
            }
        }
    }
    v.milestones.sort_by_key(|m| m.period);
    v
}

/// A 节点计划 cell that names no period: each clause to the period its words name, the rest
/// kept verbatim.
fn clauses(v: &mut PlanVersion, t: &Text) {
    let parts = t.value.split(['；', ';', '。', '\n']).map(str::trim);
    let mut unplaced = vec![];
    for part in parts.filter(|p| !p.is_empty()) {
        match period_in(part) {
            Some(p) => append(&mut at(v, p, &t.place).text, part),
            None => unplaced.push(part),
        }
    }
    if !unplaced.is_empty() {
        v.unplaced.push((crate::msg::clauses(&unplaced), t.place.clone()));
    }
}

/// The version's milestone of `period`, made at `place` when it has none yet.
fn at<'v>(v: &'v mut PlanVersion, period: PeriodKind, place: &Place) -> &'v mut Milestone {
    let i = match v.milestones.iter().position(|m| m.period == period) {
        Some(i) => i,
        None => {
            v.milestones.push(Milestone {
                period,
                text: String::new(),
                standard: String::new(),
                percent: None,
                percent_text: String::new(),
                place: place.clone(),
            });
            v.milestones.len() - 1
        }
    };
    &mut v.milestones[i]
}

fn append(to: &mut String, text: &str) {
    if !to.is_empty() {
        to.push('；');
    }
    to.push_str(text);
}

/// A later row of the same task in the same file joins the version.
fn join(v: &mut PlanVersion, more: PlanVersion) {
    if !more.target.is_empty() {
        append(&mut v.target, &more.target);
        v.target_place = v.target_place.take().or(more.target_place);
    }
    for m in more.milestones {
        let into = at(v, m.period, &m.place);
        for (to, from) in [
            (&mut into.text, &m.text),
            (&mut into.standard, &m.standard),
            (&mut into.percent_text, &m.percent_text),
        ] {
            if !from.is_empty() {
                append(to, from);
            }
        }
        into.percent = into.percent.or(m.percent);
    }
    v.milestones.sort_by_key(|m| m.period);
    v.unplaced.extend(more.unplaced);
}

/// The account of a plan file: rows with plan cells matched, rejected rows exceptions,
/// the rest notes; and its rows' exceptions.
pub(crate) fn report(r: &MatchedReturn) -> (FileReport, Vec<Exception>) {
    let mut rep = FileReport {
        format: Some(r.format.name().to_string()),
        layout: Some(r.layout),
        unit: r.sheets.iter().find_map(|s| s.unit.clone()),
        warnings: r.warnings.clone(),
        ..FileReport::new(&r.path, FileOutcome::Plan)
    };
    let mut exceptions = vec![];
    for s in &r.sheets {
        rep.warnings.extend(s.findings.iter().cloned());
        rep.count_sheet(&s.count);
        for row in &s.rows {
            let rec = &row.record;
            let mut of = RowOf {
                period: None,
                unit: s.unit.as_deref(),
                task_id: None,
                row_text: &rec.row_text,
            };
            match &row.outcome {
                RowOutcome::Matched { task_id, info } if !rec.plan.is_empty() => {
                    rep.count_matched(rec.cells, rec.other.len());
                    rep.count_method(info.method);
                    of.task_id = Some(task_id);
                    exceptions.extend(of.problems(&rec.problems));
                }
                RowOutcome::Rejected {
                    kind,
                    task_id,
                    message,
                    place,
                } => {
                    rep.count_exception(rec.cells);
                    of.task_id = task_id.as_deref();
                    exceptions.push(of.exception(*kind, place, message));
                }
                _ => rep.count_other(1, rec.cells),
            }
        }
    }
    (rep, exceptions)
}

/// The plans offered, as versions per (task, unit) in register order: the latest in force,
/// earlier ones that differ kept, milestones moved later flagged; then the current period's
/// entries judged. Exceptions go to the model.
pub(crate) fn gather(model: &mut Model, mut offered: Vec<Offered>, settings: &Settings) {
    if offered.is_empty() {
        return;
    }
    offered.sort_by(|a, b| a.order.cmp(&b.order));
    let mut by_key: BTreeMap<(usize, usize), (String, String, Vec<PlanVersion>)> = BTreeMap::new();
    for o in offered {
        let Some(key) = position(model, &o.task_id, &o.unit) else {
            continue;
        };
        let slot = by_key.entry(key).or_insert((o.task_id, o.unit, vec![]));
        slot.2.push(o.version);
    }
    for (_, (task_id, unit, versions)) in by_key {
        let plan = versions_to_plan(task_id, unit, versions);
        model.exceptions.extend(moved_exceptions(&plan));
        model.plans.push(plan);
    }
    judge_all(model, settings.plan.tolerance);
}

/// (register position of the task, position of the unit among its reporting units).
fn position(model: &Model, task_id: &str, unit: &str) -> Option<(usize, usize)> {
    let t = model.register.tasks.iter().position(|t| t.id == task_id)?;
    let u = model.register.tasks[t]
        .reporting_units()
        .position(|u| u == unit)?;
    Some((t, u))
}

fn versions_to_plan(task_id: String, unit: String, versions: Vec<PlanVersion>) -> Plan {
    let mut distinct: Vec<PlanVersion> = vec![];
    for v in versions {
        if distinct.last().is_none_or(|last| !same_content(last, &v)) {
            distinct.push(v);
        }
    }
    let moved = distinct
        .windows(2)
        .flat_map(|w| moved_later(&w[0], &w[1]))
        .collect();
    let current = distinct.pop().expect("a plan has a version");
    Plan {
        task_id,
        unit,
        current,
        earlier: distinct,
        moved,
        verdict: None,
        decision: None,
    }
}

/// The same target and milestones (places and files aside).
fn same_content(a: &PlanVersion, b: &PlanVersion) -> bool {
    let words = |v: &PlanVersion| {
        let ms: Vec<_> = v
            .milestones
            .iter()
            .map(|m| {
                (
                    m.period,
                    m.text.clone(),
                    m.standard.clone(),
                    m.percent,
                    m.percent_text.clone(),
                )
            })
            .collect();
        let unplaced: Vec<&String> = v.unplaced.iter().map(|(t, _)| t).collect();
        (
            v.target.clone(),
            ms,
            unplaced.into_iter().cloned().collect::<Vec<_>>(),
        )
    };
    words(a) == words(b)
}

/// The milestones of `before` that `after` moves later: a lower planned percent for the same
/// period, or the milestone's words now only under a later period.
fn moved_later(before: &PlanVersion, after: &PlanVersion) -> Vec<Moved> {
    let key = crate::text::normal::task_key;
    let mut out = vec![];
    for m in &before.milestones {
        let now = after.milestone(m.period);
        let lower = matches!((m.planned(), now.and_then(Milestone::planned)), (Some(a), Some(b)) if b < a);
        let words = key(&m.text);
        let kept = now.is_some_and(|n| key(&n.text).contains(&words));
        let later = !words.is_empty()
            && !kept
            && after
                .milestones
                .iter()
                .any(|n| n.period > m.period && key(&n.text).contains(&words));
        if lower || later {
            let place = now
                .map(|n| n.place.clone())
                .or_else(|| after.milestones.first().map(|n| n.place.clone()))
                .unwrap_or_else(|| Place::file(&after.file));
            out.push(Moved {
                period: m.period,
                before: m.summary(),
                before_file: before.file.clone(),
                after: now.map_or_else(|| PlanMsg::NoLongerPlanned.to_string(), Milestone::summary),
                place,
            });
        }
    }
    out
}

fn moved_exceptions(plan: &Plan) -> Vec<Exception> {
    plan.moved
        .iter()
        .map(|m| Exception {
            kind: ExceptionKind::Rescheduled,
            place: m.place.clone(),
            period: None,
            unit: Some(plan.unit.clone()),
            task_id: Some(plan.task_id.clone()),
            message: PlanMsg::Moved {
                place: m.place.to_string(),
                unit: plan.unit.clone(),
                task: plan.task_id.clone(),
                period: m.period.label().to_string(),
                before: m.before.clone(),
                file: m.before_file.clone(),
                after: m.after.clone(),
            }
            .to_string(),
            row_text: format!("{} → {}", m.before, m.after),
        })
        .collect()
}

/// Each plan's entry of the current period against its milestone; 序时推进 while 欠进度 is
/// an exception.
fn judge_all(model: &mut Model, tolerance: u8) {
    let (plans, Some(progress), exceptions) = plans_and_progress(model) else {
        return;
    };
    for plan in plans.iter_mut() {
        exceptions.extend(judge_one(plan, progress, tolerance));
    }
}

/// The model's plans, its current period's progress and its exceptions, borrowed apart.
fn plans_and_progress(
    model: &mut Model,
) -> (
    &mut Vec<Plan>,
    Option<&crate::model::PeriodProgress>,
    &mut Vec<Exception>,
) {
    let Model {
        plans,
        periods,
        current,
        exceptions,
        ..
    } = model;
    let progress = periods.iter().find(|p| p.period == *current);
    (plans, progress, exceptions)
}

/// One plan's entry of the current period against the milestone in force
/// ([`Plan::milestone_in_force`]); the exception when the unit says 序时推进 while 欠进度.
fn judge_one(plan: &mut Plan, progress: &crate::model::PeriodProgress, tolerance: u8) -> Option<Exception> {
    let current = progress.period;
    let entry = progress.entry(&plan.task_id, &plan.unit)?;
    let milestone = plan.milestone_in_force(current.kind);
    let mut v = judge(milestone, current.kind, entry.status, entry.percent, tolerance);
    if let Some(kept) = plan.kept_earlier(current.kind) {
        let file = kept.file.clone();
        let kept = PlanMsg::JudgedByEarlier { file }.to_string();
        v.reason = crate::msg::clauses([v.reason.as_str(), kept.as_str()]);
    }
    let behind = v.judgement == crate::plan::Judgement::Behind && entry.status == Status::OnTrack;
    let found = milestone.filter(|_| behind).map(|m| {
        let place = entry.source.clone().unwrap_or_else(|| m.place.clone());
        Exception {
            kind: ExceptionKind::BehindPlan,
            message: PlanMsg::OnTrackButBehind {
                place: place.to_string(),
                unit: plan.unit.clone(),
                task: plan.task_id.clone(),
                period: current.kind.label().to_string(),
                milestone: m.summary(),
                why: v.reason.clone(),
            }
            .to_string(),
            place,
            period: Some(current),
            unit: Some(plan.unit.clone()),
            task_id: Some(plan.task_id.clone()),
            row_text: m.summary(),
        }
    });
    plan.verdict = Some(v);
    found
}

/// The office's decisions on the 调整节点 (read by the driver from the master ledger's
/// 节点计划 sheet, before anything is compared or rendered) put on their plans. A decided move
/// (同意 or 不同意) is no longer an open exception (the run report lists the decision with
/// its cell); 不同意 judges the entry against the earlier milestone again. A value that is
/// neither is an exception naming the cell. A decision whose row has no plan now, or that was
/// made on other moves than the plan's now (the unit moved a milestone again: the row's
/// 调整节点 then said otherwise), is an exception quoting it and does not apply. Every other
/// decision stays on its plan, so the new ledger writes it back.
pub fn decide(model: &mut Model, decisions: Vec<crate::plan::Decision>, settings: &Settings) {
    let mut found = vec![];
    for d in decisions {
        let Some(plan) = model
            .plans
            .iter_mut()
            .find(|p| p.task_id == d.task_id && p.unit == d.unit)
        else {
            found.push(decision_exception(
                &d,
                PlanMsg::DecisionNotPlaced {
                    place: d.place.to_string(),
                    text: d.text.clone(),
                    unit: d.unit.clone(),
                    task: d.task_id.clone(),
                },
            ));
            continue;
        };
        if plan.moved.is_empty() || plan.decided_on_this(&d) {
            plan.decision = Some(d);
        } else {
            let message = PlanMsg::DecisionStale {
                place: d.place.to_string(),
                text: d.text.clone(),
                unit: d.unit.clone(),
                task: d.task_id.clone(),
                now: plan.moved_text(),
            };
            found.push(decision_exception(&d, message));
        }
    }
    let (plans, progress, exceptions) = plans_and_progress(model);
    for plan in plans.iter_mut().filter(|p| !p.moved.is_empty()) {
        let Some(d) = &plan.decision else {
            continue;
        };
        let of_plan = |e: &Exception, kind: ExceptionKind| {
            e.kind == kind
                && e.task_id.as_deref() == Some(plan.task_id.as_str())
                && e.unit.as_deref() == Some(plan.unit.as_str())
        };
        match d.accepted() {
            None => found.push(decision_exception(
                d,
                PlanMsg::DecisionUnreadable {
                    place: d.place.to_string(),
                    text: d.text.clone(),
                    unit: plan.unit.clone(),
                    task: plan.task_id.clone(),
                },
            )),
            Some(accepted) => {
                exceptions.retain(|e| !of_plan(e, ExceptionKind::Rescheduled));
                if !accepted {
                    exceptions.retain(|e| !of_plan(e, ExceptionKind::BehindPlan));
                    if let Some(progress) = progress {
                        exceptions.extend(judge_one(plan, progress, settings.plan.tolerance));
                    }
                }
            }
        }
    }
    model.exceptions.extend(found);
}

/// An open 调整节点 at the ledger cell of the office's decision.
fn decision_exception(d: &crate::plan::Decision, message: PlanMsg) -> Exception {
    Exception {
        kind: ExceptionKind::Rescheduled,
        place: d.place.clone(),
        period: None,
        unit: Some(d.unit.clone()),
        task_id: Some(d.task_id.clone()),
        message: message.to_string(),
        row_text: d.text.clone(),
    }
}
