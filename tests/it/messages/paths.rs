//! Messages produced through the real code: files collected, the binary run on a bad settings
//! file, a bad notice and a bad command line. Compared whole in both languages.

use super::Pins;
use crate::support::bytes::cfb_with;
use crate::support::Case;
use duban::collect::{read_bytes, read_file, Collected};
use duban::msg::{self, CollectMsg, ConsoleMsg, RegisterMsg, SettingsMsg};
use duban::settings::Limits;
use std::io::{Cursor, Write};

pub fn all(p: &mut Pins) {
    junk(p);
    containers(p);
    limits(p);
    settings_file(p);
    notice(p);
    command_line(p);
    returns(p);
    notice_warning(p);
}

/// The reason a file was skipped or failed.
fn reason(c: &Collected) -> String {
    match c {
        Collected::Skipped { reason, .. } | Collected::Failed { reason, .. } => reason.clone(),
        other => panic!("neither skipped nor failed: {other:?}"),
    }
}

fn read(bytes: &[u8], rel: &str) -> String {
    reason(&read_bytes(bytes, rel, None, &Limits::default()))
}

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let options = zip::write::SimpleFileOptions::default();
    let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in entries {
        z.start_file(*name, options).unwrap();
        z.write_all(bytes).unwrap();
    }
    z.finish().unwrap().into_inner()
}

/// Files that are not workbooks, by name or by their first bytes.
fn junk(p: &mut Pins) {
    let cases: [(&'static str, &str, &[u8], &str, &str); 13] = [
        ("LockFile", "~$区财政局.xlsx", b"PK\x03\x04", "Office 临时锁定文件（工作簿打开时自动生成），不是报表", "an Office lock file (left while the workbook is open), not a return"),
        ("ThumbsDb", "Thumbs.db", b"\xD0\xCF", "Windows 缩略图缓存（Thumbs.db），不是报表", "a Windows thumbnail cache (Thumbs.db), not a return"),
        ("DsStore", "sub/.DS_Store", b"\0\0\0\x01Bud1", "macOS 文件夹信息（.DS_Store），不是报表", "macOS folder metadata (.DS_Store), not a return"),
        ("DesktopIni", "desktop.ini", b"[.ShellClassInfo]", "Windows 文件夹设置（desktop.ini），不是报表", "Windows folder settings (desktop.ini), not a return"),
        ("ResourceFork", "._区财政局.xlsx", b"\0\x05\x16\x07", "macOS 资源分支文件（._*），不是报表", "a macOS resource-fork file (._*), not a return"),
        ("EmptyFile", "区财政局.xlsx", b"", "空文件（0 字节）", "an empty file (0 bytes)"),
        ("EmptyZip", "区财政局.xlsx", b"PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", "空压缩包，不是工作簿", "an empty zip archive, not a workbook"),
        ("Pdf", "区财政局.xlsx", b"%PDF-1.4", "PDF 文档，不是工作簿：请向该单位索要 Excel 报表", "a PDF document, not a workbook: ask the unit for the Excel return"),
        ("Rtf", "区财政局.doc", b"{\\rtf1", "RTF 文档，不是工作簿：请向该单位索要 Excel 报表", "an RTF document, not a workbook: ask the unit for the Excel return"),
        ("Image", "扫描件.jpg", b"\xFF\xD8\xFF\xE0", "图片，不是工作簿", "an image, not a workbook"),
        ("RarArchive", "报表.rar", b"Rar!\x1A\x07", "rar/7z 压缩包，不是工作簿：如内有报表，请解压到 input/ 中", "a rar/7z archive, not a workbook: unpack it into input/ if it holds returns"),
        ("WebPage", "区财政局.xls", b"<html><body><table>", "以工作簿文件名保存的网页或 XML 表格，不是真正的工作簿：请用 Excel 打开后另存为 .xlsx", "a web page or XML spreadsheet saved under a workbook name, not a real workbook: open it in Excel and save it as .xlsx"),
        ("Binary", "区财政局.dat", b"\x01\x02\0\x03", "不是工作簿（无法识别的二进制内容）", "not a workbook (unrecognised binary content)"),
    ];
    for (key, name, bytes, zh, en) in cases {
        p.pin_run::<CollectMsg>(key, || read(bytes, name), zh, en);
    }
    let txt = "请查收。".as_bytes();
    p.pin_run::<CollectMsg>(
        "TextNotTable",
        || read(txt, "说明.txt"),
        "文本文件，各行不是以逗号、分号或制表符分隔的表格，不是报表",
        "a text file whose lines are not a comma-, semicolon- or tab-separated table: not a return",
    );
}

/// Zip and OLE containers that hold something other than a workbook.
fn containers(p: &mut Pins) {
    let pptx = zip_of(&[("ppt/presentation.xml", b"<p/>")]);
    let odt = zip_of(&[("mimetype", b"application/vnd.oasis.opendocument.text")]);
    let ask = "，不是工作簿：请向该单位索要 Excel 报表";
    let ppt_zh = format!("PowerPoint 演示文稿{ask}");
    p.pin_run::<CollectMsg>(
        "PowerPoint",
        || read(&pptx, "汇报.pptx"),
        &ppt_zh,
        "a PowerPoint presentation, not a workbook: ask the unit for the Excel return",
    );
    p.pin_run::<CollectMsg>(
        "OtherOpenDocument",
        || read(&odt, "汇报.odt"),
        "其他类型的 OpenDocument 文件（application/vnd.oasis.opendocument.text），不是工作簿",
        "an OpenDocument file of another kind (application/vnd.oasis.opendocument.text), not a workbook",
    );
    let encrypted = cfb_with(&["/EncryptionInfo", "/EncryptedPackage"]);
    p.pin_run::<CollectMsg>(
        "Password",
        || read(&encrypted, "加密.xlsx"),
        "工作簿设有密码（已加密）：请该单位取消密码后重新报送",
        "password-protected (encrypted) workbook: ask the unit to remove the password",
    );
    let doc = cfb_with(&["/WordDocument"]);
    p.pin_run::<CollectMsg>(
        "Doc97",
        || read(&doc, "汇报.doc"),
        "Word 97-2003 文档（.doc），duban 不读此格式：请单位另存为 .docx 或 .xlsx 后报送",
        "a Word 97-2003 document (.doc), which duban does not read: ask the unit to save it as .docx or .xlsx",
    );
    let other = cfb_with(&["/Equation Native"]);
    p.pin_run::<CollectMsg>(
        "OtherOffice",
        || read(&other, "公式.xls"),
        "其他类型的 Office 文件（不含工作簿）",
        "an Office file of another kind (it holds no workbook)",
    );
    // A damaged zip: the catalogue's cause and action; the zip reader's own words apart, for
    // 处理报告.json only.
    let damaged = read_bytes(b"PK\x03\x04 truncated", "坏.xlsx", None, &Limits::default());
    assert_eq!(
        reason(&damaged),
        "文件已损坏或不完整：开头像 Excel 工作簿，但无法打开：请该单位用 Excel 或 WPS 重新保存后再报送"
    );
    let Collected::Failed { detail, .. } = &damaged else {
        panic!("{damaged:?}")
    };
    assert!(detail.as_ref().is_some_and(|d| d.contains("Zip")), "{damaged:?}");
    p.mark::<CollectMsg>("ZipLikeDamaged");
}

/// The file size, zip and file count limits.
fn limits(p: &mut Pins) {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("区财政局.xlsx");
    let mut bytes = b"PK\x03\x04".to_vec();
    bytes.resize(2 * 1024 * 1024, 0);
    std::fs::write(&big, &bytes).unwrap();
    let small = Limits {
        max_file_bytes: 1024 * 1024,
        max_unzipped_bytes: 1024 * 1024,
        ..Limits::default()
    };
    p.pin_run::<CollectMsg>(
        "TooLarge",
        || reason(&read_file(&big, "区财政局.xlsx", &small)),
        "文件大小2.0 MB，超过上限1.0 MB（设置项 limits.max_file_bytes），未读取",
        "the file is 2.0 MB, larger than the limit of 1.0 MB (limits.max_file_bytes)",
    );
    let bomb = zip_of(&[
        ("xl/workbook.xml", b"<workbook/>"),
        ("xl/worksheets/sheet1.xml", &vec![b' '; 2 * 1024 * 1024]),
    ]);
    p.pin_run::<CollectMsg>(
        "EntryTooLarge",
        || reason(&read_bytes(&bomb, "b.xlsx", None, &small)),
        "条目xl/worksheets/sheet1.xml解压后为2.0 MB（上限1.0 MB），疑似压缩炸弹，拒绝读取",
        "entry xl/worksheets/sheet1.xml would inflate to 2.0 MB (limit 1.0 MB): refused as a possible zip bomb",
    );
    let input = tempfile::tempdir().unwrap();
    for name in ["a.txt", "b.txt"] {
        std::fs::write(input.path().join(name), "x").unwrap();
    }
    let mut settings = duban::settings::Settings::default();
    settings.limits.max_files = 1;
    let second = || reason(&duban::collect::collect(input.path(), &settings, &[], false)[1]);
    p.pin_run::<CollectMsg>(
        "TooManyFiles",
        second,
        "未读取：input/ 中的文件超过1个（设置项 limits.max_files）",
        "not read: more than 1 files in input/ (limits.max_files)",
    );
}

/// `duban` with the run's language given by --lang: (exit status, stdout, stderr).
fn duban(dir: &std::path::Path, args: &[&str]) -> (Option<i32>, String, String) {
    let all: Vec<&str> = crate::support::lang_args()
        .into_iter()
        .chain(args.iter().copied())
        .collect();
    let run = crate::support::duban(dir, &all);
    (run.code, run.stdout, run.stderr)
}

/// A misspelt key in duban.toml stops the run with the file, the line and the key.
fn settings_file(p: &mut Pins) {
    let case = Case::empty();
    case.write("duban.toml", "year = 2020\n[office]\nnam = \"区政府办公室\"\n");
    let run = || {
        let (code, _, stderr) = duban(case.root(), &["run", "-q"]);
        assert_eq!(code, Some(2), "{stderr}");
        stderr
    };
    let fields = "name, short_name, supervision";
    // The path as the platform writes it (input\duban.toml on Windows).
    let file = std::path::Path::new("input").join("duban.toml");
    let file = file.display();
    p.pin_run::<SettingsMsg>(
        "UnknownKey",
        run,
        &format!("duban：出错：{file}：第3行：没有名为“nam”的设置项（此处可用：{fields}），请检查拼写\n"),
        &format!("duban: error: {file}: line 3: unknown field `nam`, expected {fields}\n"),
    );
    for key in ["Invalid", "AtLine"] {
        p.mark::<SettingsMsg>(key);
    }
    p.mark::<ConsoleMsg>("Error");
}

/// A notice with no tasks stops the run naming the file.
fn notice(p: &mut Pins) {
    let case = Case::empty();
    case.write("notice.txt", "关于印发2020年工作要点的通知\n");
    let run = || duban(case.root(), &["tasks"]).2;
    // The path as the platform writes it (input\\notice.txt on Windows).
    let file = std::path::Path::new("input").join("notice.txt");
    let file = file.display();
    p.pin_run::<RegisterMsg>(
        "NoticeEmpty",
        run,
        &format!("duban：出错：无法根据通知生成任务清单：{file}：未找到任务：通知应有附件1，其中为编号任务（1. …），其后是“责 任 人：”和“牵头单位：”行\n"),
        &format!("duban: error: cannot build the task register from the notice: {file}: no tasks found: expected 附件1 with numbered tasks (1. …) followed by 责 任 人： and 牵头单位： lines\n"),
    );
    p.mark::<ConsoleMsg>("CannotBuildRegister");
}

/// clap's errors get a lead line in Chinese; --help is in the run's language.
fn command_line(p: &mut Pins) {
    let dir = tempfile::tempdir().unwrap();
    let first_line = |args: &[&str]| {
        let (code, _, stderr) = duban(dir.path(), args);
        assert_eq!(code, Some(2), "{stderr}");
        stderr.lines().next().unwrap_or("").to_string()
    };
    p.pin_run::<ConsoleMsg>(
        "CliUnknownArgument",
        || first_line(&["--bogus"]),
        "duban：命令行有误：未知的参数“--bogus”",
        "error: unexpected argument '--bogus' found",
    );
    p.pin_run::<ConsoleMsg>(
        "CliUnknownCommand",
        || first_line(&["frob"]),
        "duban：命令行有误：未知的命令“frob”（可用的命令：run、tasks、forms）",
        "error: unrecognized subcommand 'frob'",
    );
    // In Chinese, the whole error is the catalogue's: no English line from clap.
    let whole = |args: &'static [&'static str]| {
        let d = dir.path().to_path_buf();
        move || {
            let (code, _, stderr) = duban(&d, args);
            assert_eq!(code, Some(2), "{stderr}");
            stderr
        }
    };
    p.pin_run::<ConsoleMsg>(
        "CliInvalidValueWhy",
        whole(&["forms", "--period", "2020-Q2"]),
        &format!(
            "duban：命令行有误：--period <报告期>的值“2020-Q2”无效：{}\n请改正后重新运行；全部选项及写法见：duban forms --help\n",
            msg::with_lang(msg::Lang::Zh, || msg::CommonMsg::BadPeriod { text: "2020-Q2".into() }.to_string())
        ),
        &format!(
            "error: invalid value '2020-Q2' for '--period <PERIOD>': {}\n\nFor more information, try '--help'.\n",
            msg::with_lang(msg::Lang::En, || msg::CommonMsg::BadPeriod { text: "2020-Q2".into() }.to_string())
        ),
    );
    p.pin_run::<ConsoleMsg>(
        "CliSuggest",
        whole(&["run", "--timing"]),
        "duban：命令行有误：未知的参数“--timing”\n是否想写：--timings\n请改正后重新运行；全部选项及写法见：duban run --help\n",
        "error: unexpected argument '--timing' found\n\n  tip: a similar argument exists: '--timings'\n\nUsage: duban run [OPTIONS]\n\nFor more information, try '--help'.\n",
    );
    for key in ["CliInvalidValue", "CliHelpHint"] {
        p.mark::<ConsoleMsg>(key);
    }
    p.mark::<msg::CommonMsg>("BadPeriod");
    help(p, dir.path());
}

/// Every description of `--help` and `forms --help`, in both languages.
fn help(p: &mut Pins, dir: &std::path::Path) {
    let texts = [
        ConsoleMsg::HelpAbout,
        ConsoleMsg::HelpAfter,
        ConsoleMsg::HelpRun,
        ConsoleMsg::HelpTasks,
        ConsoleMsg::HelpForms,
        ConsoleMsg::HelpHelpCommand,
        ConsoleMsg::HelpInput,
        ConsoleMsg::HelpOutput,
        ConsoleMsg::HelpPeriod,
        ConsoleMsg::HelpTemplates,
        ConsoleMsg::HelpQuiet,
        ConsoleMsg::HelpTimings,
        ConsoleMsg::HelpLang,
        ConsoleMsg::HelpHelp,
        ConsoleMsg::HelpVersion,
        ConsoleMsg::UsageRoot,
        ConsoleMsg::HeadingCommands,
        ConsoleMsg::HeadingOptions,
    ];
    for lang in [msg::Lang::Zh, msg::Lang::En] {
        let (code, stdout, forms) = msg::with_lang(lang, || {
            let (code, stdout, _) = duban(dir, &["--help"]);
            let (_, forms, _) = duban(dir, &["help", "forms"]);
            (code, stdout, forms)
        });
        assert_eq!(code, Some(0));
        for m in &texts {
            let text = duban::msg::Message::text(m, lang);
            assert!(
                stdout.contains(&text),
                "{lang:?} --help lacks {text:?}:\n{stdout}"
            );
            p.mark::<ConsoleMsg>(duban::msg::Message::key(m));
        }
        for m in [ConsoleMsg::HelpFormsPeriod, ConsoleMsg::UsageForms] {
            let text = duban::msg::Message::text(&m, lang);
            assert!(
                forms.contains(&text),
                "{lang:?} help forms lacks {text:?}:\n{forms}"
            );
        }
    }
    let (_, zh, _) = duban(dir, &["--help"]);
    assert!(
        zh.contains("用法：duban [选项]")
            && zh.contains("命令:")
            && zh.contains("  -h, --help             打印帮助"),
        "{zh}"
    );
    assert!(!zh.contains("Print") && !zh.contains("Usage"), "{zh}");
}

/// A unit's own workbook run through the binary: bad values (extract), a task the unit does
/// not lead (matching) and a task reported twice (merge), read back from 处理报告.json.
fn returns(p: &mut Pins) {
    let case = Case::new().with_settings();
    let input = case.input();
    let rows: [[&str; 5]; 5] = [
        ["任务编号", "任务内容", "完成状态", "完成进度", "进展情况"],
        ["1.(3).3", "", "序时推进", "过半", "稳步推进"],
        ["5.(1).1", "", "很好", "", "已启动"],
        ["实事7", "", "已完成", "100%", "已完成"],
        ["1.(3).3", "", "已完成", "100%", "再报一次"],
    ];
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            ws.write_string(r as u32, c as u16, *v).unwrap();
        }
    }
    wb.save(input.join("区财政局2020年一季度.xlsx")).unwrap();
    // One run per language, read back by every pin.
    let here = case.root();
    let reports: std::cell::RefCell<std::collections::HashMap<String, serde_json::Value>> =
        Default::default();
    let report = || {
        let lang = format!("{:?}", msg::lang());
        let mut cache = reports.borrow_mut();
        cache
            .entry(lang)
            .or_insert_with(|| {
                let (code, _, stderr) = duban(here, &["run", "-q", "--period", "2020-Q1"]);
                assert_eq!(code, Some(1), "{stderr}");
                let bytes = std::fs::read(here.join("output/2020年一季度/处理报告.json")).unwrap();
                serde_json::from_slice(&bytes).unwrap()
            })
            .clone()
    };
    let message = |cell: &'static str, kind: &'static str| {
        let report = &report;
        move || {
            let json = report();
            let found = json["exceptions"]
                .as_array()
                .unwrap()
                .iter()
                .find(|e| e["place"]["cell"] == cell && e["kind"] == kind)
                .map(|e| e["message"].as_str().unwrap().to_string());
            found.unwrap_or_default()
        }
    };
    let at = "区财政局2020年一季度.xlsx / Sheet1";
    p.pin_run::<msg::ExtractMsg>(
        "NotPercent",
        message("D2", "BadValue"),
        &format!("{at} / D2（完成进度）：“过半”不是百分数，已按原文保留：请向单位核实完成进度"),
        &format!("{at} / D2 (完成进度): \"过半\" is not a percentage; kept as written: check the percentage with the unit"),
    );
    p.pin_run::<msg::ExtractMsg>(
        "NotStatus",
        message("C3", "BadValue"),
        &format!("{at} / C3（完成状态）：“很好”不是完成状态（应为已完成、序时推进、滞后、未启动之一），已按原文保留：请向单位核实完成状态"),
        &format!("{at} / C3 (完成状态): \"很好\" is not a status (已完成, 序时推进, 滞后, 未启动); kept as written: check the status with the unit"),
    );
    p.pin_run::<msg::ExtractMsg>(
        "NoStatus",
        message("C3", "NoStatus"),
        &format!("{at} / C3：完成状态未填或无法识别，按所填进展视为序时推进：请向单位核实完成状态"),
        &format!("{at} / C3: no readable 完成状态; taken as 序时推进 from the progress written: check the status with the unit"),
    );
    p.pin_run::<msg::MatchingMsg>(
        "NotOwnTask",
        message("A4", "NotOwnTask"),
        &format!("{at} / A4：任务实事7由区交通运输局牵头，区财政局不是该任务的牵头或配合单位，此行未计入台帐：请向区财政局核实是否填错了行或任务编号，改正后重新运行"),
        &format!("{at} / A4: task 实事7 is led by 区交通运输局; 区财政局 neither leads nor supports it, so the row is not in the ledger: ask 区财政局 whether it filled in the wrong row or task number, correct it and run again"),
    );
    p.pin_run::<msg::MergeMsg>(
        "Duplicate",
        message("A5", "Duplicate"),
        &format!("{at} / A5：任务1.(3).3在本报表中填报了两次，保留A2处的一行：请核对两行，如应保留此行，请删去另一行后重新运行"),
        &format!("{at} / A5: task 1.(3).3 is reported twice in this return; the row at A2 is kept: compare the two rows, and if this one should be kept, delete the other and run again"),
    );
}

/// A line of the notice that is no task, no field and no heading: named with its line in the
/// run's console summary (it makes the exit status 1) and in 处理报告's 提示 sheet.
fn notice_warning(p: &mut Pins) {
    let case = Case::empty().with_settings();
    let mut lines: Vec<String> = std::fs::read_to_string(crate::support::notice())
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect();
    let at = lines.iter().position(|l| l.trim() == "附件2").unwrap();
    lines.insert(at, "注：以上任务请认真落实。".into());
    case.write("notice.txt", lines.join("\n"));
    let n = at + 1;
    let last_line = || {
        let (code, stdout, stderr) = duban(case.root(), &["run", "-q", "--period", "2020-Q1"]);
        assert_eq!(code, Some(1), "{stderr}");
        stdout.lines().last().unwrap_or("").to_string()
    };
    p.pin_run::<RegisterMsg>(
        "UnrecognisedLine",
        last_line,
        &format!("  提示：notice.txt 第{n}行：十大工程中无法识别的行：“注：以上任务请认真落实。”，未采用"),
        &format!(
            "  warning: notice.txt: line {n}: unrecognised line in 十大工程: \"注：以上任务请认真落实。\""
        ),
    );
    p.mark::<RegisterMsg>("AtLine");
    p.mark::<ConsoleMsg>("NoticeWarning");
    let report = case.output().join("2020年一季度/处理报告.json");
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(report).unwrap()).unwrap();
    assert_eq!(json["notice_warnings"][0]["line"], n, "{json}");
}
