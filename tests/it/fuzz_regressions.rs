//! Inputs the `read_and_match` fuzz target (fuzz/) found, kept so the fixes stay fixed.
//!
//! Every file under tests/fixtures/fuzz/ goes through exactly what the target does: raw bytes,
//! or a `ZIP\n` input packed into a stored zip, read under the name the target gives it
//! ([`fuzz_name`]) by `collect::read_all` (zip attachments opened), then
//! `merge::merge_collected` on the real register; none may panic and every file's row account
//! must balance. The named tests below pin what each input must now give.

use duban::collect::{read_all, Collected};
use duban::merge::merge_collected;
use duban::model::Model;
use duban::period::{Period, PeriodKind};
use duban::settings::Settings;
use std::io::{Cursor, Write};
use std::path::PathBuf;

fn dir() -> PathBuf {
    crate::support::fixture("fuzz")
}

/// The fuzz target's `ZIP\n` mode: entries separated by 0x1E, each `name\n` + content.
fn assemble(data: &[u8]) -> Option<Vec<u8>> {
    let body = data.strip_prefix(b"ZIP\n")?;
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for part in body.split(|b| *b == 0x1E).take(64) {
        let (name, content) = match part.iter().position(|b| *b == b'\n') {
            Some(i) => (&part[..i], &part[i + 1..]),
            None => (part, &[][..]),
        };
        if zip
            .start_file(String::from_utf8_lossy(name).as_ref(), options)
            .is_err()
        {
            continue;
        }
        zip.write_all(content).ok()?;
    }
    Some(zip.finish().ok()?.into_inner())
}

/// The name the fuzz target reads an input under, chosen by its length (fuzz_targets/*.rs).
fn fuzz_name(data: &[u8]) -> &'static str {
    const NAMES: [&str; 4] = ["fuzz.xlsx", "fuzz.csv", "fuzz.zip", "fuzz.et"];
    NAMES[data.len() % NAMES.len()]
}

/// What the fuzz target does with one input; returns the first collected file and the model.
fn replay(name: &str) -> (Collected, Model) {
    let data = std::fs::read(dir().join(name)).unwrap();
    let file = fuzz_name(&data);
    let bytes = assemble(&data).unwrap_or(data);
    let settings = Settings::default();
    let collected = read_all(&bytes, file, None, &settings.limits, 0);
    let register = crate::support::register();
    let period = Period::new(2020, PeriodKind::Q1);
    let model = merge_collected(register, &settings, collected.clone(), period);
    let collected = collected.into_iter().next().expect("every input gives a file");
    for f in &model.files {
        assert!(f.balanced(), "{name}: rows not accounted for: {f:?}");
    }
    (collected, model)
}

#[test]
fn every_kept_input_replays_cleanly() {
    let mut names: Vec<String> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.ends_with(".md"))
        .collect();
    names.sort();
    assert!(!names.is_empty());
    for name in names {
        replay(&name);
    }
}

/// Survey, not a check: which corpus inputs make a dependency panic inside collect's guard
/// (those become Failed files, not crashes). Run after fuzzing:
/// `cargo test --test it fuzz_regressions::survey -- --ignored --nocapture`.
#[test]
#[ignore = "needs fuzz/corpus/read_and_match from a fuzz run"]
fn survey_corpus_for_caught_panics() {
    use std::collections::BTreeMap;
    use std::sync::{Arc, Mutex};
    let corpus = crate::support::repo().join("fuzz/corpus/read_and_match");
    // Panic location -> (how many, the first input that raised it).
    let seen: Arc<Mutex<BTreeMap<String, (usize, String)>>> = Arc::default();
    let current: Arc<Mutex<String>> = Arc::default();
    let (record, input) = (seen.clone(), current.clone());
    std::panic::set_hook(Box::new(move |info| {
        let at = info.location().map(|l| format!("{}:{}", l.file(), l.line()));
        let name = input.lock().unwrap().clone();
        let mut seen = record.lock().unwrap();
        let e = seen.entry(at.unwrap_or_default()).or_insert((0, name));
        e.0 += 1;
    }));
    let limits = Settings::default().limits;
    let mut outcomes: BTreeMap<&str, usize> = BTreeMap::new();
    let mut paths: Vec<_> = std::fs::read_dir(corpus)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    for path in paths {
        *current.lock().unwrap() = path.file_name().unwrap().to_string_lossy().into_owned();
        let data = std::fs::read(&path).unwrap();
        let file = fuzz_name(&data);
        let bytes = assemble(&data).unwrap_or(data);
        for c in read_all(&bytes, file, None, &limits, 0) {
            let kind = match c {
                Collected::Workbook(w) => w.format.name(),
                Collected::Failed { .. } => "failed",
                Collected::Skipped { .. } => "skipped",
                Collected::Canonical { .. } => "canonical",
            };
            *outcomes.entry(kind).or_default() += 1;
        }
    }
    let _ = std::panic::take_hook();
    println!("outcomes: {outcomes:?}");
    for (at, (n, first)) in seen.lock().unwrap().iter() {
        println!("{n:6} caught panic at {at} (first: {first})");
    }
}

/// Spans as large as u64 (and unparsable, negative or zero ones) in an .ods: the merged ranges
/// that ods.rs gathers for calamine are saturated and clipped to the limits, the table name is
/// unescaped so the ranges reach their sheet, and the one task row is still matched.
#[test]
fn ods_huge_spans_are_clipped_to_the_limits() {
    let (collected, model) = replay("ods_huge_spans");
    let Collected::Workbook(wb) = collected else {
        panic!("{collected:?}");
    };
    let limits = Settings::default().limits;
    let sheet = &wb.sheets[0];
    assert_eq!(sheet.name, "A&B");
    let spans: Vec<(u32, u32, u32, u32)> = sheet
        .merged
        .iter()
        .map(|m| (m.first_row, m.first_col, m.last_row, m.last_col))
        .collect();
    assert_eq!(
        spans,
        [
            (0, 0, 0, 4),
            (2, 1, limits.max_rows - 1, limits.max_cols - 1),
            (3, 0, 4, 0)
        ]
    );
    let report = &model.files[0];
    assert_eq!(
        (report.rows_read, report.rows_matched, report.rows_other),
        (3, 1, 2),
        "{report:?}"
    );
}

/// A damaged .xls with a record too short for the fields calamine reads from it: calamine
/// 0.38 slices past its end (utils.rs, `read_u16`) inside collect's guard. Found by fuzz run
/// 6. The file is Failed with a reason, the run goes on.
#[test]
fn xls_with_a_record_shorter_than_its_fields_is_a_failed_file() {
    assert_damaged_and_alone("xls_record_shorter_than_its_fields");
}

/// A damaged .xls whose FAT chain points past the table: calamine 0.38 indexes out of range
/// (cfb.rs) inside collect's guard. The file is Failed with a reason, the run goes on.
#[test]
fn xls_with_a_fat_chain_out_of_range_is_a_failed_file() {
    assert_damaged_and_alone("xls_fat_chain_out_of_range");
}

/// The kept input is Failed as a damaged workbook (the reader's panic caught by collect's
/// guard), and the run accounts for it as its one file.
fn assert_damaged_and_alone(name: &str) {
    let (collected, model) = replay(name);
    let Collected::Failed { reason, .. } = &collected else {
        panic!("{collected:?}");
    };
    assert!(reason.starts_with("工作簿已损坏"), "{reason}");
    assert_eq!(model.files.len(), 1);
}

/// Fuzz run 7 (issue 15's session): an .ods whose content.xml stops inside `table:table`
/// made calamine 0.38 loop for ever (its table reader waits for `</table:table>` past the end
/// of the file; a libFuzzer timeout, not a panic, so collect's guard could not help). The ODS
/// pre-pass now refuses a content.xml that ends inside an open element. Run on a thread so a
/// regression fails here instead of hanging the suite.
#[test]
fn ods_cut_inside_a_table_is_refused_instead_of_hanging() {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(replay("ods_content_cut_inside_a_table").0);
    });
    let collected = rx
        .recv_timeout(std::time::Duration::from_secs(60))
        .expect("reading the cut .ods finished");
    match collected {
        Collected::Failed { reason, .. } => {
            assert_eq!(reason, duban::msg::CollectMsg::OdsUnclosed.to_string())
        }
        other => panic!("{other:?}"),
    }
}
