//! Fuzz target: arbitrary bytes as a returned workbook, read by `collect` (format sniffing,
//! caps, calamine) and then extracted, matched and merged against the real register.
//! Run: `cargo fuzz run read_and_match -- -max_total_time=600` (see docs/PERFORMANCE.md).
//!
//! Two kinds of input:
//! - raw bytes: the file as a unit would send it (.xls mutations reach deep; a mutated zip
//!   mostly stops at its checksums, which is right but shallow);
//! - `ZIP\n` then entries separated by 0x1E, each `name\n` + content: the target packs them
//!   into a valid (stored) zip, so the mutator works on the XML inside an .xlsx or .ods.
//!
//! The file's name is taken from the input's length (`NAMES`), so the same bytes are also
//! tried as a .csv (the text sniffer is surer of a .csv), a .zip and a WPS .et; every input
//! goes through `collect::read_all`, which opens zip attachments (a `ZIP\n` input without
//! [Content_Types].xml is one: its entries are read as files, CSV and .docx among them).
//!
//! Panics: `collect::read_bytes` turns a panic inside a parser (calamine, cfb, zip) into a
//! Failed file, so a panic raised in a dependency is not a crash here unless it escapes;
//! any panic raised in duban's own code is. Set `DUBAN_FUZZ_STRICT=1` to abort on every panic.
#![no_main]

use duban::collect::{read_all, Collected};
use duban::merge::merge_collected;
use duban::period::{Period, PeriodKind};
use duban::register::Register;
use duban::settings::Settings;
use libfuzzer_sys::fuzz_target;
use std::io::{Cursor, Write};
use std::sync::{Once, OnceLock};

const ZIP_MODE: &[u8] = b"ZIP\n";
const SEPARATOR: u8 = 0x1E;
const MAX_ENTRIES: usize = 64;
/// The names a fuzz input is read under, chosen by its length.
const NAMES: [&str; 4] = ["fuzz.xlsx", "fuzz.csv", "fuzz.zip", "fuzz.et"];

fn register() -> &'static Register {
    static R: OnceLock<Register> = OnceLock::new();
    R.get_or_init(|| {
        let notice = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../input/notice.txt");
        Register::load(&notice).expect("the shipped notice loads")
    })
}

/// Lets panics raised inside dependencies unwind to collect's guard; everything else goes
/// to libFuzzer's hook, which aborts.
fn install_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        if std::env::var_os("DUBAN_FUZZ_STRICT").is_some() {
            return;
        }
        let fuzzer_hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let in_dependency = info
                .location()
                .is_some_and(|l| l.file().contains("/.cargo/registry/"));
            if !in_dependency {
                fuzzer_hook(info);
            }
        }));
    });
}

/// Packs `ZIP\n`-mode input into a stored zip; None for raw input.
fn assemble(data: &[u8]) -> Option<Vec<u8>> {
    let body = data.strip_prefix(ZIP_MODE)?;
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Stored);
    for part in body.split(|b| *b == SEPARATOR).take(MAX_ENTRIES) {
        let (name, content) = match part.iter().position(|b| *b == b'\n') {
            Some(i) => (&part[..i], &part[i + 1..]),
            None => (part, &[][..]),
        };
        let name = String::from_utf8_lossy(name);
        if zip.start_file(name.as_ref(), options).is_err() {
            continue;
        }
        zip.write_all(content).ok()?;
    }
    Some(zip.finish().ok()?.into_inner())
}

fuzz_target!(|data: &[u8]| {
    install_hook();
    let assembled = assemble(data);
    let bytes = assembled.as_deref().unwrap_or(data);
    let settings = Settings::default();
    let name = NAMES[data.len() % NAMES.len()];
    let collected: Vec<Collected> = read_all(bytes, name, None, &settings.limits, 0);
    let period = Period::new(2020, PeriodKind::Q1);
    let model = merge_collected(register().clone(), &settings, collected, period);
    for f in &model.files {
        // balanced(): rows read = matched + exception + other, and cells read = used + 其他
        // + exception rows + header/title/note rows.
        assert!(f.balanced(), "rows or cells not accounted for: {f:?}");
    }
});
