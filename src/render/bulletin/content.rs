//! Every figure of the bulletin, computed once from the merged [`Model`] and the task
//! [`Verdicts`] into a `#[derive(Serialize)]` context that the templates word and the layout
//! lays out.
//!
//! Nothing here formats paragraphs or knows about Word: counts, shares, names, excerpts and
//! the rows of the attachment tables. Every list carries its own count, so a template that
//! writes "N项：" above a list cannot disagree with it; zero counts are left for the template
//! to leave out. The templates decide the wording.

use super::changes::{self, KindRef, ProblemGroup, Problems, Regressions, UnitEntries};
use super::verdict::{Verdict, Verdicts};
use super::Annex;
use crate::analysis::Analysis;
use crate::compare::{ChangeKind, Changes};
use crate::model::{Model, PeriodProgress, Submission, Timeliness};
use crate::msg::{self, LayoutMsg};
use crate::register::{Attachment, Task};
use crate::settings::{AttachmentRows, Masthead, Settings};
use crate::status::Status;
use crate::text::numerals::to_chinese;
use crate::text::shorten::{excerpt, result_clause};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// How many kinds of difficulty the closing line of 存在问题 names.
const KINDS_SHOWN: usize = 4;

/// One status's count of tasks and its share of all counted tasks ("35.3%").
#[derive(Debug, Clone, Default, Serialize)]
pub struct Count {
    /// 已完成, 序时推进, 滞后, 未启动, 未反馈.
    pub label: String,
    pub count: usize,
    pub share: String,
}

/// Tasks counted by status, and what the notice lists beside them.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Tally {
    /// Every task the notice lists in the set (1311 projects and their attachment-1 task
    /// included).
    pub(crate) listed: usize,
    /// Listed but not counted: `no_unit` + `via_projects`.
    pub not_counted: usize,
    /// Tasks with no lead unit that reports (none named, or only groups such as 各乡镇办).
    pub(crate) no_unit: usize,
    /// The attachment-1 task that stands for the 1311 projects: they are counted instead.
    pub(crate) via_projects: usize,
    /// Both kinds present (the template puts a comma between them).
    pub(crate) both_kinds: bool,
    /// Tasks counted by status (the shares are of this).
    pub total: usize,
    pub(crate) completed: Count,
    pub(crate) on_track: Count,
    pub lagging: Count,
    pub not_started: Count,
    pub no_report: Count,
    /// The five counts in status order, those of zero left out (official text writes no
    /// "未启动0项").
    pub items: Vec<Count>,
}

/// A list the templates can count: `{{late.count}}`, `{{#each late.items}}`; `names` joined
/// into one list (`msg::join`); `many` when more than one (the template writes "等N个单位" only then).
#[derive(Debug, Clone, Serialize)]
pub struct List<T> {
    pub count: usize,
    pub(crate) many: bool,
    pub items: Vec<T>,
}

impl<T> Default for List<T> {
    fn default() -> Self {
        Vec::new().into()
    }
}

impl<T> From<Vec<T>> for List<T> {
    fn from(items: Vec<T>) -> Self {
        List {
            count: items.len(),
            many: items.len() > 1,
            items,
        }
    }
}

/// Units named together: "区财政局、区发改局", how many, and whether more than one.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Names {
    pub(crate) names: String,
    pub count: usize,
    pub(crate) many: bool,
}

impl Names {
    pub(crate) fn of<'a>(names: impl IntoIterator<Item = &'a str>) -> Names {
        let v: Vec<&str> = names.into_iter().collect();
        Names {
            names: msg::join(&v),
            count: v.len(),
            many: v.len() > 1,
        }
    }
}

/// The three classes of the notice ("十大工程", "十件实事", "1311" projects), each tallied.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Class {
    /// `programmes`, `matters` or `projects`: the template names them.
    pub(crate) programmes: bool,
    pub(crate) matters: bool,
    pub(crate) projects: bool,
    pub(crate) tally: Tally,
}

/// A task as the body names it: its short name (quotes inside turned to single quotes, so
/// that the template's “…” around it pair up), ID and units.
#[derive(Debug, Clone, Serialize)]
pub struct TaskRef {
    pub id: String,
    pub name: String,
    /// 牵头单位 that report, joined with 、.
    pub(crate) units: String,
    pub(crate) status: String,
    pub(crate) not_started: bool,
}

/// A highlight of 二、工作亮点: the task, and one excerpt of what each lead unit wrote.
#[derive(Debug, Clone, Serialize)]
pub struct Highlight {
    /// 一, 二, 三 (一是, 二是 …).
    pub(crate) no_cn: String,
    #[serde(flatten)]
    pub task: TaskRef,
    /// Completed this period (else: ahead of the time line).
    pub(crate) completed: bool,
    pub quotes: Vec<Quote>,
}

/// One unit's words: a clause of its text that states a result, whole
/// ([`result_clause`]); a unit with none is not quoted.
#[derive(Debug, Clone, Serialize)]
pub struct Quote {
    pub unit: String,
    /// Several lead units: the template names the unit before its words.
    pub(crate) named: bool,
    pub text: String,
}

/// A unit that reported late, not at all, or an empty table (附件2).
#[derive(Debug, Clone, Serialize)]
pub(crate) struct UnitRef {
    pub(crate) no: usize,
    pub(crate) name: String,
    /// 逾期报送 / 未报送 / 已报送（空表）
    pub(crate) status: String,
    /// The date of the late return ("2020年4月15日"), empty when missing.
    pub(crate) date: String,
    /// How many tasks the unit leads.
    pub(crate) tasks: usize,
}

/// 报送情况: every reporting unit falls in exactly one of the counts.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Reporting {
    pub total: usize,
    pub on_time: usize,
    pub(crate) all_on_time: bool,
    pub late: Names,
    pub missing: Names,
    /// Units that sent a table with nothing filled in (已报送（空表）): named, taken as 未报送.
    pub empty: Names,
    /// Returns read with no evidence of when they came (never called late, never named).
    pub undated: usize,
    /// Files received that cannot be read (never called missing, never named).
    pub unreadable: usize,
    /// Late, missing and empty together (附件2, [`Timeliness::accused`]).
    pub(crate) overdue: usize,
    /// No unit reported at all (said as "均未报送", not as a list of every unit).
    pub none_reported: bool,
}

/// The comparison with the previous period of the same year, when the model holds it.
#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct Comparison {
    pub(crate) period: String,
    pub(crate) completed_before: usize,
    /// 滞后 + 未启动 then and now.
    pub(crate) problems_before: usize,
    pub(crate) problems_now: usize,
    pub(crate) newly_completed: usize,
    /// Which way each figure went (neither: unchanged), so that the text says 增至 or 减至.
    pub(crate) completed_up: bool,
    pub(crate) completed_down: bool,
    pub(crate) problems_up: bool,
    pub(crate) problems_down: bool,
}

/// A row of 附件1.
#[derive(Debug, Clone, Serialize)]
pub struct SummaryRow {
    pub(crate) id: String,
    pub(crate) name: String,
    pub units: String,
    pub(crate) status: String,
    pub(crate) progress: String,
    /// 连续滞后, 较上期回退, 与上期雷同, 待核实, and each unit's 存在困难.
    pub(crate) remarks: String,
}

/// The whole bulletin context (also the reminder's base).
#[derive(Debug, Clone, Serialize)]
pub struct BulletinContext {
    pub(crate) year: i32,
    /// 上半年
    pub(crate) period: String,
    /// 2020年上半年
    pub(crate) period_title: String,
    /// 6月底 (截至6月底)
    pub(crate) month_end: String,
    pub(crate) issue: u32,
    /// The settings chose the 文件 header (else the 督查通报 masthead).
    pub(crate) masthead_document: bool,
    pub(crate) doc_number: String,
    /// The notice's own 发文字号, read from its header ("" when it has none).
    pub(crate) notice_number: String,
    pub(crate) district: String,
    pub(crate) office: String,
    pub(crate) office_short: String,
    pub(crate) supervision: String,
    pub(crate) recipients: String,
    /// 抄送 names joined with "，".
    pub(crate) cc: String,
    /// The bulletin's date, "2020年4月13日".
    pub date: String,
    pub(crate) deadline: String,
    pub tally: Tally,
    pub(crate) classes: Vec<Class>,
    /// The figures of each class are written (left out when the body must be condensed).
    pub(crate) show_classes: bool,
    pub reporting: Reporting,
    pub(crate) has_previous: bool,
    pub(crate) previous: Comparison,
    pub highlights: List<Highlight>,
    /// 滞后 and 未启动 tasks, each once, grouped by persistence and then by units.
    pub problems: Problems,
    /// The most frequent kinds of difficulty named by the problem tasks' units.
    pub(crate) difficulty_kinds: List<KindRef>,
    /// Tasks whose status went backwards since the previous report: a count, the worst named.
    pub(crate) regressions: Regressions,
    /// Units whose progress texts repeat last period's.
    pub(crate) copied: UnitEntries,
    /// Units whose status their own words contradict (状态与进展不符), and those that left the
    /// status blank (完成状态未填, taken as 序时推进); `checks`: either; `checks_both`: both.
    pub(crate) contradicted: UnitEntries,
    pub(crate) unstated: UnitEntries,
    pub(crate) checks: bool,
    pub(crate) checks_both: bool,
    /// 三、存在问题 has something to say (else the heading is left out).
    pub(crate) has_problems: bool,
    /// 附件1 lists every task (else only those needing attention).
    pub(crate) attachment_all: bool,
    /// Rows of 附件1 (none: the task table is left out), and every counted task.
    pub attachment_rows: usize,
    pub(crate) tasks_total: usize,
    /// 未反馈 tasks that 附件1 leaves out ([`unreported`]): said in one sentence above it.
    pub unreported: usize,
    /// The number of each attachment, as the body cites it.
    pub(crate) annex: AnnexNumbers,
    /// Why the tasks of 附件1 need attention, those present only, joined with 、 ("滞后、未启动、
    /// 进度较上期回退"): the note above the table says it.
    pub(crate) attention_kinds: String,
    #[serde(skip)]
    pub rows: Vec<SummaryRow>,
    #[serde(skip)]
    pub(crate) overdue_units: Vec<UnitRef>,
    /// At 全年 (unless `[assessment] bulletin = false`): the 年度考核情况 attachment and sentence.
    pub(crate) has_assessment: bool,
    pub(crate) assessment: super::assessment::AssessmentBrief,
    /// The tasks against the units' 节点计划 (`super::plan`).
    pub plan: super::plan::PlanBrief,
}

/// Each attachment's number as the body cites it (附件{{annex.reporting}}): "1", "2", … in the
/// order of the template's `[附件]` lines; "" for an attachment left out, and for the only one
/// (GB/T 9704 writes "附件：" and "附件" without a number then).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub(crate) struct AnnexNumbers {
    pub(crate) progress: String,
    pub(crate) reporting: String,
    pub(crate) assessment: String,
}

impl AnnexNumbers {
    /// The numbers of the attachments in `order`.
    pub(crate) fn of(order: &[Annex]) -> AnnexNumbers {
        let number = |a: Annex| match order.iter().position(|x| *x == a) {
            Some(i) if order.len() > 1 => (i + 1).to_string(),
            _ => String::new(),
        };
        AnnexNumbers {
            progress: number(Annex::Progress),
            reporting: number(Annex::Reporting),
            assessment: number(Annex::Assessment),
        }
    }
}

/// "2020年4月13日" (no leading zeros, as GB/T 9704 writes dates).
pub(crate) fn cn_date(d: NaiveDate) -> String {
    LayoutMsg::Date {
        year: d.year(),
        month: d.month(),
        day: d.day(),
    }
    .to_string()
}

pub(crate) fn share(count: usize, total: usize) -> String {
    if total == 0 {
        return "0%".into();
    }
    let pct = count as f64 * 100.0 / total as f64;
    let s = format!("{pct:.1}");
    format!("{}%", s.trim_end_matches(".0"))
}

/// Tasks counted by status, with shares, and the listed tasks that are not counted.
pub(crate) fn tally<'a>(p: &PeriodProgress, tasks: impl Iterator<Item = &'a Task>) -> Tally {
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
            label: s.label().to_string(),
            count: n,
            share: share(n, total),
        }
    };
    Tally {
        items: Status::ALL
            .iter()
            .map(|s| c(*s))
            .filter(|c| c.count > 0)
            .collect(),
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

/// A name set between “ and ”: its own double quotes become single ones.
pub(crate) fn quotable_name(name: &str) -> String {
    name.replace('“', "‘").replace('”', "’")
}

/// The task as the body names it.
pub(crate) fn task_ref(task: &Task, status: Option<Status>) -> TaskRef {
    TaskRef {
        id: task.id.clone(),
        name: quotable_name(&task.short_name()),
        units: Names::of(task.reporting_units()).names,
        status: status.map_or("", |s| s.label()).to_string(),
        not_started: status == Some(Status::NotStarted),
    }
}

fn classes(model: &Model) -> Vec<Class> {
    let p = model.current_progress();
    Attachment::ALL
        .iter()
        .map(|a| Class {
            programmes: *a == Attachment::Programmes,
            matters: *a == Attachment::Matters,
            projects: *a == Attachment::Projects,
            tally: tally(p, model.register.tasks_in(*a)),
        })
        .filter(|c| c.tally.total > 0)
        .collect()
}

fn highlights(verdicts: &Verdicts, p: &PeriodProgress, settings: &Settings) -> Vec<Highlight> {
    let chars = settings.bulletin.excerpt_chars;
    // "…已完成（unit）。" is said: a quote must say more
    let quote = |v: &Verdict, text: &str| result_clause(text, chars, v.newly_completed());
    verdicts
        .highlights(p, settings.bulletin.highlights, |v, e| {
            quote(v, &e.progress).is_some()
        })
        .into_iter()
        .enumerate()
        .map(|(i, (v, entries))| Highlight {
            no_cn: to_chinese(i + 1),
            task: task_ref(v.task, Some(v.status)),
            completed: v.newly_completed(),
            quotes: entries
                .iter()
                .filter_map(|e| {
                    Some(Quote {
                        unit: e.unit.clone(),
                        named: entries.len() > 1,
                        text: quote(v, &e.progress)?,
                    })
                })
                .collect(),
        })
        .collect()
}

fn unit_ref(no: usize, s: &Submission, model: &Model) -> UnitRef {
    UnitRef {
        no,
        name: s.unit.clone(),
        status: s.timeliness.label().to_string(),
        date: match s.timeliness {
            Timeliness::Late => s.date().map(cn_date).unwrap_or_default(),
            _ => String::new(),
        },
        tasks: model.register.unit(&s.unit).map_or(0, |u| u.lead_tasks.len()),
    }
}

fn reporting(p: &PeriodProgress) -> Reporting {
    let names = |t: Timeliness| Names::of(p.units_by(t).map(|s| s.unit.as_str()));
    let on_time = p.units_by(Timeliness::OnTime).count();
    let (late, missing, empty) = (
        names(Timeliness::Late),
        names(Timeliness::Missing),
        names(Timeliness::Empty),
    );
    Reporting {
        total: p.submissions.len(),
        on_time,
        all_on_time: on_time == p.submissions.len(),
        none_reported: missing.count == p.submissions.len() && !p.submissions.is_empty(),
        overdue: p.accused().count(),
        late,
        missing,
        empty,
        undated: p.units_by(Timeliness::Undated).count(),
        unreadable: p.units_by(Timeliness::Unreadable).count(),
    }
}

/// The figures against the previous period; None when there is none, or when no unit has
/// reported this period (every task 未反馈: "已完成由20项减至0项" would say nothing true).
fn comparison(model: &Model, verdicts: &Verdicts) -> Option<Comparison> {
    let prev = model.previous_progress()?;
    let before = tally(prev, model.register.tasks.iter());
    let now = tally(model.current_progress(), model.register.tasks.iter());
    if now.no_report.count == now.total {
        return None;
    }
    let (completed_before, completed_now) = (before.completed.count, now.completed.count);
    let problems_before = before.lagging.count + before.not_started.count;
    let problems_now = now.lagging.count + now.not_started.count;
    Some(Comparison {
        period: prev.period.label().to_string(),
        completed_before,
        problems_before,
        problems_now,
        newly_completed: verdicts.all.iter().filter(|v| v.newly_completed()).count(),
        completed_up: completed_now > completed_before,
        completed_down: completed_now < completed_before,
        problems_up: problems_now > problems_before,
        problems_down: problems_now < problems_before,
    })
}

/// What 附件1's 进展情况 cell says of one unit's entry: its words, unless they may not be
/// quoted as progress (copied, doubtful), then why not.
fn progress_cell(model: &Model, changes: &Changes, v: &Verdict, settings: &Settings) -> String {
    let p = model.current_progress();
    let multi = v.task.reporting_units().count() > 1;
    let parts: Vec<String> = p
        .entries_for(&v.task.id)
        .filter(|e| e.reported())
        .map(|e| {
            let copied = changes
                .of_entry(&e.task_id, &e.unit)
                .any(|c| c.kind == ChangeKind::Copied);
            let words = if copied {
                crate::msg::RenderMsg::CopiedNotQuoted.to_string()
            } else if e.contradiction.is_some() {
                crate::msg::RenderMsg::ContradictedNotQuoted.to_string()
            } else if super::verdict::doubtful(model, e) {
                crate::msg::RenderMsg::DoubtfulNotQuoted.to_string()
            } else {
                excerpt(&e.progress, settings.bulletin.excerpt_chars)
            };
            match multi {
                true => crate::msg::RenderMsg::UnitSaid {
                    unit: e.unit.clone(),
                    words,
                }
                .to_string(),
                false => words,
            }
        })
        .filter(|s| !s.is_empty())
        .collect();
    msg::clauses(&parts)
}

/// A 未反馈 task that 附件1 leaves out: each of its lead units is named in 附件2 as 未报送
/// (or as having sent an empty table), and nothing else about it needs attention, so its row
/// would say nothing the list of units does not. A task a unit left out of the table it
/// sent stays in 附件1.
pub fn unreported(v: &Verdict, p: &PeriodProgress) -> bool {
    let silent = |unit: &str| {
        p.submission(unit)
            .is_some_and(|s| matches!(s.timeliness, Timeliness::Missing | Timeliness::Empty))
    };
    v.status == Status::NoReport
        && !(v.copied || v.regressed || v.doubtful)
        && v.task.reporting_units().next().is_some()
        && v.task.reporting_units().all(silent)
}

/// A task of 附件1 when it lists the tasks needing attention.
fn listed(v: &Verdict, p: &PeriodProgress) -> bool {
    v.needs_attention() && !unreported(v, p)
}

/// The reasons present among the tasks 附件1 lists, in a fixed order: the statuses
/// 滞后, 未启动, 未反馈, then gone backwards, copied, to be checked.
fn attention_kinds(verdicts: &Verdicts, p: &PeriodProgress) -> String {
    let attention: Vec<&Verdict> = verdicts.all.iter().filter(|v| listed(v, p)).collect();
    let mut kinds: Vec<String> = [Status::Lagging, Status::NotStarted, Status::NoReport]
        .into_iter()
        .filter(|s| attention.iter().any(|v| v.status == *s))
        .map(|s| s.label().to_string())
        .collect();
    let flags = [
        (
            attention.iter().any(|v| v.regressed),
            crate::msg::RenderMsg::AttentionRegressed,
        ),
        (
            attention.iter().any(|v| v.copied),
            crate::msg::RenderMsg::AttentionCopied,
        ),
        (
            attention.iter().any(|v| v.doubtful),
            crate::msg::RenderMsg::AttentionDoubtful,
        ),
    ];
    kinds.extend(
        flags
            .into_iter()
            .filter(|(any, _)| *any)
            .map(|(_, said)| said.to_string()),
    );
    msg::join(kinds)
}

fn remarks(v: &Verdict, changes: &Changes) -> String {
    let mut r: Vec<String> = Vec::new();
    if v.persistent {
        r.push(crate::msg::RenderMsg::RemarkPersistent.to_string());
    }
    if v.regressed {
        r.extend(changes::steps(changes, &v.task.id));
    }
    if v.copied {
        r.push(crate::msg::RenderMsg::RemarkCopied.to_string());
    }
    if v.doubtful {
        r.push(crate::msg::RenderMsg::RemarkDoubtful.to_string());
    }
    let multi = v.task.reporting_units().count() > 1;
    for reason in changes.reasons_for(&v.task.id).filter(|r| !r.clause.is_empty()) {
        let text = reason.clause.clone();
        let said = match multi {
            true => crate::msg::RenderMsg::RemarkDifficultyOf {
                text,
                unit: reason.unit.clone(),
            },
            false => crate::msg::RenderMsg::RemarkDifficulty { text },
        };
        r.push(said.to_string());
    }
    msg::clauses(&r)
}

/// Rows of 附件1: the tasks needing attention, or every task (the one standing for the
/// 1311 projects too, with its projects' worst status), in register order.
fn summary_rows(
    model: &Model,
    changes: &Changes,
    verdicts: &Verdicts,
    settings: &Settings,
) -> Vec<SummaryRow> {
    let all = settings.bulletin.attachment == AttachmentRows::All;
    let p = model.current_progress();
    model
        .register
        .tasks
        .iter()
        .filter_map(|t| match verdicts.get(&t.id) {
            Some(v) if all || listed(v, p) => Some(SummaryRow {
                id: t.id.clone(),
                name: t.short_name(),
                units: msg::join(&t.lead_units),
                status: v.status.label().to_string(),
                progress: progress_cell(model, changes, v, settings),
                remarks: remarks(v, changes),
            }),
            Some(_) => None,
            None if all => Some(SummaryRow {
                id: t.id.clone(),
                name: t.short_name(),
                units: msg::join(&t.lead_units),
                status: p.overall(t).map_or("—", |s| s.label()).to_string(),
                progress: String::new(),
                remarks: String::new(),
            }),
            None => None,
        })
        .collect()
}

impl BulletinContext {
    pub(crate) fn new(model: &Model, analysis: &Analysis, settings: &Settings) -> BulletinContext {
        let p = model.current_progress();
        let ch = &analysis.changes;
        let verdicts = Verdicts::new(model, ch);
        let issue = settings
            .bulletin
            .issue
            .unwrap_or_else(|| model.current.so_far().len() as u32);
        let previous = comparison(model, &verdicts);
        let assessment = super::assessment::brief(model, &analysis.assessment, settings);
        let rows = summary_rows(model, ch, &verdicts, settings);
        let problems = changes::problems(model, &verdicts, settings);
        let difficulty_kinds: List<KindRef> = changes::kinds(ch, KINDS_SHOWN).into();
        let regressions = changes::regressions(ch, &verdicts);
        let copied = changes::copied(model, ch);
        let (contradicted, unstated) = (changes::contradicted(model), changes::unstated(model));
        let (checks, checks_both) = (
            contradicted.entries + unstated.entries > 0,
            contradicted.entries > 0 && unstated.entries > 0,
        );
        let plan = super::plan::brief(model);
        // the attachments of the built-in template, in its order (`worded` renumbers them
        // for a template that orders them otherwise)
        let annexes: Vec<Annex> = [
            (!rows.is_empty(), Annex::Progress),
            (p.accused().next().is_some(), Annex::Reporting),
            (assessment.is_some(), Annex::Assessment),
        ]
        .into_iter()
        .filter_map(|(present, a)| present.then_some(a))
        .collect();
        let overdue_units = p
            .accused()
            .enumerate()
            .map(|(i, s)| unit_ref(i + 1, s, model))
            .collect();
        BulletinContext {
            year: model.current.year,
            period: model.current.label().to_string(),
            period_title: model.current.title(),
            month_end: model.current.kind.month_end().to_string(),
            issue,
            masthead_document: settings.bulletin.masthead == Masthead::Document,
            doc_number: settings.bulletin.doc_number.clone(),
            notice_number: model.register.number.clone(),
            district: settings.district.clone(),
            office: settings.office.name.clone(),
            office_short: settings.office.short_name.clone(),
            supervision: settings.office.supervision.clone(),
            recipients: settings.bulletin.recipients.clone(),
            cc: msg::commas(&settings.bulletin.cc),
            date: cn_date(model.report_date),
            deadline: cn_date(p.deadline),
            tally: tally(p, model.register.tasks.iter()),
            classes: classes(model),
            // figures by class only say something new when the tasks are in more than one status
            show_classes: tally(p, model.register.tasks.iter()).items.len() > 1,
            reporting: reporting(p),
            has_previous: previous.is_some(),
            previous: previous.unwrap_or_default(),
            highlights: highlights(&verdicts, p, settings).into(),
            has_problems: problems.count > 0
                || !difficulty_kinds.items.is_empty()
                || regressions.count > 0
                || copied.entries > 0
                || plan.behind.count > 0
                || checks,
            problems,
            difficulty_kinds,
            regressions,
            copied,
            contradicted,
            unstated,
            checks,
            checks_both,
            attachment_all: settings.bulletin.attachment == AttachmentRows::All,
            attachment_rows: rows.len(),
            tasks_total: verdicts.all.len(),
            unreported: match settings.bulletin.attachment {
                AttachmentRows::All => 0,
                _ => verdicts.all.iter().filter(|v| unreported(v, p)).count(),
            },
            annex: AnnexNumbers::of(&annexes),
            attention_kinds: attention_kinds(&verdicts, p),
            rows,
            overdue_units,
            has_assessment: assessment.is_some(),
            assessment: assessment.unwrap_or_default(),
            plan,
        }
    }
}

impl BulletinContext {
    /// Says less, for a body that does not fit its pages, one step at a time: the tasks
    /// that newly lag are given by their units instead of by name (they are in 附件1), then
    /// the highlights go down to three, then the figures by class are left out, then the
    /// newly lagging tasks are given by their count only, then the persistent ones by their
    /// units, then by their count. False when nothing is left to take.
    pub fn condense(&mut self) -> bool {
        let groups = &mut self.problems.groups;
        // With a previous period: [persistent, fresh]; the fresh group is condensed first.
        let fresh = (groups.len() > 1).then(|| groups.len() - 1);
        if let Some(g) = fresh.map(|i| &mut groups[i]).filter(|g| g.named) {
            return g.condense();
        }
        if self.highlights.count > CONDENSED_HIGHLIGHTS {
            let mut items = std::mem::take(&mut self.highlights.items);
            items.truncate(CONDENSED_HIGHLIGHTS);
            self.highlights = items.into();
            return true;
        }
        if self.show_classes {
            self.show_classes = false;
            return true;
        }
        let groups = &mut self.problems.groups;
        if let Some(g) = fresh.map(|i| &mut groups[i]).filter(|g| g.listed) {
            return g.condense();
        }
        groups.first_mut().is_some_and(ProblemGroup::condense)
    }
}

/// Highlights left when the body must be condensed.
const CONDENSED_HIGHLIGHTS: usize = 3;

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
    fn names_count_what_they_join() {
        let n = Names::of(["区财政局"]);
        assert_eq!((n.names.as_str(), n.count, n.many), ("区财政局", 1, false));
        let n = Names::of(["区财政局", "区发改局"]);
        assert_eq!(
            (n.names.as_str(), n.count, n.many),
            ("区财政局、区发改局", 2, true)
        );
        assert_eq!(quotable_name("“十大工程”推进"), "‘十大工程’推进");
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
