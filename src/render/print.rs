//! How a sheet prints: paper, orientation, margins, which columns, and how many pages wide,
//! planned so that every sheet prints its text at 8 pt or larger (README, "打印").
//!
//! Excel shrinks a sheet set to "fit to one page wide" until it fits, whatever that does to
//! the text: a 17-column task sheet on A4 came out at 43 %, 10 pt text at 4 pt. Instead the
//! plan measures the columns (Excel's own arithmetic: a column of width `w` is `7w + 5`
//! pixels of the default font, 0.75 pt each) and:
//! - fits the sheet to one page wide when that keeps at least [`MIN_SCALE`];
//! - otherwise breaks it into pages at column groups the sheet names (a task sheet's periods,
//!   a list's key columns), repeats its key columns at the left of every page, and prints at
//!   one fixed scale at which every page fits, never below [`MIN_SCALE`] unless a single group
//!   is wider than the paper (the tests in tests/it/print.rs fail then).

use rust_xlsxwriter::{Worksheet, XlsxError};

/// The paper a sheet prints on, landscape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Paper {
    A4,
    A3,
}

impl Paper {
    /// Excel's paper size code.
    pub(crate) fn code(self) -> u8 {
        match self {
            Paper::A4 => 9,
            Paper::A3 => 8,
        }
    }

    /// The long side in points (the width of a landscape page).
    pub(crate) fn landscape_width(self) -> f64 {
        match self {
            Paper::A4 => 841.89,
            Paper::A3 => 1190.55,
        }
    }

    /// The printable width of a landscape page at our margins, in points.
    pub(crate) fn printable_width(self) -> f64 {
        self.landscape_width() - 2.0 * MARGIN_SIDE * 72.0
    }

    /// The printable height of a landscape page at our margins, in points.
    pub(crate) fn printable_height(self) -> f64 {
        let short = match self {
            Paper::A4 => 595.28,
            Paper::A3 => 841.89,
        };
        short - (MARGIN_TOP + MARGIN_BOTTOM) * 72.0
    }
}

/// Left and right margins in inches; top and bottom leave room for the header (a sheet's
/// title, [`page_title`]) and the footer.
pub(crate) const MARGIN_SIDE: f64 = 0.4;
const MARGIN_TOP: f64 = 0.75;
const MARGIN_BOTTOM: f64 = 0.6;
const HEADER_FOOTER: f64 = 0.3;

/// The least scale a plan prints at: the smallest text duban writes in a sheet or chart is
/// 10 pt, which prints at 8.5 pt; the 0.5 pt leaves room for renderers that measure columns
/// a little wider than Excel.
pub(crate) const MIN_SCALE: f64 = 0.85;

/// The share of the printable width a planned page may fill: LibreOffice draws columns up to
/// 6 % wider than Excel (a form's second page, 658 pt in Excel, was 695 pt), and a page that
/// overflows by a column gets a page of its own. That holds with Calibri or its metric twin
/// Carlito installed. Without either, LibreOffice measures the columns in a substitute font
/// about a third wider, and no margin helps (README, "The two commands").
pub(crate) const FILL: f64 = 0.94;

/// Width in points of a column set to `width` (Excel's character units of the default
/// font, Calibri 11: 7-pixel digits, 5 pixels of padding, 96 pixels an inch).
pub(crate) fn column_points(width: f64) -> f64 {
    let pixels = if width <= 0.0 {
        0.0
    } else if width < 1.0 {
        (width * 12.0).round()
    } else {
        (width * 7.0).round() + 5.0
    };
    pixels * 0.75
}

/// What a sheet tells the planner.
#[derive(Debug, Clone)]
pub(crate) struct Layout {
    pub(crate) paper: Paper,
    /// The width of every printed column from A, as given to `set_column_width`.
    pub(crate) widths: Vec<f64>,
    /// Columns where a page may start, ascending (besides A): the first column of each group.
    pub(crate) groups: Vec<u16>,
    /// The first `repeat` columns print again at the left of every page after the first.
    pub(crate) repeat: u16,
}

/// A plan: where each page starts, and the scale in percent, or None for "fit to one page
/// wide" (one page).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Plan {
    pub(crate) starts: Vec<u16>,
    pub(crate) scale: Option<u16>,
}

impl Layout {
    fn width(&self, cols: std::ops::Range<usize>) -> f64 {
        self.widths[cols].iter().map(|w| column_points(*w)).sum()
    }

    /// The last column of the first printed page: a title or note merged over the columns up
    /// to it prints whole instead of cut at the page's edge.
    pub(crate) fn first_page_last(&self) -> u16 {
        let end = self
            .plan()
            .starts
            .get(1)
            .map_or(self.widths.len(), |s| *s as usize);
        end.max(1) as u16 - 1
    }

    /// The width of the first printed page in CJK characters (`render::xlsx::cjk_width`'s
    /// inverse), for sizing the rows of text merged over it.
    pub(crate) fn first_page_chars(&self) -> usize {
        let last = self.first_page_last() as usize;
        let units: f64 = self.widths[..=last.min(self.widths.len().saturating_sub(1))]
            .iter()
            .sum();
        ((units - 1.0) / 2.1).max(1.0) as usize
    }

    /// The last column that prints on every page: the repeated columns when the sheet prints
    /// several pages wide, else the last. Text merged over these columns prints whole
    /// everywhere, such as a group's heading between the rows of a table.
    pub(crate) fn shared_last(&self) -> u16 {
        let last = self.widths.len().max(1) as u16 - 1;
        match self.plan().starts.len() {
            1 => last,
            _ => self.repeat.max(1).min(last + 1) - 1,
        }
    }

    /// The columns of text printed on the first page only (a note above or below a table):
    /// the first page's, right of the repeated columns when there are later pages, which print
    /// those columns again and would show a cut piece of the text there.
    pub(crate) fn first_page_span(&self) -> (u16, u16) {
        let last = self.first_page_last();
        match self.plan().starts.len() {
            1 => (0, last),
            _ => (self.repeat.min(last), last),
        }
    }

    /// The width of the columns `first..=last` in Excel's units, for sizing text merged over
    /// them ([`crate::render::xlsx::text_lines`]).
    pub(crate) fn span_width(&self, first: u16, last: u16) -> f64 {
        let cols = first as usize..(last as usize + 1).min(self.widths.len());
        let pixels: f64 = self.width(cols).max(0.0) / 0.75;
        ((pixels - 5.0) / 7.0).max(0.0)
    }

    /// The scale the sheet prints at: the plan's, or the one Excel fits the sheet's width at.
    pub(crate) fn scale(&self) -> f64 {
        match self.plan().scale {
            Some(percent) => f64::from(percent) / 100.0,
            None => {
                let all = self.width(0..self.widths.len());
                (self.paper.printable_width() / all).min(1.0)
            }
        }
    }

    /// The printable area of a page (width as planned, height) in the sheet's pixels: what
    /// a chart may fill and still print on one page.
    pub(crate) fn page_pixels(&self) -> (f64, f64) {
        let points = self.scale() * 0.75;
        (
            self.paper.printable_width() * FILL / points,
            self.paper.printable_height() / points,
        )
    }

    pub(crate) fn plan(&self) -> Plan {
        // Fitted to the page's width, a sheet prints at whatever scale the program measures:
        // the room LibreOffice needs is kept on planned pages only.
        let n = self.widths.len();
        if self.width(0..n) * MIN_SCALE <= self.paper.printable_width() {
            return Plan {
                starts: vec![0],
                scale: None,
            };
        }
        let avail = self.paper.printable_width() * FILL;
        // The fewest pages at the least scale, then the largest scale that needs no more.
        let fewest = self.pages(avail / MIN_SCALE).0.len();
        let (starts, widest) = (0..=(100 - (MIN_SCALE * 100.0) as u16))
            .map(|less| self.pages(avail * 100.0 / f64::from(100 - less)))
            .find(|(starts, _)| starts.len() <= fewest)
            .unwrap_or_else(|| self.pages(avail / MIN_SCALE));
        let scale = ((100.0 * avail / widest).floor() as u16).min(100);
        Plan {
            starts,
            scale: Some(scale),
        }
    }

    /// Pages of at most `limit` points (the repeated columns included), starting at groups:
    /// the first column of each page and the widest page's width.
    fn pages(&self, limit: f64) -> (Vec<u16>, f64) {
        let n = self.widths.len();
        let repeat = self.width(0..(self.repeat as usize).min(n));
        let mut bounds: Vec<usize> = self
            .groups
            .iter()
            .map(|g| *g as usize)
            .filter(|g| *g > 0 && *g < n)
            .collect();
        bounds.push(n);
        let (mut starts, mut widest, mut page, mut from) = (vec![0u16], 0.0f64, 0.0, 0);
        for to in bounds {
            let group = self.width(from..to);
            if page > 0.0 && page + group > limit {
                widest = widest.max(page);
                starts.push(from as u16);
                page = repeat + group;
            } else {
                page += group;
            }
            from = to;
        }
        (starts, widest.max(page))
    }
}

/// Landscape on the layout's paper, the planned pages and scale, the printed columns as the
/// print area, centred, rows `0..=repeat_rows` repeated on every page.
pub(crate) fn setup(
    ws: &mut Worksheet,
    layout: &Layout,
    repeat_rows: Option<u32>,
) -> Result<Plan, XlsxError> {
    let plan = layout.plan();
    ws.set_landscape()
        .set_paper_size(layout.paper.code())
        .set_margins(
            MARGIN_SIDE,
            MARGIN_SIDE,
            MARGIN_TOP,
            MARGIN_BOTTOM,
            HEADER_FOOTER,
            HEADER_FOOTER,
        )
        .set_print_center_horizontally(true);
    match plan.scale {
        None => {
            ws.set_print_fit_to_pages(1, 0);
        }
        Some(scale) => {
            ws.set_print_scale(scale);
            let breaks: Vec<u32> = plan.starts[1..].iter().map(|c| u32::from(*c)).collect();
            ws.set_vertical_page_breaks(&breaks)?;
            if layout.repeat > 0 {
                ws.set_repeat_columns(0, layout.repeat - 1)?;
            }
        }
    }
    if let Some(last) = repeat_rows {
        ws.set_repeat_rows(0, last)?;
    }
    let last_col = layout.widths.len().max(1) as u16 - 1;
    ws.set_print_area(0, 0, 1_048_575, last_col)?;
    Ok(plan)
}

/// The page header that prints `title` centred, bold, 14 pt, over every page of a sheet, in
/// place of the sheet's own title row, which prints on the first page only and is cut where
/// the sheet prints several pages wide. '&' is doubled (Excel reads a single one as a code);
/// `&B` ends the size code, so a title starting with a digit ("2020年…") is not read as
/// part of the size.
pub(crate) fn page_title(title: &str) -> String {
    format!("&C&\"宋体\"&14&B{}", title.replace('&', "&&"))
}

/// The footer of every printed sheet: the page count in the centre ("第 1 页，共 3 页"), after
/// `left` on the left (a form's unit) when given.
pub(crate) fn page_footer(left: Option<&str>) -> String {
    let left = left.map_or(String::new(), |l| format!("&L{}", l.replace('&', "&&")));
    format!("{left}&C{}", crate::msg::LayoutMsg::PageOfPages)
}

/// [`setup`] for a sheet with its title in row 0 and `first_row` the first printed row
/// (1, or 2 when row 1 holds what prints in the header too): the title prints in the page
/// header on every page ([`page_title`]), rows `header.0..=header.1` repeat on every page.
pub(crate) fn setup_titled(
    ws: &mut Worksheet,
    layout: &Layout,
    title: &str,
    first_row: u32,
    header: Option<(u32, u32)>,
) -> Result<Plan, XlsxError> {
    let plan = setup(ws, layout, None)?;
    if let Some((first, last)) = header {
        ws.set_repeat_rows(first, last)?;
    }
    let last_col = layout.widths.len().max(1) as u16 - 1;
    ws.set_print_area(first_row, 0, 1_048_575, last_col)?;
    ws.set_header(page_title(title));
    Ok(plan)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(paper: Paper, widths: &[f64], groups: &[u16], repeat: u16) -> Layout {
        Layout {
            paper,
            widths: widths.to_vec(),
            groups: groups.to_vec(),
            repeat,
        }
    }

    #[test]
    fn columns_measure_as_excel_draws_them() {
        // 8.43, Excel's default, is 64 pixels; 10 is 75.
        assert_eq!(column_points(8.43), 48.0);
        assert_eq!(column_points(10.0), 56.25);
        assert_eq!(column_points(0.0), 0.0);
    }

    #[test]
    fn a_narrow_sheet_fits_one_page_wide() {
        let plan = layout(Paper::A4, &[20.0; 5], &[], 0).plan();
        assert_eq!(
            plan,
            Plan {
                starts: vec![0],
                scale: None
            }
        );
    }

    #[test]
    fn a_wide_sheet_breaks_at_its_groups_and_keeps_the_scale() {
        // 12 columns of 20 (108.75 pt each, 1305 pt): 0.60 on one A4 page. At 0.85 pages
        // hold at most 867 pt (737 pt, 94 % of 784): A:E (544 pt, A:H would be 870), A:B
        // again with F:J (761 pt), then with K:L: three pages. At 100 % three pages do too
        // (A:E, A:B with F:H, A:B with I:L, 653 pt at the most), so the plan prints at 100 %.
        let l = layout(Paper::A4, &[20.0; 12], &[2, 5, 8, 10], 2);
        let plan = l.plan();
        assert_eq!(plan.starts, vec![0, 5, 8]);
        assert_eq!(plan.scale, Some(100));
        // every page, with the repeated columns, fits
        let avail = Paper::A4.printable_width() * FILL;
        assert!(l.width(0..5) <= avail);
        assert!(l.width(0..2) + l.width(5..8) <= avail);
        assert!(l.width(0..2) + l.width(8..12) <= avail);
    }

    #[test]
    fn text_that_prints_on_every_page_keeps_to_the_repeated_columns() {
        let one = layout(Paper::A4, &[20.0; 5], &[], 2);
        assert_eq!((one.shared_last(), one.first_page_span()), (4, (0, 4)));
        let wide = layout(Paper::A4, &[20.0; 12], &[2, 5, 8, 10], 2);
        assert_eq!((wide.shared_last(), wide.first_page_span()), (1, (2, 4)));
        assert_eq!(wide.scale(), 1.0);
        // two columns of 20: 2 x 145 pixels, less the padding of one
        assert!(
            (wide.span_width(0, 1) - 40.71).abs() < 0.01,
            "{}",
            wide.span_width(0, 1)
        );
    }

    #[test]
    fn a_title_that_starts_with_a_digit_is_not_read_as_a_font_size() {
        assert_eq!(page_title("2020年A&B"), "&C&\"宋体\"&14&B2020年A&&B");
    }

    #[test]
    fn a3_holds_what_a4_cannot() {
        let widths = [20.0; 9];
        assert!(layout(Paper::A4, &widths, &[], 0).plan().scale.is_some());
        assert_eq!(layout(Paper::A3, &widths, &[], 0).plan().scale, None);
    }
}
