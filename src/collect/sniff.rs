//! Deciding what a file is from its name (only for well-known junk) and its first bytes
//! (for everything else), before any parser sees it.
//!
//! Hands on a [`Sniffed`]: a workbook [`Format`], or the reason the file is skipped or failed.
//! The extension never decides the format: a .xls renamed .xlsx is read as a .xls.

use super::Format;
use crate::msg::Collect;
use std::io::{Cursor, Read};
use zip::ZipArchive;

const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
const EMPTY_ZIP_MAGIC: &[u8] = b"PK\x05\x06";
const CFB_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
/// Largest small entry ([Content_Types].xml, mimetype) read while sniffing.
const SMALL_ENTRY: u64 = 1 << 20;

/// What a file was taken for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sniffed {
    Workbook(Format),
    Skip(String),
    /// A workbook (or what claims to be one) that cannot be read.
    Fail(Option<Format>, String),
}

/// Office lock files and folder clutter, recognised by name alone.
pub fn junk_name(file_name: &str) -> Option<Collect> {
    let lower = file_name.to_lowercase();
    if file_name.starts_with("~$") {
        Some(Collect::LockFile)
    } else if lower == "thumbs.db" {
        Some(Collect::ThumbsDb)
    } else if lower == ".ds_store" {
        Some(Collect::DsStore)
    } else if lower == "desktop.ini" {
        Some(Collect::DesktopIni)
    } else if file_name.starts_with("._") {
        Some(Collect::ResourceFork)
    } else {
        None
    }
}

/// True when the first bytes say zip or OLE, the two containers a workbook comes in.
pub fn looks_like_workbook(head: &[u8]) -> bool {
    head.starts_with(ZIP_MAGIC) || head.starts_with(CFB_MAGIC)
}

/// Decides the format of `bytes`; `rel` only words the reasons (a .csv is called CSV).
pub fn sniff(bytes: &[u8], rel: &str) -> Sniffed {
    if bytes.starts_with(ZIP_MAGIC) {
        return sniff_zip(bytes);
    }
    if bytes.starts_with(CFB_MAGIC) {
        return sniff_cfb(bytes);
    }
    Sniffed::Skip(other_reason(bytes, rel).to_string())
}

fn sniff_zip(bytes: &[u8]) -> Sniffed {
    let mut zip = match ZipArchive::new(Cursor::new(bytes)) {
        Ok(z) => z,
        Err(e) => return Sniffed::Fail(None, Collect::ZipLikeDamaged { error: e.to_string() }.to_string()),
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
                Collect::OtherOpenDocument {
                    mime: mime.to_string(),
                }
                .to_string(),
            );
        }
    }
    let reason = if has(&zip, "word/document.xml") {
        Collect::WordDocx
    } else if has(&zip, "ppt/presentation.xml") {
        Collect::PowerPoint
    } else {
        Collect::ZipArchive
    };
    Sniffed::Skip(reason.to_string())
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

fn sniff_cfb(bytes: &[u8]) -> Sniffed {
    let opened = super::guarded::run(|| {
        cfb::CompoundFile::open(Cursor::new(bytes)).map(|c| {
            c.read_root_storage()
                .map(|e| e.name().to_string())
                .collect::<Vec<_>>()
        })
    });
    let names = match opened {
        Some(Ok(names)) => names,
        Some(Err(e)) => return Sniffed::Fail(None, Collect::CfbDamaged { error: e.to_string() }.to_string()),
        None => return Sniffed::Fail(None, Collect::CfbPanic.to_string()),
    };
    let has = |n: &str| names.iter().any(|x| x.eq_ignore_ascii_case(n));
    if has("EncryptionInfo") || has("EncryptedPackage") {
        Sniffed::Fail(None, Collect::Password.to_string())
    } else if has("Workbook") || has("Book") {
        Sniffed::Workbook(Format::Xls)
    } else if has("WordDocument") {
        Sniffed::Skip(Collect::WordDoc.to_string())
    } else if has("PowerPoint Document") {
        Sniffed::Skip(Collect::PowerPoint.to_string())
    } else {
        Sniffed::Skip(Collect::OtherOffice.to_string())
    }
}

fn other_reason(bytes: &[u8], rel: &str) -> Collect {
    let head = &bytes[..bytes.len().min(4096)];
    let lower_head = String::from_utf8_lossy(&head[..head.len().min(512)]).to_lowercase();
    let ext = rel
        .rsplit_once('.')
        .map(|(_, e)| e.to_lowercase())
        .unwrap_or_default();
    if bytes.is_empty() {
        Collect::EmptyFile
    } else if head.starts_with(EMPTY_ZIP_MAGIC) {
        Collect::EmptyZip
    } else if head.starts_with(b"%PDF") {
        Collect::Pdf
    } else if head.starts_with(b"{\\rtf") {
        Collect::Rtf
    } else if head.starts_with(b"\x89PNG")
        || head.starts_with(&[0xFF, 0xD8, 0xFF])
        || head.starts_with(b"GIF8")
    {
        Collect::Image
    } else if head.starts_with(b"Rar!") || head.starts_with(&[0x37, 0x7A, 0xBC, 0xAF]) {
        Collect::RarArchive
    } else if lower_head.contains("<html")
        || lower_head.contains("urn:schemas-microsoft-com:office:spreadsheet")
    {
        Collect::WebPage
    } else if head.contains(&0) {
        Collect::Binary
    } else if ext == "csv" {
        Collect::Csv
    } else {
        Collect::Text
    }
}
