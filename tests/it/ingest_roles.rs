//! Column roles told from what the cells hold, and the cell account, on returns made by other
//! programs (tests/fixtures/roles/: openpyxl via `make.py`, and LibreOffice's .ods of the
//! first): the issue-13 layout (完成情况 holding status words), 完成情况 as prose, two columns
//! that both look like progress, a column with no header, headers seen nowhere, a table with
//! no header row; 填报单位/填报日期 in text cells, a typed date cell, Alt+Enter text.

use crate::support::{file_report, Case};
use duban::merge::{ingest, PeriodChoice};
use duban::model::{Entry, FileReport, Finding, Model};
use duban::period::{Period, PeriodKind};
use duban::register::Register;
use duban::settings::Settings;
use duban::status::Status;

const UNIT: &str = "区财政局";
const IDS: [&str; 4] = ["1.(3).3", "1.(3).4", "5.(1).1", "7.(1).1"];
const STATUS: [Status; 4] = [
    Status::Completed,
    Status::OnTrack,
    Status::Lagging,
    Status::OnTrack,
];
const PERCENT: [Option<u8>; 4] = [Some(100), Some(50), Some(30), Some(40)];
const PROGRESS: [&str; 4] = [
    "预算编制全面完成，绩效目标管理全覆盖。",
    "化解存量债务1.2亿元，无新增隐性债务。",
    "国企改革方案已报区政府审定，建投公司完成重组。",
    "出台支持政策3项，基础设施向乡镇延伸工作正在推进。",
];

/// Ingests one fixture beside the real notice for 2020 Q1; checks every file's accounts.
fn run(fixture: &str) -> Model {
    let case = Case::new();
    case.copy(&crate::support::fixture("roles").join(fixture), fixture);
    let q1 = Period::new(2020, PeriodKind::Q1);
    case.ingest(&Settings::default(), Some(q1))
}

fn entries(m: &Model) -> Vec<&Entry> {
    IDS.iter()
        .map(|id| m.current_progress().entry(id, UNIT).expect("an entry per task"))
        .collect()
}

/// Statuses, progress texts and (when `percent`) percentages of the four entries.
fn assert_core(m: &Model, progress: [&str; 4], percent: bool) {
    for (i, e) in entries(m).iter().enumerate() {
        assert_eq!(e.status, STATUS[i], "{e:?}\n{:#?}", m.exceptions);
        assert_eq!(e.percent, PERCENT[i].filter(|_| percent), "{e:?}");
        assert_eq!(e.progress, progress[i], "{e:?}");
    }
}

fn warnings(f: &FileReport) -> Vec<&str> {
    f.warnings.iter().map(|w: &Finding| w.message.as_str()).collect()
}

fn submission_date(m: &Model) -> (Option<chrono::NaiveDate>, String, Option<String>) {
    let s = m.current_progress().submission(UNIT).unwrap();
    let e = s.evidence.as_ref();
    (
        s.date(),
        e.map(|e| e.kind.label()).unwrap_or_default().to_string(),
        e.map(|e| e.place.cell.clone()),
    )
}

fn date(m: u32, d: u32) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(2020, m, d)
}

#[test]
fn status_words_under_a_progress_header_are_the_status_and_the_prose_is_kept() {
    for name in [
        "区财政局2020年一季度_完成情况为状态.xlsx",
        "区财政局2020年一季度_完成情况为状态.ods",
    ] {
        let m = run(name);
        assert_core(&m, PROGRESS, true);
        let es = entries(&m);
        assert_eq!(es[1].difficulties, "化债压力较大");
        assert_eq!(es[3].difficulties, "资金缺口较大");
        let next: Vec<&str> = es.iter().map(|e| e.next_steps.as_str()).collect();
        assert_eq!(next, ["巩固成果", "加快化解进度", "完成改革收尾", "争取上级资金"]);
        assert!(es.iter().all(|e| e.other.is_empty()), "{es:?}");
        let f = file_report(&m, name);
        assert_eq!(
            warnings(f),
            [format!(
                "{name} / Sheet1 / D列（完成情况）：内容为状态词，按“完成状态”读取"
            )],
        );
        // 1 title + 8 header + 4 rows x 8 + 1 footer; 序号 and 牵头单位 count as used.
        assert_eq!(
            (
                f.cells_read,
                f.cells_used,
                f.cells_other,
                f.cells_exception,
                f.cells_meta
            ),
            (40, 30, 0, 0, 10),
            "{f:?}"
        );
        // The combined footer cell gives both the unit and the date, named by its cell.
        assert_eq!(f.unit.as_deref(), Some(UNIT));
        assert_eq!(
            submission_date(&m),
            (date(4, 3), "填报日期".into(), Some("A7".into()))
        );
    }
}

#[test]
fn prose_under_the_same_header_is_the_progress_and_a_remark_goes_to_other() {
    let name = "区财政局2020年一季度_完成情况为文字.xlsx";
    let m = run(name);
    assert_core(&m, PROGRESS, false);
    let es = entries(&m);
    assert_eq!(es[1].other.len(), 1);
    assert_eq!(es[1].other[0].label(), "备注：已报审计");
    assert_eq!(es[1].other[0].cell, "D4");
    let f = file_report(&m, name);
    assert!(warnings(f).is_empty(), "{:?}", warnings(f));
    assert_eq!((f.cells_other, f.cells_used), (1, 12), "{f:?}");
    assert_eq!(
        submission_date(&m),
        (date(4, 2), "填报日期".into(), Some("A8".into()))
    );
}

#[test]
fn a_second_progress_column_is_kept_in_other_and_said_once() {
    let name = "区财政局2020年一季度_两列进展.xlsx";
    let m = run(name);
    assert_core(&m, PROGRESS, false);
    let others: Vec<String> = entries(&m).iter().map(|e| e.other[0].label()).collect();
    assert_eq!(others[0], "进展情况：一季度召开专题会2次。");
    let f = file_report(&m, name);
    assert_eq!(
        warnings(f),
        [format!(
            "{name} / Sheet1 / D列（进展情况）：内容为文字，无法确定所属栏目，原样列入“其他”"
        )]
    );
    assert_eq!((f.cells_other, f.cells_used), (4, 12), "{f:?}");
}

#[test]
fn a_column_without_header_takes_its_role_from_its_cells() {
    let name = "区财政局2020年一季度_无表头列.xlsx";
    let m = run(name);
    assert_core(&m, PROGRESS, true);
    let f = file_report(&m, name);
    assert_eq!(
        warnings(f),
        [format!(
            "{name} / Sheet1 / B列（无表头）：内容为状态词，按“完成状态”读取"
        )]
    );
    // 填报日期： with the date typed as a date in the next cell.
    assert_eq!(
        submission_date(&m),
        (date(4, 7), "填报日期".into(), Some("B7".into()))
    );
}

#[test]
fn unseen_headers_and_no_header_row_read_by_content() {
    for (name, when, cell) in [
        ("区财政局2020年一季度_陌生表头.xlsx", date(4, 6), "A1"),
        ("区财政局2020年一季度_无表头.xlsx", date(4, 8), "A6"),
    ] {
        let m = run(name);
        assert_core(&m, PROGRESS, true);
        let f = file_report(&m, name);
        assert_eq!(f.rows_matched, 4, "{f:?}");
        assert_eq!(f.cells_other, 0, "{f:?}");
        assert_eq!(
            submission_date(&m),
            (when, "填报日期".into(), Some(cell.into())),
            "{name}"
        );
    }
}

#[test]
fn line_breaks_are_kept() {
    let m = run("区财政局2020年一季度_换行.xlsx");
    let es = entries(&m);
    assert_eq!(es[0].progress, "1.预算编制全面完成\n2.绩效目标管理全覆盖");
    assert_eq!(es[0].next_steps, "巩固成果\n开展绩效评价");
    // Where the text runs into a sentence of the bulletin, the break becomes "；".
    let sentence = duban::text::shorten::excerpt(&es[2].progress, 60);
    assert_eq!(sentence, "完成清产核资；建投公司完成重组");
}

mod layout {
    //! Property: permuting the columns of a fixture, and renaming its headers to words seen
    //! nowhere, changes no entry's status or percentage and drops no text: each text field is
    //! what it was, or (the role undecidable without its header) empty with its text in 其他.

    use super::*;
    use duban::collect::{read_bytes, CellValue, Collected};
    use duban::merge::merge_collected;
    use proptest::prelude::*;

    const FIXTURE: &str = "区财政局2020年一季度_完成情况为状态.xlsx";
    /// 0-based rows of the header and the four task rows.
    const TABLE: std::ops::RangeInclusive<u32> = 1..=5;
    const UNSEEN: [&str; 8] = ["甲栏", "乙栏", "丙栏", "丁栏", "戊栏", "己栏", "庚栏", "辛栏"];

    fn collected(order: &[u32], rename: bool) -> Collected {
        let bytes = std::fs::read(crate::support::fixture("roles").join(FIXTURE)).unwrap();
        let mut c = read_bytes(&bytes, FIXTURE, None, &Settings::default().limits);
        let Collected::Workbook(wb) = &mut c else {
            panic!("the fixture reads")
        };
        for row in wb.sheets[0].rows.iter_mut().filter(|r| TABLE.contains(&r.row)) {
            for (col, v) in row.cells.iter_mut() {
                if rename && row.row == *TABLE.start() {
                    *v = CellValue::Text(UNSEEN[*col as usize].to_string());
                }
                *col = order[*col as usize];
            }
            row.cells.sort_by_key(|(c, _)| *c);
        }
        c
    }

    fn model(order: &[u32], rename: bool) -> Model {
        let register = crate::support::register();
        let q1 = Period::new(2020, PeriodKind::Q1);
        let m = merge_collected(register, &Settings::default(), vec![collected(order, rename)], q1);
        for f in &m.files {
            assert!(f.balanced(), "accounts do not balance: {f:?}");
        }
        m
    }

    fn texts(e: &Entry) -> [&str; 4] {
        [&e.progress, &e.difficulties, &e.suggestions, &e.next_steps].map(String::as_str)
    }

    proptest! {
        #![proptest_config(crate::support::proptest_config(24))]
        #[test]
        fn layout_and_header_words_change_no_entry(
            order in Just((0..8u32).collect::<Vec<_>>()).prop_shuffle(),
            rename in any::<bool>(),
        ) {
            let base = model(&(0..8).collect::<Vec<_>>(), false);
            let got = model(&order, rename);
            for (b, g) in entries(&base).iter().zip(entries(&got)) {
                prop_assert_eq!(g.status, b.status, "{:?}", g);
                prop_assert_eq!(g.percent, b.percent, "{:?}", g);
                let other: Vec<&str> = g.other.iter().map(|o| o.value.as_str()).collect();
                for (was, now) in texts(b).iter().zip(texts(g)) {
                    let kept = now == *was || (now.is_empty() && other.contains(was));
                    prop_assert!(was.is_empty() || kept, "{:?} lost in {:?}", was, g);
                    prop_assert!(now.is_empty() || now == *was, "{:?} in the wrong field of {:?}", now, g);
                }
                if !rename {
                    prop_assert_eq!(&g.other, &b.other);
                }
            }
        }
    }
}

/// The shipped demo input (both periods' returns, own layouts, forms, junk): every file's
/// rows and cells are accounted for.
#[test]
fn every_cell_of_the_demo_returns_is_accounted_for() {
    let input = crate::support::repo().join("input");
    let settings = Settings::load(&input).unwrap();
    let register = Register::load(&input.join(&settings.notice)).unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2021, 6, 30).unwrap();
    let m = ingest(
        register,
        &settings,
        &input,
        PeriodChoice::new(None, &settings, day),
        false,
    );
    let returns: Vec<&FileReport> = m.files.iter().filter(|f| f.cells_read > 0).collect();
    assert!(returns.len() > 50, "{}", returns.len());
    for f in &m.files {
        assert!(f.balanced(), "accounts do not balance: {f:?}");
    }
    let used: usize = m.files.iter().map(|f| f.cells_used).sum();
    assert!(used > 1000, "{used}");
    // 序号 (1, 2, 3…) beside 任务编号: the register's numbers are the task IDs.
    let f = file_report(&m, "returns/2020半年/区经管中心2020年上半年工作进展.xlsx");
    assert_eq!(f.methods.get("任务编号"), Some(&4), "{f:?}");
    assert!(f.warnings.is_empty(), "{:?}", f.warnings);
}

/// The 其他 value of an entry is in the master ledger, the unit's and the leader's ledgers
/// (its 其他 column) and the run report's 其他 sheet.
#[test]
fn other_values_are_shown_in_every_ledger_and_the_report() {
    use calamine::{open_workbook_auto, Data, Reader};
    use duban::render::{ledger::Ledger, render_alone, report::RunReport};
    let m = run("区财政局2020年一季度_完成情况为文字.xlsx");
    let dir = tempfile::tempdir().unwrap();
    let templates = duban::templates::Templates::load(None).unwrap();
    let mut files = render_alone(&Ledger, &m, &Settings::default(), &templates, dir.path()).unwrap();
    files.extend(render_alone(&RunReport, &m, &Settings::default(), &templates, dir.path()).unwrap());
    let holds = |path: &std::path::Path, text: &str| {
        let mut wb = open_workbook_auto(path).unwrap();
        wb.sheet_names().iter().any(|s| {
            let range = wb.worksheet_range(s).unwrap();
            range
                .rows()
                .flatten()
                .any(|c| matches!(c, Data::String(t) if t == text))
        })
    };
    let named = |part: &str| {
        let name = |f: &&std::path::PathBuf| f.file_name().unwrap().to_string_lossy().into_owned();
        files.iter().find(|f| name(f).starts_with(part)).unwrap()
    };
    for part in ["工作台帐_", "区财政局_工作台帐", "薛永琦_工作台帐"] {
        assert!(holds(named(part), "备注：已报审计"), "{part}");
    }
    assert!(holds(named("处理报告.xlsx"), "已报审计"));
}

/// Percent-formatted 完成进度 cells hold fractions (Excel stores 100 % as 1): the column is
/// read as fractions, so the completed task is 100 %, not 1 %. A column mixing 100 with 0.3
/// (the other fixtures) keeps reading 100 as 100 %.
#[test]
fn percent_formatted_cells_are_fractions() {
    let name = "区财政局2020年一季度_百分比格式.xlsx";
    let m = run(name);
    assert_core(&m, PROGRESS, true);
    let f = file_report(&m, name);
    assert_eq!(f.rows_matched, 4, "{f:?}");
    assert!(
        m.exceptions.iter().all(|e| !e.place.file.contains("百分比")),
        "{:#?}",
        m.exceptions
    );
}
