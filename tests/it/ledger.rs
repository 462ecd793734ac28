//! The 工作台帐 rendered from a model built on the real notice (two periods, some entries
//! filled, some units late or missing, a few exceptions), read back with calamine.

use crate::support::read::cells;
use crate::support::{form_date, H1, Q1};
use calamine::{open_workbook, Data, DataType, Reader, Xlsx};
use chrono::NaiveDate;
use duban::model::{
    Exception, ExceptionKind, MatchInfo, MatchMethod, Model, PeriodProgress, Place, Timeliness,
};
use duban::period::Period;
use duban::register::{Attachment, Task};
use duban::render::ledger::{Ledger, ASSESS_SHEET};
use duban::render::render_alone;
use duban::settings::Settings;
use duban::status::Status;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The first attachment-1 task with at least two reporting units.
fn multi_unit_task(m: &Model) -> Task {
    m.register
        .tasks_in(Attachment::Programmes)
        .find(|t| t.reporting_units().count() >= 2)
        .expect("the notice has multi-unit tasks")
        .clone()
}

fn progress_mut(m: &mut Model, p: Period) -> &mut PeriodProgress {
    m.periods.iter_mut().find(|x| x.period == p).unwrap()
}

/// Fills one entry: status, percentage, texts and the row it came from.
fn report(m: &mut Model, p: Period, task: &str, unit: &str, status: Status, row: u32) {
    let e = progress_mut(m, p)
        .entries
        .iter_mut()
        .find(|e| e.task_id == task && e.unit == unit)
        .unwrap_or_else(|| panic!("no entry {task} {unit}"));
    e.status = status;
    e.percent = Some(((row * 7) % 100) as u8);
    let filler = "召开专题推进会议，落实资金和人员保障，完成阶段性目标任务。".repeat(row as usize % 4);
    e.progress = format!("{}进展：{task}（{unit}）第{row}项。{filler}", p.label());
    e.difficulties = format!("困难{row}");
    e.suggestions = format!("建议{row}");
    e.next_steps = format!("下步{row}");
    e.source = Some(Place::cell(&format!("{unit}.xlsx"), "Sheet1", row, 0));
}

fn submit(m: &mut Model, p: Period, unit: &str, t: Timeliness) {
    let s = progress_mut(m, p)
        .submissions
        .iter_mut()
        .find(|s| s.unit == unit)
        .unwrap();
    s.timeliness = t;
    s.evidence = Some(form_date(unit, NaiveDate::from_ymd_opt(2020, 7, 8).unwrap()));
    s.files = vec![format!("{unit}.xlsx")];
}

fn exception(kind: ExceptionKind, file: &str, cell: (u32, u32), task: Option<&str>) -> Exception {
    Exception {
        kind,
        place: Place::cell(file, "Sheet1", cell.0, cell.1),
        period: Some(H1),
        unit: Some("区财政局".into()),
        task_id: task.map(String::from),
        message: format!("{} at {file}", kind.label()),
        row_text: "某项工作 | 进行中 | 50%".into(),
    }
}

fn model() -> Model {
    let mut m = crate::support::model(H1).earlier(Q1).build();
    let pairs: Vec<(String, String)> = m
        .current_progress()
        .entries
        .iter()
        .map(|e| (e.task_id.clone(), e.unit.clone()))
        .collect();
    for (i, (task, unit)) in pairs.iter().enumerate() {
        let row = i as u32 + 1;
        if i % 3 == 0 {
            report(&mut m, H1, task, unit, Status::REPORTABLE[i % 4], row);
        }
        if i % 4 == 1 {
            report(&mut m, Q1, task, unit, Status::REPORTABLE[(i / 4) % 4], row);
        }
    }
    let multi = multi_unit_task(&m);
    let units: Vec<String> = multi.reporting_units().map(String::from).collect();
    for (i, u) in units.iter().enumerate() {
        let s = if i == 1 {
            Status::Lagging
        } else {
            Status::Completed
        };
        report(&mut m, H1, &multi.id, u, s, 900 + i as u32);
    }
    let names: Vec<String> = m.register.reporting_units().map(|u| u.name.clone()).collect();
    for (i, u) in names.iter().enumerate() {
        let t = match i % 5 {
            0..=2 => Timeliness::OnTime,
            3 => Timeliness::Late,
            _ => continue,
        };
        submit(&mut m, H1, u, t);
        submit(&mut m, Q1, u, Timeliness::OnTime);
    }
    m.exceptions = vec![
        exception(ExceptionKind::Unmatched, "区财政局.xlsx", (6, 1), None),
        exception(ExceptionKind::BadValue, "区财政局.xlsx", (7, 4), Some("1.(1).1")),
        exception(ExceptionKind::Review, "区水务局.xls", (3, 2), Some("实事2")),
    ];
    // A low-confidence match with no Review exception of its own.
    let e = &mut progress_mut(&mut m, H1).entries[0];
    e.matched = Some(MatchInfo {
        method: MatchMethod::FuzzyText,
        confidence: 0.81,
        review: true,
    });
    m
}

fn render(m: &Model, dir: &Path) -> Vec<PathBuf> {
    let settings = Settings::default();
    let templates = duban::templates::Templates::load(None).unwrap();
    render_alone(&Ledger, m, &settings, &templates, dir).unwrap()
}

fn text(d: &Data) -> String {
    d.as_string().unwrap_or_default()
}

fn num(d: &Data) -> f64 {
    d.as_f64().unwrap_or(f64::NAN)
}

/// The column whose header (row 2, merged over three columns per period) is the label.
fn period_col(g: &[Vec<Data>], p: Period, current: Period) -> usize {
    let label = if p == current {
        format!("{}（本期）", p.label())
    } else {
        p.label().to_string()
    };
    g[2].iter()
        .position(|d| text(d) == label)
        .unwrap_or_else(|| panic!("no column {label}"))
}

fn master(dir: &Path) -> PathBuf {
    dir.join("工作台帐_2020年半年.xlsx")
}

/// Rows of a task sheet whose first cell is the task ID.
fn rows_of<'g>(g: &'g [Vec<Data>], id: &str) -> Vec<&'g Vec<Data>> {
    g.iter().skip(4).filter(|r| text(&r[0]) == id).collect()
}

#[test]
fn every_task_once_per_lead_unit_with_its_texts() {
    let m = model();
    let dir = tempfile::tempdir().unwrap();
    render(&m, dir.path());
    for att in Attachment::ALL {
        let g = cells(&master(dir.path()), att.title());
        for t in m.register.tasks_in(att) {
            let rows = rows_of(&g, &t.id);
            let units: Vec<&str> = t.reporting_units().collect();
            if units.len() <= 1 {
                assert_eq!(rows.len(), 1, "{}", t.id);
                assert_eq!(text(&rows[0][1]).split('\n').next().unwrap(), t.text, "{}", t.id);
            } else {
                assert_eq!(rows.len(), units.len() + 1, "{}", t.id);
                let shown: Vec<String> = rows[1..].iter().map(|r| text(&r[3])).collect();
                assert_eq!(shown, units, "{}", t.id);
            }
        }
        let ids: usize = g
            .iter()
            .skip(4)
            .filter(|r| m.register.task(&text(&r[0])).is_some())
            .count();
        let expected: usize = m
            .register
            .tasks_in(att)
            .map(|t| match t.reporting_units().count() {
                0 | 1 => 1,
                n => n + 1,
            })
            .sum();
        assert_eq!(ids, expected, "{}: no stray task rows", att.title());
        let source_col = g[3].iter().position(|d| text(d) == "来源").unwrap();
        for p in [Q1, H1] {
            let col = period_col(&g, p, H1);
            for e in m
                .period(p)
                .unwrap()
                .entries
                .iter()
                .filter(|e| m.register.task(&e.task_id).unwrap().attachment == att)
            {
                let rows = rows_of(&g, &e.task_id);
                let line = if rows.len() == 1 {
                    rows[0]
                } else {
                    rows.iter().find(|r| text(&r[3]) == e.unit).unwrap()
                };
                assert_eq!(text(&line[col]), e.status.label(), "{} {} {p}", e.task_id, e.unit);
                assert_eq!(text(&line[col + 2]), e.progress, "{} {} {p}", e.task_id, e.unit);
                if let (true, Some(src)) = (p == H1, &e.source) {
                    let source = text(&line[source_col]);
                    assert!(
                        source.contains(&src.file) && source.contains(&src.cell),
                        "{source}"
                    );
                }
            }
        }
    }
}

#[test]
fn overall_status_is_the_worst_of_the_units() {
    let m = model();
    let dir = tempfile::tempdir().unwrap();
    render(&m, dir.path());
    let t = multi_unit_task(&m);
    let g = cells(&master(dir.path()), t.attachment.title());
    let rows = rows_of(&g, &t.id);
    let col = period_col(&g, H1, H1);
    assert_eq!(text(&rows[0][col]), "滞后");
    assert_eq!(m.current_progress().overall(&t), Some(Status::Lagging));
    let unit_statuses: Vec<String> = rows[1..].iter().map(|r| text(&r[col])).collect();
    assert_eq!(unit_statuses[..2], ["已完成", "滞后"]);
    // The 见附件3 task takes the worst of the 1311 projects.
    let parent = m.register.tasks.iter().find(|t| !t.projects.is_empty()).unwrap();
    let g = cells(&master(dir.path()), "十大工程");
    let expected = m.current_progress().overall(parent).unwrap();
    assert_eq!(text(&rows_of(&g, &parent.id)[0][col]), expected.label());
}

/// Row index of a section title in column A of 汇总.
fn section(g: &[Vec<Data>], title: &str) -> usize {
    g.iter()
        .position(|r| text(&r[0]) == title)
        .unwrap_or_else(|| panic!("no section {title}"))
}

#[test]
fn summary_counts_equal_the_model() {
    let m = model();
    let dir = tempfile::tempdir().unwrap();
    render(&m, dir.path());
    let g = cells(&master(dir.path()), "汇总");
    let cur = m.current_progress();
    let counts = cur.status_counts(m.register.tasks.iter());
    let top = section(&g, "一、按状态统计（任务数）") + 2;
    for (i, s) in Status::ALL.iter().enumerate() {
        assert_eq!(text(&g[top + i][0]), s.label());
        assert_eq!(num(&g[top + i][4]), counts[s] as f64, "{s}");
        let prog = cur.status_counts(m.register.tasks_in(Attachment::Programmes));
        assert_eq!(num(&g[top + i][1]), prog[s] as f64, "十大工程 {s}");
    }
    let top = section(&g, "二、报送情况（单位数）") + 2;
    for (i, t) in [Timeliness::OnTime, Timeliness::Late, Timeliness::Missing]
        .iter()
        .enumerate()
    {
        assert_eq!(num(&g[top + i][1]), cur.units_by(*t).count() as f64, "{t:?}");
    }
    let head = section(&g, "四、按牵头单位统计（牵头任务数）") + 1;
    let col = |name: &str| g[head].iter().position(|d| text(d) == name).unwrap();
    for u in m.register.reporting_units() {
        let r = g.iter().skip(head).find(|r| text(&r[0]) == u.name).unwrap();
        for s in Status::ALL {
            let n = cur
                .entries
                .iter()
                .filter(|e| e.unit == u.name && e.status == s)
                .count();
            assert_eq!(num(&r[col(s.label())]), n as f64, "{} {s}", u.name);
        }
        let t = cur.submission(&u.name).unwrap().timeliness;
        assert_eq!(text(&r[col("报送情况")]), t.label(), "{}", u.name);
    }
}

#[test]
fn missing_and_exception_lists() {
    let m = model();
    let dir = tempfile::tempdir().unwrap();
    render(&m, dir.path());
    let g = cells(&master(dir.path()), "未报送");
    let listed: BTreeSet<String> = g.iter().skip(3).map(|r| text(&r[1])).collect();
    let expected: BTreeSet<String> = m
        .current_progress()
        .submissions
        .iter()
        .filter(|s| s.timeliness != Timeliness::OnTime)
        .map(|s| s.unit.clone())
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(listed, expected);
    let g = cells(&master(dir.path()), "异常");
    let body: Vec<&Vec<Data>> = g.iter().skip(3).collect();
    assert_eq!(
        body.len(),
        m.exceptions.len() + 1,
        "exceptions plus one unlisted review"
    );
    for (row, e) in body.iter().zip(&m.exceptions) {
        assert_eq!(text(&row[1]), e.kind.label());
        assert_eq!(text(&row[3]), e.place.file);
        assert_eq!(text(&row[5]), e.place.cell);
        assert_eq!(text(&row[8]), e.message);
    }
    assert_eq!(text(&body[3][1]), "低置信度匹配");
    assert!(
        text(&g[1][0]).contains("请按文件、工作表、单元格核对原表"),
        "{:?}",
        g[1]
    );
    assert!(!text(&g[1][0]).contains("晚于本期"), "{:?}", g[1]);
}

/// Rows of a later period's return and of a replaced return need no correction: listed
/// after every row that does (the low-confidence matches the sheet adds among them), and the
/// 异常 note says how many.
#[test]
fn later_period_rows_are_told_apart_in_the_exception_note() {
    let mut m = model();
    let n = m.exceptions.len();
    for r in 0..2 {
        // First in the model; listed after everything that needs checking.
        m.exceptions.insert(
            0,
            exception(ExceptionKind::LaterPeriod, "h2.xlsx", (4 + r, 0), None),
        );
    }
    m.exceptions.insert(
        1,
        exception(ExceptionKind::Superseded, "draft.xlsx", (4, 0), None),
    );
    let dir = tempfile::tempdir().unwrap();
    render(&m, dir.path());
    let g = cells(&master(dir.path()), "异常");
    let note = text(&g[1][0]);
    assert!(
        note.starts_with(&format!(
            "共{}条：前{}条请按文件、工作表、单元格核对原表，更正后重新运行；其后已被新报表替代1条、晚于本期的报表2条仅备查、无需处理",
            n + 4,
            n + 1
        )),
        "{note}"
    );
    let kinds: Vec<String> = g.iter().skip(3).map(|r| text(&r[1])).collect();
    assert_eq!(kinds.len(), n + 4, "{kinds:?}");
    // In the model's order (merge sorts them by period, file and cell).
    assert_eq!(
        kinds[n + 1..],
        ["晚于本期的报表", "已被新报表替代", "晚于本期的报表"],
        "{kinds:?}"
    );
    assert_eq!(kinds[n], "低置信度匹配", "{kinds:?}");
    // Only later rows (no review left either): nothing to check.
    let mut only = model();
    only.exceptions = vec![exception(ExceptionKind::LaterPeriod, "h2.xlsx", (4, 0), None)];
    for p in [Q1, H1] {
        for e in &mut progress_mut(&mut only, p).entries {
            if let Some(m) = e.matched.as_mut() {
                m.review = false;
            }
        }
    }
    let dir2 = tempfile::tempdir().unwrap();
    render(&only, dir2.path());
    let note2 = text(&cells(&master(dir2.path()), "异常")[1][0]);
    assert!(
        note2.starts_with("共1条，均为晚于本期的报表1条，仅备查、无需处理"),
        "{note2}"
    );
    let numbers: Vec<String> = g.iter().skip(3).map(|r| text(&r[0])).collect();
    assert_eq!(
        numbers.last().map(String::as_str),
        Some(format!("{}", n + 4).as_str())
    );
}

fn task_ids(path: &Path) -> BTreeSet<String> {
    let mut wb: Xlsx<_> = open_workbook(path).unwrap();
    let mut ids = BTreeSet::new();
    // Task sheets only: the 考核 sheets of a unit's ledger hold ranks and serial numbers.
    let task_sheets = wb
        .sheet_names()
        .into_iter()
        .filter(|n| !n.starts_with(ASSESS_SHEET));
    for name in task_sheets.collect::<Vec<_>>() {
        let range = wb.worksheet_range(&name).unwrap();
        for r in range.rows().skip(4) {
            if let Some(s) = r.first().and_then(|d| d.as_string()) {
                if s.chars().next().is_some_and(|c| c.is_ascii_digit() || c == '实') {
                    ids.insert(s);
                }
            }
        }
    }
    ids
}

#[test]
fn split_ledgers_hold_their_tasks() {
    let m = model();
    let dir = tempfile::tempdir().unwrap();
    let files = render(&m, dir.path());
    let units: Vec<_> = m.register.reporting_units().collect();
    assert_eq!(files.len(), 1 + units.len() + m.register.leaders.len());
    for u in units {
        let p = dir
            .path()
            .join("分单位台帐")
            .join(format!("{}_工作台帐_2020年半年.xlsx", u.name));
        let want: BTreeSet<String> = u.lead_tasks.iter().cloned().collect();
        assert_eq!(task_ids(&p), want, "{}", u.name);
    }
    for l in &m.register.leaders {
        let p = dir
            .path()
            .join("分领导台帐")
            .join(format!("{}_工作台帐_2020年半年.xlsx", l.name));
        let want: BTreeSet<String> = l.tasks.iter().cloned().collect();
        assert_eq!(task_ids(&p), want, "{}", l.name);
    }
    assert!(dir
        .path()
        .join("分领导台帐/分管文教卫副区长_工作台帐_2020年半年.xlsx")
        .exists());
}

#[test]
fn same_model_same_bytes_and_charts_exist() {
    let m = model();
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let fa = render(&m, a.path());
    let fb = render(&m, b.path());
    assert_eq!(fa.len(), fb.len());
    for (x, y) in fa.iter().zip(&fb) {
        assert_eq!(
            x.strip_prefix(a.path()).unwrap(),
            y.strip_prefix(b.path()).unwrap()
        );
        assert!(
            std::fs::read(x).unwrap() == std::fs::read(y).unwrap(),
            "{} differs",
            x.display()
        );
    }
    let zip = zip::ZipArchive::new(std::fs::File::open(master(a.path())).unwrap()).unwrap();
    let names: Vec<String> = zip.file_names().map(|n| n.unwrap().into_owned()).collect();
    assert!(names.iter().any(|n| n == "xl/charts/chart1.xml"), "{names:?}");
    assert!(names.iter().any(|n| n == "xl/charts/chart2.xml"), "{names:?}");
    let mut wb: Xlsx<_> = open_workbook(master(a.path())).unwrap();
    assert_eq!(
        wb.sheet_names(),
        [
            "十大工程",
            "十件实事",
            "1311项目",
            "汇总",
            "未报送",
            "异常",
            "考核",
            "考核明细"
        ]
    );
    assert!(wb.worksheet_range("汇总").is_ok());
}

/// Writes the sample ledger for a look: `DUBAN_LEDGER_OUT=/tmp/x cargo test --test it ledger::write_sample -- --ignored`.
#[test]
#[ignore]
fn write_sample_for_viewing() {
    let out = std::env::var("DUBAN_LEDGER_OUT").unwrap_or_else(|_| "/tmp/duban-ledger".into());
    render(&model(), Path::new(&out));
}

/// Excel rejects a sheet whose `<row>` elements repeat or go backwards, or whose cells within a
/// row do. The task sheets are streamed (rust_xlsxwriter's constant-memory mode), which writes
/// each row when the next starts: this reads the raw XML of every sheet of every ledger.
#[test]
fn every_sheet_has_each_row_once_in_order() {
    use quick_xml::events::Event;
    use std::io::Read;
    let m = model();
    let dir = tempfile::tempdir().unwrap();
    let files = render(&m, dir.path());
    assert!(files.len() > 2, "{files:?}");
    let mut sheets = 0;
    for file in &files {
        let mut zip = zip::ZipArchive::new(std::fs::File::open(file).unwrap()).unwrap();
        for i in 0..zip.len() {
            let mut part = zip.by_index(i).unwrap();
            let part_name = part.name().unwrap().into_owned();
            if !part_name.starts_with("xl/worksheets/sheet") {
                continue;
            }
            let name = format!("{} {part_name}", file.display());
            let mut xml = String::new();
            part.read_to_string(&mut xml).unwrap();
            sheets += 1;
            let mut reader = quick_xml::Reader::from_str(&xml);
            let (mut last_row, mut last_col): (u32, u32) = (0, 0);
            loop {
                match reader.read_event().unwrap() {
                    Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "row" => {
                        let r: u32 = attr(&e, "r").parse().unwrap();
                        assert!(r > last_row, "{name}: row {r} after row {last_row}");
                        (last_row, last_col) = (r, 0);
                    }
                    Event::Start(e) | Event::Empty(e) if e.name().as_ref() == "c" => {
                        let cell = attr(&e, "r");
                        let (col, row) = split_cell(&cell);
                        assert_eq!(row, last_row, "{name}: cell {cell} in row {last_row}");
                        assert!(col > last_col, "{name}: cell {cell} after column {last_col}");
                        last_col = col;
                    }
                    Event::Eof => break,
                    _ => {}
                }
            }
        }
    }
    assert!(sheets >= files.len(), "{sheets} sheets in {} files", files.len());
    // The header rows of a streamed sheet are complete (a cell written to a finished row would
    // be dropped): both header rows of the current period and the 本期其他情况 group.
    let g = cells(&master(dir.path()), "十大工程");
    let top: Vec<String> = g[2].iter().map(text).collect();
    let sub: Vec<String> = g[3].iter().map(text).collect();
    assert_eq!(top[0], "任务编号");
    assert!(top.contains(&"本期其他情况".to_string()), "{top:?}");
    assert!(top.contains(&"上半年（本期）".to_string()), "{top:?}");
    assert_eq!(sub.iter().filter(|s| *s == "进展情况").count(), 2, "{sub:?}");
    assert_eq!(sub.last().map(String::as_str), Some("来源"), "{sub:?}");
}

fn attr(e: &quick_xml::events::BytesStart, key: &str) -> String {
    let a = e
        .try_get_attribute(key)
        .unwrap()
        .unwrap_or_else(|| panic!("no {key}"));
    a.value.into_owned()
}

/// "AB12" as (column 28, row 12), both from 1.
fn split_cell(cell: &str) -> (u32, u32) {
    let digits = cell.find(|c: char| c.is_ascii_digit()).unwrap();
    let col = cell[..digits]
        .bytes()
        .fold(0, |n, b| n * 26 + u32::from(b - b'A' + 1));
    (col, cell[digits..].parse().unwrap())
}
