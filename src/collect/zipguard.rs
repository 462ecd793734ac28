//! The zip-bomb guard for zip-based workbooks (xlsx, xlsm, xlsb, ods).
//!
//! Before any parser opens the archive: every entry's declared uncompressed size, their total
//! and each large entry's compression ratio are checked against the limits, then every entry
//! is inflated into a counter (never into memory) to prove it holds what it declares and
//! that its checksum is right. A failed check is a plain-words reason naming the entry.

use crate::settings::Limits;
use std::io::{self, Cursor, Read};
use zip::ZipArchive;

/// Entries more compressed than this are bombs, once they are larger than [`RATIO_FLOOR`].
const MAX_RATIO: u64 = 200;
const RATIO_FLOOR: u64 = 1 << 20;
/// Real workbooks hold a few dozen entries; a huge count only costs time.
const MAX_ENTRIES: usize = 10_000;

/// Checks the archive; `Err` is the reason the workbook is refused.
pub fn check(bytes: &[u8], limits: &Limits) -> Result<(), String> {
    let mut zip = ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| format!("damaged or truncated workbook: the zip archive cannot be opened ({e})"))?;
    if zip.len() > MAX_ENTRIES {
        return Err(format!(
            "the archive holds {} entries (more than {MAX_ENTRIES}): not a plausible workbook",
            zip.len()
        ));
    }
    check_declared(&mut zip, limits)?;
    check_actual(&mut zip)
}

/// Declared sizes and ratios, from the central directory only.
fn check_declared(zip: &mut ZipArchive<Cursor<&[u8]>>, limits: &Limits) -> Result<(), String> {
    let mut total: u64 = 0;
    for i in 0..zip.len() {
        let entry = zip
            .by_index_raw(i)
            .map_err(|e| format!("damaged workbook: entry {i} of the archive cannot be read ({e})"))?;
        let name = entry_name(&entry);
        let size = entry.size();
        if size > limits.max_unzipped_bytes {
            return Err(format!(
                "entry {name} would inflate to {} (limit {}): refused as a possible zip bomb",
                mb(size),
                mb(limits.max_unzipped_bytes)
            ));
        }
        let ratio = size / entry.compressed_size().max(1);
        if size > RATIO_FLOOR && ratio > MAX_RATIO {
            return Err(format!(
                "entry {name} is compressed {ratio}:1 ({} into {} bytes): refused as a possible zip bomb",
                mb(size),
                entry.compressed_size()
            ));
        }
        total = total.saturating_add(size);
        if total > limits.max_unzipped_bytes {
            return Err(format!(
                "the archive would inflate to more than {} in all (reached at entry {name}): refused as a possible zip bomb",
                mb(limits.max_unzipped_bytes)
            ));
        }
    }
    Ok(())
}

/// Inflates every entry into a counter: more bytes than declared, or a bad checksum, fails.
fn check_actual(zip: &mut ZipArchive<Cursor<&[u8]>>) -> Result<(), String> {
    for i in 0..zip.len() {
        let entry = zip
            .by_index(i)
            .map_err(|e| format!("damaged workbook: entry {i} of the archive cannot be read ({e})"))?;
        let name = entry_name(&entry);
        let declared = entry.size();
        let read = io::copy(&mut entry.take(declared.saturating_add(1)), &mut io::sink())
            .map_err(|e| format!("damaged or truncated workbook: entry {name} cannot be inflated ({e})"))?;
        if read > declared {
            return Err(format!(
                "entry {name} inflates to more than the {declared} bytes it declares: refused as a possible zip bomb"
            ));
        }
    }
    Ok(())
}

fn entry_name<R: Read>(entry: &zip::read::ZipFile<'_, R>) -> String {
    entry
        .name()
        .map(|n| n.into_owned())
        .unwrap_or_else(|_| "(unnamed)".into())
}

fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / (1024.0 * 1024.0))
}
