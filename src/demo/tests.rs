//! Tests of the demo generator against the real notice.

use super::scenario::ALIAS;
use super::*;
use crate::period::PeriodKind;
use calamine::{open_workbook_auto_from_rs, Data, Reader};
use std::collections::BTreeSet;
use std::io::Cursor;

fn input() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("input")
}

fn setup() -> (Register, Settings) {
    let settings = Settings::load(&input()).unwrap();
    let register = Register::load(&input().join(&settings.notice)).unwrap();
    (register, settings)
}

/// Sheet name -> rows of cell texts.
fn read_back(bytes: Vec<u8>) -> Vec<(String, Vec<Vec<String>>)> {
    let mut wb = open_workbook_auto_from_rs(Cursor::new(bytes)).unwrap();
    let names = wb.sheet_names();
    names
        .into_iter()
        .map(|n| {
            let range = wb.worksheet_range(&n).unwrap();
            let rows = range
                .rows()
                .map(|r| {
                    r.iter()
                        .map(|c| {
                            if *c == Data::Empty {
                                String::new()
                            } else {
                                c.to_string()
                            }
                        })
                        .collect()
                })
                .collect();
            (n, rows)
        })
        .collect()
}

#[test]
fn two_generations_are_equal_to_the_byte() {
    let (register, settings) = setup();
    let a = demo_scenario(&register, &settings);
    let b = demo_scenario(&register, &settings);
    assert_eq!(a, b);
    for (x, y) in a.returns.iter().zip(&b.returns).step_by(7) {
        let bx = returns::workbook(x, &register, &settings).unwrap();
        let by = returns::workbook(y, &register, &settings).unwrap();
        assert!(bx == by, "{} differs between two generations", x.xlsx_path());
    }
    let ja: Vec<_> = junk::files(&a, &register)
        .unwrap()
        .into_iter()
        .map(|f| (f.path, f.bytes))
        .collect();
    let jb: Vec<_> = junk::files(&b, &register)
        .unwrap()
        .into_iter()
        .map(|f| (f.path, f.bytes))
        .collect();
    assert_eq!(ja, jb);
}

#[test]
fn every_reporting_unit_reports_or_is_missing() {
    let (register, settings) = setup();
    let s = demo_scenario(&register, &settings);
    assert_eq!(s.periods.len(), 2);
    for period in &s.periods {
        let missing = &s.missing[period];
        assert!((2..=5).contains(&missing.len()), "{missing:?}");
        let reporting: BTreeSet<&str> = s
            .returns
            .iter()
            .filter(|r| r.period == *period)
            .map(|r| r.unit.as_str())
            .collect();
        for unit in register.reporting_units() {
            let reports = reporting.contains(unit.name.as_str());
            let is_missing = missing.contains(&unit.name);
            assert!(
                reports != is_missing,
                "{} {period}: reports {reports}, missing {is_missing}",
                unit.name
            );
        }
    }
    let (p, unit) = s.docx_instead.clone().unwrap();
    assert!(s.missing[&p].contains(&unit));
}

#[test]
fn every_return_reports_on_exactly_the_units_lead_tasks() {
    let (register, settings) = setup();
    for ret in &demo_scenario(&register, &settings).returns {
        let unit = register.unit(&ret.unit).unwrap();
        let ids: Vec<&str> = ret.rows.iter().map(|r| r.task_id.as_str()).collect();
        assert_eq!(ids, unit.lead_tasks, "{}", ret.xlsx_path());
    }
}

#[test]
fn dates_make_exactly_the_planned_units_late() {
    let (register, settings) = setup();
    let s = demo_scenario(&register, &settings);
    for ret in &s.returns {
        let deadline = settings.deadline(ret.period);
        let late = s.late[&ret.period].contains(&ret.unit);
        assert_eq!(
            ret.date > deadline,
            late,
            "{} dated {}",
            ret.xlsx_path(),
            ret.date
        );
        assert!(ret.date > ret.period.kind.end(ret.period.year));
        // Never after the bulletin's date: such a date is no evidence.
        assert!(
            ret.date <= settings.report_date(ret.period),
            "{}",
            ret.xlsx_path()
        );
    }
    assert!(s.late.values().all(|l| l.len() >= 3));
}

#[test]
fn the_special_cases_are_all_there() {
    let (register, settings) = setup();
    let s = demo_scenario(&register, &settings);
    let layouts: BTreeSet<Layout> = s.returns.iter().map(|r| r.layout).collect();
    assert_eq!(layouts.len(), 8, "{layouts:?}");
    let formats: BTreeSet<FileFormat> = s.returns.iter().map(|r| r.format).collect();
    assert_eq!(formats.len(), 3);
    let styles: BTreeSet<PercentStyle> = s.returns.iter().map(|r| r.percent_style).collect();
    assert_eq!(styles.len(), 4);
    let dates: BTreeSet<DateStyle> = s.returns.iter().map(|r| r.date_style).collect();
    assert!(dates.len() >= 3);
    assert!(s
        .returns
        .iter()
        .any(|r| r.written_unit == ALIAS.0 && r.unit == ALIAS.1));
    let (p, unit) = &s.corrected[0];
    let both: Vec<&Return> = s
        .returns
        .iter()
        .filter(|r| r.period == *p && &r.unit == unit)
        .collect();
    assert_eq!(both.len(), 2);
    assert!(both[1].stem.ends_with("（更正）") && both[1].date > both[0].date);
    assert_ne!(both[0].rows, both[1].rows);
    let paths: BTreeSet<String> = s.returns.iter().map(|r| r.final_path()).collect();
    assert_eq!(paths.len(), s.returns.len(), "two returns share a file name");
}

#[test]
fn form_return_reads_back_as_docs_forms_says() {
    let (register, settings) = setup();
    let s = demo_scenario(&register, &settings);
    let ret = s
        .returns
        .iter()
        .find(|r| r.layout == Layout::Form && r.period.kind == PeriodKind::H1 && r.previous_column)
        .unwrap();
    let sheets = read_back(returns::workbook(ret, &register, &settings).unwrap());
    assert_eq!(sheets[0].0, "反馈表");
    let rows = &sheets[0].1;
    assert!(rows[0][0].contains("重点任务半年进展情况反馈表"), "{:?}", rows[0]);
    assert_eq!(rows[1][0], format!("填报单位：{}", ret.unit));
    assert_eq!(rows[2], crate::form::header_names(true));
    assert_eq!(rows[3][0], ret.rows[0].task_id);
    assert_eq!(rows[3][6], ret.rows[0].previous);
    let date_row = rows.iter().find(|r| r[0] == "填报日期：").unwrap();
    assert!(!date_row[1].is_empty());
    let (name, identity) = &sheets[1];
    assert_eq!(name, "_duban");
    assert_eq!(identity[1], ["unit", ret.unit.as_str()]);
    assert_eq!(identity[2], ["period", "2020-H1"]);
    let tasks: Vec<&str> = identity[4..].iter().map(|r| r[1].as_str()).collect();
    assert_eq!(tasks, register.unit(&ret.unit).unwrap().lead_tasks);
}

#[test]
fn own_layouts_read_back_with_their_quirks() {
    let (register, settings) = setup();
    let s = demo_scenario(&register, &settings);
    let sheet = |l: Layout| {
        let ret = s.returns.iter().find(|r| r.layout == l).unwrap();
        (
            ret.clone(),
            read_back(returns::workbook(ret, &register, &settings).unwrap()),
        )
    };
    let (_, text_only) = sheet(Layout::TextOnly);
    assert_eq!(text_only.len(), 1);
    assert!(text_only[0].1.iter().all(|r| !r.iter().any(|c| c == "任务编号")));
    let (ret, status_in_text) = sheet(Layout::StatusInText);
    let progress = &status_in_text[0].1[2][3];
    let (status, _) = crate::status::Status::at_start(progress).unwrap();
    assert_eq!(status, ret.rows[0].status);
    let (_, renamed) = sheet(Layout::TitleRenamed);
    assert!(renamed[0].1[1].iter().any(|c| c == "工作进展") && renamed[0].1[1].iter().any(|c| c == "状态"));
    let (_, reordered) = sheet(Layout::Reordered);
    assert_eq!(reordered[0].1[1][0], "进展情况");
    assert!(
        reordered[0].1[2].iter().all(String::is_empty),
        "blank row after the header"
    );
    assert!(reordered[0].1.iter().any(|r| r[0].starts_with("注：")));
}

#[test]
fn demo_settings_parse_and_the_alias_names_a_unit() {
    let (register, settings) = setup();
    assert_eq!(settings.aliases.get(ALIAS.0).map(String::as_str), Some(ALIAS.1));
    assert!(register.unit(ALIAS.1).is_some());
    let q1 = crate::period::Period::new(2020, PeriodKind::Q1);
    assert_eq!(settings.deadline(q1).to_string(), "2020-04-10");
}

#[test]
fn city_notice_gives_thirteen_districts_of_units() {
    let dir = tempfile::tempdir().unwrap();
    let notice = dir.path().join("notice.txt");
    std::fs::write(&notice, city::notice_text(7)).unwrap();
    let register = Register::load(&notice).unwrap();
    assert!(
        register.warnings.is_empty(),
        "{:?}",
        &register.warnings[..3.min(register.warnings.len())]
    );
    let units: Vec<_> = register.reporting_units().collect();
    assert_eq!(units.len(), 13 * 55);
    assert!(units.iter().all(|u| (5..=25).contains(&u.lead_tasks.len())));
    let opts = city::CityOptions {
        workbooks: 300,
        seed: 7,
        soffice: None,
        pool: None,
    };
    let plans = city::plan(&register, &Settings::default(), &opts);
    assert_eq!(plans.len(), 300);
    assert_eq!(plans, city::plan(&register, &Settings::default(), &opts));
    let periods: BTreeSet<_> = plans.iter().map(|r| r.period).collect();
    assert_eq!(periods.len(), 4);
}

/// The committed demo input is what the generator makes: regenerate it with
/// `cargo run --example demo_input -- input` after changing the generator.
#[test]
fn committed_demo_returns_are_in_sync_with_the_generator() {
    let (register, settings) = setup();
    let s = demo_scenario(&register, &settings);
    let dir = input().join("returns");
    let mut expected = BTreeSet::new();
    for ret in &s.returns {
        let converted = dir.join(ret.final_path());
        if ret.format != FileFormat::Xlsx && converted.is_file() {
            expected.insert(ret.final_path());
            continue;
        }
        let committed = std::fs::read(dir.join(ret.xlsx_path()))
            .unwrap_or_else(|e| panic!("{}: {e}; rerun the demo_input example", ret.xlsx_path()));
        let fresh = returns::workbook(ret, &register, &settings).unwrap();
        assert!(
            committed == fresh,
            "{} is stale; rerun the demo_input example",
            ret.xlsx_path()
        );
        expected.insert(ret.xlsx_path());
    }
    for file in junk::files(&s, &register).unwrap() {
        assert_eq!(
            std::fs::read(dir.join(&file.path)).unwrap(),
            file.bytes,
            "{}",
            file.path
        );
        expected.insert(file.path);
    }
    let found: BTreeSet<String> = walkdir::WalkDir::new(&dir)
        .into_iter()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            e.path()
                .strip_prefix(&dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    assert_eq!(found, expected);
}
