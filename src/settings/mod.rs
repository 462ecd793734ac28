//! Settings read from `input/duban.toml`.
//!
//! Strict: unknown keys are rejected, every error names the file and the key. A missing file
//! means the documented defaults (README "Settings"). Owns nothing but configuration; the
//! driver reads it once and hands `&Settings` to every stage.

mod toml_errors;

use crate::calendar::{Calendar, WorkingWeek};
use crate::msg;
use crate::period::{Period, PeriodKind};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use toml::value::Datetime;

pub const SETTINGS_FILE: &str = "duban.toml";

/// Why the settings cannot be used; its text comes from the catalogue ([`msg::SettingsMsg`]).
#[derive(Debug)]
pub enum SettingsError {
    Read { file: PathBuf, source: std::io::Error },
    Invalid { file: PathBuf, message: String },
}

impl std::fmt::Display for SettingsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let m = match self {
            SettingsError::Read { file, source } => msg::SettingsMsg::Read {
                file: file.display().to_string(),
                error: msg::io_reason(source).to_string(),
            },
            SettingsError::Invalid { file, message } => msg::SettingsMsg::Invalid {
                file: file.display().to_string(),
                message: message.clone(),
            },
        };
        f.write_str(&m.to_string())
    }
}

/// The message already says the cause; the chain ends here.
impl std::error::Error for SettingsError {}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Settings {
    /// The notice holding the task breakdown, relative to the input folder (.txt or .docx).
    pub notice: PathBuf,
    /// The year the notice covers.
    pub year: i32,
    /// District name used in titles (盐湖区).
    pub district: String,
    pub office: Office,
    /// Exact report deadlines of `year`'s periods by period code (`Q1`, `H1`, `Q3`, `Y`);
    /// missing ones, and every period of another year, use the default rule (the last working
    /// day of the first working week after the period ends, [`crate::calendar`]).
    pub deadlines: BTreeMap<String, Datetime>,
    /// Other names units go by: alias -> the name used in the notice.
    pub aliases: BTreeMap<String, String>,
    /// Days off and working days beyond the built-in official calendar ([`crate::calendar`]).
    pub calendar: CalendarDays,
    pub bulletin: Bulletin,
    pub matching: Matching,
    pub limits: Limits,
    pub compare: Compare,
    pub assessment: Assessment,
    pub plan: PlanSettings,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Office {
    /// Full name of the issuing office, as in the notice's header.
    pub name: String,
    /// Short name used in running text and the 印发 line.
    pub(crate) short_name: String,
    /// The supervision office that collects the returns.
    pub(crate) supervision: String,
}

/// `[calendar]`: the office's own days over the built-in table of the State Council's notices
/// (a local day off, a year the table does not hold yet, a correction). A day listed here wins
/// over the table.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct CalendarDays {
    /// Days off (放假), as bare dates: `holidays = [2022-10-03]`.
    pub(crate) holidays: Vec<Datetime>,
    /// Weekend days worked (调休上班): `workdays = [2022-10-08]`.
    pub(crate) workdays: Vec<Datetime>,
}

impl CalendarDays {
    /// Every entry a date, none in both lists.
    fn validate(&self) -> Result<(), String> {
        for (key, list) in [("holidays", &self.holidays), ("workdays", &self.workdays)] {
            for d in list {
                to_date(d)
                    .map_err(|why| msg::SettingsMsg::BadCalendarDay { key: key.into(), why }.to_string())?;
            }
        }
        if let Some(d) = self.holidays.iter().find(|d| self.workdays.contains(d)) {
            return Err(msg::SettingsMsg::CalendarDayTwice { date: d.to_string() }.to_string());
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Masthead {
    /// "督查通报 / 第N期" masthead.
    Bulletin,
    /// "…人民政府办公室文件" header with a 发文字号.
    Document,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Bulletin {
    pub masthead: Masthead,
    /// Issue number (第N期); when absent it is counted per year: Q1 = 1, H1 = 2, ...
    pub issue: Option<u32>,
    /// 发文字号 for the document header.
    pub(crate) doc_number: String,
    /// 主送 line.
    pub(crate) recipients: String,
    /// 抄送 list.
    pub(crate) cc: Vec<String>,
    /// Date printed on the bulletin (`date = 2020-04-13`); default: the first working day
    /// after the deadline.
    pub(crate) date: Option<Datetime>,
    /// How many tasks 二、工作亮点 names at most (chosen by rule: README, "The bulletin").
    pub(crate) highlights: usize,
    /// Longest progress excerpt quoted, in characters: whole sentences (or clauses) only,
    /// never a text cut inside a word.
    pub excerpt_chars: usize,
    /// Which tasks 附件1 lists: `attention` (those needing attention, and a sentence saying
    /// the ledger holds the full table; 未反馈 tasks whose lead units all did not report are
    /// said by their count, since 附件2 names the units) or `all`.
    pub(crate) attachment: AttachmentRows,
    /// Most pages of the bulletin's letter (masthead to signature, attachments not counted):
    /// when the estimate says more, the problem tasks are given by their units (they are
    /// all in 附件1) and fewer highlights are named.
    pub body_pages: usize,
    /// Name each problem task's 责任人 (leaders) beside its units. Off: the bulletin names
    /// units only. Job titles the notice gives without a person are never printed as names.
    pub leaders: bool,
}

/// Which tasks the bulletin's 附件1 lists.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub(crate) enum AttachmentRows {
    /// Lagging, not started, not reported, gone backwards or copied: the tasks the body
    /// speaks of, with a note that the ledger holds every task.
    Attention,
    /// Every task of the notice.
    All,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Matching {
    /// Similarity (0-1) at or above which a fuzzy text match is accepted.
    pub(crate) accept: f64,
    /// Similarity at or above which a fuzzy match is kept but listed for review.
    pub(crate) review: f64,
}

/// The 节点计划 (`[plan]`): how a reported percent is judged against the planned one.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct PlanSettings {
    /// Percentage points a reported percent may lie below or above the planned one and still
    /// be 达进度 (more above: 超进度; more below: 欠进度). Default 5.
    pub tolerance: u8,
}

impl Default for PlanSettings {
    fn default() -> Self {
        PlanSettings { tolerance: 5 }
    }
}

/// The comparison with the previous period (`compare` stage; docs/COMPARE.md).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Compare {
    /// Similarity (0-1) of the normalised progress texts at or above which an entry is
    /// called 与上期雷同.
    pub(crate) copied_similarity: f64,
    /// Progress texts with fewer letters than this (digits and punctuation aside) are never
    /// called copied ("已完成", "正常推进").
    pub(crate) copied_min_chars: usize,
    /// Longest 存在困难 clause quoted in the bulletin, in characters.
    pub(crate) reason_chars: usize,
    /// Kinds of difficulty and the words that tell them in 存在困难 texts.
    pub(crate) difficulty_kinds: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    /// Largest input file read, in bytes.
    pub max_file_bytes: u64,
    /// Largest total uncompressed size of a zip-based workbook, in bytes.
    pub max_unzipped_bytes: u64,
    /// Most cells read from one workbook.
    pub max_cells: u64,
    /// Most rows and columns a sheet may span.
    pub max_rows: u32,
    pub max_cols: u32,
    /// Most files taken from input/.
    pub max_files: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            notice: PathBuf::from("notice.txt"),
            year: 2020,
            district: "盐湖区".into(),
            office: Office::default(),
            deadlines: BTreeMap::new(),
            aliases: BTreeMap::new(),
            calendar: CalendarDays::default(),
            bulletin: Bulletin::default(),
            matching: Matching::default(),
            limits: Limits::default(),
            compare: Compare::default(),
            assessment: Assessment::default(),
            plan: PlanSettings::default(),
        }
    }
}

/// The keys of `[assessment.points]`: the report facts, scored per count.
pub(crate) const ASSESSMENT_POINTS_KEYS: [&str; 6] =
    ["due", "on_time", "late", "missing", "empty", "undated"];

/// The key of the unit's tasks: counted and shown, never scored, so in neither table.
const ASSESSMENT_TASKS_KEY: &str = "tasks";

/// The keys of `[assessment.rates]`: the task facts, scored by their share of the unit's own
/// tasks.
pub(crate) const ASSESSMENT_RATES_KEYS: [&str; 8] = [
    "completed",
    "on_track",
    "lagging",
    "not_started",
    "no_report",
    "copied",
    "corrected",
    "behind_plan",
];

/// The key of every fact the assessment counts, in the order of `assess::Fact` (whose `key`
/// reads this table), so the settings can check a key without the assessment: the report
/// facts, the tasks, the task facts.
pub(crate) const ASSESSMENT_KEYS: [&str; ASSESSMENT_POINTS_KEYS.len() + 1 + ASSESSMENT_RATES_KEYS.len()] =
    concat_keys([
        &ASSESSMENT_POINTS_KEYS,
        &[ASSESSMENT_TASKS_KEY],
        &ASSESSMENT_RATES_KEYS,
    ]);

/// `parts` one after another, at compile time; `N` is their total length.
const fn concat_keys<const N: usize>(parts: [&[&'static str]; 3]) -> [&'static str; N] {
    let mut keys = [""; N];
    let (mut part, mut n) = (0, 0);
    while part < parts.len() {
        let mut i = 0;
        while i < parts[part].len() {
            keys[n] = parts[part][i];
            i += 1;
            n += 1;
        }
        part += 1;
    }
    assert!(n == N, "N is the parts' total length");
    keys
}

/// The values of `[assessment] contradicted`: a task fact a task can be counted as (a copy is
/// no status), or [`CONTRADICTED_AS_WRITTEN`].
pub(crate) const ASSESSMENT_CONTRADICTED: [&str; 7] = [
    "completed",
    "on_track",
    "lagging",
    "not_started",
    "no_report",
    "corrected",
    CONTRADICTED_AS_WRITTEN,
];

/// `contradicted = "as_written"`: a contradicted task counts by its status as written.
pub(crate) const CONTRADICTED_AS_WRITTEN: &str = "as_written";

/// `[assessment]`: the year-end assessment (考核). The default points of each fact live in
/// `assess::rules`; `points` only holds the ones the office changed.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct Assessment {
    /// The score every unit starts from.
    pub(crate) base: f64,
    /// Points per fact, by fact key (`late = -2`): overrides the default of that fact only;
    /// `0` turns a rule off. An unknown key is an error naming it.
    pub points: BTreeMap<String, f64>,
    /// Points for 100 % of the unit's own tasks, by task fact key (`completed = 10`): a task
    /// fact scores by its share, never by its count.
    pub rates: BTreeMap<String, f64>,
    /// Where a task whose status its own progress contradicts (状态与进展不符) is counted: a
    /// task fact key (default `corrected`, 需核对更正) or `as_written` (by its status).
    pub(crate) contradicted: String,
    /// At 全年, attach the 年度考核情况 table to the bulletin.
    pub(crate) bulletin: bool,
}

impl Assessment {
    /// `points` names report facts ([`ASSESSMENT_POINTS_KEYS`]), `rates` task facts
    /// ([`ASSESSMENT_RATES_KEYS`]), `contradicted` one of [`ASSESSMENT_CONTRADICTED`]; base,
    /// points and rates are finite numbers.
    fn validate(&self) -> Result<(), String> {
        if !self.base.is_finite() {
            return Err(msg::SettingsMsg::AssessmentNotANumber { key: "base".into() }.to_string());
        }
        let tables = [
            ("points", &self.points, &ASSESSMENT_POINTS_KEYS[..]),
            ("rates", &self.rates, &ASSESSMENT_RATES_KEYS[..]),
        ];
        for (table, entries, known) in tables {
            for (key, p) in entries {
                if !known.contains(&key.as_str()) {
                    return Err(msg::SettingsMsg::UnknownAssessmentFact {
                        table: table.to_string(),
                        key: key.clone(),
                        known: known.join(", "),
                    }
                    .to_string());
                }
                if !p.is_finite() {
                    return Err(msg::SettingsMsg::AssessmentNotANumber {
                        key: format!("{table}.{key}"),
                    }
                    .to_string());
                }
            }
        }
        if !ASSESSMENT_CONTRADICTED.contains(&self.contradicted.as_str()) {
            return Err(msg::SettingsMsg::UnknownContradicted {
                value: self.contradicted.clone(),
                known: ASSESSMENT_CONTRADICTED.join(", "),
            }
            .to_string());
        }
        Ok(())
    }
}

impl Default for Assessment {
    fn default() -> Self {
        Assessment {
            base: 100.0,
            points: BTreeMap::new(),
            rates: BTreeMap::new(),
            contradicted: "corrected".to_string(),
            bulletin: true,
        }
    }
}

impl Default for Office {
    fn default() -> Self {
        Office {
            name: "运城市盐湖区人民政府办公室".into(),
            short_name: "区政府办公室".into(),
            supervision: "区政府督查室".into(),
        }
    }
}

impl Default for Bulletin {
    fn default() -> Self {
        Bulletin {
            masthead: Masthead::Bulletin,
            issue: None,
            doc_number: "运盐政办发〔2020〕24号".into(),
            recipients: "各乡镇人民政府、街道办事处，区直各有关单位，各园区管委会：".into(),
            cc: vec!["区委办".into(), "区人大办".into(), "区政协办".into()],
            date: None,
            highlights: 5,
            excerpt_chars: 40,
            attachment: AttachmentRows::Attention,
            body_pages: 4,
            leaders: false,
        }
    }
}

impl Default for Matching {
    fn default() -> Self {
        Matching {
            accept: 0.85,
            review: 0.6,
        }
    }
}

impl Default for Compare {
    fn default() -> Self {
        let kind = |name: &str, words: &[&str]| {
            (
                name.to_string(),
                words.iter().map(|w| w.to_string()).collect::<Vec<_>>(),
            )
        };
        Compare {
            copied_similarity: 0.92,
            copied_min_chars: 15,
            reason_chars: 30,
            difficulty_kinds: [
                kind("资金", &["资金", "经费", "融资", "财力", "补助", "拨付"]),
                kind("用地", &["用地", "土地", "征地", "征收", "拆迁"]),
                kind("审批", &["审批", "手续", "批复", "立项", "环评", "许可"]),
                kind("疫情", &["疫情", "复工"]),
                kind("人员", &["人员", "人手", "人才", "力量薄弱"]),
                kind("协调", &["协调", "涉及部门", "配合"]),
                kind("群众工作", &["群众", "村民", "农户"]),
            ]
            .into_iter()
            .collect(),
        }
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 50 * 1024 * 1024,
            max_unzipped_bytes: 200 * 1024 * 1024,
            max_cells: 2_000_000,
            max_rows: 100_000,
            max_cols: 200,
            max_files: 20_000,
        }
    }
}

impl Settings {
    /// Reads `<input>/duban.toml`; a missing file gives the defaults.
    pub fn load(input: &Path) -> Result<Settings, SettingsError> {
        let file = input.join(SETTINGS_FILE);
        match std::fs::read_to_string(&file) {
            Ok(text) => Settings::parse(&text, &file),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Settings::default()),
            Err(source) => Err(SettingsError::Read { file, source }),
        }
    }

    pub fn parse(text: &str, file: &Path) -> Result<Settings, SettingsError> {
        let invalid = |message: String| SettingsError::Invalid {
            file: file.to_path_buf(),
            message,
        };
        let settings: Settings = toml::from_str(text).map_err(|e| invalid(toml_errors::message(&e, text)))?;
        settings
            .validate()
            .map_err(|m| invalid(toml_errors::with_line(m, text)))?;
        Ok(settings)
    }

    fn validate(&self) -> Result<(), String> {
        for (key, value) in &self.deadlines {
            to_date(value).map_err(|why| {
                msg::SettingsMsg::BadDeadline {
                    key: key.clone(),
                    why,
                }
                .to_string()
            })?;
            if !PeriodKind::ALL.iter().any(|k| k.code() == key) {
                return Err(msg::SettingsMsg::UnknownPeriod { key: key.clone() }.to_string());
            }
        }
        let m = &self.matching;
        if !(0.0..=1.0).contains(&m.review) || !(0.0..=1.0).contains(&m.accept) || m.review > m.accept {
            return Err(msg::SettingsMsg::BadThresholds.to_string());
        }
        let c = &self.compare;
        if !(0.0..=1.0).contains(&c.copied_similarity) {
            return Err(crate::msg::SettingsMsg::CopiedSimilarityRange {
                value: c.copied_similarity,
            }
            .to_string());
        }
        self.calendar.validate()?;
        if let Some(d) = &self.bulletin.date {
            to_date(d).map_err(|why| msg::SettingsMsg::BadBulletinDate { why }.to_string())?;
        }
        self.assessment.validate()?;
        if !(1900..=2100).contains(&self.year) {
            return Err(msg::SettingsMsg::BadYear { year: self.year }.to_string());
        }
        Ok(())
    }

    /// The notice in `input`: the `notice` setting; under its default name (notice.txt) a
    /// notice.docx beside it is found too when there is no notice.txt.
    pub fn notice_file(&self, input: &Path) -> PathBuf {
        let set = input.join(&self.notice);
        if self.notice != Settings::default().notice || set.exists() {
            return set;
        }
        let docx = set.with_extension("docx");
        if docx.is_file() {
            docx
        } else {
            set
        }
    }

    /// The deadline for a period: the exact date from the settings, else the default rule.
    pub fn deadline(&self, period: Period) -> NaiveDate {
        self.deadline_source(period).date()
    }

    /// The deadline for a period and where it comes from, for the run to say.
    pub fn deadline_source(&self, period: Period) -> Deadline {
        // `[deadlines]` are the dates of the settings' year; another year takes the rule.
        let set = self
            .deadlines
            .get(period.kind.code())
            .filter(|_| period.year == self.year)
            .and_then(|d| to_date(d).ok());
        match set {
            Some(date) => Deadline::Set { period, date },
            None => {
                let calendar = self.calendar();
                Deadline::Rule {
                    period,
                    week: period.working_week(&calendar),
                    known: calendar.knows(period.kind.end(period.year).year())
                        && calendar.knows(period.default_deadline(&calendar).year()),
                }
            }
        }
    }

    /// The working-day calendar: the built-in table and `[calendar]`.
    pub(crate) fn calendar(&self) -> Calendar {
        let dates = |list: &[Datetime]| list.iter().filter_map(|d| to_date(d).ok()).collect();
        Calendar {
            holidays: dates(&self.calendar.holidays),
            workdays: dates(&self.calendar.workdays),
        }
    }

    /// The date printed on the bulletin, when the settings give one.
    pub(crate) fn bulletin_date(&self) -> Option<NaiveDate> {
        self.bulletin.date.as_ref().and_then(|d| to_date(d).ok())
    }

    /// The run's 报告日期 for `period`: the bulletin's date (`bulletin.date`), else the first
    /// working day after the period's deadline (official holidays and make-up days counted).
    /// No return can have been received after it, so a later date is not evidence of when one
    /// was.
    pub fn report_date(&self, period: Period) -> NaiveDate {
        self.bulletin_date()
            .unwrap_or_else(|| self.calendar().next_working_day(self.deadline(period)))
    }

    /// The canonical unit name for a name as written (aliases applied, spaces removed).
    pub(crate) fn canonical_unit(&self, name: &str) -> String {
        let compact = crate::text::normal::without_spaces(name);
        self.aliases.get(&compact).cloned().unwrap_or(compact)
    }
}

/// A period's deadline and where it comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum Deadline {
    /// `[deadlines]` in duban.toml.
    Set { period: Period, date: NaiveDate },
    /// The default rule: the first working week after the period ends; `known` is false when
    /// the calendar holds no holidays of that year (weekends only were counted).
    Rule {
        period: Period,
        week: WorkingWeek,
        known: bool,
    },
}

impl Deadline {
    pub(crate) fn date(&self) -> NaiveDate {
        match self {
            Deadline::Set { date, .. } => *date,
            Deadline::Rule { week, .. } => week.last_day,
        }
    }

    /// What the run says about it: the date and why, then (when the year is not in the
    /// calendar) what the office can do.
    pub fn lines(&self) -> Vec<String> {
        use msg::CalendarMsg as M;
        let day = |d: NaiveDate| crate::calendar::cn_date(d);
        match self {
            Deadline::Set { period, date } => vec![M::DeadlineSet {
                period: period.title(),
                date: day(*date),
                key: period.kind.code().to_string(),
            }
            .to_string()],
            Deadline::Rule { period, week, known } => {
                let (period_title, date) = (period.title(), day(week.last_day));
                let mut lines = vec![if week.skipped.is_empty() && !week.skipped_settings {
                    M::DeadlineRule {
                        period: period_title,
                        date,
                        monday: day(week.monday),
                    }
                    .to_string()
                } else {
                    M::DeadlinePostponed {
                        period: period_title,
                        date,
                        breaks: crate::calendar::describe(week),
                    }
                    .to_string()
                }];
                if !known {
                    lines.push(
                        M::YearNotInCalendar {
                            year: week.last_day.year(),
                        }
                        .to_string(),
                    );
                }
                lines
            }
        }
    }
}

/// A TOML date (`2020-04-10`, unquoted) as a calendar date; times are refused.
fn to_date(d: &Datetime) -> Result<NaiveDate, String> {
    match (&d.date, &d.time) {
        (Some(date), None) => NaiveDate::from_ymd_opt(date.year as i32, date.month as u32, date.day as u32)
            .ok_or_else(|| msg::SettingsMsg::InvalidDate { date: d.to_string() }.to_string()),
        _ => Err(msg::SettingsMsg::NotADate { date: d.to_string() }.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_key_is_rejected_with_file_and_key() {
        let err = Settings::parse("year = 2020\nyeer = 1\n", Path::new("input/duban.toml")).unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("input/duban.toml："), "{msg}");
        assert!(msg.contains("第2行：没有名为“yeer”的设置项"), "{msg}");
    }

    #[test]
    fn nested_unknown_key_names_the_key() {
        let err = Settings::parse("[bulletin]\nmasthed = \"bulletin\"\n", Path::new("d.toml")).unwrap_err();
        assert!(err.to_string().contains("masthed"), "{err}");
    }

    #[test]
    fn the_deadline_says_where_it_comes_from() {
        let q3 = Period::new(2020, PeriodKind::Q3);
        let lines = |s: &Settings, p| msg::with_lang(msg::Lang::Zh, || s.deadline_source(p).lines());
        let default = Settings::default();
        assert_eq!(default.deadline(q3).to_string(), "2020-10-16");
        assert_eq!(default.report_date(q3).to_string(), "2020-10-19");
        assert_eq!(
            lines(&default, q3),
            ["2020年前三季度报送截止日期：2020年10月16日（按通知“每季度结束后第一个工作周”：国庆节、中秋节\
              2020年10月1日至2020年10月8日放假、2020年9月27日、2020年10月10日上班，顺延至其后第一个工作周的最后一个工作日）"]
        );
        let h1 = Period::new(2020, PeriodKind::H1);
        assert_eq!(
            lines(&default, h1),
            ["2020年上半年报送截止日期：2020年7月10日（按通知“每季度结束后第一个工作周”，即2020年7月6日开始的一周的最后一个工作日）"]
        );
        let set = Settings::parse("[deadlines]\nQ3 = 2020-10-09\n", Path::new("d.toml")).unwrap();
        assert_eq!(
            set.deadline(Period::new(2021, PeriodKind::Q3)).to_string(),
            "2021-10-15",
            "[deadlines] are the settings' year's"
        );
        assert_eq!(
            lines(&set, q3),
            ["2020年前三季度报送截止日期：2020年10月9日（duban.toml 中 [deadlines] 的 Q3）"]
        );
        let later = lines(&default, Period::new(2031, PeriodKind::Q1));
        assert_eq!(later.len(), 2, "{later:?}");
        assert!(
            later[1].starts_with("注意：内置日历没有2031年的节假日安排"),
            "{later:?}"
        );
    }

    #[test]
    fn calendar_days_in_the_settings_move_the_default_deadline() {
        let text = "[calendar]\nholidays = [2031-04-07, 2031-04-08, 2031-04-09]\nworkdays = [2031-04-12]\n";
        let s = Settings::parse(text, Path::new("d.toml")).unwrap();
        let q1 = Period::new(2031, PeriodKind::Q1);
        // 2031-03-31 is a Monday: the week from 4-7 has 2 working days (and a worked Saturday)
        // plus 4-10, 4-11: 3 in all, so it is the working week, ending on the Saturday.
        assert_eq!(s.deadline(q1).to_string(), "2031-04-12");
        let lines = msg::with_lang(msg::Lang::Zh, || s.deadline_source(q1).lines());
        assert_eq!(lines.len(), 1, "the office's days make the year known: {lines:?}");
        let err = Settings::parse(
            "[calendar]\nholidays = [2031-04-07]\nworkdays = [2031-04-07]\n",
            Path::new("d.toml"),
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("calendar：2031-04-07同时列在 holidays（放假）和 workdays（上班）中"),
            "{err}"
        );
        let err =
            Settings::parse("[calendar]\nholidays = [\"2031-04-07\"]\n", Path::new("d.toml")).unwrap_err();
        assert!(err.to_string().contains("第2行"), "{err}");
    }

    #[test]
    fn bad_deadline_period_is_named() {
        let err = Settings::parse("[deadlines]\nQ2 = 2020-07-10\n", Path::new("d.toml")).unwrap_err();
        assert!(err.to_string().contains("deadlines.Q2"), "{err}");
    }

    #[test]
    fn exact_deadline_overrides_default_and_aliases_apply() {
        let s = Settings::parse(
            "[deadlines]\nQ1 = 2020-04-08\n[aliases]\n\"扶贫办\" = \"区扶贫开发中心\"\n",
            Path::new("d.toml"),
        )
        .unwrap();
        let q1 = Period::new(2020, PeriodKind::Q1);
        assert_eq!(s.deadline(q1), NaiveDate::from_ymd_opt(2020, 4, 8).unwrap());
        assert_eq!(
            s.deadline(Period::new(2020, PeriodKind::H1)),
            NaiveDate::from_ymd_opt(2020, 7, 10).unwrap()
        );
        assert_eq!(s.canonical_unit("扶 贫办"), "区扶贫开发中心");
    }

    #[test]
    fn compare_settings_are_strict_and_checked() {
        let s = Settings::parse(
            "[compare]\ncopied_similarity = 0.8\n[compare.difficulty_kinds]\n\"资金\" = [\"资金\"]\n",
            Path::new("d.toml"),
        )
        .unwrap();
        assert_eq!(s.compare.copied_similarity, 0.8);
        assert_eq!(s.compare.difficulty_kinds.len(), 1);
        assert_eq!(s.compare.copied_min_chars, 15);
        let err = Settings::parse("[compare]\ncopied = 0.8\n", Path::new("d.toml")).unwrap_err();
        assert!(err.to_string().contains("copied"), "{err}");
        let err = Settings::parse("[compare]\ncopied_similarity = 1.5\n", Path::new("d.toml")).unwrap_err();
        assert!(err.to_string().contains("compare.copied_similarity"), "{err}");
        assert!(Settings::default().compare.difficulty_kinds.contains_key("疫情"));
    }

    #[test]
    fn reports_score_per_count_and_tasks_by_share() {
        let parse = |t: &str| Settings::parse(t, Path::new("d.toml"));
        assert!(parse("[assessment.points]\nlate = -3\n[assessment.rates]\ncompleted = 5\n").is_ok());
        let e = parse("[assessment.points]\ncompleted = 1\n")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("assessment.points.completed") && e.contains("late"),
            "{e}"
        );
        let e = parse("[assessment.rates]\nlate = -1\n").unwrap_err().to_string();
        assert!(
            e.contains("assessment.rates.late") && e.contains("no_report"),
            "{e}"
        );
        let e = parse("[assessment]\ncontradicted = \"copied\"\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("as_written") && e.contains("lagging"), "{e}");
        let s = parse("[assessment]\ncontradicted = \"as_written\"\n").unwrap();
        assert_eq!(s.assessment.contradicted, CONTRADICTED_AS_WRITTEN);
    }

    #[test]
    fn missing_file_means_defaults() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Settings::load(dir.path()).unwrap(), Settings::default());
    }
}
