//! What the office sets up around the returns, through the binary: the notice found as .txt
//! or .docx without a setting and read in GBK too; the deadline the run says it used; a run
//! for a year of which no return was read (a warning, no reminders).

use crate::support::case::Case;
use crate::support::{notice, notice_docx};

/// The tasks the frozen notice holds, as `duban tasks` prints them.
const TASKS_LINE: &str = "附件1 十大工程：124项";

#[test]
fn a_word_notice_is_found_without_a_setting() {
    let case = Case::empty();
    case.copy(&notice_docx(), "notice.docx");
    let run = case.run(&["tasks", "-q"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains(TASKS_LINE), "{}", run.stdout);
}

#[test]
fn a_gbk_notice_is_read_like_a_gbk_csv() {
    let text = std::fs::read_to_string(notice()).unwrap();
    let (gbk, _, unmappable) = encoding_rs::GBK.encode(&text);
    assert!(!unmappable, "the notice is GBK text");
    assert!(std::str::from_utf8(&gbk).is_err(), "the bytes are not UTF-8");
    let case = Case::empty();
    case.write("notice.txt", &*gbk);
    let run = case.run(&["tasks", "-q"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stdout.contains(TASKS_LINE), "{}", run.stdout);
}

/// A return of 2020 (our CSV, as WPS saves it) and a run for 2021: the run says that no
/// return of 2021 was read and which years were, and writes no reminder; 2020's own run
/// reminds the units that did not report and says its deadline.
#[test]
fn a_year_without_returns_is_said_and_reminds_nobody() {
    let case = Case::new();
    case.write(
        "returns/区财政局2020年三季度.csv",
        "任务编号,完成状态,进展情况\n1.(1).1,序时推进,正在推进\n填报单位：区财政局,,填报日期：2020年10月15日\n",
    );
    let run = case.run(&["-q", "--period", "2021上半年"]);
    assert!(
        run.stdout
            .contains("注意：输入文件夹中没有2021年的任何报表（读到的报表属于2020年）"),
        "{}",
        run.stdout
    );
    let dir = case.output().join("2021年半年");
    assert!(dir.join("督查通报_2021年半年.docx").is_file());
    assert!(
        !dir.join("催报通知").exists(),
        "no reminders for a year nobody reported"
    );
    assert!(
        run.stdout
            .contains("2021年上半年报送截止日期：2021年7月9日（按通知“每季度结束后第一个工作周”"),
        "the rule, not 2020's settings: {}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("处理报告：本期为2021年上半年（本年度尚未读到任何单位的报表）"),
        "no period is said to have data: {}",
        run.stdout
    );

    let run = case.run(&["-q", "--period", "2020年前三季度"]);
    assert!(!run.stdout.contains("注意：输入文件夹中没有"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("处理报告：本期为2020年前三季度（有数据的时段：2020年前三季度）"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("2020年前三季度报送截止日期：2020年10月16日"),
        "{}",
        run.stdout
    );
    assert!(case.output().join("2020年三季度/催报通知").is_dir());
}
