//! Shared helpers for the Excel outputs: the document properties (dated by the model, so the
//! same model gives the same bytes), the common cell formats, and saving into an [`Outbox`].

use super::props::Props;
use super::RenderError;
use crate::outbox::Outbox;
use chrono::Datelike;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook};
use std::path::Path;

/// The workbook's title, author (also its last editor) and date (created and modified):
/// rust_xlsxwriter would otherwise stamp "now".
pub fn fixed_properties(props: &Props) -> DocProperties {
    let d = props.date;
    let when = ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)
        .unwrap_or_else(|_| ExcelDateTime::from_ymd(2020, 1, 1).expect("valid date"));
    DocProperties::new()
        .set_title(&props.title)
        .set_author(&props.author)
        .set_keywords(crate::form::OUTPUT_KEYWORD)
        .set_creation_datetime(&when)
}

/// Builds a workbook's bytes and stages them for `path`.
///
/// Deflate runs at level 1: a run writes hundreds of workbooks (one ledger per unit and per
/// leader); on the city benchmark the default level 6 cost about 2 s more CPU for files a
/// fifth smaller (23 MB instead of 29 MB in all).
pub fn save(workbook: &mut Workbook, path: &Path, out: &Outbox) -> Result<(), RenderError> {
    workbook.set_zip_compression_level(1);
    let bytes = workbook.save_to_buffer().map_err(|source| RenderError::Xlsx {
        path: path.to_path_buf(),
        source,
    })?;
    out.write(path, bytes);
    Ok(())
}

/// Header cells: bold, centred, bordered, wrapped, light grey.
pub fn header_format() -> Format {
    Format::new()
        .set_bold()
        .set_font_name("宋体")
        .set_font_size(11)
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_text_wrap()
        .set_border(FormatBorder::Thin)
        .set_background_color("D9D9D9")
}

/// Body cells: wrapped, top-aligned, bordered.
pub fn body_format() -> Format {
    Format::new()
        .set_font_name("宋体")
        .set_font_size(10)
        .set_align(FormatAlign::Top)
        .set_text_wrap()
        .set_border(FormatBorder::Thin)
}

/// Title row: large, bold, centred.
pub fn title_format() -> Format {
    Format::new()
        .set_bold()
        .set_font_name("宋体")
        .set_font_size(16)
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
}

/// Column width for Chinese text: `chars` CJK characters need about 2.1 width units each.
pub fn cjk_width(chars: usize) -> f64 {
    (chars as f64 * 2.1 + 1.0).min(100.0)
}

/// Points per line of 10-point text: 宋体 needs 13.5 in Excel, LibreOffice's CJK fallback
/// fonts about 14.5 (a 10-line cell was cut off at 13.5), so rows fit the taller of the two.
pub const LINE_HEIGHT: f64 = 15.0;

/// The height (points) of a row holding `cells` (text, column width in CJK characters).
/// Neither Excel nor LibreOffice grows rows with wrapped text when it opens a file, so the
/// ledgers and the run report size them themselves: a CJK character counts as one, an ASCII one as half.
pub fn fit_height(cells: &[(&str, usize)]) -> f64 {
    let lines = cells.iter().map(|(t, w)| line_count(t, *w)).max().unwrap_or(1);
    lines.max(1) as f64 * LINE_HEIGHT + 4.0
}

fn line_count(text: &str, width: usize) -> usize {
    // A column `width` CJK characters wide (see `cjk_width`) shows about 2.1 * width / 2
    // characters of 10-point text; rounded down to stay on the safe side.
    let per_line = ((cjk_width(width) / 2.0).floor() as usize).max(1) * 2;
    text.split('\n')
        .map(|para| {
            let units: usize = para.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum();
            units.div_ceil(per_line).max(1)
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_grow_with_their_text() {
        let one = fit_height(&[("短", 10)]);
        assert_eq!(fit_height(&[("", 10)]), one);
        assert!(fit_height(&[("很".repeat(25).as_str(), 10)]) > 2.5 * LINE_HEIGHT);
        assert!(fit_height(&[("a\nb\nc", 10)]) > 2.5 * LINE_HEIGHT);
        assert_eq!(fit_height(&[(&"a".repeat(20), 10)]), one);
        assert!(fit_height(&[(&"a".repeat(23), 10)]) > one);
    }
}
