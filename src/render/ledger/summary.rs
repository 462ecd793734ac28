//! 汇总: the current period in numbers — tasks by status, units by timeliness, status by
//! programme, by unit and by leader, then 六、与上期比较 ([`super::changes`]) — and three
//! native charts (status distribution, completion by programme, the units' 考核 scores).
//! Counts come from [`PeriodProgress::status_counts`] and the entries and
//! submissions of the model, so the sheet and the bulletin agree.

use super::style::{chart_colour, legend, print_setup, Styles};
use super::{Book, SUMMARY_SHEET};
use crate::model::{Judgement, PeriodProgress, Timeliness};
use crate::msg::LayoutMsg;
use crate::register::{Attachment, Task};
use crate::render::print::{column_points, Layout, Paper};
use crate::render::xlsx::{cjk_width, fit_height, row_height, BODY_SIZE};
use crate::status::Status;
use rust_xlsxwriter::{
    Chart, ChartDataLabel, ChartFont, ChartFormat, ChartLegendPosition, ChartSolidFill, ChartType, Workbook,
    Worksheet, XlsxError,
};
use std::collections::BTreeMap;

/// Section titles, in sheet order (tests and readers find the tables by them).
pub(crate) const BY_STATUS: &str = "一、按状态统计（任务数）";
pub(crate) const BY_TIMELINESS: &str = "二、报送情况（单位数）";
pub(crate) const BY_PROGRAMME: &str = "三、按工程统计（任务数）";
pub(crate) const BY_UNIT: &str = "四、按牵头单位统计（牵头任务数）";
pub(crate) const BY_LEADER: &str = "五、按责任人统计（任务数）";
/// After 六、与上期比较, only when some unit sent a 节点计划.
pub(crate) const BY_PLAN: &str = "七、按节点计划对照（任务数）";
const WIDTH: u16 = 10;
/// Widths of the table columns in CJK characters: the labels, then the counts.
const LABEL_CHARS: usize = 18;
const COUNT_CHARS: usize = 5;
/// The charts stand right of the tables from this column, each at most this wide (pixels).
const CHART_COL: u16 = WIDTH + 1;
const CHART_PIXELS: u32 = 640;

enum Cell {
    Text(String),
    /// Text over this column and the next (the 合计 row's tallies).
    Wide(String),
    Status(Status),
    Count(usize),
    Ratio(f64),
}

struct Table {
    title: &'static str,
    header: Vec<String>,
    rows: Vec<Vec<Cell>>,
    total: Option<Vec<Cell>>,
}

pub(crate) fn write_sheet(wb: &mut Workbook, book: &Book) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet().set_name(SUMMARY_SHEET)?;
    let st = &book.styles;
    let title = LayoutMsg::SummaryTitle {
        district: book.settings.district.clone(),
        period: book.model.current.title(),
    }
    .to_string();
    ws.merge_range(0, 0, 0, WIDTH - 1, &title, &st.title)?;
    ws.set_row_height(0, 32)?;
    legend(ws, st, 1, 1, true)?;
    ws.set_column_width(0, cjk_width(LABEL_CHARS))?;
    for c in 1..WIDTH {
        ws.set_column_width(c, cjk_width(COUNT_CHARS))?;
    }
    let current = book.model.current_progress();
    let status_rows = write_table(ws, st, 3, &by_status(book, current))?;
    let next = write_table(ws, st, status_rows.1 + 1, &by_timeliness(current))?;
    let programme_rows = write_table(ws, st, next.1 + 1, &by_programme(book, current))?;
    let next = write_table(ws, st, programme_rows.1 + 1, &by_unit(book, current))?;
    let next = write_table(ws, st, next.1 + 1, &by_leader(book, current))?;
    let mut next = (0, super::changes::write(ws, st, book, next.1 + 1, WIDTH)?);
    if !book.model.plans.is_empty() {
        next = write_table(ws, st, next.1, &by_plan(book))?;
    }
    let note = LayoutMsg::SummaryNote.to_string();
    let note = note.as_str();
    ws.merge_range(next.1, 0, next.1, WIDTH - 1, note, &st.note)?;
    let layout = layout(book.paper());
    let width = layout.span_width(0, WIDTH - 1);
    ws.set_row_height(next.1, row_height(&[(note, width, BODY_SIZE)]))?;
    insert_charts(ws, book, status_rows, programme_rows)?;
    insert_score_charts(ws, book, &layout, next.1 + 2)?;
    print_setup(ws, &title, 0, &layout)?;
    Ok(())
}

/// The score charts below the tables, from `row`: two side by side on a page of their own
/// (a page break before each pair), each as tall as a printed page holds, so that no chart
/// is cut by a page's edge.
fn insert_score_charts(ws: &mut Worksheet, book: &Book, layout: &Layout, row: u32) -> Result<(), XlsxError> {
    let (page_width, page_height) = layout.page_pixels();
    // Two charts over the tables' width, less room for the header and footer.
    let tables = column_points(layout.span_width(0, WIDTH - 1)) / 0.75;
    let width = (tables.min(page_width) / 2.0 - 2.0 * GAP) as u32;
    let (charts, tallest) =
        super::scores::score_charts(book, &chart_font(), width, (page_height - 40.0) as u32);
    // Rows below the tables keep the default height, 20 pixels.
    let rows_per_page = tallest.div_ceil(DEFAULT_ROW_PIXELS) + 2;
    let mut breaks = Vec::new();
    for (i, chart) in charts.iter().enumerate() {
        let at = row + (i / 2) as u32 * rows_per_page;
        if i % 2 == 0 {
            breaks.push(at);
            ws.insert_chart(at, 0, chart)?;
        } else {
            // The second chart starts GAP pixels right of the first, in whichever column that is.
            let mut x = f64::from(width) + 2.0 * GAP;
            let mut col = 0;
            while col + 1 < WIDTH && x >= column_pixels(&layout.widths, col) {
                x -= column_pixels(&layout.widths, col);
                col += 1;
            }
            ws.insert_chart_with_offset(at, col, chart, x as u32, 0)?;
        }
    }
    ws.set_page_breaks(&breaks)?;
    Ok(())
}

/// Pixels between the two charts of a page.
const GAP: f64 = 8.0;
/// Excel's default row height, 15 pt, in pixels.
const DEFAULT_ROW_PIXELS: u32 = 20;

fn column_pixels(widths: &[f64], col: u16) -> f64 {
    column_points(widths[col as usize]) / 0.75
}

/// The tables, a blank column, and the charts' columns (Excel's default width, 64 pixels);
/// the charts go on a page of their own when the paper is too narrow for both.
fn layout(paper: Paper) -> Layout {
    let mut widths = vec![cjk_width(LABEL_CHARS)];
    widths.extend((1..WIDTH).map(|_| cjk_width(COUNT_CHARS)));
    let chart_cols = CHART_PIXELS.div_ceil(64) as usize;
    widths.extend(std::iter::repeat_n(DEFAULT_WIDTH, 1 + chart_cols));
    Layout {
        paper,
        widths,
        groups: vec![CHART_COL],
        repeat: 0,
    }
}

/// Excel's default column width.
const DEFAULT_WIDTH: f64 = 8.43;

/// Writes a titled table from `row`; returns (first body row, row after the table).
fn write_table(ws: &mut Worksheet, st: &Styles, row: u32, table: &Table) -> Result<(u32, u32), XlsxError> {
    ws.merge_range(row, 0, row, WIDTH - 1, table.title, &st.programme)?;
    ws.set_row_height(row, 20)?;
    for (c, h) in table.header.iter().enumerate() {
        let f = Status::ALL
            .iter()
            .find(|s| s.label() == h)
            .map_or(&st.header, |s| st.status(*s));
        ws.write_with_format(row + 1, c as u16, h, f)?;
    }
    let first = row + 2;
    for (i, cells) in table.rows.iter().enumerate() {
        write_cells(ws, st, first + i as u32, cells, false)?;
    }
    let mut next = first + table.rows.len() as u32;
    if let Some(total) = &table.total {
        write_cells(ws, st, next, total, true)?;
        next += 1;
    }
    Ok((first, next + 1))
}

fn write_cells(
    ws: &mut Worksheet,
    st: &Styles,
    row: u32,
    cells: &[Cell],
    total: bool,
) -> Result<(), XlsxError> {
    for (c, cell) in cells.iter().enumerate() {
        let c = c as u16;
        let plain = if total { &st.total_centre } else { &st.centre };
        match cell {
            Cell::Wide(t) => ws.merge_range(row, c, row, c + 1, t, plain)?,
            Cell::Text(t) if c == 0 => {
                ws.write_with_format(row, c, t, if total { &st.total } else { &st.body })?
            }
            Cell::Text(t) => ws.write_with_format(row, c, t, plain)?,
            Cell::Status(s) => ws.write_with_format(row, c, s.label(), st.status(*s))?,
            Cell::Count(n) => ws.write_with_format(row, c, *n as f64, plain)?,
            Cell::Ratio(r) => ws.write_with_format(row, c, *r, &st.percent)?,
        };
    }
    // Nothing sizes rows on opening: a label longer than its cell gets the lines it needs.
    let sized: Vec<(&str, usize)> = cells
        .iter()
        .enumerate()
        .filter_map(|(c, cell)| match cell {
            Cell::Text(t) if c == 0 => Some((t.as_str(), LABEL_CHARS)),
            Cell::Text(t) => Some((t.as_str(), COUNT_CHARS)),
            Cell::Wide(t) => Some((t.as_str(), 2 * COUNT_CHARS)),
            _ => None,
        })
        .collect();
    let height = fit_height(&sized);
    if height > fit_height(&[]) {
        ws.set_row_height(row, height)?;
    }
    Ok(())
}

fn status_header(first: &str, before: &[&str], after: &[&str]) -> Vec<String> {
    let mut h: Vec<String> = std::iter::once(first)
        .chain(before.iter().copied())
        .map(String::from)
        .collect();
    h.extend(Status::ALL.iter().map(|s| s.label().to_string()));
    h.extend(after.iter().map(|s| s.to_string()));
    h
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

fn by_status(book: &Book, current: &PeriodProgress) -> Table {
    let reg = &book.model.register;
    let per_att: Vec<BTreeMap<Status, usize>> = Attachment::ALL
        .iter()
        .map(|a| current.status_counts(reg.tasks_in(*a)))
        .collect();
    let all = current.status_counts(reg.tasks.iter());
    let sum: usize = all.values().sum();
    let mut header = vec!["状态".to_string()];
    header.extend(Attachment::ALL.iter().map(|a| a.title().to_string()));
    header.extend(["合计".to_string(), "占比".to_string()]);
    let rows = Status::ALL
        .iter()
        .map(|s| {
            let mut r = vec![Cell::Status(*s)];
            r.extend(per_att.iter().map(|m| Cell::Count(m[s])));
            r.extend([Cell::Count(all[s]), Cell::Ratio(ratio(all[s], sum))]);
            r
        })
        .collect();
    let mut total = vec![Cell::Text("合计".into())];
    total.extend(per_att.iter().map(|m| Cell::Count(m.values().sum())));
    total.extend([Cell::Count(sum), Cell::Ratio(ratio(sum, sum))]);
    Table {
        title: BY_STATUS,
        header,
        rows,
        total: Some(total),
    }
}

/// Tasks by their judgement against the units' milestones, per attachment, and those without
/// a plan (counted like 一、: tasks of the 1311 projects by project, groups-only tasks not).
fn by_plan(book: &Book) -> Table {
    let model = book.model;
    let reg = &model.register;
    let per_att: Vec<_> = Attachment::ALL
        .iter()
        .map(|a| model.judgement_counts(reg.tasks_in(*a).filter(|t| book.scope.includes(t))))
        .collect();
    let all = model.judgement_counts(reg.tasks.iter().filter(|t| book.scope.includes(t)));
    let sum = all.0.values().sum::<usize>() + all.1;
    let mut header = vec!["对照结果".to_string()];
    header.extend(Attachment::ALL.iter().map(|a| a.title().to_string()));
    header.extend(["合计".to_string(), "占比".to_string()]);
    let row = |label: &str, count: &dyn Fn(&Judged) -> usize| {
        let mut r = vec![Cell::Text(label.to_string())];
        r.extend(per_att.iter().map(|m| Cell::Count(count(m))));
        r.extend([Cell::Count(count(&all)), Cell::Ratio(ratio(count(&all), sum))]);
        r
    };
    let mut rows: Vec<Vec<Cell>> = Judgement::ALL
        .iter()
        .map(|j| row(j.label(), &|m| m.0.get(j).copied().unwrap_or(0)))
        .collect();
    rows.push(row(PLANLESS, &|m| m.1));
    let mut total = vec![Cell::Text("合计".into())];
    total.extend(
        per_att
            .iter()
            .map(|m| Cell::Count(m.0.values().sum::<usize>() + m.1)),
    );
    total.extend([Cell::Count(sum), Cell::Ratio(ratio(sum, sum))]);
    Table {
        title: BY_PLAN,
        header,
        rows,
        total: Some(total),
    }
}

/// Tasks by judgement, and how many have no plan ([`crate::model::Model::judgement_counts`]).
type Judged = (BTreeMap<Judgement, usize>, usize);

/// The row of tasks without a plan in [`BY_PLAN`].
const PLANLESS: &str = "无节点计划";

fn by_timeliness(current: &PeriodProgress) -> Table {
    let all = Timeliness::ALL;
    let n = current.submissions.len();
    let rows = all
        .iter()
        .map(|t| {
            let k = current.units_by(*t).count();
            vec![
                Cell::Text(t.label().into()),
                Cell::Count(k),
                Cell::Ratio(ratio(k, n)),
            ]
        })
        .collect();
    Table {
        title: BY_TIMELINESS,
        header: vec!["报送情况".into(), "单位数".into(), "占比".into()],
        rows,
        total: Some(vec![
            Cell::Text("合计".into()),
            Cell::Count(n),
            Cell::Ratio(ratio(n, n)),
        ]),
    }
}

/// The programmes of attachment 1, then 十件实事 and 1311项目, with their tasks.
fn groups<'a>(book: &Book<'a>) -> Vec<(String, Vec<&'a Task>)> {
    let mut out: Vec<(String, Vec<&'a Task>)> = Vec::new();
    for t in &book.model.register.tasks {
        let label = short_group(t);
        match out.last_mut() {
            Some((l, tasks)) if *l == label => tasks.push(t),
            _ => out.push((label, vec![t])),
        }
    }
    out
}

/// "一、聚力全面建成小康社会决胜工程" (the programme title up to its first comma).
fn short_group(task: &Task) -> String {
    let full = task.group_title();
    full.split(['，', '。', ',']).next().unwrap_or(&full).to_string()
}

fn count_row(label: Cell, counts: &BTreeMap<Status, usize>, extra_before: Vec<Cell>) -> Vec<Cell> {
    let n: usize = counts.values().sum();
    let mut r = vec![label, Cell::Count(n)];
    r.extend(extra_before);
    r.extend(Status::ALL.iter().map(|s| Cell::Count(counts[s])));
    r
}

fn by_programme(book: &Book, current: &PeriodProgress) -> Table {
    let mut totals: BTreeMap<Status, usize> = Status::ALL.iter().map(|s| (*s, 0)).collect();
    let rows = groups(book)
        .into_iter()
        .map(|(label, tasks)| {
            let counts = current.status_counts(tasks.into_iter());
            for (s, n) in &counts {
                *totals.entry(*s).or_default() += n;
            }
            let done = ratio(counts[&Status::Completed], counts.values().sum());
            let mut r = count_row(Cell::Text(label), &counts, vec![]);
            r.push(Cell::Ratio(done));
            r
        })
        .collect();
    let mut total = count_row(Cell::Text("合计".into()), &totals, vec![]);
    total.push(Cell::Ratio(ratio(
        totals[&Status::Completed],
        totals.values().sum(),
    )));
    Table {
        title: BY_PROGRAMME,
        header: status_header("工程", &["任务数"], &["完成率"]),
        rows,
        total: Some(total),
    }
}

fn by_unit(book: &Book, current: &PeriodProgress) -> Table {
    let mut totals: BTreeMap<Status, usize> = Status::ALL.iter().map(|s| (*s, 0)).collect();
    let mut reported_total = 0;
    let rows = book
        .model
        .register
        .reporting_units()
        .map(|u| {
            let mut counts: BTreeMap<Status, usize> = Status::ALL.iter().map(|s| (*s, 0)).collect();
            for e in current.entries.iter().filter(|e| e.unit == u.name) {
                *counts.entry(e.status).or_default() += 1;
                *totals.entry(e.status).or_default() += 1;
            }
            let reported = counts.values().sum::<usize>() - counts[&Status::NoReport];
            reported_total += reported;
            let mut r = count_row(Cell::Text(u.name.clone()), &counts, vec![Cell::Count(reported)]);
            let sub = current.submission(&u.name);
            let t = sub.map_or(Timeliness::Missing, |s| s.timeliness);
            let date = sub.and_then(|s| s.date()).map(|d| d.format("%m-%d").to_string());
            r.extend([Cell::Text(t.label().into()), Cell::Text(date.unwrap_or_default())]);
            r
        })
        .collect();
    let mut total = count_row(
        Cell::Text("合计".into()),
        &totals,
        vec![Cell::Count(reported_total)],
    );
    let tally = |t| current.units_by(t).count();
    let mut tallies = LayoutMsg::Tallies {
        on_time: tally(Timeliness::OnTime),
        late: tally(Timeliness::Late),
        missing: tally(Timeliness::Missing),
    }
    .to_string();
    for (t, short) in [
        (Timeliness::Undated, "日期不明"),
        (Timeliness::Unreadable, "无法读取"),
        (Timeliness::Empty, "空表"),
    ] {
        if tally(t) > 0 {
            let more = LayoutMsg::TallyMore {
                label: short.to_string(),
                n: tally(t),
            };
            tallies.push_str(&more.to_string());
        }
    }
    total.push(Cell::Wide(tallies));
    Table {
        title: BY_UNIT,
        header: status_header("牵头单位", &["牵头任务", "已报送"], &["报送情况", "报送日期"]),
        rows,
        total: Some(total),
    }
}

fn by_leader(book: &Book, current: &PeriodProgress) -> Table {
    let reg = &book.model.register;
    let rows = reg
        .leaders
        .iter()
        .map(|l| {
            let counts = current.status_counts(l.tasks.iter().filter_map(|id| reg.task(id)));
            count_row(Cell::Text(l.name.clone()), &counts, vec![])
        })
        .collect();
    Table {
        title: BY_LEADER,
        header: status_header("责任人", &["任务数"], &[]),
        rows,
        total: None,
    }
}

/// Chart text: 宋体 10 pt, the smallest text of the sheet (it prints at 8.5 pt or more).
fn chart_font() -> ChartFont {
    ChartFont::new().set_name("宋体").set_size(10).clone()
}

fn insert_charts(
    ws: &mut Worksheet,
    book: &Book,
    status: (u32, u32),
    programme: (u32, u32),
) -> Result<(), XlsxError> {
    let period = book.model.current.title();
    let mut pie = Chart::new(ChartType::Pie);
    pie.title()
        .set_name(
            &LayoutMsg::StatusChart {
                period: period.clone(),
            }
            .to_string(),
        )
        .set_font(chart_font().set_size(12).set_bold());
    let first = status.0;
    let last = first + Status::ALL.len() as u32 - 1;
    let colours: Vec<&str> = Status::ALL.iter().map(|s| chart_colour(*s)).collect();
    pie.add_series()
        .set_name("任务数")
        .set_categories((SUMMARY_SHEET, first, 0, last, 0))
        .set_values((SUMMARY_SHEET, first, 4, last, 4))
        .set_point_colors(colours.as_slice())
        .set_data_label(
            ChartDataLabel::new()
                .show_value()
                .show_percentage()
                .set_font(&chart_font()),
        );
    pie.legend()
        .set_position(ChartLegendPosition::Right)
        .set_font(&chart_font());
    pie.set_width(520).set_height(300);
    ws.insert_chart(3, CHART_COL, &pie)?;
    ws.insert_chart(20, CHART_COL, &programme_chart(&period, programme)?)?;
    Ok(())
}

/// A stacked bar per programme, one series per status, in the status colours.
fn programme_chart(period: &str, rows: (u32, u32)) -> Result<Chart, XlsxError> {
    let mut bar = Chart::new(ChartType::BarStacked);
    bar.title()
        .set_name(
            &LayoutMsg::ProgrammeChart {
                period: period.to_string(),
            }
            .to_string(),
        )
        .set_font(chart_font().set_size(12).set_bold());
    let (first, last) = (rows.0, rows.1 - 3);
    for (i, s) in Status::ALL.iter().enumerate() {
        let col = 2 + i as u16;
        bar.add_series()
            .set_name((SUMMARY_SHEET, first - 1, col))
            .set_categories((SUMMARY_SHEET, first, 0, last, 0))
            .set_values((SUMMARY_SHEET, first, col, last, col))
            .set_format(ChartFormat::new().set_solid_fill(ChartSolidFill::new().set_color(chart_colour(*s))))
            .set_gap(60);
    }
    // In a bar chart rust_xlsxwriter's x axis is the horizontal value axis and the y axis
    // holds the categories: reversed so that programme 一 comes first, at the top.
    bar.x_axis()
        .set_name("任务数")
        .set_name_font(&chart_font())
        .set_font(&chart_font());
    bar.x_axis().set_min(0);
    bar.y_axis()
        .set_reverse()
        .set_label_interval(1)
        .set_font(&chart_font());
    bar.legend()
        .set_position(ChartLegendPosition::Bottom)
        .set_font(&chart_font());
    bar.set_width(CHART_PIXELS).set_height(420);
    Ok(bar)
}
