//! Pins of every `msg::CollectMsg` message built as a value, both languages whole.
//! Generated from src/msg once and kept by hand: a changed text must change here too.

use super::Pins;
use duban::msg::CollectMsg;

pub fn all(p: &mut Pins) {
    p.pin(
        CollectMsg::TooLarge { mb: 1.5, limit: 1.5 },
        "文件大小1.5 MB，超过上限1.5 MB（设置项 limits.max_file_bytes），未读取",
        "the file is 1.5 MB, larger than the limit of 1.5 MB (limits.max_file_bytes)",
    );
    p.pin(
        CollectMsg::CannotReadFile { error: "E".into() },
        "无法读取该文件（可能正被其他程序占用，或没有读取权限）：请关闭占用它的程序或检查权限后重新运行",
        "cannot read the file: E",
    );
    p.pin(
        CollectMsg::TooManyFiles { max: 3 },
        "未读取：input/ 中的文件超过3个（设置项 limits.max_files）",
        "not read: more than 3 files in input/ (limits.max_files)",
    );
    p.pin(
        CollectMsg::WalkError { error: "E".into() },
        "无法读取（可能没有读取权限）：请检查该文件或文件夹的权限后重新运行",
        "cannot read: E",
    );
    p.pin(
        CollectMsg::Symlink,
        "符号链接，不跟随读取",
        "a symbolic link: not followed",
    );
    p.pin(CollectMsg::NotRegularFile, "不是普通文件", "not a regular file");
    p.pin(
        CollectMsg::ReaderGaveUp,
        "工作簿已损坏：读取程序无法解析其内容（内部错误）",
        "damaged workbook: the reader gave up on its content (internal error)",
    );
    p.pin(
        CollectMsg::LockFile,
        "Office 临时锁定文件（工作簿打开时自动生成），不是报表",
        "an Office lock file (left while the workbook is open), not a return",
    );
    p.pin(
        CollectMsg::ThumbsDb,
        "Windows 缩略图缓存（Thumbs.db），不是报表",
        "a Windows thumbnail cache (Thumbs.db), not a return",
    );
    p.pin(
        CollectMsg::DsStore,
        "macOS 文件夹信息（.DS_Store），不是报表",
        "macOS folder metadata (.DS_Store), not a return",
    );
    p.pin(
        CollectMsg::DesktopIni,
        "Windows 文件夹设置（desktop.ini），不是报表",
        "Windows folder settings (desktop.ini), not a return",
    );
    p.pin(
        CollectMsg::ResourceFork,
        "macOS 资源分支文件（._*），不是报表",
        "a macOS resource-fork file (._*), not a return",
    );
    p.pin(
        CollectMsg::ZipLikeDamaged { error: "E".into() },
        "文件已损坏或不完整：开头像 Excel 工作簿，但无法打开：请该单位用 Excel 或 WPS 重新保存后再报送",
        "damaged or truncated file: it starts like a zip-based workbook but cannot be opened (E)",
    );
    p.pin(
        CollectMsg::OtherOpenDocument { mime: "MIME".into() },
        "其他类型的 OpenDocument 文件（MIME），不是工作簿",
        "an OpenDocument file of another kind (MIME), not a workbook",
    );
    p.pin(
        CollectMsg::PowerPoint,
        "PowerPoint 演示文稿，不是工作簿：请向该单位索要 Excel 报表",
        "a PowerPoint presentation, not a workbook: ask the unit for the Excel return",
    );
    p.pin(
        CollectMsg::CfbDamaged { error: "E".into() },
        "文件已损坏或不完整：开头像 Excel 97-2003 工作簿，但无法打开：请该单位用 Excel 或 WPS 重新保存后再报送",
        "damaged or truncated file: it starts like an Excel 97-2003 workbook but cannot be opened (E)",
    );
    p.pin(
        CollectMsg::CfbPanic,
        "文件已损坏：无法打开其 Office 容器",
        "damaged file: its Office container cannot be opened",
    );
    p.pin(
        CollectMsg::Password,
        "工作簿设有密码（已加密）：请该单位取消密码后重新报送",
        "password-protected (encrypted) workbook: ask the unit to remove the password",
    );
    p.pin(
        CollectMsg::OtherOffice,
        "其他类型的 Office 文件（不含工作簿）",
        "an Office file of another kind (it holds no workbook)",
    );
    p.pin(
        CollectMsg::EmptyFile,
        "空文件（0 字节）",
        "an empty file (0 bytes)",
    );
    p.pin(
        CollectMsg::EmptyZip,
        "空压缩包，不是工作簿",
        "an empty zip archive, not a workbook",
    );
    p.pin(
        CollectMsg::Pdf,
        "PDF 文档，不是工作簿：请向该单位索要 Excel 报表",
        "a PDF document, not a workbook: ask the unit for the Excel return",
    );
    p.pin(
        CollectMsg::Rtf,
        "RTF 文档，不是工作簿：请向该单位索要 Excel 报表",
        "an RTF document, not a workbook: ask the unit for the Excel return",
    );
    p.pin(CollectMsg::Image, "图片，不是工作簿", "an image, not a workbook");
    p.pin(
        CollectMsg::RarArchive,
        "rar/7z 压缩包，不是工作簿：如内有报表，请解压到 input/ 中",
        "a rar/7z archive, not a workbook: unpack it into input/ if it holds returns",
    );
    p.pin(
        CollectMsg::WebPage,
        "以工作簿文件名保存的网页或 XML 表格，不是真正的工作簿：请用 Excel 打开后另存为 .xlsx",
        "a web page or XML spreadsheet saved under a workbook name, not a real workbook: open it in Excel and save it as .xlsx",
    );
    p.pin(
        CollectMsg::Binary,
        "不是工作簿（无法识别的二进制内容）",
        "not a workbook (unrecognised binary content)",
    );
    p.pin(
        CollectMsg::ZipOpen { error: "E".into() },
        "工作簿已损坏或不完整：无法打开其 zip 压缩包：请该单位用 Excel 或 WPS 重新保存后再报送",
        "damaged or truncated workbook: the zip archive cannot be opened (E)",
    );
    p.pin(
        CollectMsg::TooManyEntries { n: 3, max: 3 },
        "压缩包内有3个条目（超过3个），不像是工作簿",
        "the archive holds 3 entries (more than 3): not a plausible workbook",
    );
    p.pin(
        CollectMsg::EntryUnreadable {
            index: 3,
            error: "E".into(),
        },
        "工作簿已损坏：压缩包第3个条目无法读取：请该单位用 Excel 或 WPS 重新保存后再报送",
        "damaged workbook: entry 3 of the archive cannot be read (E)",
    );
    p.pin(
        CollectMsg::EntryTooLarge {
            name: "N".into(),
            size: "SIZE".into(),
            limit: "LIMIT".into(),
        },
        "条目N解压后为SIZE（上限LIMIT），疑似压缩炸弹，拒绝读取",
        "entry N would inflate to SIZE (limit LIMIT): refused as a possible zip bomb",
    );
    p.pin(
        CollectMsg::EntryRatio {
            name: "N".into(),
            ratio: 3,
            size: "SIZE".into(),
            compressed: 3,
        },
        "条目N的压缩比为3:1（SIZE压缩为3字节），疑似压缩炸弹，拒绝读取",
        "entry N is compressed 3:1 (SIZE into 3 bytes): refused as a possible zip bomb",
    );
    p.pin(
        CollectMsg::TotalTooLarge { limit: "LIMIT".into(), name: "N".into() },
        "压缩包解压后总量超过LIMIT（到条目N时超出），疑似压缩炸弹，拒绝读取",
        "the archive would inflate to more than LIMIT in all (reached at entry N): refused as a possible zip bomb",
    );
    p.pin(
        CollectMsg::EntryInflate {
            name: "N".into(),
            error: "E".into(),
        },
        "工作簿已损坏或不完整：条目N无法解压：请该单位用 Excel 或 WPS 重新保存后再报送",
        "damaged or truncated workbook: entry N cannot be inflated (E)",
    );
    p.pin(
        CollectMsg::EntryOverDeclared {
            name: "N".into(),
            declared: 3,
        },
        "条目N解压后超过其声明的3字节，疑似压缩炸弹，拒绝读取",
        "entry N inflates to more than the 3 bytes it declares: refused as a possible zip bomb",
    );
    p.pin(
        CollectMsg::EntryTakeOver {
            name: "N".into(),
            error: "E".into(),
        },
        "工作簿已损坏：条目N无法转存：请该单位用 Excel 或 WPS 重新保存后再报送",
        "damaged workbook: entry N cannot be taken over (E)",
    );
    p.pin(
        CollectMsg::ArchiveTakeOver { error: "E".into() },
        "工作簿已损坏：压缩包无法转存：请该单位用 Excel 或 WPS 重新保存后再报送",
        "damaged workbook: the archive cannot be taken over (E)",
    );
    p.pin(CollectMsg::Unnamed, "（无名条目）", "(unnamed)");
    p.pin(
        CollectMsg::SheetUnreadable {
            reason: "REASON".into(),
        },
        "该工作表无法读取，已略过：REASON",
        "this sheet cannot be read and was left out: REASON",
    );
    p.pin(
        CollectMsg::ZipBroken { error: "E".into() },
        "工作簿已损坏或不完整：其 zip 容器已损坏：请该单位用 Excel 或 WPS 重新保存后再报送",
        "damaged or truncated workbook: its zip container is broken (E)",
    );
    p.pin(
        CollectMsg::Malformed { error: "E".into() },
        "工作簿已损坏或不完整：内容残缺或格式有误：请该单位用 Excel 或 WPS 重新保存后再报送",
        "damaged or truncated workbook: its content is incomplete or malformed (E)",
    );
    p.pin(
        CollectMsg::Unreadable { error: "E".into() },
        "工作簿已损坏，无法读取：请该单位用 Excel 或 WPS 重新保存后再报送",
        "damaged workbook: it cannot be read (E)",
    );
    p.pin(
        CollectMsg::Beyond { rows: 3, cols: 3, cell: "D7".into() },
        "超出3行×3列上限（设置项 limits.max_rows、max_cols）的单元格已忽略，第一个在D7",
        "cells beyond the limit of 3 rows × 3 columns (limits.max_rows, max_cols) were ignored, the first at D7",
    );
    p.pin(
        CollectMsg::Capped { cell: "D7".into(), max: 3 },
        "读到D7时停止：该工作簿超过3个单元格（设置项 limits.max_cells），其余内容已忽略",
        "stopped reading at D7: the workbook holds more than 3 cells (limits.max_cells); the rest was ignored",
    );
    p.pin(
        CollectMsg::XlsDamaged { error: "E".into() },
        "Excel 97-2003 工作簿已损坏：请该单位用 Excel 或 WPS 重新保存后再报送",
        "damaged Excel 97-2003 workbook (E)",
    );
    p.pin(
        CollectMsg::XlsSpan { sheet: 3, first: "FIRST".into(), last: "LAST".into(), max: 3 },
        "第3个工作表的范围为FIRST:LAST，超过3个单元格的上限（设置项 limits.max_cells），无法安全读取该工作簿",
        "sheet 3 spans FIRST:LAST, more than the limit of 3 cells (limits.max_cells); the workbook cannot be read safely",
    );
    p.pin(
        CollectMsg::XlsSheetBeyondStream { sheet: 3 },
        "第3个工作表的起点超出了工作簿数据流的末尾",
        "sheet 3 starts beyond the end of the workbook stream",
    );
    p.pin(
        CollectMsg::OdsNoContent,
        "工作簿已损坏：缺少 content.xml",
        "damaged workbook: content.xml is missing",
    );
    p.pin(
        CollectMsg::OdsMalformed { error: "E".into() },
        "工作簿已损坏：content.xml 格式有误：请该单位用 Excel 或 WPS 重新保存后再报送",
        "damaged workbook: content.xml is malformed (E)",
    );
    p.pin(
        CollectMsg::OdsBeyond { rows: 3, cols: 3 },
        "有数值超出3行×3列的上限",
        "a value lies beyond the limit of 3 rows × 3 columns",
    );
    p.pin(
        CollectMsg::OdsTooManyCells { max: 3 },
        "工作表超过3个单元格的上限（设置项 limits.max_cells）",
        "the sheet grows past the limit of 3 cells (limits.max_cells)",
    );
    p.pin(
        CollectMsg::OdsRefused {
            sheet: "Sheet1".into(),
            cell: "D7".into(),
            what: "WHAT".into(),
        },
        "工作表Sheet1 / D7：WHAT，无法安全读取该工作簿",
        "sheet Sheet1 / D7: WHAT; the workbook cannot be read safely",
    );
    p.pin(
        CollectMsg::TextUndecodable,
        "文本文件的编码无法识别（不是 UTF-8，也不是 GBK/GB18030），未读取：请在 WPS 或 Excel 中另存为 .xlsx",
        "a text file in an encoding duban cannot recognise (not UTF-8, not GBK/GB18030): save it as .xlsx in WPS or Excel",
    );
    p.pin(
        CollectMsg::TextNotTable,
        "文本文件，各行不是以逗号、分号或制表符分隔的表格，不是报表",
        "a text file whose lines are not a comma-, semicolon- or tab-separated table: not a return",
    );
    p.pin(
        CollectMsg::DocxNoTable,
        "Word 文档中没有表格，不是报表：请单位报送 Excel 报表，或把进展填在 Word 表格中",
        "a Word document without a table, not a return: ask the unit for the Excel return or a Word table",
    );
    p.pin(
        CollectMsg::DocxDamaged { why: "WHY".into() },
        "Word 文档已损坏，无法读取：请该单位用 Word 或 WPS 重新保存后再报送",
        "damaged Word document: it cannot be read (WHY)",
    );
    p.pin(
        CollectMsg::ZipDamaged { why: "WHY".into() },
        "压缩包已损坏或不完整，无法打开：请该单位重新打包后再报送",
        "damaged or truncated zip archive: it cannot be opened (WHY)",
    );
    p.pin(
        CollectMsg::ZipEntryDamaged { why: "WHY".into() },
        "压缩包中的这个文件已损坏，无法解压：请该单位重新打包后再报送",
        "this file of the zip archive is damaged and cannot be inflated (WHY)",
    );
    p.pin(
        CollectMsg::ZipEntryEncrypted,
        "压缩包中的这个文件设有密码（已加密），无法读取：请单位去掉密码后重新报送",
        "this file of the zip archive is password-protected (encrypted): ask the unit to send it without a password",
    );
    p.pin(
        CollectMsg::ZipEntryTooLarge { mb: 1.5, limit: 1.5 },
        "压缩包中的这个文件解压后为 1.5 MB，超过单个文件上限 1.5 MB（limits.max_file_bytes），未读取",
        "this file of the zip archive inflates to 1.5 MB, larger than the limit of 1.5 MB for one file (limits.max_file_bytes)",
    );
    p.pin(
        CollectMsg::ZipEntryLies { declared: 3 },
        "压缩包中的这个文件解压后超过其声明的 3 字节，疑似压缩炸弹，未读取",
        "this file of the zip archive inflates to more than the 3 bytes it declares: refused as a possible zip bomb",
    );
    p.pin(
        CollectMsg::ZipTooDeep,
        "压缩包中的压缩包里又有压缩包：只打开一层嵌套，未读取；请解压后放入 input/",
        "a zip archive inside a zip inside a zip: only one level of nesting is opened; unpack it into input/",
    );
    p.pin(
        CollectMsg::OfficeOfAnotherKind,
        "Office 文件，但其中既不是工作簿也不是 Word 文档，不是报表",
        "an Office file that holds neither a workbook nor a Word document: not a return",
    );
    p.pin(
        CollectMsg::WpsText,
        "WPS 文字文档（.wps），不是报表：请单位另存为 .xlsx 或 .docx 后报送",
        "a WPS Writer document (.wps), not a return: ask the unit to save it as .xlsx or .docx",
    );
    p.pin(
        CollectMsg::Doc97,
        "Word 97-2003 文档（.doc），duban 不读此格式：请单位另存为 .docx 或 .xlsx 后报送",
        "a Word 97-2003 document (.doc), which duban does not read: ask the unit to save it as .docx or .xlsx",
    );
    p.pin(
        CollectMsg::EtNotWorkbook,
        "WPS 表格文件（.et/.ett），但其内容既不是 Excel 97-2003 工作簿也不是 .xlsx 工作簿，无法读取：请在 WPS 中另存为 .xlsx",
        "a WPS spreadsheet (.et/.ett) holding neither an Excel 97-2003 nor an .xlsx workbook: save it as .xlsx in WPS",
    );
    p.pin(
        CollectMsg::ArchiveNotOpened,
        "zip 压缩包：其中的文件须逐个读取",
        "a zip archive: its files are read one by one",
    );
    p.pin(
        CollectMsg::OdsUnclosed,
        "工作簿已损坏：content.xml 在未结束的元素中截止（文件不完整），无法安全读取",
        "damaged workbook: content.xml ends inside an unclosed element (the file is incomplete); it cannot be read safely",
    );
}
