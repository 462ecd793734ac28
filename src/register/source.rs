//! Reads the notice file into numbered lines, whatever its format.
//!
//! A .txt notice is its lines. A .docx notice is its paragraphs, one line each, and its
//! tables written the way the .txt lays out attachment 3: each cell on a line led by a tab,
//! line breaks inside a cell as plain continuation lines, a blank line after each row. So
//! one parser ([`super::notice`]) serves both formats. The format is decided by the file's
//! signature, not its extension.

use crate::msg;
use quick_xml::events::Event;
use std::path::Path;

/// Largest notice read (the real one is 40 KB as text, 54 KB as .docx).
const MAX_NOTICE_BYTES: u64 = 20 * 1024 * 1024;

/// Why the notice cannot be read; its text comes from the catalogue ([`msg::RegisterMsg`]).
#[derive(Debug)]
pub enum NoticeError {
    Io { file: String, source: std::io::Error },
    Missing { file: String },
    BinaryDoc { file: String },
    Unsupported { file: String, why: String },
    BadDocx { file: String, why: String },
    Empty { file: String },
}

impl std::fmt::Display for NoticeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let m = match self {
            NoticeError::Io { file: n, source } => msg::RegisterMsg::NoticeIo {
                file: n.clone(),
                error: msg::io_reason(source).to_string(),
            },
            NoticeError::Missing { file: n } => msg::RegisterMsg::NoticeMissing { file: n.clone() },
            NoticeError::BinaryDoc { file: n } => msg::RegisterMsg::NoticeBinaryDoc { file: n.clone() },
            NoticeError::Unsupported { file: n, why } => msg::RegisterMsg::NoticeUnsupported {
                file: n.clone(),
                why: why.clone(),
            },
            NoticeError::BadDocx { file: n, why } => msg::RegisterMsg::NoticeBadDocx {
                file: n.clone(),
                why: why.clone(),
            },
            NoticeError::Empty { file: n } => msg::RegisterMsg::NoticeEmpty { file: n.clone() },
        };
        f.write_str(&m.to_string())
    }
}

/// The message already says the cause; the chain ends here.
impl std::error::Error for NoticeError {}

/// Where a line came from: a line of a .txt or a paragraph of a .docx.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineKind {
    Line,
    Paragraph,
}

impl LineKind {
    pub(crate) fn word(self) -> &'static str {
        match self {
            LineKind::Line => "line",
            LineKind::Paragraph => "paragraph",
        }
    }
}

pub(crate) struct NoticeLines {
    pub(crate) kind: LineKind,
    /// (1-based line or paragraph number, text)
    pub(crate) lines: Vec<(usize, String)>,
}

pub(crate) fn read_notice(path: &Path) -> Result<NoticeLines, NoticeError> {
    let file = path.display().to_string();
    let io = |source| NoticeError::Io {
        file: file.clone(),
        source,
    };
    let meta = match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(NoticeError::Missing { file }),
        other => other.map_err(io)?,
    };
    if meta.len() > MAX_NOTICE_BYTES {
        return Err(NoticeError::Unsupported {
            file,
            why: msg::RegisterMsg::NoticeTooLarge { bytes: meta.len() }.to_string(),
        });
    }
    let bytes = std::fs::read(path).map_err(io)?;
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err(NoticeError::BinaryDoc { file });
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return docx_lines(&bytes).map_err(|why| NoticeError::BadDocx { file, why });
    }
    // UTF-8 or GBK (as Notepad and WPS save it on a Chinese Windows), read like a CSV return.
    let text = crate::text::encoding::decode(&bytes).ok_or_else(|| NoticeError::Unsupported {
        file: file.clone(),
        why: msg::RegisterMsg::NotUtf8.to_string(),
    })?;
    let text = text.trim_start_matches('\u{feff}');
    Ok(NoticeLines {
        kind: LineKind::Line,
        lines: text
            .lines()
            .enumerate()
            .map(|(i, l)| (i + 1, l.trim_end_matches('\r').to_string()))
            .collect(),
    })
}

fn docx_lines(bytes: &[u8]) -> Result<NoticeLines, String> {
    use crate::wordxml::PartError;
    let xml = crate::wordxml::document_xml(bytes, 4 * MAX_NOTICE_BYTES).map_err(|e| match e {
        PartError::Zip(error) => msg::RegisterMsg::DocxZip { error }.to_string(),
        PartError::NoDocument => msg::RegisterMsg::DocxNoDocument.to_string(),
        PartError::TooLarge => msg::RegisterMsg::DocxTooLarge.to_string(),
        PartError::Read(error) => xml_error(&error),
    })?;
    let lines = document_lines(&xml)?;
    Ok(NoticeLines {
        kind: LineKind::Paragraph,
        lines: lines.into_iter().enumerate().map(|(i, l)| (i + 1, l)).collect(),
    })
}

/// Walks word/document.xml. Outside tables each paragraph is one entry (breaks inside a
/// paragraph start new entries); inside a table each cell becomes "\t" + its first line,
/// then its other lines, and each row ends with an empty entry.
fn document_lines(xml: &str) -> Result<Vec<String>, String> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut in_text = false;
    let mut cell_start = false;
    loop {
        match reader.read_event().map_err(|e| xml_error(&e))? {
            Event::Start(e) | Event::Empty(e) if matches!(e.local_name().as_ref(), "br" | "cr") => {
                out.push(std::mem::take(&mut cur));
            }
            Event::Empty(e) if e.local_name().as_ref() == "tab" => cur.push('\t'),
            Event::Start(e) => match e.local_name().as_ref() {
                "t" => in_text = true,
                "tc" => cell_start = true,
                "p" if cell_start => {
                    cur.push('\t');
                    cell_start = false;
                }
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "p" => out.push(std::mem::take(&mut cur)),
                "tr" => out.push(String::new()),
                _ => {}
            },
            Event::Text(t) if in_text => {
                cur.push_str(&t.xml10_content());
            }
            Event::GeneralRef(r) if in_text => crate::wordxml::push_ref(&mut cur, &r),
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

fn xml_error(e: &dyn std::fmt::Display) -> String {
    msg::RegisterMsg::DocxXml { error: e.to_string() }.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_cells_become_tab_led_lines() {
        let xml = r#"<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>标题</w:t></w:r></w:p>
        <w:tbl><w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>
        <w:tc><w:p><w:r><w:t>盐湖高新区</w:t><w:br/><w:t>区工信局</w:t></w:r></w:p></w:tc>
        <w:tc><w:p><w:r/></w:p></w:tc></w:tr></w:tbl>
        <w:p><w:r><w:t>A &amp; B</w:t></w:r></w:p></w:body></w:document>"#;
        let lines = document_lines(xml).unwrap();
        assert_eq!(
            lines,
            ["标题", "\t1", "\t盐湖高新区", "区工信局", "\t", "", "A & B"]
        );
    }

    #[test]
    fn binary_doc_gets_save_as_docx_message() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("notice.doc");
        std::fs::write(&p, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]).unwrap();
        let err = read_notice(&p).err().unwrap().to_string();
        assert!(err.contains("另存为 .docx"), "{err}");
        assert!(err.contains("notice.doc"), "{err}");
    }
}
