//! Stage 5: matched returns -> one progress model per period, plus exceptions and the
//! account of every file.
//!
//! Drives the ingestion stages: `collect` -> `extract` -> `matching` -> here. Takes the
//! current period as the driver chose it before ingest ([`PeriodChoice`]: `--period`, else
//! the latest period found in the returns, else the latest one due on the day of the run),
//! keeps one return per unit and period (the later wins; the other is listed as
//! superseded with its rows), fills the entries in register order, judges timeliness from
//! evidence only ([`evidence`]: the receipt register [`receipts`], the 填报日期 cell, a date
//! in the file name; never a file's modification time), marks units whose files could not be
//! read as received (`unreadable`) and proves for every file that rows read = matched +
//! exceptions + other.
//!
//! A row counts once: as matched when it fills its entry (even if a bad value or a guess in
//! it is also listed as an exception), as an exception when it fills nothing, or as other
//! (header, title, note). The exceptions list may hold more entries than `rows_exception`.

mod empty;
pub mod evidence;
mod fill;
pub(crate) mod plans;
pub mod receipts;
mod returns;
mod unreadable;

pub use plans::decide;

use crate::collect::Collected;
use crate::extract::{self, Problem, SheetCount};
use crate::finding::{ExceptionKind, MatchMethod};
use crate::matching::{MatchedReturn, Matcher};
use crate::model::{Exception, FileOutcome, FileReport, Model, PeriodProgress};
use crate::period::{Period, PeriodKind};
use crate::place::Place;
use crate::register::Register;
use crate::settings::{Settings, SETTINGS_FILE};
use std::collections::BTreeSet;
use std::path::Path;

/// Which period a run reports on, as the driver decides it before ingest: the one asked for
/// (`--period`), else the latest period of the settings' year that some return is for, else
/// `due`, the latest period whose deadline had passed on the day of the run. The clock is read
/// by the driver only; this is a pure function of what it is given and of the returns found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeriodChoice {
    /// `--period`: this one, whatever the returns say.
    Asked(Period),
    /// The latest period the returns are for, else `due`.
    Latest { due: Period },
}

impl PeriodChoice {
    /// The driver's decision: `asked`, else the latest found, else the latest due by `today`.
    pub fn new(asked: Option<Period>, settings: &Settings, today: chrono::NaiveDate) -> PeriodChoice {
        match asked {
            Some(p) => PeriodChoice::Asked(p),
            None => PeriodChoice::Latest {
                due: latest_due(settings, today),
            },
        }
    }

    /// The period asked for, a hint to matching for sheets that do not say theirs.
    pub(crate) fn asked(self) -> Option<Period> {
        match self {
            PeriodChoice::Asked(p) => Some(p),
            PeriodChoice::Latest { .. } => None,
        }
    }

    /// The current period, once the returns are matched.
    fn resolve(self, returns: &[MatchedReturn], year: i32) -> Period {
        match self {
            PeriodChoice::Asked(p) => p,
            PeriodChoice::Latest { due } => latest_found(returns, year).unwrap_or(due),
        }
    }
}

impl From<Period> for PeriodChoice {
    fn from(p: Period) -> PeriodChoice {
        PeriodChoice::Asked(p)
    }
}

/// Runs ingestion over `input` and returns the merged model for the chosen period.
pub fn ingest(
    register: Register,
    settings: &Settings,
    input: &Path,
    period: impl Into<PeriodChoice>,
    progress: bool,
) -> Model {
    let period = period.into();
    let canonical = canonical_files(input, settings);
    // Each workbook is extracted and matched as soon as it is read, so its raw cells are
    // dropped early instead of all being held until the last file is read.
    let done = {
        let matcher = Matcher::new(&register, settings, period.asked());
        crate::collect::collect_map(input, settings, &canonical, progress, |c| match_one(&matcher, c))
    };
    merge_matched(register, settings, done, period)
}

/// What one file of input/ gave.
enum Done {
    Return(Box<MatchedReturn>),
    Receipts(Box<receipts::ReceiptBook>),
    /// A 节点计划 file: its account, its rows' exceptions, the plans it offers.
    Plan(Box<(FileReport, Vec<crate::model::Exception>, Vec<plans::Offered>)>),
    Other(Box<FileReport>),
}

/// A receipt register read, a workbook extracted and matched, or the report of a file that
/// is neither.
fn match_one(matcher: &Matcher, c: Collected) -> Done {
    match c {
        Collected::Workbook(wb) => {
            if let Some(own) = empty::own_output(&wb) {
                return Done::Other(Box::new(own));
            }
            if let Some(book) = receipts::read(&wb, matcher.register, matcher.settings) {
                return Done::Receipts(Box::new(book));
            }
            let matched = matcher.match_workbook(extract::extract(&wb, &matcher.vocab));
            if empty::blank_form(&matched) {
                return Done::Other(Box::new(empty::blank_form_report(&matched)));
            }
            if plans::is_plan(&matched) {
                let offered = plans::offered(&matched, matcher.settings.year, true);
                let (report, exceptions) = plans::report(&matched);
                return Done::Plan(Box::new((report, exceptions, offered)));
            }
            Done::Return(Box::new(matched))
        }
        other => Done::Other(Box::new(not_a_return(other))),
    }
}

/// Files that are part of the job, not returns: the settings, the notice, and the notice in
/// its other formats beside it (`notice.txt` and `notice.docx`).
fn canonical_files(input: &Path, settings: &Settings) -> Vec<std::path::PathBuf> {
    let notice = settings.notice_file(input);
    let mut files = vec![input.join(SETTINGS_FILE), notice.clone()];
    if let (Some(dir), Some(stem)) = (notice.parent(), notice.file_stem()) {
        for ext in ["txt", "docx", "doc"] {
            files.push(dir.join(stem).with_extension(ext));
        }
    }
    files
}

/// The testable core: everything after `collect`.
pub fn merge_collected(
    register: Register,
    settings: &Settings,
    collected: Vec<Collected>,
    period: impl Into<PeriodChoice>,
) -> Model {
    use rayon::prelude::*;
    let period = period.into();
    let done = {
        let matcher = Matcher::new(&register, settings, period.asked());
        // Workbooks are extracted and matched independently, in parallel, in input order.
        collected
            .into_par_iter()
            .map(|c| match_one(&matcher, c))
            .collect()
    };
    merge_matched(register, settings, done, period)
}

/// Everything after matching: the periods, the entries, the account of every file.
fn merge_matched(register: Register, settings: &Settings, done: Vec<Done>, period: PeriodChoice) -> Model {
    let mut reports = Vec::new();
    let mut returns = Vec::new();
    let mut books = Vec::new();
    let (mut offered, mut plan_exceptions) = (Vec::new(), Vec::new());
    for d in done {
        match d {
            Done::Return(r) => returns.push(*r),
            Done::Receipts(b) => books.push(*b),
            Done::Plan(p) => {
                let (report, exceptions, plans) = *p;
                reports.push(report);
                plan_exceptions.extend(exceptions);
                offered.extend(plans);
            }
            Done::Other(f) => reports.push(*f),
        }
    }
    // Plan columns beside a return's report (its 其他 cells stay with its entries).
    offered.extend(
        returns
            .iter()
            .flat_map(|r| plans::offered(r, settings.year, false)),
    );
    let current = period.resolve(&returns, settings.year);
    let found: BTreeSet<Period> = returns
        .iter()
        .flat_map(|r| r.sheets.iter().filter_map(|s| s.period))
        .collect();
    let mut model = Model::empty(register, current, settings);
    model.periods = current
        .so_far()
        .into_iter()
        .filter(|p| *p == current || found.contains(p))
        .map(|p| PeriodProgress::empty(&model.register, p, settings))
        .collect();
    let in_model: BTreeSet<Period> = model.periods.iter().map(|p| p.period).collect();
    let receipts = receipts::gather(&mut books, &in_model);
    reports.extend(fill::fill(&mut model, returns, &receipts));
    reports.extend(books.into_iter().map(|b| b.report));
    unreadable::mark(&mut model, &mut reports, settings);
    unreadable::receipts_only(&mut model, &receipts);
    model.exceptions.extend(plan_exceptions);
    plans::gather(&mut model, offered, settings);
    reports.sort_by(|a, b| a.path.cmp(&b.path));
    model.files = reports;
    // The office works through the list from the top: rows that need it first, the current
    // period's before earlier ones', then by file and cell.
    model.exceptions.sort_by(|a, b| {
        let key = |e: &crate::model::Exception| {
            (
                !e.kind.needs_action(),
                e.period.is_some_and(|p| p != current),
                e.place.file.clone(),
                e.place.sheet.clone(),
                e.place.row(),
                e.place.cell.len(),
                e.place.cell.clone(),
                e.kind,
            )
        };
        key(a).cmp(&key(b))
    });
    model
}

/// Where a row's exceptions belong once its return is placed: the period, the unit and the
/// task, and the row's text kept beside them.
pub(super) struct RowOf<'a> {
    pub(super) period: Option<Period>,
    pub(super) unit: Option<&'a str>,
    pub(super) task_id: Option<&'a str>,
    pub(super) row_text: &'a str,
}

impl RowOf<'_> {
    /// An exception of this row.
    pub(super) fn exception(&self, kind: ExceptionKind, place: &Place, message: &str) -> Exception {
        Exception {
            kind,
            place: place.clone(),
            period: self.period,
            unit: self.unit.map(str::to_string),
            task_id: self.task_id.map(str::to_string),
            message: message.to_string(),
            row_text: self.row_text.to_string(),
        }
    }

    /// The exceptions of reading `problems` (a value that could not be read, a guess) in
    /// this row.
    pub(super) fn problems<'p>(&'p self, problems: &'p [Problem]) -> impl Iterator<Item = Exception> + 'p {
        problems
            .iter()
            .map(|p| self.exception(p.kind, &p.place, &p.message))
    }
}

/// A file's row account, added to one kind of row at a time, so that every part of merge
/// counts a row alike: rows read = matched + exception + other, and their cells read = used +
/// 其他 + exception + meta ([`FileReport::balanced`]).
impl FileReport {
    /// A sheet as extract read it: its rows and cells, with the header, title and note rows
    /// it set aside counted as other.
    fn count_sheet(&mut self, c: &SheetCount) {
        self.count_read(c.rows_read, c.cells_read);
        self.count_other(c.rows_other, c.cells_meta);
    }

    /// One row matched by `method`, for the file's tally of how rows were matched.
    fn count_method(&mut self, method: MatchMethod) {
        *self.methods.entry(method.label().to_string()).or_default() += 1;
    }

    fn count_read(&mut self, rows: usize, cells: usize) {
        self.rows_read += rows;
        self.cells_read += cells;
    }

    /// Rows that fill nothing and are no exception (headers, titles, notes, task rows that
    /// say nothing), with their cells.
    fn count_other(&mut self, rows: usize, cells: usize) {
        self.rows_other += rows;
        self.cells_meta += cells;
    }

    /// A row that fills its entry, `other` of its `cells` kept in the entry's 其他.
    fn count_matched(&mut self, cells: usize, other: usize) {
        self.rows_matched += 1;
        self.cells_other += other;
        self.cells_used += cells - other;
    }

    /// A row listed as an exception, its cells kept in the exception's row text.
    fn count_exception(&mut self, cells: usize) {
        self.rows_exception += 1;
        self.cells_exception += cells;
    }
}

fn not_a_return(c: Collected) -> FileReport {
    match c {
        Collected::Canonical { path } => FileReport::new(&path, FileOutcome::Canonical),
        Collected::Skipped { path, reason } => FileReport {
            reason: Some(reason),
            ..FileReport::new(&path, FileOutcome::Skipped)
        },
        Collected::Failed {
            path,
            format,
            reason,
            detail,
        } => FileReport {
            reason: Some(reason),
            detail,
            format: format.map(|f| f.name().to_string()),
            ..FileReport::new(&path, FileOutcome::Failed)
        },
        Collected::Workbook(_) => unreachable!("workbooks are matched, not reported here"),
    }
}

/// The latest period of `year` that some sheet is for.
fn latest_found(returns: &[MatchedReturn], year: i32) -> Option<Period> {
    returns
        .iter()
        .flat_map(|r| r.sheets.iter().filter_map(|s| s.period))
        .filter(|p| p.year == year)
        .max()
}

/// The latest period of the settings' year whose deadline has passed by `today` (Q1 when
/// none has).
fn latest_due(settings: &Settings, today: chrono::NaiveDate) -> Period {
    PeriodKind::ALL
        .iter()
        .map(|k| Period::new(settings.year, *k))
        .rfind(|p| settings.deadline(*p) < today)
        .unwrap_or(Period::new(settings.year, PeriodKind::Q1))
}
