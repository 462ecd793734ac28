//! 考核 and 考核明细: the assessment ([`Assessment`]) as two sheets. 考核 has one row per
//! reporting unit (rank, unit, the facts, the points of each scoring rule, the total and the
//! report record of each period), the rules listed under it; 考核明细 has one row per
//! counted report, entry or row with its period, file, sheet and cell. A per-unit ledger
//! holds the unit's own row and details.

use super::lists::{body_row, finish, head};
use super::style::print_setup;
use super::{Book, ASSESS_DETAIL_SHEET, ASSESS_SHEET};
use crate::assess::rules::number;
use crate::assess::{Assessment, Fact, UnitScore};
use crate::msg::{self, LayoutMsg};
use crate::period::{Period, PeriodKind};
use crate::render::print::{Layout, Paper};
use crate::render::xlsx::{cjk_width, fit_height, row_height, BODY_SIZE, HEADER_SIZE};
use rust_xlsxwriter::{
    Chart, ChartDataLabel, ChartFont, ChartFormat, ChartSolidFill, ChartType, Workbook, Worksheet, XlsxError,
};

/// Row of the column labels and first row of units.
pub(crate) const LABEL_ROW: u32 = 3;
pub(crate) const FIRST_ROW: u32 = 4;
/// Column of the unit names.
pub(crate) const UNIT_COL: u16 = 1;
const FIRST_FACT: u16 = 2;
/// Width of the 报送情况 column, in CJK characters: wider on A3, where it has room, so that
/// its file names take fewer lines (they set the rows' height).
fn record_width(paper: Paper) -> usize {
    match paper {
        Paper::A3 => 40,
        Paper::A4 => 28,
    }
}
/// Width of the 得分说明 column, in CJK characters.
const EXPLAIN_WIDTH: usize = 30;
/// Width of a fact's column (a count under a header of up to 8 characters, wrapped): the
/// facts print on one A4 page beside 名次 and 单位.
const FACT_WIDTH: usize = 3;
/// Width of a column of points (a number under a rule's header, wrapped).
const POINT_WIDTH: usize = 4;

/// Columns after the facts: 基础分, one per scoring rule, 总分, 得分说明, 报送情况.
struct Columns {
    /// The facts shown ([`crate::assess::Rules::shown`]), in column order.
    facts: Vec<Fact>,
    scored: Vec<(Fact, f64)>,
}

impl Columns {
    fn new(a: &Assessment) -> Columns {
        Columns {
            facts: a.rules.shown().collect(),
            scored: a.rules.scored().collect(),
        }
    }
    fn base(&self) -> u16 {
        FIRST_FACT + self.facts.len() as u16
    }
    fn total(&self) -> u16 {
        self.base() + 1 + self.scored.len() as u16
    }
    /// The one-line account of the score.
    fn explain(&self) -> u16 {
        self.total() + 1
    }
    fn record(&self) -> u16 {
        self.total() + 2
    }

    /// Widths as set in [`write_header`], and where printed pages may start: the facts, the
    /// points, 得分说明, 报送情况 (名次 and 单位 repeated).
    fn layout(&self, paper: Paper) -> Layout {
        let mut widths = vec![cjk_width(3), cjk_width(10)];
        widths.extend(self.facts.iter().map(|_| cjk_width(FACT_WIDTH)));
        widths.extend((self.base()..=self.total()).map(|_| cjk_width(POINT_WIDTH)));
        widths.push(cjk_width(EXPLAIN_WIDTH));
        widths.push(cjk_width(record_width(paper)));
        Layout {
            paper,
            widths,
            groups: vec![FIRST_FACT, self.base(), self.explain(), self.record()],
            repeat: 2,
        }
    }
}

/// Pixels a unit takes in a score chart: a 10 pt name (13 pixels; LibreOffice skips names
/// that come closer than about 1.45 em) with room.
const UNIT_PIXELS: u32 = 22;
/// Pixels of a score chart besides its bars: the title, the axis and its name.
const CHART_FRAME: u32 = 110;

/// The 汇总 sheet's bar charts of the scores: one bar per unit in rank order (the best at the
/// top), read from the 考核 sheet's unit and total columns; as many charts as it takes for each
/// to be at most `height` pixels tall with every unit named, each `width` pixels wide. Their
/// value axes start at 0 (so a 94 against a 106 looks like what it is) and end at one common
/// maximum, so bars in different charts compare. Returns the charts and their height.
pub(crate) fn score_charts(book: &Book, font: &ChartFont, width: u32, height: u32) -> (Vec<Chart>, u32) {
    let units = rows(book).len().max(1) as u32;
    let per_chart = (height.saturating_sub(CHART_FRAME) / UNIT_PIXELS).max(1);
    let charts = units.div_ceil(per_chart);
    // Even parts: 52 units in two charts of 26, not 40 and 12.
    let per_chart = units.div_ceil(charts);
    let shown = rows(book);
    let (low, top) = shown
        .iter()
        .map(|r| r.total)
        .fold((0.0, 0.0), |(l, t): (f64, f64), x| (l.min(x), t.max(x)));
    // From 0 (lower only for a score below 0), with room past the longest bar for its label.
    let axis = ((low / 10.0).floor() * 10.0, (top / 10.0).floor() * 10.0 + 10.0);
    let made = (0..charts)
        .map(|i| {
            let first = i * per_chart;
            let last = (first + per_chart).min(units) - 1;
            score_chart(book, font, (first, last, charts > 1), axis, width, per_chart)
        })
        .collect();
    (made, CHART_FRAME + UNIT_PIXELS * per_chart)
}

/// The chart of the units ranked `first..=last` (0-based; `part`: one of several charts),
/// its value axis over `axis`, tall enough for `slots` units.
fn score_chart(
    book: &Book,
    font: &ChartFont,
    ranks: (u32, u32, bool),
    axis: (f64, f64),
    width: u32,
    slots: u32,
) -> Chart {
    let a = book.assessment;
    let (first, last) = (FIRST_ROW + ranks.0, FIRST_ROW + ranks.1);
    let total = Columns::new(a).total();
    let mut bar = Chart::new(ChartType::Bar);
    let when = match a.is_final() {
        true => Period::new(a.current.year, PeriodKind::Y).title(),
        false => LayoutMsg::AsOf {
            when: a.current.title(),
        }
        .to_string(),
    };
    let title = match ranks.2 {
        false => LayoutMsg::ScoreChart { when },
        true => LayoutMsg::ScoreChartPart {
            when,
            first: ranks.0 + 1,
            last: ranks.1 + 1,
        },
    }
    .to_string();
    bar.title()
        .set_name(&title)
        .set_font(font.clone().set_size(12).set_bold());
    bar.add_series()
        .set_name("总分")
        .set_categories((ASSESS_SHEET, first, UNIT_COL, last, UNIT_COL))
        .set_values((ASSESS_SHEET, first, total, last, total))
        .set_format(ChartFormat::new().set_solid_fill(ChartSolidFill::new().set_color("5B9BD5")))
        .set_data_label(ChartDataLabel::new().show_value().set_font(font))
        .set_gap(40);
    // The category axis of a bar chart is rust_xlsxwriter's y axis: reversed, so rank 1 is on top.
    bar.y_axis().set_reverse().set_label_interval(1).set_font(font);
    bar.x_axis()
        .set_min(axis.0)
        .set_max(axis.1)
        .set_name("分")
        .set_name_font(font)
        .set_font(font);
    bar.legend().set_hidden();
    bar.set_width(width).set_height(CHART_FRAME + UNIT_PIXELS * slots);
    bar
}

/// The rows a book shows: every unit in the master ledger, the unit's own in its ledger.
pub(crate) fn rows<'a>(book: &Book<'a>) -> Vec<&'a UnitScore> {
    let a = book.assessment;
    match book.scope.unit_name() {
        Some(u) => a.row(u).into_iter().collect(),
        None => a.rows.iter().collect(),
    }
}

fn title(book: &Book) -> String {
    let a = book.assessment;
    let when = if a.is_final() {
        PeriodKind::Y.label().to_string()
    } else {
        LayoutMsg::AsOf {
            when: a.current.label().to_string(),
        }
        .to_string()
    };
    let who = book.scope.owner.clone().unwrap_or_else(|| "各责任单位".into());
    LayoutMsg::AssessmentTitle {
        district: book.settings.district.clone(),
        year: a.current.year,
        who,
        when,
    }
    .to_string()
}

pub(crate) fn write_sheet(wb: &mut Workbook, book: &Book) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet().set_name(ASSESS_SHEET)?;
    let (a, st, cols) = (book.assessment, &book.styles, Columns::new(book.assessment));
    let title = title(book);
    // The title row is for the screen (on paper the title is the page header); the notes
    // print whole on the first page, clear of the columns repeated on the others.
    let layout = cols.layout(book.paper());
    ws.merge_range(0, 0, 0, layout.first_page_last(), &title, &st.title)?;
    ws.set_row_height(0, 32)?;
    let periods: Vec<&str> = a.periods.iter().map(|p| p.label()).collect();
    let scope = msg::RenderMsg::AssessmentScope {
        periods: msg::join(&periods),
        current: a.current.title(),
        base: number(a.rules.base),
    };
    let mut scope = scope.to_string();
    if a.rules.plans {
        scope.push_str(&msg::RenderMsg::AssessmentScopePlans.to_string());
    }
    note(ws, book, &layout, 1, &scope)?;
    write_header(ws, book, &cols)?;
    let rows = rows(book);
    for (i, r) in rows.iter().enumerate() {
        write_row(ws, book, &cols, FIRST_ROW + i as u32, r)?;
    }
    let below = FIRST_ROW + rows.len().max(1) as u32 + 1;
    let rules = msg::RenderMsg::AssessmentRules {
        rules: a.rules.describe(),
    };
    for (at, line) in (below..).zip([
        rules.to_string(),
        msg::RenderMsg::AssessmentNoEvidence.to_string(),
    ]) {
        note(ws, book, &layout, at, &line)?;
    }
    ws.set_freeze_panes(FIRST_ROW, 2)?;
    print_setup(ws, &title, LABEL_ROW, &layout)?;
    Ok(())
}

/// A note merged over the first page's columns right of the repeated ones
/// ([`Layout::first_page_span`]), its row as tall as its lines.
fn note(ws: &mut Worksheet, book: &Book, layout: &Layout, row: u32, text: &str) -> Result<(), XlsxError> {
    let (first, last) = layout.first_page_span();
    if first == last {
        ws.write_with_format(row, first, text, &book.styles.note)?;
    } else {
        ws.merge_range(row, first, row, last, text, &book.styles.note)?;
    }
    let width = layout.span_width(first, last);
    ws.set_row_height(row, row_height(&[(text, width, BODY_SIZE)]))?;
    Ok(())
}

fn write_header(ws: &mut Worksheet, book: &Book, cols: &Columns) -> Result<(), XlsxError> {
    let st = &book.styles;
    let (top, sub) = (LABEL_ROW - 1, LABEL_ROW);
    for (c, name, width) in [(0, "名次", 3), (UNIT_COL, "单位", 10)] {
        ws.merge_range(top, c, sub, c, name, &st.header)?;
        ws.set_column_width(c, cjk_width(width))?;
    }
    let last_fact = cols.base() - 1;
    ws.merge_range(
        top,
        FIRST_FACT,
        top,
        last_fact,
        "考核事项（次数、项数）",
        &st.header,
    )?;
    for (i, f) in cols.facts.iter().enumerate() {
        let c = FIRST_FACT + i as u16;
        ws.write_with_format(sub, c, f.label(), &st.header)?;
        ws.set_column_width(c, cjk_width(FACT_WIDTH))?;
    }
    ws.merge_range(top, cols.base(), top, cols.total(), "得分（分）", &st.header)?;
    ws.write_with_format(sub, cols.base(), "基础分", &st.header)?;
    let rules = &book.assessment.rules;
    for (i, (f, _)) in cols.scored.iter().enumerate() {
        ws.write_with_format(sub, cols.base() + 1 + i as u16, rules.header(*f), &st.header)?;
    }
    ws.write_with_format(sub, cols.total(), "总分", &st.header)?;
    for c in cols.base()..=cols.total() {
        ws.set_column_width(c, cjk_width(POINT_WIDTH))?;
    }
    ws.merge_range(top, cols.explain(), sub, cols.explain(), "得分说明", &st.header)?;
    ws.set_column_width(cols.explain(), cjk_width(EXPLAIN_WIDTH))?;
    ws.merge_range(
        top,
        cols.record(),
        sub,
        cols.record(),
        "报送情况及依据",
        &st.header,
    )?;
    ws.set_column_width(cols.record(), cjk_width(record_width(book.paper())))?;
    // As tall as the longest label in its column (11 pt, bold).
    let mut labels: Vec<(String, f64, f64)> = cols
        .facts
        .iter()
        .map(|f| (f.label().to_string(), cjk_width(FACT_WIDTH), HEADER_SIZE))
        .collect();
    for (f, _) in &cols.scored {
        labels.push((rules.header(*f), cjk_width(POINT_WIDTH), HEADER_SIZE));
    }
    let sized: Vec<(&str, f64, f64)> = labels.iter().map(|(t, w, s)| (t.as_str(), *w, *s)).collect();
    ws.set_row_height(sub, row_height(&sized))?;
    Ok(())
}

fn write_row(
    ws: &mut Worksheet,
    book: &Book,
    cols: &Columns,
    row: u32,
    r: &UnitScore,
) -> Result<(), XlsxError> {
    let st = &book.styles;
    ws.write_with_format(row, 0, r.rank as f64, &st.centre)?;
    ws.write_with_format(row, UNIT_COL, &r.unit, &st.body)?;
    for (i, f) in cols.facts.iter().enumerate() {
        ws.write_with_format(row, FIRST_FACT + i as u16, r.count(*f) as f64, &st.centre)?;
    }
    ws.write_with_format(row, cols.base(), book.assessment.rules.base, &st.centre)?;
    for (i, (f, _)) in cols.scored.iter().enumerate() {
        ws.write_with_format(row, cols.base() + 1 + i as u16, r.points_of(*f), &st.centre)?;
    }
    ws.write_with_format(row, cols.total(), r.total, &st.total_centre)?;
    let explain = r.explain(&book.assessment.rules);
    ws.write_with_format(row, cols.explain(), &explain, &st.body)?;
    let record = record(r);
    ws.write_with_format(row, cols.record(), &record, &st.body)?;
    let fit = [
        (&record[..], record_width(book.paper())),
        (&explain[..], EXPLAIN_WIDTH),
        (&r.unit[..], 10),
    ];
    ws.set_row_height(row, fit_height(&fit))?;
    Ok(())
}

/// "一季度：按时报送（区财政局.xlsx）" one period a line.
pub(crate) fn record(r: &UnitScore) -> String {
    r.reports
        .iter()
        .map(|(p, fact)| {
            let files: Vec<&str> = r
                .evidence
                .iter()
                .filter(|e| e.period == *p && e.fact == *fact && e.task_id.is_none())
                .map(|e| e.place.file.as_str())
                .filter(|f| !f.is_empty())
                .collect();
            match files.is_empty() {
                true => msg::labelled(p.label(), fact.label()),
                false => msg::labelled(
                    p.label(),
                    msg::CommonMsg::WithNote {
                        text: fact.label().to_string(),
                        note: msg::join(&files),
                    }
                    .to_string(),
                ),
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Columns of 考核明细 with widths in CJK characters.
pub(crate) const DETAIL_COLUMNS: [(&str, usize); 9] = [
    ("序号", 3),
    ("单位", 10),
    ("考核事项", 6),
    ("时段", 4),
    ("任务编号", 5),
    ("文件", 14),
    ("工作表", 6),
    ("单元格", 3),
    ("说明", 30),
];

pub(crate) fn write_details(wb: &mut Workbook, book: &Book) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet().set_name(ASSESS_DETAIL_SHEET)?;
    let title = LayoutMsg::AssessmentDetailTitle { title: title(book) }.to_string();
    let rows: Vec<[String; 9]> = rows(book)
        .into_iter()
        .flat_map(|r| r.evidence.iter().map(move |e| (r, e)))
        .enumerate()
        .map(|(i, (r, e))| {
            [
                (i + 1).to_string(),
                r.unit.clone(),
                e.fact.label().to_string(),
                e.period.label().to_string(),
                e.task_id.clone().unwrap_or_default(),
                e.place.file.clone(),
                e.place.sheet.clone(),
                e.place.cell.clone(),
                e.note.clone(),
            ]
        })
        .collect();
    let note = msg::RenderMsg::AssessmentDetailNote { count: rows.len() };
    head(ws, book, &title, &note.to_string(), &DETAIL_COLUMNS)?;
    for (i, cells) in rows.iter().enumerate() {
        body_row(ws, &book.styles, 3 + i as u32, cells, &DETAIL_COLUMNS)?;
    }
    finish(ws, &title, rows.len(), &DETAIL_COLUMNS, book.paper())
}
