//! Year-end returns in the shapes units really send (issue 25), from tests/fixtures/yearend/
//! (openpyxl via `make.py`, LibreOffice copies via `convert.sh`): last quarter's rows and
//! column kept hidden, columns headed with an earlier period, a return split over two files,
//! a three-quarter workbook re-sent under a year-end name, percents and dates as people write
//! them and as number formats show them, the sign-off row under the table. Each test says
//! where every text landed (the entry of its task and period), the exceptions and the 提示.

use duban::merge::ingest;
use duban::model::{Entry, ExceptionKind, Model};
use duban::period::{Period, PeriodKind};
use duban::register::Register;
use duban::settings::Settings;
use std::path::PathBuf;

const CZ: &str = "区财政局";
const CZ_IDS: [&str; 4] = ["1.(3).3", "1.(3).4", "5.(1).1", "7.(1).1"];
fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn year_end() -> Period {
    Period::new(2020, PeriodKind::Y)
}

/// Ingests the fixtures beside the real notice for the 2020 year-end run; checks that every
/// file's rows and cells balance.
fn run(fixtures: &[&str]) -> Model {
    let dir = tempfile::tempdir().unwrap();
    for f in fixtures {
        let src = root().join("tests/fixtures/yearend").join(f);
        std::fs::copy(src, dir.path().join(f)).unwrap();
    }
    let register = Register::load(&root().join("input/notice.txt")).unwrap();
    let model = ingest(register, &Settings::default(), dir.path(), year_end(), false);
    for f in &model.files {
        assert!(f.balanced(), "accounts do not balance: {f:?}");
    }
    model
}

fn entry<'m>(m: &'m Model, period: Period, id: &str, unit: &str) -> &'m Entry {
    m.period(period)
        .and_then(|p| p.entry(id, unit))
        .unwrap_or_else(|| panic!("an entry for {id} / {unit} in {period:?}"))
}

fn cz_entries(m: &Model) -> Vec<&Entry> {
    CZ_IDS.iter().map(|id| entry(m, year_end(), id, CZ)).collect()
}

/// The exceptions of a file, as (kind, cell).
fn exceptions_of(m: &Model, name: &str) -> Vec<(ExceptionKind, String)> {
    m.exceptions
        .iter()
        .filter(|e| e.place.file == name)
        .map(|e| (e.kind, e.place.cell.clone()))
        .collect()
}

/// The evidence of 区财政局's year-end return: (date, cell).
fn cz_dated(m: &Model) -> (Option<chrono::NaiveDate>, Option<String>) {
    let s = m.current_progress().submission(CZ).unwrap();
    (s.date(), s.evidence.as_ref().map(|e| e.place.cell.clone()))
}

fn ymd(y: i32, m: u32, d: u32) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(y, m, d)
}

#[test]
fn percents_and_dates_as_people_write_them_and_as_formats_show_them() {
    for ext in ["xlsx", "ods", "xls"] {
        let name = format!("区财政局2020年全年_格式.{ext}");
        let m = run(&[&name]);
        let got: Vec<Option<u8>> = cz_entries(&m).iter().map(|e| e.percent).collect();
        // 100 % formatted (stored as 1), "完成全年目标的95%", a plain 100, "百分之九十".
        assert_eq!(got, [Some(100), Some(95), Some(100), Some(90)], "{name}");
        // 已完成 at 95 % is a status its own percentage contradicts (issue 24).
        let contradicted = [(ExceptionKind::Contradiction, "C4".to_string())];
        assert_eq!(
            exceptions_of(&m, &name),
            contradicted,
            "{name}: {:#?}",
            m.exceptions
        );
        // "填报日期：" with 20210105 typed as a number in the next cell.
        assert_eq!(cz_dated(&m), (ymd(2021, 1, 5), Some("E8".into())), "{name}");
    }

    let name = "区财政局2020年全年_日期格式.xlsx";
    let m = run(&[name]);
    let got: Vec<Option<u8>> = cz_entries(&m).iter().map(|e| e.percent).collect();
    assert_eq!(got, [Some(100), Some(100), Some(96), Some(100)]);
    // 滞后 at 100 %: a status its own percentage contradicts (issue 24).
    let contradicted = [(ExceptionKind::Contradiction, "C6".to_string())];
    assert_eq!(exceptions_of(&m, name), contradicted, "{:#?}", m.exceptions);
    // A date cell with the format yyyy"年"m"月"d"日".
    assert_eq!(cz_dated(&m), (ymd(2021, 1, 7), Some("F3".into())));
}

#[test]
fn hidden_rows_and_columns_and_percent_formats_are_read_in_every_format() {
    use duban::collect::{read_file, CellValue, Collected};
    let limits = duban::settings::Limits::default();
    let read = |name: &str| {
        let path = root().join("tests/fixtures/yearend").join(name);
        match read_file(&path, name, &limits) {
            Collected::Workbook(w) => w.sheets.into_iter().next().unwrap(),
            other => panic!("{name}: {other:?}"),
        }
    };
    for ext in ["xlsx", "ods", "xls"] {
        let rows = read(&format!("区财政局2020年全年_隐藏行.{ext}"));
        assert_eq!(rows.hidden.rows, [(2, 2), (4, 4), (6, 6), (8, 8)], "{ext}");
        assert!(rows.hidden.cols.is_empty(), "{ext}");
        let cols = read(&format!("区财政局2020年全年_隐藏列.{ext}"));
        assert_eq!(cols.hidden.cols, [(3, 3)], "{ext}");
        assert!(cols.hidden.rows.is_empty(), "{ext}");
    }
    for ext in ["xlsx", "ods", "xls"] {
        let formats = read(&format!("区财政局2020年全年_格式.{ext}"));
        let row3 = &formats.rows.iter().find(|r| r.row == 2).unwrap().cells;
        assert!(row3.contains(&(3, CellValue::Percent(1.0))), "{ext}: {row3:?}");
        // The plain 100 two rows below stays a number.
        let row5 = &formats.rows.iter().find(|r| r.row == 4).unwrap().cells;
        assert!(row5.contains(&(3, CellValue::Number(100.0))), "{ext}: {row5:?}");
    }
}
