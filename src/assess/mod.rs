//! 考核: the year-end assessment of the reporting units, year to date.
//!
//! Stage 7. [`Assessment::compute`] reads the merged [`Model`], what `compare` found in every
//! period ([`Changes`]) and the `[assessment]` settings, and hands the renderers (through the
//! run's `Analysis`) one [`UnitScore`] per reporting unit: the facts counted (reports due, on
//! time, late, missing, over every period of the year the model holds up to the current one;
//! the unit's entries by status at the current period; entries copied from the unit's previous
//! report, in every period counted; rows that needed the office's correction), the points
//! each rule gives, the total and the rank. Every count keeps its [`Evidence`] (period,
//! file / sheet / cell), so every point can be checked.
//!
//! Never accuse without evidence: only a return the merge found late is late, only a period
//! with no return of the unit is missing; any other timeliness (a return whose date could not
//! be told or that could not be read) counts as [`Fact::Undated`]. A period the model does not
//! hold (no return of anyone in input/) is not counted at all.

pub mod rules;

use crate::compare::{Change, ChangeKind, Changes};
use crate::model::{Entry, Exception, ExceptionKind, Model, PeriodProgress, Place, Submission, Timeliness};
use crate::msg;
use crate::period::{Period, PeriodKind};
use crate::settings::Settings;
use crate::status::Status;
pub use rules::{Fact, Rules};
use serde::Serialize;

/// One counted report, entry or row, and where to check it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    pub fact: Fact,
    pub period: Period,
    /// The task, for entry facts.
    pub task_id: Option<String>,
    /// File (relative to input/), sheet and cell; empty parts when there is no file (a
    /// missing return) or the fact concerns the whole file.
    pub place: Place,
    pub note: String,
}

/// One unit's year so far.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UnitScore {
    pub unit: String,
    /// Counts by [`Fact::index`].
    pub facts: [usize; Fact::COUNT],
    /// Points by [`Fact::index`]: count × the rule's points.
    pub points: [f64; Fact::COUNT],
    pub total: f64,
    /// 1 for the best; tied totals share a rank (1, 1, 3).
    pub rank: usize,
    /// Each period's report: (period, on-time / late / missing / undated).
    pub reports: Vec<(Period, Fact)>,
    pub evidence: Vec<Evidence>,
}

impl UnitScore {
    pub fn count(&self, fact: Fact) -> usize {
        self.facts[fact.index()]
    }

    pub fn points_of(&self, fact: Fact) -> f64 {
        self.points[fact.index()]
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    /// The period the run reports on: the assessment runs up to its end (截至本期).
    pub current: Period,
    /// The periods whose reports were counted, in order.
    pub periods: Vec<Period>,
    pub rules: Rules,
    /// Sorted by rank, then register order.
    pub rows: Vec<UnitScore>,
}

impl Assessment {
    /// Runs once per run, in the driver, after `compare`.
    pub fn compute(model: &Model, changes: &Changes, settings: &Settings) -> Assessment {
        let rules = Rules::new(&settings.assessment);
        let periods: Vec<&PeriodProgress> = model
            .periods
            .iter()
            .filter(|p| p.period.year == model.current.year && p.period <= model.current)
            .collect();
        let current = model.current_progress();
        let copied = copied_changes(changes, model.current);
        let mut rows: Vec<UnitScore> = model
            .register
            .reporting_units()
            .map(|u| {
                let mut evidence = Vec::new();
                let reports = periods
                    .iter()
                    .filter_map(|p| Some((p.period, report_fact(p, p.submission(&u.name)?, &mut evidence))))
                    .collect();
                entry_facts(current, &u.name, &mut evidence);
                copied_facts(&copied, &u.name, &mut evidence);
                correction_facts(model, &u.name, &mut evidence);
                score(&u.name, reports, evidence, &rules)
            })
            .collect();
        rank(&mut rows);
        Assessment {
            current: model.current,
            periods: periods.iter().map(|p| p.period).collect(),
            rules,
            rows,
        }
    }

    /// At 全年 the assessment is final; before, it is year to date.
    pub fn is_final(&self) -> bool {
        self.current.kind == PeriodKind::Y
    }

    pub fn row(&self, unit: &str) -> Option<&UnitScore> {
        self.rows.iter().find(|r| r.unit == unit)
    }

    /// The units of the best rank (several when tied).
    pub fn top(&self) -> Vec<&UnitScore> {
        self.rows.iter().filter(|r| r.rank == 1).collect()
    }

    /// The units of the worst rank.
    pub fn bottom(&self) -> Vec<&UnitScore> {
        let worst = self.rows.iter().map(|r| r.rank).max().unwrap_or(0);
        self.rows.iter().filter(|r| r.rank == worst).collect()
    }
}

/// The report fact of one period, with its evidence.
fn report_fact(p: &PeriodProgress, s: &Submission, evidence: &mut Vec<Evidence>) -> Fact {
    let deadline = p.deadline.format("%Y-%m-%d").to_string();
    let date = s
        .date()
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default();
    let source = s
        .evidence
        .as_ref()
        .map(|e| e.kind.label())
        .unwrap_or_default()
        .to_string();
    // Only the merge's explicit verdicts accuse; a return whose date is unknown or that cannot
    // be read was received, and nothing says when: reported-but-undated, never late or missing.
    let (fact, note) = match s.timeliness {
        Timeliness::OnTime => (
            Fact::OnTime,
            msg::RenderMsg::AssessmentOnTimeReturn {
                date,
                source,
                deadline,
            },
        ),
        Timeliness::Late => (
            Fact::Late,
            msg::RenderMsg::AssessmentLateReturn {
                date,
                source,
                deadline,
            },
        ),
        Timeliness::Missing => (Fact::Missing, msg::RenderMsg::AssessmentNoReturn { deadline }),
        Timeliness::Empty => (Fact::Empty, msg::RenderMsg::AssessmentEmptyReturn { deadline }),
        Timeliness::Undated | Timeliness::Unreadable => (
            Fact::Undated,
            msg::RenderMsg::AssessmentUndatedReturn { deadline },
        ),
    };
    // The cell (or register row) that dates the return, else its files.
    let places = match (&s.evidence, s.files.is_empty()) {
        (Some(e), _) => vec![e.place.clone()],
        (None, true) => vec![Place::default()],
        (None, false) => s.files.iter().map(|f| Place::file(f)).collect(),
    };
    for place in places {
        evidence.push(Evidence {
            fact,
            period: p.period,
            task_id: None,
            place,
            note: note.to_string(),
        });
    }
    fact
}

fn status_fact(status: Status) -> Fact {
    match status {
        Status::Completed => Fact::Completed,
        Status::OnTrack => Fact::OnTrack,
        Status::Lagging => Fact::Lagging,
        Status::NotStarted => Fact::NotStarted,
        Status::NoReport => Fact::NoReport,
    }
}

/// The unit's entries at the current period, one fact each by status.
fn entry_facts(current: &PeriodProgress, unit: &str, evidence: &mut Vec<Evidence>) {
    for e in current.entries.iter().filter(|e| e.unit == unit) {
        evidence.push(entry_evidence(
            status_fact(e.status),
            current.period,
            e,
            e.status.label(),
        ));
    }
}

fn entry_evidence(fact: Fact, period: Period, e: &Entry, note: &str) -> Evidence {
    Evidence {
        fact,
        period,
        task_id: Some(e.task_id.clone()),
        place: e.source.clone().unwrap_or_default(),
        note: note.to_string(),
    }
}

/// The entries flagged 与上期雷同 in every period counted, as the compare stage found them:
/// each earlier period's as of that period, then the current period's (what the ledger shows).
fn copied_changes(changes: &Changes, current: Period) -> Vec<(Period, &Change)> {
    let earlier = changes.earlier.iter().map(|p| (p.period, &p.changes[..]));
    earlier
        .chain([(current, &changes.changes[..])])
        .flat_map(|(period, all)| {
            all.iter()
                .filter(|c| c.kind == ChangeKind::Copied)
                .map(move |c| (period, c))
        })
        .collect()
}

/// The unit's copied entries, with the copied row as the place and both periods in the note.
fn copied_facts(copied: &[(Period, &Change)], unit: &str, evidence: &mut Vec<Evidence>) {
    for (period, c) in copied.iter().filter(|(_, c)| c.unit == unit) {
        evidence.push(Evidence {
            fact: Fact::Copied,
            period: *period,
            task_id: Some(c.task_id.clone()),
            place: c.source.clone().unwrap_or_default(),
            note: c.describe(),
        });
    }
}

/// Rows that needed the office: exceptions of the unit that need action, except rows of a
/// superseded return (the unit corrected those itself by sending a new one).
fn needs_correction(kind: ExceptionKind) -> bool {
    kind.needs_action() && kind != ExceptionKind::Superseded
}

fn correction_facts(model: &Model, unit: &str, evidence: &mut Vec<Evidence>) {
    let mine = |x: &&Exception| {
        x.unit.as_deref() == Some(unit)
            && needs_correction(x.kind)
            && x.period.is_none_or(|p| p <= model.current)
    };
    for x in model.exceptions.iter().filter(mine) {
        evidence.push(Evidence {
            fact: Fact::Corrected,
            period: x.period.unwrap_or(model.current),
            task_id: x.task_id.clone(),
            place: x.place.clone(),
            note: format!("{}：{}", x.kind.label(), x.message),
        });
    }
}

fn score(unit: &str, reports: Vec<(Period, Fact)>, evidence: Vec<Evidence>, rules: &Rules) -> UnitScore {
    let mut facts = [0usize; Fact::COUNT];
    facts[Fact::Due.index()] = reports.len();
    for (_, f) in &reports {
        facts[f.index()] += 1;
    }
    for e in evidence
        .iter()
        .filter(|e| e.task_id.is_some() || e.fact == Fact::Corrected)
    {
        facts[e.fact.index()] += 1;
        if e.fact != Fact::Corrected && e.fact != Fact::Copied {
            facts[Fact::Tasks.index()] += 1;
        }
    }
    let points = Fact::ALL.map(|f| facts[f.index()] as f64 * rules.points(f));
    let total = round(rules.base + points.iter().sum::<f64>());
    UnitScore {
        unit: unit.to_string(),
        facts,
        points,
        total,
        rank: 0,
        reports,
        evidence,
    }
}

/// Scores to 1/10000 of a point, so that equal scores compare equal.
fn round(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// Sorts by total (best first; register order among equals, the sort is stable) and ranks.
fn rank(rows: &mut [UnitScore]) {
    rows.sort_by(|a, b| b.total.total_cmp(&a.total));
    for i in 0..rows.len() {
        rows[i].rank = if i > 0 && rows[i].total == rows[i - 1].total {
            rows[i - 1].rank
        } else {
            i + 1
        };
    }
}
