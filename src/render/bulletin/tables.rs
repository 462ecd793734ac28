//! The two attachment tables: 附件1 进展情况汇总表 (landscape) and 附件2 未按时报送单位名单.
//! The first row of each is the header row; the fixup marks it to repeat on every page.

use super::content::{SummaryRow, UnitRef};
use super::layout::{run, FANGSONG, HEITI, SIZE_4, SIZE_TABLE, TEXT_H, TEXT_W, TEXT_W_LANDSCAPE};
use docx_rs::{
    AlignmentType, BorderType, HeightRule, LineSpacing, LineSpacingType, Paragraph, Table, TableBorder,
    TableBorderPosition, TableBorders, TableCell, TableLayoutType, TablePositionProperty, TableRow,
    VAlignType, WidthType,
};

/// Column headers; the columns' order is fixed by the rows built below.
const SUMMARY_HEAD: [&str; 5] = ["编号", "任务内容", "牵头单位", "进展状态", "进展情况"];
const UNITS_HEAD: [&str; 5] = ["序号", "单位名称", "报送情况", "报送日期", "牵头任务数"];

fn cell_text(text: &str, font: &str, size: usize, align: AlignmentType) -> Paragraph {
    Paragraph::new()
        .snap_to_grid(false)
        .line_spacing(
            LineSpacing::new()
                .line_rule(LineSpacingType::Exact)
                .line(size as i32 * 12),
        )
        .align(align)
        .add_run(run(text, font, size))
}

fn cell(text: &str, width: i32, font: &str, align: AlignmentType) -> TableCell {
    TableCell::new()
        .width(width as usize, WidthType::Dxa)
        .vertical_align(VAlignType::Center)
        .add_paragraph(cell_text(text, font, SIZE_TABLE, align))
}

fn table(widths: &[i32], head: &[&str], rows: Vec<Vec<(String, AlignmentType)>>) -> Table {
    let header = TableRow::new(
        head.iter()
            .zip(widths)
            .map(|(h, w)| cell(h, *w, HEITI, AlignmentType::Center))
            .collect(),
    )
    .cant_split()
    .row_height(454.0)
    .height_rule(HeightRule::AtLeast);
    // Rows never split across pages; at least 8 mm high.
    let body = rows.into_iter().map(|r| {
        TableRow::new(
            r.iter()
                .zip(widths)
                .map(|((t, a), w)| cell(t, *w, FANGSONG, *a))
                .collect(),
        )
        .cant_split()
        .row_height(454.0)
        .height_rule(HeightRule::AtLeast)
    });
    let total: i32 = widths.iter().sum();
    Table::new(std::iter::once(header).chain(body).collect())
        .set_grid(widths.iter().map(|w| *w as usize).collect())
        .width(total as usize, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
}

/// 附件1: ID, task, 牵头单位, status, progress summary, over the landscape text width.
pub fn summary(rows: &[SummaryRow]) -> Table {
    let widths = [1100, 3500, 1800, 1300];
    let last = TEXT_W_LANDSCAPE - widths.iter().sum::<i32>();
    let widths = [widths[0], widths[1], widths[2], widths[3], last];
    let c = AlignmentType::Center;
    let l = AlignmentType::Both;
    let rows = rows
        .iter()
        .map(|r| {
            vec![
                (r.id.clone(), c),
                (r.text.clone(), l),
                (r.units.clone(), c),
                (r.status.clone(), c),
                (r.progress.clone(), l),
            ]
        })
        .collect();
    table(&widths, &SUMMARY_HEAD, rows)
}

/// 附件2: units that reported late or not at all.
pub fn units(units: &[UnitRef]) -> Table {
    let widths = [800, 3045, 1400, 2100];
    let last = TEXT_W - widths.iter().sum::<i32>();
    let widths = [widths[0], widths[1], widths[2], widths[3], last];
    let c = AlignmentType::Center;
    let rows = units
        .iter()
        .map(|u| {
            vec![
                (u.no.to_string(), c),
                (u.name.clone(), c),
                (u.status.clone(), c),
                (
                    if u.date.is_empty() {
                        "—".into()
                    } else {
                        u.date.clone()
                    },
                    c,
                ),
                (u.tasks.to_string(), c),
            ]
        })
        .collect();
    table(&widths, &UNITS_HEAD, rows)
}

/// 版记 at the foot of the last page: the 抄送 lines, then the 印发 line (office at the
/// left, date at the right), between rules (thick first and last, thin between), in a
/// table floating at the bottom of the text area.
pub fn colophon(cc: &[String], printed: &[String]) -> Table {
    const ROW: i32 = 482;
    // Word puts it at the foot of the text area (tblpYSpec="bottom"). LibreOffice 7.4 does
    // not float tables as wide as the text and lays it out in the flow, after 附件2.
    // A hair narrower than the text area: LibreOffice lays a floating table exactly as wide
    // as the text into the flow instead of floating it.
    let width = TEXT_W - 20;
    let half = width * 3 / 5;
    let indent = |p: Paragraph, left: bool| match left {
        true => p.indent(Some(280), None, None, None),
        false => p.indent(None, None, Some(280), None),
    };
    let text = |t: &str, align| {
        let left = !matches!(align, AlignmentType::Right);
        indent(cell_text(t, FANGSONG, SIZE_4, align), left)
    };
    let mut rows: Vec<TableRow> = cc
        .iter()
        .map(|l| {
            TableRow::new(vec![TableCell::new()
                .width(width as usize, WidthType::Dxa)
                .grid_span(2)
                .add_paragraph(text(l, AlignmentType::Left))])
        })
        .collect();
    for l in printed {
        let (left, right) = l.split_once('|').unwrap_or((l.as_str(), ""));
        rows.push(TableRow::new(vec![
            TableCell::new()
                .width(half as usize, WidthType::Dxa)
                .add_paragraph(text(left, AlignmentType::Left)),
            TableCell::new()
                .width((width - half) as usize, WidthType::Dxa)
                .add_paragraph(text(right, AlignmentType::Right)),
        ]));
    }
    let rule = |pos, size| {
        TableBorder::new(pos)
            .border_type(BorderType::Single)
            .size(size)
            .color("000000")
    };
    let borders = TableBorders::with_empty()
        .set(rule(TableBorderPosition::Top, 8))
        .set(rule(TableBorderPosition::Bottom, 8))
        .set(rule(TableBorderPosition::InsideH, 4));
    let height = ROW * rows.len() as i32;
    let rows = rows
        .into_iter()
        .map(|r| r.row_height(ROW as f32).height_rule(HeightRule::Exact))
        .collect();
    Table::without_borders(rows)
        .set_borders(borders)
        .set_grid(vec![half as usize, (width - half) as usize])
        .width(width as usize, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
        .position(
            TablePositionProperty::new()
                .vertical_anchor("margin")
                .horizontal_anchor("margin")
                .position_x_alignment("center")
                .position_y_alignment("bottom")
                // LibreOffice ignores tblpYSpec; Word ignores tblpY when tblpYSpec is set.
                .position_y(TEXT_H - height),
        )
}
