//! The feedback forms written for the real notice: every unit gets exactly its lead tasks,
//! the index lists every unit, the xlsx carries the validations, protection, unlocked fill-in
//! cells and the hidden identity of docs/FORMS.md, 上期进展 appears when there is an earlier
//! report, and two runs give the same bytes.

use crate::support::read::{grid, part};

use duban::form::header_names;
use duban::model::Model;
use duban::period::{Period, PeriodKind};
use duban::render::{forms, render_alone};
use duban::settings::Settings;
use duban::status::Status;
use std::path::{Path, PathBuf};

fn h1() -> Period {
    Period::new(2020, PeriodKind::H1)
}

fn model() -> Model {
    crate::support::model(h1()).build()
}

/// Writes the forms of `model` into a new temp dir; returns the dir (kept alive) and paths.
fn write(model: &Model) -> (tempfile::TempDir, Vec<PathBuf>) {
    let dir = tempfile::tempdir().unwrap();
    let templates = duban::templates::Templates::load(None).unwrap();
    let files = render_alone(&forms::Forms, model, &Settings::default(), &templates, dir.path()).unwrap();
    (dir, files)
}

fn form_path(dir: &Path, unit: &str) -> PathBuf {
    dir.join("反馈表").join(forms::file_name(unit, h1()))
}

/// Task IDs in a form: column 任务编号 from row 4 down to the first empty cell.
fn task_ids(g: &[Vec<String>]) -> Vec<String> {
    let col = g[2]
        .iter()
        .position(|h| h == "任务编号")
        .expect("任务编号 header in row 3");
    g[3..]
        .iter()
        .map(|r| r[col].clone())
        .take_while(|id| !id.is_empty())
        .collect()
}

#[test]
fn every_unit_gets_exactly_its_lead_tasks() {
    let model = model();
    let (dir, files) = write(&model);
    let units: Vec<_> = model.register.reporting_units().collect();
    assert_eq!(files.len(), units.len() + 1, "one form per unit plus the index");
    let mut seen = std::collections::BTreeSet::new();
    for unit in &units {
        let g = grid(&form_path(dir.path(), &unit.name), "反馈表");
        let ids = task_ids(&g);
        assert_eq!(ids, unit.lead_tasks, "{}", unit.name);
        seen.extend(ids);
        assert_eq!(
            g[0][0],
            "2020年盐湖区《政府工作报告》重点任务上半年进展情况反馈表"
        );
        assert_eq!(g[1][0], format!("填报单位：{}", unit.name));
        assert!(g[1].contains(&"报告期：2020年上半年".to_string()), "{:?}", g[1]);
        assert_eq!(g[2][..12], header_names(false)[..], "{}", unit.name);
    }
    // Several lead units, 1311 projects and 十件实事 are all covered; the 见附件3 parent and
    // group-only tasks are in no form.
    assert!(seen.contains("1311-8") && seen.contains("实事3"));
    assert!(!seen.contains("2.(1).2") && !seen.contains("9.(3).2"));
    let multi = model
        .register
        .tasks
        .iter()
        .find(|t| t.reporting_units().count() > 1)
        .unwrap();
    for u in multi.reporting_units() {
        assert!(task_ids(&grid(&form_path(dir.path(), u), "反馈表")).contains(&multi.id));
    }
    let groups = model.register.units.iter().filter(|u| u.group);
    for g in groups {
        assert!(!form_path(dir.path(), &g.name).exists(), "{}", g.name);
    }
}

#[test]
fn sign_off_rows_follow_the_table_and_are_left_to_the_unit() {
    let model = model();
    let (dir, _) = write(&model);
    let unit = model.register.unit("区财政局").unwrap();
    let g = grid(&form_path(dir.path(), &unit.name), "反馈表");
    let first = 3 + unit.lead_tasks.len() + 1;
    assert!(
        g[first - 1].iter().all(String::is_empty),
        "blank row before the sign-off"
    );
    let labels: Vec<&str> = (first..first + 4).map(|r| g[r][0].as_str()).collect();
    assert_eq!(labels, ["填报人：", "联系电话：", "填报日期：", "审核人："]);
    // 审核人 is the unit's own responsible person: blank to sign, not the district leaders.
    assert!(!unit.leaders.is_empty());
    for (r, row) in g.iter().enumerate().skip(first).take(4) {
        assert_eq!(row.get(1).map(String::as_str).unwrap_or(""), "", "row {r}");
    }
    let all: String = g.iter().flatten().cloned().collect();
    for l in &unit.leaders {
        // the leaders are still in the table, as the tasks' 责任人
        assert!(all.contains(l.as_str()), "{l}");
    }
}

#[test]
fn index_lists_every_reporting_unit_once() {
    let model = model();
    let (dir, files) = write(&model);
    let index = files.last().unwrap();
    assert_eq!(index, &dir.path().join("反馈表/反馈表清单.xlsx"));
    let g = grid(index, "反馈表清单");
    assert_eq!(g[0], forms::INDEX_COLUMNS);
    let units: Vec<_> = model.register.reporting_units().collect();
    assert_eq!(g.len() - 1, units.len());
    for (row, unit) in g[1..].iter().zip(&units) {
        assert_eq!(row[0], unit.name);
        assert_eq!(row[1], unit.lead_tasks.len().to_string());
        assert_eq!(row[2], unit.lead_tasks.join("、"));
        assert_eq!(row[3], unit.leaders.join("、"));
        assert!(dir.path().join("反馈表").join(&row[4]).exists(), "{}", row[4]);
    }
}

/// The `s` attribute of cell `cell` in sheet XML.
fn style_of(sheet: &str, cell: &str) -> usize {
    let at = sheet
        .find(&format!("<c r=\"{cell}\""))
        .unwrap_or_else(|| panic!("{cell} in sheet"));
    let tag = &sheet[at..at + sheet[at..].find('>').unwrap()];
    let s = tag.split(" s=\"").nth(1).expect("styled cell");
    s[..s.find('"').unwrap()].parse().unwrap()
}

/// The cellXfs entries of styles.xml, in order.
fn cell_xfs(styles: &str) -> Vec<String> {
    let start = styles.find("<cellXfs").unwrap();
    let end = styles.find("</cellXfs>").unwrap();
    styles[start..end]
        .split("<xf ")
        .skip(1)
        .map(str::to_string)
        .collect()
}

#[test]
fn xml_has_validations_protection_and_unlocked_fill_in_cells() {
    let model = model();
    let (dir, _) = write(&model);
    let path = form_path(dir.path(), "区财政局");
    let sheet = part(&path, "xl/worksheets/sheet1.xml");
    assert!(
        sheet.contains("<formula1>\"已完成,序时推进,滞后,未启动\"</formula1>"),
        "{sheet}"
    );
    assert!(sheet.contains("type=\"list\""));
    assert!(sheet.contains("type=\"whole\"") && sheet.contains("<formula2>100</formula2>"));
    assert!(sheet.contains("type=\"date\""));
    assert!(sheet.contains("promptTitle=\"完成状态\""));
    // 区财政局 leads 4 tasks: rows 4-7; blank row 8; 填报人 9, 联系电话 10, 填报日期 11.
    let sqref = |kind: &str| {
        let at = sheet.find(&format!("type=\"{kind}\"")).unwrap();
        let rest = &sheet[at..];
        let s = &rest[rest.find("sqref=\"").unwrap() + 7..];
        s[..s.find('"').unwrap()].to_string()
    };
    assert_eq!(sqref("list"), "G4:G7");
    assert_eq!(sqref("whole"), "H4:H7");
    assert_eq!(sqref("date"), "B11:C11");
    assert!(sheet.contains("<c r=\"A11\""), "填报日期 label row");
    let protection = &sheet[sheet.find("<sheetProtection").expect("protected")..];
    let protection = &protection[..protection.find("/>").unwrap()];
    assert!(
        !protection.contains("password") && !protection.contains("hashValue"),
        "{protection}"
    );

    let xfs = cell_xfs(&part(&path, "xl/styles.xml"));
    let unlocked = |cell: &str| xfs[style_of(&sheet, cell)].contains("locked=\"0\"");
    // Row 4 is the first task: G..L are 完成状态..下步打算 (no 上期进展 column here).
    for cell in ["G4", "H4", "I4", "J4", "K4", "L4"] {
        assert!(unlocked(cell), "{cell} should be unlocked");
    }
    for cell in ["A4", "C4", "F4", "A3", "G3"] {
        assert!(!unlocked(cell), "{cell} should be locked");
    }
    let page = &sheet[sheet.find("<pageSetup").unwrap()..];
    assert!(page.contains("orientation=\"landscape\"") && page.contains("paperSize=\"9\""));
    assert!(sheet.contains("<pane ySplit=\"3\""), "frozen header");
}

#[test]
fn identity_sheet_is_hidden_and_names_unit_period_tasks() {
    let model = model();
    let (dir, _) = write(&model);
    let unit = model.register.unit("盐湖高新区").unwrap();
    let path = form_path(dir.path(), &unit.name);
    let workbook = part(&path, "xl/workbook.xml");
    let tag = &workbook[workbook.find("name=\"_duban\"").unwrap()..];
    assert!(
        tag[..tag.find("/>").unwrap()].contains("state=\"hidden\""),
        "{workbook}"
    );
    let g = grid(&path, "_duban");
    let pairs: Vec<(&str, &str)> = g.iter().map(|r| (r[0].as_str(), r[1].as_str())).collect();
    assert_eq!(pairs[0], ("duban-form", "1"));
    assert_eq!(pairs[1], ("unit", "盐湖高新区"));
    assert_eq!(pairs[2], ("period", "2020-H1"));
    assert_eq!(pairs[3], ("generated", "notice.txt"));
    let tasks: Vec<&str> = pairs[4..]
        .iter()
        .map(|(k, v)| {
            assert_eq!(*k, "task");
            *v
        })
        .collect();
    assert_eq!(tasks, unit.lead_tasks);
}

#[test]
fn previous_report_gives_a_previous_progress_column() {
    let q1 = Period::new(2020, PeriodKind::Q1);
    let mut model = crate::support::model(h1()).earlier(q1).build();
    let task = model.register.unit("区财政局").unwrap().lead_tasks[1].clone();
    let entry = model
        .period_mut(q1)
        .unwrap()
        .entry_mut(&task, "区财政局")
        .unwrap();
    entry.status = Status::OnTrack;
    entry.progress = "已拨付资金1.2亿元".into();
    let (dir, _) = write(&model);

    let g = grid(&form_path(dir.path(), "区财政局"), "反馈表");
    assert_eq!(g[2], header_names(true));
    let row = 3 + 1;
    assert_eq!(g[row][0], task);
    assert_eq!(g[row][6], "【序时推进】已拨付资金1.2亿元");
    assert_eq!(g[3][6], "", "a task without earlier text stays empty");
    // Another unit without an earlier report has no 上期进展 column.
    let other = grid(&form_path(dir.path(), "区税务局"), "反馈表");
    assert!(!other[2].contains(&"上期进展".to_string()));
}

#[test]
fn two_runs_give_identical_bytes() {
    let model = model();
    let (a, files_a) = write(&model);
    let (b, files_b) = write(&model);
    assert_eq!(files_a.len(), files_b.len());
    for (fa, fb) in files_a.iter().zip(&files_b) {
        assert_eq!(
            fa.strip_prefix(a.path()).unwrap(),
            fb.strip_prefix(b.path()).unwrap()
        );
        assert!(
            std::fs::read(fa).unwrap() == std::fs::read(fb).unwrap(),
            "{}",
            fa.display()
        );
    }
}

#[test]
fn title_follows_period_and_district() {
    let settings = Settings {
        district: "测试区".into(),
        ..Settings::default()
    };
    let q1 = Period::new(2021, PeriodKind::Q1);
    assert_eq!(
        duban::form::title(q1, &settings.district),
        "2021年测试区《政府工作报告》重点任务一季度进展情况反馈表"
    );
    assert_eq!(
        forms::file_name("区/财政局", q1),
        "区_财政局_2021年一季度进展反馈表.xlsx"
    );
}

#[test]
fn a_skipped_period_shows_the_older_report() {
    // Current 三季度; the unit reported in 一季度 and skipped 半年 (present but empty).
    let q3 = Period::new(2020, PeriodKind::Q3);
    let q1 = Period::new(2020, PeriodKind::Q1);
    let mut model = crate::support::model(q3).earlier(q1).earlier(h1()).build();
    let task = model.register.unit("区财政局").unwrap().lead_tasks[0].clone();
    let entry = model
        .period_mut(q1)
        .unwrap()
        .entry_mut(&task, "区财政局")
        .unwrap();
    entry.status = Status::Lagging;
    entry.progress = "预算绩效管理办法起草中".into();
    let (dir, _) = write(&model);
    let path = dir.path().join("反馈表").join(forms::file_name("区财政局", q3));
    let g = grid(&path, "反馈表");
    assert_eq!(g[2], header_names(true));
    assert_eq!(g[3][0], task);
    assert_eq!(g[3][6], "【滞后】预算绩效管理办法起草中");
}

/// A form sent back without its hidden identity (copied into a unit's own workbook): its
/// period is read from its title and 报告期, in the words the forms say now (上半年) and in
/// those of the forms sent out before (半年).
#[test]
fn the_period_of_a_form_is_read_in_the_new_words_and_the_old() {
    use duban::merge::PeriodChoice;
    use rust_xlsxwriter::Workbook;
    let settings = Settings::default();
    let reg = crate::support::register();
    let unit = "区财政局";
    let tasks = reg.unit(unit).unwrap().lead_tasks.clone();
    let new = (
        duban::form::title(h1(), &settings.district),
        duban::form::period_label(h1()),
    );
    assert!(new.0.contains("重点任务上半年进展情况反馈表") && new.1 == "报告期：2020年上半年");
    let old = (
        duban::form::title_before(h1(), &settings.district),
        duban::form::period_label_before(h1()),
    );
    assert!(old.0.contains("重点任务半年进展情况反馈表") && old.1 == "报告期：2020年半年");
    for (title, label) in [new, old] {
        let dir = tempfile::tempdir().unwrap();
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet().set_name("反馈表").unwrap();
        ws.write(0, 0, &title).unwrap();
        ws.write(1, 0, format!("填报单位：{unit}")).unwrap();
        ws.write(1, 2, &label).unwrap();
        for (c, h) in ["任务编号", "完成状态", "进展情况"].iter().enumerate() {
            ws.write(2, c as u16, *h).unwrap();
        }
        for (r, id) in tasks.iter().enumerate() {
            ws.write(3 + r as u32, 0, id.as_str()).unwrap();
            ws.write(3 + r as u32, 1, "序时推进").unwrap();
            ws.write(3 + r as u32, 2, "按计划推进，完成年度目标的50%。")
                .unwrap();
        }
        wb.save(dir.path().join("return.xlsx")).unwrap();
        let due = PeriodChoice::Latest {
            due: Period::new(2020, PeriodKind::Q1),
        };
        let m = duban::merge::ingest(reg.clone(), &settings, dir.path(), due, false);
        assert_eq!(m.current, h1(), "{title} / {label}");
        let p = m.current_progress();
        for id in &tasks {
            assert!(
                p.entries_for(id).any(|e| e.unit == unit && e.reported()),
                "{id} of {label}"
            );
        }
    }
}
