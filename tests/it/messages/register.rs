//! Pins of every `msg::RegisterMsg` message built as a value, both languages whole.
//! Generated from src/msg once and kept by hand: a changed text must change here too.

use super::Pins;
use duban::msg::RegisterMsg;

pub fn all(p: &mut Pins) {
    p.pin(
        RegisterMsg::NoticeIo {
            file: "区财政局.xlsx".into(),
            error: "E".into(),
        },
        "区财政局.xlsx：无法读取通知：E",
        "区财政局.xlsx: cannot read the notice: E",
    );
    p.pin(
        RegisterMsg::NoticeBinaryDoc { file: "区财政局.xlsx".into() },
        "区财政局.xlsx：这是 Word 97-2003（.doc）文件，请用 Word 或 WPS 打开后另存为 .docx，再在 duban.toml 中设置 notice",
        "区财政局.xlsx: this is a Word 97-2003 (.doc) file; open it in Word or WPS and save it as .docx, then set `notice` in duban.toml",
    );
    p.pin(
        RegisterMsg::NoticeUnsupported {
            file: "区财政局.xlsx".into(),
            why: "WHY".into(),
        },
        "区财政局.xlsx：duban 无法读取该通知（WHY），请使用 .txt（UTF-8 编码）或 .docx 格式的通知",
        "区财政局.xlsx: not a notice duban can read (WHY); use the notice as .txt (UTF-8) or .docx",
    );
    p.pin(
        RegisterMsg::NoticeBadDocx {
            file: "区财政局.xlsx".into(),
            why: "WHY".into(),
        },
        "区财政局.xlsx：该 .docx 文件已损坏：WHY",
        "区财政局.xlsx: the .docx is damaged: WHY",
    );
    p.pin(
        RegisterMsg::NoticeEmpty { file: "区财政局.xlsx".into() },
        "区财政局.xlsx：未找到任务：通知应有附件1，其中为编号任务（1. …），其后是“责 任 人：”和“牵头单位：”行",
        "区财政局.xlsx: no tasks found: expected 附件1 with numbered tasks (1. …) followed by 责 任 人： and 牵头单位： lines",
    );
    p.pin(
        RegisterMsg::NoticeTooLarge { bytes: 3 },
        "文件有3字节，作为通知过大",
        "3 bytes is too large for a notice",
    );
    p.pin(
        RegisterMsg::NotUtf8,
        "文本的编码无法识别（不是 UTF-8，也不是 GBK）：请用记事本打开后另存为 UTF-8 编码",
        "the text is neither UTF-8 nor GBK: save it as UTF-8",
    );
    p.pin(
        RegisterMsg::DocxZip { error: "E".into() },
        "无法打开其压缩包（E）",
        "its zip archive cannot be opened (E)",
    );
    p.pin(
        RegisterMsg::DocxNoDocument,
        "其中没有 word/document.xml（确实是 Word 文件吗？）",
        "it has no word/document.xml (is it really a Word file?)",
    );
    p.pin(
        RegisterMsg::DocxTooLarge,
        "word/document.xml 大得不合常理",
        "word/document.xml is implausibly large",
    );
    p.pin(
        RegisterMsg::DocxXml { error: "E".into() },
        "word/document.xml 无法读取或格式有误（E）",
        "word/document.xml cannot be read or is malformed (E)",
    );
    p.pin(
        RegisterMsg::AtLine {
            line: 3,
            text: "TEXT".into(),
        },
        "第3行：TEXT",
        "line 3: TEXT",
    );
    p.pin(
        RegisterMsg::AtParagraph {
            line: 3,
            text: "TEXT".into(),
        },
        "第3段：TEXT",
        "paragraph 3: TEXT",
    );
    p.pin(
        RegisterMsg::BeforeAnyTask { text: "TEXT".into() },
        "“TEXT”出现在第一项任务之前，未采用",
        "\"TEXT\" comes before any task",
    );
    p.pin(
        RegisterMsg::UnrecognisedLine {
            attachment: "ATTACHMENT".into(),
            text: "TEXT".into(),
        },
        "ATTACHMENT中无法识别的行：“TEXT”，未采用",
        "unrecognised line in ATTACHMENT: \"TEXT\"",
    );
    p.pin(
        RegisterMsg::RowWithoutNumber { row: "ROW".into() },
        "附件3：表格行的序号栏没有编号，未采用：“ROW”",
        "附件3: a table row without a number in 序号: \"ROW\"",
    );
    p.pin(
        RegisterMsg::RowCells { n: 3, cells: 3 },
        "附件3：第3项有3个单元格，应为4个（序号、项目名称、包联领导、牵头单位）",
        "附件3: row 3 has 3 cells, expected 4 (序号, 项目名称, 包联领导, 牵头单位)",
    );
    p.pin(
        RegisterMsg::DuplicateTaskNumber { id: "ID".into() },
        "任务编号ID重复出现",
        "task number ID appears twice",
    );
    p.pin(RegisterMsg::FlagNoLead, "无牵头单位", "no lead unit");
    p.pin(
        RegisterMsg::FlagGroupsOnly,
        "牵头单位均为单位组，无具体报送单位",
        "the lead units are all groups of units: no unit reports",
    );
    p.pin(RegisterMsg::FlagNoLeader, "无责任人", "no leader");
    p.pin(
        RegisterMsg::FlagNoProjectLeader,
        "无包联领导",
        "no leader for the project",
    );
    p.pin(
        RegisterMsg::FlagSeeAttachment3,
        "责任人及牵头单位见附件3",
        "leaders and lead units in 附件3",
    );
    p.pin(
        RegisterMsg::TaskNote {
            id: "1311-9".into(),
            line: 170,
            flags: "无牵头单位；无包联领导".into(),
        },
        "通知第170行任务1311-9：无牵头单位；无包联领导",
        "notice line 170, task 1311-9: 无牵头单位；无包联领导",
    );
}
