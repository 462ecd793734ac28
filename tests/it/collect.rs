//! The collect stage: formats by signature, junk skipped with reasons, hostile files refused
//! or bounded, the same data read alike from .xlsx, LibreOffice's .xls and .ods.

use crate::support::bytes::cfb_with;
use duban::collect::{
    collect, read_bytes, read_file, CellValue, Collected, Format, Merged, RawSheet, RawWorkbook,
};
use duban::settings::{Limits, Settings};
use rust_xlsxwriter::{Format as XFormat, Workbook};
use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};

const FIXTURES: &str = "tests/fixtures/collect";

/// A return in a unit's own layout: an instructions sheet, a data sheet with a merged title,
/// a 填报单位 line, a header, rows with a value merged down, a blank row and a note, and a
/// hidden sheet.
fn sample() -> Vec<u8> {
    let mut wb = Workbook::new();
    let center = XFormat::new().set_align(rust_xlsxwriter::FormatAlign::Center);
    let date = XFormat::new().set_num_format("yyyy-mm-dd");
    let s = wb.add_worksheet().set_name("说明").unwrap();
    s.write_string(0, 0, "请在“进展”表填写").unwrap();
    let s = wb.add_worksheet().set_name("进展").unwrap();
    s.merge_range(0, 0, 0, 4, "盐湖区2020年一季度重点工作进展反馈表", &center)
        .unwrap();
    s.write_string(1, 0, "填报单位：区财政局").unwrap();
    for (c, h) in ["序号", "任务编号", "任务内容", "进展情况", "完成进度", "填报日期"]
        .iter()
        .enumerate()
    {
        s.write_string(2, c as u16, *h).unwrap();
    }
    s.write_number(3, 0, 1).unwrap();
    s.write_string(3, 1, "1.(1).1").unwrap();
    s.merge_range(3, 2, 4, 2, "推进财税改革", &XFormat::new())
        .unwrap();
    s.write_string(3, 3, "已完成，进展顺利").unwrap();
    s.write_number(3, 4, 0.5).unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2020, 4, 3).unwrap();
    s.write_datetime_with_format(3, 5, day.and_hms_opt(0, 0, 0).unwrap(), &date)
        .unwrap();
    s.write_number(4, 0, 2).unwrap();
    s.write_string(4, 3, "序时推进").unwrap();
    s.write_string(4, 4, "   ").unwrap();
    s.write_string(6, 0, "备注：无").unwrap();
    let s = wb.add_worksheet().set_name("隐藏").unwrap();
    s.write_string(0, 0, "duban-form").unwrap();
    s.set_hidden(true);
    wb.save_to_buffer().unwrap()
}

fn workbook(c: &Collected) -> &RawWorkbook {
    match c {
        Collected::Workbook(w) => w,
        other => panic!("expected a workbook, got {other:?}"),
    }
}

fn reason(c: &Collected) -> &str {
    match c {
        Collected::Skipped { reason, .. } | Collected::Failed { reason, .. } => reason,
        other => panic!("expected skipped or failed, got {other:?}"),
    }
}

fn read(bytes: &[u8], rel: &str) -> Collected {
    read_bytes(bytes, rel, None, &Limits::default())
}

fn sheet<'a>(w: &'a RawWorkbook, name: &str) -> &'a RawSheet {
    w.sheets.iter().find(|s| s.name == name).expect(name)
}

fn text(s: &str) -> CellValue {
    CellValue::Text(s.to_string())
}

#[test]
fn xlsx_keeps_positions_merges_and_hidden_sheets() {
    let c = read(&sample(), "区财政局.xlsx");
    let w = workbook(&c);
    assert_eq!(w.format, Format::Xlsx);
    assert!(w.warnings.is_empty(), "{:?}", w.warnings);
    let names: Vec<_> = w.sheets.iter().map(|s| (s.name.as_str(), s.visible)).collect();
    assert_eq!(names, [("说明", true), ("进展", true), ("隐藏", false)]);
    let s = sheet(w, "进展");
    let rows: Vec<u32> = s.rows.iter().map(|r| r.row).collect();
    assert_eq!(rows, [0, 1, 2, 3, 4, 6], "blank row 5 is not stored");
    assert_eq!(
        s.rows[0].cells,
        [(0, text("盐湖区2020年一季度重点工作进展反馈表"))]
    );
    let r3 = &s.rows[3].cells;
    assert_eq!(r3[0], (0, CellValue::Number(1.0)));
    assert_eq!(r3[4], (4, CellValue::Number(0.5)));
    let day = chrono::NaiveDate::from_ymd_opt(2020, 4, 3).unwrap();
    assert_eq!(r3[5], (5, CellValue::DateTime(day.and_hms_opt(0, 0, 0).unwrap())));
    let r4: Vec<u32> = s.rows[4].cells.iter().map(|(c, _)| *c).collect();
    assert_eq!(r4, [0, 3], "the whitespace-only cell is dropped");
    let merged = |a, b, c, d| Merged {
        first_row: a,
        first_col: b,
        last_row: c,
        last_col: d,
    };
    assert_eq!(s.merged, [merged(0, 0, 0, 4), merged(3, 2, 4, 2)]);
}

/// The data of `w` without merges (ods has none) and without the format.
fn cells(w: &RawWorkbook) -> Vec<(String, bool, Vec<duban::collect::RawRow>)> {
    w.sheets
        .iter()
        .map(|s| (s.name.clone(), s.visible, s.rows.clone()))
        .collect()
}

#[test]
fn libreoffice_xls_and_ods_read_like_the_xlsx() {
    let from_xlsx = read(&sample(), "a.xlsx");
    let xlsx = workbook(&from_xlsx);
    for (file, format) in [("sample.xls", Format::Xls), ("sample.ods", Format::Ods)] {
        let c = read_file(&Path::new(FIXTURES).join(file), file, &Limits::default());
        let w = workbook(&c);
        assert_eq!(w.format, format);
        assert!(w.warnings.is_empty(), "{file}: {:?}", w.warnings);
        assert_eq!(cells(w), cells(xlsx), "{file}");
        if format == Format::Xls {
            assert_eq!(sheet(w, "进展").merged, sheet(xlsx, "进展").merged);
        }
    }
}

#[test]
fn format_comes_from_the_signature_not_the_extension() {
    let xls = std::fs::read(Path::new(FIXTURES).join("sample.xls")).unwrap();
    let c = read(&xls, "renamed.xlsx");
    assert_eq!(workbook(&c).format, Format::Xls);
    let c = read(&sample(), "renamed.xls");
    assert_eq!(workbook(&c).format, Format::Xlsx);
}

#[test]
fn far_corner_cell_is_dropped_with_one_warning() {
    let mut wb = Workbook::new();
    let s = wb.add_worksheet();
    s.write_string(0, 0, "A1").unwrap();
    s.write_string(1_048_575, 16_383, "far").unwrap();
    s.write_string(1_048_575, 16_382, "far too").unwrap();
    let c = read(&wb.save_to_buffer().unwrap(), "trap.xlsx");
    let w = workbook(&c);
    assert_eq!(w.sheets[0].rows.len(), 1);
    assert_eq!(w.sheets[0].rows[0].cells, [(0, text("A1"))]);
    assert_eq!(w.warnings.len(), 1, "{:?}", w.warnings);
    let cell = &w.warnings[0].place.cell;
    assert!(cell == "XFC1048576" || cell == "XFD1048576", "{cell}");
    assert!(w.warnings[0].message.contains(cell.as_str()));
}

#[test]
fn xls_cells_beyond_the_limits_are_dropped_before_calamine_sees_them() {
    let limits = Limits {
        max_cols: 3,
        ..Limits::default()
    };
    let c = read_file(&Path::new(FIXTURES).join("sample.xls"), "s.xls", &limits);
    let w = workbook(&c);
    let s = sheet(w, "进展");
    assert!(s.rows.iter().all(|r| r.cells.iter().all(|(c, _)| *c < 3)));
    assert_eq!(s.rows[3].cells[1], (1, text("1.(1).1")));
    let places: Vec<_> = w.warnings.iter().map(|f| f.place.to_string()).collect();
    assert_eq!(places, ["s.xls / 进展 / D3"]);
}

#[test]
fn the_cell_cap_stops_reading_with_one_warning() {
    let limits = Limits {
        max_cells: 4,
        ..Limits::default()
    };
    let check = |c: Collected| {
        let w = workbook(&c);
        let total: usize = w.sheets.iter().flat_map(|s| &s.rows).map(|r| r.cells.len()).sum();
        assert_eq!(total, 4);
        assert_eq!(w.warnings.len(), 1, "{:?}", w.warnings);
        assert!(w.warnings[0].message.contains("max_cells"));
    };
    check(read_bytes(&sample(), "a.xlsx", None, &limits));
    check(read_file(
        &Path::new(FIXTURES).join("sample.xls"),
        "a.xls",
        &limits,
    ));
}

#[test]
fn ods_beyond_the_limits_is_refused_naming_the_cell() {
    let limits = Limits {
        max_cols: 3,
        ..Limits::default()
    };
    let c = read_file(&Path::new(FIXTURES).join("sample.ods"), "s.ods", &limits);
    let r = reason(&c);
    assert!(matches!(
        c,
        Collected::Failed {
            format: Some(Format::Ods),
            ..
        }
    ));
    assert!(r.contains("进展 / D3"), "{r}");
}

fn zip_of(entries: &[(&str, &[u8], usize)]) -> Vec<u8> {
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, chunk, times) in entries {
        z.start_file(*name, options).unwrap();
        for _ in 0..*times {
            z.write_all(chunk).unwrap();
        }
    }
    z.finish().unwrap().into_inner()
}

#[test]
fn zip_bombs_are_refused_naming_the_entry() {
    let zeros = [0u8; 64 * 1024];
    let bomb = zip_of(&[
        ("xl/workbook.xml", b"<workbook/>", 1),
        ("xl/worksheets/sheet1.xml", &zeros, 64), // 4 MB of zeros: ratio ~1000:1
    ]);
    let c = read(&bomb, "bomb.xlsx");
    assert!(matches!(
        c,
        Collected::Failed {
            format: Some(Format::Xlsx),
            ..
        }
    ));
    assert!(reason(&c).contains("xl/worksheets/sheet1.xml"), "{}", reason(&c));
    let small = Limits {
        max_unzipped_bytes: 1024 * 1024,
        ..Limits::default()
    };
    let c = read_bytes(&bomb, "bomb.xlsx", None, &small);
    assert!(reason(&c).contains("xl/worksheets/sheet1.xml"), "{}", reason(&c));
    assert!(reason(&c).contains("疑似压缩炸弹"), "{}", reason(&c));
}

/// The guard hands calamine a stored copy of a workbook that inflates to at most 16 MB
/// (zipguard::REPACK_BYTES) and the original bytes beyond that: both read alike.
#[test]
fn large_and_small_workbooks_read_alike() {
    let bytes = sample();
    let mut original = zip::ZipArchive::new(Cursor::new(bytes.as_slice())).unwrap();
    let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..original.len() {
        z.raw_copy_file(original.by_index_raw(i).unwrap()).unwrap();
    }
    // 17 MB that do not compress (a picture, say), stored: over the repack size.
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    z.start_file("xl/media/image1.bin", stored).unwrap();
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let noise: Vec<u8> = (0..17 * 1024 * 1024)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect();
    z.write_all(&noise).unwrap();
    let large = z.finish().unwrap().into_inner();
    assert!(large.len() > 17 * 1024 * 1024);
    let small = workbook(&read(&bytes, "small.xlsx")).clone();
    let large = workbook(&read(&large, "large.xlsx")).clone();
    assert_eq!(small.sheets, large.sheets);
    assert_eq!(
        sheet(&small, "进展").merged.len(),
        2,
        "{:?}",
        sheet(&small, "进展").merged
    );
}

/// A return with a photo pasted in: the picture, its drawing and the theme are left out of
/// the copy calamine reads, and the cells read as without them.
#[test]
fn pictures_in_a_return_change_nothing() {
    // A 1x1 PNG.
    const PNG: [u8; 70] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00,
        0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89, 0x00,
        0x00, 0x00, 0x0C, 0x49, 0x44, 0x41, 0x54, 0x08, 0xD7, 0x63, 0xF8, 0xCF, 0xC0, 0xF0, 0x1F, 0x00, 0x05,
        0x00, 0x01, 0xFF, 0x89, 0x99, 0x3D, 0x1D, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42,
        0x60, 0x82,
    ];
    let mut wb = Workbook::new();
    let s = wb.add_worksheet().set_name("进展").unwrap();
    s.write_string(0, 0, "任务编号").unwrap();
    s.write_string(0, 1, "进展情况").unwrap();
    s.write_string(1, 0, "1.(1).1").unwrap();
    s.write_string(1, 1, "已完成").unwrap();
    let plain = wb.save_to_buffer().unwrap();
    let image = rust_xlsxwriter::Image::new_from_buffer(&PNG).unwrap();
    wb.worksheet_from_index(0)
        .unwrap()
        .insert_image(3, 1, &image)
        .unwrap();
    let pictured = wb.save_to_buffer().unwrap();
    let names: Vec<String> = zip::ZipArchive::new(Cursor::new(pictured.as_slice()))
        .unwrap()
        .file_names()
        .map(|n| n.unwrap().into_owned())
        .collect();
    assert!(names.iter().any(|n| n.starts_with("xl/media/")), "{names:?}");
    let plain = workbook(&read(&plain, "plain.xlsx")).clone();
    let pictured = workbook(&read(&pictured, "pictured.xlsx")).clone();
    assert_eq!(plain.sheets, pictured.sheets);
    assert!(pictured.warnings.is_empty(), "{:?}", pictured.warnings);
}

#[test]
fn truncated_and_garbled_workbooks_fail() {
    let bytes = sample();
    let c = read(&bytes[..bytes.len() / 2], "cut.xlsx");
    assert!(matches!(c, Collected::Failed { .. }), "{c:?}");
    assert!(reason(&c).contains("已损坏或不完整"), "{}", reason(&c));
    let mut garbled = bytes.clone();
    let mid = garbled.len() / 3;
    garbled[mid..mid + 200].fill(0x55);
    let c = read(&garbled, "garbled.xlsx");
    assert!(matches!(c, Collected::Failed { .. }), "{c:?}");
    let xls = std::fs::read(Path::new(FIXTURES).join("sample.xls")).unwrap();
    let c = read(&xls[..xls.len() / 2], "cut.xls");
    assert!(matches!(c, Collected::Failed { .. }), "{c:?}");
}

#[test]
fn junk_is_skipped_with_a_reason() {
    let docx = zip_of(&[
        ("[Content_Types].xml", b"<Types/>", 1),
        ("word/document.xml", b"<w:document/>", 1),
    ]);
    let cases: [(&str, &[u8], &str); 9] = [
        ("~$区财政局.xlsx", &sample(), "临时锁定文件"),
        ("Thumbs.db", b"\xD0\xCF\x11\xE0", "缩略图缓存"),
        (".DS_Store", b"\0\0\0\x01Bud1", ".DS_Store"),
        ("sub/._区财政局.xlsx", b"\0\x05\x16\x07", "资源分支文件"),
        ("说明.txt", "请查收".as_bytes(), "文本文件"),
        ("data.csv", b"just one line", "文本文件"),
        ("汇报.docx", &docx, "没有表格"),
        ("附件.rar", b"Rar!\x1a\x07\x01\x00", "rar/7z 压缩包"),
        ("报表.et", "不是表格".as_bytes(), "WPS 表格文件"),
    ];
    for (name, bytes, expected) in cases {
        let c = read(bytes, name);
        assert!(matches!(c, Collected::Skipped { .. }), "{name}: {c:?}");
        assert!(reason(&c).contains(expected), "{name}: {}", reason(&c));
    }
}

#[test]
fn encrypted_workbooks_and_word_97_files_are_told_apart() {
    let c = read(&cfb_with(&["/EncryptionInfo", "/EncryptedPackage"]), "加密.xlsx");
    assert!(matches!(c, Collected::Failed { .. }), "{c:?}");
    assert!(reason(&c).contains("设有密码"), "{}", reason(&c));
    let c = read(&cfb_with(&["/WordDocument"]), "report.doc");
    assert!(reason(&c).contains("Word 97-2003 文档"), "{}", reason(&c));
    let c = read(&cfb_with(&["/WordDocument"]), "报表.wps");
    assert!(reason(&c).contains("WPS 文字文档"), "{}", reason(&c));
    let c = read(&cfb_with(&["/WordDocument"]), "报表.et");
    assert!(reason(&c).contains("WPS 表格文件"), "{}", reason(&c));
}

#[test]
fn collect_walks_sorts_and_sets_canonical_files_apart() {
    let dir = tempfile::tempdir().unwrap();
    let put = |rel: &str, bytes: &[u8]| {
        let p = dir.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    };
    put("notice.txt", "通知".as_bytes());
    put("duban.toml", b"year = 2020\n");
    put("templates/bulletin.hbs", b"{{x}}");
    put("returns/z.xlsx", &sample());
    put(
        "returns/b/区财政局.xls",
        &std::fs::read(Path::new(FIXTURES).join("sample.xls")).unwrap(),
    );
    put("a.txt", b"hello");
    put("Thumbs.db", b"x");
    let canonical = [PathBuf::from("notice.txt"), dir.path().join("duban.toml")];
    let settings = Settings::default();
    let got = collect(dir.path(), &settings, &canonical, false);
    let paths: Vec<&str> = got.iter().map(|c| c.path()).collect();
    assert_eq!(
        paths,
        [
            "Thumbs.db",
            "a.txt",
            "duban.toml",
            "notice.txt",
            "returns/b/区财政局.xls",
            "returns/z.xlsx",
            "templates/bulletin.hbs"
        ]
    );
    let kinds: Vec<&str> = got
        .iter()
        .map(|c| match c {
            Collected::Workbook(_) => "W",
            Collected::Canonical { .. } => "C",
            Collected::Skipped { .. } => "S",
            Collected::Failed { .. } => "F",
        })
        .collect();
    assert_eq!(kinds, ["S", "S", "C", "C", "W", "W", "C"]);
    assert!(workbook(&got[4]).modified.is_some());
    assert_eq!(collect(dir.path(), &settings, &canonical, false), got, "stable");

    let mut few = Settings::default();
    few.limits.max_files = 2;
    let got = collect(dir.path(), &few, &canonical, false);
    let over: Vec<&str> = got
        .iter()
        .filter(|c| matches!(c, Collected::Skipped { reason, .. } if reason.contains("max_files")))
        .map(|c| c.path())
        .collect();
    assert_eq!(over, ["returns/b/区财政局.xls", "returns/z.xlsx"]);
}

#[test]
fn oversized_files_fail_before_being_read() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("big.xlsx");
    std::fs::write(&p, sample()).unwrap();
    let limits = Limits {
        max_file_bytes: 100,
        ..Limits::default()
    };
    let c = read_file(&p, "big.xlsx", &limits);
    assert!(reason(&c).contains("max_file_bytes"), "{}", reason(&c));
}

/// Writes tests/fixtures/collect/sample.xlsx; convert it with
/// `soffice --headless --convert-to xls|ods` to refresh the committed fixtures.
#[test]
#[ignore]
fn make_sample_fixture() {
    std::fs::write(Path::new(FIXTURES).join("sample.xlsx"), sample()).unwrap();
}

/// sample.xls with its last LabelSst cell record moved to (row, col).
fn xls_with_far_cell(row: u16, col: u16) -> Vec<u8> {
    use std::io::{Read, Seek, SeekFrom};
    let bytes = std::fs::read(Path::new(FIXTURES).join("sample.xls")).unwrap();
    let mut f = cfb::CompoundFile::open(Cursor::new(bytes)).unwrap();
    let mut stream = Vec::new();
    f.open_stream("/Workbook")
        .unwrap()
        .read_to_end(&mut stream)
        .unwrap();
    let (mut pos, mut last_label) = (0, None);
    while pos + 4 <= stream.len() {
        let typ = u16::from_le_bytes([stream[pos], stream[pos + 1]]);
        let len = u16::from_le_bytes([stream[pos + 2], stream[pos + 3]]) as usize;
        if typ == 0x00FD {
            last_label = Some(pos + 4);
        }
        pos += 4 + len;
    }
    let at = last_label.expect("a LabelSst record");
    stream[at..at + 2].copy_from_slice(&row.to_le_bytes());
    stream[at + 2..at + 4].copy_from_slice(&col.to_le_bytes());
    let mut s = f.open_stream("/Workbook").unwrap();
    s.seek(SeekFrom::Start(0)).unwrap();
    s.write_all(&stream).unwrap();
    drop(s);
    f.flush().unwrap();
    f.into_inner().into_inner()
}

#[test]
fn a_far_xls_cell_is_dropped_not_allocated() {
    // Unpatched, calamine would build a 65536 x 16001 dense range (about 30 GiB).
    let c = read(&xls_with_far_cell(65_535, 16_000), "far.xls");
    let w = workbook(&c);
    assert_eq!(w.warnings.len(), 1, "{:?}", w.warnings);
    assert_eq!(w.warnings[0].place.cell, duban::model::a1(65_535, 16_000));
    let kept: usize = w.sheets.iter().flat_map(|s| &s.rows).map(|r| r.cells.len()).sum();
    let all: usize = workbook(&read_file(
        &Path::new(FIXTURES).join("sample.xls"),
        "s.xls",
        &Limits::default(),
    ))
    .sheets
    .iter()
    .flat_map(|s| &s.rows)
    .map(|r| r.cells.len())
    .sum();
    assert_eq!(kept + 1, all);
}
