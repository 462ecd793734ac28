//! What calamine does not give of an xlsx worksheet, read from its stored part: the merged
//! ranges, the hidden rows and the hidden columns.
//!
//! calamine's `merge_cells_by_sheet_name` parses a sheet's whole XML a second time (after the
//! cells) to reach `<mergeCells>`, which sits after `<sheetData>`: a sixth of reading a
//! return. The zip guard hands over a stored copy of every ordinary return, so each sheet
//! part is plain bytes here: the `<mergeCells>` and `<cols>` elements are found with a byte
//! search and only they are parsed (quick-xml), and a hidden row is found by its `hidden=`
//! attribute inside a `<row>` tag. Whatever is unusual (a deflated part, a sheet name without
//! a part, XML that does not parse) gives None for that sheet's merges and the caller asks
//! calamine; its hidden rows and columns are then unknown (none). `tests` compares the merges
//! both ways on every fixture and demo return.

use crate::place::parse_a1;
use calamine::Dimensions;
use memchr::memmem;
use quick_xml::events::Event;
use quick_xml::Reader;
use std::collections::HashMap;
use std::io::{Cursor, Read};
use zip::{CompressionMethod, ZipArchive};

/// What was read of each worksheet part, by sheet name.
pub(crate) struct SheetParts(HashMap<String, Part>);

/// One worksheet part.
#[derive(Debug, Default)]
pub(crate) struct Part {
    /// The merged ranges; None when calamine has to be asked.
    pub(crate) merged: Option<Vec<Dimensions>>,
    /// Hidden rows and columns, 0-based inclusive ranges (in any order).
    pub(crate) hidden_rows: Vec<(u32, u32)>,
    pub(crate) hidden_cols: Vec<(u32, u32)>,
}

/// Sheet parts bigger than this are left to calamine (the guard's stored copy only holds
/// workbooks up to 16 MB inflated anyway).
const MAX_PART: u64 = 16 * 1024 * 1024;

impl SheetParts {
    /// Reads every worksheet of the package `bytes`. Never fails: a sheet that cannot be
    /// read this way is simply absent.
    pub(crate) fn read(bytes: &[u8]) -> SheetParts {
        SheetParts(read_all(bytes).unwrap_or_default())
    }

    /// What was read of the sheet's part (handed over once); a default Part (merges to be
    /// asked of calamine, nothing hidden) when its part could not be read.
    pub(crate) fn take(&mut self, sheet: &str) -> Part {
        self.0.remove(sheet).unwrap_or_default()
    }
}

fn read_all(bytes: &[u8]) -> Option<HashMap<String, Part>> {
    let mut zip = ZipArchive::new(Cursor::new(bytes)).ok()?;
    let workbook = part(&mut zip, "xl/workbook.xml")?;
    let rels = part(&mut zip, "xl/_rels/workbook.xml.rels")?;
    let targets = relationships(&rels)?;
    let mut out = HashMap::new();
    for (name, id) in sheets(&workbook)? {
        let Some(target) = targets.get(&id) else {
            continue;
        };
        let path = match target.strip_prefix('/') {
            Some(absolute) => absolute.to_string(),
            None => format!("xl/{target}"),
        };
        if let Some(xml) = part(&mut zip, &path) {
            let read = Part {
                merged: merge_cells(&xml),
                hidden_rows: hidden_rows(&xml),
                hidden_cols: hidden_cols(&xml),
            };
            out.insert(name, read);
        }
    }
    Some(out)
}

/// A stored part's bytes; None when it is missing, deflated or too big.
fn part(zip: &mut ZipArchive<Cursor<&[u8]>>, name: &str) -> Option<Vec<u8>> {
    let mut entry = zip.by_name(name).ok()?;
    if entry.compression() != CompressionMethod::Stored || entry.size() > MAX_PART {
        return None;
    }
    let mut data = Vec::with_capacity(entry.size() as usize);
    entry.read_to_end(&mut data).ok()?;
    Some(data)
}

/// `<sheet name="…" r:id="…"/>` of xl/workbook.xml, in order.
fn sheets(xml: &[u8]) -> Option<Vec<(String, String)>> {
    let mut out = Vec::new();
    each_element(xml, "sheet", None, |e| {
        if let (Some(name), Some(id)) = (attr(e, "name"), attr(e, "id")) {
            out.push((name, id));
        }
    })?;
    Some(out)
}

/// Relationship Id -> Target of xl/_rels/workbook.xml.rels.
fn relationships(xml: &[u8]) -> Option<HashMap<String, String>> {
    let mut out = HashMap::new();
    each_element(xml, "Relationship", None, |e| {
        if let (Some(id), Some(target)) = (attr(e, "Id"), attr(e, "Target")) {
            out.insert(id, target);
        }
    })?;
    Some(out)
}

/// The ranges of a sheet part's `<mergeCells>` (any namespace prefix); empty if it has none.
fn merge_cells(xml: &[u8]) -> Option<Vec<Dimensions>> {
    let Some(start) = tag_start(xml, b"mergeCells") else {
        return Some(Vec::new());
    };
    let mut out = Vec::new();
    let mut bad = false;
    // Read from `<mergeCells>` to its end: the sheet's closing tags have no opening here.
    each_element(&xml[start..], "mergeCell", Some("mergeCells"), |e| {
        match attr(e, "ref").as_deref().and_then(range) {
            Some(d) => out.push(d),
            None => bad = true,
        }
    })?;
    (!bad).then_some(out)
}

/// `<col min max hidden>` of the part's `<cols>`: the hidden columns, 0-based.
fn hidden_cols(xml: &[u8]) -> Vec<(u32, u32)> {
    let Some(start) = tag_start(xml, b"cols") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let parsed = each_element(&xml[start..], "col", Some("cols"), |e| {
        let number = |name| attr(e, name).and_then(|v| v.trim().parse::<u32>().ok());
        if let (Some(min), Some(max), true) = (number("min"), number("max"), is_true(attr(e, "hidden"))) {
            if min >= 1 && max >= min {
                out.push((min - 1, max - 1));
            }
        }
    });
    parsed.map(|_| out).unwrap_or_default()
}

/// The rows whose `<row>` tag says `hidden="1"` (or "true"), 0-based. A `hidden=` found
/// elsewhere (cell text) is no row's: the last '<' before it must open a `row` tag that has
/// not closed yet. A row without its `r` number cannot be placed and is left visible.
fn hidden_rows(xml: &[u8]) -> Vec<(u32, u32)> {
    let from = tag_start(xml, b"sheetData").unwrap_or(0);
    let mut out = Vec::new();
    for at in memmem::find_iter(&xml[from..], b"hidden=").map(|at| from + at) {
        let Some(open) = xml[..at].iter().rposition(|b| *b == b'<') else {
            continue;
        };
        if xml[open..at].contains(&b'>') || local_name(&xml[open + 1..]) != b"row" {
            continue;
        }
        let Some(close) = xml[at..].iter().position(|b| *b == b'>').map(|n| at + n) else {
            continue;
        };
        let mut reader = Reader::from_reader(&xml[open..=close]);
        if let Ok(Event::Start(e) | Event::Empty(e)) = reader.read_event() {
            let row = attr(&e, "r").and_then(|r| r.trim().parse::<u32>().ok());
            if let (Some(row), true) = (row, is_true(attr(&e, "hidden"))) {
                if row >= 1 {
                    out.push((row - 1, row - 1));
                }
            }
        }
    }
    out
}

fn is_true(value: Option<String>) -> bool {
    matches!(value.as_deref().map(str::trim), Some("1" | "true"))
}

/// The local name of the tag whose name starts `after` (the bytes after its '<').
fn local_name(after: &[u8]) -> &[u8] {
    let end = after
        .iter()
        .position(|b| b.is_ascii_whitespace() || matches!(b, b'>' | b'/'))
        .unwrap_or(after.len());
    let name = &after[..end];
    match name.iter().position(|b| *b == b':') {
        Some(colon) => &name[colon + 1..],
        None => name,
    }
}

/// Where the `<name` (or `<x:name`) start tag begins. Text cannot hold a raw '<', so a '<'
/// before the name (and its prefix) marks a tag; the name must end there (`<cols`, not
/// `<colsX`).
fn tag_start(xml: &[u8], name: &[u8]) -> Option<usize> {
    let name_byte = |b: &&u8| b.is_ascii_alphanumeric() || matches!(**b, b'_' | b'-' | b'.');
    let ends = |at: usize| {
        xml.get(at + name.len())
            .is_some_and(|b| b.is_ascii_whitespace() || matches!(b, b'>' | b'/'))
    };
    memmem::find_iter(xml, name)
        .filter(|at| ends(*at))
        .find_map(|at| match xml[..at].last() {
            Some(b'<') => Some(at - 1),
            Some(b':') => {
                let colon = at - 1;
                let prefix = xml[..colon].iter().rev().take_while(name_byte).count();
                let open = colon.checked_sub(prefix + 1)?;
                (prefix > 0 && xml[open] == b'<').then_some(open)
            }
            _ => None,
        })
}

/// Calls `each` for every start or empty element with local name `local`, up to the end of
/// the document or of an element named `until`; None if the XML does not parse.
fn each_element(
    xml: &[u8],
    local: &str,
    until: Option<&str>,
    mut each: impl FnMut(&quick_xml::events::BytesStart<'_>),
) -> Option<()> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf).ok()? {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == local => each(&e),
            Event::End(e) if Some(e.local_name().as_ref()) == until => return Some(()),
            Event::Eof => return Some(()),
            _ => {}
        }
        buf.clear();
    }
}

/// An attribute by local name, unescaped.
fn attr(e: &quick_xml::events::BytesStart<'_>, local: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == local)
        .and_then(|a| quick_xml::escape::unescape(&a.value).ok().map(|v| v.into_owned()))
}

/// "B2:D4" (or a lone "B2") as 0-based inclusive dimensions.
fn range(text: &str) -> Option<Dimensions> {
    let (first, last) = text.split_once(':').unwrap_or((text, text));
    let start = parse_a1(first)?;
    let end = parse_a1(last)?;
    Some(Dimensions { start, end })
}

#[cfg(test)]
mod tests {
    use super::*;
    use calamine::{Reader, Xlsx};

    /// Every .xlsx/.xlsm fixture and demo return, through the zip guard as in a run: each
    /// sheet's merges read here equal calamine's, and every sheet is read here.
    #[test]
    fn same_merges_as_calamine_on_every_fixture_and_demo_return() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let limits = crate::settings::Limits::default();
        let (mut files, mut sheets, mut ranges) = (0, 0, 0);
        for dir in ["tests/fixtures", "input"] {
            for entry in walkdir::WalkDir::new(root.join(dir)).sort_by_file_name() {
                let entry = entry.unwrap();
                let path = entry.path();
                let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
                if !matches!(ext, "xlsx" | "xlsm") {
                    continue;
                }
                let bytes = std::fs::read(path).unwrap();
                let Ok(Some(stored)) = super::super::zipguard::check(&bytes, &limits) else {
                    continue;
                };
                files += 1;
                let mut ours = SheetParts::read(&stored);
                let Ok(mut wb) = Xlsx::new(Cursor::new(stored.as_slice())) else {
                    continue;
                };
                let names: Vec<String> = wb.sheet_names();
                for name in names {
                    let theirs = wb.merge_cells_by_sheet_name(&name).unwrap();
                    let mine = ours
                        .take(&name)
                        .merged
                        .unwrap_or_else(|| panic!("{} / {name}: not read", path.display()));
                    assert_eq!(mine, theirs, "{} / {name}", path.display());
                    sheets += 1;
                    ranges += mine.len();
                }
            }
        }
        assert!(
            files > 50 && sheets > files && ranges > 50,
            "{files} files, {sheets} sheets, {ranges} ranges"
        );
    }

    #[test]
    fn ranges() {
        let d = range("B2:D4").unwrap();
        assert_eq!((d.start, d.end), ((1, 1), (3, 3)));
        let d = range("$C$3").unwrap();
        assert_eq!((d.start, d.end), ((2, 2), (2, 2)));
        assert!(range("B2:").is_none());
    }

    #[test]
    fn merge_cells_with_and_without_a_prefix() {
        let plain = br#"<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>mergeCells &lt;mergeCells</t></is></c></row></sheetData><mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="A2:A3"/></mergeCells></worksheet>"#;
        let got = merge_cells(plain).unwrap();
        assert_eq!(got.len(), 2);
        assert_eq!((got[1].start, got[1].end), ((1, 0), (2, 0)));
        let prefixed = br#"<x:worksheet xmlns:x="s"><x:sheetData/><x:mergeCells count="1"><x:mergeCell ref="B2:C2"/></x:mergeCells></x:worksheet>"#;
        let got = merge_cells(prefixed).unwrap();
        assert_eq!((got[0].start, got[0].end), ((1, 1), (1, 2)));
        assert_eq!(
            merge_cells(b"<worksheet><sheetData/></worksheet>"),
            Some(Vec::new())
        );
        // A range that does not read: calamine is asked instead.
        let bad = br#"<worksheet><mergeCells><mergeCell ref="1:2"/></mergeCells></worksheet>"#;
        assert_eq!(merge_cells(bad), None);
    }

    #[test]
    fn hidden_rows_and_columns() {
        let xml = br#"<worksheet><cols><col min="2" max="3" width="9" hidden="1"/><col min="5" max="5" hidden="0"/><col min="7" max="7" hidden="true"/></cols><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lt;row hidden="1"</t></is></c></row><row r="4" spans="1:3" hidden="1" ht="0"><c r="A4"/></row><x:row r="9" hidden="true"/><row r="10" hidden="0"/></sheetData></worksheet>"#;
        assert_eq!(hidden_cols(xml), [(1, 2), (6, 6)]);
        assert_eq!(hidden_rows(xml), [(3, 3), (8, 8)]);
        assert!(hidden_cols(b"<worksheet><sheetData/></worksheet>").is_empty());
        // `<colsX>` is no `<cols>`; text holding hidden= is no row's.
        let other = br#"<worksheet><colsX><col min="1" max="1" hidden="1"/></colsX><sheetData><row r="2"><c><v>1</v></c><c t="inlineStr"><is><t>x hidden="1"</t></is></c></row></sheetData></worksheet>"#;
        assert!(hidden_cols(other).is_empty());
        assert!(hidden_rows(other).is_empty());
    }
}
