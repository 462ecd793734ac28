//! 汇总's last table, 六、与上期比较: every regression (状态回退) and every task lagging or not
//! started two periods in a row (连续滞后) of the `compare` stage, one line per unit, with
//! both statuses in their colours; and how many entries were 与上期雷同. The evidence (both
//! periods' file / sheet / cell) is in the run report's 与上期比较 sheet.

use super::style::Styles;
use super::Book;
use crate::compare::ChangeKind;
use crate::msg::{CompareMsg, LayoutMsg};
use crate::render::xlsx::fit_height;
use rust_xlsxwriter::{Worksheet, XlsxError};

/// The table's title (tests and readers find it by this).
pub(crate) const BY_CHANGE: &str = "六、与上期比较（状态回退、连续滞后）";
/// Its header, over columns A, B:D, E, F, G:J.
pub(crate) const HEADER: [&str; 5] = ["任务", "牵头单位", "上期", "本期", "说明"];

/// Writes the table from `row` across `width` columns; returns the row after it.
pub(crate) fn write(
    ws: &mut Worksheet,
    st: &Styles,
    book: &Book,
    row: u32,
    width: u16,
) -> Result<u32, XlsxError> {
    let last = width - 1;
    ws.merge_range(row, 0, row, last, BY_CHANGE, &st.programme)?;
    ws.set_row_height(row, 20)?;
    let spans: [(u16, u16); 5] = [(0, 0), (1, 3), (4, 4), (5, 5), (6, last)];
    for (h, (a, b)) in HEADER.iter().zip(spans) {
        cell(ws, row + 1, (a, b), h, &st.header)?;
    }
    let model = book.model;
    let mut r = row + 2;
    let listed = book
        .changes
        .changes
        .iter()
        .filter(|c| c.kind != ChangeKind::Copied && book.scope.includes_id(&c.task_id));
    for c in listed {
        let task = model
            .register
            .task(&c.task_id)
            .map_or(String::new(), |t| t.short_name());
        let task = LayoutMsg::Tagged {
            tag: c.task_id.clone(),
            text: task,
        }
        .to_string();
        let note = c.describe();
        cell(ws, r, spans[0], &task, &st.body)?;
        cell(ws, r, spans[1], &c.unit, &st.body)?;
        cell(
            ws,
            r,
            spans[2],
            c.previous.status.label(),
            st.status(c.previous.status),
        )?;
        cell(ws, r, spans[3], c.status.label(), st.status(c.status))?;
        cell(ws, r, spans[4], &note, &st.changed)?;
        ws.set_row_height(r, fit_height(&[(&task, 18), (&c.unit, 15), (&note, 20)]))?;
        r += 1;
    }
    let none = if model.previous_progress().is_none() {
        Some(CompareMsg::SummaryNoPrevious.to_string())
    } else if r == row + 2 {
        Some(CompareMsg::SummaryNone.to_string())
    } else {
        None
    };
    if let Some(text) = none {
        ws.merge_range(r, 0, r, last, &text, &st.body)?;
        r += 1;
    }
    let copied = book.changes.of_kind(ChangeKind::Copied).count();
    if copied > 0 {
        ws.merge_range(
            r,
            0,
            r,
            last,
            &CompareMsg::SummaryCopied { n: copied }.to_string(),
            &st.changed,
        )?;
        ws.set_row_height(r, 28)?;
        r += 1;
    }
    Ok(r + 1)
}

fn cell(
    ws: &mut Worksheet,
    row: u32,
    (a, b): (u16, u16),
    text: &str,
    f: &rust_xlsxwriter::Format,
) -> Result<(), XlsxError> {
    if a == b {
        ws.write_with_format(row, a, text, f)?;
    } else {
        ws.merge_range(row, a, row, b, text, f)?;
    }
    Ok(())
}
