//! Returns in the forms units actually send: CSV (GBK, UTF-8 with BOM), a Word table, zip
//! attachments (GBK entry names without the UTF-8 flag; nested folders), a WPS .et holding
//! an Excel 97-2003 workbook. Each is merged exactly like the same table as .xlsx.
//!
//! The fixtures under tests/fixtures/formats/ were made by `make_fixtures.py` there, with
//! openpyxl, Python's csv module, python-docx, zipfile and LibreOffice: each return also as a
//! reference .xlsx (`*_参照.xlsx`) written by openpyxl, with percentages as numbers formatted
//! 0% where the text files hold "100%". Every test ingests the reference and the other form
//! beside the real notice and compares the merged entries, the cell each came from, the
//! submission date and the file's row account.

use crate::support::{file_report, Case, H1, Q1};
use duban::collect::Collected;
use duban::model::{FileOutcome, FileReport, Model};
use duban::period::Period;
use duban::settings::Settings;
use duban::status::Status;
use std::path::{Path, PathBuf};

const FIN_XLSX: &str = "区财政局一季度_参照.xlsx";
const FIN_DOCX: &str = "区财政局一季度.docx";
const FIN_ET: &str = "区财政局一季度.et";
const CIVIL_XLSX: &str = "区民政局半年_参照.xlsx";
const CIVIL_GBK: &str = "区民政局半年_GBK.csv";
const CIVIL_BOM: &str = "区民政局半年_BOM.csv";
const GBK_ZIP: &str = "区直单位半年报表.zip";
const NESTED_ZIP: &str = "报表汇总.zip";

fn fixture(name: &str) -> PathBuf {
    crate::support::fixture("formats").join(name)
}

/// Ingests a fresh input folder holding the notice and the given fixtures.
fn run(fixtures: &[&str], period: Period) -> Model {
    let case = Case::new();
    for f in fixtures {
        case.copy(&fixture(f), f);
    }
    run_in(&case, period)
}

fn run_in(case: &Case, period: Period) -> Model {
    // The bulletin dated 2020-07-20: the 半年 returns' 填报日期 2020-07-15 is before it, so it
    // is evidence (after the default report date 2020-07-13 it would not be).
    let settings = Settings::parse("[bulletin]\ndate = 2020-07-20\n", Path::new("duban.toml")).unwrap();
    case.ingest(&settings, Some(period))
}

/// One merged entry: task, status, percent, progress, and the cell it came from.
type Got = (String, Status, Option<u8>, String, String);

fn entries(model: &Model, period: Period, unit: &str, file: &str) -> Vec<Got> {
    model
        .period(period)
        .unwrap()
        .entries
        .iter()
        .filter(|e| e.unit == unit && e.reported())
        .map(|e| {
            let source = e.source.as_ref().expect("a reported entry names its row");
            assert_eq!(source.file, file, "{e:?}");
            (
                e.task_id.clone(),
                e.status,
                e.percent,
                e.progress.clone(),
                source.cell.clone(),
            )
        })
        .collect()
}

fn rows(r: &FileReport) -> (usize, usize, usize, usize) {
    (r.rows_read, r.rows_matched, r.rows_exception, r.rows_other)
}

/// What the reference .xlsx gives, as (entries, submission date, row account).
struct Reference {
    entries: Vec<Got>,
    date: Option<chrono::NaiveDate>,
    rows: (usize, usize, usize, usize),
}

fn reference(file: &str, period: Period, unit: &str) -> Reference {
    let model = run(&[file], period);
    let r = file_report(&model, file);
    assert_eq!(r.outcome, FileOutcome::Return, "{r:?}");
    assert!(model.exceptions.is_empty(), "{:#?}", model.exceptions);
    Reference {
        entries: entries(&model, period, unit, file),
        date: model.period(period).unwrap().submission(unit).unwrap().date(),
        rows: rows(r),
    }
}

/// Asserts that `file` in `model` merged exactly as the reference did.
fn same_as(model: &Model, file: &str, period: Period, unit: &str, want: &Reference) {
    let r = file_report(model, file);
    assert_eq!(r.outcome, FileOutcome::Return, "{r:?}");
    assert_eq!(r.unit.as_deref(), Some(unit), "{r:?}");
    assert_eq!(rows(r), want.rows, "{r:?}");
    assert_eq!(entries(model, period, unit, file), want.entries);
    let submission = model.period(period).unwrap().submission(unit).unwrap();
    assert_eq!(submission.date(), want.date);
    let mine: Vec<_> = model.exceptions.iter().filter(|e| e.place.file == file).collect();
    assert!(mine.is_empty(), "{mine:#?}");
}

fn civil() -> Reference {
    let want = reference(CIVIL_XLSX, H1, "区民政局");
    assert_eq!(want.entries.len(), 4, "{:#?}", want.entries);
    assert_eq!(want.entries[0].2, Some(100));
    assert_eq!(want.date, chrono::NaiveDate::from_ymd_opt(2020, 7, 15));
    want
}

fn finance() -> Reference {
    let want = reference(FIN_XLSX, Q1, "区财政局");
    assert_eq!(want.entries.len(), 3, "{:#?}", want.entries);
    // The status merged down over tasks 1 and 2 reaches both.
    assert_eq!(want.entries[0].1, Status::OnTrack);
    assert_eq!(want.entries[1].1, Status::OnTrack);
    assert!(
        want.entries[2].3.contains("已起草。\n待区政府"),
        "{:?}",
        want.entries[2]
    );
    want
}

#[test]
fn gbk_csv_merges_like_its_xlsx() {
    let want = civil();
    let model = run(&[CIVIL_GBK], H1);
    same_as(&model, CIVIL_GBK, H1, "区民政局", &want);
    assert_eq!(file_report(&model, CIVIL_GBK).format.as_deref(), Some("csv"));
}

#[test]
fn utf8_bom_tab_separated_csv_merges_like_its_xlsx() {
    let want = civil();
    let model = run(&[CIVIL_BOM], H1);
    same_as(&model, CIVIL_BOM, H1, "区民政局", &want);
}

#[test]
fn csv_sheet_is_named_after_the_file_and_holds_text_cells() {
    let limits = Settings::default().limits;
    let wb = match duban::collect::read_file(&fixture(CIVIL_GBK), CIVIL_GBK, &limits) {
        Collected::Workbook(wb) => wb,
        other => panic!("{other:?}"),
    };
    assert_eq!(wb.sheets.len(), 1);
    let sheet = &wb.sheets[0];
    assert_eq!(sheet.name, "区民政局半年_GBK");
    assert_eq!(
        sheet.rows[0].cells,
        [(0, duban::collect::CellValue::Text("盐湖区民政局".into()))]
    );
    assert!(sheet.merged.is_empty());
}

#[test]
fn word_table_merges_like_its_xlsx() {
    let want = finance();
    let model = run(&[FIN_DOCX], Q1);
    same_as(&model, FIN_DOCX, Q1, "区财政局", &want);
    let r = file_report(&model, FIN_DOCX);
    assert_eq!(r.format.as_deref(), Some("docx"));
    let source = model
        .period(Q1)
        .unwrap()
        .entries
        .iter()
        .find(|e| e.reported())
        .unwrap();
    assert_eq!(source.source.as_ref().unwrap().sheet, "表格1");
}

#[test]
fn word_table_keeps_grid_spans_and_vertical_merges_as_merged_ranges() {
    let limits = Settings::default().limits;
    let wb = match duban::collect::read_file(&fixture(FIN_DOCX), FIN_DOCX, &limits) {
        Collected::Workbook(wb) => wb,
        other => panic!("{other:?}"),
    };
    let sheet = &wb.sheets[0];
    let merged: Vec<(u32, u32, u32, u32)> = sheet
        .merged
        .iter()
        .map(|m| (m.first_row, m.first_col, m.last_row, m.last_col))
        .collect();
    // Title and 填报单位 paragraphs are rows 0-1, the header row 2; programme rows 3 and 6
    // span the five columns; the status C5:C6 is merged down.
    assert_eq!(merged, [(3, 0, 3, 4), (4, 2, 5, 2), (6, 0, 6, 4)]);
    let first: Vec<u32> = sheet.rows.iter().map(|r| r.row).collect();
    assert_eq!(first, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
}

#[test]
fn wps_et_holding_an_xls_merges_like_its_xlsx() {
    let want = finance();
    let model = run(&[FIN_ET], Q1);
    same_as(&model, FIN_ET, Q1, "区财政局", &want);
    assert_eq!(file_report(&model, FIN_ET).format.as_deref(), Some("xls"));
}

#[test]
fn zip_with_gbk_names_reads_each_entry_as_a_file() {
    let (civil, finance) = (civil(), finance());
    let civil_path = format!("{GBK_ZIP}/区民政局半年.xlsx");
    let fin_path = format!("{GBK_ZIP}/区财政局一季度.docx");
    let model = run(&[GBK_ZIP], H1);
    let paths: Vec<&str> = model.files.iter().map(|f| f.path.as_str()).collect();
    assert_eq!(paths, ["notice.txt", civil_path.as_str(), fin_path.as_str()]);
    same_as(&model, &civil_path, H1, "区民政局", &civil);
    // The Q1 return inside is merged by its own period's run.
    let model = run(&[GBK_ZIP], Q1);
    same_as(&model, &fin_path, Q1, "区财政局", &finance);
}

#[test]
fn zip_with_nested_folders_names_every_entry() {
    let want = civil();
    let model = run(&[NESTED_ZIP], H1);
    let csv = format!("{NESTED_ZIP}/2020年上半年/各单位/区民政局.csv");
    same_as(&model, &csv, H1, "区民政局", &want);
    let files: Vec<(&str, FileOutcome)> = model.files.iter().map(|f| (f.path.as_str(), f.outcome)).collect();
    let note = format!("{NESTED_ZIP}/2020年上半年/说明.txt");
    assert_eq!(
        files,
        [
            ("notice.txt", FileOutcome::Canonical),
            (csv.as_str(), FileOutcome::Return),
            (note.as_str(), FileOutcome::Skipped),
        ]
    );
}

/// The notice as .docx beside notice.txt is part of the job: never read as a Word return, even
/// now that Word tables are returns (the shipped notice.docx has tables).
#[test]
fn the_notice_docx_stays_the_notice() {
    let case = Case::new();
    case.copy(&crate::support::notice_docx(), "notice.docx");
    case.copy(&fixture(FIN_DOCX), FIN_DOCX);
    let model = run_in(&case, Q1);
    let files: Vec<(&str, FileOutcome)> = model.files.iter().map(|f| (f.path.as_str(), f.outcome)).collect();
    assert_eq!(
        files,
        [
            ("notice.docx", FileOutcome::Canonical),
            ("notice.txt", FileOutcome::Canonical),
            (FIN_DOCX, FileOutcome::Return),
        ]
    );
}

/// A zip entry's own modification date (what the unit's computer wrote) stands in for the
/// file's date, used when a return has no 填报日期.
#[test]
fn zip_entries_keep_their_own_dates_and_gbk_names() {
    let limits = Settings::default().limits;
    let got = duban::collect::read_file_all(&fixture(GBK_ZIP), GBK_ZIP, &limits);
    let seen: Vec<(&str, Option<chrono::NaiveDate>)> = got
        .iter()
        .map(|c| match c {
            Collected::Workbook(w) => (w.path.as_str(), w.modified),
            other => panic!("{other:?}"),
        })
        .collect();
    let day = chrono::NaiveDate::from_ymd_opt(2020, 7, 14);
    let civil = format!("{GBK_ZIP}/区民政局半年.xlsx");
    let fin = format!("{GBK_ZIP}/区财政局一季度.docx");
    assert_eq!(seen, [(civil.as_str(), day), (fin.as_str(), day)]);
}
