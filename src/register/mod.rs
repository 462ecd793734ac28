//! Stage 1: the notice -> the [`Register`] of tasks, units and leaders.
//!
//! Owns task identity. IDs are derived from the notice's own numbering, so they never change
//! between runs and office staff can read and type them:
//! - attachment 1 (十大工程): `1.(1).1` = programme 一, section （1）, task 1.;
//! - attachment 2 (十件实事): `实事3`;
//! - attachment 3 (1311项目): `1311-8`.
//!
//! Hands on a `Register` that every later stage reads and none changes.

pub(crate) mod ids;
pub(crate) mod names;
pub(crate) mod notice;
pub(crate) mod source;
mod units;

use crate::msg;
use crate::text::numerals::to_chinese;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::Path;

pub(crate) use source::NoticeError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Attachment {
    /// 附件1 十大工程
    Programmes,
    /// 附件2 十件实事
    Matters,
    /// 附件3 1311项目
    Projects,
}

impl Attachment {
    pub const ALL: [Attachment; 3] = [Attachment::Programmes, Attachment::Matters, Attachment::Projects];

    /// Short name used as 类别 and as a ledger sheet name.
    pub fn title(self) -> &'static str {
        match self {
            Attachment::Programmes => "十大工程",
            Attachment::Matters => "十件实事",
            Attachment::Projects => "1311项目",
        }
    }

    pub(crate) fn number(self) -> u32 {
        match self {
            Attachment::Programmes => 1,
            Attachment::Matters => 2,
            Attachment::Projects => 3,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Heading {
    pub number: u32,
    pub title: String,
}

impl Heading {
    pub(crate) fn new(number: u32, title: &str) -> Self {
        Heading {
            number,
            title: title.to_string(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Task {
    pub id: String,
    pub attachment: Attachment,
    /// 一、… (attachment 1 only)
    pub programme: Option<Heading>,
    /// （1）… (attachment 1 only)
    pub section: Option<Heading>,
    /// The number the notice gives the task within its section, attachment or table.
    pub(crate) number: u32,
    pub text: String,
    /// 责任人 (包联领导 in attachment 3), in the notice's order; titles included.
    pub leaders: Vec<String>,
    /// 牵头单位 (责任单位 in attachment 2), groups included as written.
    pub lead_units: Vec<String>,
    /// 配合单位
    pub partner_units: Vec<String>,
    /// For the attachment-1 task that says "见附件3": the 1311 project IDs it stands for.
    pub projects: Vec<String>,
    /// For a 1311 project: the attachment-1 task that refers to it.
    pub parent: Option<String>,
    /// Problems worth a look ("no lead unit", ...), shown in the task list and reports.
    pub flags: Vec<String>,
    /// Line (or paragraph) of the notice the task starts on.
    pub line: usize,
}

impl Task {
    /// Lead units that report (groups removed).
    pub fn reporting_units(&self) -> impl Iterator<Item = &str> {
        self.lead_units
            .iter()
            .map(String::as_str)
            .filter(|u| !names::is_group(u))
    }

    /// True when `unit` is a lead unit of the task that reports (no group).
    pub fn reported_by(&self, unit: &str) -> bool {
        self.lead_units.iter().any(|u| u == unit) && !names::is_group(unit)
    }

    /// The name official text gives the task: a 1311 project's name as the notice writes
    /// it, else the task's first clause ([`crate::text::shorten::first_clause`]); never cut
    /// inside a word.
    pub fn short_name(&self) -> String {
        match self.attachment {
            Attachment::Projects => crate::text::shorten::one_line(&self.text),
            _ => crate::text::shorten::first_clause(&self.text),
        }
    }

    /// 所属工程: the programme title for attachment 1, the attachment's name otherwise.
    pub(crate) fn group_title(&self) -> String {
        match &self.programme {
            Some(p) => msg::LayoutMsg::Numbered {
                number: to_chinese(p.number as usize),
                title: p.title.clone(),
            }
            .to_string(),
            None => self.attachment.title().to_string(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unit {
    pub name: String,
    /// A group ("各乡镇办", "…成员单位"): listed, but it does not report and gets no form.
    pub group: bool,
    /// Tasks the unit leads (reports on), in register order.
    pub lead_tasks: Vec<String>,
    pub partner_tasks: Vec<String>,
    /// Leaders of the tasks it leads, in order of first appearance.
    pub leaders: Vec<String>,
}

impl Unit {
    /// True for a unit that reports: it leads a task and is no group.
    pub(crate) fn reports(&self) -> bool {
        !self.group && !self.lead_tasks.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Leader {
    pub name: String,
    /// A post ("分管文教卫副区长") standing for a leader, not a person's name.
    pub title: bool,
    pub tasks: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NoticeWarning {
    pub(crate) line: usize,
    /// "line" (.txt) or "paragraph" (.docx)
    pub(crate) kind: String,
    pub(crate) message: String,
}

impl std::fmt::Display for NoticeWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (line, text) = (self.line, self.message.clone());
        let at = if self.kind == source::LineKind::Paragraph.word() {
            msg::RegisterMsg::AtParagraph { line, text }
        } else {
            msg::RegisterMsg::AtLine { line, text }
        };
        f.write_str(&at.to_string())
    }
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Register {
    /// The notice file name it was read from.
    pub source: String,
    /// The notice's own 发文字号 ("运盐政办发〔2020〕24号"), the first line of its header that
    /// reads like one; "" when it has none. The bulletin cites the notice by it.
    #[serde(default)]
    pub number: String,
    pub tasks: Vec<Task>,
    /// Every unit named in the notice, sorted by name.
    pub units: Vec<Unit>,
    /// Every leader named in the notice, in order of first appearance.
    pub leaders: Vec<Leader>,
    pub warnings: Vec<NoticeWarning>,
    /// Position of each task by ID, built on first lookup: every row of every return looks
    /// its task up, and a city register holds hundreds of tasks.
    #[serde(skip)]
    task_index: std::sync::OnceLock<std::collections::HashMap<String, usize>>,
    /// The reporting units' names by first character ([`Register::units_named_in`]), built
    /// on first lookup: the one index of unit names.
    #[serde(skip)]
    unit_index: std::sync::OnceLock<units::UnitIndex>,
}

impl PartialEq for Register {
    /// Equal content; the lookup table does not count.
    fn eq(&self, other: &Self) -> bool {
        self.source == other.source
            && self.number == other.number
            && self.tasks == other.tasks
            && self.units == other.units
            && self.leaders == other.leaders
            && self.warnings == other.warnings
    }
}

impl Eq for Register {}

impl Register {
    /// Reads the notice (.txt or .docx) and builds the register.
    pub fn load(path: &Path) -> Result<Register, NoticeError> {
        let lines = source::read_notice(path)?;
        let (parsed, warnings) = notice::Parser::new(lines.kind).parse(&lines);
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut register = Register::build(name, parsed, warnings);
        register.number = doc_number(&lines.lines).unwrap_or_default();
        if register.tasks.is_empty() {
            return Err(NoticeError::Empty {
                file: path.display().to_string(),
            });
        }
        Ok(register)
    }

    fn build(source: String, parsed: Vec<notice::ParsedTask>, mut warnings: Vec<NoticeWarning>) -> Register {
        let mut tasks: Vec<Task> = parsed.into_iter().map(into_task).collect();
        link_projects(&mut tasks);
        let mut seen = std::collections::HashSet::new();
        for t in &tasks {
            if !seen.insert(t.id.clone()) {
                warnings.push(NoticeWarning {
                    line: t.line,
                    kind: "line".into(),
                    message: msg::RegisterMsg::DuplicateTaskNumber { id: t.id.clone() }.to_string(),
                });
            }
        }
        let units = index_units(&tasks);
        let leaders = index_leaders(&tasks);
        Register {
            source,
            number: String::new(),
            tasks,
            units,
            leaders,
            warnings,
            task_index: std::sync::OnceLock::new(),
            unit_index: std::sync::OnceLock::new(),
        }
    }

    pub fn task(&self, id: &str) -> Option<&Task> {
        let index = self.task_index.get_or_init(|| {
            let mut map = std::collections::HashMap::new();
            for (i, t) in self.tasks.iter().enumerate() {
                map.entry(t.id.clone()).or_insert(i);
            }
            map
        });
        // The fields are public: a register edited after the first lookup is still answered
        // right, by a scan.
        match index.get(id).and_then(|&i| self.tasks.get(i)) {
            Some(t) if t.id == id => Some(t),
            _ => self.tasks.iter().find(|t| t.id == id),
        }
    }

    /// `units` is sorted by name (the register is built so), so a binary search finds one.
    pub fn unit(&self, name: &str) -> Option<&Unit> {
        let i = self.units.binary_search_by(|u| u.name.as_str().cmp(name)).ok()?;
        Some(&self.units[i])
    }

    /// Units that report: named as a lead unit of at least one task and not a group.
    pub fn reporting_units(&self) -> impl Iterator<Item = &Unit> {
        self.units.iter().filter(|u| u.reports())
    }

    pub fn tasks_in(&self, att: Attachment) -> impl Iterator<Item = &Task> {
        self.tasks.iter().filter(move |t| t.attachment == att)
    }
}

/// The 发文字号 among the notice's first lines: an organ's abbreviation, the year in 〔〕
/// (or [] or ()), a number and 号, alone on its line ("运盐政办发〔2020〕24号").
fn doc_number(lines: &[(usize, String)]) -> Option<String> {
    lines.iter().take(40).find_map(|(_, l)| {
        let l: String = l.chars().filter(|c| !c.is_whitespace()).collect();
        let open = l.find(['〔', '[', '(', '（'])?;
        let rest = &l[open..];
        let year: String = rest.chars().skip(1).take(4).collect();
        let ok = open > 0
            && year.chars().all(|c| c.is_ascii_digit())
            && year.len() == 4
            && rest.chars().nth(5).is_some_and(|c| "〕])）".contains(c))
            && l.ends_with('号')
            && l.chars().count() <= 30
            && l[..open].chars().all(|c| !c.is_ascii());
        ok.then_some(l)
    })
}

fn into_task(p: notice::ParsedTask) -> Task {
    let att = p.attachment.expect("parser sets the attachment");
    let id = match att {
        Attachment::Programmes => ids::programme_id(
            p.programme.as_ref().map_or(0, |h| h.number),
            p.section.as_ref().map_or(0, |h| h.number),
            p.number,
        ),
        Attachment::Matters => ids::matter_id(p.number),
        Attachment::Projects => ids::project_id(p.number),
    };
    let mut flags = Vec::new();
    if !p.refers_to_projects {
        if p.lead_units.is_empty() {
            flags.push(msg::RegisterMsg::FlagNoLead.to_string());
        } else if p.lead_units.iter().all(|u| names::is_group(u)) {
            flags.push(msg::RegisterMsg::FlagGroupsOnly.to_string());
        }
        if p.leaders.is_empty() {
            let flag = if att == Attachment::Projects {
                msg::RegisterMsg::FlagNoProjectLeader
            } else {
                msg::RegisterMsg::FlagNoLeader
            };
            flags.push(flag.to_string());
        }
    }
    Task {
        id,
        attachment: att,
        programme: p.programme,
        section: p.section,
        number: p.number,
        text: p.text,
        leaders: p.leaders,
        lead_units: p.lead_units,
        partner_units: p.partner_units,
        projects: if p.refers_to_projects {
            vec![String::new()]
        } else {
            vec![]
        },
        parent: None,
        flags,
        line: p.line,
    }
}

/// Ties the "见附件3" task of attachment 1 to the projects of attachment 3, both ways.
fn link_projects(tasks: &mut [Task]) {
    let project_ids: Vec<String> = tasks
        .iter()
        .filter(|t| t.attachment == Attachment::Projects)
        .map(|t| t.id.clone())
        .collect();
    let Some(parent) = tasks.iter_mut().find(|t| !t.projects.is_empty()) else {
        return;
    };
    parent.projects = project_ids;
    parent
        .flags
        .push(msg::RegisterMsg::FlagSeeAttachment3.to_string());
    let parent_id = parent.id.clone();
    for t in tasks.iter_mut().filter(|t| t.attachment == Attachment::Projects) {
        t.parent = Some(parent_id.clone());
    }
}

fn push_unique(v: &mut Vec<String>, s: &str) {
    if !v.iter().any(|x| x == s) {
        v.push(s.to_string());
    }
}

fn index_units(tasks: &[Task]) -> Vec<Unit> {
    let mut units: BTreeMap<String, Unit> = BTreeMap::new();
    fn entry<'a>(units: &'a mut BTreeMap<String, Unit>, name: &str) -> &'a mut Unit {
        units.entry(name.to_string()).or_insert_with(|| Unit {
            name: name.to_string(),
            group: names::is_group(name),
            lead_tasks: vec![],
            partner_tasks: vec![],
            leaders: vec![],
        })
    }
    for t in tasks {
        for u in &t.lead_units {
            let unit = entry(&mut units, u);
            push_unique(&mut unit.lead_tasks, &t.id);
            for l in &t.leaders {
                push_unique(&mut unit.leaders, l);
            }
        }
        for u in &t.partner_units {
            push_unique(&mut entry(&mut units, u).partner_tasks, &t.id);
        }
    }
    units.into_values().collect()
}

fn index_leaders(tasks: &[Task]) -> Vec<Leader> {
    let mut leaders: Vec<Leader> = Vec::new();
    for t in tasks {
        for name in &t.leaders {
            match leaders.iter_mut().find(|l| &l.name == name) {
                Some(l) => push_unique(&mut l.tasks, &t.id),
                None => leaders.push(Leader {
                    name: name.clone(),
                    title: names::is_title(name),
                    tasks: vec![t.id.clone()],
                }),
            }
        }
    }
    leaders
}

#[cfg(test)]
mod tests {
    use super::doc_number;

    #[test]
    fn doc_number_from_the_header() {
        let lines = |v: &[&str]| {
            v.iter()
                .enumerate()
                .map(|(i, l)| (i + 1, l.to_string()))
                .collect::<Vec<_>>()
        };
        let header = lines(&["", "运盐政办发〔2020〕24号", "运城市盐湖区人民政府办公室"]);
        assert_eq!(doc_number(&header).as_deref(), Some("运盐政办发〔2020〕24号"));
        assert_eq!(
            doc_number(&lines(&[" 晋政办发[2019] 7号 "])).as_deref(),
            Some("晋政办发[2019]7号")
        );
        // a sentence citing a number, or a header without one
        assert_eq!(
            doc_number(&lines(&["根据运政发〔2020〕3号文件精神，现将有关事项通知如下"])),
            None
        );
        assert_eq!(doc_number(&lines(&["关于印发任务分解的通知"])), None);
    }
}
