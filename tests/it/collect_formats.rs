//! The collect stage on the forms beside workbooks: zip archives (every entry accounted for,
//! nesting opened once, encrypted and oversized entries named, the bomb guard), CSV within
//! the limits, Word documents with and without tables.

use duban::collect::{read_all, read_bytes, CellValue, Collected, Format, RawWorkbook};
use duban::settings::Limits;
use std::io::{Cursor, Write};

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in entries {
        if name.ends_with('/') {
            z.add_directory(*name, options).unwrap();
        } else {
            z.start_file(*name, options).unwrap();
            z.write_all(bytes).unwrap();
        }
    }
    z.finish().unwrap().into_inner()
}

/// Sets the "encrypted" flag of every entry, in the local and the central headers.
fn mark_encrypted(mut zip: Vec<u8>) -> Vec<u8> {
    for (magic, at) in [(b"PK\x03\x04", 6), (b"PK\x01\x02", 8)] {
        let starts: Vec<usize> = zip
            .windows(4)
            .enumerate()
            .filter(|(_, w)| w == magic)
            .map(|(i, _)| i)
            .collect();
        for s in starts {
            zip[s + at] |= 1;
        }
    }
    zip
}

fn workbook() -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let s = wb.add_worksheet();
    s.write_string(0, 0, "任务内容").unwrap();
    s.write_string(0, 1, "进展情况").unwrap();
    wb.save_to_buffer().unwrap()
}

fn kind(c: &Collected) -> (&str, char, String) {
    match c {
        Collected::Workbook(w) => (w.path.as_str(), 'W', w.format.name().to_string()),
        Collected::Canonical { path } => (path, 'C', String::new()),
        Collected::Skipped { path, reason } => (path, 'S', reason.clone()),
        Collected::Failed { path, reason, .. } => (path, 'F', reason.clone()),
    }
}

#[test]
fn every_entry_of_an_archive_is_accounted_for_in_name_order() {
    let deeper = zip_of(&[("c.csv", b"a,b\n1,2\n")]);
    let inner = zip_of(&[("b.csv", b"a,b\n1,2\n"), ("deeper.zip", &deeper)]);
    let secret = mark_encrypted(zip_of(&[("secret.xlsx", &workbook())]));
    let mut secret_zip = zip::ZipArchive::new(Cursor::new(secret.as_slice())).unwrap();
    let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
    z.raw_copy_file(secret_zip.by_index_raw(0).unwrap()).unwrap();
    let options = zip::write::SimpleFileOptions::default();
    for (name, bytes) in [
        ("sub/a.xlsx", workbook()),
        ("inner.zip", inner),
        ("sub/~$a.xlsx", b"lock".to_vec()),
    ] {
        z.start_file(name, options).unwrap();
        z.write_all(&bytes).unwrap();
    }
    z.add_directory("sub/", options).unwrap();
    let outer = z.finish().unwrap().into_inner();
    let got = read_all(&outer, "报表.zip", None, &Limits::default(), 0);
    let kinds: Vec<_> = got.iter().map(kind).collect();
    let paths: Vec<&str> = kinds.iter().map(|k| k.0).collect();
    assert_eq!(
        paths,
        [
            "报表.zip/inner.zip/b.csv",
            "报表.zip/inner.zip/deeper.zip",
            "报表.zip/secret.xlsx",
            "报表.zip/sub/a.xlsx",
            "报表.zip/sub/~$a.xlsx",
        ]
    );
    let marks: String = kinds.iter().map(|k| k.1).collect();
    assert_eq!(marks, "WSFWS", "{kinds:#?}");
    assert_eq!(kinds[0].2, "csv");
    assert!(kinds[1].2.contains("只打开一层"), "{}", kinds[1].2);
    assert!(kinds[2].2.contains("设有密码"), "{}", kinds[2].2);
    assert_eq!(kinds[3].2, "xlsx");
    assert!(kinds[4].2.contains("临时锁定文件"), "{}", kinds[4].2);
    // read_bytes reads one file and opens no archive.
    let one = read_bytes(&outer, "报表.zip", None, &Limits::default());
    assert!(matches!(one, Collected::Skipped { .. }), "{one:?}");
}

#[test]
fn the_bomb_guard_applies_to_the_archive_and_to_each_entry() {
    let zeros = vec![0u8; 4 * 1024 * 1024];
    let bomb = zip_of(&[("a.csv", b"a,b\n1,2\n"), ("zeros.bin", &zeros)]);
    let got = read_all(&bomb, "b.zip", None, &Limits::default(), 0);
    assert_eq!(got.len(), 1, "{got:?}");
    let (path, mark, reason) = kind(&got[0]);
    assert_eq!((path, mark), ("b.zip", 'F'));
    assert!(
        reason.contains("zeros.bin") && reason.contains("压缩炸弹"),
        "{reason}"
    );
    let small = Limits {
        max_file_bytes: 1024,
        ..Limits::default()
    };
    let big = zip_of(&[("big.csv", &vec![b'x'; 4096]), ("ok.csv", b"a,b\n1,2\n")]);
    let got: Vec<_> = read_all(&big, "c.zip", None, &small, 0);
    let kinds: Vec<_> = got.iter().map(kind).collect();
    assert_eq!(kinds[0].1, 'F');
    assert!(kinds[0].2.contains("超过单个文件上限"), "{}", kinds[0].2);
    assert_eq!((kinds[1].0, kinds[1].1), ("c.zip/ok.csv", 'W'));
    let damaged = &bomb[..bomb.len() / 2];
    let got = read_all(damaged, "d.zip", None, &Limits::default(), 0);
    assert!(matches!(got[..], [Collected::Failed { .. }]), "{got:?}");
}

fn book(c: Collected) -> RawWorkbook {
    match c {
        Collected::Workbook(w) => w,
        other => panic!("expected a workbook: {other:?}"),
    }
}

#[test]
fn csv_is_capped_like_a_workbook() {
    let limits = Limits {
        max_rows: 3,
        max_cols: 2,
        ..Limits::default()
    };
    let text = "a;b;c\n1;2;3\n4;5;6\n7;8;9\n";
    let wb = book(read_bytes(text.as_bytes(), "t.csv", None, &limits));
    assert_eq!(wb.format, Format::Csv);
    let cells: Vec<usize> = wb.sheets[0].rows.iter().map(|r| r.cells.len()).collect();
    assert_eq!(cells, [2, 2, 2]);
    assert_eq!(wb.warnings.len(), 1, "{:?}", wb.warnings);
    let few = Limits {
        max_cells: 4,
        ..Limits::default()
    };
    let wb = book(read_bytes(text.as_bytes(), "t.csv", None, &few));
    let n: usize = wb.sheets[0].rows.iter().map(|r| r.cells.len()).sum();
    assert_eq!(n, 4);
    assert_eq!(wb.warnings.len(), 1, "{:?}", wb.warnings);
    assert_eq!(wb.sheets[0].rows[1].cells[0].1, CellValue::Number(1.0));
}

fn docx(body: &str) -> Vec<u8> {
    let xml = format!(
        r#"<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    zip_of(&[
        ("[Content_Types].xml", b"<Types/>"),
        ("word/document.xml", xml.as_bytes()),
    ])
}

fn p(text: &str) -> String {
    format!("<w:p><w:r><w:t>{text}</w:t></w:r></w:p>")
}

fn tc(text: &str, props: &str) -> String {
    format!("<w:tc><w:tcPr>{props}</w:tcPr>{}</w:tc>", p(text))
}

#[test]
fn each_word_table_is_a_sheet_with_the_paragraphs_around_it() {
    let body = [
        p("标题"),
        "<w:tbl><w:tr>".into(),
        tc("a", ""),
        tc("b", r#"<w:gridSpan w:val="2"/>"#),
        "</w:tr><w:tr>".into(),
        tc("c", r#"<w:vMerge w:val="restart"/>"#),
        tc("d &amp; e", ""),
        "<w:tc><w:p><w:r><w:t>f</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>g</w:t><w:br/><w:t>h</w:t></w:r></w:p></w:tc>".into(),
        "</w:tr><w:tr>".into(),
        tc("", "<w:vMerge/>"),
        tc("i", ""),
        "</w:tr></w:tbl>".into(),
        p("中间"),
        "<w:tbl><w:tr>".into(),
        tc("j", ""),
        "</w:tr></w:tbl>".into(),
        p("填报日期：2020年4月8日"),
    ]
    .concat();
    let wb = book(read_bytes(&docx(&body), "r.docx", None, &Limits::default()));
    assert_eq!(wb.format, Format::Docx);
    let names: Vec<&str> = wb.sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["表格1", "表格2"]);
    let grid = |i: usize| -> Vec<(u32, u32, String)> {
        wb.sheets[i]
            .rows
            .iter()
            .flat_map(|r| {
                r.cells.iter().map(move |(c, v)| match v {
                    CellValue::Text(t) => (r.row, *c, t.clone()),
                    other => panic!("{other:?}"),
                })
            })
            .collect()
    };
    let t = |r, c, s: &str| (r, c, s.to_string());
    assert_eq!(
        grid(0),
        [
            t(0, 0, "标题"),
            t(1, 0, "a"),
            t(1, 1, "b"),
            t(2, 0, "c"),
            t(2, 1, "d & e"),
            t(2, 2, "f\n\ng\nh"),
            t(3, 1, "i"),
        ]
    );
    assert_eq!(
        grid(1),
        [t(0, 0, "中间"), t(1, 0, "j"), t(2, 0, "填报日期：2020年4月8日")]
    );
    let merged: Vec<_> = wb.sheets[0]
        .merged
        .iter()
        .map(|m| (m.first_row, m.first_col, m.last_row, m.last_col))
        .collect();
    assert_eq!(merged, [(1, 1, 1, 2), (2, 0, 3, 0)]);
}

#[test]
fn a_word_document_without_a_table_is_skipped_and_a_damaged_one_failed() {
    let c = read_bytes(&docx(&p("汇报材料")), "汇报.docx", None, &Limits::default());
    assert!(
        matches!(&c, Collected::Skipped { reason, .. } if reason.contains("没有表格")),
        "{c:?}"
    );
    let c = read_bytes(&docx("<w:tbl><w:tr></w:tc>"), "坏.docx", None, &Limits::default());
    assert!(
        matches!(&c, Collected::Failed { reason, .. } if reason.contains("Word 文档已损坏")),
        "{c:?}"
    );
}
