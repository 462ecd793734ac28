//! Reading duban's outputs back: a sheet as a grid of cells or texts (calamine), a package's
//! parts, a .docx as its text, a folder as its files.

use calamine::{open_workbook_auto, Data, Reader};
use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

/// A sheet as calamine's cells, indexed from A1 (`g[row][col]`, 0-based) whatever its used
/// range; cells outside it are `Data::Empty`.
pub fn cells(path: &Path, sheet: &str) -> Vec<Vec<Data>> {
    let mut wb = open_workbook_auto(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let range = wb
        .worksheet_range(sheet)
        .unwrap_or_else(|e| panic!("{} / {sheet}: {e}", path.display()));
    let (h, w) = range.get_size();
    let (r0, c0) = range.start().unwrap_or((0, 0));
    let mut g = vec![vec![Data::Empty; w + c0 as usize]; h + r0 as usize];
    for (r, c, v) in range.cells() {
        g[r + r0 as usize][c + c0 as usize] = v.clone();
    }
    g
}

/// A sheet as texts, indexed from A1 like [`cells`]; an empty cell is "".
pub fn grid(path: &Path, sheet: &str) -> Vec<Vec<String>> {
    grid_with(path, sheet, |d| d.to_string())
}

/// A sheet as texts, each non-empty cell written by `text` (an empty cell is "").
pub fn grid_with(path: &Path, sheet: &str, text: impl Fn(&Data) -> String) -> Vec<Vec<String>> {
    cells(path, sheet)
        .iter()
        .map(|row| {
            row.iter()
                .map(|d| match d {
                    Data::Empty => String::new(),
                    other => text(other),
                })
                .collect()
        })
        .collect()
}

/// One part of a zip package (.xlsx, .docx) as text.
pub fn part(path: &Path, name: &str) -> String {
    part_of(
        &std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
        name,
    )
}

/// [`part`] of a package's bytes.
pub fn part_of(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    zip.by_name(name)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

/// Every text part of a zip package, by name (binary parts such as images left out).
pub fn parts(path: &Path) -> BTreeMap<String, String> {
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut parts = BTreeMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let name = f.name().unwrap().to_string();
        let mut s = String::new();
        if f.read_to_string(&mut s).is_ok() {
            parts.insert(name, s);
        }
    }
    parts
}

/// The text of a .docx: [`xml_text`] of its word/document.xml.
pub fn docx_text(path: &Path) -> String {
    xml_text(&part(path, "word/document.xml"))
}

/// [`docx_text`] of a .docx's bytes.
pub fn docx_text_of(bytes: &[u8]) -> String {
    xml_text(&part_of(bytes, "word/document.xml"))
}

/// The text of a piece of WordprocessingML: the contents of its `<w:t>` elements in order
/// (other `<w:t…` tags such as `<w:tbl>` or `<w:tab/>` skipped), as written (nothing
/// invisible is stripped: none may be there), entities decoded.
pub fn xml_text(xml: &str) -> String {
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
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

/// Every file below `dir` (relative, '/'-separated) -> its bytes.
pub fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap();
            let rel: Vec<_> = rel.iter().map(|c| c.to_string_lossy().into_owned()).collect();
            (rel.join("/"), std::fs::read(e.path()).unwrap())
        })
        .collect()
}
