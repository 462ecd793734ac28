//! The ledger's look: status colours, the cell formats every sheet shares, the colour legend
//! and the print setup (paper and pages by [`crate::render::print`], repeated title rows,
//! page numbers).

use crate::render::print::{self, Layout, Paper};
use crate::render::xlsx::{body_format, cjk_width, header_format, title_format};
use crate::status::Status;
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Worksheet, XlsxError};

/// Fill and font colour of a status: 已完成 green, 序时推进 blue, 滞后 red, 未启动 grey,
/// 未反馈 yellow. Charts use the same fills so a colour means one thing everywhere.
pub(crate) fn status_colours(status: Status) -> (&'static str, &'static str) {
    match status {
        Status::Completed => ("C6EFCE", "006100"),
        Status::OnTrack => ("BDD7EE", "1F4E78"),
        Status::Lagging => ("FFC7CE", "9C0006"),
        Status::NotStarted => ("D9D9D9", "404040"),
        Status::NoReport => ("FFEB9C", "7F6000"),
    }
}

/// A stronger shade of each status colour for chart slices and bars.
pub(crate) fn chart_colour(status: Status) -> &'static str {
    match status {
        Status::Completed => "70AD47",
        Status::OnTrack => "5B9BD5",
        Status::Lagging => "E0464F",
        Status::NotStarted => "A5A5A5",
        Status::NoReport => "FFC000",
    }
}

/// The formats of one workbook, built once.
pub(crate) struct Styles {
    pub(crate) title: Format,
    pub(crate) note: Format,
    pub(crate) header: Format,
    pub(crate) body: Format,
    pub(crate) centre: Format,
    pub(crate) percent: Format,
    pub(crate) programme: Format,
    pub(crate) section: Format,
    /// A multi-unit task's own line (bold text) above its unit lines.
    pub(crate) task_line: Format,
    pub(crate) total: Format,
    pub(crate) total_centre: Format,
    /// A 与上期比较 cell with a finding (与上期雷同, 状态回退, 连续滞后): orange.
    pub(crate) changed: Format,
    status: Vec<Format>,
}

impl Styles {
    pub(crate) fn new() -> Styles {
        let centre = body_format()
            .set_align(FormatAlign::Center)
            .set_align(FormatAlign::VerticalCenter);
        Styles {
            title: title_format(),
            note: Format::new()
                .set_font_name("宋体")
                .set_font_size(10)
                .set_text_wrap()
                .set_align(FormatAlign::VerticalCenter),
            header: header_format(),
            body: body_format(),
            percent: centre.clone().set_num_format("0%"),
            centre,
            programme: group_format(12, "F2F2F2"),
            section: group_format(11, "FAFAFA"),
            task_line: body_format().set_bold(),
            total: body_format().set_bold().set_background_color("F2F2F2"),
            total_centre: body_format()
                .set_bold()
                .set_background_color("F2F2F2")
                .set_align(FormatAlign::Center)
                .set_align(FormatAlign::VerticalCenter),
            changed: body_format()
                .set_bold()
                .set_font_color("C65911")
                .set_background_color("FCE4D6"),
            status: Status::ALL.iter().map(|s| status_format(*s)).collect(),
        }
    }

    pub(crate) fn status(&self, status: Status) -> &Format {
        let i = Status::ALL.iter().position(|s| *s == status).unwrap_or(0);
        &self.status[i]
    }
}

impl Default for Styles {
    fn default() -> Self {
        Styles::new()
    }
}

fn group_format(size: u32, fill: &str) -> Format {
    Format::new()
        .set_bold()
        .set_font_name("黑体")
        .set_font_size(size)
        .set_align(FormatAlign::Left)
        .set_align(FormatAlign::VerticalCenter)
        .set_text_wrap()
        .set_border(FormatBorder::Thin)
        .set_background_color(fill)
}

fn status_format(status: Status) -> Format {
    let (fill, font) = status_colours(status);
    Format::new()
        .set_font_name("宋体")
        .set_font_size(10)
        .set_bold()
        .set_font_color(font)
        .set_background_color(fill)
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_text_wrap()
        .set_border(FormatBorder::Thin)
}

/// Writes the five coloured status cells from (`row`, `col`), after a "图例：" cell when
/// `label` is set.
pub(crate) fn legend(
    ws: &mut Worksheet,
    styles: &Styles,
    row: u32,
    col: u16,
    label: bool,
) -> Result<(), XlsxError> {
    let mut col = col;
    if label {
        ws.write_with_format(row, col, "图例：", &styles.note)?;
        col += 1;
    }
    for (i, s) in Status::ALL.iter().enumerate() {
        ws.write_with_format(row, col + i as u16, s.label(), styles.status(*s))?;
    }
    Ok(())
}

/// The planned paper and pages ([`print::setup_titled`]): the sheet's title (row 0) in the
/// page header of every page instead of its row, printing from the note in row 1, the header
/// rows `2..=repeat_to` on every page (none when `repeat_to` < 2), the page count in the
/// footer ([`print::page_footer`]).
pub(crate) fn print_setup(
    ws: &mut Worksheet,
    title: &str,
    repeat_to: u32,
    layout: &Layout,
) -> Result<(), XlsxError> {
    let header = (repeat_to >= 2).then_some((2, repeat_to));
    print::setup_titled(ws, layout, title, 1, header)?;
    ws.set_footer(print::page_footer(None));
    Ok(())
}

/// The layout of a list of `columns` (widths in CJK characters): a page may start at any
/// column, the first `repeat` repeated.
pub(crate) fn list_layout(paper: Paper, columns: &[(&str, usize)], repeat: u16) -> Layout {
    Layout {
        paper,
        widths: columns.iter().map(|(_, w)| cjk_width(*w)).collect(),
        groups: (1..columns.len() as u16).collect(),
        repeat,
    }
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`.
pub(crate) fn sheet_name(name: &str) -> String {
    name.chars()
        .map(|c| if "[]:*?/\\".contains(c) { '_' } else { c })
        .take(31)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_fit_excel() {
        assert_eq!(sheet_name("十大工程"), "十大工程");
        let long = "很".repeat(40);
        assert_eq!(sheet_name(&long).chars().count(), 31);
        assert_eq!(sheet_name("a/b[1]"), "a_b_1_");
    }

    #[test]
    fn every_status_has_its_own_colour() {
        let fills: std::collections::BTreeSet<_> = Status::ALL.iter().map(|s| status_colours(*s).0).collect();
        assert_eq!(fills.len(), Status::ALL.len());
    }
}
