//! The task sheets (十大工程, 十件实事, 1311项目): one line per task and lead unit, every
//! period of the year so far side by side, programme and section titles in merged rows.
//!
//! A task with one reporting unit takes one line. A task with several gets its own line
//! first, carrying the overall status of each period (the worst of its units'), then one line
//! per unit with that unit's report.

use super::carry::{self, SheetCarry};
use super::style::{legend, print_setup, sheet_name};
use super::Book;
use crate::model::Entry;
use crate::msg::{self, LayoutMsg};
use crate::period::Period;
use crate::register::{Attachment, Task};
use crate::render::print::{Layout, Paper};
use crate::render::xlsx::{cjk_width, fit_height, row_height, BODY_SIZE};
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};

/// The task columns before the period columns, with widths in CJK characters. The widths
/// are sized for paper (see [`Columns::layout`]): text wraps, rows grow.
pub(crate) const FIXED: [(&str, usize); 5] = [
    ("任务编号", 5),
    ("任务内容", 20),
    ("责任人", 4),
    ("牵头单位", 7),
    ("配合单位", 7),
];
/// Repeated for each period so far, under the period's label; earlier periods' 进展情况 is
/// narrower than the current one's.
pub(crate) const PER_PERIOD: [(&str, usize); 3] = [("状态", 4), ("进度", 3), ("进展情况", 14)];
const CURRENT_TEXT_WIDTH: usize = 20;
/// For the current period only, after the period columns. 与上期比较 holds the `compare`
/// stage's findings on the line's entry (与上期雷同, 状态回退, 连续滞后), coloured.
/// 其他: cells of the return no other column holds, each as "header：value" on its line.
/// The widths are an A4 page's; A3 has room for [`CURRENT_A3`].
pub(crate) const CURRENT: [(&str, usize); 6] = [
    (COMPARED, 8),
    ("存在困难", 8),
    ("意见建议", 7),
    ("下步打算", 7),
    ("其他", 8),
    (SOURCE, 20),
];
/// Widths of the [`CURRENT`] columns on A3, where they print on a page of their own beside the
/// task columns: wide enough that their text does not make the lines taller than the task's.
const CURRENT_A3: [usize; 6] = [10, 14, 12, 14, 12, 20];
/// The 来源 column: file, sheet and cell of each line, for the screen (not printed unless
/// the office's own columns follow it; wide, so that a long file name does not make the
/// printed row tall).
pub(crate) const SOURCE: &str = "来源";
/// The header of the comparison column.
pub(crate) const COMPARED: &str = "与上期比较";
/// Header text above the [`CURRENT`] columns.
pub(crate) const CURRENT_GROUP: &str = "本期其他情况";
/// The columns printed again at the left of every page: 任务编号 and 任务内容.
const REPEAT: u16 = 2;
/// The current period's milestone and judgement (节点计划), between the periods and the
/// [`CURRENT`] columns, only when some unit sent a plan.
pub(crate) const MILESTONE: (&str, usize) = ("本期节点对照", 14);
/// Rows: 0 title, 1 note and legend, 2-3 headers, data from 4.
pub(crate) const HEADER_ROW: u32 = 2;
pub(crate) const FIRST_DATA_ROW: u32 = 4;

/// Column positions for the periods so far.
pub(crate) struct Columns<'a> {
    periods: Vec<Period>,
    /// The office's own columns carried from the edited ledger, after duban's.
    own: Option<&'a SheetCarry>,
    /// Some unit sent a plan: the [`MILESTONE`] column is there.
    plan: bool,
    paper: Paper,
}

impl<'a> Columns<'a> {
    fn new(current: Period, own: Option<&'a SheetCarry>, plan: bool, paper: Paper) -> Columns<'a> {
        Columns {
            periods: current.so_far(),
            own,
            plan,
            paper,
        }
    }

    /// The [`MILESTONE`] column (when `plan`).
    fn milestone(&self) -> u16 {
        self.period(self.periods.len(), 0)
    }

    /// Width in CJK characters of the [`CURRENT`] column `k`.
    fn current_width(&self, k: usize) -> usize {
        match self.paper {
            Paper::A3 => CURRENT_A3[k],
            Paper::A4 => CURRENT[k].1,
        }
    }

    /// Whether the current column `k` prints: all but 来源, which prints when the office's
    /// own columns follow it.
    fn prints_current(&self, k: usize) -> bool {
        CURRENT[k].0 != SOURCE || self.own.is_some_and(|o| !o.headers.is_empty())
    }

    fn period(&self, i: usize, k: usize) -> u16 {
        (FIXED.len() + i * PER_PERIOD.len() + k) as u16
    }

    fn current(&self, k: usize) -> u16 {
        self.milestone() + u16::from(self.plan) + k as u16
    }

    /// Width in CJK characters of column `k` of period `i`.
    fn width(&self, i: usize, k: usize) -> usize {
        if k == 2 && i + 1 == self.periods.len() {
            CURRENT_TEXT_WIDTH
        } else {
            PER_PERIOD[k].1
        }
    }

    fn last(&self) -> u16 {
        self.current(CURRENT.len() - 1)
    }

    /// How the sheet prints: every column but 来源 (the office's own columns after it print,
    /// and it with them), a page starting at the task columns, at each period, at the
    /// current period's other columns and at the office's own; 任务编号 and 任务内容 repeated
    /// at the left of every page.
    fn layout(&self) -> Layout {
        let mut widths: Vec<f64> = FIXED.iter().map(|(_, w)| cjk_width(*w)).collect();
        let mut groups = Vec::new();
        for i in 0..self.periods.len() {
            groups.push(self.period(i, 0));
            widths.extend((0..PER_PERIOD.len()).map(|k| cjk_width(self.width(i, k))));
        }
        if self.plan {
            widths.push(cjk_width(MILESTONE.1));
        }
        groups.push(self.current(0));
        widths.extend((0..CURRENT.len()).map(|k| cjk_width(self.current_width(k))));
        let own = self.own.map_or(0, |o| o.headers.len());
        if own == 0 {
            widths.pop();
        } else {
            groups.push(self.last());
            widths.extend((0..own).map(|_| cjk_width(carry::OWN_WIDTH)));
        }
        Layout {
            paper: self.paper,
            widths,
            groups,
            repeat: REPEAT,
        }
    }
}

/// What kind of line a row is.
#[derive(Clone, Copy)]
enum Line<'t> {
    /// The only line of a task: its one unit, or none (groups only, or "见附件3").
    Single(Option<&'t str>),
    /// A multi-unit task's own line, with the overall status.
    Task,
    /// One unit's line under a multi-unit task.
    Unit(&'t str),
}

pub(crate) fn write_sheet(wb: &mut Workbook, book: &Book, att: Attachment) -> Result<(), XlsxError> {
    let tasks: Vec<&Task> = book.tasks_in(att).collect();
    let plan = !book.model.plans.is_empty();
    let own = book.carried.and_then(|c| c.sheet(att));
    let cols = Columns::new(book.model.current, own, plan, book.paper());
    let layout = cols.layout();
    // The biggest sheets duban writes (one line per task and unit, every ledger of a run) are
    // streamed: each row is serialised when the next one starts and strings are stored inline,
    // with no shared-string table to hash into. So every cell of a row, and its height, must
    // be written before the next row is touched (rust_xlsxwriter ignores later writes to a
    // finished row); `tests/it/ledger.rs` reads every cell back.
    let ws = wb
        .add_worksheet_with_constant_memory()?
        .set_name(sheet_name(att.title()))?;
    let title = sheet_title(book, att);
    write_head(ws, book, &cols, &title)?;
    let mut row = FIRST_DATA_ROW;
    let (mut programme, mut section) = (None, None);
    for task in tasks {
        if task.programme.as_ref().map(|p| p.number) != programme {
            programme = task.programme.as_ref().map(|p| p.number);
            section = None;
            let text = task.group_title();
            write_heading(ws, book, &cols, &layout, row, &text, Heading::Programme)?;
            row += 1;
        }
        if let Some(s) = task.section.as_ref().filter(|s| Some(s.number) != section) {
            section = Some(s.number);
            let text = LayoutMsg::Section {
                number: s.number.to_string(),
                title: s.title.clone(),
            }
            .to_string();
            write_heading(ws, book, &cols, &layout, row, &text, Heading::Section)?;
            row += 1;
        }
        row = write_task(ws, book, &cols, row, task)?;
    }
    // rust_xlsxwriter 0.102 writes the last row of a streamed sheet twice (a second, empty
    // `<row>` element) when that row has a height of its own, and Excel rejects a sheet with a
    // repeated row. An unformatted blank cell below the table is the last row instead: it
    // carries no height, shows nothing and prints nothing.
    ws.write_blank(row, 0, &Format::new())?;
    let last = row.max(FIRST_DATA_ROW + 1) - 1;
    ws.autofilter(HEADER_ROW + 1, 0, last, cols.last())?;
    ws.set_freeze_panes(FIRST_DATA_ROW, 2)?;
    print_setup(ws, &title, FIRST_DATA_ROW - 1, &layout)?;
    Ok(())
}

/// A programme's or a section's heading.
#[derive(Clone, Copy)]
enum Heading {
    Programme,
    Section,
}

/// A heading row: the text merged over the columns printed on every page (so that a page
/// printed beside the first shows it whole, not cut at its repeated columns), the rest of the
/// row a band of the same fill on each page; the row as tall as the text's lines.
fn write_heading(
    ws: &mut Worksheet,
    book: &Book,
    cols: &Columns,
    layout: &Layout,
    row: u32,
    text: &str,
    kind: Heading,
) -> Result<(), XlsxError> {
    let (format, size) = match kind {
        Heading::Programme => (&book.styles.programme, 12.0),
        Heading::Section => (&book.styles.section, 11.0),
    };
    let shared = layout.shared_last();
    if shared == 0 {
        ws.write_with_format(row, 0, text, format)?;
    } else {
        ws.merge_range(row, 0, row, shared, text, format)?;
    }
    // The band: one merged range a page, so that no page shows a piece of another's.
    let mut ends: Vec<u16> = layout.plan().starts[1..].to_vec();
    ends.push(cols.last() + 1);
    let mut from = shared + 1;
    for end in ends {
        match end.saturating_sub(from) {
            0 => {}
            1 => {
                ws.write_blank(row, from, format)?;
            }
            _ => {
                ws.merge_range(row, from, row, end - 1, "", format)?;
            }
        }
        from = from.max(end);
    }
    carry::write_cells(ws, cols.own, row, cols.last() + 1, [text, ""], &book.styles.body)?;
    let width = layout.span_width(0, shared);
    ws.set_row_height(row, row_height(&[(text, width, size)]))?;
    Ok(())
}

fn sheet_title(book: &Book, att: Attachment) -> String {
    let period = book.model.current.title();
    match &book.scope.owner {
        Some(o) => LayoutMsg::OwnTaskSheetTitle {
            owner: o.clone(),
            attachment: att.title().to_string(),
            period,
        },
        None => LayoutMsg::TaskSheetTitle {
            district: book.settings.district.clone(),
            attachment: att.title().to_string(),
            period,
        },
    }
    .to_string()
}

fn write_head(ws: &mut Worksheet, book: &Book, cols: &Columns, title: &str) -> Result<(), XlsxError> {
    let st = &book.styles;
    // The title row is for the screen: on paper the title is the page header.
    let layout = cols.layout();
    let last = layout.first_page_last();
    ws.merge_range(0, 0, 0, last, title, &st.title)?;
    ws.set_row_height(0, 32)?;
    let current = book.model.current_progress();
    let note = msg::RenderMsg::TaskSheetNote {
        period: book.model.current.title(),
        deadline: current.deadline.format("%Y-%m-%d").to_string(),
    }
    .to_string();
    // Over the repeated columns, which print on every page; the legend beside it.
    ws.merge_range(1, 0, 1, REPEAT - 1, &note, &st.note)?;
    legend(ws, st, 1, REPEAT, false)?;
    let mut sized = vec![(note.as_str(), layout.span_width(0, REPEAT - 1), BODY_SIZE)];
    for (i, s) in crate::status::Status::ALL.iter().enumerate() {
        sized.push((
            s.label(),
            layout.widths[(REPEAT as usize + i).min(layout.widths.len() - 1)],
            BODY_SIZE,
        ));
    }
    ws.set_row_height(1, row_height(&sized))?;
    let (top, sub) = (HEADER_ROW, HEADER_ROW + 1);
    // Row by row (the sheet streams, see `write_sheet`): every cell of the top header row,
    // then the sub-header row. The fixed columns merge down over both.
    ws.set_row_height(top, 20)?;
    for (c, (name, width)) in FIXED.iter().enumerate() {
        ws.merge_range(top, c as u16, sub, c as u16, name, &st.header)?;
        ws.set_column_width(c as u16, cjk_width(*width))?;
    }
    for (i, p) in cols.periods.iter().enumerate() {
        let label = if *p == book.model.current {
            LayoutMsg::CurrentPeriod {
                label: p.label().to_string(),
            }
            .to_string()
        } else {
            p.label().to_string()
        };
        ws.merge_range(top, cols.period(i, 0), top, cols.period(i, 2), &label, &st.header)?;
    }
    if cols.plan {
        let c = cols.milestone();
        ws.merge_range(top, c, sub, c, MILESTONE.0, &st.header)?;
        ws.set_column_width(c, cjk_width(MILESTONE.1))?;
    }
    ws.merge_range(top, cols.current(0), top, cols.last(), CURRENT_GROUP, &st.header)?;
    carry::write_head(ws, cols.own, [top, sub], cols.last() + 1, &st.header)?;
    ws.set_row_height(sub, 20)?;
    for i in 0..cols.periods.len() {
        for (k, (name, _)) in PER_PERIOD.iter().enumerate() {
            ws.write_with_format(sub, cols.period(i, k), *name, &st.header)?;
            ws.set_column_width(cols.period(i, k), cjk_width(cols.width(i, k)))?;
        }
    }
    for (k, (name, _)) in CURRENT.iter().enumerate() {
        ws.write_with_format(sub, cols.current(k), *name, &st.header)?;
        ws.set_column_width(cols.current(k), cjk_width(cols.current_width(k)))?;
    }
    Ok(())
}

/// Writes a task's line(s) from `row`; returns the next free row.
fn write_task(
    ws: &mut Worksheet,
    book: &Book,
    cols: &Columns,
    row: u32,
    task: &Task,
) -> Result<u32, XlsxError> {
    let units = book.scope.units(task);
    if units.len() <= 1 {
        write_line(ws, book, cols, row, task, Line::Single(units.first().copied()))?;
        return Ok(row + 1);
    }
    write_line(ws, book, cols, row, task, Line::Task)?;
    for (i, u) in units.iter().enumerate() {
        write_line(ws, book, cols, row + 1 + i as u32, task, Line::Unit(u))?;
    }
    Ok(row + 1 + units.len() as u32)
}

fn write_line(
    ws: &mut Worksheet,
    book: &Book,
    cols: &Columns,
    row: u32,
    task: &Task,
    line: Line,
) -> Result<(), XlsxError> {
    let st = &book.styles;
    let fixed = fixed_cells(task, line);
    let text_format = if matches!(line, Line::Task) {
        &st.task_line
    } else {
        &st.body
    };
    let mut sized: Vec<(String, usize)> = Vec::new();
    for (c, text) in fixed.iter().enumerate() {
        let f = if c <= 1 { text_format } else { &st.body };
        ws.write_with_format(row, c as u16, text, f)?;
        sized.push((text.clone(), FIXED[c].1));
    }
    for (i, p) in cols.periods.iter().enumerate() {
        let at = [cols.period(i, 0), cols.period(i, 1), cols.period(i, 2)];
        let text = write_period(ws, book, row, at, task, line, *p)?;
        sized.push((text, cols.width(i, 2)));
    }
    if cols.plan {
        let text = milestone_text(book, task, line);
        write_text(ws, row, cols.milestone(), &text, &st.body)?;
        sized.push((text, MILESTONE.1));
    }
    let entry = line_unit(line).and_then(|u| book.model.current_progress().entry(&task.id, u));
    let extra = match entry {
        Some(e) => [
            compared_text(book, e),
            e.difficulties.clone(),
            e.suggestions.clone(),
            e.next_steps.clone(),
            crate::model::OtherValue::join(&e.other),
            e.source.as_ref().map(source_text).unwrap_or_default(),
        ],
        None => Default::default(),
    };
    for (k, text) in extra.iter().enumerate() {
        let f = if k == 0 && !text.is_empty() {
            &st.changed
        } else {
            &st.body
        };
        write_text(ws, row, cols.current(k), text, f)?;
        if cols.prints_current(k) {
            sized.push((text.clone(), cols.current_width(k)));
        }
    }
    let own = carry::write_cells(
        ws,
        cols.own,
        row,
        cols.last() + 1,
        [&fixed[0], &fixed[3]],
        &st.body,
    )?;
    sized.extend(own);
    let cells: Vec<(&str, usize)> = sized.iter().map(|(t, w)| (t.as_str(), *w)).collect();
    ws.set_row_height(row, fit_height(&cells))?;
    Ok(())
}

/// The 本期节点对照 cell: for a unit's line its judgement and the period's milestone
/// ("欠进度：化解5亿元；计划进度50%"), for a multi-unit task's own line the task's judgement;
/// empty without a plan.
fn milestone_text(book: &Book, task: &Task, line: Line) -> String {
    let model = book.model;
    let Some(unit) = line_unit(line) else {
        return model
            .judgement_of(task)
            .map(|j| j.label().to_string())
            .unwrap_or_default();
    };
    let Some(plan) = model.plan(&task.id, unit) else {
        return String::new();
    };
    let judgement = plan
        .verdict
        .as_ref()
        .map(|v| v.judgement.label())
        .unwrap_or_default();
    match plan.milestone_in_force(model.current.kind) {
        Some(m) => msg::labelled(judgement, m.summary()),
        None => judgement.to_string(),
    }
}

/// The 与上期比较 cell of an entry: its changes, one a line.
fn compared_text(book: &Book, e: &Entry) -> String {
    let lines: Vec<String> = book
        .changes
        .of_entry(&e.task_id, &e.unit)
        .map(|c| c.describe())
        .collect();
    lines.join("\n")
}

fn line_unit<'t>(line: Line<'t>) -> Option<&'t str> {
    match line {
        Line::Single(u) => u,
        Line::Task => None,
        Line::Unit(u) => Some(u),
    }
}

/// 任务编号, 任务内容, 责任人, 牵头单位, 配合单位 of a line.
fn fixed_cells(task: &Task, line: Line) -> [String; 5] {
    match line {
        Line::Unit(u) => [
            task.id.clone(),
            String::new(),
            String::new(),
            u.to_string(),
            String::new(),
        ],
        // A per-unit ledger shows one unit's line of a multi-unit task.
        Line::Single(Some(u)) if task.reporting_units().count() > 1 => [
            task.id.clone(),
            task_text(task),
            msg::join(&task.leaders),
            u.to_string(),
            msg::join(&task.partner_units),
        ],
        _ => [
            task.id.clone(),
            task_text(task),
            msg::join(&task.leaders),
            msg::join(&task.lead_units),
            msg::join(&task.partner_units),
        ],
    }
}

/// 来源: the file on one line, "sheet / cell" on the next (narrow column, readable wrap).
fn source_text(place: &crate::model::Place) -> String {
    match (place.sheet.is_empty(), place.cell.is_empty()) {
        (true, true) => place.file.clone(),
        (false, true) => format!("{}\n{}", place.file, place.sheet),
        (_, false) => format!("{}\n{} / {}", place.file, place.sheet, place.cell),
    }
}

/// The task's text, with the register's notes ("责任人及牵头单位见附件3") below it.
fn task_text(task: &Task) -> String {
    if task.flags.is_empty() {
        task.text.clone()
    } else {
        let (text, notes) = (task.text.clone(), msg::clauses(&task.flags));
        msg::RenderMsg::TaskWithNotes { text, notes }.to_string()
    }
}

/// 状态, 进度, 进展情况 of one period; returns the 进展情况 written. A period with no data at
/// all stays empty.
fn write_period(
    ws: &mut Worksheet,
    book: &Book,
    row: u32,
    cols: [u16; 3],
    task: &Task,
    line: Line,
    period: Period,
) -> Result<String, XlsxError> {
    let st = &book.styles;
    let progress = book.model.period(period);
    let entry = progress.and_then(|p| line_unit(line).and_then(|u| p.entry(&task.id, u)));
    let status = match (progress, line) {
        (Some(p), Line::Task) | (Some(p), Line::Single(None)) => p.overall(task),
        (Some(_), _) => Some(entry_status(entry)),
        (None, _) => None,
    };
    let doubted = matches!(line, Line::Unit(_) | Line::Single(Some(_)))
        && entry.is_some_and(|e| e.contradiction.is_some());
    match status {
        Some(s) if doubted => {
            let marked = crate::msg::RenderMsg::StatusContradicted {
                status: s.label().to_string(),
            };
            ws.write_with_format(row, cols[0], marked.to_string(), st.status(s))?
        }
        Some(s) => ws.write_with_format(row, cols[0], s.label(), st.status(s))?,
        None => ws.write_blank(row, cols[0], &st.centre)?,
    };
    match entry.and_then(|e| e.percent) {
        Some(pc) => ws.write_with_format(row, cols[1], f64::from(pc) / 100.0, &st.percent)?,
        None => ws.write_blank(row, cols[1], &st.centre)?,
    };
    let text = entry.map(|e| e.progress.clone()).unwrap_or_default();
    write_text(ws, row, cols[2], &text, &st.body)?;
    Ok(text)
}

/// A unit line of a period that has data but no entry for it counts as 未反馈.
fn entry_status(entry: Option<&Entry>) -> crate::status::Status {
    entry.map_or(crate::status::Status::NoReport, |e| e.status)
}

fn write_text(ws: &mut Worksheet, row: u32, col: u16, text: &str, f: &Format) -> Result<(), XlsxError> {
    if text.is_empty() {
        ws.write_blank(row, col, f)?;
    } else {
        ws.write_with_format(row, col, text, f)?;
    }
    Ok(())
}
