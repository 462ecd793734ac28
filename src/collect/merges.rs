//! Merged ranges of an xlsx package's worksheets, read from the end of each sheet part.
//!
//! calamine's `merge_cells_by_sheet_name` parses a sheet's whole XML a second time (after the
//! cells) to reach `<mergeCells>`, which sits after `<sheetData>`: a sixth of reading a
//! return. The zip guard hands over a stored copy of every ordinary return, so each sheet
//! part is plain bytes here: the `<mergeCells>` element is found with a byte search and only
//! it is parsed (quick-xml). Whatever is unusual (a deflated part, a sheet name without a
//! part, XML that does not parse) gives None for that sheet and the caller asks calamine.
//! `tests` compares both ways on every fixture and demo return.

use crate::model::parse_a1;
use calamine::Dimensions;
use memchr::memmem;
use quick_xml::events::Event;
use quick_xml::Reader;
use std::collections::HashMap;
use std::io::{Cursor, Read};
use zip::{CompressionMethod, ZipArchive};

/// Merged ranges by sheet name, for the sheets whose part could be read this way.
pub struct Merges(HashMap<String, Vec<Dimensions>>);

/// Sheet parts bigger than this are left to calamine (the guard's stored copy only holds
/// workbooks up to 16 MB inflated anyway).
const MAX_PART: u64 = 16 * 1024 * 1024;

impl Merges {
    /// Reads the merges of every worksheet of the package `bytes`. Never fails: a sheet that
    /// cannot be read this way is simply absent.
    pub fn read(bytes: &[u8]) -> Merges {
        Merges(read_all(bytes).unwrap_or_default())
    }

    /// The sheet's merged ranges (handed over once), or None when calamine has to be asked.
    pub fn take(&mut self, sheet: &str) -> Option<Vec<Dimensions>> {
        self.0.remove(sheet)
    }
}

fn read_all(bytes: &[u8]) -> Option<HashMap<String, Vec<Dimensions>>> {
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
        if let Some(merged) = part(&mut zip, &path).and_then(|xml| merge_cells(&xml)) {
            out.insert(name, merged);
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
    let Some(start) = merge_cells_start(xml) else {
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

/// Where the `<mergeCells` (or `<x:mergeCells`) start tag begins. Text cannot hold a raw
/// '<', so a '<' before the name (and its prefix) marks a tag.
fn merge_cells_start(xml: &[u8]) -> Option<usize> {
    const NAME: &[u8] = b"mergeCells";
    let name_byte = |b: &&u8| b.is_ascii_alphanumeric() || matches!(**b, b'_' | b'-' | b'.');
    memmem::find_iter(xml, NAME).find_map(|at| match xml[..at].last() {
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
                let mut ours = Merges::read(&stored);
                let Ok(mut wb) = Xlsx::new(Cursor::new(stored.as_slice())) else {
                    continue;
                };
                let names: Vec<String> = wb.sheet_names();
                for name in names {
                    let theirs = wb.merge_cells_by_sheet_name(&name).unwrap();
                    let mine = ours
                        .take(&name)
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
}
