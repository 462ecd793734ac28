//! End to end: the built binary on the shipped demo input (`input/`), into a temporary
//! output folder. Checks the exit status, the console summary, the run report, every output
//! read back, and that a second run gives the same bytes.

use crate::support::read::{docx_text, snapshot};
use crate::support::{duban, fixture, repo, Case, Run};

use calamine::{open_workbook_auto, Reader};

/// `duban ARGS` in the repository (the demo's input/).
fn run_duban(args: &[&str]) -> Run {
    duban(repo(), args)
}

#[test]
fn the_demo_year_end_to_end() {
    let out = tempfile::tempdir().unwrap();
    let o = out.path().to_str().unwrap();
    let result = run_duban(&["run", "--input", "input", "--output", o, "--quiet"]);
    // The demo has late and missing units: the run finishes and asks for attention.
    assert_eq!(result.code, Some(1));
    let stdout = result.stdout.as_str();
    assert!(stdout.contains("2020年半年"), "{stdout}");
    assert!(stdout.contains("未报送"), "{stdout}");

    let dir = out.path().join("2020年半年");
    let report: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("处理报告.json")).unwrap()).unwrap();
    assert_eq!(report["current"], "2020-H1");

    // Every file under input/ is accounted for, and every file's rows balance.
    let inputs = snapshot(&repo().join("input"));
    let files = report["files"].as_array().unwrap();
    assert_eq!(files.len(), inputs.len(), "every input file is in the run report");
    for f in files {
        let read = f["rows_read"].as_u64().unwrap();
        let parts = ["rows_matched", "rows_exception", "rows_other"].map(|k| f[k].as_u64().unwrap());
        assert_eq!(read, parts.iter().sum::<u64>(), "{f}");
        // Both name files with "/" on every platform.
        assert!(inputs.contains_key(f["path"].as_str().unwrap()), "{f}");
    }
    let missing: Vec<String> = report["timeliness"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["period"] == "2020-H1" && t["timeliness"] == "未报送")
        .map(|t| t["unit"].as_str().unwrap().to_string())
        .collect();
    assert!(!missing.is_empty());

    // The ledger: 汇总 and 未报送 sheets, every missing unit listed.
    let mut ledger = open_workbook_auto(dir.join("工作台帐_2020年半年.xlsx")).unwrap();
    for sheet in ["十大工程", "十件实事", "1311项目", "汇总", "未报送", "异常"] {
        assert!(ledger.sheet_names().iter().any(|s| s == sheet), "{sheet}");
    }
    let unreported = ledger.worksheet_range("未报送").unwrap();
    let cells: Vec<String> = unreported.cells().map(|(_, _, c)| c.to_string()).collect();
    for unit in &missing {
        assert!(cells.contains(unit), "{unit} missing from 未报送");
    }

    // The bulletin names every missing unit; each has a reminder.
    let bulletin = docx_text(&dir.join("督查通报_2020年半年.docx"));
    for unit in &missing {
        assert!(
            bulletin.contains(unit.as_str()),
            "{unit} not named in the bulletin"
        );
        let reminders = std::fs::read_dir(dir.join("催报通知")).unwrap();
        let names: Vec<String> = reminders
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            names.iter().any(|n| n.starts_with(unit.as_str())),
            "no reminder for {unit}: {names:?}"
        );
    }

    // Same inputs, same bytes.
    let first = snapshot(out.path());
    let again = tempfile::tempdir().unwrap();
    let result = run_duban(&[
        "run",
        "--input",
        "input",
        "--output",
        again.path().to_str().unwrap(),
        "--quiet",
    ]);
    assert_eq!(result.code, Some(1));
    let second = snapshot(again.path());
    assert_eq!(
        first.keys().collect::<Vec<_>>(),
        second.keys().collect::<Vec<_>>()
    );
    for (name, bytes) in &first {
        // The manifest holds the run time (the manifest module compares the rest of it).
        if !name.ends_with("manifest.json") {
            assert!(bytes == &second[name], "{name} differs between two runs");
        }
    }
}

#[test]
fn tasks_command_writes_the_task_list() {
    let out = tempfile::tempdir().unwrap();
    let result = run_duban(&["tasks", "--output", out.path().to_str().unwrap()]);
    assert_eq!(result.code, Some(0));
    let stdout = result.stdout.as_str();
    assert!(stdout.contains("附件1 十大工程：124项"), "{stdout}");
    assert!(stdout.contains("附件2 十件实事：10项"), "{stdout}");
    assert!(stdout.contains("附件3 1311项目：19项"), "{stdout}");
    let mut wb = open_workbook_auto(out.path().join("任务清单.xlsx")).unwrap();
    let range = wb.worksheet_range("任务清单").unwrap();
    let header: Vec<String> = range
        .rows()
        .next()
        .unwrap()
        .iter()
        .map(|c| c.to_string())
        .collect();
    assert_eq!(
        header,
        [
            "任务编号",
            "类别",
            "所属工程",
            "任务内容",
            "责任人",
            "牵头单位",
            "配合单位"
        ]
    );
    assert_eq!(range.height(), 154);
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(out.path().join("任务清单.json")).unwrap()).unwrap();
    assert_eq!(json["tasks"].as_array().unwrap().len(), 153);
}

#[test]
fn bad_settings_and_bad_periods_exit_2_with_the_key_named() {
    let case = Case::new();
    case.write("duban.toml", "year = 2020\ndeadline = 1\n");
    let stderr = run_failing(&case);
    assert!(
        stderr.contains("duban.toml") && stderr.contains("deadline"),
        "{stderr}"
    );

    let result = run_duban(&["run", "--period", "2020-Q2"]);
    assert_eq!(result.code, Some(2));
    assert!(result.stderr.contains("2020-Q1"));
}

#[test]
fn a_missing_notice_exits_2_naming_it() {
    let stderr = run_failing(&Case::empty());
    assert!(stderr.contains("notice.txt"), "{stderr}");
}

/// Runs `duban run` on the case, expects exit status 2 and returns what it printed on stderr.
fn run_failing(case: &Case) -> String {
    let result = case.run(&["run"]);
    assert_eq!(result.code, Some(2));
    result.stderr
}

/// A damaged .xls that makes calamine's reader panic (found by fuzzing): the run goes on, the
/// file is reported with its reason, and nothing on stderr looks like a crash.
#[test]
fn a_reader_panic_is_a_failed_file_not_a_crash_message() {
    let case = Case::new();
    case.write("duban.toml", "year = 2020\n");
    case.copy(&fixture("fuzz/xls_fat_chain_out_of_range"), "区财政局.xls");
    let result = case.run(&["run", "--period", "2020-Q1"]);
    assert_eq!(result.code, Some(1), "the run finishes and asks for attention");
    let stdout = result.stdout.as_str();
    let stderr = result.stderr.as_str();
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        stdout.contains("区财政局.xls：工作簿已损坏：读取程序无法解析其内容"),
        "{stdout}"
    );
}
