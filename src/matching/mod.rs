//! Stage 4: typed records -> tasks, units and periods.
//!
//! For each data sheet: the unit and period from their clues ([`identity`]), then each
//! record's task ([`task`]) with how it was matched. A row that fits no task, fits several,
//! or names a task its unit does not lead gets a typed rejection with a message naming its
//! cell, so nothing is lost on the way to `merge`.
//!
//! Hands on one [`MatchedReturn`] per workbook.

pub(crate) mod identity;
pub(crate) mod task;
pub(crate) mod template;

use crate::collect::Format;
use crate::extract::{Extracted, FormIdentity, Problem, Record, SheetCount, SheetRecords};
use crate::finding::{ExceptionKind, Finding, Layout, MatchInfo, MatchMethod};
use crate::msg::{CommonMsg, MatchingMsg};
use crate::period::Period;
use crate::place::Place;
use crate::register::Register;
use crate::settings::Settings;
use chrono::NaiveDate;
use identity::{decide, find_period, find_unit, Clue, Clues};
use std::collections::BTreeMap;
use task::{TaskIndex, TaskMatch};

/// What became of a record.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum RowOutcome {
    Matched {
        task_id: String,
        info: MatchInfo,
    },
    /// Not tied to a task of the unit: Unmatched, Ambiguous, NotOwnTask or Identity.
    Rejected {
        kind: ExceptionKind,
        task_id: Option<String>,
        message: String,
        /// The cell the message names (the task's text or number, else the row's first).
        place: Place,
    },
    /// An empty row of a task the unit does not report (the rest of a task table the office
    /// sent round): nothing to merge, nothing to do.
    Template {
        task_id: String,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct MatchedRow {
    pub(crate) record: Record,
    pub(crate) outcome: RowOutcome,
}

/// One data sheet with its unit, period and matched rows.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct MatchedSheet {
    pub(crate) sheet: String,
    pub(crate) unit: Option<String>,
    /// None when no clue names it: merge takes the current period.
    pub(crate) period: Option<Period>,
    /// 填报日期, resolved.
    pub(crate) date: Option<NaiveDate>,
    /// The cell `date` was read from: the 填报日期 label's value, or the row's date column.
    pub(crate) date_place: Option<Place>,
    pub(crate) rows: Vec<MatchedRow>,
    pub(crate) count: SheetCount,
    /// Label problems (an unreadable 填报日期).
    pub(crate) problems: Vec<Problem>,
    /// Identity problems (clues disagree, none found).
    pub(crate) findings: Vec<Finding>,
    /// The file's name (or folders) names a later period than the sheet's other clues:
    /// merge weighs it against the unit's other returns ([`ByName`]).
    pub(crate) by_name: Option<ByName>,
}

/// A later period named by the file's name than by the sheet's content.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ByName {
    pub(crate) period: Period,
    /// The clues' disagreement, said when the content's period is kept.
    pub(crate) conflict: String,
    /// The clues, listed.
    pub(crate) clues: String,
}

/// One workbook, matched.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct MatchedReturn {
    pub(crate) path: String,
    pub(crate) format: Format,
    pub(crate) modified: Option<NaiveDate>,
    pub(crate) layout: Layout,
    pub(crate) sheets: Vec<MatchedSheet>,
    pub(crate) warnings: Vec<Finding>,
}

/// Everything matching needs besides the workbook.
pub(crate) struct Matcher<'a> {
    pub(crate) register: &'a Register,
    pub(crate) settings: &'a Settings,
    pub(crate) index: TaskIndex<'a>,
    /// What extract compares cells with to tell a column's role.
    pub(crate) vocab: crate::extract::Vocab<'a>,
    /// `--period`: the last clue for the period.
    pub(crate) period: Option<Period>,
}

impl<'a> Matcher<'a> {
    pub(crate) fn new(register: &'a Register, settings: &'a Settings, period: Option<Period>) -> Self {
        Matcher {
            register,
            settings,
            index: TaskIndex::new(register),
            vocab: crate::extract::Vocab::new(register),
            period,
        }
    }

    pub(crate) fn match_workbook(&self, ex: Extracted) -> MatchedReturn {
        let layout = if ex.identity.is_some() {
            Layout::Form
        } else {
            Layout::Own
        };
        let sheets = ex.sheets.iter().map(|s| self.match_sheet(&ex, s)).collect();
        MatchedReturn {
            path: ex.path,
            format: ex.format,
            modified: ex.modified,
            layout,
            sheets,
            warnings: ex.warnings,
        }
    }

    fn match_sheet(&self, ex: &Extracted, sheet: &SheetRecords) -> MatchedSheet {
        let place = Place {
            file: ex.path.clone(),
            sheet: sheet.sheet.clone(),
            cell: String::new(),
        };
        let mut findings = Vec::new();
        let mut note = |msg: Option<String>| {
            if let Some(m) = msg {
                findings.push(Finding {
                    place: place.clone(),
                    message: CommonMsg::AtPlace {
                        place: place.to_string(),
                        text: m,
                    }
                    .to_string(),
                });
            }
        };
        let clues = self.period_clues(ex, sheet);
        let (period, conflict) = decide(&clues, Clues::Period);
        let named = find_period(stem(&ex.path), self.settings.year);
        let by_name = match (period, named, conflict) {
            (Some(taken), Some(named), Some(conflict)) if named > taken => Some(ByName {
                period: named,
                conflict,
                clues: identity::listed(&clues),
            }),
            (_, _, conflict) => {
                note(conflict);
                None
            }
        };
        let period = period.or(self.period);
        let (mut unit, conflict) = decide(&self.unit_clues(ex, sheet), Clues::Unit);
        note(conflict);
        let mut matches = self.match_tasks(ex.identity.as_ref(), sheet, unit.as_deref());
        // The unit leading the sheet's tasks: asked only when the clues name no unit, or one
        // that leads none of them.
        match &unit {
            Some(u) if self.leads_any(u, &matches) => {}
            Some(u) => {
                if let Some(t) = self.unit_by_tasks(&matches).filter(|t| t != u) {
                    let (unit, by_tasks) = (u.clone(), t);
                    note(Some(
                        MatchingMsg::LabelsAndTasksDisagree { unit, by_tasks }.to_string(),
                    ));
                }
            }
            None => match self.unit_by_tasks(&matches) {
                Some(t) => {
                    unit = Some(t);
                    matches = self.match_tasks(ex.identity.as_ref(), sheet, unit.as_deref());
                }
                None => note(Some(MatchingMsg::NoUnit.to_string())),
            },
        }
        let foreign = |id: &str| {
            let task = self.register.task(id);
            unit.as_deref()
                .is_some_and(|u| task.is_some_and(|t| !t.reported_by(u)))
        };
        let template = template::template_rows(sheet, &matches, foreign);
        let rows = sheet
            .records
            .iter()
            .zip(matches)
            .zip(template)
            .map(|((r, m), template)| self.outcome(r.clone(), m, unit.as_deref(), template))
            .collect();
        let year = period.map_or(self.settings.year, |p| p.year);
        let year_end = period.is_some_and(|p| p.kind == crate::period::PeriodKind::Y);
        let (date, date_place) = sheet
            .date
            .as_ref()
            .or_else(|| sheet.records.iter().find_map(|r| r.date.as_ref()))
            .and_then(|(d, place)| Some((d.resolve(year, year_end)?, place.clone())))
            .unzip();
        MatchedSheet {
            sheet: sheet.sheet.clone(),
            unit,
            period,
            date,
            date_place,
            rows,
            count: sheet.count,
            problems: sheet.problems.clone(),
            findings,
            by_name,
        }
    }

    fn period_clues(&self, ex: &Extracted, sheet: &SheetRecords) -> Vec<Clue<Period>> {
        let year = self.settings.year;
        let mut clues = Vec::new();
        if let Some(p) = ex.identity.as_ref().and_then(|i| i.period) {
            clues.push(Clue {
                source: MatchingMsg::ClueForm.to_string(),
                value: p,
            });
        }
        let texts = sheet_texts(ex, sheet, sheet.period_label.as_ref().map(|t| (t, "报告期")));
        for (source, text) in texts {
            if let Some(p) = find_period(&text, year) {
                clues.push(Clue { source, value: p });
            }
        }
        clues
    }

    fn unit_clues(&self, ex: &Extracted, sheet: &SheetRecords) -> Vec<Clue<String>> {
        let mut clues = Vec::new();
        if let Some(u) = ex.identity.as_ref().and_then(|i| i.unit.as_ref()) {
            let value = find_unit(self.register, u, self.settings).unwrap_or_else(|| u.clone());
            clues.push(Clue {
                source: MatchingMsg::ClueForm.to_string(),
                value,
            });
        }
        let label = sheet
            .unit_label
            .as_ref()
            .or_else(|| sheet.records.iter().find_map(|r| r.unit.as_ref()));
        for (source, text) in sheet_texts(ex, sheet, label.map(|t| (t, "填报单位"))) {
            if let Some(u) = find_unit(self.register, &text, self.settings) {
                clues.push(Clue { source, value: u });
            }
        }
        clues
    }

    fn own_tasks(&self, unit: Option<&str>) -> &[String] {
        unit.and_then(|u| self.register.unit(u))
            .map_or(&[], |u| u.lead_tasks.as_slice())
    }

    fn match_tasks(
        &self,
        form: Option<&FormIdentity>,
        sheet: &SheetRecords,
        unit: Option<&str>,
    ) -> Vec<TaskMatch> {
        let own = self.own_tasks(unit);
        sheet
            .records
            .iter()
            .map(|r| self.match_record(form, r, own))
            .collect()
    }

    fn match_record(&self, form: Option<&FormIdentity>, r: &Record, own: &[String]) -> TaskMatch {
        if let Some(id) = r.task_id.as_ref().and_then(|t| self.index.by_id(&t.value)) {
            let method = match form {
                Some(f) if f.tasks.contains(&id) => MatchMethod::Form,
                _ => MatchMethod::TaskId,
            };
            return TaskMatch::Found {
                task_id: id,
                info: MatchInfo {
                    method,
                    confidence: 1.0,
                    review: false,
                },
            };
        }
        match &r.task_text {
            Some(t) => self.index.by_text(&t.value, own, &self.settings.matching),
            None => TaskMatch::NotFound(0.0),
        }
    }

    /// The reporting unit leading the most matched tasks, if one leads more than any other.
    fn unit_by_tasks(&self, matches: &[TaskMatch]) -> Option<String> {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for m in matches {
            if let TaskMatch::Found { task_id, .. } = m {
                for u in self
                    .register
                    .task(task_id)
                    .into_iter()
                    .flat_map(|t| t.reporting_units())
                {
                    *counts.entry(u).or_default() += 1;
                }
            }
        }
        let max = *counts.values().max()?;
        let top: Vec<&&str> = counts
            .iter()
            .filter(|(_, n)| **n == max)
            .map(|(u, _)| u)
            .collect();
        (top.len() == 1).then(|| top[0].to_string())
    }

    fn leads_any(&self, unit: &str, matches: &[TaskMatch]) -> bool {
        let own = self.own_tasks(Some(unit));
        matches
            .iter()
            .any(|m| matches!(m, TaskMatch::Found { task_id, .. } if own.contains(task_id)))
    }

    /// What becomes of a record: `template` when it is the rest of the district table
    /// ([`template`]).
    fn outcome(&self, mut record: Record, m: TaskMatch, unit: Option<&str>, template: bool) -> MatchedRow {
        let place = task_place(&record);
        let excerpt = excerpt(&record);
        let reject = |kind, task_id, message| RowOutcome::Rejected {
            kind,
            task_id,
            message,
            place: place.clone(),
        };
        let at = place.to_string();
        let outcome = match m {
            TaskMatch::NotFound(_) if excerpt.is_empty() => reject(
                ExceptionKind::Unmatched,
                None,
                MatchingMsg::NoTaskInRow { place: at }.to_string(),
            ),
            TaskMatch::NotFound(best) => reject(
                ExceptionKind::Unmatched,
                None,
                MatchingMsg::NoTaskMatches {
                    place: at,
                    excerpt,
                    best,
                }
                .to_string(),
            ),
            TaskMatch::Ambiguous(ids) => reject(
                ExceptionKind::Ambiguous,
                None,
                MatchingMsg::Ambiguous {
                    place: at,
                    excerpt,
                    tasks: crate::msg::join(&ids),
                }
                .to_string(),
            ),
            TaskMatch::Found { task_id, info } => {
                let Some(unit) = unit else {
                    let task = task_id.clone();
                    let msg = MatchingMsg::UnitUnknown { place: at, task }.to_string();
                    return MatchedRow {
                        record,
                        outcome: reject(ExceptionKind::Identity, Some(task_id), msg),
                    };
                };
                let task = self
                    .register
                    .task(&task_id)
                    .expect("matched IDs are in the register");
                if !task.reported_by(unit) && template {
                    return MatchedRow {
                        record,
                        outcome: RowOutcome::Template { task_id },
                    };
                }
                if !task.reported_by(unit) {
                    let leads = if task.lead_units.is_empty() {
                        MatchingMsg::NoLeadUnit.to_string()
                    } else {
                        crate::msg::join(&task.lead_units)
                    };
                    let partner = task.partner_units.iter().any(|u| u == unit);
                    let (place, task, unit) = (at, task_id.clone(), unit.to_string());
                    let msg = if partner {
                        MatchingMsg::PartnerTask {
                            place,
                            task,
                            leads,
                            unit,
                        }
                    } else {
                        MatchingMsg::NotOwnTask {
                            place,
                            task,
                            leads,
                            unit,
                        }
                    }
                    .to_string();
                    return MatchedRow {
                        record,
                        outcome: reject(ExceptionKind::NotOwnTask, Some(task_id), msg),
                    };
                }
                if info.review {
                    record.problems.push(Problem {
                        kind: ExceptionKind::Review,
                        message: MatchingMsg::Review {
                            place: at,
                            excerpt,
                            task: task_id.clone(),
                            method: info.method.label().to_string(),
                            similarity: info.confidence,
                            accept: self.settings.matching.accept,
                        }
                        .to_string(),
                        place: place.clone(),
                    });
                }
                RowOutcome::Matched { task_id, info }
            }
        };
        MatchedRow { record, outcome }
    }
}

/// (source, text) of the sheet's textual clues: a label, the titles, the sheet name and the
/// file's path.
fn sheet_texts(
    ex: &Extracted,
    sheet: &SheetRecords,
    label: Option<(&crate::extract::Text, &str)>,
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let Some((t, name)) = label {
        let (label, cell) = (name.to_string(), t.place.cell.clone());
        out.push((
            MatchingMsg::ClueLabel { label, cell }.to_string(),
            t.value.clone(),
        ));
    }
    for t in &sheet.titles {
        let cell = t.place.cell.clone();
        out.push((MatchingMsg::ClueTitle { cell }.to_string(), t.value.clone()));
    }
    out.push((MatchingMsg::ClueSheetName.to_string(), sheet.sheet.clone()));
    out.push((MatchingMsg::ClueFileName.to_string(), stem(&ex.path).to_string()));
    out
}

/// A file's path without its extension (its folders kept: they name periods too).
fn stem(path: &str) -> &str {
    path.rsplit_once('.').map_or(path, |(s, _)| s)
}

/// The cell naming the task: its text, else its ID, else the row's first cell.
fn task_place(r: &Record) -> Place {
    r.task_text
        .as_ref()
        .or(r.task_id.as_ref())
        .map_or_else(|| r.place.clone(), |t| t.place.clone())
}

/// The task text (or ID) of a row, cut to 30 characters for messages.
fn excerpt(r: &Record) -> String {
    let t = r
        .task_text
        .as_ref()
        .or(r.task_id.as_ref())
        .map_or("", |t| t.value.as_str());
    crate::text::shorten::clip(t, 30, "…")
}
