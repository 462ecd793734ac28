//! The merged progress model: what ingestion hands to every renderer.
//!
//! One [`PeriodProgress`] per period of the year that has data (and always the current one):
//! one [`Entry`] per (task, reporting lead unit) in register order, and one [`Submission`]
//! per reporting unit. Plus the run's [`Exception`]s and the [`FileReport`] of every file
//! found in `input/`. Renderers read this and never look at inputs again.

use crate::period::Period;
pub use crate::plan::{Judgement, Plan, Verdict};
use crate::register::{Register, Task};
use crate::settings::Settings;
use crate::status::Status;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// The ground-floor types the model's fields carry, so a renderer reads them from the model.
pub use crate::finding::{Contradiction, ExceptionKind, Finding, Layout, MatchInfo, MatchMethod, OtherValue};
pub use crate::place::{a1, parse_a1, Place};

/// One unit's report on one task for one period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub task_id: String,
    pub unit: String,
    /// NoReport when the unit did not report or left the task empty.
    pub status: Status,
    /// 完成进度, 0-100.
    pub percent: Option<u8>,
    pub progress: String,
    pub difficulties: String,
    pub suggestions: String,
    pub next_steps: String,
    /// Cells of the row no field holds (其他), with their headers, in column order.
    #[serde(default)]
    pub other: Vec<OtherValue>,
    /// The row it came from (cell of the row's first non-empty column).
    pub source: Option<Place>,
    pub matched: Option<MatchInfo>,
    /// The status contradicts the unit's own percentage or progress text (已完成 at 66 %,
    /// 未启动 beside "已开工"): `status` stays as the unit wrote it and the ledger marks it, the
    /// bulletin never quotes `progress` as progress, 考核 counts it as `[assessment]` says, and
    /// the office finds it among the exceptions (状态与进展不符).
    #[serde(default)]
    pub contradiction: Option<Contradiction>,
}

impl Entry {
    pub(crate) fn empty(task_id: &str, unit: &str) -> Entry {
        Entry {
            task_id: task_id.to_string(),
            unit: unit.to_string(),
            status: Status::NoReport,
            percent: None,
            progress: String::new(),
            difficulties: String::new(),
            suggestions: String::new(),
            next_steps: String::new(),
            other: Vec::new(),
            source: None,
            matched: None,
            contradiction: None,
        }
    }

    pub fn reported(&self) -> bool {
        self.status != Status::NoReport
    }
}

/// Whether and when a unit reported for a period: one field per unit and period, decided
/// from evidence only ([`Evidence`]); every renderer and the console read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Timeliness {
    /// Received by the deadline, as its evidence shows.
    #[serde(rename = "按时")]
    OnTime,
    /// Received after the deadline, as its evidence shows.
    #[serde(rename = "逾期")]
    Late,
    /// Nothing from the unit in input/ and no receipt recorded.
    #[serde(rename = "未报送")]
    Missing,
    /// A return was read but nothing says when it was received: never called late; the
    /// office checks it (run report, 异常).
    #[serde(rename = "日期不明")]
    Undated,
    /// A file from the unit is in input/ but cannot be read: received, not missing; the
    /// reminder asks for a readable copy.
    #[serde(rename = "无法读取")]
    Unreadable,
    /// A return whose table holds no status, percentage or progress for any task (headers,
    /// task list, a 填报日期, nothing else): no report. Named with its file, treated as
    /// 未报送 for its tasks, reminded to send the content.
    #[serde(rename = "空表")]
    Empty,
}

impl Timeliness {
    pub(crate) const ALL: [Timeliness; 6] = [
        Timeliness::OnTime,
        Timeliness::Late,
        Timeliness::Missing,
        Timeliness::Empty,
        Timeliness::Undated,
        Timeliness::Unreadable,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Timeliness::OnTime => "按时报送",
            Timeliness::Late => "逾期报送",
            Timeliness::Missing => "未报送",
            Timeliness::Undated => "已报送（日期不明）",
            Timeliness::Unreadable => "已报送（无法读取）",
            Timeliness::Empty => "已报送（空表）",
        }
    }

    /// Late, missing or empty: what the bulletin names (附件2) and the assessment counts.
    pub fn accused(self) -> bool {
        matches!(self, Timeliness::Late | Timeliness::Missing | Timeliness::Empty)
    }
}

/// What proves when a return was received, declared (and ordered) in the order in which
/// evidence is believed: receipt, 填报日期 cell, file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum EvidenceKind {
    /// A row of the office's receipt register (收文登记).
    #[serde(rename = "收文登记")]
    Receipt,
    /// The return's own 填报日期 (报送日期, 填报时间) cell.
    #[serde(rename = "填报日期")]
    FormDate,
    /// A date in the return's file name.
    #[serde(rename = "文件名")]
    FileName,
}

impl EvidenceKind {
    pub fn label(self) -> &'static str {
        match self {
            EvidenceKind::Receipt => "收文登记",
            EvidenceKind::FormDate => "填报日期",
            EvidenceKind::FileName => "文件名中的日期",
        }
    }
}

/// The date a return was received and where that is written (the register's cell, the
/// 填报日期 cell, or the file for a date in its name).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    pub kind: EvidenceKind,
    pub place: Place,
    pub date: NaiveDate,
}

impl fmt::Display for Evidence {
    /// "填报日期 区财政局.xlsx / Sheet1 / B12".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.kind.label(), self.place)
    }
}

/// One reporting unit's return for one period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Submission {
    pub unit: String,
    pub timeliness: Timeliness,
    /// What proves when it was received (OnTime and Late always have it; Unreadable may, from
    /// the receipt register). A file's modification time is never evidence.
    pub evidence: Option<Evidence>,
    /// Why the office should check it (Undated, Unreadable, a receipt with no file), else empty.
    pub remark: String,
    /// Files taken for this unit and period (relative to input/).
    pub files: Vec<String>,
    /// Files from the unit for this period that could not be read (relative to input/).
    pub(crate) unreadable: Vec<String>,
    /// Earlier returns replaced by a later one, listed, not dropped.
    pub superseded: Vec<String>,
}

impl Submission {
    /// A unit that has sent nothing (yet).
    pub(crate) fn missing(unit: &str) -> Submission {
        Submission {
            unit: unit.to_string(),
            timeliness: Timeliness::Missing,
            evidence: None,
            remark: String::new(),
            files: vec![],
            unreadable: vec![],
            superseded: vec![],
        }
    }

    /// The date its evidence gives.
    pub fn date(&self) -> Option<NaiveDate> {
        self.evidence.as_ref().map(|e| e.date)
    }

    /// What its timeliness rests on, in words: the evidence (kind and file / sheet / cell or
    /// register row), why it is undated or unreadable, or that nothing came.
    pub(crate) fn grounds(&self) -> String {
        match (&self.evidence, self.timeliness) {
            (_, Timeliness::Unreadable | Timeliness::Undated | Timeliness::Empty) => self.remark.clone(),
            (Some(e), _) => e.to_string(),
            (None, Timeliness::Missing) => crate::msg::RenderMsg::NothingReceived.to_string(),
            (None, _) => self.remark.clone(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PeriodProgress {
    pub period: Period,
    pub deadline: NaiveDate,
    /// One per (task, reporting lead unit), in register order then lead-unit order.
    pub entries: Vec<Entry>,
    /// One per reporting unit, in the register's unit order.
    pub submissions: Vec<Submission>,
    /// Lookup tables over `entries` and `submissions`, built on first use. Entries are only
    /// ever changed in place (their task and unit stay), so the tables stay right; every
    /// lookup still checks the entry it finds and falls back to a scan if not.
    #[serde(skip)]
    index: std::sync::OnceLock<Index>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Exception {
    pub kind: ExceptionKind,
    pub place: Place,
    pub period: Option<Period>,
    pub unit: Option<String>,
    /// The task it was matched to, if any (for Review, NotOwnTask, Superseded, Duplicate).
    pub task_id: Option<String>,
    pub message: String,
    /// The row's non-empty cells joined with " | ", so nothing is lost.
    pub row_text: String,
}

/// What a file in input/ was taken for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FileOutcome {
    /// Read as a return.
    Return,
    /// The notice or the settings file.
    Canonical,
    /// Not a workbook (lock file, text, .docx report, ...): named with the reason.
    Skipped,
    /// A workbook that could not be read (corrupt, encrypted, over a limit).
    Failed,
    /// The office's receipt register (收文登记): evidence of when returns were received.
    Receipts,
    /// A file duban wrote itself: an earlier output (ledger, run report, 反馈表清单, its
    /// author property says duban and it carries no form identity) or one of its feedback
    /// forms nobody filled in. Never a return; named with the reason.
    Own,
    /// A unit's 节点计划 (our 节点计划表 or its own layout): milestones, no report.
    Plan,
}

/// The account of one file: rows_read = rows_matched + rows_exception + rows_other, and for
/// its cells (every non-empty cell of every sheet read, counted once, merged cells once at
/// their first cell) cells_read = cells_used + cells_other + cells_exception + cells_meta.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileReport {
    /// Relative to input/, with '/' separators.
    pub path: String,
    pub outcome: FileOutcome,
    /// Why it was skipped or failed, or why a readable return was not merged (a return for a
    /// period after the run's).
    pub reason: Option<String>,
    /// The library's or system's own words on why it failed ("invalid Zip archive: …"): in
    /// 处理报告.json only, never on the console or in the workbooks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) detail: Option<String>,
    /// Detected format: xlsx, xlsm, xls, xlsb, ods, csv, docx.
    pub format: Option<String>,
    pub unit: Option<String>,
    pub period: Option<Period>,
    pub layout: Option<Layout>,
    pub rows_read: usize,
    pub rows_matched: usize,
    pub rows_exception: usize,
    /// Header, title, note and signature rows.
    pub rows_other: usize,
    /// Non-empty cells of the sheets read.
    #[serde(default)]
    pub cells_read: usize,
    /// Cells of matched rows held by a field of their entry (or repeating the register).
    #[serde(default)]
    pub cells_used: usize,
    /// Cells of matched rows kept verbatim in their entry's 其他.
    #[serde(default)]
    pub cells_other: usize,
    /// Cells of rows listed as exceptions (kept whole in the exception's row text).
    #[serde(default)]
    pub cells_exception: usize,
    /// Cells of header, title, note and signature rows.
    #[serde(default)]
    pub cells_meta: usize,
    /// How many rows were matched by each method.
    pub methods: BTreeMap<String, usize>,
    pub warnings: Vec<Finding>,
}

impl FileReport {
    pub(crate) fn new(path: &str, outcome: FileOutcome) -> FileReport {
        FileReport {
            path: path.to_string(),
            outcome,
            reason: None,
            detail: None,
            format: None,
            unit: None,
            period: None,
            layout: None,
            rows_read: 0,
            rows_matched: 0,
            rows_exception: 0,
            rows_other: 0,
            cells_read: 0,
            cells_used: 0,
            cells_other: 0,
            cells_exception: 0,
            cells_meta: 0,
            methods: BTreeMap::new(),
            warnings: Vec::new(),
        }
    }

    /// The "nothing is lost" identities, for rows and for cells.
    pub fn balanced(&self) -> bool {
        self.rows_read == self.rows_matched + self.rows_exception + self.rows_other && self.cells_balanced()
    }

    /// Every non-empty cell read is in a field, in 其他, in an exception or in a header,
    /// title or note row.
    pub(crate) fn cells_balanced(&self) -> bool {
        self.cells_read == self.cells_used + self.cells_other + self.cells_exception + self.cells_meta
    }
}

/// Everything the renderers need.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Model {
    pub register: Register,
    /// The period being reported on.
    pub current: Period,
    /// The run's 报告日期, decided here once ([`Settings::report_date`] of `current`): the
    /// date the bulletin bears, and the last day a return can have been received.
    pub(crate) report_date: NaiveDate,
    /// Periods of the current year up to `current` that have data, plus `current`, in order.
    pub periods: Vec<PeriodProgress>,
    pub exceptions: Vec<Exception>,
    pub files: Vec<FileReport>,
    /// The units' 节点计划, one per task and unit that sent one, in register order then unit
    /// order (`merge::plans`); empty when no plan came.
    #[serde(default)]
    pub plans: Vec<Plan>,
}

impl Model {
    /// A model in which nobody reported anything: every entry 未反馈, every unit 未报送.
    /// Ingestion starts from this and fills it in; tests build models from it.
    pub fn empty(register: Register, current: Period, settings: &Settings) -> Model {
        let periods = vec![PeriodProgress::empty(&register, current, settings)];
        Model {
            register,
            current,
            report_date: settings.report_date(current),
            periods,
            exceptions: Vec::new(),
            files: Vec::new(),
            plans: Vec::new(),
        }
    }

    /// The plan of a task by a unit, if one came.
    pub fn plan(&self, task_id: &str, unit: &str) -> Option<&Plan> {
        self.plans.iter().find(|p| p.task_id == task_id && p.unit == unit)
    }

    /// A task's judgement against its units' milestones this period ([`Judgement::overall`]);
    /// None when no unit of it has a plan.
    pub(crate) fn judgement_of(&self, task: &Task) -> Option<Judgement> {
        Judgement::overall(
            self.plans_of(&task.id)
                .filter_map(|p| p.verdict.as_ref())
                .map(|v| v.judgement),
        )
    }

    /// Tasks counted by their judgement ([`Model::judgement_of`]), and how many have no plan
    /// (tasks nobody reports on, and the projects a task stands for, not counted).
    pub(crate) fn judgement_counts<'a>(
        &self,
        tasks: impl Iterator<Item = &'a Task>,
    ) -> (BTreeMap<Judgement, usize>, usize) {
        let mut counts: BTreeMap<Judgement, usize> = Judgement::ALL.iter().map(|j| (*j, 0)).collect();
        let mut without = 0;
        for t in tasks.filter(|t| t.projects.is_empty() && t.reporting_units().next().is_some()) {
            match self.judgement_of(t) {
                Some(j) => *counts.entry(j).or_default() += 1,
                None => without += 1,
            }
        }
        (counts, without)
    }

    /// The plans of a task (one per unit that sent one).
    pub(crate) fn plans_of<'a>(&'a self, task_id: &'a str) -> impl Iterator<Item = &'a Plan> + 'a {
        self.plans.iter().filter(move |p| p.task_id == task_id)
    }

    pub fn period(&self, p: Period) -> Option<&PeriodProgress> {
        self.periods.iter().find(|x| x.period == p)
    }

    pub fn period_mut(&mut self, p: Period) -> Option<&mut PeriodProgress> {
        self.periods.iter_mut().find(|x| x.period == p)
    }

    pub fn current_progress(&self) -> &PeriodProgress {
        self.period(self.current)
            .expect("the current period is always in the model")
    }

    pub(crate) fn previous_progress(&self) -> Option<&PeriodProgress> {
        self.current.previous().and_then(|p| self.period(p))
    }

    /// True when some unit's return of the current year was received (any period so far): a
    /// run for a year without any is a wrong `--period` or year, not 52 units late, so no
    /// reminder is written then.
    pub(crate) fn has_returns_of_year(&self) -> bool {
        self.periods.iter().any(PeriodProgress::has_returns)
    }

    /// The years of the returns read (by the period each was matched to), in order.
    pub(crate) fn return_years(&self) -> Vec<i32> {
        let years: std::collections::BTreeSet<i32> = self
            .files
            .iter()
            .filter_map(|f| f.period)
            .map(|p| p.year)
            .collect();
        years.into_iter().collect()
    }

    /// True when anything needs the office's attention (exit status 1): exceptions, notice
    /// warnings, unreadable files, and any unit of the current period not on time (late and
    /// missing units, and the undated and unreadable returns the office has to check).
    pub fn needs_attention(&self) -> bool {
        self.exceptions.iter().any(|e| e.kind.needs_action())
            || !self.register.warnings.is_empty()
            || self
                .files
                .iter()
                .any(|f| f.outcome == FileOutcome::Failed || !f.warnings.is_empty())
            || self
                .current_progress()
                .submissions
                .iter()
                .any(|s| s.timeliness != Timeliness::OnTime)
    }
}

impl PartialEq for PeriodProgress {
    /// Equal content; the lookup tables do not count.
    fn eq(&self, other: &Self) -> bool {
        self.period == other.period
            && self.deadline == other.deadline
            && self.entries == other.entries
            && self.submissions == other.submissions
    }
}

/// Positions of entries and submissions by key, so lookups stay O(1) at city scale.
#[derive(Debug, Clone, Default)]
struct Index {
    /// Task ID -> its entries (one per reporting unit: a handful).
    by_task: std::collections::HashMap<String, Vec<usize>>,
    by_unit: std::collections::HashMap<String, usize>,
}

impl Index {
    fn build(p: &PeriodProgress) -> Index {
        let mut index = Index::default();
        for (i, e) in p.entries.iter().enumerate() {
            index.by_task.entry(e.task_id.clone()).or_default().push(i);
        }
        for (i, s) in p.submissions.iter().enumerate() {
            index.by_unit.entry(s.unit.clone()).or_insert(i);
        }
        index
    }
}

impl PeriodProgress {
    /// True when some unit's return for this period was received (on time, late, undated,
    /// empty or unreadable): anything but every unit missing.
    pub(crate) fn has_returns(&self) -> bool {
        self.submissions
            .iter()
            .any(|s| s.timeliness != Timeliness::Missing)
    }

    pub fn empty(register: &Register, period: Period, settings: &Settings) -> PeriodProgress {
        let entries = register
            .tasks
            .iter()
            .flat_map(|t| t.reporting_units().map(move |u| Entry::empty(&t.id, u)))
            .collect();
        let submissions = register
            .reporting_units()
            .map(|u| Submission::missing(&u.name))
            .collect();
        PeriodProgress {
            period,
            deadline: settings.deadline(period),
            entries,
            submissions,
            index: std::sync::OnceLock::new(),
        }
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| Index::build(self))
    }

    /// The entries of one task (one per reporting lead unit), in lead-unit order.
    pub fn entries_for<'a>(&'a self, task_id: &'a str) -> impl Iterator<Item = &'a Entry> + 'a {
        let listed = self.index().by_task.get(task_id);
        let fresh = listed.is_some_and(|ix| {
            ix.iter()
                .all(|&i| self.entries.get(i).is_some_and(|e| e.task_id == task_id))
        });
        let (indexed, scanned) = match (listed, fresh) {
            (Some(ix), true) => (Some(ix.iter().map(|&i| &self.entries[i])), None),
            _ => (
                None,
                Some(self.entries.iter().filter(move |e| e.task_id == task_id)),
            ),
        };
        indexed.into_iter().flatten().chain(scanned.into_iter().flatten())
    }

    pub fn entry(&self, task_id: &str, unit: &str) -> Option<&Entry> {
        self.position(task_id, unit).map(|i| &self.entries[i])
    }

    /// Mutable access to one entry (ingestion fills entries in place).
    pub fn entry_mut(&mut self, task_id: &str, unit: &str) -> Option<&mut Entry> {
        let at = self.position(task_id, unit)?;
        self.entries.get_mut(at)
    }

    /// Where the entry of (`task_id`, `unit`) is: among its task's few entries by the index,
    /// checked (the fields are public), else by a scan.
    fn position(&self, task_id: &str, unit: &str) -> Option<usize> {
        let is = |e: &Entry| e.task_id == task_id && e.unit == unit;
        let mut indexed = self.index().by_task.get(task_id).into_iter().flatten().copied();
        indexed
            .find(|&i| self.entries.get(i).is_some_and(is))
            .or_else(|| self.entries.iter().position(is))
    }

    pub fn submission(&self, unit: &str) -> Option<&Submission> {
        let hit = self
            .index()
            .by_unit
            .get(unit)
            .and_then(|&i| self.submissions.get(i))
            .filter(|s| s.unit == unit);
        hit.or_else(|| self.submissions.iter().find(|s| s.unit == unit))
    }

    /// A task's overall status: the worst of its units' (see [`Status`] order). A task that
    /// stands for 1311 projects takes the worst of its projects. None for a task nobody
    /// reports on (no lead unit).
    pub fn overall(&self, task: &Task) -> Option<Status> {
        if !task.projects.is_empty() {
            return self
                .entries
                .iter()
                .filter(|e| task.projects.contains(&e.task_id))
                .map(|e| e.status)
                .max();
        }
        self.entries_for(&task.id).map(|e| e.status).max()
    }

    /// Tasks counted by overall status (tasks nobody reports on are not counted).
    pub fn status_counts<'a>(&self, tasks: impl Iterator<Item = &'a Task>) -> BTreeMap<Status, usize> {
        let mut counts: BTreeMap<Status, usize> = Status::ALL.iter().map(|s| (*s, 0)).collect();
        for t in tasks.filter(|t| t.projects.is_empty()) {
            if let Some(s) = self.overall(t) {
                *counts.entry(s).or_default() += 1;
            }
        }
        counts
    }

    /// The units of one timeliness, in the register's unit order.
    pub fn units_by(&self, timeliness: Timeliness) -> impl Iterator<Item = &Submission> {
        self.submissions
            .iter()
            .filter(move |s| s.timeliness == timeliness)
    }

    /// The units found late or missing ([`Timeliness::accused`]), in the register's unit order:
    /// the ones the bulletin names (附件2) and the ledger's 未报送 sheet lists first.
    pub(crate) fn accused(&self) -> impl Iterator<Item = &Submission> {
        self.submissions.iter().filter(|s| s.timeliness.accused())
    }
}
