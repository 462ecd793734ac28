//! The driver: owns the order of the stages and where outputs go.
//!
//! run:   settings -> templates -> register -> ingest (collect, extract, matching, merge)
//!        -> compare (changes since the previous period, stored in the model)
//!        -> renderers (ledger, bulletin, reminders, run report) -> exit status.
//! tasks: settings -> register -> 任务清单.
//! forms: settings -> register -> earlier returns -> one workbook per unit.

use crate::cli::{Cli, Command, Folders, FormsArgs, RunArgs};
use crate::compare;
use crate::merge;
use crate::model::Model;
use crate::register::Register;
use crate::render::{self, RenderContext, Renderer};
use crate::settings::Settings;
use crate::templates::Templates;
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};

/// Exit statuses of the CLI contract.
pub const EXIT_OK: u8 = 0;
pub const EXIT_ATTENTION: u8 = 1;
pub const EXIT_FAILED: u8 = 2;

pub fn main(cli: Cli) -> Result<u8> {
    match cli.command.unwrap_or(Command::Run(cli.run)) {
        Command::Run(args) => run(&args),
        Command::Tasks(folders) => tasks(&folders),
        Command::Forms(args) => forms(&args),
    }
}

fn load_register(input: &Path, settings: &Settings) -> Result<Register> {
    let notice = input.join(&settings.notice);
    Register::load(&notice).with_context(|| "cannot build the task register from the notice".to_string())
}

fn setup(folders: &Folders) -> Result<(Settings, Register)> {
    if !folders.input.is_dir() {
        anyhow::bail!("input folder {} does not exist", folders.input.display());
    }
    let settings = Settings::load(&folders.input)?;
    let register = load_register(&folders.input, &settings)?;
    Ok((settings, register))
}

pub fn tasks(folders: &Folders) -> Result<u8> {
    let (_settings, register) = setup(folders)?;
    print!("{}", render::tasks::summary(&register));
    for p in render::tasks::write(&register, &folders.output)? {
        println!("wrote {}", p.display());
    }
    Ok(if register.warnings.is_empty() {
        EXIT_OK
    } else {
        EXIT_ATTENTION
    })
}

pub fn run(args: &RunArgs) -> Result<u8> {
    let folders = &args.folders;
    let clock = Clock::new(args.timings);
    let settings = Settings::load(&folders.input)?;
    // Templates first: a template error fails before any input is read.
    let templates = Templates::load(Some(&args.templates))?;
    let register = load_register(&folders.input, &settings)?;
    clock.lap("settings, templates, register", clock.start);
    let t = std::time::Instant::now();
    let mut model = merge::ingest(register, &settings, &folders.input, args.period, !args.quiet);
    clock.lap("ingest (collect, extract, matching, merge)", t);
    let t = std::time::Instant::now();
    model.changes = compare::compare(&model, &settings);
    clock.lap("compare with the previous period", t);
    let dir = period_dir(&folders.output, &model);
    render::remove_stale_temps(&dir)?;
    let out = render::Outbox::new();
    let ctx = RenderContext {
        model: &model,
        settings: &settings,
        templates: &templates,
        dir,
        out: &out,
    };
    let renderers: [&dyn Renderer; 3] = [
        &render::ledger::Ledger,
        &render::bulletin::Bulletin,
        &render::report::RunReport,
    ];
    // The renderers only read the model: they run at the same time, and nothing is moved
    // into place unless all of them succeed.
    let rendered: Vec<_> = {
        use rayon::prelude::*;
        let t = std::time::Instant::now();
        let rendered = renderers
            .par_iter()
            .map(|r| {
                let t = std::time::Instant::now();
                let files = r.render(&ctx);
                clock.lap(&format!("  {}", r.name()), t);
                (r.name(), files)
            })
            .collect();
        clock.lap("render (side by side)", t);
        rendered
    };
    let mut written = Vec::new();
    for (name, files) in rendered {
        written.push((name, files.with_context(|| format!("cannot write the {name}"))?));
    }
    let t = std::time::Instant::now();
    out.commit().context("cannot move the outputs into place")?;
    clock.lap("flush and move into place", t);
    for (name, files) in written {
        if let Some(first) = files.first() {
            let more = match files.len() {
                1 => String::new(),
                2 => " (and 1 more file)".to_string(),
                n => format!(" (and {} more files)", n - 1),
            };
            println!("{name}: {}{more}", first.display());
        }
    }
    print!("{}", render::report::console_summary(&model));
    clock.lap("total", clock.start);
    Ok(if model.needs_attention() {
        EXIT_ATTENTION
    } else {
        EXIT_OK
    })
}

pub fn forms(args: &FormsArgs) -> Result<u8> {
    let (settings, register) = setup(&args.folders)?;
    // Earlier returns of the same year give the 上期进展 column.
    let model = merge::ingest(register, &settings, &args.folders.input, Some(args.period), false);
    let dir = args.folders.output.join(args.period.title());
    render::remove_stale_temps(&dir)?;
    let files = render::forms::write(&model, &settings, &dir).context("cannot write the feedback forms")?;
    let forms = files.len().saturating_sub(1); // the last file is the index
    println!(
        "wrote {forms} feedback forms and their index to {}",
        dir.join("反馈表").display()
    );
    Ok(EXIT_OK)
}

/// `<output>/<2020年一季度>/`
pub fn period_dir(output: &Path, model: &Model) -> PathBuf {
    output.join(model.current.title())
}

/// `--timings`: seconds per stage on standard error.
struct Clock {
    on: bool,
    start: std::time::Instant,
}

impl Clock {
    fn new(on: bool) -> Clock {
        Clock {
            on,
            start: std::time::Instant::now(),
        }
    }

    fn lap(&self, what: &str, since: std::time::Instant) {
        if self.on {
            eprintln!("{:>8.3} s  {what}", since.elapsed().as_secs_f64());
        }
    }
}
