//! Filling the model from matched returns: one return per unit and period
//! ([`super::returns`]: parts joined, the later of overlapping ones wins), entries,
//! duplicates, timeliness (from evidence, [`super::evidence`]), exceptions and each file's
//! row account.

use super::evidence::{self, Window};
use super::receipts::Receipts;
use super::returns::{self, Return};
use super::RowOf;
use crate::matching::{MatchedReturn, MatchedRow, MatchedSheet, RowOutcome};
use crate::model::{
    Evidence, EvidenceKind, Exception, ExceptionKind, FileOutcome, FileReport, Finding, Model, OtherValue,
    Place, Timeliness,
};
use crate::msg::{self, CommonMsg, MergeMsg};
use crate::period::Period;
use std::collections::{BTreeMap, BTreeSet};

struct Filler<'a> {
    model: &'a mut Model,
    returns: &'a [MatchedReturn],
    receipts: &'a Receipts,
    reports: Vec<FileReport>,
}

/// Fills `model` (its periods already laid out) and returns one report per workbook.
pub(crate) fn fill(model: &mut Model, returns: Vec<MatchedReturn>, receipts: &Receipts) -> Vec<FileReport> {
    let reports = returns.iter().map(report_of).collect();
    let mut f = Filler {
        model,
        returns: &returns,
        receipts,
        reports,
    };
    let groups = f.group();
    for ((period, unit), rets) in groups {
        let (winner, superseded) = returns::bundle(rets, f.returns);
        for loser in &superseded {
            f.supersede(period, &unit, loser, &winner);
        }
        f.joined(period, &unit, &winner);
        f.take(period, &unit, &winner, &superseded);
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
    let mut template = 0;
    for s in &r.sheets {
        rep.count_sheet(&s.count);
        rep.warnings.extend(s.findings.iter().cloned());
        // Empty rows of other units' tasks: the task table as the office sent it round.
        for row in s
            .rows
            .iter()
            .filter(|r| matches!(r.outcome, RowOutcome::Template { .. }))
        {
            template += 1;
            rep.count_other(1, row.record.cells);
        }
    }
    if template > 0 {
        let place = Place::file(&r.path);
        let text = MergeMsg::TemplateRows { rows: template }.to_string();
        let message = CommonMsg::AtPlace {
            place: place.to_string(),
            text,
        };
        rep.warnings.push(Finding {
            place,
            message: message.to_string(),
        });
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
        // Files for a period of another year (before the run's), with that period.
        let mut outside: BTreeMap<usize, Period> = BTreeMap::new();
        let placed = returns::place_sheets(self.returns, current);
        for (fi, r) in self.returns.iter().enumerate() {
            for (si, s) in r.sheets.iter().enumerate() {
                let placed = &placed[fi][si];
                for note in &placed.notes {
                    self.warn(fi, s, note.clone());
                }
                let period = match placed.period {
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
                    if period > current {
                        // Kept for the run of its own period; said for the file too, below.
                        later.entry(fi).or_default().push((s.sheet.as_str(), period));
                        self.later_sheet(fi, s, period);
                    } else {
                        // Another year's: the file is accounted for by its reason, below.
                        outside.entry(fi).or_insert(period);
                        super::empty::count_as_notes(&mut self.reports[fi], s);
                    }
                    continue;
                }
                let Some(unit) = placed.unit.clone() else {
                    self.reject_sheet(fi, s, ExceptionKind::Identity, Some(period), &|place| {
                        MergeMsg::RowUnitUnknown { place }.to_string()
                    });
                    continue;
                };
                // A unit or period taken from a sibling file or the file name.
                if s.unit.as_ref() != Some(&unit) {
                    self.reports[fi].unit = Some(unit.clone());
                }
                if s.period.is_some_and(|p| p != period) {
                    self.reports[fi].period = Some(period);
                }
                let rets = groups.entry((period, unit)).or_default();
                match rets.iter_mut().find(|x| x.files().any(|f| f == fi)) {
                    Some(x) => x.add(si, s),
                    None => rets.push(Return::new(fi, si, s, r.modified)),
                }
            }
        }
        for (fi, sheets) in later {
            self.later_period_reason(fi, &sheets);
        }
        for (fi, period) in outside {
            self.other_year(fi, period, !groups.is_empty());
        }
        groups
    }

    /// Every row of a sheet for a period after the run's: listed for the record, merged by
    /// the run for its own period.
    fn later_sheet(&mut self, fi: usize, s: &MatchedSheet, period: Period) {
        let (title, current) = (period.title(), self.model.current.title());
        let why = MergeMsg::LaterSheet {
            period: title,
            current,
        }
        .to_string();
        self.reject_sheet(fi, s, ExceptionKind::LaterPeriod, Some(period), &|place| {
            let why = why.clone();
            MergeMsg::RowNotMerged { place, why }.to_string()
        });
    }

    /// A return for a period of another year than the run's: not merged, no exception per
    /// row (each would only say "another year"); its reason says so, and when this year's
    /// returns were found, a 提示 asks to check it (a unit that sent last year's file by
    /// mistake is 未报送 and reminded). With no return of the run's year at all, the console
    /// says so once.
    fn other_year(&mut self, fi: usize, period: Period, this_year_found: bool) {
        let (period, current) = (period.title(), self.model.current.title());
        let reason = MergeMsg::OtherYear {
            period: period.clone(),
            current: current.clone(),
        };
        self.reports[fi].reason.get_or_insert(reason.to_string());
        if this_year_found {
            let place = Place::file(&self.returns[fi].path);
            let text = MergeMsg::OtherYearCheck { period, current }.to_string();
            let message = CommonMsg::AtPlace {
                place: place.to_string(),
                text,
            }
            .to_string();
            self.reports[fi].warnings.push(Finding { place, message });
        }
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
                let sheets = crate::msg::join(&named);
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

    /// Every row of a sheet that cannot be merged becomes an exception, worded by `message`
    /// from the row's place (a row rejected already keeps its own).
    fn reject_sheet(
        &mut self,
        file: usize,
        s: &MatchedSheet,
        kind: ExceptionKind,
        period: Option<Period>,
        message: &dyn Fn(String) -> String,
    ) {
        for row in s.rows.iter().filter(|r| !is_template(r)) {
            let (kind, task_id, message) = row_exception(row, kind, || message(row.record.place.to_string()));
            self.except(
                file,
                row,
                kind,
                period,
                s.unit.as_deref(),
                task_id.as_deref(),
                &message,
            );
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn except(
        &mut self,
        file: usize,
        row: &MatchedRow,
        kind: ExceptionKind,
        period: Option<Period>,
        unit: Option<&str>,
        task_id: Option<&str>,
        message: &str,
    ) {
        self.reports[file].count_exception(row.record.cells);
        // The cell the message names.
        let place = match &row.outcome {
            RowOutcome::Rejected { place, .. } => place.clone(),
            _ => row.record.place.clone(),
        };
        let of = RowOf {
            period,
            unit,
            task_id,
            row_text: &row.record.row_text,
        };
        self.model.exceptions.push(of.exception(kind, &place, message));
    }

    fn supersede(&mut self, period: Period, unit: &str, loser: &Return, winner: &Return) {
        if loser.empty {
            return self.count_as_notes(loser);
        }
        let by = self.returns[winner.main_file(self.returns)].path.clone();
        for (file, s) in loser.sheets(self.returns) {
            for row in s.rows.iter().filter(|r| !is_template(r)) {
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
                    file,
                    row,
                    kind,
                    Some(period),
                    Some(unit),
                    task_id.as_deref(),
                    &message,
                );
            }
        }
    }

    /// The winning return fills the entries and the unit's submission.
    /// An empty return's rows said nothing: counted with the notes, no exceptions.
    fn count_as_notes(&mut self, ret: &Return) {
        for (fi, s) in ret.sheets(self.returns) {
            super::empty::count_as_notes(&mut self.reports[fi], s);
        }
        for fi in ret.files() {
            let file = self.returns[fi].path.clone();
            self.reports[fi]
                .reason
                .get_or_insert(MergeMsg::EmptyFile { file }.to_string());
        }
    }

    /// An empty return: the unit sent a table with nothing in it. Its tasks stay 未反馈; the
    /// unit is 已报送（空表）, its evidence kept to show when the table came.
    fn take_empty(&mut self, period: Period, unit: &str, ret: &Return, superseded: &[Return]) {
        self.count_as_notes(ret);
        let path = self.returns[ret.main_file(self.returns)].path.clone();
        let old = self.paths(superseded);
        let progress = self.model.period(period).expect("period laid out");
        let window = Window::new(progress, self.model.report_date);
        let verdict = evidence::judge(self.candidates(period, unit, ret), &window, unit);
        let files = self.paths(std::slice::from_ref(ret));
        let progress = self.model.period_mut(period).expect("period laid out");
        let Some(sub) = progress.submissions.iter_mut().find(|s| s.unit == unit) else {
            return;
        };
        sub.timeliness = Timeliness::Empty;
        sub.evidence = verdict.evidence;
        sub.remark = MergeMsg::EmptyReturn { file: path.clone() }.to_string();
        sub.files.extend(files);
        sub.superseded.extend(old);
    }

    fn take(&mut self, period: Period, unit: &str, ret: &Return, superseded: &[Return]) {
        if ret.empty {
            return self.take_empty(period, unit, ret, superseded);
        }
        let mut seen: BTreeMap<String, Place> = BTreeMap::new();
        // Visible rows first, so a hidden row never keeps its task from the visible one.
        let (hidden, visible): (Vec<_>, Vec<_>) = ret
            .sheets(self.returns)
            .flat_map(|(fi, s)| s.rows.iter().map(move |r| (fi, r)))
            .partition(|(_, r)| r.record.hidden);
        for (fi, row) in visible.into_iter().chain(hidden) {
            self.take_row(period, unit, fi, row, &mut seen);
        }
        let of = RowOf {
            period: Some(period),
            unit: Some(unit),
            task_id: None,
            row_text: "",
        };
        for (_, s) in ret.sheets(self.returns) {
            self.model.exceptions.extend(of.problems(&s.problems));
        }
        let path = self.returns[ret.main_file(self.returns)].path.clone();
        let old = self.paths(superseded);
        let files = self.paths(std::slice::from_ref(ret));
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
        sub.files.extend(files);
        sub.superseded.extend(old);
        self.model
            .exceptions
            .extend(verdict.exceptions.into_iter().chain(undated));
    }

    /// The evidence of when `ret` was received, in the order it is believed: the receipt
    /// register's row, the 填报日期 cell, a date in the file name.
    fn candidates(&self, period: Period, unit: &str, ret: &Return) -> Vec<Evidence> {
        let path = &self.returns[ret.main_file(self.returns)].path;
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
            // Counted with the notes in the file's report.
            RowOutcome::Template { .. } => return,
            RowOutcome::Rejected {
                kind,
                task_id,
                message,
                ..
            } => {
                return self.except(
                    file,
                    row,
                    *kind,
                    Some(period),
                    Some(unit),
                    task_id.as_deref(),
                    message,
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
                Some(unit),
                Some(task_id),
                &msg,
            );
        }
        seen.insert(task_id.clone(), row.record.place.clone());
        let other = other_values(&row.record, self.model.register.task(task_id));
        let rep = &mut self.reports[file];
        rep.count_matched(row.record.cells, other.len());
        rep.count_method(info.method);
        let of = RowOf {
            period: Some(period),
            unit: Some(unit),
            task_id: Some(task_id),
            row_text: &row.record.row_text,
        };
        self.model.exceptions.extend(of.problems(&row.record.problems));
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

/// An empty row of another unit's task, counted with the notes up front.
fn is_template(row: &MatchedRow) -> bool {
    matches!(row.outcome, RowOutcome::Template { .. })
}

impl Filler<'_> {
    /// The files' paths of returns, in order.
    fn paths(&self, rets: &[Return]) -> Vec<String> {
        rets.iter()
            .flat_map(|r| r.files())
            .map(|f| self.returns[f].path.clone())
            .collect()
    }

    /// A return of several files says so in each file's report.
    fn joined(&mut self, period: Period, unit: &str, ret: &Return) {
        if ret.parts.len() < 2 {
            return;
        }
        let files = crate::msg::join(self.paths(std::slice::from_ref(ret)));
        let message = MergeMsg::Joined {
            files,
            unit: unit.to_string(),
            period: period.title(),
        }
        .to_string();
        for fi in ret.files() {
            let place = Place::file(&self.returns[fi].path);
            let message = message.clone();
            self.reports[fi].warnings.push(Finding { place, message });
        }
    }

    /// A hidden row matched to a task: it identifies the task, its values are kept in the
    /// entry's 其他 (marked 隐藏行 by extract), beside whatever the visible row reported.
    fn keep_hidden(&mut self, period: Period, unit: &str, file: usize, row: &MatchedRow, task_id: &str) {
        let other = other_values(&row.record, self.model.register.task(task_id));
        self.reports[file].count_matched(row.record.cells, other.len());
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
            ..
        } => (*kind, task_id.clone(), message.clone()),
        RowOutcome::Template { task_id } => (kind, Some(task_id.clone()), why()),
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
