//! Deciding what a file is from its name (only for well-known junk) and its first bytes
//! (for everything else), before any parser sees it.
//!
//! Hands on a [`Sniffed`]: a workbook [`Format`] (a CSV and a Word document with tables count
//! as workbooks), a zip archive of files, or the reason the file is skipped or failed. The
//! extension never decides the format: a .xls renamed .xlsx is read as a .xls, a WPS .et/.ett
//! is read as the Excel 97-2003 or .xlsx workbook it holds. The extension only words a reason
//! (a .wps is called a WPS document) and sets how sure the text sniffer must be that a text
//! is a table (`delimited::is_table`).

use super::{delimited, Format};
use crate::msg::CollectMsg;
use encoding_rs::Encoding;
use std::io::{Cursor, Read};
use zip::ZipArchive;

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
const EMPTY_ZIP_MAGIC: &[u8] = b"PK\x05\x06";
const CFB_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
/// Largest small entry ([Content_Types].xml, mimetype) read while sniffing.
const SMALL_ENTRY: u64 = 1 << 20;

/// What a file was taken for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Sniffed {
    Workbook(Format),
    /// A zip archive of files (no Office or OpenDocument package): its files are read.
    Archive,
    Skip(String),
    /// A workbook (or what claims to be one) that cannot be read.
    Fail(Option<Format>, super::Refusal),
}

/// Office lock files and folder clutter, recognised by name alone.
pub(crate) fn junk_name(file_name: &str) -> Option<CollectMsg> {
    let lower = file_name.to_lowercase();
    if file_name.starts_with("~$") {
        Some(CollectMsg::LockFile)
    } else if lower == "thumbs.db" {
        Some(CollectMsg::ThumbsDb)
    } else if lower == ".ds_store" {
        Some(CollectMsg::DsStore)
    } else if lower == "desktop.ini" {
        Some(CollectMsg::DesktopIni)
    } else if file_name.starts_with("._") {
        Some(CollectMsg::ResourceFork)
    } else {
        None
    }
}

/// True when the first bytes say zip or OLE, the two containers a workbook comes in.
pub(crate) fn looks_like_workbook(head: &[u8]) -> bool {
    head.starts_with(ZIP_MAGIC) || head.starts_with(CFB_MAGIC)
}

/// Decides the format of `bytes`; `rel` only words the reasons (a .csv is called CSV).
pub(crate) fn sniff(bytes: &[u8], rel: &str) -> Sniffed {
    let ext = extension(rel);
    let sniffed = if bytes.starts_with(ZIP_MAGIC) {
        sniff_zip(bytes)
    } else if bytes.starts_with(CFB_MAGIC) {
        sniff_cfb(bytes, &ext)
    } else if matches!(ext.as_str(), "et" | "ett") {
        return Sniffed::Skip(CollectMsg::EtNotWorkbook.to_string());
    } else {
        return other(bytes, &ext);
    };
    match sniffed {
        Sniffed::Skip(_) | Sniffed::Archive if matches!(ext.as_str(), "et" | "ett") => {
            Sniffed::Skip(CollectMsg::EtNotWorkbook.to_string())
        }
        s => s,
    }
}

/// The extension of the file name in `rel`, lower case ("" when none).
fn extension(rel: &str) -> String {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    name.rsplit_once('.')
        .map(|(_, e)| e.to_lowercase())
        .unwrap_or_default()
}

/// Neither zip nor OLE: a delimited text table, or the reason it is no return.
fn other(bytes: &[u8], ext: &str) -> Sniffed {
    if let Some(reason) = other_reason(bytes) {
        return Sniffed::Skip(reason.to_string());
    }
    match delimited::head_text(bytes) {
        None => Sniffed::Skip(CollectMsg::TextUndecodable.to_string()),
        Some(text) if delimited::is_table(&text, ext) => Sniffed::Workbook(Format::Csv),
        Some(_) => Sniffed::Skip(CollectMsg::TextNotTable.to_string()),
    }
}

fn sniff_zip(bytes: &[u8]) -> Sniffed {
    let mut zip = match ZipArchive::new(Cursor::new(bytes)) {
        Ok(z) => z,
        Err(e) => return Sniffed::Fail(None, CollectMsg::ZipLikeDamaged { error: e.to_string() }.into()),
    };
    let has = |zip: &ZipArchive<Cursor<&[u8]>>, name: &str| zip.index_for_name(name).is_some();
    if has(&zip, "xl/workbook.xml") {
        let macro_enabled = has(&zip, "xl/vbaProject.bin")
            || small_entry(&mut zip, "[Content_Types].xml").is_some_and(|t| t.contains("macroEnabled"));
        return Sniffed::Workbook(if macro_enabled { Format::Xlsm } else { Format::Xlsx });
    }
    if has(&zip, "xl/workbook.bin") {
        return Sniffed::Workbook(Format::Xlsb);
    }
    if let Some(mime) = small_entry(&mut zip, "mimetype") {
        let mime = mime.trim();
        if mime == "application/vnd.oasis.opendocument.spreadsheet" {
            return Sniffed::Workbook(Format::Ods);
        }
        if mime.starts_with("application/vnd.oasis.opendocument.") {
            return Sniffed::Skip(
                CollectMsg::OtherOpenDocument {
                    mime: mime.to_string(),
                }
                .to_string(),
            );
        }
    }
    if has(&zip, "word/document.xml") {
        return Sniffed::Workbook(Format::Docx);
    }
    if has(&zip, "ppt/presentation.xml") {
        return Sniffed::Skip(CollectMsg::PowerPoint.to_string());
    }
    if has(&zip, "[Content_Types].xml") || has(&zip, "mimetype") {
        return Sniffed::Skip(CollectMsg::OfficeOfAnotherKind.to_string());
    }
    Sniffed::Archive
}

/// A small entry as text, if present and no larger than [`SMALL_ENTRY`].
fn small_entry(zip: &mut ZipArchive<Cursor<&[u8]>>, name: &str) -> Option<String> {
    let entry = zip.by_name(name).ok()?;
    if entry.size() > SMALL_ENTRY {
        return None;
    }
    let mut text = String::new();
    entry.take(SMALL_ENTRY).read_to_string(&mut text).ok()?;
    Some(text)
}

fn sniff_cfb(bytes: &[u8], ext: &str) -> Sniffed {
    let opened = super::guarded::run(|| {
        cfb::CompoundFile::open(Cursor::new(bytes)).map(|c| {
            c.read_root_storage()
                .map(|e| e.name().to_string())
                .collect::<Vec<_>>()
        })
    });
    let names = match opened {
        Some(Ok(names)) => names,
        Some(Err(e)) => return Sniffed::Fail(None, CollectMsg::CfbDamaged { error: e.to_string() }.into()),
        None => return Sniffed::Fail(None, CollectMsg::CfbPanic.into()),
    };
    let has = |n: &str| names.iter().any(|x| x.eq_ignore_ascii_case(n));
    if has("EncryptionInfo") || has("EncryptedPackage") {
        Sniffed::Fail(None, CollectMsg::Password.into())
    } else if has("Workbook") || has("Book") {
        Sniffed::Workbook(Format::Xls)
    } else if has("WordDocument") && ext == "wps" {
        Sniffed::Skip(CollectMsg::WpsText.to_string())
    } else if has("WordDocument") {
        Sniffed::Skip(CollectMsg::Doc97.to_string())
    } else if has("PowerPoint Document") {
        Sniffed::Skip(CollectMsg::PowerPoint.to_string())
    } else {
        Sniffed::Skip(CollectMsg::OtherOffice.to_string())
    }
}

/// Why `bytes` are no text at all; None for text (whose table-ness the text sniffer decides).
fn other_reason(bytes: &[u8]) -> Option<CollectMsg> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower_head = String::from_utf8_lossy(&head[..head.len().min(512)]).to_lowercase();
    Some(if bytes.is_empty() {
        CollectMsg::EmptyFile
    } else if head.starts_with(EMPTY_ZIP_MAGIC) {
        CollectMsg::EmptyZip
    } else if head.starts_with(b"%PDF") {
        CollectMsg::Pdf
    } else if head.starts_with(b"{\\rtf") {
        CollectMsg::Rtf
    } else if head.starts_with(b"\x89PNG")
        || head.starts_with(&[0xFF, 0xD8, 0xFF])
        || head.starts_with(b"GIF8")
    {
        CollectMsg::Image
    } else if head.starts_with(b"Rar!") || head.starts_with(&[0x37, 0x7A, 0xBC, 0xAF]) {
        CollectMsg::RarArchive
    } else if lower_head.contains("<html")
        || lower_head.contains("urn:schemas-microsoft-com:office:spreadsheet")
    {
        CollectMsg::WebPage
    } else if head.contains(&0) && Encoding::for_bom(head).is_none() {
        CollectMsg::Binary
    } else {
        return None;
    })
}
