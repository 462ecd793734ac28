//! Filling the model from matched returns: one return per unit and period (the later
//! wins), entries, duplicates, timeliness (from evidence, [`super::evidence`]), exceptions
//! and each file's row account.

use super::evidence::{self, Window};
use super::receipts::Receipts;
use crate::matching::{MatchedReturn, MatchedRow, MatchedSheet, RowOutcome};
use crate::model::{
    Evidence, EvidenceKind, Exception, ExceptionKind, FileOutcome, FileReport, Finding, Model, OtherValue,
    Place, Timeliness,
};
use crate::msg::{self, CommonMsg, MergeMsg};
use crate::period::Period;
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};

/// One unit's return for one period: the sheets of one file with that unit and period.
struct Return {
    file: usize,
    sheets: Vec<usize>,
    date: Option<NaiveDate>,
    /// The cell `date` was read from.
    date_place: Option<Place>,
    modified: Option<NaiveDate>,
    /// No row of its sheets says anything about its task ([`super::empty`]).
    empty: bool,
}

type Key<'a> = (bool, Option<NaiveDate>, Option<NaiveDate>, &'a str);

impl Return {
    /// A return that says something beats an empty one; then later wins: 填报日期, then the
    /// file's date, then the path. The file's date only orders two returns of one unit here;
    /// it is never evidence of when either was received.
    fn key<'a>(&self, returns: &'a [MatchedReturn]) -> Key<'a> {
        let path = returns[self.file].path.as_str();
        (!self.empty, self.date, self.modified, path)
    }
}

struct Filler<'a> {
    model: &'a mut Model,
    returns: &'a [MatchedReturn],
    receipts: &'a Receipts,
    reports: Vec<FileReport>,
}

/// Fills `model` (its periods already laid out) and returns one report per workbook.
pub fn fill(model: &mut Model, returns: Vec<MatchedReturn>, receipts: &Receipts) -> Vec<FileReport> {
    let reports = returns.iter().map(report_of).collect();
    let mut f = Filler {
        model,
        returns: &returns,
        receipts,
        reports,
    };
    let groups = f.group();
    for ((period, unit), mut rets) in groups {
        rets.sort_by(|a, b| a.key(f.returns).cmp(&b.key(f.returns)));
        let winner = rets.pop().expect("a group has a return");
        for loser in &rets {
            f.supersede(period, &unit, loser, &winner);
        }
        f.take(period, &unit, &winner, &rets);
    }
    f.reports
}

fn report_of(r: &MatchedReturn) -> FileReport {
    let mut rep = FileReport::new(&r.path, FileOutcome::Return);
    rep.format = Some(r.format.name().to_string());
    rep.layout = Some(r.layout);
    rep.unit = r.sheets.iter().find_map(|s| s.unit.clone());
    rep.period = r.sheets.iter().find_map(|s| s.period);
    rep.warnings = r.warnings.clone();
    for s in &r.sheets {
        rep.rows_read += s.rows_read;
        rep.rows_other += s.rows_other;
        rep.cells_read += s.cells_read;
        rep.cells_meta += s.cells_meta;
        rep.warnings.extend(s.findings.iter().cloned());
    }
    rep
}

impl Filler<'_> {
    /// Sheets by (period, unit); sheets with no usable unit or period are rejected here.
    fn group(&mut self) -> BTreeMap<(Period, String), Vec<Return>> {
        let mut groups: BTreeMap<(Period, String), Vec<Return>> = BTreeMap::new();
        let in_model: BTreeSet<Period> = self.model.periods.iter().map(|p| p.period).collect();
        let current = self.model.current;
        // Sheets for a period after the run's, by file.
        let mut later: BTreeMap<usize, Vec<(&str, Period)>> = BTreeMap::new();
        for (fi, r) in self.returns.iter().enumerate() {
            for (si, s) in r.sheets.iter().enumerate() {
                let period = match s.period {
                    Some(p) => p,
                    None => {
                        self.warn(
                            fi,
                            s,
                            MergeMsg::NoPeriod {
                                current: current.title(),
                            }
                            .to_string(),
                        );
                        self.reports[fi].period.get_or_insert(current);
                        current
                    }
                };
                if !in_model.contains(&period) {
                    let (kind, why) = if period > current {
                        // Kept for the run of its own period; said for the file too, below.
                        later.entry(fi).or_default().push((s.sheet.as_str(), period));
                        let why = MergeMsg::LaterSheet {
                            period: period.title(),
                            current: current.title(),
                        }
                        .to_string();
                        (ExceptionKind::LaterPeriod, why)
                    } else {
                        let why = MergeMsg::OutsideRun {
                            period: period.title(),
                            current: current.title(),
                        }
                        .to_string();
                        (ExceptionKind::Identity, why)
                    };
                    self.reject_sheet(fi, s, kind, Some(period), &why);
                    continue;
                }
                let Some(unit) = s.unit.clone() else {
                    self.reject_sheet(
                        fi,
                        s,
                        ExceptionKind::Identity,
                        Some(period),
                        &MergeMsg::SheetUnitUnknown.to_string(),
                    );
                    continue;
                };
                let rets = groups.entry((period, unit)).or_default();
                match rets.iter_mut().find(|x| x.file == fi) {
                    Some(x) => {
                        x.sheets.push(si);
                        x.empty &= super::empty::sheet_says_nothing(s);
                        if s.date > x.date {
                            x.date = s.date;
                            x.date_place = s.date_place.clone();
                        }
                    }
                    None => rets.push(Return {
                        file: fi,
                        sheets: vec![si],
                        date: s.date,
                        date_place: s.date_place.clone(),
                        modified: r.modified,
                        empty: super::empty::sheet_says_nothing(s),
                    }),
                }
            }
        }
        for (fi, sheets) in later {
            self.later_period_reason(fi, &sheets);
        }
        groups
    }

    /// Why a return (or some of its sheets) for a period after the run's was not merged: its
    /// 原因 in the run report, not a warning, for nothing is wrong with it.
    fn later_period_reason(&mut self, fi: usize, sheets: &[(&str, Period)]) {
        let current = self.model.current.title();
        let label = ExceptionKind::LaterPeriod.label().to_string();
        let reason = match sheets {
            [(_, period)] if self.returns[fi].sheets.len() == 1 => MergeMsg::LaterReturn {
                period: period.title(),
                current,
                label,
            },
            _ => {
                let named: Vec<String> = sheets
                    .iter()
                    .map(|(s, p)| {
                        let (sheet, period) = (s.to_string(), p.title());
                        MergeMsg::SheetAndPeriod { sheet, period }.to_string()
                    })
                    .collect();
                let sheets = named.join(&CommonMsg::ListSeparator.to_string());
                MergeMsg::LaterSheets {
                    current,
                    sheets,
                    label,
                }
            }
        };
        self.reports[fi].reason.get_or_insert(reason.to_string());
    }

    fn warn(&mut self, file: usize, s: &MatchedSheet, message: String) {
        let place = Place {
            file: self.returns[file].path.clone(),
            sheet: s.sheet.clone(),
            cell: String::new(),
        };
        let message = CommonMsg::AtPlace {
            place: place.to_string(),
            text: message,
        }
        .to_string();
        self.reports[file].warnings.push(Finding { place, message });
    }

    /// Every row of a sheet that cannot be merged becomes an exception.
    fn reject_sheet(
        &mut self,
        file: usize,
        s: &MatchedSheet,
        kind: ExceptionKind,
        period: Option<Period>,
        why: &str,
    ) {
        for row in &s.rows {
            let (kind, task_id, message) = row_exception(row, kind, || {
                let (place, why) = (row.record.place.to_string(), why.to_string());
                MergeMsg::RowNotMerged { place, why }.to_string()
            });
            self.except(file, row, kind, period, s.unit.clone(), task_id, message);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn except(
        &mut self,
        file: usize,
        row: &MatchedRow,
        kind: ExceptionKind,
        period: Option<Period>,
        unit: Option<String>,
        task_id: Option<String>,
        message: String,
    ) {
        self.reports[file].rows_exception += 1;
        self.reports[file].cells_exception += row.record.cells;
        self.model.exceptions.push(Exception {
            kind,
            place: row.record.place.clone(),
            period,
            unit,
            task_id,
            message,
            row_text: row.record.row_text.clone(),
        });
    }

    fn supersede(&mut self, period: Period, unit: &str, loser: &Return, winner: &Return) {
        if loser.empty {
            return self.count_as_notes(loser);
        }
        let by = self.returns[winner.file].path.clone();
        for &si in &loser.sheets {
            let s = &self.returns[loser.file].sheets[si];
            for row in &s.rows {
                let (kind, task_id, message) = row_exception(row, ExceptionKind::Superseded, || {
                    MergeMsg::Superseded {
                        place: row.record.place.to_string(),
                        unit: unit.to_string(),
                        period: period.title(),
                        by: by.clone(),
                    }
                    .to_string()
                });
                self.except(
                    loser.file,
                    row,
                    kind,
                    Some(period),
                    Some(unit.to_string()),
                    task_id,
                    message,
                );
            }
        }
    }

    /// The winning return fills the entries and the unit's submission.
    /// An empty return's rows said nothing: counted with the notes, no exceptions.
    fn count_as_notes(&mut self, ret: &Return) {
        for &si in &ret.sheets {
            let s = &self.returns[ret.file].sheets[si];
            super::empty::count_as_notes(&mut self.reports[ret.file], s);
        }
        let file = self.returns[ret.file].path.clone();
        self.reports[ret.file]
            .reason
            .get_or_insert(MergeMsg::EmptyFile { file }.to_string());
    }

    /// An empty return: the unit sent a table with nothing in it. Its tasks stay 未反馈; the
    /// unit is 已报送（空表）, its evidence kept to show when the table came.
    fn take_empty(&mut self, period: Period, unit: &str, ret: &Return, superseded: &[Return]) {
        self.count_as_notes(ret);
        let path = self.returns[ret.file].path.clone();
        let old: Vec<String> = superseded
            .iter()
            .map(|r| self.returns[r.file].path.clone())
            .collect();
        let progress = self.model.period(period).expect("period laid out");
        let window = Window::new(progress, self.model.report_date);
        let verdict = evidence::judge(self.candidates(period, unit, ret), &window, unit);
        let progress = self.model.period_mut(period).expect("period laid out");
        let Some(sub) = progress.submissions.iter_mut().find(|s| s.unit == unit) else {
            return;
        };
        sub.timeliness = Timeliness::Empty;
        sub.evidence = verdict.evidence;
        sub.remark = MergeMsg::EmptyReturn { file: path.clone() }.to_string();
        sub.files.push(path);
        sub.superseded.extend(old);
    }

    fn take(&mut self, period: Period, unit: &str, ret: &Return, superseded: &[Return]) {
        if ret.empty {
            return self.take_empty(period, unit, ret, superseded);
        }
        let mut seen: BTreeMap<String, Place> = BTreeMap::new();
        // Visible rows first, so a hidden row never keeps its task from the visible one.
        let (hidden, visible): (Vec<_>, Vec<_>) = ret
            .sheets
            .iter()
            .flat_map(|&si| self.returns[ret.file].sheets[si].rows.iter())
            .partition(|r| r.record.hidden);
        for row in visible.into_iter().chain(hidden) {
            self.take_row(period, unit, ret.file, row, &mut seen);
        }
        for &si in &ret.sheets {
            let s = &self.returns[ret.file].sheets[si];
            for p in &s.problems {
                self.model.exceptions.push(Exception {
                    kind: p.kind,
                    place: p.place.clone(),
                    period: Some(period),
                    unit: Some(unit.to_string()),
                    task_id: None,
                    message: p.message.clone(),
                    row_text: String::new(),
                });
            }
        }
        let path = self.returns[ret.file].path.clone();
        let old: Vec<String> = superseded
            .iter()
            .map(|r| self.returns[r.file].path.clone())
            .collect();
        let progress = self.model.period(period).expect("period laid out");
        let window = Window::new(progress, self.model.report_date);
        let verdict = evidence::judge(self.candidates(period, unit, ret), &window, unit);
        let undated = verdict.evidence.is_none().then(|| Exception {
            kind: ExceptionKind::Undated,
            place: Place::file(&path),
            period: Some(period),
            unit: Some(unit.to_string()),
            task_id: None,
            message: msg::MergeMsg::Undated { file: path.clone() }.to_string(),
            row_text: String::new(),
        });
        let progress = self.model.period_mut(period).expect("period laid out");
        let Some(sub) = progress.submissions.iter_mut().find(|s| s.unit == unit) else {
            return;
        };
        sub.timeliness = verdict.timeliness;
        sub.evidence = verdict.evidence;
        sub.remark = undated.as_ref().map(|e| e.message.clone()).unwrap_or_default();
        sub.files.push(path);
        sub.superseded.extend(old);
        self.model
            .exceptions
            .extend(verdict.exceptions.into_iter().chain(undated));
    }

    /// The evidence of when `ret` was received, in the order it is believed: the receipt
    /// register's row, the 填报日期 cell, a date in the file name.
    fn candidates(&self, period: Period, unit: &str, ret: &Return) -> Vec<Evidence> {
        let path = &self.returns[ret.file].path;
        let receipt = self.receipts.get(&(period, unit.to_string())).cloned();
        let form = ret
            .date
            .zip(ret.date_place.clone())
            .map(|(date, place)| Evidence {
                kind: EvidenceKind::FormDate,
                place,
                date,
            });
        let name = evidence::date_in_name(path, period).map(|date| Evidence {
            kind: EvidenceKind::FileName,
            place: Place::file(path),
            date,
        });
        receipt.into_iter().chain(form).chain(name).collect()
    }

    fn take_row(
        &mut self,
        period: Period,
        unit: &str,
        file: usize,
        row: &MatchedRow,
        seen: &mut BTreeMap<String, Place>,
    ) {
        let (task_id, info) = match &row.outcome {
            RowOutcome::Rejected {
                kind,
                task_id,
                message,
            } => {
                return self.except(
                    file,
                    row,
                    *kind,
                    Some(period),
                    Some(unit.to_string()),
                    task_id.clone(),
                    message.clone(),
                );
            }
            RowOutcome::Matched { task_id, info } => (task_id, info),
        };
        if row.record.hidden {
            return self.keep_hidden(period, unit, file, row, task_id);
        }
        if let Some(first) = seen.get(task_id) {
            let msg = MergeMsg::Duplicate {
                place: row.record.place.to_string(),
                task: task_id.clone(),
                kept: first.cell.clone(),
            }
            .to_string();
            return self.except(
                file,
                row,
                ExceptionKind::Duplicate,
                Some(period),
                Some(unit.to_string()),
                Some(task_id.clone()),
                msg,
            );
        }
        seen.insert(task_id.clone(), row.record.place.clone());
        let other = other_values(&row.record, self.model.register.task(task_id));
        let rep = &mut self.reports[file];
        rep.rows_matched += 1;
        rep.cells_other += other.len();
        rep.cells_used += row.record.cells - other.len();
        *rep.methods.entry(info.method.label().to_string()).or_default() += 1;
        for p in &row.record.problems {
            self.model.exceptions.push(Exception {
                kind: p.kind,
                place: p.place.clone(),
                period: Some(period),
                unit: Some(unit.to_string()),
                task_id: Some(task_id.clone()),
                message: p.message.clone(),
                row_text: row.record.row_text.clone(),
            });
        }
        let progress = self.model.period_mut(period).expect("period laid out");
        if let Some(e) = progress.entry_mut(task_id, unit) {
            let r = &row.record;
            e.status = r.status.unwrap_or(crate::status::Status::NoReport);
            e.percent = r.percent;
            e.progress = r.progress.clone();
            e.difficulties = r.difficulties.clone();
            e.suggestions = r.suggestions.clone();
            e.next_steps = r.next_steps.clone();
            e.other = other;
            e.source = Some(r.place.clone());
            e.matched = Some(info.clone());
            e.contradiction = r.contradiction.clone();
        }
    }
}

impl Filler<'_> {
    /// A hidden row matched to a task: it identifies the task, its values are kept in the
    /// entry's 其他 (marked 隐藏行 by extract), beside whatever the visible row reported.
    fn keep_hidden(&mut self, period: Period, unit: &str, file: usize, row: &MatchedRow, task_id: &str) {
        let other = other_values(&row.record, self.model.register.task(task_id));
        let rep = &mut self.reports[file];
        rep.rows_matched += 1;
        rep.cells_other += other.len();
        rep.cells_used += row.record.cells - other.len();
        let progress = self.model.period_mut(period).expect("period laid out");
        if let Some(e) = progress.entry_mut(task_id, unit) {
            e.other.extend(other);
        }
    }
}

/// The exception a row of a return that is not merged becomes: a row already rejected keeps
/// its own reason; a matched row gets `kind` and the message `why` gives.
fn row_exception(
    row: &MatchedRow,
    kind: ExceptionKind,
    why: impl FnOnce() -> String,
) -> (ExceptionKind, Option<String>, String) {
    match &row.outcome {
        RowOutcome::Rejected {
            kind,
            task_id,
            message,
        } => (*kind, task_id.clone(), message.clone()),
        RowOutcome::Matched { task_id, .. } => (kind, Some(task_id.clone()), why()),
    }
}

/// A matched row's 其他: the cells no field holds, plus those of columns repeating the
/// register (类别, 责任人, 牵头单位, 配合单位) that say something the register does not.
fn other_values(r: &crate::extract::Record, task: Option<&crate::register::Task>) -> Vec<OtherValue> {
    use crate::extract::Role;
    use crate::text::normal::task_key;
    let mut other = r.other.clone();
    for (role, cell) in &r.repeats {
        let known: Vec<String> = match (role, task) {
            (Role::Leader, Some(t)) => t.leaders.clone(),
            (Role::LeadUnit, Some(t)) => t.lead_units.clone(),
            (Role::PartnerUnit, Some(t)) => t.partner_units.clone(),
            (Role::Category, Some(t)) => t
                .programme
                .iter()
                .chain(&t.section)
                .map(|h| h.title.clone())
                .chain([t.attachment.title().to_string()])
                .collect(),
            _ => Vec::new(),
        };
        let said = task_key(&cell.value);
        let register = task_key(&known.join(""));
        let repeats = !said.is_empty()
            && (register.contains(&said) || (!register.is_empty() && said.contains(&register)));
        if !repeats {
            other.push(cell.clone());
        }
    }
    other.sort_by_key(|o| crate::model::parse_a1(&o.cell).map(|(_, c)| c));
    other
}
