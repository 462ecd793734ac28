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
pub fn unix_made_by(bytes: &mut [u8]) {
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
    fn rows_grow_with_their_text() {
        let one = fit_height(&[("短", 10)]);
        assert_eq!(fit_height(&[("", 10)]), one);
        assert!(fit_height(&[("很".repeat(25).as_str(), 10)]) > 2.5 * LINE_HEIGHT);
        assert!(fit_height(&[("a\nb\nc", 10)]) > 2.5 * LINE_HEIGHT);
        assert_eq!(fit_height(&[(&"a".repeat(20), 10)]), one);
        assert!(fit_height(&[(&"a".repeat(23), 10)]) > one);
    }
}
