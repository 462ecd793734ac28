//! Issue 14 end to end: no unit is called late or missing without evidence.
//!
//! The test builds a 半年 case folder (deadline 2020-07-10, bulletin and report date
//! 2020-07-13) with the real notice and:
//! - 区财政局: 填报日期 2020年7月8日 in a footer cell under the table: on time;
//! - 区民政局: 填报日期 2020年7月13日 in a footer cell: truly late;
//! - 区水务局: no date anywhere (its file's modification time is today): undated;
//! - 区林业局: 填报日期 2026年12月1日, after the bulletin's date: not evidence, undated;
//! - 区交通运输局: 填报日期 2020年7月13日 but the receipt register (收文登记.csv) says it was
//!   received on 2020-07-09: on time;
//! - 区人社局: only a damaged .doc named for it: received but unreadable;
//! - every other reporting unit: nothing at all, truly missing.
//!
//! Runs the binary and asserts from the bulletin's text and its 附件2 that only the truly late
//! and truly missing units are named, and that every other case is in the run report
//! (处理报告.json and .xlsx) with its reason and evidence.

use crate::support::read::{docx_text, grid};

use crate::support::{register, Case};
use duban::register::Register;
use rust_xlsxwriter::Workbook;
use std::path::Path;

const ON_TIME: &str = "区财政局";
const LATE: &str = "区民政局";
const UNDATED: &str = "区水务局";
const FAR_DATE: &str = "区林业局";
const RECEIPT: &str = "区交通运输局";
const UNREADABLE: &str = "区人社局";
const NOT_ACCUSED: [&str; 5] = [ON_TIME, UNDATED, FAR_DATE, RECEIPT, UNREADABLE];

/// A unit's own-layout return: title, 填报单位 and 报告期, its lead tasks, and a footer
/// holding 填报日期 (when `date` is given) below a blank row.
fn write_return(path: &Path, reg: &Register, unit: &str, date: Option<&str>) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("半年").unwrap();
    ws.write(0, 0, format!("{unit}2020年半年重点任务进展情况"))
        .unwrap();
    ws.write(1, 0, format!("填报单位：{unit}")).unwrap();
    ws.write(1, 2, "报告期：2020年半年").unwrap();
    for (c, h) in ["任务编号", "完成状态", "进展情况"].iter().enumerate() {
        ws.write(2, c as u16, *h).unwrap();
    }
    let tasks = &reg.unit(unit).unwrap().lead_tasks;
    assert!(!tasks.is_empty(), "{unit} leads no task");
    let mut row = 3;
    for id in tasks {
        ws.write(row, 0, id.as_str()).unwrap();
        ws.write(row, 1, "序时推进").unwrap();
        ws.write(row, 2, format!("{unit}按计划推进{id}，半年进展顺利。"))
            .unwrap();
        row += 1;
    }
    ws.write(row + 1, 0, "填报人：张三").unwrap();
    if let Some(d) = date {
        ws.write(row + 2, 0, format!("填报日期：{d}")).unwrap();
    }
    wb.save(path).unwrap();
}

/// The case folder described at the top.
fn case_folder() -> Case {
    let case = Case::new();
    let input = case.input();
    let reg = register();
    let returns = input.join("收件");
    std::fs::create_dir(&returns).unwrap();
    let file = |unit: &str| returns.join(format!("{unit}2020年半年工作进展.xlsx"));
    write_return(&file(ON_TIME), &reg, ON_TIME, Some("2020年7月8日"));
    write_return(&file(LATE), &reg, LATE, Some("2020年7月13日"));
    write_return(&file(UNDATED), &reg, UNDATED, None);
    write_return(&file(FAR_DATE), &reg, FAR_DATE, Some("2026年12月1日"));
    write_return(&file(RECEIPT), &reg, RECEIPT, Some("2020年7月13日"));
    // A Word 97-2003 file cut short: the compound-file header and nothing else.
    let mut doc = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    doc.resize(600, 0);
    std::fs::write(returns.join(format!("{UNREADABLE}2020年半年工作进展.doc")), doc).unwrap();
    // The office's receipt register, as a CSV saved from Excel (UTF-8 with BOM).
    let register = format!("\u{feff}序号,来文单位,收文日期,报告期\r\n1,{RECEIPT},2020-07-09,2020年半年\r\n");
    case.write("收文登记.csv", register);
    case
}

/// The text from the first `from` on to the next `to`.
fn between<'a>(text: &'a str, from: &str, to: &str) -> &'a str {
    let start = text.find(from).unwrap_or_else(|| panic!("no {from}"));
    let rest = &text[start..];
    &rest[..rest.find(to).unwrap_or(rest.len())]
}

#[test]
fn only_units_with_evidence_are_named_late_or_missing() {
    let case = case_folder();
    let result = case.run(&["run", "--period", "2020-H1", "--quiet"]);
    let stdout = result.stdout;
    // Undated and unreadable returns, and missing units, need the office: exit status 1.
    assert_eq!(result.code, Some(1));
    let dir = case.output().join("2020年半年");

    // Who is truly missing: every reporting unit but the six of the case.
    let reg = register();
    let missing: Vec<String> = reg
        .reporting_units()
        .map(|u| u.name.clone())
        .filter(|u| u != LATE && !NOT_ACCUSED.contains(&u.as_str()))
        .collect();
    assert!(missing.len() > 10);

    // The bulletin: the sentence on reporting and 附件2 name the late unit and the missing
    // ones, and none of the others.
    let text = docx_text(&dir.join("督查通报_2020年半年.docx"));
    // one paragraph (报送情况) in 一、总体情况, the names in 附件2
    let sentence = between(&text, "应报送进展情况的责任单位", "。");
    let annex = between(&text[text.rfind("附件2").unwrap()..], "附件2", "抄送");
    for part in [sentence, annex] {
        assert!(part.contains(LATE), "{part}");
        for unit in NOT_ACCUSED {
            assert!(!part.contains(unit), "{unit} named in: {part}");
        }
    }
    // a count and the whole list, never "等N个单位" after a whole list
    assert!(
        sentence.contains(&format!("，逾期报送1个（{LATE}）")),
        "{sentence}"
    );
    assert!(!sentence.contains("等"), "{sentence}");
    assert!(annex.contains("2020年7月13日"), "{annex}");
    for unit in &missing {
        assert!(annex.contains(unit.as_str()), "{unit} missing from 附件2");
        assert!(sentence.contains(unit.as_str()), "{unit} missing from {sentence}");
    }
    assert!(
        sentence.contains(&format!("，未报送{}个（", missing.len())),
        "{sentence}"
    );
    assert!(
        sentence.contains("另有2个单位已报送但报送时间待核实"),
        "{sentence}"
    );
    assert!(
        sentence.contains("另有1个单位报送的文件无法读取，已通知重新报送"),
        "{sentence}"
    );

    // The run report: every unit's timeliness with its evidence or reason.
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("处理报告.json")).unwrap()).unwrap();
    let of = |unit: &str| {
        json["timeliness"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["unit"] == unit && t["period"] == "2020-H1")
            .unwrap_or_else(|| panic!("{unit} not in the report"))
            .clone()
    };
    let late = of(LATE);
    assert_eq!(late["timeliness"], "逾期");
    assert_eq!(late["evidence"]["kind"], "填报日期");
    assert_eq!(late["evidence"]["date"], "2020-07-13");
    assert_eq!(
        late["evidence"]["place"]["file"],
        format!("收件/{LATE}2020年半年工作进展.xlsx")
    );
    assert!(!late["evidence"]["place"]["cell"].as_str().unwrap().is_empty());
    let fin = of(ON_TIME);
    assert_eq!(
        (&fin["timeliness"], &fin["evidence"]["date"]),
        (&"按时".into(), &"2020-07-08".into())
    );
    let receipt = of(RECEIPT);
    assert_eq!(receipt["timeliness"], "按时");
    assert_eq!(receipt["evidence"]["kind"], "收文登记");
    assert_eq!(receipt["evidence"]["place"]["file"], "收文登记.csv");
    assert_eq!(receipt["evidence"]["date"], "2020-07-09");
    for unit in [UNDATED, FAR_DATE] {
        let t = of(unit);
        assert_eq!(t["timeliness"], "日期不明", "{t}");
        assert!(t["evidence"].is_null(), "{t}");
        assert!(t["remark"].as_str().unwrap().contains("报送时间不明"), "{t}");
    }
    let unreadable = of(UNREADABLE);
    assert_eq!(unreadable["timeliness"], "无法读取");
    let doc = format!("收件/{UNREADABLE}2020年半年工作进展.doc");
    assert_eq!(unreadable["unreadable"][0], doc.as_str());
    let remark = unreadable["remark"].as_str().unwrap();
    assert!(remark.contains(&doc), "{unreadable}");
    // The reader's reason says what to do (save as .docx or .xlsx); the remark asks once.
    assert_eq!(remark.matches('请').count(), 1, "{remark}");
    assert_eq!(of(&missing[0])["timeliness"], "未报送");
    // The undated returns and the implausible date are exceptions with their place.
    let exceptions = json["exceptions"].as_array().unwrap();
    let kinds =
        |kind: &str| -> Vec<&serde_json::Value> { exceptions.iter().filter(|e| e["kind"] == kind).collect() };
    let undated = kinds("Undated");
    assert_eq!(undated.len(), 2, "{undated:?}");
    let far = kinds("ImplausibleDate");
    assert_eq!(far.len(), 1, "{far:?}");
    assert_eq!(far[0]["unit"], FAR_DATE);
    assert_eq!(far[0]["place"]["sheet"], "半年");
    assert!(!far[0]["place"]["cell"].as_str().unwrap().is_empty());
    assert!(
        far[0]["message"].as_str().unwrap().contains("2026-12-01"),
        "{}",
        far[0]
    );
    // The register is a receipt register, not a return; the .doc is tied to its unit.
    let files = json["files"].as_array().unwrap();
    let file = |p: &str| files.iter().find(|f| f["path"] == p).unwrap().clone();
    assert_eq!(file("收文登记.csv")["outcome"], "Receipts");
    assert_eq!(file("收文登记.csv")["rows_matched"], 1);
    assert_eq!(file(&doc)["unit"], UNREADABLE);

    // 处理报告.xlsx 报送情况: the same, one row a unit.
    let rows = grid(&dir.join("处理报告.xlsx"), "报送情况");
    let row = |unit: &str| rows.iter().find(|r| r[1] == unit).unwrap().clone();
    assert_eq!(row(LATE)[2], "逾期报送");
    assert_eq!(row(LATE)[5], "填报日期");
    assert_eq!(row(RECEIPT)[5], "收文登记");
    assert_eq!(row(UNDATED)[2], "已报送（日期不明）");
    assert_eq!(row(UNREADABLE)[2], "已报送（无法读取）");
    assert_eq!(row(UNREADABLE)[6], doc);

    // The ledger's 未报送 sheet: late and missing, then the unreadable unit apart with its
    // file; the undated units are in 异常, not here.
    let ledger = dir.join("工作台帐_2020年半年.xlsx");
    let sheet = grid(&ledger, "未报送");
    let units: Vec<&str> = sheet[3..].iter().map(|r| r[1].as_str()).collect();
    assert_eq!(units.last(), Some(&UNREADABLE), "{units:?}");
    assert!(units.contains(&LATE));
    for unit in [ON_TIME, UNDATED, FAR_DATE, RECEIPT] {
        assert!(!units.contains(&unit), "{unit} in 未报送");
    }
    assert_eq!(units.len(), missing.len() + 2);
    let last = sheet.last().unwrap();
    assert!(last[8].contains(&doc), "{last:?}");
    let exceptions = grid(&ledger, "异常");
    for unit in [UNDATED, FAR_DATE] {
        assert!(
            exceptions.iter().any(|r| r[1] == "报送日期不明" && r[6] == unit),
            "{unit} not in 异常"
        );
    }

    // Reminders: the missing units are asked for the report, the unreadable one for a
    // readable copy; nobody else gets one.
    let reminders = dir.join("催报通知");
    let count = std::fs::read_dir(&reminders).unwrap().count();
    assert_eq!(count, missing.len() + 1);
    let asked = docx_text(&reminders.join(format!("{UNREADABLE}_催报通知.docx")));
    assert!(
        asked.contains("进展情况无法读取") && asked.contains(&format!("{UNREADABLE}2020年半年工作进展.doc")),
        "{asked}"
    );
    assert!(!asked.contains("尚未报送"), "{asked}");
    let asked = docx_text(&reminders.join(format!("{}_催报通知.docx", missing[0])));
    assert!(asked.contains("尚未报送"), "{asked}");

    // The console says the same.
    assert!(stdout.contains("逾期报送：1（区民政局）"), "{stdout}");
    assert!(stdout.contains("已报送（日期不明）：2"), "{stdout}");
    assert!(stdout.contains("已报送（无法读取）：1（区人社局）"), "{stdout}");
}
