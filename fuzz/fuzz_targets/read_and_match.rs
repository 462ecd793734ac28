//! Fuzz target: arbitrary bytes as a returned workbook, read by `collect` (format sniffing,
//! caps, calamine) and then extracted, matched and merged against the real register.
//! Run: `cargo fuzz run read_and_match -- -max_total_time=600` (see docs/PERFORMANCE.md).
#![no_main]

use duban::collect::{read_bytes, Collected};
use duban::merge::merge_collected;
use duban::period::{Period, PeriodKind};
use duban::register::Register;
use duban::settings::Settings;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn register() -> &'static Register {
    static R: OnceLock<Register> = OnceLock::new();
    R.get_or_init(|| {
        let notice = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../input/notice.txt");
        Register::load(&notice).expect("the shipped notice loads")
    })
}

fuzz_target!(|data: &[u8]| {
    let settings = Settings::default();
    let collected: Collected = read_bytes(data, "fuzz.xlsx", None, &settings.limits);
    let period = Some(Period::new(2020, PeriodKind::Q1));
    let model = merge_collected(register().clone(), &settings, vec![collected], period);
    for f in &model.files {
        assert!(f.balanced(), "rows not accounted for: {f:?}");
    }
});
