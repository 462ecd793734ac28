//! CSV and other delimited text (a return saved from WPS or Excel as .csv / .txt) as one sheet.
//!
//! The encoding is decided from the bytes, never from the extension: a byte-order mark
//! (UTF-8, UTF-16), else UTF-8 when the bytes are valid UTF-8, else what chardetng detects
//! (GBK is read as GB18030, its superset); bytes that do not decode cleanly are no text. The
//! delimiter (comma, semicolon or tab) is the one that splits the first lines most
//! consistently. Whether a text is a table at all is decided by its content: a .csv/.tsv must
//! have at least [`MIN_LINES_CSV`] lines split by the delimiter, any other name (.txt, none)
//! [`MIN_LINES_TEXT`] lines and most of the lines sampled, so a letter in a .txt stays a text.
//!
//! The sheet is named after the file's stem (as Excel names a CSV it opens). Cells are text,
//! but for plain decimal numbers (`12`, `-3.5`), which become numbers as Excel would read
//! them; `50%` or a date stays text for extract to read. Rows, columns and cells are capped
//! through the same sink as every workbook.

use super::read::{Ctx, Sink};
use super::RawSheet;
pub(crate) use crate::text::encoding::decode;
use calamine::{Data, Sheet, SheetType, SheetVisible};

/// Bytes looked at to decide whether a text is a table.
const SAMPLE_BYTES: usize = 64 * 1024;
/// Lines looked at to choose the delimiter.
const SAMPLE_LINES: usize = 30;
const MIN_LINES_CSV: usize = 2;
const MIN_LINES_TEXT: usize = 3;
const DELIMITERS: [u8; 3] = [b',', b';', b'\t'];

/// The delimiter splitting `text`'s first lines into the most rows of one width, and how many
/// lines it splits (outside quotes).
fn delimiter(text: &str) -> Option<(u8, usize)> {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(SAMPLE_LINES)
        .collect();
    DELIMITERS
        .iter()
        .filter_map(|&d| {
            let split = lines.iter().filter(|l| fields(l, d) > 1).count();
            (split > 0).then_some((d, split))
        })
        .max_by_key(|&(d, split)| (split, std::cmp::Reverse(d)))
        .map(|(d, split)| (d, split.min(lines.len())))
}

/// Fields of one line split by `d`, quotes respected.
fn fields(line: &str, d: u8) -> usize {
    let mut quoted = false;
    let mut n = 1;
    for b in line.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if b == d && !quoted {
            n += 1;
        }
    }
    n
}

/// The text of the file's first [`SAMPLE_BYTES`], or None when it is no text duban can decode.
pub(crate) fn head_text(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(SAMPLE_BYTES)];
    // A sample cut inside a multi-byte character decodes without its last bytes.
    let cut = if head.len() < bytes.len() { 3 } else { 0 };
    (0..=cut.min(head.len())).find_map(|k| decode(&head[..head.len() - k]))
}

/// True when `text` (a file's [`head_text`]) is a delimited table; `ext` is the file's
/// extension, lower case.
pub(crate) fn is_table(text: &str, ext: &str) -> bool {
    let first = text.trim_start().chars().next();
    if matches!(first, Some('{' | '[' | '<')) {
        return false;
    }
    let Some((_, split)) = delimiter(text) else {
        return false;
    };
    let sampled = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(SAMPLE_LINES)
        .count();
    if matches!(ext, "csv" | "tsv") {
        split >= MIN_LINES_CSV
    } else {
        split >= MIN_LINES_TEXT && split * 2 >= sampled
    }
}

/// Reads the text as one sheet; Err when it does not decode.
pub(crate) fn read(bytes: &[u8], ctx: &mut Ctx<'_>, undecodable: &str) -> Result<Vec<RawSheet>, String> {
    let text = decode(bytes).ok_or_else(|| undecodable.to_string())?;
    let d = delimiter(&text).map_or(b',', |(d, _)| d);
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(d)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut sink = Sink::new(ctx);
    let max_rows = ctx.limits.max_rows as usize;
    for (row, record) in reader.byte_records().enumerate() {
        let Ok(record) = record else { break };
        // Past the row limit the sink only notes the first cell beyond it: stop there.
        let beyond = row >= max_rows;
        let row = row.min(u32::MAX as usize) as u32;
        let mut more = true;
        for (col, field) in record
            .iter()
            .enumerate()
            .filter(|(_, f)| !f.trim_ascii().is_empty())
        {
            let col = col.min(u32::MAX as usize) as u32;
            more = sink.push(row, col, cell(&String::from_utf8_lossy(field)));
            if !more || beyond {
                break;
            }
        }
        if !more || (beyond && record.iter().any(|f| !f.trim_ascii().is_empty())) {
            break;
        }
    }
    let sheet = Sheet {
        name: stem(ctx.rel),
        typ: SheetType::WorkSheet,
        visible: SheetVisible::Visible,
    };
    Ok(vec![sink.finish(sheet, &[], super::Hidden::default(), ctx)])
}

/// A cell of text: a number when it is a plain decimal number, else the text.
pub(crate) fn cell(text: &str) -> Data {
    let t = text.trim();
    let digits = t.strip_prefix(['-', '+']).unwrap_or(t);
    let plain = !digits.is_empty()
        && digits.len() <= 15
        && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && digits.bytes().filter(|b| *b == b'.').count() <= 1
        && !digits.starts_with('.')
        && !digits.ends_with('.')
        && !(digits.len() > 1 && digits.starts_with('0') && !digits.starts_with("0."));
    match t.parse::<f64>() {
        Ok(n) if plain => Data::Float(n),
        _ => Data::String(text.to_string()),
    }
}

/// The file name without folders and extension: the sheet's name.
fn stem(rel: &str) -> String {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    if stem.is_empty() {
        "Sheet1".to_string()
    } else {
        stem.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use encoding_rs::GBK;

    #[test]
    fn encodings_are_decided_by_content() {
        let (gbk, _, _) = GBK.encode("任务内容,进展情况\n推进财税改革,已完成\n");
        assert_eq!(decode(&gbk).unwrap(), "任务内容,进展情况\n推进财税改革,已完成\n");
        let bom = [&[0xEF, 0xBB, 0xBF][..], "任务,进展".as_bytes()].concat();
        assert_eq!(decode(&bom).unwrap(), "任务,进展");
        assert_eq!(decode(&[0xFF, 0xFE, b'a', 0]).unwrap(), "a");
    }

    #[test]
    fn the_delimiter_that_splits_most_lines_wins() {
        assert_eq!(delimiter("a;b;c\n1;2,5;3\n").map(|x| x.0), Some(b';'));
        assert_eq!(delimiter("a\tb\n1\t\"x,y\"\n").map(|x| x.0), Some(b'\t'));
        assert_eq!(delimiter("标题\na,b\n1,2\n").map(|x| x.0), Some(b','));
        assert_eq!(delimiter("一句话。\n"), None);
    }

    #[test]
    fn a_letter_in_a_txt_is_no_table_but_a_short_csv_is() {
        assert!(!is_table(
            "各单位：\n请于4月10日前报送，谢谢。\n联系人：王五\n",
            "txt"
        ));
        assert!(is_table("a,b\n1,2\n", "csv"));
        assert!(!is_table("a,b\n1,2\n", "txt"));
        assert!(is_table("a\tb\n1\t2\n3\t4\n", "txt"));
        assert!(!is_table("{\"a\": 1,\n\"b\": 2,\n\"c\": 3}\n", "csv"));
        let (gbk, _, _) = GBK.encode("任务,进展\n");
        let long = gbk.repeat(SAMPLE_BYTES / gbk.len() + 1);
        for end in SAMPLE_BYTES..SAMPLE_BYTES + 4 {
            assert!(head_text(&long[end - SAMPLE_BYTES..end + 1]).is_some(), "{end}");
        }
    }

    #[test]
    fn plain_numbers_become_numbers() {
        assert_eq!(cell("12"), Data::Float(12.0));
        assert_eq!(cell(" -3.5 "), Data::Float(-3.5));
        assert_eq!(cell("50%"), Data::String("50%".into()));
        assert_eq!(cell("007"), Data::String("007".into()));
        assert_eq!(cell("1.(1).1"), Data::String("1.(1).1".into()));
        assert_eq!(cell("2020.4.5"), Data::String("2020.4.5".into()));
    }
}
