//! Ingestion from raw workbooks to the merged model: our form, a unit's own layout, task ID
//! variants, values in every spelling, identity clues, superseded and duplicate returns,
//! timeliness, junk files, and the "nothing is lost" identity on every file.

use crate::support::raw::*;
use crate::support::{file_report, H1, Q1};
use duban::collect::{CellValue, Collected};
use duban::merge::{merge_collected, PeriodChoice};
use duban::model::{EvidenceKind, ExceptionKind, FileOutcome, Layout, MatchMethod, Model, Timeliness};
use duban::period::Period;
use duban::status::Status;

const FIN: &str = "区财政局";

fn run(collected: Vec<Collected>, period: Option<Period>) -> Model {
    // Run after the year: with no period asked and none found, the year-end one is due.
    let day = chrono::NaiveDate::from_ymd_opt(2021, 6, 30).unwrap();
    let period = PeriodChoice::new(period, &settings(), day);
    let model = merge_collected(register(), &settings(), collected, period);
    assert_balanced(&model);
    model
}

fn kinds(model: &Model) -> Vec<(ExceptionKind, String)> {
    model
        .exceptions
        .iter()
        .map(|e| (e.kind, e.place.cell.clone()))
        .collect()
}

/// A filled-in copy of our form for 区财政局, 2020 Q1.
fn form(path: &str, filled: &str) -> Collected {
    let head: &[&str] = &[
        "任务编号",
        "类别",
        "任务内容",
        "责任人",
        "牵头单位",
        "配合单位",
        "完成状态",
        "完成进度(%)",
        "进展情况",
        "存在困难",
        "意见建议",
        "下步打算",
    ];
    let mut s = sheet(
        "反馈表",
        &[
            &["2020年盐湖区《政府工作报告》重点任务一季度进展情况反馈表"],
            &[
                "填报单位：区财政局",
                "",
                "",
                "",
                "",
                "",
                "",
                "",
                "报告期：2020年一季度",
            ],
            head,
            &[
                "1.(3).3",
                "十大工程",
                "优化财政收支结构，强化预算绩效管理。",
                "",
                FIN,
                "",
                "已完成",
                "#100",
                "全面完成预算编制",
            ],
            &[
                "1.(3).4",
                "十大工程",
                "严守政府债务管控底线，规范举债融资行为。",
                "",
                FIN,
                "",
                "序时推进",
                "#40",
                "化解存量债务",
                "资金紧张",
                "",
                "继续推进",
            ],
            &["5.(1).1", "十大工程", "推进国资国企改革", "", FIN, "", "", "", ""],
            &[
                "7.(1).1",
                "十大工程",
                "加大财政、金融、土地等政策支持力度",
                "",
                FIN,
                "",
                "滞后",
                "#10",
                "受疫情影响",
            ],
            &[],
            &["填报人：", "张三"],
            &["联系电话：", "12345"],
            &["填报日期：", filled],
            &["审核人：", "李四"],
        ],
    );
    s.merged.push(merged(0, 0, 0, 11));
    let id = identity(FIN, "2020-Q1", &["1.(3).3", "1.(3).4", "5.(1).1", "7.(1).1"]);
    workbook(path, Some(date(2020, 4, 20)), vec![s, id])
}

#[test]
fn our_form_is_read_by_identity_and_task_ids() {
    let m = run(
        vec![form("区财政局_2020年一季度进展反馈表.xlsx", "2020年4月8日")],
        None,
    );
    assert_eq!(m.current, Q1);
    let p = m.current_progress();
    let e = p.entry("1.(3).3", FIN).unwrap();
    assert_eq!(e.status, Status::Completed);
    assert_eq!(e.percent, Some(100));
    assert_eq!(e.progress, "全面完成预算编制");
    assert_eq!(e.matched.as_ref().unwrap().method, MatchMethod::Form);
    assert_eq!(
        e.source.as_ref().unwrap().to_string(),
        "区财政局_2020年一季度进展反馈表.xlsx / 反馈表 / A4"
    );
    let e = p.entry("1.(3).4", FIN).unwrap();
    assert_eq!((e.status, e.percent), (Status::OnTrack, Some(40)));
    assert_eq!(
        (e.difficulties.as_str(), e.next_steps.as_str()),
        ("资金紧张", "继续推进")
    );
    // Left empty: 未反馈, but the row is still accounted as matched.
    assert_eq!(p.entry("5.(1).1", FIN).unwrap().status, Status::NoReport);
    assert_eq!(p.entry("7.(1).1", FIN).unwrap().status, Status::Lagging);
    let sub = p.submission(FIN).unwrap();
    assert_eq!(sub.timeliness, Timeliness::OnTime);
    let evidence = sub.evidence.as_ref().unwrap();
    assert_eq!(
        (evidence.date, evidence.kind, evidence.place.to_string().as_str()),
        (
            date(2020, 4, 8),
            EvidenceKind::FormDate,
            "区财政局_2020年一季度进展反馈表.xlsx / 反馈表 / B11"
        )
    );
    assert_eq!(p.submission("区林业局").unwrap().timeliness, Timeliness::Missing);
    let f = &m.files[0];
    assert_eq!(
        (f.layout, f.unit.as_deref(), f.period),
        (Some(Layout::Form), Some(FIN), Some(Q1))
    );
    assert_eq!(
        (f.rows_read, f.rows_matched, f.rows_exception, f.rows_other),
        (11, 4, 0, 7)
    );
    assert_eq!(f.methods.get("反馈表编号"), Some(&4));
    assert!(m.exceptions.is_empty(), "{:?}", m.exceptions);
    assert!(f.warnings.is_empty(), "{:?}", f.warnings);
}

#[test]
fn late_return_and_no_file_time_fallback() {
    // Deadline 2020-04-10, report date 2020-04-13: a return filled on the 13th is late.
    let m = run(vec![form("a/财政.xlsx", "4月13日")], Some(Q1));
    let sub = m.current_progress().submission(FIN).unwrap();
    assert_eq!(
        (sub.timeliness, sub.date()),
        (Timeliness::Late, Some(date(2020, 4, 13)))
    );
    // No 填报日期: the file's modification time (2020-04-20, after the deadline) is no
    // evidence; the return is undated, listed as such, and not late.
    let m = run(vec![form("财政.xlsx", "")], Some(Q1));
    let sub = m.current_progress().submission(FIN).unwrap();
    assert_eq!((sub.timeliness, &sub.evidence), (Timeliness::Undated, &None));
    let undated: Vec<_> = m
        .exceptions
        .iter()
        .filter(|e| e.kind == ExceptionKind::Undated)
        .collect();
    assert_eq!(undated.len(), 1, "{:?}", m.exceptions);
    assert_eq!(undated[0].place.file, "财政.xlsx");
    assert_eq!(sub.remark, undated[0].message);
    // A date in the file name is the next evidence.
    let m = run(vec![form("财政20200409.xlsx", "")], Some(Q1));
    let sub = m.current_progress().submission(FIN).unwrap();
    let e = sub.evidence.as_ref().unwrap();
    assert_eq!(
        (sub.timeliness, e.kind, e.date),
        (Timeliness::OnTime, EvidenceKind::FileName, date(2020, 4, 9))
    );
    // A 填报日期 after the report date is no evidence: named with its cell, then undated.
    let m = run(vec![form("财政.xlsx", "2026年12月1日")], Some(Q1));
    let sub = m.current_progress().submission(FIN).unwrap();
    assert_eq!(sub.timeliness, Timeliness::Undated);
    let bad = m
        .exceptions
        .iter()
        .find(|e| e.kind == ExceptionKind::ImplausibleDate)
        .unwrap();
    assert_eq!(bad.place.to_string(), "财政.xlsx / 反馈表 / B11");
    assert!(
        bad.message.contains("2026-12-01") && bad.message.contains("2020-04-13"),
        "{}",
        bad.message
    );
}

/// The unit's own layout: two title rows, a two-row header in another order with other
/// names, a merged programme row, a status merged down, blank rows, notes under the table.
fn own_layout() -> Collected {
    let mut s = sheet(
        "Sheet1",
        &[
            &["盐湖区财政局"],
            &["2020年上半年重点工作推进情况表"],
            &[
                "序号",
                "工作任务",
                "进展情况",
                "",
                "",
                "存在问题",
                "下一步计划",
                "责任单位",
            ],
            &["", "", "推进情况", "完成比例", "工作进展"],
            &["一、聚力改革创新工程"],
            &[
                "1",
                "优化财政支出结构，强化预算绩效管理",
                "已完成",
                "#1",
                "已完成绩效评价",
            ],
            &[],
            &[
                "2",
                "严守政府债务管控底线",
                "序时推进",
                "50%",
                "化解债务",
                "",
                "",
                FIN,
            ],
            &[
                "3",
                "推进国资国企改革，支持恒舜通放大融资功能",
                "",
                "五成",
                "正在推进改革",
            ],
            &[
                "4",
                "加大财政金融土地等政策支持力度推动城市基础设施和公共服务向乡镇延伸",
                "",
                "过半",
                "滞后。资金未到位",
            ],
            &["注：本表由财政局填报"],
            &["填报日期：2020.7.8"],
        ],
    );
    s.merged.push(merged(4, 0, 4, 7));
    s.merged.push(merged(2, 2, 2, 4));
    workbook("收件/财政局报表.xlsx", Some(date(2020, 7, 9)), vec![s])
}

#[test]
fn own_layout_is_read_by_header_names_and_task_text() {
    let m = run(vec![own_layout()], None);
    assert_eq!(m.current, H1);
    let p = m.current_progress();
    let e = p.entry("1.(3).3", FIN).unwrap();
    let info = e.matched.as_ref().unwrap();
    assert_eq!(info.method, MatchMethod::FuzzyText);
    assert!(info.confidence >= 0.85 && !info.review, "{info:?}");
    assert_eq!(
        (e.status, e.percent, e.progress.as_str()),
        (Status::Completed, Some(1), "已完成绩效评价")
    );
    let e = p.entry("1.(3).4", FIN).unwrap();
    assert_eq!(e.matched.as_ref().unwrap().method, MatchMethod::PrefixText);
    assert_eq!((e.status, e.percent), (Status::OnTrack, Some(50)));
    // No status: 序时推进 from the progress written, listed as 完成状态未填.
    let e = p.entry("5.(1).1", FIN).unwrap();
    assert_eq!((e.status, e.percent), (Status::OnTrack, Some(50)));
    // Status at the start of the progress text; "过半" is a bad value.
    let e = p.entry("7.(1).1", FIN).unwrap();
    assert_eq!(
        (e.status, e.percent, e.progress.as_str()),
        (Status::Lagging, None, "资金未到位")
    );
    assert_eq!(
        kinds(&m),
        [
            // 已完成 beside a bare 1 read as 1 %: the status and its percentage disagree.
            (ExceptionKind::Contradiction, "C6".to_string()),
            (ExceptionKind::NoStatus, "C9".to_string()),
            (ExceptionKind::BadValue, "D10".to_string())
        ]
    );
    assert_eq!(
        m.exceptions[2].message,
        "收件/财政局报表.xlsx / Sheet1 / D10（完成比例）：“过半”不是百分数，已按原文保留：请向单位核实完成进度"
    );
    assert_eq!(
        m.exceptions[1].message,
        "收件/财政局报表.xlsx / Sheet1 / C9：完成状态未填或无法识别，按所填进展视为序时推进：请向单位核实完成状态"
    );
    assert_eq!(
        m.exceptions[0].message,
        "收件/财政局报表.xlsx / Sheet1 / C6：完成状态“已完成”与完成比例1%（D6）不符；台帐按原填保留并标注，通报不引用该条进展，请单位核实更正"
    );
    let f = &m.files[0];
    assert_eq!((f.rows_read, f.rows_matched, f.rows_other), (11, 4, 7));
    assert_eq!(f.layout, Some(Layout::Own));
    let sub = p.submission(FIN).unwrap();
    assert_eq!(
        (sub.date(), sub.timeliness),
        (Some(date(2020, 7, 8)), Timeliness::OnTime)
    );
}

#[test]
fn value_merged_down_fills_the_rows_below() {
    let mut s = sheet(
        "进展",
        &[
            &["区财政局2020年一季度任务进展"],
            &["任务内容", "状态", "进展"],
            &[
                "优化财政收支结构，强化预算绩效管理。",
                "序时推进",
                "推进中的工作一",
            ],
            &["严守政府债务管控底线，规范举债融资行为。", "", "推进中的工作二"],
        ],
    );
    s.merged.push(merged(2, 1, 3, 1));
    let m = run(vec![workbook("x.xlsx", None, vec![s])], None);
    let p = m.current_progress();
    assert_eq!(p.entry("1.(3).4", FIN).unwrap().status, Status::OnTrack);
    assert_eq!(
        p.entry("1.(3).4", FIN).unwrap().matched.as_ref().unwrap().method,
        MatchMethod::ExactText
    );
    // No 填报日期 and no date in the name: the return is listed as undated, nothing else.
    assert_eq!(kinds(&m), [(ExceptionKind::Undated, String::new())]);
}

#[test]
fn task_id_variants_and_rows_that_fit_no_task() {
    let s = sheet(
        "一季度",
        &[
            &["任务编号", "任务", "完成状态", "工作进展情况"],
            &["一（3）3", "", "已完成", "a"],
            &["１－３－４", "", "正常推进", "b"],
            &["5.1.1", "", "未开工", ""],
            &["", "与本单位无关的一项工作内容描述文字", "已完成", "c"],
            &["实事七", "", "已完成", "d"],
            &["", "", "已完成", "无任务的行"],
        ],
    );
    let m = run(vec![workbook("区财政局.xls", None, vec![s])], None);
    let p = m.current_progress();
    assert_eq!(m.current, Q1);
    for id in ["1.(3).3", "1.(3).4", "5.(1).1"] {
        assert_eq!(
            p.entry(id, FIN).unwrap().matched.as_ref().unwrap().method,
            MatchMethod::TaskId,
            "{id}"
        );
    }
    assert_eq!(p.entry("5.(1).1", FIN).unwrap().status, Status::NotStarted);
    assert_eq!(
        kinds(&m),
        [
            (ExceptionKind::Undated, String::new()),
            (ExceptionKind::Unmatched, "B5".to_string()),
            (ExceptionKind::NotOwnTask, "A6".to_string()),
            (ExceptionKind::Unmatched, "C7".to_string()),
        ]
    );
    assert_eq!(
        m.exceptions[2].message,
        "区财政局.xls / 一季度 / A6：任务实事7由区交通运输局牵头，区财政局不是该任务的牵头或配合单位，此行未计入台帐：请向区财政局核实是否填错了行或任务编号，改正后重新运行"
    );
    assert_eq!(
        m.exceptions[3].message,
        "区财政局.xls / 一季度 / C7：该行没有任务编号或任务内容，未汇总：请核对该行属于哪项任务，在原表补填任务编号后重新运行"
    );
    assert_eq!(m.exceptions[2].row_text, "实事七 | 已完成 | d");
    assert!(m.exceptions[1]
        .message
        .contains("：“与本单位无关的一项工作内容描述文字”与通知中的任务都对不上（最高相似度"));
    assert_eq!((m.files[0].rows_matched, m.files[0].rows_exception), (3, 3));
}

#[test]
fn later_return_wins_and_the_earlier_is_superseded() {
    let m = run(
        vec![form("a.xlsx", "2020-04-07"), form("b.xlsx", "2020-04-09")],
        None,
    );
    let sub = m.current_progress().submission(FIN).unwrap();
    assert_eq!(
        (sub.files.clone(), sub.superseded.clone()),
        (vec!["b.xlsx".to_string()], vec!["a.xlsx".to_string()])
    );
    let sup: Vec<_> = m
        .exceptions
        .iter()
        .filter(|e| e.kind == ExceptionKind::Superseded)
        .collect();
    assert_eq!(sup.len(), 4);
    assert!(sup.iter().all(|e| e.place.file == "a.xlsx"));
    assert_eq!(
        sup[0].message,
        "a.xlsx / 反馈表 / A4：区财政局的2020年一季度报表已被后报的b.xlsx替代"
    );
    assert_eq!((m.files[0].rows_exception, m.files[1].rows_matched), (4, 4));
}

#[test]
fn same_task_twice_in_one_return_is_a_duplicate() {
    let s = sheet(
        "S",
        &[
            &["区财政局一季度"],
            &["编号", "重点任务", "进度", "进展情况"],
            &["1.(3).3", "", "#0.3", "first"],
            &["1-3-3", "", "#0.6", "second"],
        ],
    );
    let m = run(vec![workbook("d.xlsx", None, vec![s])], None);
    let e = m.current_progress().entry("1.(3).3", FIN).unwrap();
    assert_eq!((e.progress.as_str(), e.percent), ("first", Some(30)));
    assert_eq!(
        kinds(&m)[..],
        [
            (ExceptionKind::Undated, String::new()),
            (ExceptionKind::NoStatus, "A3".into()),
            (ExceptionKind::Duplicate, "A4".into())
        ]
    );
    let dup = &m.exceptions[2];
    assert_eq!(
        dup.message,
        "d.xlsx / S / A4：任务1.(3).3在本报表中填报了两次，保留A3处的一行：请核对两行，如应保留此行，请删去另一行后重新运行"
    );
}

#[test]
fn unknown_unit_and_conflicting_clues_are_reported() {
    let s = sheet(
        "S",
        &[
            &["任务内容", "进展情况"],
            &["某项与通知无关的工作任务", "做了一些事情"],
        ],
    );
    let m = run(vec![workbook("unknown.xlsx", None, vec![s])], Some(Q1));
    assert!(
        m.files[0].warnings[0].message.contains("未找到填报单位"),
        "{:?}",
        m.files[0].warnings
    );
    assert_eq!(m.exceptions[0].kind, ExceptionKind::Unmatched);
    // The file name says 区林业局, the label 区财政局: both named, the label wins.
    let s = sheet(
        "S",
        &[
            &["填报单位：区财政局"],
            &["任务内容", "进展情况"],
            &["优化财政收支结构，强化预算绩效管理。", "已完成"],
        ],
    );
    let m = run(vec![workbook("区林业局.xlsx", None, vec![s])], Some(Q1));
    // Besides the 提示 that 进展情况 holds a status word.
    let w: Vec<_> = m.files[0]
        .warnings
        .iter()
        .filter(|w| !w.message.contains("内容为状态词"))
        .collect();
    assert_eq!(w.len(), 1, "{w:?}");
    assert_eq!(
        w[0].message,
        "区林业局.xlsx / S：填报单位线索不一致（填报单位（A1）为区财政局、文件名为区林业局），按区财政局处理"
    );
    assert_eq!(
        m.current_progress().entry("1.(3).3", FIN).unwrap().status,
        Status::Completed
    );
}

#[test]
fn unit_from_the_tasks_when_nothing_names_it() {
    let s = sheet(
        "S",
        &[
            &["任务内容", "进展情况"],
            &["严守政府债务管控底线，规范举债融资行为。", "已完成。"],
        ],
    );
    let m = run(vec![workbook("20200408.xlsx", None, vec![s])], Some(Q1));
    assert_eq!(m.files[0].unit.as_deref(), Some(FIN));
    assert_eq!(
        m.current_progress().entry("1.(3).4", FIN).unwrap().status,
        Status::Completed
    );
}

#[test]
fn returns_for_earlier_and_later_periods() {
    let q1 = form("q1.xlsx", "2020-04-08");
    let mut h1 = own_layout();
    if let Collected::Workbook(w) = &mut h1 {
        w.path = "h1.xlsx".into();
    }
    let m = run(vec![q1.clone(), h1.clone()], None);
    assert_eq!(m.periods.iter().map(|p| p.period).collect::<Vec<_>>(), [Q1, H1]);
    assert_eq!(
        m.period(Q1).unwrap().entry("1.(3).3", FIN).unwrap().progress,
        "全面完成预算编制"
    );
    // Running Q1 again: the H1 return is after the run, its rows are listed, not lost, as
    // 晚于本期的报表 (not as an unknown unit or period), and the file says so once.
    let m = run(vec![q1.clone(), h1], Some(Q1));
    assert_eq!(m.periods.len(), 1);
    let outside: Vec<_> = m
        .exceptions
        .iter()
        .filter(|e| e.place.file == "h1.xlsx")
        .collect();
    assert_eq!(outside.len(), 4);
    assert!(outside
        .iter()
        .all(|e| e.kind == ExceptionKind::LaterPeriod && e.period == Some(H1)));
    assert!(
        outside[0].message.ends_with(
            "：该表报告期为2020年上半年，晚于本次汇总的2020年一季度，将在2020年上半年汇总时处理，该行未汇总"
        ),
        "{}",
        outside[0].message
    );
    let h1_file = file_report(&m, "h1.xlsx");
    assert_eq!(
        h1_file.reason.as_deref(),
        Some("2020年上半年的报表，晚于本次汇总的2020年一季度：各行列为“晚于本期的报表”，未汇总")
    );
    assert!(
        h1_file
            .warnings
            .iter()
            .all(|w| !w.message.contains("晚于本次汇总")),
        "not a warning: {:?}",
        h1_file.warnings
    );
    assert_eq!(h1_file.rows_exception, 4);
    let summary = duban::console::run_summary(&m, &duban::compare::compare(&m, &settings()));
    assert!(summary.contains("异常：4条（晚于本期的报表 4）"), "{summary}");
    // They need nothing from the office: with every unit on time, nothing needs attention
    // (exit status 0); one row that does need checking changes that.
    let mut all_well = m.clone();
    for s in &mut all_well.periods[0].submissions {
        s.timeliness = duban::model::Timeliness::OnTime;
    }
    assert!(
        all_well.files.iter().all(|f| f.warnings.is_empty()),
        "{:?}",
        all_well.files
    );
    assert!(!all_well.needs_attention());
    let mut unmatched = outside[0].clone();
    unmatched.kind = ExceptionKind::Unmatched;
    all_well.exceptions.push(unmatched);
    assert!(all_well.needs_attention());
    // A workbook with a 一季度 sheet and a 半年 sheet: the first is merged, the second listed,
    // and the file's reason names the sheet rather than calling the whole file later.
    // (The units' own layout: our form's identity would speak for every sheet.)
    let mut mixed = own_layout();
    if let Collected::Workbook(w) = &mut mixed {
        w.path = "mixed.xlsx".into();
        let mut q1_sheet = w.sheets[0].clone();
        q1_sheet.name = "一季度".into();
        for row in &mut q1_sheet.rows {
            for (_, v) in &mut row.cells {
                if let CellValue::Text(t) = v {
                    *t = t.replace("上半年", "一季度");
                }
            }
        }
        w.sheets[0].name = "半年".into();
        w.sheets.insert(0, q1_sheet);
    }
    let m = run(vec![mixed], Some(Q1));
    let file = &m.files[0];
    assert_eq!(
        file.reason.as_deref(),
        Some("部分工作表属于本次汇总（2020年一季度）之后的时段：半年（2020年上半年）；这些行列为“晚于本期的报表”，未汇总"),
        "{file:?}"
    );
    assert!(file.rows_matched > 0, "the 一季度 sheet is merged: {file:?}");
    assert_eq!(file.rows_exception, 4, "{:?}", kinds(&m));
    // A return of an earlier year is not "later", and its rows are no exceptions (each would
    // only say "another year"): the file's reason says it; with no return of the run's year
    // beside it, no 提示 either (the console says once that the year has no returns).
    let mut old = q1;
    if let Collected::Workbook(w) = &mut old {
        w.path = "2019.xlsx".into();
        for sheet in &mut w.sheets {
            for row in &mut sheet.rows {
                for (_, v) in &mut row.cells {
                    if let CellValue::Text(t) = v {
                        *t = t.replace("2020", "2019");
                    }
                }
            }
        }
    }
    let m = run(vec![old.clone()], Some(Q1));
    assert!(m.exceptions.is_empty(), "{:?}", kinds(&m));
    let file = &m.files[0];
    assert_eq!(
        file.reason.as_deref(),
        Some("2019年一季度的报表，不属于本次汇总的2020年一季度：各行未汇总，不列异常"),
        "{file:?}"
    );
    assert!(file.warnings.is_empty(), "{file:?}");
    assert!(
        file.rows_read > 0 && file.rows_other == file.rows_read,
        "{file:?}"
    );
    // Beside this year's returns, the old one is worth a look: one 提示, still no exception.
    let mut this_year = own_layout();
    if let Collected::Workbook(w) = &mut this_year {
        w.path = "2020.xlsx".into();
    }
    let m = run(vec![old, this_year], Some(H1));
    let file = file_report(&m, "2019.xlsx");
    assert!(
        m.exceptions.iter().all(|e| e.place.file != "2019.xlsx"),
        "{:?}",
        kinds(&m)
    );
    let warned: Vec<&str> = file.warnings.iter().map(|w| w.message.as_str()).collect();
    assert_eq!(
        warned,
        ["2019.xlsx：该文件是2019年一季度的报表，不属于本次汇总的2020年上半年，未汇总：请核实该单位是否误报了往年的报表，如是，请其报送2020年上半年的报表"],
        "{file:?}"
    );
}

#[test]
fn junk_files_are_named_with_their_reasons() {
    let junk = vec![
        Collected::Canonical {
            path: "notice.txt".into(),
        },
        Collected::Skipped {
            path: "~$区财政局.xlsx".into(),
            reason: "Office lock file".into(),
        },
        Collected::Failed {
            path: "坏.xlsx".into(),
            format: Some(duban::collect::Format::Xlsx),
            reason: "corrupt zip".into(),
            detail: None,
        },
        form("区财政局.xlsx", "2020-04-08"),
    ];
    let m = run(junk, None);
    let outcomes: Vec<_> = m.files.iter().map(|f| (f.path.as_str(), f.outcome)).collect();
    assert_eq!(
        outcomes,
        [
            ("notice.txt", FileOutcome::Canonical),
            ("~$区财政局.xlsx", FileOutcome::Skipped),
            ("区财政局.xlsx", FileOutcome::Return),
            ("坏.xlsx", FileOutcome::Failed),
        ]
    );
    assert_eq!(m.files[3].reason.as_deref(), Some("corrupt zip"));
    let summary = duban::console::run_summary(&m, &duban::compare::compare(&m, &settings()));
    assert!(summary.contains("无法读取 坏.xlsx：corrupt zip"), "{summary}");
    assert!(summary.contains("已匹配行数：4（反馈表编号 4）"), "{summary}");
}

#[test]
fn a_sheet_without_a_table_is_named() {
    let notes = sheet("填表说明", &[&["请各单位于4月10日前报送"], &["联系人：王五"]]);
    let m = run(vec![workbook("区财政局.xlsx", None, vec![notes])], Some(Q1));
    assert_eq!(
        m.files[0].warnings[0].message,
        "区财政局.xlsx / 填表说明：未找到表头（需有“任务内容”以及“进展情况”或“完成状态”），2行未读取"
    );
}

/// The office's receipt register, found by its content: it overrides a late 填报日期, dates a
/// unit whose return is not in input/, and names the rows it does not take.
#[test]
fn receipt_register_is_the_first_evidence() {
    let register = sheet(
        "登记",
        &[
            &["2020年收文登记簿"],
            &["序号", "来文单位", "收文日期"],
            &["1", "区财政局", "2020-04-09"],
            &["2", "财政局", "2020-04-12"],
            &["3", "某某公司", "2020-04-09"],
            &["4", "区林业局", "4月8日"],
        ],
    );
    let m = run(
        vec![
            form("区财政局一季度.xlsx", "4月13日"),
            workbook("收文/登记.xlsx", None, vec![register]),
        ],
        Some(Q1),
    );
    let p = m.current_progress();
    // 填报日期 2020-04-13 would be late; the register says it came on the 9th.
    let fin = p.submission(FIN).unwrap();
    let e = fin.evidence.as_ref().unwrap();
    assert_eq!(
        (fin.timeliness, e.kind, e.date),
        (Timeliness::OnTime, EvidenceKind::Receipt, date(2020, 4, 9))
    );
    assert_eq!(e.place.to_string(), "收文/登记.xlsx / 登记 / C3");
    // Registered, no file: dated by the register (period by the date: after 31 March).
    let forest = p.submission("区林业局").unwrap();
    assert_eq!(forest.timeliness, Timeliness::OnTime);
    assert!(forest.remark.contains("收文登记"), "{}", forest.remark);
    let f = file_report(&m, "收文/登记.xlsx");
    assert_eq!(f.outcome, FileOutcome::Receipts);
    assert_eq!((f.rows_read, f.rows_matched, f.rows_other), (6, 2, 4));
    let warned: Vec<&str> = f.warnings.iter().map(|w| w.place.cell.as_str()).collect();
    assert_eq!(warned, ["B5", "C4"], "{:?}", f.warnings);
    assert!(
        f.warnings[1].message.contains("以较早的一次为准"),
        "{:?}",
        f.warnings
    );
}
