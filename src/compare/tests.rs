//! The comparison on a two-period model built on the real notice (the frozen copy under
//! tests/fixtures/notice).

use super::*;
use crate::period::PeriodKind;
use crate::register::Register;
use std::path::Path;

const Q1: Period = Period {
    year: 2020,
    kind: PeriodKind::Q1,
};
const H1: Period = Period {
    year: 2020,
    kind: PeriodKind::H1,
};

fn model() -> Model {
    let settings = Settings::default();
    // The frozen notice the integration tests read, not the demo's (which may change).
    let notice = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/notice/notice.txt");
    let register = Register::load(&notice).unwrap();
    let mut m = Model::empty(register, H1, &settings);
    m.periods
        .insert(0, PeriodProgress::empty(&m.register, Q1, &settings));
    m
}

/// The first `n` tasks with exactly one reporting unit: (task, unit).
fn singles(m: &Model, n: usize) -> Vec<(String, String)> {
    m.register
        .tasks
        .iter()
        .filter(|t| t.reporting_units().count() == 1)
        .take(n)
        .map(|t| (t.id.clone(), t.reporting_units().next().unwrap().to_string()))
        .collect()
}

fn set(m: &mut Model, p: Period, task: &str, unit: &str, status: Status, progress: &str) {
    let e = m.period_mut(p).unwrap().entry_mut(task, unit).unwrap();
    e.status = status;
    e.progress = progress.to_string();
    e.source = Some(Place::cell(&format!("{unit}{}.xlsx", p.label()), "Sheet1", 5, 0));
}

const LONG: &str = "围绕城乡融合示范区建设，我单位制定了年度实施方案，明确责任分工和时间节点，截至3月底已完成年度目标的25%。";

#[test]
fn copied_verbatim_and_with_a_number_changed_but_not_rewritten_or_short() {
    let mut m = model();
    let s = singles(&m, 4);
    let [(a, ua), (b, ub), (c, uc), (d, ud)] =
        [&s[0], &s[1], &s[2], &s[3]].map(|(t, u)| (t.as_str(), u.clone()));
    set(&mut m, Q1, a, &ua, Status::OnTrack, LONG);
    set(&mut m, H1, a, &ua, Status::OnTrack, LONG);
    set(&mut m, Q1, b, &ub, Status::OnTrack, LONG);
    set(
        &mut m,
        H1,
        b,
        &ub,
        Status::OnTrack,
        &LONG.replace("25%", "40%").replace("3月", "6月"),
    );
    set(&mut m, Q1, c, &uc, Status::OnTrack, LONG);
    set(
        &mut m,
        H1,
        c,
        &uc,
        Status::OnTrack,
        "城乡融合示范区建设方面，本季度召开两次推进会，完成规划编制初稿，正在征求各乡镇意见，完成年度目标的一半。",
    );
    set(&mut m, Q1, d, &ud, Status::OnTrack, "正常推进");
    set(&mut m, H1, d, &ud, Status::OnTrack, "正常推进");
    let ch = compare(&m, &Settings::default());
    let copied: Vec<(&str, f64)> = ch
        .of_kind(ChangeKind::Copied)
        .map(|c| (c.task_id.as_str(), c.similarity.unwrap()))
        .collect();
    assert_eq!(copied, [(a, 1.0), (b, 1.0)]);
    let first = ch.of_kind(ChangeKind::Copied).next().unwrap();
    assert_eq!(first.previous.period, Q1);
    assert_eq!(
        first.previous.source.as_ref().unwrap().file,
        format!("{ua}一季度.xlsx")
    );
    assert_eq!(first.source.as_ref().unwrap().file, format!("{ua}上半年.xlsx"));
}

#[test]
fn completed_twice_or_text_only_now_is_not_copying() {
    let mut m = model();
    let s = singles(&m, 2);
    set(&mut m, Q1, &s[0].0, &s[0].1, Status::Completed, LONG);
    set(&mut m, H1, &s[0].0, &s[0].1, Status::Completed, LONG);
    set(&mut m, H1, &s[1].0, &s[1].1, Status::OnTrack, LONG);
    assert!(compare(&m, &Settings::default()).changes.is_empty());
}

#[test]
fn regressions_and_lag_in_a_row() {
    let mut m = model();
    let s = singles(&m, 5);
    let ids: Vec<&str> = s.iter().map(|(t, _)| t.as_str()).collect();
    let units: Vec<String> = s.iter().map(|(_, u)| u.clone()).collect();
    let plan = [
        (Status::Completed, Status::OnTrack),
        (Status::OnTrack, Status::Lagging),
        (Status::Lagging, Status::Lagging),
        (Status::Lagging, Status::OnTrack),
        (Status::NotStarted, Status::Lagging),
    ];
    for (i, (before, now)) in plan.iter().enumerate() {
        set(&mut m, Q1, ids[i], &units[i], *before, &format!("上期{i}"));
        set(&mut m, H1, ids[i], &units[i], *now, &format!("本期{i}"));
    }
    let ch = compare(&m, &Settings::default());
    let tasks = |kind| -> Vec<&str> { ch.of_kind(kind).map(|c| c.task_id.as_str()).collect() };
    assert_eq!(tasks(ChangeKind::Regressed), [ids[0], ids[1]]);
    assert_eq!(tasks(ChangeKind::Persistent), [ids[2], ids[4]]);
    let r = ch.of_kind(ChangeKind::Regressed).next().unwrap();
    assert_eq!(
        (r.previous.status, r.status),
        (Status::Completed, Status::OnTrack)
    );
    assert!(tasks(ChangeKind::Copied).is_empty());
}

#[test]
fn reasons_quote_the_unit_and_kinds_are_counted_by_task() {
    let mut m = model();
    let multi = m
        .register
        .tasks
        .iter()
        .find(|t| t.reporting_units().count() > 1)
        .unwrap()
        .clone();
    let units: Vec<&str> = multi.reporting_units().collect();
    let s = singles(&m, 1);
    let (single, su) = (s[0].0.as_str(), s[0].1.clone());
    let texts = [
        (
            multi.id.as_str(),
            units[0],
            "资金缺口较大，上级补助资金尚未到位。",
        ),
        (multi.id.as_str(), units[1], "专项经费未拨付，用地手续未办结。"),
        (single, su.as_str(), "受疫情影响，施工队伍进场推迟。"),
    ];
    for (t, u, d) in texts {
        set(&mut m, H1, t, u, Status::Lagging, "推进缓慢");
        m.period_mut(H1).unwrap().entry_mut(t, u).unwrap().difficulties = d.to_string();
    }
    let ch = compare(&m, &Settings::default());
    let of_multi: Vec<(&str, &str)> = ch
        .reasons_for(&multi.id)
        .map(|r| (r.unit.as_str(), r.clause.as_str()))
        .collect();
    assert_eq!(
        of_multi,
        [
            (units[0], "资金缺口较大，上级补助资金尚未到位"),
            (units[1], "专项经费未拨付，用地手续未办结")
        ]
    );
    let kinds: Vec<(&str, usize)> = ch.kinds.iter().map(|k| (k.kind.as_str(), k.tasks)).collect();
    // 资金 named by both units of one task counts one task; 手续 is 审批
    assert_eq!(kinds, [("审批", 1), ("用地", 1), ("疫情", 1), ("资金", 1)]);
}

#[test]
fn a_status_word_before_or_after_last_periods_text_is_still_a_copy() {
    let mut m = model();
    let s = singles(&m, 2);
    let [(a, ua), (b, ub)] = [&s[0], &s[1]].map(|(t, u)| (t.as_str(), u.clone()));
    set(&mut m, Q1, a, &ua, Status::OnTrack, LONG);
    set(&mut m, H1, a, &ua, Status::OnTrack, &format!("序时推进。{LONG}"));
    set(&mut m, Q1, b, &ub, Status::Lagging, LONG);
    set(&mut m, H1, b, &ub, Status::Lagging, &format!("{LONG}（滞后）"));
    let ch = compare(&m, &Settings::default());
    let copied: Vec<&str> = ch
        .of_kind(ChangeKind::Copied)
        .map(|c| c.task_id.as_str())
        .collect();
    assert_eq!(copied, [a, b]);
}
