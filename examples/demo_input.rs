//! Rebuilds the demo year's returns under `<input>/returns/` from the notice:
//!
//!     cargo run --example demo_input -- input
//!
//! Reads `<input>/duban.toml` and the notice it names, plans the 一季度 and 半年 returns with
//! `duban::demo` (fixed seed: the same files every time), writes them as .xlsx plus the junk
//! an inbox holds, then converts the few planned as .xls/.ods with LibreOffice when `soffice`
//! is on PATH (otherwise they stay .xlsx, and it says so). The old `returns/` is replaced.

use anyhow::{Context, Result};
use duban::demo::{self, convert};
use duban::register::Register;
use duban::settings::Settings;
use std::path::PathBuf;

fn main() -> Result<()> {
    let input = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "input".into()));
    let settings = Settings::load(&input)?;
    let register = Register::load(&input.join(&settings.notice)).context("cannot read the notice")?;
    let scenario = demo::demo_scenario(&register, &settings);
    let dir = input.join("returns");
    if dir.exists() {
        std::fs::remove_dir_all(&dir).with_context(|| format!("cannot clear {}", dir.display()))?;
    }
    let written = demo::write_demo(&scenario, &register, &settings, &dir)?;
    println!(
        "wrote {} returns and {} other files to {}",
        written.returns.len(),
        written.junk.len(),
        dir.display()
    );
    match convert::soffice() {
        Some(soffice) => {
            let done = convert::convert_planned(&soffice, &scenario, &dir)?;
            println!("converted with LibreOffice: {}", done.join(", "));
        }
        None => println!("soffice not on PATH: the returns planned as .xls/.ods stay .xlsx"),
    }
    for period in &scenario.periods {
        let n = scenario.returns.iter().filter(|r| r.period == *period).count();
        println!(
            "{}: {n} returns; missing: {}; late: {}",
            period.title(),
            scenario.missing[period].join("、"),
            scenario.late[period].join("、")
        );
    }
    let mut own: Vec<String> = scenario
        .returns
        .iter()
        .filter(|r| r.layout != demo::Layout::Form)
        .map(|r| format!("{:?}: {}", r.layout, r.final_path()))
        .collect();
    own.sort();
    println!("not on our form as sent:\n  {}", own.join("\n  "));
    for (period, unit) in &scenario.corrected {
        println!("{}: {unit} sent a corrected return", period.title());
    }
    if let Some((period, unit)) = &scenario.docx_instead {
        println!("{}: {unit} sent a Word report instead of a sheet", period.title());
    }
    Ok(())
}
