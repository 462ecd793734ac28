//! The demo year's plan: which unit reports on which tasks, for which period, on which date,
//! in which layout and format, with which statuses and words.
//!
//! Hands on a [`Scenario`]: a list of [`Return`]s (one per file a unit sends) plus the
//! expectations a test can check against a run: who is missing, who is late, who corrected.
//! The special cases (renamed headers, reordered columns, status inside the text, ...) are
//! given to units chosen by the seeded [`Rng`], so they are the same on every run.

use super::text;
use super::Rng;
use crate::period::{Period, PeriodKind};
use crate::register::{Register, Unit};
use crate::settings::Settings;
use crate::status::Status;
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use std::collections::BTreeMap;

/// The unit that writes an alias of its name (settings `aliases` maps it back).
pub(crate) const ALIAS: (&str, &str) = ("扶贫办", "区扶贫开发中心");

/// How a return's sheet is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Layout {
    /// Our feedback form exactly as docs/FORMS.md, hidden `_duban` identity included.
    Form,
    /// Our form's rows copied into a new workbook: same headers, no identity, no protection.
    FormNoIdentity,
    /// A title row and renamed headers (重点工作任务, 状态, 工作进展).
    TitleRenamed,
    /// Columns in another order, blank rows, a note under the table.
    Reordered,
    /// Rows grouped under programme titles merged across the row.
    MergedProgramme,
    /// No status column: the status opens the progress text ("【序时推进】…").
    StatusInText,
    /// No task ID column: rows are matched by the task's text.
    TextOnly,
    /// A plain table of the unit's own.
    Plain,
}

/// How a return writes 完成进度.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PercentStyle {
    /// 50
    Whole,
    /// 0.5 shown as 50%
    Fraction,
    /// "50%"
    Text,
    /// "五成"
    Chinese,
}

/// How a return writes 填报日期.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DateStyle {
    /// An Excel date cell.
    Excel,
    /// "2020-04-03"
    Iso,
    /// "2020.4.3"
    Dotted,
    /// "2020年4月3日"
    Chinese,
}

/// The format a return is finally sent in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FileFormat {
    Xlsx,
    Xls,
    Ods,
}

impl FileFormat {
    pub(crate) fn ext(self) -> &'static str {
        match self {
            FileFormat::Xlsx => "xlsx",
            FileFormat::Xls => "xls",
            FileFormat::Ods => "ods",
        }
    }
}

/// One unit's report on one task.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub(crate) task_id: String,
    pub(crate) status: Status,
    /// 完成进度, 0-100.
    pub(crate) percent: u8,
    pub(crate) progress: String,
    pub(crate) difficulties: String,
    pub(crate) suggestions: String,
    pub(crate) next_steps: String,
    /// 上期进展: the unit's progress text of the previous period, if it reported then.
    pub(crate) previous: String,
}

/// One file a unit sends.
#[derive(Debug, Clone, PartialEq)]
pub struct Return {
    /// The unit's name in the register.
    pub(crate) unit: String,
    /// The name the unit writes on its return (an alias for one unit).
    pub(crate) written_unit: String,
    pub period: Period,
    /// Subfolder of the returns folder: `2020一季度`.
    pub(crate) folder: String,
    /// File name without extension.
    pub(crate) stem: String,
    pub layout: Layout,
    pub(crate) percent_style: PercentStyle,
    pub(crate) date_style: DateStyle,
    pub(crate) format: FileFormat,
    /// 填报日期.
    pub(crate) date: NaiveDate,
    /// 填报人 and 联系电话.
    pub(crate) filler: String,
    pub(crate) phone: String,
    pub(crate) rows: Vec<Row>,
    /// Whether the 上期进展 column is present (our form, when an earlier report exists).
    pub(crate) previous_column: bool,
}

impl Return {
    /// `2020一季度/区财政局2020年一季度工作进展.xlsx`: where the generator writes it.
    pub(crate) fn xlsx_path(&self) -> String {
        format!("{}/{}.xlsx", self.folder, self.stem)
    }

    /// The path in the format it is finally sent in.
    pub fn final_path(&self) -> String {
        format!("{}/{}.{}", self.folder, self.stem, self.format.ext())
    }
}

/// The plan of a demo year and what a run on it should find.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    pub(crate) seed: u64,
    pub periods: Vec<Period>,
    /// In period order, then the register's unit order; a correction follows the original.
    pub returns: Vec<Return>,
    /// Reporting units that send no sheet for a period.
    pub missing: BTreeMap<Period, Vec<String>>,
    /// Units whose 填报日期 is after the period's deadline.
    pub late: BTreeMap<Period, Vec<String>>,
    /// Units that send a second, corrected return for a period.
    pub corrected: Vec<(Period, String)>,
    /// A unit that sends a Word report instead of a sheet (it is also in `missing`).
    pub docx_instead: Option<(Period, String)>,
}

/// Which unit plays which part; drawn once per scenario.
struct Roles {
    layout: BTreeMap<String, Layout>,
    missing: BTreeMap<PeriodKind, Vec<String>>,
    late: BTreeMap<PeriodKind, Vec<String>>,
    corrected: String,
    docx_instead: String,
    formats: BTreeMap<(PeriodKind, String), FileFormat>,
}

/// Draws units without replacement, in a shuffled order, each meeting a condition.
struct Draw<'a> {
    pool: Vec<&'a Unit>,
}

impl<'a> Draw<'a> {
    /// The first unit left that meets `ok` (else the first left; "" when none is left, which
    /// names no unit, for registers too small to play every part).
    fn take(&mut self, ok: impl Fn(&Unit) -> bool) -> String {
        if self.pool.is_empty() {
            return String::new();
        }
        let i = self.pool.iter().position(|u| ok(u)).unwrap_or(0);
        self.pool.remove(i).name.clone()
    }
}

fn groups_of(register: &Register, unit: &Unit) -> usize {
    let mut groups: Vec<String> = unit
        .lead_tasks
        .iter()
        .filter_map(|id| register.task(id))
        .map(|t| t.group_title())
        .collect();
    groups.dedup();
    groups.len()
}

impl Roles {
    fn draw(register: &Register, rng: &mut Rng) -> Roles {
        let mut pool: Vec<&Unit> = register.reporting_units().filter(|u| u.name != ALIAS.1).collect();
        rng.shuffle(&mut pool);
        let mut d = Draw { pool };
        let n = |u: &Unit| u.lead_tasks.len();
        let mut layout = BTreeMap::new();
        layout.insert(d.take(|u| groups_of(register, u) >= 3), Layout::MergedProgramme);
        layout.insert(d.take(|u| n(u) >= 3), Layout::TitleRenamed);
        layout.insert(d.take(|u| n(u) >= 3), Layout::Reordered);
        layout.insert(d.take(|u| n(u) >= 2), Layout::StatusInText);
        layout.insert(d.take(|u| n(u) >= 3), Layout::TextOnly);
        layout.insert(d.take(|_| true), Layout::FormNoIdentity);
        let plain = d.take(|_| true);
        layout.insert(plain.clone(), Layout::Plain);
        if register.unit(ALIAS.1).is_some() {
            layout.insert(ALIAS.1.to_string(), Layout::Plain);
        }
        let corrected = d.take(|u| n(u) >= 3);
        let small = |u: &Unit| n(u) <= 3;
        let both = d.take(small);
        let docx_instead = d.take(small);
        let q1 = vec![both.clone(), docx_instead.clone(), d.take(small), d.take(small)];
        let h1 = vec![both, d.take(small), d.take(small)];
        let chronic_late = d.take(|_| true);
        let late_q1 = vec![
            chronic_late.clone(),
            d.take(|_| true),
            d.take(|_| true),
            d.take(|_| true),
        ];
        let late_h1 = vec![chronic_late, d.take(|_| true), d.take(|_| true)];
        let mut formats = BTreeMap::new();
        let by_layout = |l: Layout| layout.iter().find(|(_, x)| **x == l).map(|(u, _)| u.clone());
        if let Some(u) = by_layout(Layout::TitleRenamed) {
            formats.insert((PeriodKind::Q1, u), FileFormat::Xls);
        }
        if let Some(u) = by_layout(Layout::Reordered) {
            formats.insert((PeriodKind::H1, u), FileFormat::Ods);
        }
        formats.insert((PeriodKind::H1, plain), FileFormat::Xls);
        formats.insert((PeriodKind::Q1, d.take(|_| true)), FileFormat::Xls);
        formats.insert((PeriodKind::H1, d.take(|_| true)), FileFormat::Ods);
        Roles {
            layout,
            missing: BTreeMap::from([(PeriodKind::Q1, q1), (PeriodKind::H1, h1)]),
            late: BTreeMap::from([(PeriodKind::Q1, late_q1), (PeriodKind::H1, late_h1)]),
            corrected,
            docx_instead,
            formats,
        }
    }
}

/// Weekdays from the day after the period ends to the deadline (on time), or from the day
/// after the deadline to the report date (late): a return cannot be dated after the bulletin
/// that reports on it, or duban would rightly not believe its date.
fn report_days(period: Period, deadline: NaiveDate, report: NaiveDate, late: bool) -> Vec<NaiveDate> {
    let (from, to) = if late {
        (deadline + Duration::days(1), report)
    } else {
        (period.kind.end(period.year) + Duration::days(1), deadline)
    };
    let days: Vec<NaiveDate> = from
        .iter_days()
        .take_while(|d| *d <= to)
        .filter(|d| !is_weekend(*d))
        .collect();
    // A deadline set before the period ends leaves no day: report on the deadline itself.
    if days.is_empty() {
        vec![if late {
            deadline + Duration::days(1)
        } else {
            deadline
        }]
    } else {
        days
    }
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The demo year: 一季度 and 半年 of the settings' year.
pub(crate) fn demo(register: &Register, settings: &Settings, seed: u64) -> Scenario {
    let mut rng = Rng::new(seed);
    let roles = Roles::draw(register, &mut rng);
    let periods: Vec<Period> = [PeriodKind::Q1, PeriodKind::H1]
        .iter()
        .map(|k| Period::new(settings.year, *k))
        .collect();
    let mut scenario = Scenario {
        seed,
        periods: periods.clone(),
        returns: vec![],
        missing: BTreeMap::new(),
        late: BTreeMap::new(),
        corrected: vec![],
        docx_instead: Some((periods[0], roles.docx_instead.clone())),
    };
    let mut history = text::History::default();
    for period in periods {
        let missing = roles.missing.get(&period.kind).cloned().unwrap_or_default();
        let late = roles.late.get(&period.kind).cloned().unwrap_or_default();
        for unit in register.reporting_units() {
            let rows = text::rows(register, unit, period, &mut history, &mut rng);
            if missing.contains(&unit.name) {
                continue;
            }
            let is_late = late.contains(&unit.name);
            let ret = plan_return(settings, &roles, unit, period, rows, is_late, &mut rng);
            if period.kind == PeriodKind::H1 && unit.name == roles.corrected {
                let first = first_of_correction(&ret, &mut rng);
                scenario.returns.push(first);
                scenario.corrected.push((period, unit.name.clone()));
            }
            history.remember(&ret);
            scenario.returns.push(ret);
        }
        scenario.missing.insert(period, missing);
        scenario.late.insert(period, late);
    }
    scenario
}

/// The first, wrong version of a corrected return: earlier, two rows reading differently.
fn first_of_correction(corrected: &Return, rng: &mut Rng) -> Return {
    let mut first = corrected.clone();
    first.stem = corrected.stem.replace("（更正）", "");
    first.date = corrected.date - Duration::days(2);
    while is_weekend(first.date) {
        first.date -= Duration::days(1);
    }
    for row in first.rows.iter_mut().take(2) {
        row.status = Status::Lagging;
        row.percent = row.percent.saturating_sub(rng.range(10, 20) as u8);
        row.progress = format!("（初稿）{}", row.progress);
    }
    first
}

fn plan_return(
    settings: &Settings,
    roles: &Roles,
    unit: &Unit,
    period: Period,
    rows: Vec<Row>,
    late: bool,
    rng: &mut Rng,
) -> Return {
    let layout = roles.layout.get(&unit.name).copied().unwrap_or(Layout::Form);
    let written_unit = if unit.name == ALIAS.1 { ALIAS.0 } else { &unit.name }.to_string();
    let days = report_days(
        period,
        settings.deadline(period),
        settings.report_date(period),
        late,
    );
    let corrected = period.kind == PeriodKind::H1 && unit.name == roles.corrected;
    // A correction comes a few days after the first version, still before the deadline.
    let date = if corrected {
        days[days.len().saturating_sub(1).min(4 + rng.below(3))]
    } else {
        *rng.pick(&days)
    };
    let mut stem = file_stem(layout, &written_unit, period, rng);
    if corrected {
        stem.push_str("（更正）");
    }
    let previous_column = matches!(layout, Layout::Form | Layout::FormNoIdentity)
        && rows.iter().any(|r| !r.previous.is_empty());
    Return {
        unit: unit.name.clone(),
        written_unit,
        period,
        folder: super::period_folder(period),
        stem,
        layout,
        percent_style: percent_style(layout),
        date_style: date_style(layout, rng),
        format: roles
            .formats
            .get(&(period.kind, unit.name.clone()))
            .copied()
            .unwrap_or(FileFormat::Xlsx),
        date,
        filler: text::person(rng),
        phone: format!("0359-{}", rng.range(2_000_000, 8_999_999)),
        rows,
        previous_column,
    }
}

fn percent_style(layout: Layout) -> PercentStyle {
    match layout {
        Layout::Form | Layout::FormNoIdentity | Layout::Plain => PercentStyle::Whole,
        Layout::TitleRenamed | Layout::MergedProgramme => PercentStyle::Fraction,
        Layout::Reordered | Layout::TextOnly => PercentStyle::Text,
        Layout::StatusInText => PercentStyle::Chinese,
    }
}

fn date_style(layout: Layout, rng: &mut Rng) -> DateStyle {
    match layout {
        // Most units fill our form's date cell as a date; a few type it as text.
        Layout::Form => *rng.pick(&[
            DateStyle::Excel,
            DateStyle::Excel,
            DateStyle::Excel,
            DateStyle::Dotted,
        ]),
        Layout::TitleRenamed | Layout::StatusInText => DateStyle::Chinese,
        Layout::Reordered | Layout::Plain => DateStyle::Dotted,
        Layout::TextOnly => DateStyle::Iso,
        Layout::FormNoIdentity | Layout::MergedProgramme => DateStyle::Excel,
    }
}

/// File names as units really send them.
fn file_stem(layout: Layout, unit: &str, period: Period, rng: &mut Rng) -> String {
    let title = period.file_title();
    let year = period.year;
    let said = if period.kind == PeriodKind::H1 && rng.chance(40) {
        "上半年"
    } else {
        period.short()
    };
    match layout {
        Layout::Form => match rng.below(4) {
            0 => format!("{unit}_{title}进展反馈表"),
            1 => format!("{title}进展反馈表（{unit}）"),
            _ => format!("{unit}{year}年{said}工作进展"),
        },
        Layout::TextOnly => format!("关于报送{year}年{said}重点工作进展情况的报告（{unit}）"),
        _ => format!("{unit}{year}年{said}工作进展"),
    }
}
