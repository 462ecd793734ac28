//! Writes a year of whole-table returns for a run by hand (issue 25's scale check):
//!
//!     cargo run --example whole_tables -- input /tmp/whole/input
//!
//! Copies the notice and duban.toml of the first folder into the second and writes, for every
//! reporting unit of the notice and each of 一季度, 半年 and 三季度, the whole district task
//! table with only the unit's own rows filled (`duban::demo::whole`, the five shapes in turn;
//! every fourth unit also fills a partner's or another unit's row). Then run
//! `duban run --input /tmp/whole/input --output /tmp/whole/output --period 2020三季度`.

use anyhow::{Context, Result};
use duban::demo::whole::{Shape, WholeTable};
use duban::demo::{period_folder, write_file};
use duban::period::{Period, PeriodKind};
use duban::register::Register;
use duban::settings::{Settings, SETTINGS_FILE};
use std::path::PathBuf;

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let from = PathBuf::from(args.next().unwrap_or_else(|| "input".into()));
    let to = PathBuf::from(args.next().context("usage: whole_tables <input> <new input>")?);
    let settings = Settings::load(&from)?;
    let notice = from.join(&settings.notice);
    let register = Register::load(&notice).context("cannot read the notice")?;
    for file in [notice.clone(), from.join(SETTINGS_FILE)] {
        let name = file.file_name().context("a file name")?;
        write_file(&to.join(name), &std::fs::read(&file)?)?;
    }
    let mut written = 0;
    for kind in [PeriodKind::Q1, PeriodKind::H1, PeriodKind::Q3] {
        let period = Period::new(settings.year, kind);
        let date = settings.deadline(period) - chrono::Duration::days(2);
        for (i, unit) in register.reporting_units().enumerate() {
            let foreign = match i % 4 {
                0 => unit.partner_tasks.iter().take(1).cloned().collect(),
                1 => register
                    .tasks
                    .iter()
                    .find(|t| !t.reported_by(&unit.name) && !unit.partner_tasks.contains(&t.id))
                    .map(|t| vec![t.id.clone()])
                    .unwrap_or_default(),
                _ => vec![],
            };
            let table = WholeTable {
                unit: unit.name.clone(),
                period,
                shape: Shape::ALL[(i + kind as usize) % Shape::ALL.len()],
                foreign,
                date,
            };
            let path = to
                .join("returns")
                .join(period_folder(period))
                .join(table.file_name());
            write_file(&path, &table.bytes(&register)?)?;
            written += 1;
        }
    }
    println!(
        "wrote {written} whole-table returns under {}",
        to.join("returns").display()
    );
    Ok(())
}
