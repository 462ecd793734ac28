//! 节点计划 (issue 28): plans read from a unit's own layout, from plan columns beside a
//! return and from our 节点计划表; a plan moved later (调整节点); each entry judged against its
//! milestone; nothing changes without a plan.

use crate::support::raw::*;
use crate::support::H1;
use duban::collect::Collected;
use duban::merge::{merge_collected, PeriodChoice};
use duban::model::{ExceptionKind, FileOutcome, Judgement, Model};
use duban::period::PeriodKind;
use duban::status::Status;

const FIN: &str = "区财政局";

fn run(collected: Vec<Collected>) -> Model {
    let day = chrono::NaiveDate::from_ymd_opt(2021, 6, 30).unwrap();
    let period = PeriodChoice::new(Some(H1), &settings(), day);
    let model = merge_collected(register(), &settings(), collected, period);
    assert_balanced(&model);
    model
}

/// 区财政局's own plan table: task numbers, the year's target, a milestone and a planned
/// percent per period (as offices lay them out), dated `date`.
fn own_plan(path: &str, date: &str, h1: [&str; 4]) -> Collected {
    let s = sheet(
        "节点计划",
        &[
            &["区财政局2020年重点任务节点计划"],
            &[
                "序号",
                "任务编号",
                "年度目标",
                "一季度目标",
                "上半年目标",
                "上半年计划进度(%)",
                "前三季度目标",
                "全年目标任务完成标准",
            ],
            &[
                "1",
                "1.(3).3",
                "化解债务10亿元",
                "制定方案",
                h1[0],
                h1[1],
                "化解7亿元",
                "10亿元全部化解",
            ],
            &[
                "2",
                "1.(3).4",
                "完成改革",
                "调研",
                h1[2],
                h1[3],
                "试点",
                "全面推开",
            ],
            &[&format!("填报日期：{date}")],
        ],
    );
    workbook(path, None, vec![s])
}

/// 区财政局's half-year return: (task, status, percent) per row.
fn ret(rows: &[(&str, &str, &str)]) -> Collected {
    let mut grid: Vec<Vec<String>> = vec![
        vec!["填报单位：区财政局".into()],
        vec!["报告期：2020年上半年".into()],
        vec![
            "任务编号".into(),
            "完成状态".into(),
            "完成进度".into(),
            "进展情况".into(),
        ],
    ];
    for (t, s, p) in rows {
        grid.push(vec![
            t.to_string(),
            s.to_string(),
            p.to_string(),
            "按计划推进各项工作".into(),
        ]);
    }
    grid.push(vec!["填报日期：2020年7月3日".into()]);
    let refs: Vec<Vec<&str>> = grid
        .iter()
        .map(|r| r.iter().map(String::as_str).collect())
        .collect();
    let refs: Vec<&[&str]> = refs.iter().map(Vec::as_slice).collect();
    workbook("区财政局_半年.xlsx", None, vec![sheet("Sheet1", &refs)])
}

#[test]
fn a_units_own_plan_layout_is_read_with_its_places() {
    let m = run(vec![own_plan(
        "计划/区财政局节点计划.xlsx",
        "2020年3月10日",
        ["化解5亿元", "#50", "形成方案", ""],
    )]);
    let file = m
        .files
        .iter()
        .find(|f| f.path.ends_with("节点计划.xlsx"))
        .unwrap();
    assert_eq!(file.outcome, FileOutcome::Plan, "{file:?}");
    assert_eq!(file.rows_matched, 2);
    let p = m.plan("1.(3).3", FIN).expect("the plan of 1.(3).3");
    assert_eq!(p.current.target, "化解债务10亿元");
    assert_eq!(p.current.target_place.as_ref().unwrap().cell, "C3");
    let h1 = p.current.milestone(PeriodKind::H1).unwrap();
    assert_eq!((h1.text.as_str(), h1.percent), ("化解5亿元", Some(50)));
    assert_eq!(h1.place.cell, "E3");
    let y = p.current.milestone(PeriodKind::Y).unwrap();
    assert_eq!(y.standard, "10亿元全部化解");
    assert!(m.plan("5.(1).1", FIN).is_none());
    // No return came: the unit stays 未报送 for the period, its entries 无法对照.
    assert_eq!(p.verdict.as_ref().unwrap().judgement, Judgement::NotComparable);
    assert!(m.current_progress().submission(FIN).unwrap().files.is_empty());
}

#[test]
fn each_entry_is_judged_against_its_milestone() {
    let plan = own_plan(
        "计划/区财政局节点计划.xlsx",
        "2020年3月10日",
        ["化解5亿元", "#50", "形成方案", ""],
    );
    let judged = |status: &str, percent: &str| {
        let m = run(vec![
            plan.clone(),
            ret(&[("1.(3).3", status, percent), ("1.(3).4", status, percent)]),
        ]);
        let v = |t: &str| m.plan(t, FIN).unwrap().verdict.clone().unwrap();
        (v("1.(3).3"), v("1.(3).4"), m)
    };
    let (a, b, m) = judged("序时推进", "#70");
    assert_eq!(
        (a.judgement, a.planned, a.reported),
        (Judgement::Ahead, Some(50), Some(70))
    );
    // No planned percent, words only: not compared, with the reason.
    assert_eq!(b.judgement, Judgement::NotComparable);
    assert!(!b.reason.is_empty());
    assert!(!m.exceptions.iter().any(|e| e.kind == ExceptionKind::BehindPlan));
    let (a, _, _) = judged("序时推进", "#52");
    assert_eq!(a.judgement, Judgement::OnPlan);
    let (a, b, m) = judged("序时推进", "#30");
    assert_eq!(a.judgement, Judgement::Behind);
    assert_eq!(a.status, Status::OnTrack);
    assert_eq!(b.judgement, Judgement::NotComparable);
    // 序时推进 while 欠进度: a finding for the office, at the entry's row.
    let behind: Vec<_> = m
        .exceptions
        .iter()
        .filter(|e| e.kind == ExceptionKind::BehindPlan)
        .collect();
    assert_eq!(behind.len(), 1, "{behind:?}");
    assert_eq!(behind[0].task_id.as_deref(), Some("1.(3).3"));
    assert!(behind[0].message.contains("欠进度"), "{}", behind[0].message);
    let (a, b, _) = judged("滞后", "");
    assert_eq!((a.judgement, b.judgement), (Judgement::Behind, Judgement::Behind));
    let (a, _, _) = judged("已完成", "#100");
    assert_eq!(a.judgement, Judgement::Completed);
}

/// 区财政局's plan, then a later one lowering 1.(3).3's 上半年 planned percent from 50 to 30.
fn moved_plans() -> [Collected; 2] {
    let first = own_plan(
        "计划/区财政局节点计划.xlsx",
        "2020年3月10日",
        ["化解5亿元", "#50", "形成方案", ""],
    );
    let later = own_plan(
        "计划/区财政局节点计划（调整）.xlsx",
        "2020年5月20日",
        ["化解3亿元", "#30", "形成方案", ""],
    );
    [first, later]
}

#[test]
fn a_milestone_moved_later_keeps_both_versions_and_is_flagged() {
    let [first, later] = moved_plans();
    let m = run(vec![first, later]);
    let p = m.plan("1.(3).3", FIN).unwrap();
    assert_eq!(p.current.milestone(PeriodKind::H1).unwrap().percent, Some(30));
    assert_eq!(p.earlier.len(), 1);
    assert_eq!(p.earlier[0].milestone(PeriodKind::H1).unwrap().percent, Some(50));
    assert_eq!(p.moved.len(), 1);
    let moved: Vec<_> = m
        .exceptions
        .iter()
        .filter(|e| e.kind == ExceptionKind::Rescheduled)
        .collect();
    assert_eq!(moved.len(), 1, "{moved:?}");
    assert_eq!(moved[0].place.file, "计划/区财政局节点计划（调整）.xlsx");
    assert!(moved[0].message.contains("计划进度50%"), "{}", moved[0].message);
    // The other task's plan did not change: one version, nothing flagged.
    let other = m.plan("1.(3).4", FIN).unwrap();
    assert!(other.earlier.is_empty() && other.moved.is_empty());
}

#[test]
fn plan_columns_beside_a_return_make_a_plan() {
    let s = sheet(
        "Sheet1",
        &[
            &["填报单位：区财政局"],
            &["报告期：2020年上半年"],
            &[
                "任务编号",
                "上半年节点",
                "上半年计划进度",
                "完成状态",
                "完成进度",
                "进展情况",
            ],
            &["1.(3).3", "化解5亿元", "#60", "序时推进", "#40", "已化解4亿元"],
        ],
    );
    let m = run(vec![workbook("区财政局_半年.xlsx", None, vec![s])]);
    let e = m.current_progress().entry("1.(3).3", FIN).unwrap();
    assert_eq!((e.status, e.percent), (Status::OnTrack, Some(40)));
    assert!(
        e.other.is_empty(),
        "plan cells are the plan's, not 其他: {:?}",
        e.other
    );
    let p = m.plan("1.(3).3", FIN).unwrap();
    let v = p.verdict.as_ref().unwrap();
    assert_eq!((v.judgement, v.planned), (Judgement::Behind, Some(60)));
}

#[test]
fn a_single_schedule_column_is_split_by_the_periods_it_names() {
    let s = sheet(
        "Sheet1",
        &[
            &["任务编号", "节点计划"],
            &[
                "1.(3).3",
                "3月底前制定方案；6月底前化解5亿元；年底全部化解；加强督导",
            ],
        ],
    );
    let m = run(vec![workbook("区财政局节点计划.xlsx", None, vec![s])]);
    let p = m.plan("1.(3).3", FIN).unwrap();
    let text = |k| p.current.milestone(k).map(|m| m.text.clone());
    assert_eq!(text(PeriodKind::Q1).as_deref(), Some("3月底前制定方案"));
    assert_eq!(text(PeriodKind::H1).as_deref(), Some("6月底前化解5亿元"));
    assert_eq!(text(PeriodKind::Y).as_deref(), Some("年底全部化解"));
    assert_eq!(p.current.unplaced.len(), 1);
    assert_eq!(p.current.unplaced[0].0, "加强督导");
}

#[test]
fn without_a_plan_nothing_is_planned() {
    let m = run(vec![ret(&[("1.(3).3", "序时推进", "#30")])]);
    assert!(m.plans.is_empty());
    assert!(m.files.iter().all(|f| f.outcome != FileOutcome::Plan));
    assert!(!m
        .exceptions
        .iter()
        .any(|e| matches!(e.kind, ExceptionKind::BehindPlan | ExceptionKind::Rescheduled)));
}

#[test]
fn the_tolerance_is_a_strict_setting_with_a_default() {
    use duban::settings::Settings;
    use std::path::Path;
    assert_eq!(Settings::default().plan.tolerance, 5);
    let set = Settings::parse("[plan]\ntolerance = 10\n", Path::new("duban.toml")).unwrap();
    assert_eq!(set.plan.tolerance, 10);
    let err = Settings::parse("[plan]\ntolerence = 10\n", Path::new("duban.toml")).unwrap_err();
    assert!(err.to_string().contains("tolerence"), "{err}");
    // A wider tolerance turns 欠进度 into 达进度 (planned 50, reported 42).
    let plan = own_plan(
        "计划/区财政局节点计划.xlsx",
        "2020年3月10日",
        ["化解5亿元", "#50", "形成方案", ""],
    );
    let judged = |settings: &Settings| {
        let day = chrono::NaiveDate::from_ymd_opt(2021, 6, 30).unwrap();
        let choice = PeriodChoice::new(Some(H1), settings, day);
        let m = merge_collected(
            register(),
            settings,
            vec![plan.clone(), ret(&[("1.(3).3", "序时推进", "#42")])],
            choice,
        );
        m.plan("1.(3).3", FIN).unwrap().verdict.clone().unwrap().judgement
    };
    assert_eq!(judged(&Settings::default()), Judgement::Behind);
    assert_eq!(judged(&set), Judgement::OnPlan);
}

#[test]
fn a_milestone_whose_words_move_to_a_later_period_is_flagged() {
    let plan = |path: &str, h1: &str, q3: &str| {
        let s = sheet(
            "Sheet1",
            &[
                &["任务编号", "上半年目标", "前三季度目标"],
                &["1.(3).3", h1, q3],
                &["1.(3).4", "完成调研", "形成方案"],
            ],
        );
        workbook(path, None, vec![s])
    };
    let m = run(vec![
        plan("a/区财政局节点计划.xlsx", "完成选址", "开工建设"),
        plan("b/区财政局节点计划.xlsx", "启动前期工作", "完成选址，开工建设"),
    ]);
    let p = m.plan("1.(3).3", FIN).unwrap();
    assert_eq!(p.moved.len(), 1, "{:?}", p.moved);
    assert_eq!(p.moved[0].period, PeriodKind::H1);
    assert_eq!(
        (p.moved[0].before.as_str(), p.moved[0].after.as_str()),
        ("完成选址", "启动前期工作")
    );
    assert_eq!(p.current.file, "b/区财政局节点计划.xlsx");
    assert_eq!(p.earlier[0].file, "a/区财政局节点计划.xlsx");
    // The same plan sent twice is one version, nothing moved.
    let q = m.plan("1.(3).4", FIN).unwrap();
    assert!(q.earlier.is_empty() && q.moved.is_empty(), "{q:?}");
    let flagged = m
        .exceptions
        .iter()
        .filter(|e| e.kind == ExceptionKind::Rescheduled)
        .count();
    assert_eq!(flagged, 1);
}

#[test]
fn the_offices_decisions_apply_only_where_they_belong() {
    use duban::merge::decide;
    use duban::model::Place;
    use duban::plan::Decision;
    let [first, later] = moved_plans();
    let rows = [("1.(3).3", "序时推进", "#40"), ("1.(3).4", "序时推进", "#40")];
    let mut m = run(vec![first, later, ret(&rows)]);
    let verdict = |m: &Model, t: &str| m.plan(t, FIN).unwrap().verdict.clone().unwrap();
    assert_eq!(verdict(&m, "1.(3).3").judgement, Judgement::Ahead);
    let before_other = verdict(&m, "1.(3).4");
    let moves = m.plan("1.(3).3", FIN).unwrap().moved_text();
    let decision = |task: &str, unit: &str, text: &str, moves: &str, row: u32| Decision {
        task_id: task.into(),
        unit: unit.into(),
        text: text.into(),
        moves: moves.into(),
        place: Place::cell("工作台帐_2020年半年.xlsx", "节点计划", row, 16),
    };
    let of_kind = |m: &Model, k: ExceptionKind| -> Vec<duban::model::Exception> {
        m.exceptions.iter().filter(|e| e.kind == k).cloned().collect()
    };
    decide(
        &mut m,
        vec![
            decision("1.(3).3", FIN, "不同意，按原计划执行", &moves, 3),
            // No move on this plan: kept (written back), nothing else changes.
            decision("1.(3).4", FIN, "同意", "", 4),
            // No such plan now: said, with the cell and the words.
            decision("1.(3).3", "区教科局", "同意", &moves, 5),
        ],
        &settings(),
    );
    let v = verdict(&m, "1.(3).3");
    assert_eq!((v.judgement, v.planned), (Judgement::Behind, Some(50)));
    assert!(v.reason.contains("督查室不同意调整节点"), "{}", v.reason);
    assert_eq!(verdict(&m, "1.(3).4"), before_other);
    assert_eq!(
        m.plan("1.(3).4", FIN).unwrap().decision.as_ref().unwrap().text,
        "同意"
    );
    let behind = of_kind(&m, ExceptionKind::BehindPlan);
    assert_eq!(behind.len(), 1, "{behind:?}");
    let open = of_kind(&m, ExceptionKind::Rescheduled);
    assert_eq!(open.len(), 1, "only the decision without a plan: {open:?}");
    assert_eq!(
        open[0].place.to_string(),
        "工作台帐_2020年半年.xlsx / 节点计划 / Q6"
    );
    assert!(
        open[0]
            .message
            .contains("“同意”所在行（区教科局任务1.(3).3）本次没有对应的节点计划"),
        "{}",
        open[0].message
    );
}
