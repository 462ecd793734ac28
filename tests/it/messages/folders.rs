//! The mistakes a clerk makes with folders and files, through the binary: a missing or wrong
//! input folder, no notice, an output path under a file; and what the system's errors mean
//! (`msg::io_reason`). Compared whole in both languages.

use super::Pins;
use duban::msg::{io_reason, ConsoleMsg, IoMsg, Message, RegisterMsg};
use std::io::{Error, ErrorKind};
use std::path::Path;

pub fn all(p: &mut Pins) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("input")).unwrap();
    std::fs::write(dir.path().join("afile"), "x").unwrap();
    let d = dir.path().to_path_buf();
    let stderr = |args: &'static [&'static str]| {
        let d = d.clone();
        move || error_line(&d, args)
    };
    p.pin_run::<ConsoleMsg>(
        "NoInput",
        stderr(&["--input", "nope"]),
        "duban：出错：输入文件夹nope不存在：请在放有 input 文件夹的位置运行 duban，或用 --input 指明存放通知和报表的文件夹",
        "duban: error: input folder nope does not exist: run duban where the input folder is, or name it with --input",
    );
    p.pin_run::<ConsoleMsg>(
        "InputIsFile",
        stderr(&["forms", "--period", "2020上半年", "--input", "afile"]),
        "duban：出错：afile是一个文件，不是文件夹：请用 --input 指明存放通知和报表的文件夹",
        "duban: error: afile is a file, not a folder: name the input folder with --input",
    );
    p.pin_run::<ConsoleMsg>(
        "OutputIsFile",
        stderr(&["--output", "afile/out"]),
        "duban：出错：输出位置中的afile是一个文件，不是文件夹：请用 --output 指定一个文件夹",
        "duban: error: afile in the output path is a file, not a folder: name a folder with --output",
    );
    // The path as the platform writes it (input\\notice.txt on Windows).
    let file = std::path::Path::new("input").join("notice.txt");
    let file = file.display();
    p.pin_run::<RegisterMsg>(
        "NoticeMissing",
        stderr(&["tasks"]),
        &format!("duban：出错：无法根据通知生成任务清单：{file}：找不到通知：请把区政府的通知（.txt 或 .docx）放入输入文件夹，命名为 notice.txt 或 notice.docx，或在 duban.toml 中用 notice = \"文件名\" 指明"),
        &format!("duban: error: cannot build the task register from the notice: {file}: no notice: put the notice (.txt or .docx) in the input folder as notice.txt or notice.docx, or name it with notice = \"file name\" in duban.toml"),
    );
    p.pin(
        ConsoleMsg::OutputNotWritable {
            folder: "output".into(),
            reason: io_reason(&Error::from(ErrorKind::PermissionDenied)).text(duban::msg::Lang::Zh),
        },
        "无法在输出文件夹output中写入文件：没有权限写入（文件可能正在 Excel/WPS 中打开，或是只读的）：请先在 Excel/WPS 中关闭该文件，仍不行时请换一个输出文件夹（--output）",
        "cannot write in the output folder output: 没有权限写入（文件可能正在 Excel/WPS 中打开，或是只读的）：请先在 Excel/WPS 中关闭该文件，仍不行时请换一个输出文件夹（--output）",
    );
    p.pin(
        ConsoleMsg::NoReturnsForYear {
            year: 2021,
            found: "2020".into(),
            settings_year: 2020,
        },
        "注意：输入文件夹中没有2021年的任何报表（读到的报表属于2020年），所有单位都记为未报送，本次不生成催报通知：请检查 --period 是否写对（duban.toml 中 year = 2020）",
        "note: no return of 2021 in the input folder (the returns read are of 2020); every unit counts as not reported and no reminder is written: check --period (duban.toml has year = 2020)",
    );
    p.pin(
        ConsoleMsg::NoReturnsAtAll { year: 2020 },
        "注意：输入文件夹中没有读到任何报表，所有单位都记为未报送，本次不生成催报通知：请把各单位报送的报表放入输入文件夹（可放在子文件夹中）后再运行；2020年的反馈表可用 duban forms 生成",
        "note: no return was read from the input folder; every unit counts as not reported and no reminder is written: put the units' returns in the input folder (subfolders are fine) and run again; duban forms writes the 2020 feedback forms",
    );
    io(p);
}

fn error_line(dir: &Path, args: &[&str]) -> String {
    let out = crate::support::command(dir)
        .arg("-q")
        .args(crate::support::lang_args())
        .args(args)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{args:?}");
    String::from_utf8_lossy(&out.stderr).trim_end().to_string()
}

/// Each kind of system error, with the system's text kept for the English catalogue only.
fn io(p: &mut Pins) {
    let os = |kind: ErrorKind| io_reason(&Error::new(kind, "OS TEXT"));
    p.pin(os(ErrorKind::NotFound), "文件或文件夹不存在", "OS TEXT");
    p.pin(
        os(ErrorKind::PermissionDenied),
        "没有权限写入（文件可能正在 Excel/WPS 中打开，或是只读的）：请先在 Excel/WPS 中关闭该文件，仍不行时请换一个输出文件夹（--output）",
        "OS TEXT (is the file open in Excel/WPS, or read-only? close it first, or choose another --output folder)",
    );
    p.pin(
        os(ErrorKind::ResourceBusy),
        "该文件正在其他程序中打开：请先在 Excel/WPS 中关闭该文件，再重新运行",
        "OS TEXT (the file is open in another program: close it in Excel/WPS and run again)",
    );
    p.pin(
        os(ErrorKind::NotADirectory),
        "路径中有一段是文件，不是文件夹：请用 --output 指定一个文件夹",
        "OS TEXT (a part of the path is a file, not a folder)",
    );
    p.pin(
        os(ErrorKind::StorageFull),
        "磁盘空间已满：请清理磁盘，或换一个输出文件夹（--output）",
        "OS TEXT",
    );
    p.pin(
        os(ErrorKind::ReadOnlyFilesystem),
        "磁盘是只读的：请换一个输出文件夹（--output）",
        "OS TEXT",
    );
    // A kind with no sentence of its own (the same on every system, unlike raw codes).
    p.pin(
        io_reason(&Error::from(ErrorKind::TimedOut)),
        "操作系统报告错误（错误代码TimedOut）",
        &Error::from(ErrorKind::TimedOut).to_string(),
    );
    p.pin(
        io_reason(&Error::other("同一次运行中写了两次")),
        "同一次运行中写了两次",
        "同一次运行中写了两次",
    );
    // The key the binary produces for a denied write, as IoMsg names it.
    let _ = IoMsg::KEYS;
}
