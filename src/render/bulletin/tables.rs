//! The two attachment tables: 附件1 进展情况汇总表 (landscape) and 附件2 未按时报送单位名单.
//! The first row of each is the header row; the fixup marks it to repeat on every page.

use super::content::{SummaryRow, UnitRef};
use super::layout::{run, FANGSONG, HEITI, SIZE_TABLE, TEXT_W, TEXT_W_LANDSCAPE};
use docx_rs::{
    AlignmentType, LineSpacing, LineSpacingType, Paragraph, Table, TableCell, TableLayoutType,
    TableRow, VAlignType, WidthType,
};

/// Column headers; the columns' order is fixed by the rows built below.
const SUMMARY_HEAD: [&str; 5] = ["编号", "任务内容", "牵头单位", "进展状态", "进展情况"];
const UNITS_HEAD: [&str; 5] = ["序号", "单位名称", "报送情况", "报送日期", "牵头任务数"];

fn cell_text(text: &str, font: &str, align: AlignmentType) -> Paragraph {
    Paragraph::new()
        .snap_to_grid(false)
        .line_spacing(
            LineSpacing::new()
                .line_rule(LineSpacingType::Exact)
                .line(340),
        )
        .align(align)
        .add_run(run(text, font, SIZE_TABLE))
}

fn cell(text: &str, width: i32, font: &str, align: AlignmentType) -> TableCell {
    TableCell::new()
        .width(width as usize, WidthType::Dxa)
        .vertical_align(VAlignType::Center)
        .add_paragraph(cell_text(text, font, align))
}

fn table(widths: &[i32], head: &[&str], rows: Vec<Vec<(String, AlignmentType)>>) -> Table {
    let header = TableRow::new(
        head.iter()
            .zip(widths)
            .map(|(h, w)| cell(h, *w, HEITI, AlignmentType::Center))
            .collect(),
    )
    .cant_split();
    let body = rows.into_iter().map(|r| {
        TableRow::new(
            r.iter()
                .zip(widths)
                .map(|((t, a), w)| cell(t, *w, FANGSONG, *a))
                .collect(),
        )
    });
    let total: i32 = widths.iter().sum();
    Table::new(std::iter::once(header).chain(body).collect())
        .set_grid(widths.iter().map(|w| *w as usize).collect())
        .width(total as usize, WidthType::Dxa)
        .layout(TableLayoutType::Fixed)
}

/// 附件1: ID, task, 牵头单位, status, progress summary, over the landscape text width.
pub fn summary(rows: &[SummaryRow]) -> Table {
    let widths = [1150, 4300, 2000, 1200];
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
    let widths = [900, 3445, 1700, 1700];
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
                (if u.date.is_empty() { "—".into() } else { u.date.clone() }, c),
                (u.tasks.to_string(), c),
            ]
        })
        .collect();
    table(&widths, &UNITS_HEAD, rows)
}
