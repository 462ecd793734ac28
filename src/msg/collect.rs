//! Messages of reading input/ (walk, sniff, zip guard, readers, limits).

catalogue! {
    /// Messages of reading input/ (walk, sniff, zip guard, readers, limits).
    pub enum Collect {
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
            "Word 文档已损坏，无法读取（{why}）",
            "damaged Word document: it cannot be read ({why})";
        /// A zip archive whose directory cannot be opened.
        ZipDamaged { why: String } =>
            "压缩包已损坏或不完整，无法打开（{why}）",
            "damaged or truncated zip archive: it cannot be opened ({why})";
        /// A zip entry that cannot be inflated.
        ZipEntryDamaged { why: String } =>
            "压缩包中的这个文件已损坏，无法解压（{why}）",
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
        /// .rar and .7z archives.
        RarOr7z =>
            "RAR 或 7z 压缩包，duban 不解此类格式：请解压后把其中的文件放入 input/，或改发 zip 压缩包",
            "a rar/7z archive, which duban does not unpack: unpack it into input/ or send a zip archive";
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
    }
}
