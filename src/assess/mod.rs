//! 考核: the year-end assessment of the reporting units, year to date.
//!
//! Stage 7. [`Assessment::compute`] reads the merged [`Model`], what `compare` found in every
//! period ([`Changes`]) and the `[assessment]` settings, and hands the renderers (through the
//! run's `Analysis`) one [`UnitScore`] per reporting unit: the facts counted (reports due, on
//! time, late, missing, over every period of the year the model holds up to the current one;
//! the unit's entries by status at the current period; entries copied from the unit's previous
//! report, in every period counted; rows that needed the office's correction), the points
//! each rule gives (reports per count, tasks by their share of the unit's own tasks:
//! [`rules::Scoring`]), the total, the rank and the score in one line
//! ([`UnitScore::explain`]). An entry whose status its own progress contradicts counts as
//! `[assessment] contradicted` says (default 需核对更正), not by its status. Every count keeps
//! its [`Evidence`] (period, file / sheet / cell), so every point can be checked.
//!
//! Never accuse without evidence: only a return the merge found late is late, only a period
//! with no return of the unit is missing; any other timeliness (a return whose date could not
//! be told or that could not be read) counts as [`Fact::Undated`]. In a year with 节点计划, the
//! unit's entries judged 欠进度 against its own milestones count as [`Fact::BehindPlan`]. A period the model does not
//! hold (no return of anyone in input/) is not counted at all.

pub mod rules;

use crate::compare::{Change, ChangeKind, Changes};
use crate::model::{Entry, Exception, ExceptionKind, Model, PeriodProgress, Place, Submission, Timeliness};
use crate::msg;
use crate::period::{Period, PeriodKind};
use crate::plan::Judgement;
use crate::settings::Settings;
use crate::status::Status;
pub use rules::{Contradicted, Fact, Rules, Scoring};
use serde::Serialize;

/// One counted report, entry or row, and where to check it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    pub fact: Fact,
    pub period: Period,
    /// The task, for entry facts.
    pub(crate) task_id: Option<String>,
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
    pub(crate) facts: [usize; Fact::COUNT],
    /// Shares of the unit's own tasks by [`Fact::index`], for the rate facts (0-1).
    pub(crate) rates: [f64; Fact::COUNT],
    /// The denominator of each rate: the unit's tasks, × the periods compared for 与上期雷同.
    pub(crate) of: [usize; Fact::COUNT],
    /// Points by [`Fact::index`]: count × the rule's points for a report fact, share × the
    /// rule's points for a task fact; to 1/100 of a point.
    pub(crate) points: [f64; Fact::COUNT],
    pub total: f64,
    /// 1 for the best; tied totals share a rank (1, 1, 3).
    pub rank: usize,
    /// Each period's report: (period, on-time / late / missing / undated).
    pub(crate) reports: Vec<(Period, Fact)>,
    pub evidence: Vec<Evidence>,
}

impl UnitScore {
    pub fn count(&self, fact: Fact) -> usize {
        self.facts[fact.index()]
    }

    pub fn points_of(&self, fact: Fact) -> f64 {
        self.points[fact.index()]
    }

    pub(crate) fn rate(&self, fact: Fact) -> f64 {
        self.rates[fact.index()]
    }

    /// The score in one line, from the unit's own reports and tasks:
    /// "100 −2（逾期报送1次） +5（完成率50%，1/2项） −5（滞后率50%，1/2项） = 98".
    pub fn explain(&self, rules: &Rules) -> String {
        let terms: String = Fact::ALL
            .into_iter()
            .filter(|f| self.points_of(*f) != 0.0)
            .map(|f| {
                let points = rules::signed(self.points_of(f));
                let (count, of) = (self.count(f), self.of[f.index()]);
                let (rate, share) = (f.rate_label().to_string(), rules::percent(self.rate(f)));
                match f.scoring() {
                    Scoring::Rate if f == Fact::Copied => msg::RenderMsg::AssessmentCopiedTerm {
                        points,
                        rate,
                        share,
                        count,
                        of,
                    },
                    Scoring::Rate => msg::RenderMsg::AssessmentRateTerm {
                        points,
                        rate,
                        share,
                        count,
                        of,
                    },
                    _ => msg::RenderMsg::AssessmentCountTerm {
                        points,
                        fact: f.label().to_string(),
                        count,
                        unit: f.measure().to_string(),
                    },
                }
                .to_string()
            })
            .collect();
        msg::RenderMsg::AssessmentExplain {
            base: rules::number(rules.base),
            terms,
            total: rules::number(self.total),
        }
        .to_string()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    /// The period the run reports on: the assessment runs up to its end (截至本期).
    pub(crate) current: Period,
    /// The periods whose reports were counted, in order.
    pub periods: Vec<Period>,
    pub rules: Rules,
    /// Sorted by rank, then register order.
    pub rows: Vec<UnitScore>,
}

impl Assessment {
    /// Runs once per run, in the driver, after `compare`.
    pub fn compute(model: &Model, changes: &Changes, settings: &Settings) -> Assessment {
        let rules = Rules::new(&settings.assessment, !model.plans.is_empty());
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
                entry_facts(current, &u.name, &rules, &mut evidence);
                copied_facts(&copied, &u.name, &mut evidence);
                correction_facts(model, &u.name, &mut evidence);
                behind_plan_facts(model, current, &u.name, &mut evidence);
                let tasks = current.entries.iter().filter(|e| e.unit == u.name).count();
                let shares = Shares {
                    tasks,
                    compared: periods.len().saturating_sub(1),
                };
                score(&u.name, reports, evidence, shares, &rules)
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
    pub(crate) fn top(&self) -> Vec<&UnitScore> {
        self.rows.iter().filter(|r| r.rank == 1).collect()
    }

    /// The units of the worst rank.
    pub(crate) fn bottom(&self) -> Vec<&UnitScore> {
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

/// The unit's entries at the current period, one fact each by status; an entry whose status
/// its own progress contradicts counts as the settings say (default 需核对更正).
fn entry_facts(current: &PeriodProgress, unit: &str, rules: &Rules, evidence: &mut Vec<Evidence>) {
    for e in current.entries.iter().filter(|e| e.unit == unit) {
        let doubted = match (&e.contradiction, rules.contradicted) {
            (Some(c), Contradicted::As(fact)) => Some((c, fact)),
            _ => None,
        };
        let item = match doubted {
            Some((c, fact)) => {
                let note = msg::RenderMsg::AssessmentContradicted {
                    status: e.status.label().to_string(),
                    against: c.against.clone(),
                };
                let mut ev = entry_evidence(fact, current.period, e, &note.to_string());
                ev.place = c.place.clone();
                ev
            }
            None => entry_evidence(status_fact(e.status), current.period, e, e.status.label()),
        };
        evidence.push(item);
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
/// superseded return (the unit corrected those itself by sending a new one) and a status its
/// own progress contradicts (its entry counts it, as `[assessment] contradicted` says) or
/// 序时推进 behind the unit's own milestone (its entry counts as [`Fact::BehindPlan`]).
fn needs_correction(kind: ExceptionKind) -> bool {
    kind.needs_action() && !matches!(kind, ExceptionKind::Contradiction | ExceptionKind::BehindPlan)
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
            note: msg::labelled(x.kind.label(), x.message.as_str()),
        });
    }
}

/// The unit's entries of the current period judged 欠进度 against its own milestones
/// (节点计划), with the milestone in the note.
fn behind_plan_facts(model: &Model, current: &PeriodProgress, unit: &str, evidence: &mut Vec<Evidence>) {
    for e in current.entries.iter().filter(|e| e.unit == unit) {
        let Some(v) = model.plan(&e.task_id, unit).and_then(|p| p.verdict.as_ref()) else {
            continue;
        };
        if v.judgement == Judgement::Behind {
            let note = msg::labelled(Judgement::Behind.label(), v.reason.as_str());
            evidence.push(entry_evidence(Fact::BehindPlan, model.current, e, &note));
        }
    }
}

/// What the unit's shares are of: its tasks at the current period, and the periods after the
/// first counted (the ones compared with a previous report).
struct Shares {
    tasks: usize,
    compared: usize,
}

fn score(
    unit: &str,
    reports: Vec<(Period, Fact)>,
    evidence: Vec<Evidence>,
    shares: Shares,
    rules: &Rules,
) -> UnitScore {
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
    }
    facts[Fact::Tasks.index()] = shares.tasks;
    let of = Fact::ALL.map(|f| match f {
        Fact::Copied => shares.tasks * shares.compared,
        _ => shares.tasks,
    });
    let rates = Fact::ALL.map(|f| match (f.scoring(), of[f.index()]) {
        (Scoring::Rate, n) if n > 0 => (facts[f.index()] as f64 / n as f64).min(1.0),
        _ => 0.0,
    });
    let points = Fact::ALL.map(|f| {
        let p = rules.points(f);
        round2(match f.scoring() {
            Scoring::PerReport => facts[f.index()] as f64 * p,
            Scoring::Rate => rates[f.index()] * p,
            Scoring::Listed => 0.0,
        })
    });
    let total = round(rules.base + points.iter().sum::<f64>());
    UnitScore {
        unit: unit.to_string(),
        facts,
        rates,
        of,
        points,
        total,
        rank: 0,
        reports,
        evidence,
    }
}

/// Points to 1/100, as the sheet shows them, so the one-line account adds up.
fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
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
