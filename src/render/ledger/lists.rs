//! The two follow-up lists of the master ledger: 未报送 (units that reported late or not at
//! all this period, then, listed apart, units whose files were received but cannot be read;
//! each with the tasks they lead, their leaders and the evidence) and 异常 (every exception
//! of ingestion, plus low-confidence matches not already listed, each with file, sheet and
//! cell; undated returns and implausible dates among them).

use super::style::{list_layout, print_setup, Styles};
use super::{Book, EXCEPTIONS_SHEET, MISSING_SHEET};
use crate::model::{Entry, Exception, ExceptionKind, Place, Submission, Timeliness};
use crate::msg::{self, LayoutMsg, RenderMsg};
use crate::period::Period;
use crate::render::print::Paper;
use crate::render::xlsx::cjk_width;
use crate::render::xlsx::{fit_height, row_height, HEADER_SIZE};
use rust_xlsxwriter::{Workbook, Worksheet, XlsxError};

/// Columns of 未报送 with widths in CJK characters.
pub(crate) const MISSING_COLUMNS: [(&str, usize); 9] = [
    ("序号", 2),
    ("单位", 10),
    ("报送情况", 5),
    ("报送日期", 5),
    ("截止日期", 5),
    ("牵头任务数", 4),
    ("牵头任务", 40),
    ("责任人", 12),
    ("依据", 24),
];

/// Columns of 异常 with widths in CJK characters.
pub(crate) const EXCEPTION_COLUMNS: [(&str, usize); 10] = [
    ("序号", 2),
    ("类别", 7),
    ("时段", 5),
    ("文件", 14),
    ("工作表", 6),
    ("单元格", 3),
    ("单位", 9),
    ("任务编号", 5),
    ("说明", 26),
    ("原行内容", 30),
];

pub(crate) fn write_missing(wb: &mut Workbook, book: &Book) -> Result<(), XlsxError> {
    let current = book.model.current_progress();
    let ws = wb.add_worksheet().set_name(MISSING_SHEET)?;
    let title = LayoutMsg::MissingTitle {
        period: book.model.current.title(),
    }
    .to_string();
    // Late and missing first; received but unreadable apart, after them.
    let unreadable = current.units_by(Timeliness::Unreadable);
    let listed: Vec<&Submission> = current.accused().chain(unreadable).collect();
    let note = msg::RenderMsg::MissingSheetNote {
        deadline: current.deadline.format("%Y-%m-%d").to_string(),
        late: current.units_by(Timeliness::Late).count(),
        missing: current.units_by(Timeliness::Missing).count(),
        unreadable: current.units_by(Timeliness::Unreadable).count(),
    }
    .to_string();
    head(ws, book, &title, &note, &MISSING_COLUMNS)?;
    let deadline = current.deadline.format("%Y-%m-%d").to_string();
    for (i, s) in listed.iter().enumerate() {
        let unit = book.model.register.unit(&s.unit);
        let tasks = unit.map(|u| u.lead_tasks.as_slice()).unwrap_or_default();
        let cells = [
            (i + 1).to_string(),
            s.unit.clone(),
            s.timeliness.label().to_string(),
            s.date()
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
            deadline.clone(),
            tasks.len().to_string(),
            task_list(book, tasks),
            unit.map(|u| msg::join(&u.leaders)).unwrap_or_default(),
            s.grounds(),
        ];
        body_row(ws, &book.styles, 3 + i as u32, &cells, &MISSING_COLUMNS)?;
    }
    finish(ws, &title, listed.len(), &MISSING_COLUMNS, book.paper())
}

/// "1.(1).1 配强招商队伍" one task a line, by its short name.
fn task_list(book: &Book, ids: &[String]) -> String {
    ids.iter()
        .map(|id| match book.model.register.task(id) {
            Some(t) => format!("{id} {}", t.short_name()),
            None => id.clone(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub(crate) fn write_exceptions(wb: &mut Workbook, book: &Book) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet().set_name(EXCEPTIONS_SHEET)?;
    let title = LayoutMsg::ExceptionsTitle {
        period: book.model.current.title(),
    }
    .to_string();
    // What needs the office first (low-confidence matches among them); rows listed only for
    // the record (a replaced return's, a later period's) at the end.
    let (act, info): (Vec<&Exception>, Vec<&Exception>) =
        book.model.exceptions.iter().partition(|e| e.kind.needs_action());
    let mut rows: Vec<[String; 10]> = act.into_iter().map(exception_cells).collect();
    rows.extend(
        unlisted_reviews(book)
            .into_iter()
            .map(|(p, e)| review_cells(p, e)),
    );
    let act = rows.len();
    rows.extend(info.iter().copied().map(exception_cells));
    for (i, r) in rows.iter_mut().enumerate() {
        r[0] = (i + 1).to_string();
    }
    let note = exceptions_note(rows.len(), act, &info);
    head(ws, book, &title, &note, &EXCEPTION_COLUMNS)?;
    for (i, cells) in rows.iter().enumerate() {
        body_row(ws, &book.styles, 3 + i as u32, cells, &EXCEPTION_COLUMNS)?;
    }
    finish(ws, &title, rows.len(), &EXCEPTION_COLUMNS, book.paper())
}

/// The 异常 note: how many rows, which of them to check, which are there for the record.
fn exceptions_note(total: usize, act: usize, info: &[&Exception]) -> String {
    let mut by_kind: std::collections::BTreeMap<ExceptionKind, usize> = Default::default();
    for e in info {
        *by_kind.entry(e.kind).or_default() += 1;
    }
    let kinds = msg::join(by_kind.into_iter().map(|(k, n)| {
        let label = k.label().to_string();
        RenderMsg::InfoCount { label, n }.to_string()
    }));
    match (act, info.len()) {
        (_, 0) => RenderMsg::ExceptionsNote { total },
        (0, _) => RenderMsg::ExceptionsNoteAllInfo { total, kinds },
        _ => RenderMsg::ExceptionsNoteSomeInfo { total, act, kinds },
    }
    .to_string()
}

fn place_cells(place: &Place) -> [String; 3] {
    [place.file.clone(), place.sheet.clone(), place.cell.clone()]
}

fn exception_cells(e: &Exception) -> [String; 10] {
    let [file, sheet, cell] = place_cells(&e.place);
    [
        String::new(),
        e.kind.label().to_string(),
        e.period.map(|p| p.title()).unwrap_or_default(),
        file,
        sheet,
        cell,
        e.unit.clone().unwrap_or_default(),
        e.task_id.clone().unwrap_or_default(),
        e.message.clone(),
        e.row_text.clone(),
    ]
}

/// Entries kept on a low-confidence match that no Review exception already names.
fn unlisted_reviews<'a>(book: &'a Book) -> Vec<(Period, &'a Entry)> {
    let listed = |place: &Place| {
        book.model
            .exceptions
            .iter()
            .any(|x| x.kind == ExceptionKind::Review && x.place == *place)
    };
    book.model
        .periods
        .iter()
        .flat_map(|p| p.entries.iter().map(move |e| (p.period, e)))
        .filter(|(_, e)| e.matched.as_ref().is_some_and(|m| m.review))
        .filter(|(_, e)| e.source.as_ref().is_none_or(|s| !listed(s)))
        .collect()
}

fn review_cells(period: Period, e: &Entry) -> [String; 10] {
    let [file, sheet, cell] = e.source.as_ref().map(place_cells).unwrap_or_default();
    let how = e
        .matched
        .as_ref()
        .map(|m| {
            let (method, similarity) = (m.method.label().to_string(), m.confidence);
            RenderMsg::ReviewHow { method, similarity }.to_string()
        })
        .unwrap_or_default();
    [
        String::new(),
        ExceptionKind::Review.label().to_string(),
        period.title(),
        file,
        sheet,
        cell,
        e.unit.clone(),
        e.task_id.clone(),
        how,
        e.progress.clone(),
    ]
}

/// Title (row 0) and note (row 1) over the first printed page, header (row 2) of a list
/// sheet.
pub(super) fn head(
    ws: &mut Worksheet,
    book: &Book,
    title: &str,
    note: &str,
    columns: &[(&str, usize)],
) -> Result<(), XlsxError> {
    let st = &book.styles;
    let layout = list_layout(book.paper(), columns, 2);
    let last = layout.first_page_last();
    ws.merge_range(0, 0, 0, last, title, &st.title)?;
    ws.set_row_height(0, 32)?;
    ws.merge_range(1, 0, 1, last, note, &st.note)?;
    ws.set_row_height(1, fit_height(&[(note, layout.first_page_chars())]))?;
    for (c, (name, width)) in columns.iter().enumerate() {
        ws.write_with_format(2, c as u16, *name, &st.header)?;
        ws.set_column_width(c as u16, cjk_width(*width))?;
    }
    let labels: Vec<(&str, f64, f64)> = columns
        .iter()
        .map(|(name, width)| (*name, cjk_width(*width), HEADER_SIZE))
        .collect();
    ws.set_row_height(2, row_height(&labels))?;
    Ok(())
}

pub(super) fn body_row(
    ws: &mut Worksheet,
    st: &Styles,
    row: u32,
    cells: &[String],
    columns: &[(&str, usize)],
) -> Result<(), XlsxError> {
    for (c, text) in cells.iter().enumerate() {
        // Short codes and counts centred, text left.
        let f = if text.chars().count() <= 4 && text.chars().all(|c| c.is_ascii_digit()) {
            &st.centre
        } else {
            &st.body
        };
        ws.write_with_format(row, c as u16, text, f)?;
    }
    let sized: Vec<(&str, usize)> = cells
        .iter()
        .zip(columns)
        .map(|(t, (_, w))| (t.as_str(), *w))
        .collect();
    ws.set_row_height(row, fit_height(&sized))?;
    Ok(())
}

/// Autofilter, frozen header and print setup (on `paper`, 序号 and the next column repeated
/// when the list takes pages side by side); a "无" row when the list is empty.
pub(super) fn finish(
    ws: &mut Worksheet,
    title: &str,
    rows: usize,
    columns: &[(&str, usize)],
    paper: Paper,
) -> Result<(), XlsxError> {
    let last_col = columns.len() as u16 - 1;
    if rows == 0 {
        ws.write(3, 1, LayoutMsg::NothingListed.to_string())?;
    }
    ws.autofilter(2, 0, 2 + rows.max(1) as u32, last_col)?;
    ws.set_freeze_panes(3, 0)?;
    print_setup(ws, title, 2, &list_layout(paper, columns, 2))?;
    Ok(())
}
