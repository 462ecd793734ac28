//! Column roles told from what the cells hold, and the cell account, on returns made by other
//! programs (tests/fixtures/roles/: openpyxl via `make.py`, and LibreOffice's .ods of the
//! first): the issue-13 layout (完成情况 holding status words), 完成情况 as prose, two columns
//! that both look like progress, a column with no header, headers seen nowhere, a table with
//! no header row; 填报单位/填报日期 in text cells, a typed date cell, Alt+Enter text.

use duban::merge::ingest;
use duban::model::{Entry, FileReport, Finding, Model};
use duban::period::{Period, PeriodKind};
use duban::register::Register;
use duban::settings::Settings;
use duban::status::Status;
use std::path::PathBuf;

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

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Ingests one fixture beside the real notice for 2020 Q1; checks every file's accounts.
fn run(fixture: &str) -> Model {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root().join("input/notice.txt"), dir.path().join("notice.txt")).unwrap();
    let src = root().join("tests/fixtures/roles").join(fixture);
    std::fs::copy(src, dir.path().join(fixture)).unwrap();
    let register = Register::load(&root().join("input/notice.txt")).unwrap();
    let q1 = Period::new(2020, PeriodKind::Q1);
    let model = ingest(register, &Settings::default(), dir.path(), Some(q1), false);
    for f in &model.files {
        assert!(f.balanced(), "accounts do not balance: {f:?}");
    }
    model
}

fn file<'m>(m: &'m Model, name: &str) -> &'m FileReport {
    m.files
        .iter()
        .find(|f| f.path == name)
        .expect("the file is reported")
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
    (
        s.date,
        s.date_source.clone(),
        s.date_place.as_ref().map(|p| p.cell.clone()),
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
        let f = file(&m, name);
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
    let f = file(&m, name);
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
    let f = file(&m, name);
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
    let f = file(&m, name);
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
        let f = file(&m, name);
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
    let sentence = duban::render::bulletin::content::abridge(&es[2].progress, 60);
    assert_eq!(sentence, "完成清产核资；建投公司完成重组");
}
