//! What a cell's style says about its value, read once per workbook from the styles part
//! (calamine's palette for xlsx; the XF and FORMAT records for xls, in `biff`).
//!
//! A cell's number format shows what a person sees: a number formatted `0%` is a percentage
//! (Excel stores 100 % as 1), so it is handed on as [`CellValue::Percent`]. Dates need
//! nothing here: calamine already turns date-formatted numbers into dates. A solid fill's
//! colour is kept for the cell (blank cells too: units mark a task's status by colouring its
//! status cell), as [`super::Fill`]s of the sheet. The palette is the one place that reads
//! cell styles.

use super::CellValue;

/// What duban takes from one cell style.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct CellStyle {
    /// The number format shows a percentage.
    pub(crate) percent: bool,
    /// A solid fill's colour as 0xRRGGBB (theme colours and tints, indexed colours resolved);
    /// None for no fill, a pattern or white. Units mark a status by colour.
    pub(crate) fill: Option<u32>,
}

impl CellStyle {
    /// The value as the style shows it: a percent-formatted number becomes a percentage.
    pub(crate) fn apply(self, value: CellValue) -> CellValue {
        match value {
            CellValue::Number(n) if self.percent => CellValue::Percent(n),
            v => v,
        }
    }
}

/// The workbook's cell styles, by style index.
#[derive(Debug, Clone, Default)]
pub(crate) struct Palette(Vec<CellStyle>);

impl Palette {
    /// From calamine's xlsx style palette.
    pub(crate) fn of_xlsx(styles: &[calamine::Style]) -> Palette {
        Palette(
            styles
                .iter()
                .map(|s| CellStyle {
                    percent: s
                        .number_format
                        .as_ref()
                        .is_some_and(|f| shows_percent(&f.format_code)),
                    fill: s.fill.as_ref().and_then(solid_colour),
                })
                .collect(),
        )
    }

    /// The style at `index`; the default style when there is none.
    pub(crate) fn get(&self, index: usize) -> CellStyle {
        self.0.get(index).copied().unwrap_or_default()
    }

    /// True when no style changes a value (nothing to look up per cell).
    pub(crate) fn is_plain(&self) -> bool {
        self.0.iter().all(|s| *s == CellStyle::default())
    }
}

/// The colour of a solid fill, unless white (some writers fill every cell white).
fn solid_colour(fill: &calamine::Fill) -> Option<u32> {
    let colour = fill
        .get_color()
        .filter(|_| fill.pattern == calamine::FillPattern::Solid)?;
    let rgb = colour.to_argb() & 0x00FF_FFFF;
    (rgb != 0x00FF_FFFF).then_some(rgb)
}

/// True when a number format code shows numbers as percentages: a '%' outside quoted text,
/// escapes and bracketed parts (`0%`, `0.0%`, `#,##0.00%`; not `0"%"` or `[Red]0`).
pub(crate) fn shows_percent(code: &str) -> bool {
    let mut chars = code.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                chars.by_ref().find(|c| *c == '"');
            }
            '[' => {
                chars.by_ref().find(|c| *c == ']');
            }
            '\\' | '_' | '*' => {
                chars.next();
            }
            '%' => return true,
            _ => {}
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_formats() {
        for code in ["0%", "0.0%", "0.00%", "#,##0%", "[Blue]0%"] {
            assert!(shows_percent(code), "{code}");
        }
        for code in [
            "General",
            "0",
            "0\"%\"",
            "0\\%",
            "yyyy\"年\"m\"月\"d\"日\"",
            "[%]0",
        ] {
            assert!(!shows_percent(code), "{code}");
        }
    }

    #[test]
    fn a_percent_style_turns_numbers_into_percentages() {
        let p = CellStyle {
            percent: true,
            fill: None,
        };
        assert_eq!(p.apply(CellValue::Number(1.0)), CellValue::Percent(1.0));
        let t = CellValue::Text("95%".into());
        assert_eq!(p.apply(t.clone()), t);
        assert_eq!(
            CellStyle::default().apply(CellValue::Number(1.0)),
            CellValue::Number(1.0)
        );
    }
}
