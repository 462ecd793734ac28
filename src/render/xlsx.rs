//! Shared helpers for the Excel outputs: the document properties (dated by the model) and
//! zip headers (made on Unix everywhere), so the same model gives the same bytes on every
//! platform; the common cell formats; and saving into an [`Outbox`].

use super::props::Props;
use super::RenderError;
use crate::outbox::Outbox;
use chrono::Datelike;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook};
use std::path::Path;

/// The workbook's title, author (also its last editor) and date (created and modified):
/// rust_xlsxwriter would otherwise stamp "now".
pub(crate) fn fixed_properties(props: &Props) -> DocProperties {
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
pub(crate) fn save(workbook: &mut Workbook, path: &Path, out: &Outbox) -> Result<(), RenderError> {
    workbook.set_zip_compression_level(1);
    let mut bytes = workbook.save_to_buffer().map_err(|source| RenderError::Xlsx {
        path: path.to_path_buf(),
        source,
    })?;
    unix_made_by(&mut bytes);
    out.write(path, bytes);
    Ok(())
}

/// The zip "version made by" host system of Unix (3), the zip crate's choice everywhere but
/// on Windows, where it writes MS-DOS (0).
const MADE_BY_UNIX: u8 = 3;

/// Sets the "made by" host system of every central directory entry of the zip `bytes` to
/// Unix: the zip crate writes the build's own (rust_xlsxwriter gives no way to choose), so a
/// workbook built on Windows would differ from the Linux one in that byte alone. Readers
/// take the entries' permissions from it and nothing else (rust_xlsxwriter writes 0600 both
/// ways). Bytes that are not a zip as rust_xlsxwriter writes it are left as they are.
pub(crate) fn unix_made_by(bytes: &mut [u8]) {
    let Some((mut at, entries)) = central_directory(bytes) else {
        return;
    };
    for _ in 0..entries {
        let Some(head) = bytes.get_mut(at..at + 46) else {
            return;
        };
        if head[..4] != [0x50, 0x4b, 0x01, 0x02] {
            return;
        }
        head[5] = MADE_BY_UNIX;
        let len = |i: usize| u16::from_le_bytes([head[i], head[i + 1]]) as usize;
        at += 46 + len(28) + len(30) + len(32);
    }
}

/// The offset and entry count of a zip's central directory, from its end record (found
/// scanning back over at most a 64 KiB comment). None for a ZIP64 one: rust_xlsxwriter
/// writes those only past 4 GB, which no spreadsheet program opens.
fn central_directory(bytes: &[u8]) -> Option<(usize, u64)> {
    let le = |at: usize, n: usize| -> Option<u64> {
        let b = bytes.get(at..at + n)?;
        Some(b.iter().rev().fold(0u64, |v, &x| v << 8 | x as u64))
    };
    let lowest = bytes.len().saturating_sub(22 + 0xffff);
    let end = (lowest..=bytes.len().checked_sub(22)?)
        .rev()
        .find(|&i| bytes[i..i + 4] == [0x50, 0x4b, 0x05, 0x06])?;
    let (entries, offset) = (le(end + 10, 2)?, le(end + 16, 4)?);
    (entries != 0xffff && offset != 0xffff_ffff).then_some((offset as usize, entries))
}

/// Header cells: bold, centred, bordered, wrapped, light grey.
pub(crate) fn header_format() -> Format {
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
pub(crate) fn body_format() -> Format {
    Format::new()
        .set_font_name("宋体")
        .set_font_size(10)
        .set_align(FormatAlign::Top)
        .set_text_wrap()
        .set_border(FormatBorder::Thin)
}

/// Title row: large, bold, centred.
pub(crate) fn title_format() -> Format {
    Format::new()
        .set_bold()
        .set_font_name("宋体")
        .set_font_size(16)
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
}

/// Column width for Chinese text: `chars` CJK characters need about 2.1 width units each.
pub(crate) fn cjk_width(chars: usize) -> f64 {
    (chars as f64 * 2.1 + 1.0).min(100.0)
}

/// The size of body text and of header text, in points (`body_format`, `header_format`).
pub(crate) const BODY_SIZE: f64 = 10.0;
pub(crate) const HEADER_SIZE: f64 = 11.0;

/// Points a line of text of `size` points takes: 宋体 needs 1.35 em in Excel, LibreOffice's
/// CJK fallback fonts about 1.45 em (a 10-line cell was cut off at 13.5 pt a line), so rows fit
/// the taller of the two.
pub(crate) fn line_height(size: f64) -> f64 {
    size * 1.5
}

/// Points of a row above and below its lines.
const ROW_PADDING: f64 = 4.0;

/// Pixels of a column's width that text may not use (Excel's cell padding, both sides).
const CELL_PADDING: f64 = 3.0;

/// The lines `text` takes in a column of `width` (Excel's units, as given to
/// `set_column_width`) at `size` points, wrapped as Excel and LibreOffice wrap it: a CJK
/// character is one em wide and may end a line anywhere; an ASCII character is 0.55 em
/// (宋体's half-width digits, a little more for LibreOffice's fallback font) and a run of
/// them is one word, moved whole to the next line when it does not fit. Every `\n` starts a
/// line. Never less than one line.
pub(crate) fn text_lines(text: &str, width: f64, size: f64) -> usize {
    let pixels = crate::render::print::column_points(width) / 0.75 - CELL_PADDING;
    let line = (pixels * 0.75 / size).max(1.0);
    text.split('\n')
        .map(|para| para_lines(para, line))
        .sum::<usize>()
        .max(1)
}

/// Lines of one paragraph in a line `line` ems long.
fn para_lines(para: &str, line: f64) -> usize {
    let (mut lines, mut used) = (1, 0.0);
    let mut put = |w: f64, lines: &mut usize| {
        if used + w > line + 1e-9 && used > 0.0 {
            *lines += 1;
            used = 0.0;
        }
        // A word longer than a line breaks where it must.
        used += w;
        while used > line + 1e-9 {
            *lines += 1;
            used -= line;
        }
    };
    let mut word = 0.0;
    for c in para.chars() {
        if c.is_ascii_alphanumeric() || (c.is_ascii_punctuation() && word > 0.0) {
            word += 0.55;
            continue;
        }
        if word > 0.0 {
            put(word, &mut lines);
            word = 0.0;
        }
        put(if c.is_ascii() { 0.55 } else { 1.0 }, &mut lines);
    }
    if word > 0.0 {
        put(word, &mut lines);
    }
    lines
}

/// The height (points) of a row whose tallest cell holds `lines` lines of `size`-point text.
pub(crate) fn lines_height(lines: usize, size: f64) -> f64 {
    (lines.max(1) as f64 * line_height(size) + ROW_PADDING).min(MAX_ROW_HEIGHT)
}

/// Excel's tallest row.
pub(crate) const MAX_ROW_HEIGHT: f64 = 409.0;

/// The height (points) of a row holding `cells` (text, column width in Excel's units, font
/// size in points): neither Excel nor LibreOffice grows a row with wrapped text when it opens
/// a file, and rust_xlsxwriter cannot, so every sheet duban writes sizes its rows here, to
/// the lines of its tallest cell and no taller.
pub(crate) fn row_height(cells: &[(&str, f64, f64)]) -> f64 {
    cells
        .iter()
        .map(|(t, w, size)| lines_height(text_lines(t, *w, *size), *size))
        .fold(lines_height(1, BODY_SIZE), f64::max)
}

/// [`row_height`] of body text (10 pt) in columns `chars` CJK characters wide ([`cjk_width`]).
pub(crate) fn fit_height(cells: &[(&str, usize)]) -> f64 {
    let sized: Vec<(&str, f64, f64)> = cells
        .iter()
        .map(|(t, w)| (*t, cjk_width(*w), BODY_SIZE))
        .collect();
    row_height(&sized)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use zip::write::SimpleFileOptions;

    /// A two-entry zip as rust_xlsxwriter writes it (0600, fixed time; with ZIP64 extra
    /// fields when `large`), made on `system`.
    fn zip_made_on(system: zip::System, large: bool) -> Vec<u8> {
        let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let opts = SimpleFileOptions::default()
            .unix_permissions(0o600)
            .last_modified_time(zip::DateTime::default())
            .large_file(large)
            .system(system);
        for name in ["[Content_Types].xml", "xl/workbook.xml"] {
            z.start_file(name, opts).unwrap();
            z.write_all(name.repeat(20).as_bytes()).unwrap();
        }
        z.finish().unwrap().into_inner()
    }

    /// The zip crate writes MS-DOS as the host system on Windows and Unix elsewhere: after
    /// `unix_made_by` a workbook is the same bytes whichever it was built on.
    #[test]
    fn a_zip_made_on_windows_becomes_the_bytes_made_on_unix() {
        for large in [false, true] {
            let unix = zip_made_on(zip::System::Unix, large);
            let mut dos = zip_made_on(zip::System::Dos, large);
            assert_ne!(dos, unix);
            unix_made_by(&mut dos);
            assert_eq!(dos, unix, "large_file {large}");
        }
    }

    #[test]
    fn saved_workbooks_say_made_on_unix() {
        let mut wb = Workbook::new();
        wb.add_worksheet().write(0, 0, "台帐").unwrap();
        let out = Outbox::new();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.xlsx");
        save(&mut wb, &path, &out).unwrap();
        out.commit().unwrap();
        let bytes = std::fs::read(&path).unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        assert!(zip.len() > 3);
        for i in 0..zip.len() {
            let entry = zip.by_index(i).unwrap();
            assert_eq!(entry.system(), zip::System::Unix, "{:?}", entry.name());
        }
    }

    #[test]
    fn bytes_that_are_no_zip_are_left_alone() {
        for junk in [
            &b""[..],
            b"PK\x05\x06",
            &[
                0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 9, 0, 9, 0, 0, 0, 0, 0, 99, 0, 0, 0, 0, 0,
            ],
        ] {
            let mut b = junk.to_vec();
            unix_made_by(&mut b);
            assert_eq!(b, junk);
        }
    }

    #[test]
    fn rows_grow_with_their_text_and_no_more() {
        let line = line_height(BODY_SIZE);
        let one = fit_height(&[("短", 10)]);
        assert_eq!(fit_height(&[("", 10)]), one);
        assert!(one < 1.5 * line, "{one}");
        // A column for 10 characters (cjk_width(10) = 22, 159 pixels) holds 11 of 10 pt.
        assert_eq!(text_lines(&"很".repeat(11), cjk_width(10), 10.0), 1);
        assert_eq!(text_lines(&"很".repeat(12), cjk_width(10), 10.0), 2);
        assert_eq!(text_lines(&"很".repeat(25), cjk_width(10), 10.0), 3);
        assert_eq!(fit_height(&[(&"很".repeat(25), 10)]), 3.0 * line + ROW_PADDING);
        // Larger text, fewer characters a line.
        assert_eq!(text_lines(&"很".repeat(11), cjk_width(10), 12.0), 2);
        assert_eq!(text_lines("a\nb\nc", cjk_width(10), 10.0), 3);
        assert_eq!(text_lines(&"a".repeat(20), cjk_width(10), 10.0), 1);
        assert_eq!(text_lines(&"a".repeat(22), cjk_width(10), 10.0), 2);
        // An ASCII word moves to the next line whole.
        assert_eq!(
            text_lines(&format!("{}report.xlsx", "很".repeat(8)), cjk_width(10), 10.0),
            2
        );
        assert_eq!(fit_height(&[(&"很".repeat(2000), 10)]), MAX_ROW_HEIGHT);
    }
}
