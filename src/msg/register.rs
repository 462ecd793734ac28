//! Messages of reading the notice into the register.

catalogue! {
    /// Messages of reading the notice into the register.
    pub enum RegisterMsg {
        NoticeIo { file: String, error: String } =>
            "{file}：无法读取通知：{error}",
            "{file}: cannot read the notice: {error}";
        /// No notice in the input folder under its usual names.
        NoticeMissing { file: String } =>
            "{file}：找不到通知：请把区政府的通知（.txt 或 .docx）放入输入文件夹，命名为 notice.txt 或 notice.docx，或在 duban.toml 中用 notice = \"文件名\" 指明",
            "{file}: no notice: put the notice (.txt or .docx) in the input folder as notice.txt or notice.docx, or name it with notice = \"file name\" in duban.toml";
        NoticeBinaryDoc { file: String } =>
            "{file}：这是 Word 97-2003（.doc）文件，请用 Word 或 WPS 打开后另存为 .docx，再在 duban.toml 中设置 notice",
            "{file}: this is a Word 97-2003 (.doc) file; open it in Word or WPS and save it as .docx, then set `notice` in duban.toml";
        NoticeUnsupported { file: String, why: String } =>
            "{file}：duban 无法读取该通知（{why}），请使用 .txt（UTF-8 编码）或 .docx 格式的通知",
            "{file}: not a notice duban can read ({why}); use the notice as .txt (UTF-8) or .docx";
        NoticeBadDocx { file: String, why: String } =>
            "{file}：该 .docx 文件已损坏：{why}",
            "{file}: the .docx is damaged: {why}";
        NoticeEmpty { file: String } =>
            "{file}：未找到任务：通知应有附件1，其中为编号任务（1. …），其后是“责 任 人：”和“牵头单位：”行",
            "{file}: no tasks found: expected 附件1 with numbered tasks (1. …) followed by 责 任 人： and 牵头单位： lines";
        NoticeTooLarge { bytes: u64 } =>
            "文件有{bytes}字节，作为通知过大",
            "{bytes} bytes is too large for a notice";
        NotUtf8 =>
            "文本的编码无法识别（不是 UTF-8，也不是 GBK）：请用记事本打开后另存为 UTF-8 编码",
            "the text is neither UTF-8 nor GBK: save it as UTF-8";
        DocxZip { error: String } =>
            "无法打开其压缩包（{error}）",
            "its zip archive cannot be opened ({error})";
        DocxNoDocument =>
            "其中没有 word/document.xml（确实是 Word 文件吗？）",
            "it has no word/document.xml (is it really a Word file?)";
        DocxTooLarge =>
            "word/document.xml 大得不合常理",
            "word/document.xml is implausibly large";
        DocxXml { error: String } =>
            "word/document.xml 无法读取或格式有误（{error}）",
            "word/document.xml cannot be read or is malformed ({error})";
        /// A notice warning at a line of a .txt notice.
        AtLine { line: usize, text: String } =>
            "第{line}行：{text}",
            "line {line}: {text}";
        /// A notice warning at a paragraph of a .docx notice.
        AtParagraph { line: usize, text: String } =>
            "第{line}段：{text}",
            "paragraph {line}: {text}";
        BeforeAnyTask { text: String } =>
            "“{text}”出现在第一项任务之前，未采用",
            "\"{text}\" comes before any task";
        UnrecognisedLine { attachment: String, text: String } =>
            "{attachment}中无法识别的行：“{text}”，未采用",
            "unrecognised line in {attachment}: \"{text}\"";
        RowWithoutNumber { row: String } =>
            "附件3：表格行的序号栏没有编号，未采用：“{row}”",
            "附件3: a table row without a number in 序号: \"{row}\"";
        RowCells { n: u32, cells: usize } =>
            "附件3：第{n}项有{cells}个单元格，应为4个（序号、项目名称、包联领导、牵头单位）",
            "附件3: row {n} has {cells} cells, expected 4 (序号, 项目名称, 包联领导, 牵头单位)";
        DuplicateTaskNumber { id: String } =>
            "任务编号{id}重复出现",
            "task number {id} appears twice";
        /// Task flags, shown in the task list and the ledger's task texts.
        FlagNoLead =>
            "无牵头单位",
            "no lead unit";
        FlagGroupsOnly =>
            "牵头单位均为单位组，无具体报送单位",
            "the lead units are all groups of units: no unit reports";
        FlagNoLeader =>
            "无责任人",
            "no leader";
        FlagNoProjectLeader =>
            "无包联领导",
            "no leader for the project";
        FlagSeeAttachment3 =>
            "责任人及牵头单位见附件3",
            "leaders and lead units in 附件3";
        /// 处理报告 提示: a task whose notice entry leaves something out, said once (the
        /// bulletin leaves the empty label out and says why a task is not counted).
        TaskNote { id: String, line: usize, flags: String } =>
            "通知第{line}行任务{id}：{flags}",
            "notice line {line}, task {id}: {flags}";
    }
}
