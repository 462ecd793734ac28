//! The notice parser: numbered lines in, tasks out.
//!
//! A small state machine over the three attachments. Attachment 1: programme headings
//! (一、), sections （1）, numbered tasks (1.) each followed by 责 任 人： / 牵头单位： /
//! 配合单位： lines. Attachment 2: items 一、 with 责 任 人： (may wrap) and 责任单位：.
//! Attachment 3: the "1311" table, cells led by a tab, one row per blank-line block.
//! Anything else inside an attachment becomes a warning naming its line.

use super::names::{split_leaders, split_units};
use super::source::{LineKind, NoticeLines};
use super::{Attachment, Heading, NoticeWarning};
use crate::msg::RegisterMsg;
use crate::text::normal::without_spaces;
use crate::text::numerals::parse_chinese;

/// A task as read, before IDs and cross-links are assigned.
#[derive(Debug, Clone, Default)]
pub(crate) struct ParsedTask {
    pub(crate) attachment: Option<Attachment>,
    pub(crate) programme: Option<Heading>,
    pub(crate) section: Option<Heading>,
    pub(crate) number: u32,
    pub(crate) text: String,
    pub(crate) leaders: Vec<String>,
    pub(crate) lead_units: Vec<String>,
    pub(crate) partner_units: Vec<String>,
    /// "责任人及牵头单位见附件3": the task stands for the projects of attachment 3.
    pub(crate) refers_to_projects: bool,
    pub(crate) line: usize,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Field {
    Text,
    Leaders,
    Lead,
    Partner,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Zone {
    Preamble,
    Att(Attachment),
    End,
}

pub(crate) struct Parser {
    kind: LineKind,
    zone: Zone,
    programme: Option<Heading>,
    section: Option<Heading>,
    field: Field,
    tasks: Vec<ParsedTask>,
    warnings: Vec<NoticeWarning>,
    /// Attachment 3: the cells of the row being read.
    cells: Vec<String>,
    cells_line: usize,
    seen_header: bool,
}

/// "一、…" -> (1, "…"); handles 一 to 十九 and 二十.
pub(crate) fn cn_heading(line: &str) -> Option<(u32, &str)> {
    let (num, rest) = line.split_once('、')?;
    let n = parse_chinese(num)?;
    Some((n, rest.trim()))
}

/// "（1）…" or "(1)…" -> (1, "…").
fn section_heading(line: &str) -> Option<(u32, &str)> {
    let rest = line.strip_prefix('（').or_else(|| line.strip_prefix('('))?;
    let end = rest.find(['）', ')'])?;
    let n = rest[..end].trim().parse().ok()?;
    let close = rest[end..].chars().next()?.len_utf8();
    Some((n, rest[end + close..].trim()))
}

/// "1.…" or "1．…" -> (1, "…").
fn numbered(line: &str) -> Option<(u32, &str)> {
    let digits: String = line.chars().take_while(|c| c.is_ascii_digit()).collect();
    if digits.is_empty() || digits.len() > 3 {
        return None;
    }
    let rest = &line[digits.len()..];
    let rest = rest.strip_prefix('.').or_else(|| rest.strip_prefix('．'))?;
    Some((digits.parse().ok()?, rest.trim()))
}

/// "责 任 人：…" -> ("责任人", "…"): the label with its padding removed.
fn labelled(line: &str) -> Option<(String, &str)> {
    let (label, rest) = line.split_once('：').or_else(|| line.split_once(':'))?;
    let label = without_spaces(label);
    matches!(
        label.as_str(),
        "责任人" | "牵头单位" | "配合单位" | "责任单位" | "包联领导"
    )
    .then_some((label, rest.trim()))
}

/// A wrapped 责任人 line ("裴军强  薛慧康"): short tokens or titles, no punctuation.
fn looks_like_names(t: &str) -> bool {
    split_leaders(t)
        .iter()
        .all(|n| n.chars().count() <= 4 || super::names::is_title(n))
        && !t.contains(['。', '，', '：'])
}

/// A wrapped unit list: no sentence punctuation, every entry short and ending like a unit.
fn looks_like_units(t: &str) -> bool {
    const ENDINGS: &[char] = &[
        '局', '办', '镇', '乡', '心', '司', '区', '委', '部', '队', '会', '院', '所', '站', '组', '园', '位',
    ];
    !t.contains(['。', '，', '：', '；'])
        && split_units(t)
            .iter()
            .all(|u| u.chars().count() <= 20 && u.ends_with(ENDINGS))
}

impl Parser {
    pub(crate) fn new(kind: LineKind) -> Self {
        Parser {
            kind,
            zone: Zone::Preamble,
            programme: None,
            section: None,
            field: Field::Text,
            tasks: Vec::new(),
            warnings: Vec::new(),
            cells: Vec::new(),
            cells_line: 0,
            seen_header: false,
        }
    }

    pub(crate) fn parse(mut self, notice: &NoticeLines) -> (Vec<ParsedTask>, Vec<NoticeWarning>) {
        for (no, raw) in &notice.lines {
            self.line(*no, raw);
        }
        self.flush_row();
        (self.tasks, self.warnings)
    }

    fn warn(&mut self, line: usize, message: String) {
        self.warnings.push(NoticeWarning {
            line,
            kind: self.kind.word().to_string(),
            message,
        });
    }

    fn line(&mut self, no: usize, raw: &str) {
        let t = raw.trim();
        if t == "附件1" || t == "附件 1" {
            return self.enter(Attachment::Programmes);
        }
        if t == "附件2" || t == "附件 2" {
            return self.enter(Attachment::Matters);
        }
        let att3_title =
            t.contains("1311") && t.contains("项目") && !t.starts_with(|c: char| c.is_ascii_digit());
        if t == "附件3" || t == "附件 3" || (att3_title && self.zone == Zone::Att(Attachment::Matters)) {
            return self.enter(Attachment::Projects);
        }
        if t.starts_with("抄送") || t.starts_with("印发") {
            self.flush_row();
            self.zone = Zone::End;
            return;
        }
        match self.zone {
            Zone::Preamble | Zone::End => {}
            Zone::Att(Attachment::Projects) => self.table_line(no, raw),
            Zone::Att(att) if !t.is_empty() => self.task_line(att, no, t, raw),
            Zone::Att(_) => {}
        }
    }

    fn enter(&mut self, att: Attachment) {
        self.flush_row();
        self.zone = Zone::Att(att);
        self.programme = None;
        self.section = None;
        self.field = Field::Text;
    }

    fn current(&mut self, att: Attachment) -> Option<&mut ParsedTask> {
        self.tasks.last_mut().filter(|t| t.attachment == Some(att))
    }

    fn task_line(&mut self, att: Attachment, no: usize, t: &str, raw: &str) {
        if let Some((label, rest)) = labelled(t) {
            return self.field_line(att, no, &label, rest);
        }
        if t.starts_with("责任人及牵头单位见附件") {
            match self.current(att) {
                Some(task) => task.refers_to_projects = true,
                None => self.warn(no, RegisterMsg::BeforeAnyTask { text: t.to_string() }.to_string()),
            }
            return;
        }
        let started = self.tasks.iter().any(|task| task.attachment == Some(att));
        match att {
            Attachment::Programmes => {
                if let Some((n, title)) = cn_heading(t) {
                    self.programme = Some(Heading::new(n, title));
                    self.section = None;
                    return;
                }
                if let Some((n, title)) = section_heading(t) {
                    self.section = Some(Heading::new(n, title));
                    return;
                }
                if let Some((n, text)) = numbered(t) {
                    return self.start_task(att, no, n, text);
                }
            }
            Attachment::Matters => {
                if let Some((n, text)) = cn_heading(t) {
                    return self.start_task(att, no, n, text);
                }
            }
            Attachment::Projects => unreachable!("attachment 3 is read as a table"),
        }
        let indented = raw.starts_with([' ', '\u{3000}', '\t']);
        let field = self.field;
        let in_title = !started && self.programme.is_none();
        match (self.current(att), field) {
            // Before the first heading: the attachment's title lines.
            (None, _) if in_title => {}
            (Some(task), Field::Text) => task.text.push_str(t),
            (Some(task), Field::Leaders) if indented || looks_like_names(t) => {
                task.leaders.extend(split_leaders(t))
            }
            (Some(task), Field::Lead) if indented || looks_like_units(t) => {
                task.lead_units.extend(split_units(t))
            }
            (Some(task), Field::Partner) if indented || looks_like_units(t) => {
                task.partner_units.extend(split_units(t))
            }
            _ => {
                let (attachment, text) = (att.title().to_string(), t.to_string());
                self.warn(no, RegisterMsg::UnrecognisedLine { attachment, text }.to_string())
            }
        }
    }

    fn start_task(&mut self, att: Attachment, no: usize, n: u32, text: &str) {
        self.field = Field::Text;
        self.tasks.push(ParsedTask {
            attachment: Some(att),
            programme: self.programme.clone(),
            section: self.section.clone(),
            number: n,
            text: text.to_string(),
            line: no,
            ..ParsedTask::default()
        });
    }

    fn field_line(&mut self, att: Attachment, no: usize, label: &str, rest: &str) {
        let Some(task) = self.current(att) else {
            let text = format!("{label}：{rest}");
            return self.warn(no, RegisterMsg::BeforeAnyTask { text }.to_string());
        };
        let field = match label {
            "责任人" | "包联领导" => {
                task.leaders.extend(split_leaders(rest));
                Field::Leaders
            }
            "牵头单位" | "责任单位" => {
                task.lead_units.extend(split_units(rest));
                Field::Lead
            }
            _ => {
                task.partner_units.extend(split_units(rest));
                Field::Partner
            }
        };
        self.field = field;
    }

    /// Attachment 3: a line led by a tab starts a cell, other lines continue it, a blank
    /// line ends the row.
    fn table_line(&mut self, no: usize, raw: &str) {
        if let Some(cell) = raw.strip_prefix('\t') {
            if self.cells.is_empty() {
                self.cells_line = no;
            }
            self.cells.push(cell.trim().to_string());
        } else if raw.trim().is_empty() {
            self.flush_row();
        } else if let Some(last) = self.cells.last_mut() {
            last.push('\n');
            last.push_str(raw.trim());
        } else if self.seen_header
            || self
                .tasks
                .iter()
                .any(|t| t.attachment == Some(Attachment::Projects))
        {
            let (attachment, text) = ("附件3".to_string(), raw.trim().to_string());
            self.warn(no, RegisterMsg::UnrecognisedLine { attachment, text }.to_string());
        }
        // Lines before the table are its title.
    }

    fn flush_row(&mut self) {
        if self.cells.is_empty() {
            return;
        }
        let cells = std::mem::take(&mut self.cells);
        let no = self.cells_line;
        if !self.seen_header && cells.first().is_some_and(|c| c.contains("序号")) {
            self.seen_header = true;
            return;
        }
        let cell = |i: usize| cells.get(i).map(String::as_str).unwrap_or("");
        let Ok(n) = cell(0).trim().parse::<u32>() else {
            let row = cells.join(" | ");
            return self.warn(no, RegisterMsg::RowWithoutNumber { row }.to_string());
        };
        if cells.len() != 4 {
            let cells = cells.len();
            self.warn(no, RegisterMsg::RowCells { n, cells }.to_string());
        }
        let lines = |i: usize| {
            cell(i)
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
        };
        self.tasks.push(ParsedTask {
            attachment: Some(Attachment::Projects),
            number: n,
            text: lines(1).concat(),
            leaders: lines(2).iter().flat_map(|l| split_leaders(l)).collect(),
            lead_units: lines(3).iter().flat_map(|l| split_units(l)).collect(),
            line: no,
            ..ParsedTask::default()
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> (Vec<ParsedTask>, Vec<NoticeWarning>) {
        let lines = NoticeLines {
            kind: LineKind::Line,
            lines: text
                .lines()
                .enumerate()
                .map(|(i, l)| (i + 1, l.to_string()))
                .collect(),
        };
        Parser::new(LineKind::Line).parse(&lines)
    }

    #[test]
    fn attachment_one_task_with_fields() {
        let (tasks, warnings) = parse(
            "附件1\n标题\n一、工程甲。\n（1）小节。\n1.任务内容\n接续\n责 任 人：曹  峰  薛慧康\n牵头单位：区财政局、区税务局\n配合单位：各乡镇办\n",
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(tasks.len(), 1);
        let t = &tasks[0];
        assert_eq!(t.text, "任务内容接续");
        assert_eq!(t.leaders, ["曹峰", "薛慧康"]);
        assert_eq!(t.lead_units, ["区财政局", "区税务局"]);
        assert_eq!(t.partner_units, ["各乡镇办"]);
        assert_eq!(t.programme.as_ref().unwrap().number, 1);
        assert_eq!(t.section.as_ref().unwrap().title, "小节。");
    }

    #[test]
    fn wrapped_leader_line_in_attachment_two() {
        let (tasks, _) = parse(
            "附件2\n标题\n三、实事内容\n责 任 人：董稷强  曹  峰  分管文教卫副区长\n          裴军强  薛慧康\n责任单位：区民政局、区残联\n",
        );
        assert_eq!(
            tasks[0].leaders,
            ["董稷强", "曹峰", "分管文教卫副区长", "裴军强", "薛慧康"]
        );
        assert_eq!(tasks[0].lead_units, ["区民政局", "区残联"]);
    }

    #[test]
    fn attachment_three_cells_empty_and_multiline() {
        let (tasks, warnings) = parse(
            "附件2\n一、甲\n责任单位：区甲\n 运城市2020年“1311”重大工程项目\n\n\t序号\n\t项目名称\n\t包联领导\n\t牵头单位\n\n\t3\n\t长名称\n项目\n\t\n\t盐湖高新区\n\n\t8\n\t景区\n\t李  哲\n苏引萍\n\t区文旅投公司\n解州镇\n抄送：区委办。\n",
        );
        assert!(warnings.is_empty(), "{warnings:?}");
        let p: Vec<_> = tasks
            .iter()
            .filter(|t| t.attachment == Some(Attachment::Projects))
            .collect();
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].text, "长名称项目");
        assert!(p[0].leaders.is_empty());
        assert_eq!(p[1].leaders, ["李哲", "苏引萍"]);
        assert_eq!(p[1].lead_units, ["区文旅投公司", "解州镇"]);
    }

    #[test]
    fn unrecognised_line_is_a_warning_with_its_number() {
        let (_, warnings) = parse(
            "附件1\n一、甲\n（1）乙\n1.任务\n责 任 人：张三\n牵头单位：区甲\n注：以上任务请认真落实。\n",
        );
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].line, 7);
        assert!(warnings[0].message.contains("注：以上任务请认真落实"));
    }
}
