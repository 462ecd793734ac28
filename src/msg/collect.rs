//! Messages of reading input/ (walk, sniff, zip guard, readers, limits).

catalogue! {
    /// Messages of reading input/ (walk, sniff, zip guard, readers, limits).
    pub enum CollectMsg {
        /// A file over `limits.max_file_bytes`.
        TooLarge { mb: f64, limit: f64 } =>
            "文件大小{mb:.1} MB，超过上限{limit:.1} MB（设置项 limits.max_file_bytes），未读取",
            "the file is {mb:.1} MB, larger than the limit of {limit:.1} MB (limits.max_file_bytes)";
        /// The file system refused to hand over the file.
        CannotReadFile { error: String } =>
            "无法读取该文件（可能正被其他程序占用，或没有读取权限）：请关闭占用它的程序或检查权限后重新运行",
            "cannot read the file: {error}";
        /// A file past `limits.max_files`.
        TooManyFiles { max: usize } =>
            "未读取：input/ 中的文件超过{max}个（设置项 limits.max_files）",
            "not read: more than {max} files in input/ (limits.max_files)";
        /// The folder walk failed on an entry.
        WalkError { error: String } =>
            "无法读取（可能没有读取权限）：请检查该文件或文件夹的权限后重新运行",
            "cannot read: {error}";
        Symlink =>
            "符号链接，不跟随读取",
            "a symbolic link: not followed";
        NotRegularFile =>
            "不是普通文件",
            "not a regular file";
        /// A reader panicked on the file.
        ReaderGaveUp =>
            "工作簿已损坏：读取程序无法解析其内容（内部错误）",
            "damaged workbook: the reader gave up on its content (internal error)";
        LockFile =>
            "Office 临时锁定文件（工作簿打开时自动生成），不是报表",
            "an Office lock file (left while the workbook is open), not a return";
        ThumbsDb =>
            "Windows 缩略图缓存（Thumbs.db），不是报表",
            "a Windows thumbnail cache (Thumbs.db), not a return";
        DsStore =>
            "macOS 文件夹信息（.DS_Store），不是报表",
            "macOS folder metadata (.DS_Store), not a return";
        DesktopIni =>
            "Windows 文件夹设置（desktop.ini），不是报表",
            "Windows folder settings (desktop.ini), not a return";
        ResourceFork =>
            "macOS 资源分支文件（._*），不是报表",
            "a macOS resource-fork file (._*), not a return";
        /// Starts with the zip signature but the archive cannot be opened.
        ZipLikeDamaged { error: String } =>
            "文件已损坏或不完整：开头像 Excel 工作簿，但无法打开：请该单位用 Excel 或 WPS 重新保存后再报送",
            "damaged or truncated file: it starts like a zip-based workbook but cannot be opened ({error})";
        OtherOpenDocument { mime: String } =>
            "其他类型的 OpenDocument 文件（{mime}），不是工作簿",
            "an OpenDocument file of another kind ({mime}), not a workbook";
        PowerPoint =>
            "PowerPoint 演示文稿，不是工作簿：请向该单位索要 Excel 报表",
            "a PowerPoint presentation, not a workbook: ask the unit for the Excel return";
        /// Starts with the OLE signature but cannot be opened.
        CfbDamaged { error: String } =>
            "文件已损坏或不完整：开头像 Excel 97-2003 工作簿，但无法打开：请该单位用 Excel 或 WPS 重新保存后再报送",
            "damaged or truncated file: it starts like an Excel 97-2003 workbook but cannot be opened ({error})";
        /// The OLE reader panicked.
        CfbPanic =>
            "文件已损坏：无法打开其 Office 容器",
            "damaged file: its Office container cannot be opened";
        Password =>
            "工作簿设有密码（已加密）：请该单位取消密码后重新报送",
            "password-protected (encrypted) workbook: ask the unit to remove the password";
        OtherOffice =>
            "其他类型的 Office 文件（不含工作簿）",
            "an Office file of another kind (it holds no workbook)";
        EmptyFile =>
            "空文件（0 字节）",
            "an empty file (0 bytes)";
        EmptyZip =>
            "空压缩包，不是工作簿",
            "an empty zip archive, not a workbook";
        Pdf =>
            "PDF 文档，不是工作簿：请向该单位索要 Excel 报表",
            "a PDF document, not a workbook: ask the unit for the Excel return";
        Rtf =>
            "RTF 文档，不是工作簿：请向该单位索要 Excel 报表",
            "an RTF document, not a workbook: ask the unit for the Excel return";
        Image =>
            "图片，不是工作簿",
            "an image, not a workbook";
        RarArchive =>
            "rar/7z 压缩包，不是工作簿：如内有报表，请解压到 input/ 中",
            "a rar/7z archive, not a workbook: unpack it into input/ if it holds returns";
        WebPage =>
            "以工作簿文件名保存的网页或 XML 表格，不是真正的工作簿：请用 Excel 打开后另存为 .xlsx",
            "a web page or XML spreadsheet saved under a workbook name, not a real workbook: open it in Excel and save it as .xlsx";
        Binary =>
            "不是工作簿（无法识别的二进制内容）",
            "not a workbook (unrecognised binary content)";
        /// The zip guard cannot open the archive.
        ZipOpen { error: String } =>
            "工作簿已损坏或不完整：无法打开其 zip 压缩包：请该单位用 Excel 或 WPS 重新保存后再报送",
            "damaged or truncated workbook: the zip archive cannot be opened ({error})";
        TooManyEntries { n: usize, max: usize } =>
            "压缩包内有{n}个条目（超过{max}个），不像是工作簿",
            "the archive holds {n} entries (more than {max}): not a plausible workbook";
        EntryUnreadable { index: usize, error: String } =>
            "工作簿已损坏：压缩包第{index}个条目无法读取：请该单位用 Excel 或 WPS 重新保存后再报送",
            "damaged workbook: entry {index} of the archive cannot be read ({error})";
        EntryTooLarge { name: String, size: String, limit: String } =>
            "条目{name}解压后为{size}（上限{limit}），疑似压缩炸弹，拒绝读取",
            "entry {name} would inflate to {size} (limit {limit}): refused as a possible zip bomb";
        EntryRatio { name: String, ratio: u64, size: String, compressed: u64 } =>
            "条目{name}的压缩比为{ratio}:1（{size}压缩为{compressed}字节），疑似压缩炸弹，拒绝读取",
            "entry {name} is compressed {ratio}:1 ({size} into {compressed} bytes): refused as a possible zip bomb";
        TotalTooLarge { limit: String, name: String } =>
            "压缩包解压后总量超过{limit}（到条目{name}时超出），疑似压缩炸弹，拒绝读取",
            "the archive would inflate to more than {limit} in all (reached at entry {name}): refused as a possible zip bomb";
        EntryInflate { name: String, error: String } =>
            "工作簿已损坏或不完整：条目{name}无法解压：请该单位用 Excel 或 WPS 重新保存后再报送",
            "damaged or truncated workbook: entry {name} cannot be inflated ({error})";
        EntryOverDeclared { name: String, declared: u64 } =>
            "条目{name}解压后超过其声明的{declared}字节，疑似压缩炸弹，拒绝读取",
            "entry {name} inflates to more than the {declared} bytes it declares: refused as a possible zip bomb";
        EntryTakeOver { name: String, error: String } =>
            "工作簿已损坏：条目{name}无法转存：请该单位用 Excel 或 WPS 重新保存后再报送",
            "damaged workbook: entry {name} cannot be taken over ({error})";
        ArchiveTakeOver { error: String } =>
            "工作簿已损坏：压缩包无法转存：请该单位用 Excel 或 WPS 重新保存后再报送",
            "damaged workbook: the archive cannot be taken over ({error})";
        /// The name shown for a zip entry whose name cannot be read.
        Unnamed =>
            "（无名条目）",
            "(unnamed)";
        /// A sheet calamine cannot read (the rest of the workbook is read).
        SheetUnreadable { reason: String } =>
            "该工作表无法读取，已略过：{reason}",
            "this sheet cannot be read and was left out: {reason}";
        ZipBroken { error: String } =>
            "工作簿已损坏或不完整：其 zip 容器已损坏：请该单位用 Excel 或 WPS 重新保存后再报送",
            "damaged or truncated workbook: its zip container is broken ({error})";
        Malformed { error: String } =>
            "工作簿已损坏或不完整：内容残缺或格式有误：请该单位用 Excel 或 WPS 重新保存后再报送",
            "damaged or truncated workbook: its content is incomplete or malformed ({error})";
        Unreadable { error: String } =>
            "工作簿已损坏，无法读取：请该单位用 Excel 或 WPS 重新保存后再报送",
            "damaged workbook: it cannot be read ({error})";
        /// Cells past `limits.max_rows` / `max_cols` (xlsx, xls).
        Beyond { rows: u32, cols: u32, cell: String } =>
            "超出{rows}行×{cols}列上限（设置项 limits.max_rows、max_cols）的单元格已忽略，第一个在{cell}",
            "cells beyond the limit of {rows} rows × {cols} columns (limits.max_rows, max_cols) were ignored, the first at {cell}";
        /// The workbook reached `limits.max_cells`.
        Capped { cell: String, max: u64 } =>
            "读到{cell}时停止：该工作簿超过{max}个单元格（设置项 limits.max_cells），其余内容已忽略",
            "stopped reading at {cell}: the workbook holds more than {max} cells (limits.max_cells); the rest was ignored";
        XlsDamaged { error: String } =>
            "Excel 97-2003 工作簿已损坏：请该单位用 Excel 或 WPS 重新保存后再报送",
            "damaged Excel 97-2003 workbook ({error})";
        XlsSpan { sheet: usize, first: String, last: String, max: u64 } =>
            "第{sheet}个工作表的范围为{first}:{last}，超过{max}个单元格的上限（设置项 limits.max_cells），无法安全读取该工作簿",
            "sheet {sheet} spans {first}:{last}, more than the limit of {max} cells (limits.max_cells); the workbook cannot be read safely";
        XlsSheetBeyondStream { sheet: usize } =>
            "第{sheet}个工作表的起点超出了工作簿数据流的末尾",
            "sheet {sheet} starts beyond the end of the workbook stream";
        OdsNoContent =>
            "工作簿已损坏：缺少 content.xml",
            "damaged workbook: content.xml is missing";
        OdsMalformed { error: String } =>
            "工作簿已损坏：content.xml 格式有误：请该单位用 Excel 或 WPS 重新保存后再报送",
            "damaged workbook: content.xml is malformed ({error})";
        OdsBeyond { rows: u32, cols: u32 } =>
            "有数值超出{rows}行×{cols}列的上限",
            "a value lies beyond the limit of {rows} rows × {cols} columns";
        OdsTooManyCells { max: u64 } =>
            "工作表超过{max}个单元格的上限（设置项 limits.max_cells）",
            "the sheet grows past the limit of {max} cells (limits.max_cells)";
        /// An .ods refused by its pre-scan: where and why.
        OdsRefused { sheet: String, cell: String, what: String } =>
            "工作表{sheet} / {cell}：{what}，无法安全读取该工作簿",
            "sheet {sheet} / {cell}: {what}; the workbook cannot be read safely";
        /// A text file that is neither UTF-8 nor a Chinese encoding duban recognises.
        TextUndecodable =>
            "文本文件的编码无法识别（不是 UTF-8，也不是 GBK/GB18030），未读取：请在 WPS 或 Excel 中另存为 .xlsx",
            "a text file in an encoding duban cannot recognise (not UTF-8, not GBK/GB18030): save it as .xlsx in WPS or Excel";
        /// A text file whose lines do not form a delimited table.
        TextNotTable =>
            "文本文件，各行不是以逗号、分号或制表符分隔的表格，不是报表",
            "a text file whose lines are not a comma-, semicolon- or tab-separated table: not a return";
        /// A .docx without any table.
        DocxNoTable =>
            "Word 文档中没有表格，不是报表：请单位报送 Excel 报表，或把进展填在 Word 表格中",
            "a Word document without a table, not a return: ask the unit for the Excel return or a Word table";
        /// A .docx whose document part cannot be read.
        DocxDamaged { why: String } =>
            "Word 文档已损坏，无法读取：请该单位用 Word 或 WPS 重新保存后再报送",
            "damaged Word document: it cannot be read ({why})";
        /// A zip archive whose directory cannot be opened.
        ZipDamaged { why: String } =>
            "压缩包已损坏或不完整，无法打开：请该单位重新打包后再报送",
            "damaged or truncated zip archive: it cannot be opened ({why})";
        /// A zip entry that cannot be inflated.
        ZipEntryDamaged { why: String } =>
            "压缩包中的这个文件已损坏，无法解压：请该单位重新打包后再报送",
            "this file of the zip archive is damaged and cannot be inflated ({why})";
        /// A zip entry with a password.
        ZipEntryEncrypted =>
            "压缩包中的这个文件设有密码（已加密），无法读取：请单位去掉密码后重新报送",
            "this file of the zip archive is password-protected (encrypted): ask the unit to send it without a password";
        /// A zip entry larger than a file may be.
        ZipEntryTooLarge { mb: f64, limit: f64 } =>
            "压缩包中的这个文件解压后为 {mb:.1} MB，超过单个文件上限 {limit:.1} MB（limits.max_file_bytes），未读取",
            "this file of the zip archive inflates to {mb:.1} MB, larger than the limit of {limit:.1} MB for one file (limits.max_file_bytes)";
        /// A zip entry that inflates to more than it declares.
        ZipEntryLies { declared: u64 } =>
            "压缩包中的这个文件解压后超过其声明的 {declared} 字节，疑似压缩炸弹，未读取",
            "this file of the zip archive inflates to more than the {declared} bytes it declares: refused as a possible zip bomb";
        /// A zip inside a zip inside a zip.
        ZipTooDeep =>
            "压缩包中的压缩包里又有压缩包：只打开一层嵌套，未读取；请解压后放入 input/",
            "a zip archive inside a zip inside a zip: only one level of nesting is opened; unpack it into input/";
        /// A zip archive that is no Office file but holds OOXML or OpenDocument parts.
        OfficeOfAnotherKind =>
            "Office 文件，但其中既不是工作簿也不是 Word 文档，不是报表",
            "an Office file that holds neither a workbook nor a Word document: not a return";
        /// A WPS Writer document.
        WpsText =>
            "WPS 文字文档（.wps），不是报表：请单位另存为 .xlsx 或 .docx 后报送",
            "a WPS Writer document (.wps), not a return: ask the unit to save it as .xlsx or .docx";
        /// A Word 97-2003 document.
        Doc97 =>
            "Word 97-2003 文档（.doc），duban 不读此格式：请单位另存为 .docx 或 .xlsx 后报送",
            "a Word 97-2003 document (.doc), which duban does not read: ask the unit to save it as .docx or .xlsx";
        /// A .et/.ett whose content is no workbook duban knows.
        EtNotWorkbook =>
            "WPS 表格文件（.et/.ett），但其内容既不是 Excel 97-2003 工作簿也不是 .xlsx 工作簿，无法读取：请在 WPS 中另存为 .xlsx",
            "a WPS spreadsheet (.et/.ett) holding neither an Excel 97-2003 nor an .xlsx workbook: save it as .xlsx in WPS";
        /// read_bytes on an archive: its files are read one by one by read_all.
        ArchiveNotOpened =>
            "zip 压缩包：其中的文件须逐个读取",
            "a zip archive: its files are read one by one";
        /// An .ods whose content.xml ends inside an open element.
        OdsUnclosed =>
            "工作簿已损坏：content.xml 在未结束的元素中截止（文件不完整），无法安全读取",
            "damaged workbook: content.xml ends inside an unclosed element (the file is incomplete); it cannot be read safely";
    }
}

impl CollectMsg {
    /// The library's or the system's own words a message carries (its English text shows
    /// them, the Chinese one does not): kept for 处理报告.json only.
    pub(crate) fn detail(&self) -> Option<String> {
        use CollectMsg as M;
        match self {
            M::CannotReadFile { error }
            | M::WalkError { error }
            | M::ZipLikeDamaged { error }
            | M::CfbDamaged { error }
            | M::ZipOpen { error }
            | M::EntryUnreadable { error, .. }
            | M::EntryInflate { error, .. }
            | M::EntryTakeOver { error, .. }
            | M::ArchiveTakeOver { error }
            | M::ZipBroken { error }
            | M::Malformed { error }
            | M::Unreadable { error }
            | M::XlsDamaged { error }
            | M::OdsMalformed { error } => Some(error.clone()),
            M::DocxDamaged { why } | M::ZipDamaged { why } | M::ZipEntryDamaged { why } => Some(why.clone()),
            _ => None,
        }
    }
}
