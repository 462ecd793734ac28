//! `duban forms --plan` and back: a generated 节点计划表, filled in as a unit does, is read
//! back exactly (by its identity and header words); the ledger's 节点计划 sheet then puts each
//! milestone beside the unit's report, with the judgement and the counts.

use crate::support::{self, read, Case};
use calamine::{open_workbook_auto, Reader};
use duban::form;
use duban::model::{FileOutcome, Layout};
use duban::period::{Period, PeriodKind};
use duban::render::forms::plan::{file_name, PlanForms};
use duban::render::ledger::{ASSESS_DETAIL_SHEET, ASSESS_SHEET};
use duban::render::render_alone;
use duban::settings::Settings;
use rust_xlsxwriter::Workbook;
use std::path::{Path, PathBuf};

const UNIT: &str = "区财政局";

/// Writes every unit's 节点计划表 for 2020 and returns UNIT's.
fn generate(out: &Path) -> PathBuf {
    let settings = Settings::default();
    let model = crate::support::model(Period::new(2020, PeriodKind::Q1))
        .settings(&settings)
        .build();
    let templates = duban::templates::Templates::load(None).unwrap();
    let files = render_alone(&PlanForms, &model, &settings, &templates, out).unwrap();
    assert_eq!(files.len(), model.register.reporting_units().count());
    files
        .into_iter()
        .find(|f| f.ends_with(file_name(UNIT, 2020)))
        .expect("the unit's plan form")
}

/// What the unit writes for its `i`-th task: (target, 上半年节点, 上半年计划进度, 全年节点).
fn plan_for(i: usize) -> (String, String, u32, String) {
    (
        format!("第{}项年度目标", i + 1),
        format!("第{}项上半年节点", i + 1),
        40 + 10 * i as u32,
        format!("第{}项全面完成", i + 1),
    )
}

/// Copies the form, filling each task row and the 填报日期, as a unit does in Excel.
fn fill(form: &Path, dest: &Path) -> Vec<(String, (String, String, u32, String))> {
    support::fill::fill(form, dest, form::plan::PLAN_SHEET, "2020-03-20", |row| {
        let p = plan_for(row.index);
        row.write("年度目标", p.0.as_str());
        row.write("上半年节点", p.1.as_str());
        row.write("上半年计划进度(%)", p.2);
        row.write("全年节点", p.3.as_str());
        (row.id.clone(), p)
    })
}

/// A half-year return of UNIT: `percent` for every task, 序时推进.
fn half_year_return(case: &Case, tasks: &[String], percent: u32) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.write(0, 0, "填报单位：区财政局").unwrap();
    ws.write(1, 0, "报告期：2020年上半年").unwrap();
    for (c, h) in ["任务编号", "完成状态", "完成进度", "进展情况"]
        .iter()
        .enumerate()
    {
        ws.write(2, c as u16, *h).unwrap();
    }
    for (i, t) in tasks.iter().enumerate() {
        let r = 3 + i as u32;
        ws.write(r, 0, t.as_str()).unwrap();
        ws.write(r, 1, "序时推进").unwrap();
        ws.write(r, 2, percent).unwrap();
        ws.write(r, 3, "按计划推进").unwrap();
    }
    ws.write(4 + tasks.len() as u32, 0, "填报日期：2020年7月3日")
        .unwrap();
    wb.save(case.input().join("区财政局_半年.xlsx")).unwrap();
}

#[test]
fn a_filled_plan_form_is_read_back_exactly() {
    let out = tempfile::tempdir().unwrap();
    let form = generate(out.path());
    let case = Case::new();
    std::fs::create_dir_all(case.input().join("计划")).unwrap();
    let filled = fill(&form, &case.input().join("计划").join("节点计划(1).xlsx"));
    assert!(filled.len() >= 2, "{filled:?}");
    let model = case.ingest(&Settings::default(), Some(Period::new(2020, PeriodKind::H1)));
    let file = model
        .files
        .iter()
        .find(|f| f.path.ends_with("节点计划(1).xlsx"))
        .unwrap();
    assert_eq!(
        (file.outcome, file.layout),
        (FileOutcome::Plan, Some(Layout::Form))
    );
    assert_eq!(file.rows_matched, filled.len());
    for (id, (target, h1, pct, year)) in &filled {
        let p = model.plan(id, UNIT).unwrap_or_else(|| panic!("no plan for {id}"));
        assert_eq!(&p.current.target, target);
        let m = p.current.milestone(PeriodKind::H1).unwrap();
        assert_eq!((&m.text, m.percent), (h1, Some(*pct as u8)));
        assert_eq!(&p.current.milestone(PeriodKind::Y).unwrap().text, year);
        assert!(p.current.milestone(PeriodKind::Q1).is_none());
    }
    assert_eq!(model.plans.len(), filled.len(), "only UNIT's tasks have plans");
    // No return: the unit is still to report, the plan is no return.
    assert!(model
        .current_progress()
        .submission(UNIT)
        .unwrap()
        .files
        .is_empty());
}

#[test]
fn the_ledger_puts_each_milestone_beside_the_report() {
    let out = tempfile::tempdir().unwrap();
    let form = generate(out.path());
    let case = Case::new();
    let filled = fill(&form, &case.input().join("区财政局节点计划.xlsx"));
    let tasks: Vec<String> = filled.iter().map(|(id, _)| id.clone()).collect();
    // Planned 40, 50, 60 …: 50 is ahead of the first, on plan with the second (within 5
    // points of 50), behind the rest.
    half_year_return(&case, &tasks, 50);
    let run = case.run(&["run", "--period", "2020上半年"]);
    assert!(run.code.is_some_and(|c| c != 2), "{}", run.stderr);
    let ledger = case.output().join("2020年半年").join("工作台帐_2020年半年.xlsx");
    let grid = read::grid(&ledger, "节点计划");
    let header = &grid[2];
    let col = |h: &str| header.iter().position(|x| x == h).unwrap();
    let row_of = |id: &str| grid.iter().find(|r| r.get(1).is_some_and(|c| c == id)).unwrap();
    let judged: Vec<String> = tasks.iter().map(|t| row_of(t)[col("对照结果")].clone()).collect();
    let want: Vec<&str> = (0..tasks.len())
        .map(|i| match i {
            0 => "超进度",
            1 => "达进度",
            _ => "欠进度",
        })
        .collect();
    assert_eq!(judged, want);
    let first = row_of(&tasks[0]);
    assert_eq!(first[col("本期节点")], "第1项上半年节点；计划进度40%");
    assert_eq!(first[col("单位自报状态")], "序时推进");
    assert_eq!(
        (first[col("完成进度")].as_str(), first[col("计划进度")].as_str()),
        ("50", "40")
    );
    // The note counts tasks by judgement and those without a plan.
    let behind = tasks.len() - 2;
    let note = &grid[1][0];
    assert!(note.contains(&format!("欠进度{behind}项")), "{note}");
    assert!(note.contains("超进度1项") && note.contains("达进度1项"), "{note}");
    // 序时推进 while 欠进度: listed among the exceptions.
    let exceptions = read::grid(&ledger, "异常");
    let flagged = exceptions
        .iter()
        .filter(|r| r.iter().any(|c| c == "自报序时推进但欠进度"))
        .count();
    assert_eq!(flagged, behind);
    // The task sheet: the period's milestone and judgement beside the report.
    let sheet = read::grid(&ledger, "十大工程");
    let at = sheet[2]
        .iter()
        .position(|h| h == "本期节点对照")
        .expect("the milestone column");
    let line = sheet
        .iter()
        .find(|r| r[0] == tasks[0] && r[3] == UNIT)
        .expect("the unit's line");
    assert_eq!(line[at], "超进度：第1项上半年节点；计划进度40%");
    // The unit's own ledger lists its plans; a unit without a plan gets no such sheet.
    let split = |unit: &str| {
        let path = case
            .output()
            .join("2020年半年")
            .join("分单位台帐")
            .join(format!("{unit}_工作台帐_2020年半年.xlsx"));
        open_workbook_auto(&path).unwrap().sheet_names().to_vec()
    };
    assert!(split(UNIT).iter().any(|s| s == "节点计划"));
    assert!(!split("区教科局").iter().any(|s| s == "节点计划"));
    let own = read::grid(
        &case
            .output()
            .join("2020年半年")
            .join("分单位台帐")
            .join(format!("{UNIT}_工作台帐_2020年半年.xlsx")),
        "节点计划",
    );
    assert_eq!(own.iter().filter(|r| r[3] == UNIT).count(), tasks.len());
    // 汇总: tasks by judgement, the rest without a plan.
    let summary = read::grid(&ledger, "汇总");
    let top = summary
        .iter()
        .position(|r| r[0] == "七、按节点计划对照（任务数）")
        .unwrap();
    let total_col = summary[top + 1].iter().position(|h| h == "合计").unwrap();
    let count = |label: &str| {
        let r = summary[top..].iter().find(|r| r[0] == label).unwrap();
        r[total_col].parse::<usize>().unwrap()
    };
    assert_eq!(
        (count("超进度"), count("达进度"), count("欠进度")),
        (1, 1, behind)
    );
    assert_eq!(count("已完成") + count("无法对照"), 0);
    assert_eq!(count("无节点计划") + tasks.len(), count("合计"));
    // The bulletin: tasks with a plan counted by judgement, shares of them; those behind
    // named in 存在问题; no "as reported" sentence once plans exist.
    let bulletin = read::docx_text(&case.output().join("2020年半年").join("督查通报_2020年半年.docx"));
    let n = tasks.len();
    let share = |k: usize| {
        let s = format!("{:.1}", k as f64 * 100.0 / n as f64);
        format!("{}%", s.trim_end_matches(".0"))
    };
    let counted = format!(
        "有节点计划的{n}项任务中，超进度1项，占{}；达进度1项，占{}；欠进度{behind}项，占{}。",
        share(1),
        share(1),
        share(behind)
    );
    assert!(bulletin.contains(&counted), "{counted}\n{bulletin}");
    assert!(bulletin.contains("项任务未报送节点计划"), "{bulletin}");
    assert!(
        bulletin.contains(&format!(
            "部分任务未达节点计划。对照各责任单位报送的节点计划，{behind}项任务欠进度"
        )),
        "{bulletin}"
    );
    assert!(bulletin.contains("区财政局“"), "{bulletin}");
    assert!(!bulletin.contains("以上进展情况均由各责任单位自报"), "{bulletin}");
    // 考核: the unit's tasks 欠进度 are a fact and a rate rule (default −10 for 100 %), counted
    // instead of the rows to correct their 自报序时推进但欠进度 would be.
    let scores = read::grid(&ledger, ASSESS_SHEET);
    let labels = &scores[3];
    let at = |h: &str| {
        labels
            .iter()
            .position(|x| x == h)
            .unwrap_or_else(|| panic!("{h}: {labels:?}"))
    };
    let unit = scores.iter().find(|r| r[1] == UNIT).expect("the unit's row");
    let number = |h: &str| unit[at(h)].parse::<f64>().unwrap();
    assert_eq!(number("欠进度"), behind as f64);
    assert_eq!(number("需核对更正"), 0.0);
    let own = number("牵头任务");
    let points = (-10.0 * behind as f64 / own * 100.0).round() / 100.0;
    assert_eq!(number("欠进度率（−10×率）"), points);
    let base = number("基础分");
    let others: f64 = labels
        .iter()
        .enumerate()
        .filter(|(i, h)| *i > at("基础分") && *i < at("总分") && !h.starts_with("欠进度"))
        .map(|(i, _)| unit[i].parse::<f64>().unwrap())
        .sum();
    assert!(
        (number("总分") - (base + others + points)).abs() < 1e-6,
        "{unit:?}"
    );
    // 得分说明 (merged over both header rows) follows 总分.
    assert!(unit[at("总分") + 1].contains("欠进度率"), "{unit:?}");
    let scope = "欠进度按各单位自己报送的节点计划对照本期进展认定。";
    assert!(scores[1].iter().any(|c| c.ends_with(scope)), "{:?}", scores[1]);
    assert!(
        scores
            .iter()
            .flatten()
            .any(|c| c.starts_with("考核规则") && c.contains("欠进度率")),
        "the rule under the table"
    );
    let details = read::grid(&ledger, ASSESS_DETAIL_SHEET);
    let listed = details
        .iter()
        .filter(|r| r.iter().any(|c| c == UNIT) && r.iter().any(|c| c.starts_with("欠进度：")))
        .count();
    assert_eq!(listed, behind, "{details:?}");
}

#[test]
fn without_plans_the_bulletin_says_progress_is_as_reported() {
    let case = Case::new();
    half_year_return(&case, &["1.(3).3".to_string()], 50);
    let run = case.run(&["run", "--period", "2020上半年"]);
    assert!(run.code.is_some_and(|c| c != 2), "{}", run.stderr);
    let dir = case.output().join("2020年半年");
    let bulletin = read::docx_text(&dir.join("督查通报_2020年半年.docx"));
    assert!(
        bulletin.contains("以上进展情况均由各责任单位自报。"),
        "{bulletin}"
    );
    assert!(!bulletin.contains("节点计划"), "{bulletin}");
    let ledger = dir.join("工作台帐_2020年半年.xlsx");
    let sheets = open_workbook_auto(&ledger).unwrap().sheet_names().to_vec();
    assert!(!sheets.iter().any(|s| s == "节点计划"), "{sheets:?}");
    let tasks = read::grid(&ledger, "十大工程");
    assert!(!tasks[2].iter().any(|h| h.contains("节点")), "{:?}", tasks[2]);
    let summary = read::grid(&ledger, "汇总");
    assert!(!summary.iter().any(|r| r[0].contains("节点计划")));
    // 考核: no 欠进度 column, rule or points without plans.
    let scores = read::grid(&ledger, ASSESS_SHEET);
    assert!(scores[3].iter().any(|h| h == "需核对更正"));
    assert!(
        !scores.iter().flatten().any(|c| c.contains("欠进度")),
        "{scores:?}"
    );
}

#[test]
fn a_reminder_names_the_units_own_milestones() {
    let out = tempfile::tempdir().unwrap();
    let form = generate(out.path());
    let case = Case::new();
    let filled = fill(&form, &case.input().join("区财政局节点计划.xlsx"));
    // Another unit's return, so the year has returns and reminders go out.
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    for (c, h) in ["任务编号", "完成状态", "进展情况"].iter().enumerate() {
        ws.write(0, c as u16, *h).unwrap();
    }
    ws.write(1, 0, "5.(1).2").unwrap();
    ws.write(1, 1, "序时推进").unwrap();
    ws.write(1, 2, "推进改革").unwrap();
    ws.write(2, 0, "填报日期：2020年7月3日").unwrap();
    wb.save(case.input().join("区教科局_半年.xlsx")).unwrap();
    let run = case.run(&["run", "--period", "2020上半年"]);
    assert!(run.code.is_some_and(|c| c != 2), "{}", run.stderr);
    let dir = case.output().join("2020年半年").join("催报通知");
    let reminder = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().contains(UNIT))
        .expect("the unit's reminder");
    let text = read::docx_text(&reminder);
    for (i, (id, _)) in filled.iter().enumerate() {
        let line = format!("【{id}】");
        assert!(text.contains(&line), "{text}");
        let want = format!(
            "（本单位上半年节点：第{}项上半年节点；计划进度{}%）",
            i + 1,
            40 + 10 * i
        );
        assert!(text.contains(&want), "{want}\n{text}");
    }
    // A unit without a plan: its list as before.
    let other = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .contains("区扶贫开发中心")
        })
        .expect("another unit's reminder");
    assert!(!read::docx_text(&other).contains("节点"));
}

/// UNIT's own plan table for task 1.(3).3 dated `date`: its 上半年 milestone planned at
/// `percent`.
fn own_plan(case: &Case, rel: &str, date: &str, percent: u32) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("节点计划").unwrap();
    ws.write(0, 0, "区财政局2020年重点任务节点计划").unwrap();
    for (c, h) in ["序号", "任务编号", "年度目标", "上半年目标", "上半年计划进度(%)"]
        .iter()
        .enumerate()
    {
        ws.write(1, c as u16, *h).unwrap();
    }
    for (c, v) in ["1", "1.(3).3", "化解债务10亿元", "化解债务"].iter().enumerate() {
        ws.write(2, c as u16, *v).unwrap();
    }
    ws.write(2, 4, percent).unwrap();
    ws.write(3, 0, format!("填报日期：{date}")).unwrap();
    let to = case.input().join(rel);
    std::fs::create_dir_all(to.parent().unwrap()).unwrap();
    wb.save(to).unwrap();
}

/// Rewrites the workbook at `path` as the clerk saving it in Excel would ([`support::fill::copy`]),
/// with `text` in `cell` of `sheet`.
fn edit_cell(path: &Path, sheet: &str, cell: (u32, u16), text: &str) {
    support::fill::copy(path, path, |name, _, ws| {
        if name == sheet {
            ws.write(cell.0, cell.1, text).unwrap();
        }
    });
}

/// The 节点计划 sheet's header and 1.(3).3's row (its index) in UNIT's line.
fn plan_row(ledger: &Path) -> (Vec<String>, Vec<String>, u32) {
    let grid = read::grid(ledger, "节点计划");
    let r = grid
        .iter()
        .position(|r| r[1] == "1.(3).3" && r[3] == UNIT)
        .expect("the plan's row");
    (grid[2].clone(), grid[r].clone(), r as u32)
}

/// The rows of the ledger's 异常 sheet of `kind` for 1.(3).3.
fn open_exceptions(ledger: &Path, kind: &str) -> Vec<Vec<String>> {
    read::grid(ledger, "异常")
        .into_iter()
        .filter(|r| r.iter().any(|c| c == kind) && r.iter().any(|c| c == "1.(3).3"))
        .collect()
}

#[test]
fn the_office_decides_on_a_moved_milestone_in_the_ledger() {
    let case = Case::new();
    // Planned 60 % by mid-year, then moved down to 30 %; the unit reports 40 %, 序时推进:
    // ahead of the moved milestone, behind the first one.
    own_plan(&case, "计划/区财政局节点计划.xlsx", "2020年3月10日", 60);
    own_plan(&case, "计划/区财政局节点计划（调整）.xlsx", "2020年5月20日", 30);
    half_year_return(&case, &["1.(3).3".to_string()], 40);
    let dir = case.output().join("2020年半年");
    let ledger = dir.join("工作台帐_2020年半年.xlsx");
    let run = || {
        let run = case.run(&["run", "--period", "2020上半年"]);
        assert!(run.code.is_some_and(|c| c != 2), "{}", run.stderr);
    };
    run();
    let (header, row, r) = plan_row(&ledger);
    let col = |h: &str| header.iter().position(|x| x == h).unwrap();
    let decision = col("办公室意见（同意/不同意调整）");
    assert!(row[col("调整节点")].contains("计划进度60%"), "{row:?}");
    assert_eq!(row[col("对照结果")], "超进度");
    assert_eq!(row[decision], "");
    assert_eq!(open_exceptions(&ledger, "调整节点").len(), 1);
    assert!(open_exceptions(&ledger, "自报序时推进但欠进度").is_empty());
    let notes = |needle: &str| {
        read::grid(&dir.join("处理报告.xlsx"), "提示")
            .into_iter()
            .filter(|r| r.iter().any(|c| c.contains(needle)))
            .collect::<Vec<_>>()
    };
    let cell = format!("{}{}", (b'A' + decision as u8) as char, r + 1);
    // The cell offers 同意 / 不同意 (free text allowed); only where a milestone moved.
    let validations = |path: &Path| -> Vec<String> {
        read::parts(path)
            .into_values()
            .flat_map(|x| {
                x.split("<dataValidation ")
                    .skip(1)
                    .map(|v| v.split("</dataValidation>").next().unwrap().to_string())
                    .collect::<Vec<_>>()
            })
            .collect()
    };
    // Not in the unit's own ledger: the master ledger is the one read back.
    let split = dir
        .join("分单位台帐")
        .join(format!("{UNIT}_工作台帐_2020年半年.xlsx"));
    assert!(read::grid(&split, "节点计划")[2]
        .iter()
        .any(|h| h.starts_with("办公室意见")));
    assert!(validations(&split).is_empty());
    let validations = validations(&ledger);
    assert_eq!(validations.len(), 1, "{validations:?}");
    assert!(
        validations[0].contains(&format!("sqref=\"{cell}\"")),
        "{validations:?}"
    );
    assert!(validations[0].contains("同意,不同意"), "{validations:?}");

    // 不同意: judged against the first milestone, the decision written back, the exception
    // closed and the decision noted in 处理报告 with its cell; and again on the next run.
    edit_cell(&ledger, "节点计划", (r, decision as u16), "不同意");
    for _ in 0..2 {
        run();
        let (_, row, _) = plan_row(&ledger);
        assert_eq!(row[decision], "不同意");
        assert_eq!(row[col("对照结果")], "欠进度", "{row:?}");
        assert!(row[col("本期节点")].contains("计划进度60%"), "{row:?}");
        assert!(
            row[col("对照依据")]
                .contains("督查室不同意调整节点，按原节点计划对照（见计划/区财政局节点计划.xlsx）"),
            "{row:?}"
        );
        assert!(open_exceptions(&ledger, "调整节点").is_empty());
        assert_eq!(open_exceptions(&ledger, "自报序时推进但欠进度").len(), 1);
        let noted = notes("督查室不同意区财政局调整任务1.(3).3的节点");
        assert_eq!(noted.len(), 1, "{noted:?}");
        assert_eq!(
            noted[0][..3],
            ["工作台帐_2020年半年.xlsx", "节点计划", cell.as_str()]
        );
        let task = read::grid(&ledger, "十大工程");
        let at = task[2].iter().position(|h| h == "本期节点对照").unwrap();
        let line = task.iter().find(|l| l[0] == "1.(3).3" && l[3] == UNIT).unwrap();
        assert!(
            line[at].starts_with("欠进度：") && line[at].contains("60%"),
            "{line:?}"
        );
    }

    // 同意: the moved milestone, nothing open, the decision noted.
    edit_cell(&ledger, "节点计划", (r, decision as u16), "同意");
    run();
    let (_, row, _) = plan_row(&ledger);
    assert_eq!(
        (row[decision].as_str(), row[col("对照结果")].as_str()),
        ("同意", "超进度")
    );
    assert!(open_exceptions(&ledger, "调整节点").is_empty());
    assert_eq!(notes("督查室同意区财政局调整任务1.(3).3的节点").len(), 1);

    // The unit moves the milestone again (to 20 %): the 同意 was given on the earlier move, so
    // it does not apply to this one; it is quoted in an exception naming its cell.
    own_plan(&case, "计划/区财政局节点计划（再调整）.xlsx", "2020年6月10日", 20);
    run();
    let (_, row, _) = plan_row(&ledger);
    assert_eq!(
        (row[decision].as_str(), row[col("对照结果")].as_str()),
        ("", "超进度")
    );
    assert!(row[col("调整节点")].contains("计划进度20%"), "{row:?}");
    let open = open_exceptions(&ledger, "调整节点");
    assert_eq!(open.len(), 3, "two moves and the stale decision: {open:?}");
    let place = format!("工作台帐_2020年半年.xlsx / 节点计划 / {cell}");
    let stale = "“同意”是对此前的调整节点作出的";
    assert!(
        open.iter()
            .any(|r| r.iter().any(|c| c.starts_with(&place) && c.contains(stale))),
        "{open:?}"
    );
    assert!(notes("督查室同意").is_empty());

    // Anything else: kept, the moves still open, and an exception naming the cell.
    edit_cell(&ledger, "节点计划", (r, decision as u16), "再研究");
    run();
    let (_, row, _) = plan_row(&ledger);
    assert_eq!(
        (row[decision].as_str(), row[col("对照结果")].as_str()),
        ("再研究", "超进度")
    );
    let open = open_exceptions(&ledger, "调整节点");
    assert_eq!(open.len(), 3, "{open:?}");
    assert!(
        open.iter().any(|r| r
            .iter()
            .any(|c| c.starts_with(&place) && c.contains("“再研究”无法识别"))),
        "{open:?}"
    );
}
