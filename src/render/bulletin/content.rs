//! Every figure of the bulletin, computed once from the merged [`Model`] into a
//! `#[derive(Serialize)]` context that the templates word and the layout lays out.
//!
//! Nothing here formats paragraphs or knows about Word: counts, shares, names, abridged
//! texts and the rows of the two attachment tables. The templates decide the wording.

use super::changes::{self, Copied, KindRef, Problem, Regression};
use crate::analysis::Analysis;
use crate::compare::{ChangeKind, Changes};
use crate::model::{Entry, Model, PeriodProgress, Submission, Timeliness};
use crate::register::{Attachment, Task};
use crate::settings::{Masthead, Settings};
use crate::status::Status;
use crate::text::numerals::to_chinese;
use crate::text::shorten::abridge;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// How many kinds of difficulty the closing line of 存在问题 names.
const KINDS_SHOWN: usize = 4;

/// One status's count of tasks and its share of all counted tasks ("35.3%").
#[derive(Debug, Clone, Default, Serialize)]
pub struct Count {
    pub count: usize,
    pub share: String,
}

/// Tasks counted by overall status, and what the notice lists beside them.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Tally {
    /// Every task the notice lists in the set (1311 projects and their attachment-1 task
    /// included).
    pub listed: usize,
    /// Listed but not counted: `no_unit` + `via_projects`.
    pub not_counted: usize,
    /// Tasks with no lead unit that reports (none named, or only groups such as 各乡镇办).
    pub no_unit: usize,
    /// The attachment-1 task that stands for the 1311 projects: they are counted instead.
    pub via_projects: usize,
    /// Both kinds present (the template puts a comma between them).
    pub both_kinds: bool,
    /// Tasks counted by status (the shares are of this).
    pub total: usize,
    pub completed: Count,
    pub on_track: Count,
    pub lagging: Count,
    pub not_started: Count,
    pub no_report: Count,
}

/// A list the templates can count: `{{lagging.count}}`, `{{#each lagging.items}}`.
#[derive(Debug, Clone, Serialize)]
pub struct List<T> {
    pub count: usize,
    pub items: Vec<T>,
}

impl<T> Default for List<T> {
    fn default() -> Self {
        List {
            count: 0,
            items: Vec::new(),
        }
    }
}

impl<T> From<Vec<T>> for List<T> {
    fn from(items: Vec<T>) -> Self {
        List {
            count: items.len(),
            items,
        }
    }
}

/// A task named in the text: 1-based position in its list, ID, abridged text, people.
#[derive(Debug, Clone, Serialize)]
pub struct TaskRef {
    pub no: usize,
    pub id: String,
    pub text: String,
    pub status: String,
    /// 责任人, joined with 、; empty when the notice names none.
    pub leaders: String,
    /// 牵头单位, joined with 、; empty when the notice names none.
    pub units: String,
    /// Either of them is there (the template leaves out the brackets otherwise).
    pub has_people: bool,
}

/// A progress highlight taken from a return.
#[derive(Debug, Clone, Serialize)]
pub struct Highlight {
    pub no: usize,
    pub id: String,
    pub unit: String,
    pub text: String,
}

/// One programme of attachment 1, or 十件实事, or the 1311 projects.
#[derive(Debug, Clone, Serialize)]
pub struct Group {
    /// 1-based, and as a Chinese numeral (一, 二, ... 十二) for （一） headings.
    pub no: usize,
    pub no_cn: String,
    pub title: String,
    pub tally: Tally,
    pub highlights: Vec<Highlight>,
}

/// A unit that reported late or not at all.
#[derive(Debug, Clone, Serialize)]
pub struct UnitRef {
    pub no: usize,
    pub name: String,
    /// 逾期报送 / 未报送
    pub status: String,
    /// The date of the late return ("2020年4月15日"), empty when missing.
    pub date: String,
    /// How many tasks the unit leads.
    pub tasks: usize,
}

/// The comparison with the previous period of the same year, when it has data.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Comparison {
    pub period: String,
    pub tally: Tally,
    pub newly_completed: List<TaskRef>,
    pub still_lagging: List<TaskRef>,
    pub slipped_back: List<TaskRef>,
}

/// A row of 附件1 进展情况汇总表.
#[derive(Debug, Clone, Serialize)]
pub struct SummaryRow {
    pub id: String,
    pub text: String,
    pub units: String,
    pub status: String,
    pub progress: String,
}

/// The whole bulletin context (also the reminder's base).
#[derive(Debug, Clone, Serialize)]
pub struct BulletinContext {
    pub year: i32,
    /// 一季度
    pub period: String,
    /// 2020年一季度
    pub period_title: String,
    pub issue: u32,
    /// The settings chose the 文件 header (else the 督查通报 masthead).
    pub masthead_document: bool,
    pub doc_number: String,
    pub district: String,
    pub office: String,
    pub office_short: String,
    pub supervision: String,
    pub recipients: String,
    /// 抄送 names joined with "，".
    pub cc: String,
    /// The bulletin's date, "2020年4月13日".
    pub date: String,
    pub deadline: String,
    pub tally: Tally,
    pub units_total: usize,
    pub units_on_time: usize,
    pub units_late: usize,
    pub units_missing: usize,
    /// Every unit on time, by its evidence.
    pub all_on_time: bool,
    /// Returns read but with no evidence of when they were received (never called late).
    pub units_undated: usize,
    /// Units whose files were received but cannot be read (never called missing).
    pub units_unreadable: usize,
    pub late_units: List<UnitRef>,
    pub missing_units: List<UnitRef>,
    /// Units that sent a table with nothing in it (已报送（空表）): named, taken as 未报送.
    pub units_empty: usize,
    pub empty_units: List<UnitRef>,
    pub empty_names: String,
    /// Late and missing together, in register unit order (附件2): only units whose evidence
    /// says so ([`Timeliness::accused`]).
    pub overdue_units: List<UnitRef>,
    pub late_names: String,
    pub missing_names: String,
    pub has_previous: bool,
    pub previous: Comparison,
    pub groups: Vec<Group>,
    pub lagging: List<Problem>,
    pub not_started: List<Problem>,
    /// The most frequent kinds of difficulty named by the lagging and not-started tasks.
    pub difficulty_kinds: List<KindRef>,
    /// Tasks whose status went backwards since the previous report.
    pub regressed: List<Regression>,
    /// Units whose progress texts repeat last period's.
    pub copied: Copied,
    #[serde(skip)]
    pub rows: Vec<SummaryRow>,
    /// At 全年 (unless `[assessment] bulletin = false`): the 年度考核情况 attachment and sentence.
    pub has_assessment: bool,
    pub assessment: super::assessment::AssessmentBrief,
}

/// "2020年4月13日" (no leading zeros, as GB/T 9704 writes dates).
pub fn cn_date(d: NaiveDate) -> String {
    format!("{}年{}月{}日", d.year(), d.month(), d.day())
}

fn share(count: usize, total: usize) -> String {
    if total == 0 {
        return "0%".into();
    }
    let pct = count as f64 * 100.0 / total as f64;
    let s = format!("{pct:.1}");
    format!("{}%", s.trim_end_matches(".0"))
}

/// Tasks counted by overall status, with shares, and the listed tasks that are not counted.
pub fn tally<'a>(p: &PeriodProgress, tasks: impl Iterator<Item = &'a Task>) -> Tally {
    let tasks: Vec<&Task> = tasks.collect();
    let counts = p.status_counts(tasks.iter().copied());
    let total: usize = counts.values().sum();
    let via_projects = tasks.iter().filter(|t| !t.projects.is_empty()).count();
    let no_unit = tasks
        .iter()
        .filter(|t| t.projects.is_empty() && t.reporting_units().next().is_none())
        .count();
    let c = |s: Status| {
        let n = counts.get(&s).copied().unwrap_or(0);
        Count {
            count: n,
            share: share(n, total),
        }
    };
    Tally {
        listed: tasks.len(),
        not_counted: no_unit + via_projects,
        no_unit,
        via_projects,
        both_kinds: no_unit > 0 && via_projects > 0,
        total,
        completed: c(Status::Completed),
        on_track: c(Status::OnTrack),
        lagging: c(Status::Lagging),
        not_started: c(Status::NotStarted),
        no_report: c(Status::NoReport),
    }
}

/// Tasks that are counted (the attachment-1 task standing for the 1311 projects is not:
/// its projects are).
fn counted(model: &Model) -> impl Iterator<Item = &Task> {
    model.register.tasks.iter().filter(|t| t.projects.is_empty())
}

/// Every task of the register: what the notice lists.
fn listed(model: &Model) -> impl Iterator<Item = &Task> {
    model.register.tasks.iter()
}

/// A task as the text names it: `no` in its list, abridged to `chars`.
pub fn task_ref(no: usize, task: &Task, status: Option<Status>, chars: usize) -> TaskRef {
    TaskRef {
        no,
        id: task.id.clone(),
        text: abridge(&task.text, chars),
        status: status.map_or("", |s| s.label()).to_string(),
        leaders: task.leaders.join("、"),
        units: task.lead_units.join("、"),
        has_people: !task.leaders.is_empty() || !task.lead_units.is_empty(),
    }
}

/// Tasks chosen by a predicate on (current, previous) overall status, numbered from 1.
fn pick(model: &Model, chars: usize, keep: impl Fn(Status, Option<Status>) -> bool) -> Vec<TaskRef> {
    let cur = model.current_progress();
    let prev = model.previous_progress();
    counted(model)
        .filter_map(|t| {
            let now = cur.overall(t)?;
            let before = prev.and_then(|p| p.overall(t));
            keep(now, before).then_some((t, now))
        })
        .enumerate()
        .map(|(i, (t, s))| task_ref(i + 1, t, Some(s), chars))
        .collect()
}

fn comparison(model: &Model, changes: &Changes, chars: usize) -> Option<Comparison> {
    let prev = model.previous_progress()?;
    Some(Comparison {
        period: prev.period.label().to_string(),
        tally: tally(prev, listed(model)),
        newly_completed: pick(model, chars, |now, b| {
            now == Status::Completed && b.is_some_and(|b| b != Status::Completed)
        })
        .into(),
        still_lagging: changes::tasks_with(model, changes, ChangeKind::Persistent, chars).into(),
        slipped_back: changes::tasks_with(model, changes, ChangeKind::Regressed, chars).into(),
    })
}

fn highlights(p: &PeriodProgress, tasks: &[&Task], n: usize, chars: usize) -> Vec<Highlight> {
    let mut picked: Vec<&Entry> = Vec::new();
    for wanted in [Status::Completed, Status::OnTrack] {
        for t in tasks {
            for e in p.entries_for(&t.id) {
                // A progress its own status contradicts is never quoted (状态与进展不符).
                let quotable = e.contradiction.is_none() && !e.progress.trim().is_empty();
                if picked.len() < n && e.status == wanted && quotable {
                    picked.push(e);
                }
            }
        }
    }
    picked
        .into_iter()
        .enumerate()
        .map(|(i, e)| Highlight {
            no: i + 1,
            id: e.task_id.clone(),
            unit: e.unit.clone(),
            text: abridge(&e.progress, chars)
                .trim_end_matches(['。', '；', ';'])
                .to_string(),
        })
        .collect()
}

fn groups(model: &Model, settings: &Settings) -> Vec<Group> {
    let p = model.current_progress();
    let mut sets: Vec<(String, Vec<&Task>)> = Vec::new();
    for t in listed(model) {
        let title = match (&t.programme, t.attachment) {
            (Some(h), _) => h.title.trim_end_matches(['。', '；', '，']).to_string(),
            (None, Attachment::Matters) => "十件实事".to_string(),
            (None, a) => format!("“{}”重大工程项目", a.title().trim_end_matches("项目")),
        };
        match sets.last_mut() {
            Some((last, v)) if *last == title => v.push(t),
            _ => sets.push((title, vec![t])),
        }
    }
    let b = &settings.bulletin;
    sets.into_iter()
        .enumerate()
        .map(|(i, (title, tasks))| Group {
            no: i + 1,
            no_cn: to_chinese(i + 1),
            title,
            tally: tally(p, tasks.iter().copied()),
            highlights: highlights(p, &tasks, b.highlights, b.excerpt_chars),
        })
        .collect()
}

fn unit_ref(no: usize, s: &Submission, model: &Model) -> UnitRef {
    let tasks = model
        .register
        .units
        .iter()
        .find(|u| u.name == s.unit)
        .map_or(0, |u| u.lead_tasks.len());
    UnitRef {
        no,
        name: s.unit.clone(),
        status: s.timeliness.label().to_string(),
        date: match s.timeliness {
            Timeliness::Late => s.date().map(cn_date).unwrap_or_default(),
            _ => String::new(),
        },
        tasks,
    }
}

fn units<'a>(model: &Model, which: impl Iterator<Item = &'a Submission>) -> Vec<UnitRef> {
    which
        .enumerate()
        .map(|(i, s)| unit_ref(i + 1, s, model))
        .collect()
}

fn names(units: &[UnitRef]) -> String {
    units
        .iter()
        .map(|u| u.name.as_str())
        .collect::<Vec<_>>()
        .join("、")
}

/// Rows of 附件1: every task of the register (the one standing for the 1311 projects too,
/// with its projects' worst status), progress texts of its units joined.
fn summary_rows(model: &Model, chars: usize) -> Vec<SummaryRow> {
    let p = model.current_progress();
    let multi = |t: &Task| t.reporting_units().count() > 1;
    model
        .register
        .tasks
        .iter()
        .map(|t| {
            let progress: Vec<String> = p
                .entries_for(&t.id)
                .filter(|e| e.contradiction.is_none() && !e.progress.trim().is_empty())
                .map(|e| {
                    let text = abridge(&e.progress, chars)
                        .trim_end_matches(['。', '；', ';'])
                        .to_string();
                    if multi(t) {
                        format!("{}：{}", e.unit, text)
                    } else {
                        text
                    }
                })
                .collect();
            SummaryRow {
                id: t.id.clone(),
                text: abridge(&t.text, chars),
                units: t.lead_units.join("、"),
                status: p.overall(t).map_or("—", |s| s.label()).to_string(),
                progress: if progress.is_empty() {
                    String::new()
                } else {
                    format!("{}。", progress.join("；")).replace("……。", "……")
                },
            }
        })
        .collect()
}

impl BulletinContext {
    pub fn new(model: &Model, analysis: &Analysis, settings: &Settings) -> BulletinContext {
        let ch = &analysis.changes;
        let p = model.current_progress();
        let chars = settings.bulletin.excerpt_chars;
        let issue = settings
            .bulletin
            .issue
            .unwrap_or_else(|| model.current.so_far().len() as u32);
        let late_units = units(model, p.units_by(Timeliness::Late));
        let missing_units = units(model, p.units_by(Timeliness::Missing));
        let empty_units = units(model, p.units_by(Timeliness::Empty));
        let previous = comparison(model, ch, chars);
        let assessment = super::assessment::brief(model, &analysis.assessment, settings);
        BulletinContext {
            year: model.current.year,
            period: model.current.label().to_string(),
            period_title: model.current.title(),
            issue,
            masthead_document: settings.bulletin.masthead == Masthead::Document,
            doc_number: settings.bulletin.doc_number.clone(),
            district: settings.district.clone(),
            office: settings.office.name.clone(),
            office_short: settings.office.short_name.clone(),
            supervision: settings.office.supervision.clone(),
            recipients: settings.bulletin.recipients.clone(),
            cc: settings.bulletin.cc.join("，"),
            date: cn_date(model.report_date),
            deadline: cn_date(p.deadline),
            tally: tally(p, listed(model)),
            units_total: p.submissions.len(),
            units_on_time: p.units_by(Timeliness::OnTime).count(),
            units_late: late_units.len(),
            units_missing: missing_units.len(),
            all_on_time: p.units_by(Timeliness::OnTime).count() == p.submissions.len(),
            units_undated: p.units_by(Timeliness::Undated).count(),
            units_unreadable: p.units_by(Timeliness::Unreadable).count(),
            late_names: names(&late_units),
            missing_names: names(&missing_units),
            units_empty: empty_units.len(),
            empty_names: names(&empty_units),
            empty_units: empty_units.into(),
            overdue_units: units(model, p.accused()).into(),
            late_units: late_units.into(),
            missing_units: missing_units.into(),
            has_previous: previous.is_some(),
            previous: previous.unwrap_or_default(),
            groups: groups(model, settings),
            lagging: changes::problems(model, ch, Status::Lagging, chars).into(),
            not_started: changes::problems(model, ch, Status::NotStarted, chars).into(),
            difficulty_kinds: changes::kinds(ch, KINDS_SHOWN).into(),
            regressed: changes::regressions(model, ch, chars).into(),
            copied: changes::copied(model, ch),
            rows: summary_rows(model, chars),
            has_assessment: assessment.is_some(),
            assessment: assessment.unwrap_or_default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_and_numerals() {
        assert_eq!(share(1, 3), "33.3%");
        assert_eq!(share(2, 4), "50%");
        assert_eq!(share(0, 0), "0%");
    }

    #[test]
    fn date_is_first_working_day_after_deadline() {
        let q1 = crate::period::Period::new(2020, crate::period::PeriodKind::Q1);
        let s = Settings::default();
        assert_eq!(cn_date(s.report_date(q1)), "2020年4月13日");
        let s = Settings::parse("[deadlines]\nQ1 = 2020-04-08\n", std::path::Path::new("d.toml")).unwrap();
        assert_eq!(cn_date(s.report_date(q1)), "2020年4月9日");
    }
}
