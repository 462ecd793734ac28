//! Column roles from the header words and the cells together.
//!
//! Each column of a table gets a [`Profile`] of what its data cells hold (a sample of at most
//! [`SAMPLE`] cells): status words, percentages, dates, task numbers, task texts of the
//! register, unit and leader names, prose. Every (column, role) pair is scored
//! ([`score`]): a header word naming the role gives `HEADER` (less when the cells clearly
//! hold something else), the content gives up to `CONTENT`-weighted shares. Roles are then
//! given jointly, best pair first, each column one role and each role one column, so a role is
//! never taken twice while another column fits it. A column whose best fit is taken, or that
//! fits nothing, has no role: its cells are kept verbatim as the entry's 其他.
//!
//! Where the content overrules the header (or names a column whose header is unknown or
//! missing), [`Assigned::notes`] says so, once per column.

use super::header::{meaning, Meaning, Role};
use super::values::{self, text};
use crate::collect::{CellValue, RawRow};
use crate::msg::CellKindMsg;
use crate::plan::PlanKind;
use crate::register::ids::parse_id;
use crate::register::Register;
use crate::status::Status;
use crate::text::normal::task_key;
use crate::text::numerals::is_chinese_digit;
use std::collections::{BTreeMap, HashSet};

/// Data cells looked at per column: enough to tell, cheap on 100,000-row sheets.
pub(crate) const SAMPLE: usize = 200;
/// Cells compared with the register's unit and leader names, per column.
const NAME_SAMPLE: usize = 40;
/// Cells compared with the register's task texts, per column.
const TASK_SAMPLE: usize = 8;
/// A header word naming the role (its first meaning; a second meaning gets less).
const HEADER: f64 = 1.5;
/// What a header word is worth when at least [`CLEAR`] cells hold plainly something else.
const HEADER_CONTRADICTED: f64 = 0.4;
/// Cells needed before the content may contradict a header.
const CLEAR: usize = 3;
/// Mean length (characters) from which prose reads fully as a progress text.
const PROGRESS_CHARS: f64 = 12.0;
/// Lowest score that gives a column a role.
const MIN_SCORE: f64 = 0.6;

/// What the register knows that cells may repeat: task IDs, texts, unit and leader names.
/// Task IDs and unit names are looked up in the register's own indexes.
#[derive(Debug)]
pub(crate) struct Vocab<'a> {
    register: &'a Register,
    /// Normalised task texts.
    tasks: HashSet<String>,
    /// Character pairs of the normalised task texts.
    pairs: HashSet<(char, char)>,
    leaders: HashSet<String>,
}

impl<'a> Vocab<'a> {
    pub(crate) fn new(register: &'a Register) -> Vocab<'a> {
        let tasks: HashSet<String> = register.tasks.iter().map(|t| task_key(&t.text)).collect();
        let pairs = tasks.iter().flat_map(|t| pairs_of(t)).collect();
        Vocab {
            register,
            tasks,
            pairs,
            leaders: register.leaders.iter().map(|l| l.name.clone()).collect(),
        }
    }

    /// True when every part of a short cell ("区财政局、区税务局") is `known`: one lookup per
    /// part, whatever the size of the register.
    fn all_named(t: &str, known: impl Fn(&str) -> bool) -> bool {
        let mut parts = t
            .split(['、', '，', ',', '/', '；', ';', ' ', '\n'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .peekable();
        parts.peek().is_some() && parts.all(known)
    }

    /// True when a cell names a task of the register: its ID, or (nearly) its text.
    pub(crate) fn names_a_task(&self, raw: &str) -> bool {
        parse_id(raw).is_some_and(|id| self.register.task(&id).is_some())
            || (raw.chars().count() >= 6 && self.task_likeness(raw) >= 0.9)
    }

    /// 0-1: how much of a text is made of the task texts' character pairs (1 for a task's
    /// own text, lower for prose about it).
    fn task_likeness(&self, raw: &str) -> f64 {
        let t = task_key(raw);
        if self.tasks.contains(&t) {
            return 1.0;
        }
        let pairs = pairs_of(&t);
        if pairs.is_empty() {
            return 0.0;
        }
        let known = pairs.iter().filter(|p| self.pairs.contains(p)).count();
        known as f64 / pairs.len() as f64
    }
}

fn pairs_of(t: &str) -> Vec<(char, char)> {
    let chars: Vec<char> = t.chars().collect();
    chars.windows(2).map(|w| (w[0], w[1])).collect()
}

/// What a column's sampled data cells hold, as counts.
#[derive(Debug, Default, Clone)]
pub(crate) struct Profile {
    pub(crate) cells: usize,
    status: usize,
    /// 是 / 否 (√ / ×): a status only under a header asking whether the task is done.
    yes_no: usize,
    percent: usize,
    date: usize,
    id: usize,
    /// Task numbers of the register.
    known_ids: usize,
    prose: usize,
    /// Characters of the prose cells.
    prose_chars: usize,
    units: usize,
    leaders: usize,
    /// Cells compared with the unit and leader names.
    named: usize,
    /// Cells compared with the task texts (at most [`TASK_SAMPLE`]), and the sum of their
    /// task likeness.
    task_named: usize,
    task_like: f64,
}

impl Profile {
    fn share(&self, n: usize) -> f64 {
        if self.cells == 0 {
            0.0
        } else {
            n as f64 / self.cells as f64
        }
    }

    fn add(&mut self, v: &CellValue, prev_int: &mut Option<i64>, vocab: &Vocab) {
        let t = text(v);
        if t.is_empty() {
            return;
        }
        self.cells += 1;
        let int = match v {
            CellValue::Number(n) if n.fract() == 0.0 && n.abs() < 1e9 => Some(*n as i64),
            CellValue::Text(_) => t.parse::<i64>().ok(),
            _ => None,
        };
        let in_sequence = matches!((int, *prev_int), (Some(i), Some(p)) if i == p + 1)
            || (int == Some(1) && prev_int.is_none());
        *prev_int = int;
        let status = Status::recognise(&t).is_some();
        let date = looks_like_date(v, &t);
        if status {
            self.status += 1;
        } else if yes_no(&t).is_some() {
            self.yes_no += 1;
        } else if date {
            self.date += 1;
        } else if in_sequence || is_id(&t) {
            self.id += 1;
            let known = parse_id(&t).is_some_and(|id| vocab.register.task(&id).is_some());
            self.known_ids += usize::from(known);
        } else if looks_like_percent(v, &t) {
            self.percent += 1;
        } else if t.chars().count() >= 4 {
            self.prose += 1;
            self.prose_chars += t.chars().count();
        }
        if self.named < NAME_SAMPLE && !status && !date && t.chars().count() >= 2 {
            self.named += 1;
            // Text long enough to be a task's; the costliest test, so on a few cells only.
            if self.task_named < TASK_SAMPLE && t.chars().count() >= 6 {
                self.task_named += 1;
                self.task_like += vocab.task_likeness(&t);
            }
            if t.chars().count() <= 60 && Vocab::all_named(&t, |p| vocab.register.unit(p).is_some()) {
                self.units += 1;
            }
            if t.chars().count() <= 30 && Vocab::all_named(&t, |p| vocab.leaders.contains(p)) {
                self.leaders += 1;
            }
        }
    }

    /// 0-1 content support for a role; None when the content says nothing either way.
    fn support(&self, role: Role) -> Option<f64> {
        let named = |n: usize| {
            if self.named == 0 {
                0.0
            } else {
                n as f64 / self.named as f64
            }
        };
        Some(match role {
            Role::Status => self.share(self.status),
            Role::Percent => self.share(self.percent),
            Role::Date => self.share(self.date),
            // The register's own numbers beat a running 序号 beside them.
            Role::TaskId => self.share(self.id) * 0.75 + self.share(self.known_ids) * 0.25,
            // Progress texts run longer than the short notes of the other text columns.
            Role::Progress => {
                let mean = self.prose_chars as f64 / self.prose.max(1) as f64;
                self.share(self.prose) * (mean / PROGRESS_CHARS).clamp(0.3, 1.0)
            }
            Role::Difficulties | Role::Suggestions | Role::NextSteps => self.share(self.prose),
            Role::TaskText if self.task_named > 0 => {
                let mean = self.task_like / self.task_named as f64;
                ((mean - 0.6) / 0.35).clamp(0.0, 1.0) * self.share(self.prose)
            }
            Role::LeadUnit | Role::Unit | Role::PartnerUnit => named(self.units),
            Role::Plan(f) if f.kind == PlanKind::Percent => self.share(self.percent),
            Role::Leader => named(self.leaders),
            _ => return None,
        })
    }

    /// What the cells mostly hold, for messages.
    pub(crate) fn kind(&self) -> CellKindMsg {
        let counts = [
            (self.status, CellKindMsg::StatusWords),
            (self.yes_no, CellKindMsg::YesNo),
            (self.percent, CellKindMsg::Percentages),
            (self.date, CellKindMsg::Dates),
            (self.id, CellKindMsg::Numbers),
            (self.prose, CellKindMsg::Text),
        ];
        counts
            .into_iter()
            .max_by_key(|(n, _)| *n)
            .filter(|(n, _)| *n > 0)
            .map_or(CellKindMsg::Other, |(_, k)| k)
    }
}

/// "是" / "否" (and the ticks units use for them) as an answer to "done?": Some(true) for done.
pub(crate) fn yes_no(t: &str) -> Option<bool> {
    match t.trim() {
        "是" | "√" | "✓" | "✔" | "Y" | "y" | "已" => Some(true),
        "否" | "×" | "✗" | "✘" | "N" | "n" | "未" => Some(false),
        _ => None,
    }
}

fn looks_like_date(v: &CellValue, t: &str) -> bool {
    match v {
        CellValue::DateTime(_) => true,
        CellValue::Number(n) => *n > 100.0 && values::date(v).is_some(),
        _ => t.chars().count() <= 16 && values::date(v).is_some(),
    }
}

fn looks_like_percent(v: &CellValue, t: &str) -> bool {
    match v {
        CellValue::Number(n) => (0.0..=100.0).contains(n),
        _ => {
            t.chars().count() <= 8
                && values::percent(v).is_ok()
                && (t.contains(['%', '％', '成', '.']) || t.chars().all(|c| c.is_ascii_digit()))
        }
    }
}

/// A task number in any accepted form, or a 序号 written as one ("(1)", "一", "3、"); a
/// bare number is a 序号 only in a running sequence (see [`Profile::add`]).
fn is_id(t: &str) -> bool {
    parse_id(t).is_some()
        || (t.chars().count() <= 6
            && !t.chars().all(|c| c.is_ascii_digit())
            && t.chars()
                .all(|c| c.is_ascii_digit() || "()（）、".contains(c) || is_chinese_digit(c)))
}

/// The content part of a role's score.
fn content_weight(role: Role) -> f64 {
    match role {
        Role::Status => 2.5,
        Role::Percent | Role::Date | Role::TaskText => 2.0,
        // A planned percent beats the reported one under its own header word.
        Role::Plan(f) if f.kind == PlanKind::Percent => 2.0,
        Role::TaskId | Role::LeadUnit | Role::Leader => 1.5,
        // Prose alone tells progress from nothing else: the other text roles need a header.
        Role::Progress => 1.0,
        _ => 0.0,
    }
}

/// The score of `role` for a column with header words meaning `named` and content `p`.
pub(crate) fn score(role: Role, named: &[Role], p: &Profile) -> f64 {
    let whole = decisive(role, named, p);
    // A few cells never overrule a header word ("已完成" alone under 进展情况 is a progress
    // text that starts with its status), unless every one of them is a status word: that
    // vocabulary is closed, one cell tells.
    if p.cells < CLEAR && !named.is_empty() && !named.contains(&role) && !whole {
        return 0.0;
    }
    let support = match role {
        // 是 / 否 answer a header asking whether the task is done: the status.
        Role::Status if named.contains(&Role::Status) => Some(p.share(p.status + p.yes_no)),
        _ => p.support(role),
    };
    let header = match named.iter().position(|r| *r == role) {
        None => 0.0,
        Some(_) if p.cells >= CLEAR && support.is_some_and(|s| s < 0.2) && contradicted(p) => {
            HEADER_CONTRADICTED
        }
        Some(0) => HEADER,
        Some(_) => HEADER * 0.8,
    };
    // Fewer than CLEAR cells tell less than a full column, except status words and answers.
    let confidence = if whole {
        1.0
    } else {
        (p.cells as f64 / CLEAR as f64).min(1.0)
    };
    header + content_weight(role) * support.unwrap_or(0.0) * confidence
}

/// True when every cell of a column is a status word (or a 是 / 否 under a header asking
/// whether the task is done) and `role` is the status: as telling in one cell as in many.
fn decisive(role: Role, named: &[Role], p: &Profile) -> bool {
    let answers = if named.contains(&Role::Status) {
        p.yes_no
    } else {
        0
    };
    role == Role::Status && p.cells > 0 && p.status + answers == p.cells
}

/// True when most cells plainly hold one kind of value (status words, percentages, dates,
/// numbers or prose), so a header naming another kind is wrong.
fn contradicted(p: &Profile) -> bool {
    [p.status, p.percent, p.date, p.id, p.prose]
        .iter()
        .any(|n| p.share(*n) >= 0.6)
}

/// The roles scored for every column.
pub(crate) const SCORED: [Role; 16] = [
    Role::TaskId,
    Role::Category,
    Role::TaskText,
    Role::Leader,
    Role::LeadUnit,
    Role::PartnerUnit,
    Role::Previous,
    Role::Status,
    Role::Percent,
    Role::Progress,
    Role::Difficulties,
    Role::Suggestions,
    Role::NextSteps,
    Role::Unit,
    Role::Date,
    Role::Remark,
];

/// A role given against the header's word, to a column with no known header word, or read
/// from a header by its stem: the 提示 says which rule decided.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub(crate) struct Note {
    pub(crate) col: u32,
    /// The header as written (may be empty).
    pub(crate) header: String,
    /// What the cells mostly hold.
    pub(crate) kind: CellKindMsg,
    /// The role given; None: no role fits, the cells go to 其他.
    pub(crate) role: Option<Role>,
    pub(crate) rule: Rule,
}

/// What gave a column its role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub(crate) enum Rule {
    /// What the cells hold.
    Content,
    /// A stem of a header word nobody listed ("成效" of "工作举措及成效").
    Stem(&'static str),
    /// 是 / 否 under a header asking whether the task is done.
    YesNo,
}

/// Roles for the columns of a table, and the notes on content that overruled a header.
#[derive(Debug, Clone, Default)]
pub(crate) struct Assigned {
    pub(crate) columns: BTreeMap<u32, Role>,
    pub(crate) notes: Vec<Note>,
}

/// Profiles of the columns over the data rows (at most [`SAMPLE`] cells each).
pub(crate) fn profiles<'a>(rows: impl Iterator<Item = &'a RawRow>, vocab: &Vocab) -> BTreeMap<u32, Profile> {
    let mut out: BTreeMap<u32, Profile> = BTreeMap::new();
    let mut prev: BTreeMap<u32, Option<i64>> = BTreeMap::new();
    for row in rows {
        for (c, v) in &row.cells {
            let p = out.entry(*c).or_default();
            if p.cells < SAMPLE {
                p.add(v, prev.entry(*c).or_default(), vocab);
            }
        }
        if out.len() > 1 && out.values().all(|p| p.cells >= SAMPLE) {
            break;
        }
    }
    out
}

/// Gives the columns their roles jointly: every (column, role) pair scored, the best pair
/// first (ties: the header's role, then the left column, then the role order).
pub(crate) fn assign(names: &BTreeMap<u32, String>, profiles: &BTreeMap<u32, Profile>) -> Assigned {
    let empty = Profile::default();
    let cols: Vec<u32> = names
        .keys()
        .chain(profiles.keys())
        .copied()
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    let none = Meaning {
        roles: &[],
        stem: None,
    };
    let meanings: BTreeMap<u32, Meaning> = cols
        .iter()
        .map(|c| (*c, names.get(c).map_or(none, |n| meaning(n))))
        .collect();
    let named = |c: u32| meanings[&c].roles;
    let mut pairs: Vec<(f64, bool, u32, usize, Role)> = Vec::new();
    for &c in &cols {
        let p = profiles.get(&c).unwrap_or(&empty);
        // A plan column only by its header word: milestones read like any prose.
        let plan = named(c).iter().filter(|r| matches!(r, Role::Plan(_)));
        for (k, role) in SCORED.iter().chain(plan).enumerate() {
            let s = score(*role, named(c), p);
            if s >= MIN_SCORE {
                pairs.push((s, named(c).contains(role), c, k, *role));
            }
        }
    }
    pairs.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then(b.1.cmp(&a.1))
            .then(a.2.cmp(&b.2))
            .then(a.3.cmp(&b.3))
    });
    let mut out = Assigned::default();
    for (_, _, c, _, role) in pairs {
        if !out.columns.contains_key(&c) && !out.columns.values().any(|r| *r == role) {
            out.columns.insert(c, role);
        }
    }
    for &c in &cols {
        let p = profiles.get(&c).unwrap_or(&empty);
        let numbers_rows = p.cells > 0 && p.share(p.id) >= 0.8;
        if !out.columns.contains_key(&c) && numbers_rows && named(c).iter().all(|r| *r == Role::TaskId) {
            out.columns.insert(c, Role::RowNumber);
        }
        let given = out.columns.get(&c).copied();
        if let Some(rule) = rule_of(given, meanings[&c], p).filter(|_| p.cells > 0) {
            out.notes.push(Note {
                col: c,
                header: names.get(&c).cloned().unwrap_or_default(),
                kind: p.kind(),
                role: given,
                rule,
            });
        }
    }
    out
}

/// The rule to name in a 提示 when a column's role is not plainly its header's listed word:
/// the content (it overruled the header, chose between a stem's meanings, or named a column
/// with no known header), the 是 / 否 answers, or a stem. None when a listed header word
/// gave the role.
fn rule_of(given: Option<Role>, m: Meaning, p: &Profile) -> Option<Rule> {
    let first = m.roles.first().copied();
    match given {
        Some(Role::RowNumber) => None,
        None => (!m.roles.is_empty()).then_some(Rule::Content),
        Some(r) if !m.roles.contains(&r) => Some(Rule::Content),
        Some(Role::Status) if p.yes_no > 0 && p.status == 0 => Some(Rule::YesNo),
        // A listed word with two meanings ("推进情况") takes the one free: its word says so.
        Some(_) if m.stem.is_none() => None,
        Some(r) if Some(r) != first && p.support(r).is_some_and(|s| s >= 0.5) => Some(Rule::Content),
        Some(_) => m.stem.map(Rule::Stem),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(cells: &[&str]) -> Profile {
        let rows: Vec<RawRow> = cells
            .iter()
            .enumerate()
            .map(|(i, t)| RawRow {
                row: i as u32,
                cells: vec![(0, CellValue::Text(t.to_string()))],
            })
            .collect();
        profiles(rows.iter(), &Vocab::new(&Register::default()))
            .remove(&0)
            .unwrap_or_default()
    }

    #[test]
    fn status_words_overrule_a_progress_header() {
        let p = profile(&["滞后", "序时推进", "已完成", "序时推进"]);
        let words = meaning("完成情况").roles;
        assert!(score(Role::Status, words, &p) > score(Role::Progress, words, &p));
        let prose = profile(&[
            "完成年度目标的40%，新建道路3条",
            "已完成招标，正在施工",
            "开展调研4次",
        ]);
        assert!(score(Role::Progress, words, &prose) > score(Role::Status, words, &prose));
    }

    #[test]
    fn joint_assignment_takes_each_role_once() {
        let names: BTreeMap<u32, String> = [(0, "完成情况"), (1, "进展情况"), (2, "工作进展")]
            .into_iter()
            .map(|(c, n)| (c, n.to_string()))
            .collect();
        let mut ps = BTreeMap::new();
        ps.insert(0, profile(&["滞后", "序时推进", "已完成"]));
        ps.insert(
            1,
            profile(&["新建道路3条，完成投资2亿元", "已完成招标", "开展调研4次"]),
        );
        ps.insert(
            2,
            profile(&["第二列进展，另有内容", "又一段进展文字", "更多的进展文字"]),
        );
        let a = assign(&names, &ps);
        assert_eq!(a.columns.get(&0), Some(&Role::Status));
        assert_eq!(a.columns.get(&1), Some(&Role::Progress));
        assert_eq!(a.columns.get(&2), None, "{a:?}");
        assert_eq!(a.notes.iter().map(|n| n.col).collect::<Vec<_>>(), [0, 2]);
    }

    #[test]
    fn status_words_tell_in_one_or_two_cells() {
        let names: BTreeMap<u32, String> = [(0, "任务"), (1, "完成情况"), (2, "工作推进情况")]
            .into_iter()
            .map(|(c, n)| (c, n.to_string()))
            .collect();
        let mut ps = BTreeMap::new();
        ps.insert(1, profile(&["滞后", "未启动"]));
        ps.insert(2, profile(&["渠道修复完成800米", "方案正在征求意见"]));
        let a = assign(&names, &ps);
        assert_eq!(a.columns.get(&1), Some(&Role::Status));
        assert_eq!(a.columns.get(&2), Some(&Role::Progress));
        let note = a.notes.iter().find(|n| n.col == 1).unwrap();
        assert_eq!(
            (note.rule, &note.kind),
            (Rule::Content, &CellKindMsg::StatusWords)
        );
        // One cell that is no status word never overrules the header.
        ps.insert(1, profile(&["已完成招标"]));
        ps.remove(&2);
        assert_eq!(assign(&names, &ps).columns.get(&1), Some(&Role::Progress));
    }

    #[test]
    fn yes_no_answers_a_completion_question_and_stems_name_the_rest() {
        let names: BTreeMap<u32, String> = [
            (0, "重点任务"),
            (1, "工作举措及成效"),
            (2, "是否完成"),
            (3, "问题与困难"),
        ]
        .into_iter()
        .map(|(c, n)| (c, n.to_string()))
        .collect();
        let mut ps = BTreeMap::new();
        ps.insert(1, profile(&["新建分拣中心2处，供应量增长12%"]));
        ps.insert(2, profile(&["是"]));
        ps.insert(3, profile(&["冷链仓储能力不足"]));
        let a = assign(&names, &ps);
        assert_eq!(a.columns.get(&1), Some(&Role::Progress));
        assert_eq!(a.columns.get(&2), Some(&Role::Status));
        assert_eq!(a.columns.get(&3), Some(&Role::Difficulties));
        let rules: Vec<(u32, Rule)> = a.notes.iter().map(|n| (n.col, n.rule)).collect();
        assert_eq!(
            rules,
            [(1, Rule::Stem("举措")), (2, Rule::YesNo), (3, Rule::Stem("问题"))]
        );
        // 是 / 否 under any other header is no status.
        let names: BTreeMap<u32, String> = [(0, "任务"), (1, "是否涉及资金")]
            .into_iter()
            .map(|(c, n)| (c, n.to_string()))
            .collect();
        ps.clear();
        ps.insert(1, profile(&["是", "否", "是"]));
        assert_ne!(assign(&names, &ps).columns.get(&1), Some(&Role::Status));
    }

    #[test]
    fn a_column_without_header_gets_its_role_from_content() {
        let names: BTreeMap<u32, String> = [(0, "任务")]
            .into_iter()
            .map(|(c, n)| (c, n.to_string()))
            .collect();
        let mut ps = BTreeMap::new();
        ps.insert(1, profile(&["50%", "30%", "100%"]));
        ps.insert(2, profile(&["已完成", "滞后", "序时推进"]));
        let a = assign(&names, &ps);
        assert_eq!(a.columns.get(&1), Some(&Role::Percent));
        assert_eq!(a.columns.get(&2), Some(&Role::Status));
    }
}
