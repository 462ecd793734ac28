//! What changed since last period, end to end: two periods of returns in which some texts are
//! copied verbatim, some copied with one number changed, some rewritten with the same meaning,
//! some short or completed twice, and some statuses go backwards or lag twice. The flags must
//! appear exactly where expected — in the ledger's 与上期比较 cells, the run report's
//! 与上期比较 rows (with both periods' files and cells) and the bulletin's copied paragraph —
//! and nowhere else; the 存在问题 clauses quote the right unit's 存在困难.

use crate::support::read::{grid, part};

use crate::support::raw::*;
use crate::support::H1;
use duban::collect::Collected;
use duban::compare::ChangeKind;
use duban::merge::merge_collected;
use duban::model::Model;
use duban::render::render_alone;
use duban::templates::Templates;
use std::collections::BTreeSet;

/// (task, status, progress, 存在困难)
type Row<'a> = (&'a str, &'a str, &'a str, &'a str);

/// A filled-in copy of our form for `unit` and period (`2020-Q1`, `一季度`).
fn form(unit: &str, code: &str, label: &str, rows: &[Row]) -> Collected {
    let title = format!("2020年盐湖区《政府工作报告》重点任务{label}进展情况反馈表");
    let who = format!("填报单位：{unit}");
    let when = format!("报告期：2020年{label}");
    let mut grid: Vec<Vec<&str>> = vec![
        vec![&title],
        vec![&who, "", "", "", &when],
        vec!["任务编号", "完成状态", "完成进度(%)", "进展情况", "存在困难"],
    ];
    for (task, status, progress, difficulty) in rows {
        grid.push(vec![task, status, "", progress, difficulty]);
    }
    let refs: Vec<&[&str]> = grid.iter().map(|r| r.as_slice()).collect();
    let tasks: Vec<&str> = rows.iter().map(|r| r.0).collect();
    let (folder, modified) = match code {
        "2020-Q1" => ("2020一季度", date(2020, 4, 3)),
        _ => ("2020半年", date(2020, 7, 3)),
    };
    workbook(
        &format!("{folder}/{unit}.xlsx"),
        Some(modified),
        vec![sheet("反馈表", &refs), identity(unit, code, &tasks)],
    )
}

const FIN_Q1: &str = "围绕优化财政收支结构，我局制定了年度预算绩效管理实施方案，明确责任分工和时间节点，截至3月底已完成年度目标的25%。";
const FIN2_Q1: &str = "严守政府债务管控底线，建立债务风险监测台账，按月调度化解进度，一季度化解存量债务1.2亿元，完成年度计划的30%。";
/// The same facts in other words (not copied).
const FIN2_H1: &str =
    "上半年累计化解存量债务2.6亿元，完成年度计划六成以上；债务风险监测台账按月更新，未发生新增隐性债务。";
const DEV_Q1: &str = "全力推进重点项目建设，建立项目推进周调度机制，开展项目集中开工活动，截至3月底完成固定资产投资12亿元，占年度计划的20%。";
/// One number changed (copied).
const DEV_Q1_AGAIN: &str = "全力推进重点项目建设，建立项目推进周调度机制，开展项目集中开工活动，截至6月底完成固定资产投资28亿元，占年度计划的45%。";
const POOR_Q1: &str = "受群众认识不到位影响，产业扶贫项目推进缓慢，目前完成年度目标的15%，进度滞后于序时。";
const POOR2_Q1: &str =
    "巩固脱贫成果，开展返贫监测排查，建立防返贫动态监测台账，对边缘户落实帮扶措施，已完成年度目标的30%。";

fn returns() -> Vec<Collected> {
    let q1 = |unit, rows: &[Row]| form(unit, "2020-Q1", "一季度", rows);
    let h1 = |unit, rows: &[Row]| form(unit, "2020-H1", "半年", rows);
    vec![
        q1(
            "区财政局",
            &[
                ("1.(3).3", "序时推进", FIN_Q1, ""),
                ("1.(3).4", "序时推进", FIN2_Q1, ""),
            ],
        ),
        q1(
            "区发改局",
            &[
                ("2.(1).1", "序时推进", DEV_Q1, ""),
                (
                    "8.(1).2",
                    "已完成",
                    "文旅康养项目签约工作已全部完成，合同已归档。",
                    "",
                ),
            ],
        ),
        q1(
            "区行政审批局",
            &[
                (
                    "9.(1).1",
                    "滞后",
                    "改革方案尚在征求意见，进度滞后于序时。",
                    "用地指标紧张。",
                ),
                (
                    "9.(1).2",
                    "序时推进",
                    "一网通办平台完成需求调研，已完成年度目标的25%。",
                    "",
                ),
                ("9.(2).1", "序时推进", "正常推进", ""),
            ],
        ),
        q1(
            "区民政局",
            &[
                (
                    "10.(1).2",
                    "未启动",
                    "养老服务中心项目尚未启动，正在选址。",
                    "选址未定。",
                ),
                ("10.(1).4", "序时推进", "", ""),
                ("10.(3).1", "已完成", FIN_Q1, ""),
            ],
        ),
        q1(
            "区扶贫开发中心",
            &[
                ("1.(1).1", "滞后", POOR_Q1, "群众认识不到位，工作推进阻力较大。"),
                ("1.(1).2", "序时推进", POOR2_Q1, ""),
            ],
        ),
        h1(
            "区财政局",
            &[
                ("1.(3).3", "序时推进", FIN_Q1, ""),
                ("1.(3).4", "序时推进", FIN2_H1, ""),
            ],
        ),
        h1(
            "区发改局",
            &[
                ("2.(1).1", "序时推进", DEV_Q1_AGAIN, ""),
                (
                    "8.(1).2",
                    "序时推进",
                    "因合作方调整方案，签约项目需重新洽谈，目前正在对接。",
                    "",
                ),
            ],
        ),
        h1(
            "区行政审批局",
            &[
                (
                    "9.(1).1",
                    "滞后",
                    "改革方案已报区政府常务会审议，待批复后实施。",
                    "资金缺口较大，上级补助资金尚未到位。",
                ),
                (
                    "9.(1).2",
                    "滞后",
                    "平台建设招标延后，目前完成年度目标的30%。",
                    "1、审批手续办理周期较长，影响开工。",
                ),
                ("9.(2).1", "序时推进", "正常推进", ""),
            ],
        ),
        h1(
            "区民政局",
            &[
                (
                    "10.(1).2",
                    "未启动",
                    "养老服务中心项目仍在选址论证，尚未启动建设。",
                    "受疫情影响，施工队伍未能进场。",
                ),
                ("10.(1).4", "序时推进", POOR2_Q1, ""),
                ("10.(3).1", "已完成", FIN_Q1, ""),
            ],
        ),
        h1(
            "区扶贫开发中心",
            &[
                ("1.(1).1", "滞后", POOR_Q1, "群众认识不到位，工作推进阻力较大。"),
                ("1.(1).2", "序时推进", &POOR2_Q1.replace("30%", "55%"), ""),
            ],
        ),
    ]
}

fn model() -> Model {
    let settings = settings();
    let m = merge_collected(register(), &settings, returns(), H1);
    assert_balanced(&m);
    m
}

/// What the compare stage finds in the model.
fn changes(m: &Model) -> duban::compare::Changes {
    duban::compare::compare(m, &settings())
}

fn set(items: &[(&str, &str)]) -> BTreeSet<(String, String)> {
    items
        .iter()
        .map(|(t, u)| (t.to_string(), u.to_string()))
        .collect()
}

fn found(m: &Model, kind: ChangeKind) -> BTreeSet<(String, String)> {
    changes(m)
        .of_kind(kind)
        .map(|c| (c.task_id.clone(), c.unit.clone()))
        .collect()
}

fn copied() -> BTreeSet<(String, String)> {
    set(&[
        ("1.(3).3", "区财政局"),
        ("2.(1).1", "区发改局"),
        ("1.(1).1", "区扶贫开发中心"),
        ("1.(1).2", "区扶贫开发中心"),
    ])
}

fn regressed() -> BTreeSet<(String, String)> {
    set(&[("8.(1).2", "区发改局"), ("9.(1).2", "区行政审批局")])
}

fn persistent() -> BTreeSet<(String, String)> {
    set(&[
        ("9.(1).1", "区行政审批局"),
        ("10.(1).2", "区民政局"),
        ("1.(1).1", "区扶贫开发中心"),
    ])
}

#[test]
fn the_flags_are_exactly_where_expected_in_the_model() {
    let m = model();
    assert_eq!(found(&m, ChangeKind::Copied), copied());
    assert_eq!(found(&m, ChangeKind::Regressed), regressed());
    assert_eq!(found(&m, ChangeKind::Persistent), persistent());
    for c in changes(&m).of_kind(ChangeKind::Copied) {
        assert!(c.similarity.unwrap() >= 0.92, "{c:?}");
        assert_eq!(c.previous.period.label(), "一季度");
    }
}

#[test]
fn ledger_cells_show_the_changes_and_nothing_else() {
    let m = model();
    let dir = tempfile::tempdir().unwrap();
    render_alone(
        &duban::render::ledger::Ledger,
        &m,
        &settings(),
        &Templates::load(None).unwrap(),
        dir.path(),
    )
    .unwrap();
    let path = dir.path().join("工作台帐_2020年半年.xlsx");
    let mut seen: Vec<(ChangeKind, String, String)> = Vec::new();
    for sheet in ["十大工程", "十件实事", "1311项目"] {
        let g = grid(&path, sheet);
        let col = g[3]
            .iter()
            .position(|h| h == "与上期比较")
            .expect("与上期比较 column");
        let unit_col = 3;
        for row in g.iter().skip(4) {
            let cell = row.get(col).cloned().unwrap_or_default();
            if cell.is_empty() {
                continue;
            }
            for line in cell.lines() {
                let kind = [ChangeKind::Copied, ChangeKind::Regressed, ChangeKind::Persistent]
                    .into_iter()
                    .find(|k| line.starts_with(k.label()))
                    .unwrap_or_else(|| panic!("{line}"));
                seen.push((kind, row[0].clone(), row[unit_col].clone()));
            }
        }
    }
    for (kind, want) in [
        (ChangeKind::Copied, copied()),
        (ChangeKind::Regressed, regressed()),
        (ChangeKind::Persistent, persistent()),
    ] {
        let got: BTreeSet<(String, String)> = seen
            .iter()
            .filter(|(k, _, _)| *k == kind)
            .map(|(_, t, u)| (t.clone(), u.clone()))
            .collect();
        assert_eq!(got, want, "{kind:?}");
    }
    assert_eq!(
        seen.len(),
        copied().len() + regressed().len() + persistent().len()
    );
    // 汇总 六、与上期比较 lists the regressions and the lag in a row, not the copies
    let g = grid(&path, "汇总");
    let at = g
        .iter()
        .position(|r| r.first().is_some_and(|c| c.starts_with("六、与上期比较")))
        .expect("六、与上期比较");
    let listed: BTreeSet<String> = g[at + 2..]
        .iter()
        .take_while(|r| r.first().is_some_and(|c| c.starts_with('【')))
        .map(|r| format!("{} {}", &r[0][3..r[0].find('】').unwrap()], r[1]))
        .collect();
    let want: BTreeSet<String> = regressed()
        .into_iter()
        .chain(persistent())
        .map(|(t, u)| format!("{t} {u}"))
        .collect();
    assert_eq!(listed, want);
    assert!(g
        .iter()
        .flatten()
        .any(|c| c.starts_with("另有4条进展情况与上期雷同")));
}

#[test]
fn run_report_rows_carry_both_periods_sources() {
    let m = model();
    let dir = tempfile::tempdir().unwrap();
    render_alone(
        &duban::render::report::RunReport,
        &m,
        &settings(),
        &Templates::load(None).unwrap(),
        dir.path(),
    )
    .unwrap();
    let g = grid(&dir.path().join("处理报告.xlsx"), "与上期比较");
    assert_eq!(g[0], duban::render::report::CHANGE_COLUMNS);
    let mut got = BTreeSet::new();
    for r in &g[1..] {
        got.insert((r[0].clone(), r[1].clone(), r[2].clone()));
        assert_eq!(r[4], format!("2020半年/{}.xlsx", r[2]), "{r:?}");
        assert_eq!(r[8], format!("2020一季度/{}.xlsx", r[2]), "{r:?}");
        assert_eq!((r[5].as_str(), r[9].as_str()), ("反馈表", "反馈表"));
        assert!(r[6].starts_with('A') && r[10].starts_with('A'), "{r:?}");
        assert_eq!(r[7], "2020年一季度");
    }
    let want: BTreeSet<(String, String, String)> = [
        (ChangeKind::Copied, copied()),
        (ChangeKind::Regressed, regressed()),
        (ChangeKind::Persistent, persistent()),
    ]
    .into_iter()
    .flat_map(|(k, s)| s.into_iter().map(move |(t, u)| (k.label().to_string(), t, u)))
    .collect();
    assert_eq!(got, want);
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("处理报告.json")).unwrap()).unwrap();
    assert_eq!(json["changes"].as_array().unwrap().len(), want.len());
}

/// The text of every paragraph of the bulletin, in order.
fn bulletin_paragraphs(m: &Model) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let files = render_alone(
        &duban::render::bulletin::Bulletin,
        m,
        &settings(),
        &Templates::load(None).unwrap(),
        dir.path(),
    )
    .unwrap();
    let xml = part(&files[0], "word/document.xml");
    xml.split("</w:p>")
        .map(|p| {
            let mut out = String::new();
            for chunk in p.split("<w:t").skip(1) {
                let Some(gt) = chunk.find('>') else { continue };
                if chunk[..gt].ends_with('/') || !matches!(chunk.as_bytes()[0], b'>' | b' ') {
                    continue;
                }
                let body = &chunk[gt + 1..];
                out.push_str(&body[..body.find("</w:t>").unwrap_or(body.len())]);
            }
            out.replace(['\u{2060}', '\u{200B}'], "")
        })
        .filter(|p| !p.is_empty())
        .collect()
}

#[test]
fn bulletin_names_the_copying_units_and_quotes_the_right_difficulties() {
    let m = model();
    let paras = bulletin_paragraphs(&m);
    let copied_para = paras
        .iter()
        .find(|p| p.contains("部分单位照搬照抄上期内容"))
        .expect("copied paragraph");
    // "经逐项比对，区发改局（1项）、区扶贫开发中心（2项）、区财政局（1项）共3个单位报送的4项…"
    let list =
        &copied_para[copied_para.find("比对，").unwrap() + "比对，".len()..copied_para.find("共").unwrap()];
    let units: Vec<(String, String)> = list
        .split('、')
        .map(|u| {
            let (name, n) = u.split_once('（').unwrap();
            (name.to_string(), n.trim_end_matches("项）").to_string())
        })
        .collect();
    assert_eq!(
        units,
        [
            ("区发改局".to_string(), "1".to_string()),
            ("区扶贫开发中心".to_string(), "2".to_string()),
            ("区财政局".to_string(), "1".to_string())
        ]
    );
    assert!(
        copied_para.contains("共3个单位报送的4项任务进展情况与上期基本相同"),
        "{copied_para}"
    );
    // 附件1's row of a task: its cells after the ID (task, units, status, progress, 备注)
    let row = |id: &str| -> Vec<String> {
        let at = paras
            .iter()
            .position(|p| p == id)
            .unwrap_or_else(|| panic!("{id} in 附件1"));
        paras[at + 1..at + 6].to_vec()
    };
    // this period's difficulty is quoted, never last period's
    let r = row("9.(1).1");
    assert!(
        r[4].contains("存在困难：资金缺口较大，上级补助资金尚未到位"),
        "{r:?}"
    );
    assert!(r[4].contains("连续两期滞后或未启动"), "{r:?}");
    assert!(
        !r[4].contains("用地"),
        "last period's difficulty is not this period's: {r:?}"
    );
    let r = row("10.(1).2");
    assert!(r[4].contains("存在困难：受疫情影响，施工队伍未能进场"), "{r:?}");
    let r = row("9.(1).2");
    assert!(r[4].contains("存在困难：审批手续办理周期较长，影响开工"), "{r:?}");
    assert!(r[4].contains("区行政审批局由序时推进变为滞后"), "{r:?}");
    assert!(!r[4].contains("连续两期"), "{r:?}");
    let r = row("8.(1).2");
    assert!(r[4].contains("区发改局由已完成变为序时推进"), "{r:?}");
    // the letter: persistent and new problems apart, each task once, by its units
    let letter: Vec<&String> = paras.iter().take_while(|p| *p != "附件1").collect();
    let persistent = letter
        .iter()
        .find(|p| p.contains("其中连续两期滞后或未启动的"))
        .expect("persistent problems");
    for (unit, name) in [
        ("区行政审批局", "无缝对接省、市政务云平台建设规范和标准"),
        ("区民政局", "加快完善养老服务体系"),
    ] {
        assert!(persistent.contains(&format!("{unit}：“{name}”")), "{persistent}");
    }
    assert!(!persistent.contains("改造提升乡镇便民服务中心"), "{persistent}");
    let kinds = letter
        .iter()
        .find(|p| p.contains("从各责任单位反映的情况看"))
        .expect("kinds line");
    assert!(
        kinds.contains("主要集中在审批（1项）、疫情（1项）、群众工作（1项）、资金（1项）等方面"),
        "{kinds}"
    );
    // regressions said once, as a count with the worst named
    let back: Vec<&&String> = letter.iter().filter(|p| p.contains("进度较上期回退")).collect();
    assert_eq!(back.len(), 1, "{back:?}");
    assert!(
        back[0].contains("共2项，其中区发改局“争取政府债券资金”由已完成变为序时推进"),
        "{}",
        back[0]
    );
    // nobody else is accused of copying
    for (t, u) in [
        ("1.(3).4", "区财政局"),
        ("9.(2).1", "区行政审批局"),
        ("10.(3).1", "区民政局"),
    ] {
        assert!(!found(&m, ChangeKind::Copied).contains(&(t.to_string(), u.to_string())));
    }
    assert!(!copied_para.contains("区行政审批局") && !copied_para.contains("区民政局"));
}

#[test]
fn the_assessment_counts_the_copied_entries_with_their_rows() {
    use duban::assess::Fact;
    let m = model();
    let a = duban::analysis::Analysis::compute(&m, &settings()).assessment;
    for (unit, n) in [
        ("区扶贫开发中心", 2),
        ("区财政局", 1),
        ("区发改局", 1),
        ("区民政局", 0),
    ] {
        let row = a.row(unit).unwrap();
        assert_eq!(row.count(Fact::Copied), n, "{unit}");
        for e in row.evidence.iter().filter(|e| e.fact == Fact::Copied) {
            assert_eq!(e.place.file, format!("2020半年/{unit}.xlsx"));
            assert!(e.note.starts_with("与上期雷同"), "{}", e.note);
        }
    }
}
