//! The zip-bomb guard for zip-based workbooks (xlsx, xlsm, xlsb, ods, docx) and zip archives.
//!
//! Before any parser opens the archive: every entry's declared uncompressed size, their total
//! and each large entry's compression ratio are checked against the limits, then every entry
//! is inflated to prove it holds what it declares and that its checksum is right. A failed
//! check is a plain-words reason naming the entry.
//!
//! A workbook that inflates to at most [`REPACK_BYTES`] (every real return) is inflated into
//! memory and handed on as the same entries stored uncompressed, but for the parts no reader
//! looks at (pictures, theme, document properties), so the parser reads them without
//! inflating them again (calamine reads a worksheet twice: cells, then merged ranges). A
//! larger one is inflated into a counter and parsed from its own bytes.

use super::Refusal;
use crate::msg::CollectMsg;
use crate::settings::Limits;
use std::io::{self, Cursor, Read, Write};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

/// Largest inflated workbook handed on stored: the memory it costs per file read at once.
pub(crate) const REPACK_BYTES: u64 = 16 * 1024 * 1024;

/// Entries more compressed than this are bombs, once they are larger than [`RATIO_FLOOR`].
const MAX_RATIO: u64 = 200;
const RATIO_FLOOR: u64 = 1 << 20;
/// Real workbooks hold a few dozen entries; a huge count only costs time.
const MAX_ENTRIES: usize = 10_000;

/// Checks the archive; `Err` is the reason the workbook is refused. `Ok` holds the archive
/// with its entries stored, when it was small enough to repack ([`REPACK_BYTES`]).
pub(crate) fn check(bytes: &[u8], limits: &Limits) -> Result<Option<Vec<u8>>, Refusal> {
    let mut zip = open(bytes)?;
    let declared = check_declared(&mut zip, limits)?;
    if declared.total <= REPACK_BYTES {
        let stored = repack(&mut zip, &declared)?;
        Ok(Some(stored))
    } else {
        check_actual(&mut zip).map(|()| None)
    }
}

/// The declared-size checks of [`check`] alone, for a zip archive of files (`archive`),
/// whose entries are then inflated and checked one by one.
pub(crate) fn check_declared_sizes(bytes: &[u8], limits: &Limits) -> Result<(), Refusal> {
    let mut zip = open(bytes)?;
    check_declared(&mut zip, limits).map(|_| ())
}

fn open(bytes: &[u8]) -> Result<ZipArchive<Cursor<&[u8]>>, Refusal> {
    let zip =
        ZipArchive::new(Cursor::new(bytes)).map_err(|e| CollectMsg::ZipOpen { error: e.to_string() })?;
    if zip.len() > MAX_ENTRIES {
        return Err(CollectMsg::TooManyEntries {
            n: zip.len(),
            max: MAX_ENTRIES,
        }
        .into());
    }
    Ok(zip)
}

/// What the central directory declares: the inflated size of all entries, and of the largest.
struct Declared {
    total: u64,
    largest: u64,
}

/// Declared sizes and ratios, from the central directory only.
fn check_declared(zip: &mut ZipArchive<Cursor<&[u8]>>, limits: &Limits) -> Result<Declared, Refusal> {
    let (mut total, mut largest) = (0u64, 0u64);
    for i in 0..zip.len() {
        let entry = zip.by_index_raw(i).map_err(|e| unreadable_entry(i, &e))?;
        let name = entry_name(&entry);
        let size = entry.size();
        if size > limits.max_unzipped_bytes {
            return Err(CollectMsg::EntryTooLarge {
                name,
                size: mb(size),
                limit: mb(limits.max_unzipped_bytes),
            }
            .into());
        }
        let ratio = size / entry.compressed_size().max(1);
        if size > RATIO_FLOOR && ratio > MAX_RATIO {
            return Err(CollectMsg::EntryRatio {
                name,
                ratio,
                size: mb(size),
                compressed: entry.compressed_size(),
            }
            .into());
        }
        total = total.saturating_add(size);
        largest = largest.max(size);
        if total > limits.max_unzipped_bytes {
            return Err(CollectMsg::TotalTooLarge {
                limit: mb(limits.max_unzipped_bytes),
                name,
            }
            .into());
        }
    }
    Ok(Declared { total, largest })
}

/// Inflates every entry into a counter: more bytes than declared, or a bad checksum, fails.
fn check_actual(zip: &mut ZipArchive<Cursor<&[u8]>>) -> Result<(), Refusal> {
    for i in 0..zip.len() {
        inflate_entry(zip, i, &mut io::sink())?;
    }
    Ok(())
}

/// Inflates entry `i` into `out`, never more than it declares; its name.
fn inflate_entry(
    zip: &mut ZipArchive<Cursor<&[u8]>>,
    i: usize,
    out: &mut impl Write,
) -> Result<String, Refusal> {
    let entry = zip.by_index(i).map_err(|e| unreadable_entry(i, &e))?;
    let name = entry_name(&entry);
    let declared = entry.size();
    let read =
        io::copy(&mut entry.take(declared.saturating_add(1)), out).map_err(|e| CollectMsg::EntryInflate {
            name: name.clone(),
            error: e.to_string(),
        })?;
    if read > declared {
        return Err(CollectMsg::EntryOverDeclared { name, declared }.into());
    }
    Ok(name)
}

/// Parts no reader of duban looks at (pictures, the extended document properties): checked
/// like every entry, but left out of the stored copy. The theme stays (its colours resolve
/// the fill colours a status may be given by), and so do the core properties ([`KEPT`]).
const NOT_READ: &[&str] = &[
    "xl/media/",
    "xl/drawings/",
    "xl/printerSettings/",
    "docProps/",
    "Pictures/",
    "Thumbnails/",
];

/// Parts kept although under a [`NOT_READ`] folder: who wrote the workbook (duban's own
/// outputs are never returns).
const KEPT: &[&str] = &["docProps/core.xml"];

/// [`check_actual`], keeping what it inflates: the same entries, stored, in a new archive
/// (without the [`NOT_READ`] parts). The buffers are sized once from the declared sizes
/// (growing them entry by entry copied and faulted in fresh memory for every workbook).
fn repack(zip: &mut ZipArchive<Cursor<&[u8]>>, declared: &Declared) -> Result<Vec<u8>, Refusal> {
    let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    // Local header, central record and the name twice: about 100 bytes an entry.
    let room = declared.total as usize + zip.len() * 160;
    let mut out = ZipWriter::new(Cursor::new(Vec::with_capacity(room)));
    let mut data = Vec::with_capacity(declared.largest as usize);
    for i in 0..zip.len() {
        let unread = zip
            .name_for_index(i)
            .and_then(Result::ok)
            .is_some_and(|n| NOT_READ.iter().any(|p| n.starts_with(p)) && !KEPT.contains(&n.as_ref()));
        if unread {
            inflate_entry(zip, i, &mut io::sink())?;
            continue;
        }
        data.clear();
        let name = inflate_entry(zip, i, &mut data)?;
        let written = if name.ends_with('/') && data.is_empty() {
            out.add_directory(name.as_str(), stored)
        } else {
            out.start_file(name.as_str(), stored)
                .and_then(|()| out.write_all(&data).map_err(Into::into))
        };
        written.map_err(|e| CollectMsg::EntryTakeOver {
            name: name.clone(),
            error: e.to_string(),
        })?;
    }
    out.finish()
        .map(Cursor::into_inner)
        .map_err(|e| CollectMsg::ArchiveTakeOver { error: e.to_string() }.into())
}

/// The entry's name as its writer meant it (GBK names of Chinese Windows decoded).
fn entry_name<R: Read>(entry: &zip::read::ZipFile<'_, R>) -> String {
    super::archive::decode_name(entry.name_raw())
}

/// Entry `index` (0-based) cannot be read; the message counts from 1.
fn unreadable_entry(index: usize, e: &zip::result::ZipError) -> Refusal {
    CollectMsg::EntryUnreadable {
        index: index + 1,
        error: e.to_string(),
    }
    .into()
}

fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
}
