//! The small part of reading a Word (.docx) file that the notice reader (`register::source`)
//! and the return reader (`collect::docx`) share: taking `word/document.xml` out of the
//! package within a size cap, and the text of a run's events (`w:t` text, character and
//! predefined entity references). Each reader walks the XML once, for its own purpose.

use quick_xml::events::BytesRef;
use std::io::Read;

/// `word/document.xml` of the .docx `bytes` as text, at most `cap` bytes; Err says why not.
pub fn document_xml(bytes: &[u8], cap: u64) -> Result<String, String> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let mut entry = zip
        .by_name("word/document.xml")
        .map_err(|_| "it has no word/document.xml (is it really a Word file?)".to_string())?;
    if entry.size() > cap {
        return Err("word/document.xml is implausibly large".into());
    }
    let mut xml = String::new();
    entry
        .by_ref()
        .take(cap)
        .read_to_string(&mut xml)
        .map_err(|e| e.to_string())?;
    Ok(xml)
}

/// Appends the character an entity or character reference inside `w:t` stands for (unknown
/// entities add nothing).
pub fn push_ref(out: &mut String, r: &BytesRef<'_>) {
    if let Ok(Some(c)) = r.resolve_char_ref() {
        out.push(c);
    } else {
        let name = r.clone().into_inner();
        let known = quick_xml::escape::resolve_predefined_entity(&name);
        out.push_str(known.unwrap_or(""));
    }
}
