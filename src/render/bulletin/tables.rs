//! The attachment tables: 附件1 进展情况汇总表 (landscape), 附件2 未按时报送单位名单 and, at
//! 全年, 附件3 年度考核情况.
//! The first row of each is the header row; the fixup marks it to repeat on every page. No
//! row is split across pages (`w:cantSplit`): a page never opens with a fragment of the row
//! before, and the texts are short enough (short names, excerpts of whole sentences) that a
//! row fits a page.
//! The 版记 is not a table: see [`super::layout::colophon`].

use super::assessment::ScoreRow;
use super::content::{SummaryRow, UnitRef};
use super::layout::{run, FANGSONG, HEITI, SIZE_TABLE, TEXT_W, TEXT_W_LANDSCAPE};
use docx_rs::{
    AlignmentType, HeightRule, LineSpacing, LineSpacingType, Paragraph, Table, TableCell, TableCellMargins,
    TableLayoutType, TableRow, VAlignType, WidthType,
};

/// Column headers; the columns' order is fixed by the rows built below.
const SUMMARY_HEAD: [&str; 6] = ["编号", "任务", "牵头单位", "状态", "进展情况", "备注"];
const UNITS_HEAD: [&str; 5] = ["序号", "单位名称", "报送情况", "报送日期", "牵头任务数"];
const SCORES_HEAD: [&str; 3] = ["名次", "单位名称", "得分"];

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

fn cell(text: &str, width: i32, font: &str, align: AlignmentType, valign: VAlignType) -> TableCell {
    TableCell::new()
        .width(width as usize, WidthType::Dxa)
        .vertical_align(valign)
        .add_paragraph(cell_text(text, font, SIZE_TABLE, align))
}

/// A table with a header row; `valign` places the body rows' text in their cells.
fn table(
    widths: &[i32],
    head: &[&str],
    rows: Vec<Vec<(String, AlignmentType)>>,
    valign: VAlignType,
) -> Table {
    let header = TableRow::new(
        head.iter()
            .zip(widths)
            .map(|(h, w)| cell(h, *w, HEITI, AlignmentType::Center, VAlignType::Center))
            .collect(),
    )
    .cant_split()
    .row_height(454.0)
    .height_rule(HeightRule::AtLeast);
    // At least 8 mm high, never split.
    let body = rows.into_iter().map(|r| {
        TableRow::new(
            r.iter()
                .zip(widths)
                .map(|((t, a), w)| cell(t, *w, FANGSONG, *a, valign))
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
        // 2 pt above and below the text, so that it does not touch the rules.
        .margins(TableCellMargins::new().margin(CELL_PAD, 108, CELL_PAD, 108))
}

/// Cell padding above and below the text, in twips.
const CELL_PAD: usize = 40;

/// 附件1: ID, short name, 牵头单位, status, progress excerpts, remarks, over the landscape
/// text width. Texts are set flush left: justified, a narrow cell stretches its lines.
pub(crate) fn summary(rows: &[SummaryRow]) -> Table {
    // 编号 fits "10.(3).12"; 牵头单位 seven characters of 小四 a line ("区扶贫开发中心");
    // 状态 four ("序时推进"); 备注 eight; 进展情况 takes what is left (about 17).
    let widths = [1150, 2400, 1900, 1250, 0, 2150];
    let last = TEXT_W_LANDSCAPE - widths.iter().sum::<i32>();
    let widths = [widths[0], widths[1], widths[2], widths[3], last, widths[5]];
    let c = AlignmentType::Center;
    let l = AlignmentType::Left;
    let rows = rows
        .iter()
        .map(|r| {
            vec![
                (r.id.clone(), c),
                (r.name.clone(), l),
                (r.units.clone(), c),
                (r.status.clone(), c),
                (r.progress.clone(), l),
                (r.remarks.clone(), l),
            ]
        })
        .collect();
    table(&widths, &SUMMARY_HEAD, rows, VAlignType::Center)
}

/// 附件2: units that reported late or not at all.
pub(crate) fn units(units: &[UnitRef]) -> Table {
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
    table(&widths, &UNITS_HEAD, rows, VAlignType::Center)
}

/// 附件3 (全年): the units by rank with their scores.
pub(crate) fn scores(rows: &[ScoreRow]) -> Table {
    let widths = [1400, 4945];
    let last = TEXT_W - widths.iter().sum::<i32>();
    let widths = [widths[0], widths[1], last];
    let c = AlignmentType::Center;
    let rows = rows
        .iter()
        .map(|r| vec![(r.rank.to_string(), c), (r.unit.clone(), c), (r.score.clone(), c)])
        .collect();
    table(&widths, &SCORES_HEAD, rows, VAlignType::Center)
}
