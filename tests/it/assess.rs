//! 考核 end to end: four periods of small returns for five units through the real pipeline
//! (merge_collected on the real notice), scores worked out by hand, rules changed in the
//! settings, an unknown rule key refused, the 考核 sheet read back with calamine.

use crate::support::read::{self, docx_text};

use crate::support::raw::*;
use calamine::{Data, DataType};
use duban::analysis::Analysis;
use duban::assess::{Assessment, Fact};
use duban::collect::Collected;
use duban::merge::merge_collected;
use duban::model::Model;
use duban::period::{Period, PeriodKind};
use duban::render::ledger::{Ledger, ASSESS_DETAIL_SHEET, ASSESS_SHEET};
use duban::render::render_alone;
use duban::settings::Settings;
use std::path::Path;

const XF: &str = "区信访局"; // 10.(3).4
const YJ: &str = "区应急管理局"; // 10.(3).5
const FG: &str = "区发改局"; // 2.(1).1, 8.(1).2
const RS: &str = "区人社局"; // 3.(1).5 (shared with 区市场监督管理局), 10.(1).1, 10.(1).3
const SJ: &str = "区市场监督管理局"; // 3.(1).5
const FIVE: [&str; 5] = [XF, YJ, FG, RS, SJ];

/// When a unit's return came in.
#[derive(Clone, Copy)]
enum When {
    OnTime,
    Late,
    Missing,
}

type Ymd = (i32, u32, u32);

/// (报告期 text, a date before the deadline, a date after it) of 一季度, 半年, 三季度, 全年.
/// Default deadlines: 2020-04-10, 2020-07-10, 2020-10-16 (after 国庆), 2021-01-08; the late date is the
/// bulletin's (the Monday after): a date after the bulletin's is no evidence of lateness.
const PERIODS: [(&str, Ymd, Ymd); 4] = [
    ("一季度", (2020, 4, 8), (2020, 4, 13)),
    ("半年", (2020, 7, 8), (2020, 7, 13)),
    ("三季度", (2020, 10, 15), (2020, 10, 19)),
    ("全年", (2021, 1, 6), (2021, 1, 11)),
];

/// One unit's own-layout return: a title, 填报单位 and 报告期, task ID / status / progress
/// rows, and the 填报日期 under the table.
fn unit_return(unit: &str, period: usize, when: When, rows: &[(&str, &str)]) -> Option<Collected> {
    let (label, early, late) = PERIODS[period];
    let (y, m, d) = match when {
        When::OnTime => early,
        When::Late => late,
        When::Missing => return None,
    };
    let unit_line = format!("填报单位：{unit}");
    let period_line = format!("报告期：2020年{label}");
    let date_line = format!("填报日期：{y}.{m}.{d}");
    let title = format!("2020年重点任务{label}进展情况");
    let mut grid: Vec<Vec<&str>> = vec![
        vec![&title],
        vec![&unit_line, "", &period_line],
        vec!["任务编号", "完成状态", "进展情况"],
    ];
    let texts: Vec<String> = rows.iter().map(|(id, _)| progress(unit, id, label)).collect();
    for ((id, status), text) in rows.iter().zip(&texts) {
        grid.push(vec![id, status, text]);
    }
    grid.push(vec![&date_line]);
    let refs: Vec<&[&str]> = grid.iter().map(|r| r.as_slice()).collect();
    let path = format!("returns/2020{label}/{unit}.xlsx");
    Some(workbook(&path, Some(date(y, m, d)), vec![sheet("Sheet1", &refs)]))
}

/// 区市场监督管理局 writes the same long progress text every period (与上期雷同 from 半年 on);
/// the others a short line too short to be called copied.
const SAME_TEXT: &str = "受征地拆迁进度影响，项目前期手续仍在办理之中，下一步将加强协调尽快推进。";

fn progress(unit: &str, id: &str, label: &str) -> String {
    match unit {
        SJ => SAME_TEXT.to_string(),
        _ => format!("{id}按计划开展工作，{label}进展如下。"),
    }
}

/// The year, per unit: when each period's return came in, and the statuses it gave.
fn inputs() -> Vec<Collected> {
    use When::*;
    let mut all = Vec::new();
    let mut add = |unit: &str, whens: [When; 4], rows: [&[(&str, &str)]; 4]| {
        for (i, w) in whens.into_iter().enumerate() {
            all.extend(unit_return(unit, i, w, rows[i]));
        }
    };
    let xf_on: &[(&str, &str)] = &[("10.(3).4", "序时推进")];
    add(XF, [OnTime; 4], [xf_on, xf_on, xf_on, &[("10.(3).4", "已完成")]]);
    let yj: &[(&str, &str)] = &[("10.(3).5", "滞后")];
    // The 全年 return also holds a row no task matches: one row for the office to check.
    let yj_y: &[(&str, &str)] = &[("10.(3).5", "滞后"), ("99.(9).9", "序时推进")];
    add(YJ, [Late, Missing, OnTime, Late], [yj, yj, yj, yj_y]);
    let fg: &[(&str, &str)] = &[("2.(1).1", "序时推进"), ("8.(1).2", "未启动")];
    let fg_y: &[(&str, &str)] = &[("2.(1).1", "已完成"), ("8.(1).2", "未启动")];
    add(FG, [OnTime, OnTime, Missing, OnTime], [fg, fg, fg, fg_y]);
    let rs: &[(&str, &str)] = &[
        ("3.(1).5", "序时推进"),
        ("10.(1).1", "序时推进"),
        ("10.(1).3", "序时推进"),
    ];
    let rs_y: &[(&str, &str)] = &[
        ("3.(1).5", "已完成"),
        ("10.(1).1", "已完成"),
        ("10.(1).3", "序时推进"),
    ];
    add(RS, [OnTime; 4], [rs, rs, rs, rs_y]);
    let sj: &[(&str, &str)] = &[("3.(1).5", "滞后")];
    add(SJ, [OnTime, Late, OnTime, OnTime], [sj, sj, sj, sj]);
    all
}

fn model(kind: PeriodKind, settings: &Settings) -> Model {
    let m = merge_collected(register(), settings, inputs(), Period::new(2020, kind));
    assert_balanced(&m);
    m
}

fn total(a: &Assessment, unit: &str) -> f64 {
    a.row(unit).unwrap_or_else(|| panic!("no row for {unit}")).total
}

fn rank(a: &Assessment, unit: &str) -> usize {
    a.row(unit).unwrap().rank
}

#[test]
fn year_end_scores_worked_out_by_hand() {
    let s = Settings::default();
    let m = model(PeriodKind::Y, &s);
    let a = Analysis::compute(&m, &s).assessment;
    assert!(a.is_final());
    assert_eq!(a.periods.len(), 4);
    // Defaults: base 100; per report late −2, missing −5; by the share of the unit's own
    // tasks: completed +10, lagging −10, not started −15, no report −20, copied −10 (of its
    // tasks × the 3 periods compared), rows to correct −5.
    // 区信访局: four on time; its one task 已完成 (100 %): 100 + 10 = 110.
    assert_eq!(total(&a, XF), 110.0);
    // 区应急管理局: late, missing, on time, late; its task 滞后 (100 %); one unmatched row of its
    // 全年 return to correct (1 of 1 task): 100 − 2 − 5 − 2 − 10 − 5 = 76.
    assert_eq!(total(&a, YJ), 76.0);
    // 区发改局: 三季度 missing; 2.(1).1 已完成, 8.(1).2 未启动 (50 % each):
    // 100 − 5 + 5 − 7.5 = 92.5.
    assert_eq!(total(&a, FG), 92.5);
    // 区人社局: four on time; two of three 已完成: 100 + 6.67 = 106.67. A unit is not paid
    // for leading many tasks, only for finishing its own.
    assert_eq!(total(&a, RS), 106.67);
    // 区市场监督管理局: 半年 late; its line of the shared 3.(1).5 滞后 (区人社局's line of the
    // same task is 已完成: each unit carries its own); the same text in 半年, 三季度 and 全年
    // as the period before: 3 copied of 1 task × 3 periods compared (100 %):
    // 100 − 2 − 10 − 10 = 78.
    assert_eq!(total(&a, SJ), 78.0);
    // Every other unit sent nothing: four missing reports and all its tasks 未反馈:
    // 100 − 20 − 20 = 60, below every unit that reported at all.
    for r in a.rows.iter().filter(|r| !FIVE.contains(&r.unit.as_str())) {
        assert_eq!(
            (r.total, r.count(Fact::Missing), r.rank),
            (60.0, 4, 6),
            "{}",
            r.unit
        );
    }
    assert_eq!([XF, RS, FG, SJ, YJ].map(|u| rank(&a, u)), [1, 2, 3, 4, 5]);
    let order: Vec<&str> = a.rows.iter().take(5).map(|r| r.unit.as_str()).collect();
    assert_eq!(order, [XF, RS, FG, SJ, YJ]);
    // The score in one line, from the unit's own reports and tasks.
    assert_eq!(
        a.row(FG).unwrap().explain(&a.rules),
        "100 −5（未报送1次） +5（完成率50%，1/2项） −7.5（未启动率50%，1/2项） = 92.5"
    );
    let yj = a.row(YJ).unwrap();
    let counts = [
        Fact::Due,
        Fact::OnTime,
        Fact::Late,
        Fact::Missing,
        Fact::Tasks,
        Fact::Lagging,
    ];
    assert_eq!(counts.map(|f| yj.count(f)), [4, 1, 2, 1, 1, 1]);
    // The unmatched row of its 全年 return needed the office: 1 row for its 1 task.
    assert_eq!(yj.count(Fact::Corrected), 1);
    assert_eq!(yj.points_of(Fact::Corrected), -5.0);
    let rs = a.row(RS).unwrap();
    assert_eq!(
        [Fact::Tasks, Fact::Completed, Fact::OnTrack].map(|f| rs.count(f)),
        [3, 2, 1]
    );
    // The compare stage ran (as the driver runs it): only 区市场监督管理局's long text repeats;
    // the others' short lines are too short to be called copied.
    let sj = a.row(SJ).unwrap();
    assert_eq!((sj.count(Fact::Copied), sj.points_of(Fact::Copied)), (3, -10.0));
    let copied: Vec<PeriodKind> = sj
        .evidence
        .iter()
        .filter(|e| e.fact == Fact::Copied)
        .map(|e| e.period.kind)
        .collect();
    assert_eq!(copied, [PeriodKind::H1, PeriodKind::Q3, PeriodKind::Y]);
    let last = sj.evidence.iter().rfind(|e| e.fact == Fact::Copied).unwrap();
    assert_eq!(last.place.file, "returns/2020全年/区市场监督管理局.xlsx");
    assert!(a
        .rows
        .iter()
        .filter(|r| r.unit != SJ)
        .all(|r| r.count(Fact::Copied) == 0));
    // Evidence: each report fact names its period and file.
    let late: Vec<_> = yj.evidence.iter().filter(|e| e.fact == Fact::Late).collect();
    assert_eq!(late.len(), 2);
    assert_eq!(late[0].period.kind, PeriodKind::Q1);
    assert_eq!(late[0].place.file, "returns/2020一季度/区应急管理局.xlsx");
    // The 填报日期 cell itself (A5, under the table).
    assert_eq!(late[0].place.cell, "A5");
    assert!(
        late[0].note.contains("2020-04-13") && late[0].note.contains("2020-04-10"),
        "{}",
        late[0].note
    );
}

#[test]
fn year_to_date_at_the_half_year() {
    let s = Settings::default();
    let a = Analysis::compute(&model(PeriodKind::H1, &s), &s).assessment;
    assert!(!a.is_final());
    assert_eq!(a.periods.len(), 2);
    // 区信访局: on time twice, 序时推进: 100. 区人社局 the same: 100, tied at rank 1.
    assert_eq!((total(&a, XF), total(&a, RS)), (100.0, 100.0));
    // 区发改局: 8.(1).2 未启动 (1 of 2): 100 − 7.5 = 92.5. 区市场监督管理局: 半年 late, 滞后,
    // its 半年 text the same as its 一季度 one (1 of 1 task × 1 period compared):
    // 100 − 2 − 10 − 10 = 78.
    assert_eq!((total(&a, FG), total(&a, SJ)), (92.5, 78.0));
    // 区应急管理局: late, missing; no 半年 return, so its task is 未反馈: 100 − 2 − 5 − 20 = 73.
    // The rows of its later returns are not its fault (listed only): nothing to correct.
    let yj = a.row(YJ).unwrap();
    assert_eq!(
        (yj.total, yj.count(Fact::NoReport), yj.count(Fact::Corrected)),
        (73.0, 1, 0)
    );
    // Tied units share a rank and keep register order (units sorted by name).
    let head: Vec<(&str, usize)> = a.rows.iter().take(5).map(|r| (r.unit.as_str(), r.rank)).collect();
    assert_eq!(head, [(RS, 1), (XF, 1), (FG, 3), (SJ, 4), (YJ, 5)]);
    // Two missing reports and nothing reported: 100 − 10 − 20 = 70.
    assert!(a.rows[5..].iter().all(|r| r.total == 70.0 && r.rank == 6));
}

#[test]
fn changing_one_rule_changes_exactly_the_scores_it_should() {
    let base = Settings::default();
    let changed = Settings::parse("[assessment.points]\nlate = -3\n", Path::new("duban.toml")).unwrap();
    let m = model(PeriodKind::Y, &base);
    let (a, b) = (
        Analysis::compute(&m, &base).assessment,
        Analysis::compute(&m, &changed).assessment,
    );
    for r in &a.rows {
        // One more point off per late report, nothing else moves.
        let expected = r.total - r.count(Fact::Late) as f64;
        assert_eq!(total(&b, &r.unit), expected, "{}", r.unit);
    }
    assert_eq!((total(&b, YJ), total(&b, SJ), total(&b, XF)), (74.0, 77.0, 110.0));
    // Turning the completed rate off and lowering the base moves every unit by its own points.
    let off = Settings::parse(
        "[assessment]\nbase = 60\n[assessment.rates]\ncompleted = 0\n",
        Path::new("d.toml"),
    )
    .unwrap();
    let c = Analysis::compute(&m, &off).assessment;
    for r in &a.rows {
        let expected = (r.total - 40.0 - r.points_of(Fact::Completed)) * 100.0;
        assert_eq!(
            (total(&c, &r.unit) * 100.0).round(),
            expected.round(),
            "{}",
            r.unit
        );
    }
    assert_eq!(total(&c, RS), 60.0);
    // A rate under points (the old per-task rule) is refused, naming where it belongs.
    let err = Settings::parse("[assessment.points]\ncompleted = 1\n", Path::new("d.toml")).unwrap_err();
    assert!(err.to_string().contains("assessment.points.completed"), "{err}");
}

#[test]
fn an_unknown_rule_key_is_refused_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("duban.toml"),
        "[assessment.points]\nlate = -2\nlatee = -3\n",
    )
    .unwrap();
    let err = Settings::load(dir.path()).unwrap_err().to_string();
    assert!(err.contains("duban.toml"), "{err}");
    assert!(err.contains("assessment.points.latee"), "{err}");
    assert!(err.contains("on_time"), "the known keys are listed: {err}");
    std::fs::write(dir.path().join("duban.toml"), "[assessment]\nbasis = 100\n").unwrap();
    let err = Settings::load(dir.path()).unwrap_err().to_string();
    assert!(err.contains("basis"), "{err}");
}

/// A sheet as texts from A1, numbers written as the assessment writes them (1.5, 10).
fn grid(path: &Path, sheet: &str) -> Vec<Vec<String>> {
    read::grid_with(path, sheet, |d| match d {
        Data::Float(f) => duban::assess::rules::number(*f),
        d => d.as_string().unwrap_or_default(),
    })
}

/// The column labelled `label` in the header (row 4, or row 3 for a label merged down).
fn column(g: &[Vec<String>], label: &str) -> usize {
    let find = |r: usize| g[r].iter().position(|c| c == label);
    find(3)
        .or_else(|| find(2))
        .unwrap_or_else(|| panic!("no column {label}: {:?}", g[3]))
}

/// The master ledger of the year end (in the folder [`year_end_ledgers`] writes).
const MASTER: &str = "工作台帐_2020年全年.xlsx";

/// The year end's ledgers with the default settings, written into a new temp dir; the model
/// and the dir (kept alive while the test reads it).
fn year_end_ledgers() -> (Model, tempfile::TempDir) {
    let s = Settings::default();
    let m = model(PeriodKind::Y, &s);
    let dir = tempfile::tempdir().unwrap();
    let templates = duban::templates::Templates::load(None).unwrap();
    render_alone(&Ledger, &m, &s, &templates, dir.path()).unwrap();
    (m, dir)
}

#[test]
fn the_assessment_sheet_reads_back() {
    let (_, dir) = year_end_ledgers();
    let master = dir.path().join(MASTER);
    let g = grid(&master, ASSESS_SHEET);
    assert!(g[0][0].contains("考核情况（全年）"), "{}", g[0][0]);
    let (unit, total, late) = (column(&g, "单位"), column(&g, "总分"), column(&g, "逾期报送"));
    let points_late = column(&g, "逾期报送（−2/次）");
    let row = |u: &str| {
        g.iter()
            .find(|r| r[unit] == u)
            .unwrap_or_else(|| panic!("no row {u}"))
    };
    assert_eq!(row(YJ)[total], "76");
    assert_eq!(row(YJ)[late], "2");
    assert_eq!(row(YJ)[points_late], "-4");
    assert_eq!(row(YJ)[column(&g, "滞后率（−10×率）")], "-10");
    assert_eq!(row(XF)[0], "1");
    // Sorted by rank: the first body row is the best unit.
    assert_eq!(g[4][unit], XF);
    // The score in one line beside it.
    assert_eq!(
        row(YJ)[column(&g, "得分说明")],
        "100 −4（逾期报送2次） −5（未报送1次） −10（滞后率100%，1/1项） −5（需更正率100%，1/1项） = 76"
    );
    let record = &row(YJ)[column(&g, "报送情况及依据")];
    assert!(
        record.contains("一季度：逾期报送（returns/2020一季度/区应急管理局.xlsx）"),
        "{record}"
    );
    assert!(record.contains("半年：未报送"), "{record}");
    // The notes print on the first page, right of the columns later pages repeat.
    let notes: Vec<&String> = g
        .iter()
        .filter_map(|r| r.iter().find(|c| c.starts_with("考核规则")))
        .collect();
    assert_eq!(notes.len(), 1);
    assert!(
        notes[0].contains("逾期报送每次−2分")
            && notes[0].contains("未报送每次−5分")
            && notes[0].contains("完成率（占本单位牵头任务的比例）每100%+10分")
            && !notes[0].contains("duban.toml"),
        "{}",
        notes[0]
    );
    // 考核明细: every late report with its period and file.
    let d = grid(&master, ASSESS_DETAIL_SHEET);
    let late_rows: Vec<&Vec<String>> = d
        .iter()
        .filter(|r| r.get(1) == Some(&YJ.to_string()) && r[2] == "逾期报送")
        .collect();
    assert_eq!(late_rows.len(), 2);
    assert_eq!(
        (late_rows[0][3].as_str(), late_rows[0][5].as_str()),
        ("一季度", "returns/2020一季度/区应急管理局.xlsx")
    );
    // The unit's own ledger repeats its row, and only its row.
    let own = dir
        .path()
        .join("分单位台帐")
        .join(format!("{YJ}_工作台帐_2020年全年.xlsx"));
    let g = grid(&own, ASSESS_SHEET);
    let body: Vec<&Vec<String>> = g.iter().skip(4).filter(|r| !r[unit].is_empty()).collect();
    assert_eq!(body.len(), 1);
    assert_eq!(
        (
            body[0][0].as_str(),
            body[0][unit].as_str(),
            body[0][total].as_str()
        ),
        ("5", YJ, "76")
    );
}

#[test]
fn the_shipped_settings_spell_out_the_default_rules() {
    use duban::assess::Rules;
    let shipped = Settings::load(&crate::support::repo().join("input")).unwrap();
    let defaults = Settings::default();
    assert_eq!(
        Rules::new(&shipped.assessment, false),
        Rules::new(&defaults.assessment, false)
    );
    assert_eq!(
        shipped.assessment.points.len() + shipped.assessment.rates.len(),
        Rules::new(&defaults.assessment, false).scored().count()
    );
}

#[test]
fn the_summary_charts_the_scores_from_the_assessment_sheet() {
    let (m, dir) = year_end_ledgers();
    let master = dir.path().join(MASTER);
    let g = grid(&master, ASSESS_SHEET);
    let total = column(&g, "总分");
    let last_row = 4 + m.register.reporting_units().count();
    let col: String = duban::model::a1(0, total as u32)
        .chars()
        .filter(char::is_ascii_alphabetic)
        .collect();
    // One chart or several (as many as one page each holds), together every unit in rank
    // order: their categories and values follow on from one another.
    let charts: Vec<String> = read::parts(&master)
        .into_iter()
        .filter(|(n, x)| n.starts_with("xl/charts/chart") && x.contains("各单位考核得分"))
        .map(|(_, x)| x)
        .collect();
    assert!(!charts.is_empty());
    let mut charts: Vec<(usize, usize, String)> = charts
        .into_iter()
        .map(|xml| {
            let key = "考核!$B$";
            let at = xml.find(key).unwrap_or_else(|| panic!("categories: {xml}")) + key.len();
            let (a, b) = xml[at..].split_once(':').unwrap();
            let b: String = b
                .trim_start_matches("$B$")
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            (a.parse().unwrap(), b.parse().unwrap(), xml)
        })
        .collect();
    charts.sort_by_key(|c| c.0);
    assert_eq!(charts[0].0, 5);
    assert_eq!(charts.last().unwrap().1, last_row);
    for w in charts.windows(2) {
        assert_eq!(w[0].1 + 1, w[1].0);
    }
    for (a, b, xml) in &charts {
        assert!(xml.contains("<c:barDir val=\"bar\"/>"), "{xml}");
        assert!(
            xml.contains(&format!("考核!${col}${a}:${col}${b}")),
            "values: {xml}"
        );
        assert!(xml.contains("各单位考核得分（2020年全年"), "{xml}");
        // the axis from 0
        assert!(xml.contains(r#"<c:min val="0"/>"#), "{xml}");
    }
}

fn bulletin_text(kind: PeriodKind, settings: &Settings, overrides: Option<&Path>) -> String {
    let m = model(kind, settings);
    let dir = tempfile::tempdir().unwrap();
    let templates = duban::templates::Templates::load(overrides).unwrap();
    let files = render_alone(
        &duban::render::bulletin::Bulletin,
        &m,
        settings,
        &templates,
        dir.path(),
    )
    .unwrap();
    docx_text(&files[0])
}

#[test]
fn the_year_end_bulletin_attaches_the_assessment() {
    let s = Settings::default();
    let text = bulletin_text(PeriodKind::Y, &s, None);
    assert!(
        text.contains("附件3") && text.contains("2020年度考核情况"),
        "{text}"
    );
    // The table: 名次, 单位名称, 得分 by rank (cells follow each other in the text).
    let table = "名次单位名称得分1区信访局1102区人社局106.673区发改局92.54区市场监督管理局785区应急管理局766";
    assert!(text.contains(table), "{text}");
    assert!(
        text.contains("注：基础分100分；逾期报送每次−2分；未报送每次−5分"),
        "{text}"
    );
    // The sentence: one unit on top; 47 tied at the bottom, three named.
    assert!(text.contains("区信访局得分最高（110分）"), "{text}");
    assert!(text.contains("等47个单位并列得分最低（60分）"), "{text}");
    // Before 全年 the bulletin says nothing of it.
    let h1 = bulletin_text(PeriodKind::H1, &s, None);
    assert!(!h1.contains("考核情况") && !h1.contains("得分最高"), "{h1}");
}

#[test]
fn the_office_can_turn_the_sentence_and_the_attachment_off() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("assessment.hbs"), "").unwrap();
    let s = Settings::default();
    let text = bulletin_text(PeriodKind::Y, &s, Some(dir.path()));
    assert!(!text.contains("得分最高"), "{text}");
    assert!(text.contains("2020年度考核情况"), "the attachment stays: {text}");
    let off = Settings::parse("[assessment]\nbulletin = false\n", Path::new("duban.toml")).unwrap();
    let text = bulletin_text(PeriodKind::Y, &off, None);
    assert!(!text.contains("考核情况") && !text.contains("得分最高"), "{text}");
}

/// Writes the 全年 outputs of these returns for a look:
/// `DUBAN_ASSESS_OUT=/tmp/x cargo test --test it assess::write_sample -- --ignored`.
#[test]
#[ignore]
fn write_sample_for_viewing() {
    let out = std::env::var("DUBAN_ASSESS_OUT").unwrap_or_else(|_| "/tmp/duban-assess".into());
    let s = Settings::default();
    let m = model(PeriodKind::Y, &s);
    let templates = duban::templates::Templates::load(None).unwrap();
    for r in [
        &Ledger as &dyn duban::render::Renderer,
        &duban::render::bulletin::Bulletin,
    ] {
        render_alone(r, &m, &s, &templates, Path::new(&out)).unwrap();
    }
}

#[test]
fn an_undated_or_unreadable_return_costs_nothing() {
    use duban::model::Timeliness;
    let s = Settings::default();
    let mut m = model(PeriodKind::Y, &s);
    let before = Analysis::compute(&m, &s).assessment;
    // 区应急管理局's late 一季度 return and missing 半年 one, had their dates been unknown and
    // its file unreadable: received both times, neither late nor missing.
    let mut set = |kind: PeriodKind, t: Timeliness| {
        let p = m.period_mut(Period::new(2020, kind)).unwrap();
        p.submissions
            .iter_mut()
            .find(|x| x.unit == YJ)
            .unwrap()
            .timeliness = t;
    };
    set(PeriodKind::Q1, Timeliness::Undated);
    set(PeriodKind::H1, Timeliness::Unreadable);
    let after = Analysis::compute(&m, &s).assessment;
    let yj = after.row(YJ).unwrap();
    let counts = [Fact::Due, Fact::OnTime, Fact::Late, Fact::Missing, Fact::Undated];
    assert_eq!(counts.map(|f| yj.count(f)), [4, 1, 1, 0, 2]);
    // 76 before; the −2 of the late 一季度 and the −5 of the missing 半年 are gone: 83.
    assert_eq!((total(&before, YJ), yj.total), (76.0, 83.0));
    assert!(yj
        .evidence
        .iter()
        .any(|e| e.fact == Fact::Undated && e.note.contains("不计逾期")));
}
