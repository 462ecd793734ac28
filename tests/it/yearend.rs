//! Year-end returns in the shapes units really send (issue 25), from tests/fixtures/yearend/
//! (openpyxl via `make.py`, LibreOffice copies via `convert.sh`): last quarter's rows and
//! column kept hidden, columns headed with an earlier period, a return split over two files,
//! a three-quarter workbook re-sent under a year-end name, percents and dates as people write
//! them and as number formats show them, the sign-off row under the table. Each test says
//! where every text landed (the entry of its task and period), the exceptions and the 提示.

use crate::support::{file_report, fixture, register, Case};
use duban::demo::whole::{Shape, WholeTable};
use duban::model::{Entry, ExceptionKind, FileReport, Model, Timeliness};
use duban::period::{Period, PeriodKind};
use duban::settings::Settings;
use duban::status::Status;

const CZ: &str = "区财政局";
const CZ_IDS: [&str; 4] = ["1.(3).3", "1.(3).4", "5.(1).1", "7.(1).1"];
const Q3_TEXT: [&str; 4] = [
    "前三季度：预算绩效目标审核完成。",
    "前三季度：化解存量债务0.8亿元。",
    "前三季度：国企改革方案起草完成。",
    "前三季度：出台支持政策2项。",
];
const Y_TEXT: [&str; 4] = [
    "全年：预算编制全面完成，绩效目标管理全覆盖。",
    "全年：化解存量债务1.2亿元，无新增隐性债务。",
    "全年：建投公司完成重组，文旅投实体化运营。",
    "全年：出台支持政策3项，基础设施向乡镇延伸。",
];
const STATUS: [Status; 4] = [
    Status::Completed,
    Status::Completed,
    Status::OnTrack,
    Status::Lagging,
];

fn year_end() -> Period {
    Period::new(2020, PeriodKind::Y)
}

/// Ingests the fixtures with the frozen notice's register (the folder holds no notice) for the 2020 year-end run; checks that every
/// file's rows and cells balance.
fn run(fixtures: &[&str]) -> Model {
    let case = Case::empty();
    for f in fixtures {
        case.copy(&fixture("yearend").join(f), f);
    }
    case.ingest(&Settings::default(), Some(year_end()))
}

fn warnings(f: &FileReport) -> Vec<&str> {
    f.warnings.iter().map(|w| w.message.as_str()).collect()
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

/// (header, value) of an entry's 其他.
fn others(e: &Entry) -> Vec<(&str, &str)> {
    e.other
        .iter()
        .map(|o| (o.header.as_str(), o.value.as_str()))
        .collect()
}

#[test]
fn hidden_rows_of_last_quarter_give_way_to_the_visible_year_end_rows() {
    for name in [
        "区财政局2020年全年_隐藏行.xlsx",
        "区财政局2020年全年_隐藏行.ods",
        "区财政局2020年全年_隐藏行.xls",
    ] {
        let m = run(&[name]);
        for (i, e) in cz_entries(&m).iter().enumerate() {
            assert_eq!(e.progress, Y_TEXT[i], "{name}: {e:?}");
            assert_eq!(e.status, STATUS[i], "{name}: {e:?}");
            // The hidden row's texts are kept in 其他, marked 隐藏, with their cells.
            let hidden: Vec<(&str, &str)> = others(e);
            assert_eq!(
                hidden,
                [
                    ("完成状态（隐藏行）", "序时推进"),
                    ("进展情况（隐藏行）", Q3_TEXT[i]),
                    ("存在困难（隐藏行）", "上季度困难"),
                ],
                "{name}"
            );
            assert_eq!(e.other[1].cell, format!("D{}", 3 + 2 * i), "{name}");
        }
        assert_eq!(exceptions_of(&m, name), [], "{name}: {:#?}", m.exceptions);
        // The sign-off row under the table: 填报单位 and 填报日期 in two cells of one row.
        assert_eq!(cz_dated(&m), (ymd(2021, 1, 6), Some("D12".into())), "{name}");
    }
}

#[test]
fn a_hidden_earlier_column_is_kept_apart_and_the_visible_one_is_the_progress() {
    for name in [
        "区财政局2020年全年_隐藏列.xlsx",
        "区财政局2020年全年_隐藏列.ods",
        "区财政局2020年全年_隐藏列.xls",
    ] {
        let m = run(&[name]);
        for (i, e) in cz_entries(&m).iter().enumerate() {
            assert_eq!(e.progress, Y_TEXT[i], "{name}: {e:?}");
            assert_eq!(e.status, STATUS[i], "{name}: {e:?}");
            assert_eq!(e.next_steps, "巩固提升", "{name}: {e:?}");
            assert_eq!(others(e), [("前三季度进展情况（隐藏列）", Q3_TEXT[i])], "{name}");
            assert_eq!(e.other[0].cell, format!("D{}", 3 + i), "{name}");
        }
        assert_eq!(exceptions_of(&m, name), [], "{name}: {:#?}", m.exceptions);
        assert_eq!(cz_dated(&m), (ymd(2021, 1, 6), Some("E8".into())), "{name}");
    }
}

#[test]
fn columns_headed_with_an_earlier_period_are_that_period_s() {
    let name = "区财政局2020年全年_上期列.xlsx";
    let m = run(&[name]);
    for (i, e) in cz_entries(&m).iter().enumerate() {
        assert_eq!(e.progress, Y_TEXT[i], "{e:?}");
        assert_eq!(e.status, STATUS[i], "{e:?}");
        assert_eq!(e.percent, Some([100, 100, 90, 60][i]), "{e:?}");
        assert_eq!(
            others(e),
            [("1-9月进展情况", Q3_TEXT[i]), ("上半年完成进度", "50%")]
        );
    }
    assert_eq!(exceptions_of(&m, name), [], "{:#?}", m.exceptions);
    assert_eq!(cz_dated(&m), (ymd(2021, 1, 6), Some("D8".into())));
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

const GX: &str = "区工信局";
const GX_IDS: [&str; 16] = [
    "3.(1).1", "3.(1).3", "3.(2).2", "3.(2).4", "4.(2).2", "4.(2).3", "4.(3).1", "4.(3).2", "4.(3).3",
    "5.(1).1", "5.(2).2", "5.(3).1", "5.(3).2", "5.(3).3", "1311-1", "1311-12",
];

#[test]
fn a_return_split_over_two_files_is_one_return() {
    let (first, second) = ("区工信局2020年全年（一）.xlsx", "区工信局2020年全年（续表）.xlsx");
    let m = run(&[first, second]);
    for (i, id) in GX_IDS.iter().enumerate() {
        let part = if i < 8 { "（一）" } else { "（续表）" };
        let e = entry(&m, year_end(), id, GX);
        assert_eq!(e.progress, format!("{id}全年完成情况{part}"), "{e:?}");
        assert_eq!(e.status, Status::Completed);
    }
    assert_eq!(exceptions_of(&m, first), []);
    assert_eq!(exceptions_of(&m, second), []);
    let s = m.current_progress().submission(GX).unwrap();
    assert_eq!(s.files, [first, second]);
    assert!(s.superseded.is_empty(), "{s:?}");
    // The date on the second file dates the whole return.
    assert_eq!(s.timeliness, Timeliness::OnTime, "{s:?}");
    assert_eq!(s.date(), ymd(2021, 1, 8));
    let joined = format!("{first}、{second}任务不重叠，合为一份报表（{GX}，2020年全年）");
    assert!(
        warnings(file_report(&m, first)).contains(&joined.as_str()),
        "{:?}",
        file_report(&m, first).warnings
    );
    assert!(
        warnings(file_report(&m, second)).contains(&joined.as_str()),
        "{:?}",
        file_report(&m, second).warnings
    );
}

const MZ: &str = "区民政局";
const MZ_IDS: [&str; 4] = ["10.(1).2", "10.(1).4", "10.(3).1", "实事3"];

#[test]
fn a_three_quarter_workbook_re_sent_under_a_year_end_name_is_the_year_end_return() {
    let (q3_name, y_name) = ("区民政局2020年三季度.xlsx", "区民政局2020年全年.xlsx");
    let m = run(&[q3_name, y_name]);
    let q3 = Period::new(2020, PeriodKind::Q3);
    for id in MZ_IDS {
        let text = format!("{id}前三季度推进情况：方案已印发，各项工作按计划推进");
        let earlier = entry(&m, q3, id, MZ);
        assert_eq!(earlier.progress, text);
        assert_eq!(earlier.source.as_ref().unwrap().file, q3_name);
        let now = entry(&m, year_end(), id, MZ);
        assert_eq!(now.progress, text);
        assert_eq!(now.source.as_ref().unwrap().file, y_name);
    }
    // The unit sent a file for the year end: never called missing.
    let s = m.current_progress().submission(MZ).unwrap();
    assert_ne!(s.timeliness, Timeliness::Missing, "{s:?}");
    assert_eq!(s.files, [y_name]);
    let q3_sub = m.period(q3).unwrap().submission(MZ).unwrap();
    assert_eq!(q3_sub.files, [q3_name]);
    assert!(
        m.exceptions.iter().all(|e| e.kind != ExceptionKind::Superseded),
        "{:#?}",
        m.exceptions
    );
    // Every text is the same as last period's: compare flags each one.
    let changes = duban::compare::compare(&m, &Settings::default());
    let copied: Vec<&str> = changes
        .of_kind(duban::compare::ChangeKind::Copied)
        .filter(|c| c.unit == MZ)
        .map(|c| c.task_id.as_str())
        .collect();
    assert_eq!(copied, MZ_IDS);
    // One 提示 says why.
    let w = warnings(file_report(&m, y_name));
    let why: Vec<&&str> = w.iter().filter(|w| w.contains("文件名")).collect();
    assert_eq!(why.len(), 1, "{w:?}");
}

/// What collect reads of the hidden rows and columns, in every format; the percent-formatted
/// cell as a percentage.
#[test]
fn hidden_rows_and_columns_and_percent_formats_are_read_in_every_format() {
    use duban::collect::{read_file, CellValue, Collected};
    let limits = duban::settings::Limits::default();
    let read = |name: &str| {
        let path = fixture("yearend").join(name);
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

#[test]
fn columns_and_rows_kept_apart_are_said_once_in_the_notes() {
    let name = "区财政局2020年全年_隐藏行.xlsx";
    let m = run(&[name]);
    assert_eq!(
        warnings(file_report(&m, name)),
        [format!(
            "{name} / Sheet1：4行为隐藏行，内容原样列入所属任务的“其他”（标为隐藏行），不作本期填报内容"
        )]
    );
    let name = "区财政局2020年全年_隐藏列.xlsx";
    let m = run(&[name]);
    assert_eq!(
        warnings(file_report(&m, name)),
        [format!("{name} / Sheet1 / D列（前三季度进展情况）：隐藏列，内容原样列入“其他”（标为隐藏列），不作本期填报内容")]
    );
    let name = "区财政局2020年全年_上期列.xlsx";
    let m = run(&[name]);
    assert_eq!(
        warnings(file_report(&m, name)),
        [
            format!("{name} / Sheet1 / C列（1-9月进展情况）：表头为前三季度，不是本期，内容原样列入“其他”"),
            format!("{name} / Sheet1 / F列（上半年完成进度）：表头为上半年，不是本期，内容原样列入“其他”"),
        ]
    );
}

/// Writes `unit`'s return for `period` (三季度, 全年) as the whole district task table the office sent round:
/// every task of the register, only the unit's own rows filled, and `foreign` (tasks it does
/// not lead) filled too; the date signed under the table. Gives the number of rows written.
fn write_whole_table(
    period: &str,
    path: &std::path::Path,
    reg: &duban::register::Register,
    unit: &str,
    foreign: &[&str],
) -> usize {
    let kind = if period == "全年" {
        PeriodKind::Y
    } else {
        PeriodKind::Q3
    };
    let table = WholeTable {
        unit: unit.to_string(),
        period: Period::new(2020, kind),
        shape: Shape::Plain,
        foreign: foreign.iter().map(|f| f.to_string()).collect(),
        date: chrono::NaiveDate::from_ymd_opt(2021, 1, 6).unwrap(),
    };
    std::fs::write(path, table.bytes(reg).unwrap()).unwrap();
    reg.tasks.len()
}

/// The 异常 list from the top: rows that need the office, the current period's before
/// earlier ones'; rows of a superseded draft after them.
#[test]
fn the_exceptions_list_what_needs_doing_now_first() {
    let reg = register();
    let case = Case::new();
    let unit = reg.reporting_units().next().unwrap();
    let others: Vec<&str> = reg
        .tasks
        .iter()
        .filter(|t| !t.reported_by(&unit.name))
        .map(|t| t.id.as_str())
        .take(2)
        .collect();
    let name = |p: &str, n: &str| format!("{}2020年{p}重点任务进展{n}.xlsx", unit.name);
    let path = |p: &str, n: &str| case.input().join(name(p, n));
    // By file and cell, the earlier period's and the draft's rows would come first.
    write_whole_table("三季度", &path("三季度", ""), &reg, &unit.name, &others[..1]);
    write_whole_table("全年", &path("全年", "（初稿）"), &reg, &unit.name, &[]);
    write_whole_table("全年", &path("全年", "（终稿）"), &reg, &unit.name, &others[1..]);
    let m = case.ingest(&Settings::default(), Some(year_end()));
    let q3 = Period::new(2020, PeriodKind::Q3);
    let got: Vec<(ExceptionKind, Option<Period>, &str)> = m
        .exceptions
        .iter()
        .map(|e| (e.kind, e.period, e.place.file.as_str()))
        .collect();
    // Same 填报日期: the final, written last and named after the draft, wins.
    let (q3_file, draft, last) = (
        name("三季度", ""),
        name("全年", "（初稿）"),
        name("全年", "（终稿）"),
    );
    let mut want = vec![
        (ExceptionKind::NotOwnTask, Some(year_end()), last.as_str()),
        (ExceptionKind::NotOwnTask, Some(q3), q3_file.as_str()),
    ];
    let superseded = (ExceptionKind::Superseded, Some(year_end()), draft.as_str());
    want.extend(std::iter::repeat_n(superseded, unit.lead_tasks.len()));
    assert_eq!(got, want, "{:#?}", m.exceptions);
}

/// 40 units return the whole district table with their own rows filled, in five shapes
/// (columns reordered with a 序号 and a 完成时限, a hidden column of last period's texts, the
/// others' rows hidden, a 备注 filled for every task in a CSV file): the rows of other units'
/// tasks left as sent are the template (one 提示 per file), every own text lands in its
/// entry, and the exceptions are the filled rows of tasks the unit does not lead, each naming
/// the cell its 说明 names and saying what to do, on the 异常 sheet of the ledger too.
#[test]
fn forty_whole_table_returns_list_only_what_the_office_must_do() {
    let reg = register();
    let case = Case::new();
    let units: Vec<&duban::register::Unit> = reg.reporting_units().take(40).collect();
    assert_eq!(units.len(), 40);
    let mut tables = Vec::new();
    for (i, u) in units.iter().enumerate() {
        // Every fourth unit also reports on a task it only supports, or on another's.
        let foreign: Vec<String> = match i % 4 {
            0 => u.partner_tasks.iter().take(1).cloned().collect(),
            1 => reg
                .tasks
                .iter()
                .filter(|t| !t.reported_by(&u.name) && !u.partner_tasks.contains(&t.id))
                .take(1)
                .map(|t| t.id.clone())
                .collect(),
            _ => vec![],
        };
        let table = WholeTable {
            unit: u.name.clone(),
            period: year_end(),
            shape: Shape::ALL[i % Shape::ALL.len()],
            foreign,
            date: chrono::NaiveDate::from_ymd_opt(2021, 1, 6).unwrap(),
        };
        std::fs::write(case.input().join(table.file_name()), table.bytes(&reg).unwrap()).unwrap();
        tables.push(table);
    }
    let m = case.ingest(&Settings::default(), Some(year_end()));
    let mut filled_foreign = 0;
    for t in &tables {
        let name = t.file_name();
        let f = file_report(&m, &name);
        let note = format!(
            "{name}：全区任务表中其他单位的{}行未填写，已略过",
            t.template_rows(&reg)
        );
        assert!(
            warnings(f).contains(&note.as_str()),
            "{note} not in {:?}",
            f.warnings
        );
        let s = m.current_progress().submission(&t.unit).unwrap();
        assert_eq!(s.timeliness, Timeliness::OnTime, "{s:?}");
        for id in &reg.unit(&t.unit).unwrap().lead_tasks {
            let e = entry(&m, year_end(), id, &t.unit);
            assert_eq!(e.progress, t.progress(id), "{:?} {e:?}", t.shape);
        }
        filled_foreign += t.foreign.len();
    }
    let kinds: std::collections::BTreeSet<ExceptionKind> = m.exceptions.iter().map(|e| e.kind).collect();
    assert_eq!(kinds, [ExceptionKind::NotOwnTask].into(), "{:#?}", m.exceptions);
    // Ten units fill another unit's row, up to ten a partner's.
    assert!(filled_foreign >= 10, "{filled_foreign}");
    assert_eq!(m.exceptions.len(), filled_foreign);
    for e in &m.exceptions {
        assert!(e.message.starts_with(&e.place.to_string()), "{e:?}");
    }
    let run = case.run(&["run", "-q", "--period", "2020-Y"]);
    assert!(run.code.is_some(), "{}", run.stderr);
    let ledger = case.output().join("2020年全年").join("工作台帐_2020年全年.xlsx");
    let sheet = crate::support::read::grid(&ledger, "异常");
    let rows: Vec<&Vec<String>> = sheet[3..].iter().filter(|r| !r[0].is_empty()).collect();
    assert_eq!(rows.len(), filled_foreign, "{rows:#?}");
    for r in &rows {
        assert_eq!(r[1], ExceptionKind::NotOwnTask.label(), "{r:?}");
        // 文件 / 工作表 / 单元格 are the place the 说明 starts with; the 说明 says what to do.
        assert!(
            r[8].starts_with(&format!("{} / {} / {}：", r[3], r[4], r[5])),
            "{r:?}"
        );
        assert!(r[8].contains("：请"), "{r:?}");
    }
}
