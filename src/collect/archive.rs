//! Zip attachments: a unit (or the office) sends several returns in one .zip.
//!
//! Each entry is read as if it were a file of input/, under the path
//! `区直单位半年报表.zip/区林业局半年.xlsx` (folders inside the archive kept), which is then
//! that file's path everywhere: its FileReport, every Place, every exception. Entries are
//! read in name order, each accounted for as its own [`Collected`]: directories are left out,
//! an encrypted entry, one too large or one that inflates to more than it declares is Failed
//! with a reason, a zip inside the zip is opened once (a zip inside that is named, not read).
//!
//! Names: Chinese Windows writes entry names in GBK without the UTF-8 flag. A name whose bytes
//! are valid UTF-8 (which ASCII is, and which every name written with the flag is) is taken as
//! UTF-8, any other as GB18030 (GBK's superset), never as the CP437 the zip format assumes.
//!
//! The zip-bomb guard checks the archive's declared sizes and ratios first (`zipguard`), then
//! each entry is inflated within its declared size and checked again by [`super::read_all`]
//! as a file of its own (a workbook entry is a zip too).

use super::{read_all, zipguard, Collected, Refusal};
use crate::msg;
use crate::settings::Limits;
use chrono::NaiveDate;
use encoding_rs::GB18030;
use std::io::{Cursor, Read};
use zip::ZipArchive;

/// Zips opened inside zips: the archive in input/ is level 0, a zip inside it level 1.
pub(crate) const MAX_DEPTH: usize = 1;

/// One entry, before it is read.
struct Entry {
    index: usize,
    name: String,
    is_dir: bool,
}

/// Reads every entry of the archive `bytes` found at `rel`, `depth` levels deep.
pub(crate) fn read(
    bytes: &[u8],
    rel: &str,
    modified: Option<NaiveDate>,
    limits: &Limits,
    depth: usize,
) -> Vec<Collected> {
    let failed = |r: Refusal| failed(rel, r);
    if depth > MAX_DEPTH {
        return vec![Collected::Skipped {
            path: rel.to_string(),
            reason: msg::CollectMsg::ZipTooDeep.to_string(),
        }];
    }
    if let Err(reason) = zipguard::check_declared_sizes(bytes, limits) {
        return failed(reason);
    }
    let mut zip = match ZipArchive::new(Cursor::new(bytes)) {
        Ok(z) => z,
        Err(e) => return failed(msg::CollectMsg::ZipDamaged { why: e.to_string() }.into()),
    };
    let mut entries: Vec<Entry> = (0..zip.len())
        .filter_map(|index| {
            let e = zip.by_index_raw(index).ok()?;
            Some(Entry {
                index,
                name: clean(&decode_name(e.name_raw())),
                is_dir: e.is_dir(),
            })
        })
        .collect();
    entries.sort_by(|a, b| a.name.cmp(&b.name).then(a.index.cmp(&b.index)));
    let mut out = Vec::new();
    for entry in entries.iter().filter(|e| !e.is_dir && !e.name.is_empty()) {
        let path = format!("{rel}/{}", entry.name);
        out.extend(read_entry(&mut zip, entry.index, &path, modified, limits, depth));
    }
    out
}

fn read_entry(
    zip: &mut ZipArchive<Cursor<&[u8]>>,
    index: usize,
    path: &str,
    modified: Option<NaiveDate>,
    limits: &Limits,
    depth: usize,
) -> Vec<Collected> {
    let failed = |r: Refusal| failed(path, r);
    let encrypted = zip.by_index_raw(index).map(|e| e.encrypted()).unwrap_or(false);
    if encrypted {
        return failed(msg::CollectMsg::ZipEntryEncrypted.into());
    }
    let mut entry = match zip.by_index(index) {
        Ok(e) => e,
        Err(e) => return failed(msg::CollectMsg::ZipEntryDamaged { why: e.to_string() }.into()),
    };
    let declared = entry.size();
    if declared > limits.max_file_bytes {
        return failed(
            msg::CollectMsg::ZipEntryTooLarge {
                mb: declared as f64 / 1048576.0,
                limit: limits.max_file_bytes as f64 / 1048576.0,
            }
            .into(),
        );
    }
    let modified = entry.last_modified().and_then(date).or(modified);
    let mut data = Vec::with_capacity(declared as usize);
    if let Err(e) = entry.by_ref().take(declared + 1).read_to_end(&mut data) {
        return failed(msg::CollectMsg::ZipEntryDamaged { why: e.to_string() }.into());
    }
    if data.len() as u64 > declared {
        return failed(msg::CollectMsg::ZipEntryLies { declared }.into());
    }
    drop(entry);
    read_all(&data, path, modified, limits, depth + 1)
}

/// The one result of an archive or entry that could not be read.
fn failed(path: &str, r: Refusal) -> Vec<Collected> {
    vec![r.failed(path, None)]
}

/// An entry name as its writer meant it: UTF-8 when the bytes are UTF-8, else GBK.
pub(crate) fn decode_name(raw: &[u8]) -> String {
    match std::str::from_utf8(raw) {
        Ok(s) => s.to_string(),
        Err(_) => GB18030.decode_without_bom_handling(raw).0.into_owned(),
    }
}

/// A name as a relative path: '\' as '/', no empty, `.` or `..` parts.
fn clean(name: &str) -> String {
    name.replace('\\', "/")
        .split('/')
        .filter(|p| !p.is_empty() && *p != "." && *p != "..")
        .collect::<Vec<_>>()
        .join("/")
}

/// An entry's modification date; 1980-01-01, the zip format's "no date", is none.
fn date(t: zip::DateTime) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(t.year() as i32, t.month() as u32, t.day() as u32)
        .filter(|d| *d > NaiveDate::from_ymd_opt(1980, 1, 1).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gbk_names_are_decoded_and_paths_cleaned() {
        let (gbk, _, _) = encoding_rs::GBK.encode("区林业局半年.xlsx");
        assert_eq!(decode_name(&gbk), "区林业局半年.xlsx");
        assert_eq!(decode_name("区财政局.xlsx".as_bytes()), "区财政局.xlsx");
        assert_eq!(clean("/a\\..\\b//./c.xlsx"), "a/b/c.xlsx");
    }
}
