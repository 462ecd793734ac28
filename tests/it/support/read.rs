//! Reading duban's outputs back in tests: a sheet as a grid of texts, a .docx as its text.

use calamine::{open_workbook_auto, Data, Reader};
use std::io::Read;
use std::path::Path;

/// A sheet as texts, indexed from A1 (`g[row][col]`, 0-based) whatever its used range.
pub fn grid(path: &Path, sheet: &str) -> Vec<Vec<String>> {
    let mut wb = open_workbook_auto(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let range = wb
        .worksheet_range(sheet)
        .unwrap_or_else(|e| panic!("{} / {sheet}: {e}", path.display()));
    let (h, w) = range.get_size();
    let (r0, c0) = range.start().unwrap_or((0, 0));
    let mut g = vec![vec![String::new(); w + c0 as usize]; h + r0 as usize];
    for (r, c, v) in range.cells() {
        g[r + r0 as usize][c + c0 as usize] = match v {
            Data::Empty => String::new(),
            other => other.to_string(),
        };
    }
    g
}

/// The text of a .docx: every `<w:t>` run in document order (other `<w:t…` tags such as
/// `<w:tbl>` or `<w:tab/>` skipped), as written.
pub fn docx_text(path: &Path) -> String {
    docx_text_of(&std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())))
}

/// [`docx_text`] of a .docx's bytes.
pub fn docx_text_of(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    let mut out = String::new();
    for chunk in xml.split("<w:t").skip(1) {
        let Some((attrs, rest)) = chunk.split_once('>') else {
            continue;
        };
        if attrs.ends_with('/') || !(attrs.is_empty() || attrs.starts_with(' ')) {
            continue;
        }
        out.push_str(rest.split("</w:t>").next().unwrap_or(""));
    }
    out
}
