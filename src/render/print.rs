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
pub enum Paper {
    A4,
    A3,
}

impl Paper {
    /// Excel's paper size code.
    pub fn code(self) -> u8 {
        match self {
            Paper::A4 => 9,
            Paper::A3 => 8,
        }
    }

    /// The long side in points (the width of a landscape page).
    pub fn landscape_width(self) -> f64 {
        match self {
            Paper::A4 => 841.89,
            Paper::A3 => 1190.55,
        }
    }

    /// The printable width of a landscape page at our margins, in points.
    pub fn printable_width(self) -> f64 {
        self.landscape_width() - 2.0 * MARGIN_SIDE * 72.0
    }
}

/// Left and right margins in inches; top and bottom leave room for the header and footer.
pub const MARGIN_SIDE: f64 = 0.4;
const MARGIN_TOP: f64 = 0.6;
const HEADER_FOOTER: f64 = 0.3;

/// The least scale a plan prints at: the smallest text duban writes in a sheet or chart is
/// 10 pt, which prints at 8.5 pt; the 0.5 pt leaves room for renderers that measure columns
/// a little wider than Excel.
pub const MIN_SCALE: f64 = 0.85;

/// The share of the printable width a planned page may fill: LibreOffice measures columns
/// about 2 % wider than Excel, and a page that overflows by a column gets a page of its own.
pub const FILL: f64 = 0.95;

/// Width in points of a column set to `width` (Excel's character units of the default
/// font, Calibri 11: 7-pixel digits, 5 pixels of padding, 96 pixels an inch).
pub fn column_points(width: f64) -> f64 {
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
pub struct Layout {
    pub paper: Paper,
    /// The width of every printed column from A, as given to `set_column_width`.
    pub widths: Vec<f64>,
    /// Columns where a page may start, ascending (besides A): the first column of each group.
    pub groups: Vec<u16>,
    /// The first `repeat` columns print again at the left of every page after the first.
    pub repeat: u16,
}

/// A plan: where each page starts, and the scale in percent, or None for "fit to one page
/// wide" (one page).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub starts: Vec<u16>,
    pub scale: Option<u16>,
}

impl Layout {
    fn width(&self, cols: std::ops::Range<usize>) -> f64 {
        self.widths[cols].iter().map(|w| column_points(*w)).sum()
    }

    /// The last column of the first printed page: a title or note merged over the columns up
    /// to it prints whole instead of cut at the page's edge.
    pub fn first_page_last(&self) -> u16 {
        let end = self
            .plan()
            .starts
            .get(1)
            .map_or(self.widths.len(), |s| *s as usize);
        end.max(1) as u16 - 1
    }

    /// The width of the first printed page in CJK characters (`render::xlsx::cjk_width`'s
    /// inverse), for sizing the rows of text merged over it.
    pub fn first_page_chars(&self) -> usize {
        let last = self.first_page_last() as usize;
        let units: f64 = self.widths[..=last.min(self.widths.len().saturating_sub(1))]
            .iter()
            .sum();
        ((units - 1.0) / 2.1).max(1.0) as usize
    }

    pub fn plan(&self) -> Plan {
        let avail = self.paper.printable_width() * FILL;
        let n = self.widths.len();
        if self.width(0..n) * MIN_SCALE <= avail {
            return Plan {
                starts: vec![0],
                scale: None,
            };
        }
        let limit = avail / MIN_SCALE;
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
        widest = widest.max(page);
        let scale = ((100.0 * avail / widest).floor() as u16).min(100);
        Plan {
            starts,
            scale: Some(scale),
        }
    }
}

/// Landscape on the layout's paper, the planned pages and scale, the printed columns as the
/// print area, centred, rows `0..=repeat_rows` repeated on every page.
pub fn setup(ws: &mut Worksheet, layout: &Layout, repeat_rows: Option<u32>) -> Result<Plan, XlsxError> {
    let plan = layout.plan();
    ws.set_landscape()
        .set_paper_size(layout.paper.code())
        .set_margins(
            MARGIN_SIDE,
            MARGIN_SIDE,
            MARGIN_TOP,
            MARGIN_TOP,
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
        // 12 columns of 20 (108.75 pt each, 1305 pt): 0.60 on one A4 page. Pages hold at
        // most 922 pt (784 pt at 0.85): A:H (870 pt), then A:B again with I:L.
        let l = layout(Paper::A4, &[20.0; 12], &[2, 5, 8, 10], 2);
        let plan = l.plan();
        assert_eq!(plan.starts, vec![0, 8]);
        let scale = f64::from(plan.scale.unwrap()) / 100.0;
        assert!(scale >= MIN_SCALE, "{scale}");
        // every page, with the repeated columns, fits at that scale
        let avail = Paper::A4.printable_width();
        assert!(l.width(0..8) * scale <= avail);
        assert!((l.width(0..2) + l.width(8..12)) * scale <= avail);
    }

    #[test]
    fn a3_holds_what_a4_cannot() {
        let widths = [20.0; 9];
        assert!(layout(Paper::A4, &widths, &[], 0).plan().scale.is_some());
        assert_eq!(layout(Paper::A3, &widths, &[], 0).plan().scale, None);
    }
}
