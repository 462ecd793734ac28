//! The small part of reading a Word (.docx) file that the notice reader (`register::source`)
//! and the return reader (`collect::docx`) share: taking `word/document.xml` out of the
//! package within a size cap, and the text of a run's events (`w:t` text, character and
//! predefined entity references). Each reader walks the XML once, for its own purpose.

use quick_xml::events::BytesRef;
use std::io::Read;

/// Why `word/document.xml` could not be taken out; each reader words it in its own catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PartError {
    /// The package is no zip archive (the zip error's text).
    Zip(String),
    NoDocument,
    /// Larger than the cap.
    TooLarge,
    /// Inflating or decoding failed (the error's text).
    Read(String),
}

/// `word/document.xml` of the .docx `bytes` as text, at most `cap` bytes.
pub(crate) fn document_xml(bytes: &[u8], cap: u64) -> Result<String, PartError> {
    let mut zip =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| PartError::Zip(e.to_string()))?;
    let mut entry = zip
        .by_name("word/document.xml")
        .map_err(|_| PartError::NoDocument)?;
    if entry.size() > cap {
        return Err(PartError::TooLarge);
    }
    let mut xml = String::new();
    entry
        .by_ref()
        .take(cap)
        .read_to_string(&mut xml)
        .map_err(|e| PartError::Read(e.to_string()))?;
    Ok(xml)
}

/// Appends the character an entity or character reference inside `w:t` stands for (unknown
/// entities add nothing).
pub(crate) fn push_ref(out: &mut String, r: &BytesRef<'_>) {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        out.push(c);
    } else {
        let name = r.clone().into_inner();
        let known = quick_xml::escape::resolve_predefined_entity(&name);
        out.push_str(known.unwrap_or(""));
    }
}
