//! The run report: 处理报告.xlsx read back with calamine (every file, every exception, every
//! warning) and 处理报告.json parsed back.

use crate::support::read::grid;

use crate::support::raw::*;
use calamine::{open_workbook, Reader, Xlsx};
use duban::collect::Collected;
use duban::merge::merge_collected;
use duban::render::render_alone;
use duban::render::report::RunReport;
use duban::templates::Templates;

#[test]
fn report_lists_every_file_exception_and_warning() {
    // A row no task matches, with a text three times as long as 异常's 原行内容 column is wide.
    let long = "一项通知里没有的工作，".repeat(15);
    let s = sheet(
        "S",
        &[
            &["填报单位：区财政局"],
            &["任务内容", "完成进度", "进展情况"],
            &["优化财政收支结构，强化预算绩效管理。", "过半", "已完成。"],
            &[long.as_str(), "", "做了"],
        ],
    );
    let collected = vec![
        workbook("区林业局.xlsx", Some(date(2020, 4, 1)), vec![s]),
        Collected::Skipped {
            path: "Thumbs.db".into(),
            reason: "not a workbook".into(),
        },
    ];
    let model = merge_collected(
        register(),
        &settings(),
        collected,
        "2020-Q1".parse::<duban::period::Period>().unwrap(),
    );
    let dir = tempfile::tempdir().unwrap();
    let templates = Templates::load(None).unwrap();
    let files = render_alone(&RunReport, &model, &settings(), &templates, dir.path()).unwrap();
    assert_eq!(files.len(), 2);
    let xlsx = dir.path().join("处理报告.xlsx");
    // Read and closed: the re-render below replaces the file, which Windows refuses while a
    // handle is open on it.
    let names = open_workbook::<Xlsx<_>, _>(&xlsx).unwrap().sheet_names();
    assert_eq!(
        names,
        [
            "文件",
            "异常",
            "提示",
            "其他",
            "报送情况",
            "截止日期",
            "与上期比较"
        ]
    );
    let f = grid(&xlsx, "文件");
    assert_eq!(f[0][..4], ["文件", "处理结果", "原因", "格式"]);
    assert_eq!(f.len(), 3);
    assert_eq!(f[1][..2], ["Thumbs.db", "已跳过"]);
    assert_eq!(f[1][2], "not a workbook");
    assert_eq!(
        f[2][..7],
        [
            "区林业局.xlsx",
            "已读取",
            "",
            "xlsx",
            "区财政局",
            "2020年一季度",
            "自制表"
        ]
    );
    assert_eq!(f[2][7..11], ["4", "1", "1", "2"]);
    assert_eq!(f[2][18], "相符");
    let e = grid(&xlsx, "异常");
    assert_eq!(e.len(), 4, "{e:?}");
    // No 填报日期 and no date in the name: undated (the file's time is no evidence).
    assert_eq!(e[1][..4], ["报送日期不明", "区林业局.xlsx", "", ""]);
    assert_eq!(e[2][..4], ["数值无法识别", "区林业局.xlsx", "S", "B3"]);
    assert_eq!(e[3][0], "未匹配任务");
    assert_eq!(e[3][8], format!("{long} | 做了"));
    let t = grid(&xlsx, "报送情况");
    let fin_row = t.iter().find(|r| r[1] == "区财政局").unwrap();
    assert_eq!(
        fin_row[..4],
        ["2020年一季度", "区财政局", "已报送（日期不明）", ""]
    );
    assert_eq!(fin_row[9], e[1][7], "the reason is the exception's");
    let forest = t.iter().find(|r| r[1] == "区林业局").unwrap();
    assert_eq!(forest[2], "未报送");
    let w = grid(&xlsx, "提示");
    assert!(w[1][3].contains("填报单位线索不一致"), "{w:?}");
    // then the notice's tasks with a leader or lead unit left out, each said once
    let notes: Vec<&str> = w[2..].iter().map(|r| r[3].as_str()).collect();
    assert_eq!(notes.len(), 4, "{notes:?}");
    assert!(w[2..].iter().all(|r| r[0] == "notice.txt"), "{w:?}");
    for (id, flag) in [
        ("2.(1).2", "见附件3"),
        ("9.(3).2", "单位组"),
        ("1311-3", "无包联领导"),
        ("1311-9", "无牵头单位"),
    ] {
        let n = notes
            .iter()
            .filter(|m| m.contains(&format!("任务{id}：")))
            .count();
        assert_eq!(n, 1, "{id}: {notes:?}");
        assert!(
            notes.iter().any(|m| m.contains(id) && m.contains(flag)),
            "{id}: {notes:?}"
        );
    }
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.path().join("处理报告.json")).unwrap()).unwrap();
    assert_eq!(json["current"], "2020-Q1");
    assert_eq!(json["files"].as_array().unwrap().len(), 2);
    assert_eq!(json["exceptions"][0]["kind"], "Undated");
    assert_eq!(json["exceptions"][1]["kind"], "BadValue");
    let fin = json["timeliness"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["unit"] == "区财政局")
        .unwrap();
    assert_eq!(fin["timeliness"], "日期不明");
    assert_eq!(fin["evidence"], serde_json::Value::Null);
    assert_eq!(fin["period"], "2020-Q1");
    // Long texts wrap, and their rows are tall enough to show them (nothing sizes rows when
    // the file is opened): the skipped file's row is one line, the long row's three or more.
    let one_line = row_heights(&xlsx, "xl/worksheets/sheet1.xml")[&2];
    let heights = row_heights(&xlsx, "xl/worksheets/sheet2.xml");
    assert_eq!(heights[&3], one_line, "a short exception row is one line");
    assert!(heights[&4] > 2.0 * one_line, "three lines or more: {heights:?}");
    // Same model, same bytes.
    let first = std::fs::read(&xlsx).unwrap();
    render_alone(&RunReport, &model, &settings(), &templates, dir.path()).unwrap();
    assert_eq!(std::fs::read(&xlsx).unwrap(), first);
}

/// Row number (1-based) -> height in points, for the rows of a sheet part that set one.
fn row_heights(xlsx: &std::path::Path, part: &str) -> std::collections::BTreeMap<u32, f64> {
    let xml = crate::support::read::part(xlsx, part);
    let mut heights = std::collections::BTreeMap::new();
    for row in xml.split("<row ").skip(1) {
        let head = &row[..row.find('>').unwrap()];
        let attr = |name: &str| {
            let start = head.find(&format!("{name}=\"")).map(|i| i + name.len() + 2)?;
            let len = head[start..].find('"')?;
            Some(head[start..start + len].to_string())
        };
        if let (Some(r), Some(ht)) = (attr("r"), attr("ht")) {
            heights.insert(r.parse().unwrap(), ht.parse().unwrap());
        }
    }
    heights
}

/// The deadline of every period and why it is that day, in 处理报告 (xlsx and json) as on the
/// console: the calendar's rule past the National Day break for 三季度, `[deadlines]` for the
/// periods duban.toml sets.
#[test]
fn the_report_says_each_deadline_and_why() {
    let case = crate::support::Case::new();
    case.write(
        "duban.toml",
        "notice = \"notice.txt\"\nyear = 2020\n[deadlines]\nQ1 = 2020-04-10\n",
    );
    let reg = crate::support::register();
    let unit = reg.reporting_units().next().unwrap();
    for kind in [duban::period::PeriodKind::Q1, duban::period::PeriodKind::Q3] {
        let table = duban::demo::whole::WholeTable {
            unit: unit.name.clone(),
            period: duban::period::Period::new(2020, kind),
            shape: duban::demo::whole::Shape::Plain,
            foreign: vec![],
            date: date(2020, 10, 12),
        };
        case.write(&table.file_name(), table.bytes(&reg).unwrap());
    }
    let run = case.run(&["run", "--period", "2020前三季度"]);
    assert!(run.code.is_some(), "{}", run.stderr);
    let q3 = "2020年前三季度报送截止日期：2020年10月16日（按通知“每季度结束后第一个工作周”：国庆节、中秋节2020年10月1日至2020年10月8日放假、2020年9月27日、2020年10月10日上班，顺延至其后第一个工作周的最后一个工作日）";
    let q1 = "2020年一季度报送截止日期：2020年4月10日（duban.toml 中 [deadlines] 的 Q1）";
    assert!(run.stdout.contains(q3), "{}", run.stdout);
    let dir = case.output().join("2020年三季度");
    let sheet = grid(&dir.join("处理报告.xlsx"), "截止日期");
    assert_eq!(sheet[0], ["报告期", "截止日期", "依据"]);
    assert_eq!(sheet[1], ["2020年前三季度", "2020-10-16", q3], "{sheet:?}");
    assert_eq!(sheet[2], ["2020年一季度", "2020-04-10", q1], "{sheet:?}");
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("处理报告.json")).unwrap()).unwrap();
    assert_eq!(json["deadlines"][0]["period"], "2020-Q3", "{}", json["deadlines"]);
    assert_eq!(json["deadlines"][0]["date"], "2020-10-16");
    assert_eq!(json["deadlines"][0]["basis"][0], q3);
    assert_eq!(json["deadlines"][1]["basis"][0], q1);
}
