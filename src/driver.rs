//! The driver: owns the order of the stages and where outputs go.
//!
//! run:   settings -> templates -> register -> the period (`--period`, else the latest found,
//!        else the latest due by today's date: the only clock read) -> ingest (collect,
//!        extract, matching, merge: the Model) -> the office's decisions on the 调整节点, read
//!        from the master ledger on disk and put on the plans (`merge::decide`) -> compare
//!        (changes, every period of the year) -> assess (考核) -> renderers (ledger, bulletin, reminders, run report), each reading
//!        the Model and the [`Analysis`] -> commit -> console summary -> exit status.
//! tasks: settings -> register -> 任务清单.
//! forms: settings -> register -> earlier returns -> one workbook per unit.
//!
//! Each stage runs once, here, and hands its typed result down.

use crate::analysis::Analysis;
use crate::assess::Assessment;
use crate::cli::{Cli, Command, Folders, FormsArgs, RunArgs};
use crate::compare;
use crate::console;
use crate::merge::{self, PeriodChoice};
use crate::model::Model;
use crate::msg::ConsoleMsg;
use crate::outbox::{self, Outbox};
use crate::register::Register;
use crate::render::bulletin::Bulletin;
use crate::render::forms::plan::{PlanForms, PLAN_DIR};
use crate::render::forms::{Forms, FORMS_DIR};
use crate::render::ledger::Ledger;
use crate::render::report::RunReport;
use crate::render::task_list::TaskList;
use crate::render::{self, RenderContext, Renderer};
use crate::settings::Settings;
use crate::templates::Templates;
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};

/// Exit statuses of the CLI contract.
pub(crate) const EXIT_OK: u8 = 0;
pub(crate) const EXIT_ATTENTION: u8 = 1;
pub const EXIT_FAILED: u8 = 2;

pub fn main(cli: Cli) -> Result<u8> {
    match cli.command.unwrap_or(Command::Run(cli.run)) {
        Command::Run(args) => run(&args),
        Command::Tasks(folders) => tasks(&folders),
        Command::Forms(args) => forms(&args),
    }
}

fn load_register(input: &Path, settings: &Settings) -> Result<Register> {
    let notice = settings.notice_file(input);
    Register::load(&notice).with_context(|| ConsoleMsg::CannotBuildRegister.to_string())
}

/// The input folder exists and is a folder.
fn input_ready(input: &Path) -> Result<()> {
    if input.is_file() {
        let path = input.display().to_string();
        anyhow::bail!(ConsoleMsg::InputIsFile { path }.to_string());
    }
    if !input.is_dir() {
        let folder = input.display().to_string();
        anyhow::bail!(ConsoleMsg::NoInput { folder }.to_string());
    }
    Ok(())
}

/// The output folder exists (created) and takes a file, checked before anything is read so a
/// wrong `--output` is said first, naming the folder, not a file deep inside it.
fn output_ready(dir: &Path) -> Result<()> {
    if let Some(file) = dir.ancestors().find(|a| a.is_file()) {
        let path = file.display().to_string();
        anyhow::bail!(ConsoleMsg::OutputIsFile { path }.to_string());
    }
    let fail = |e: std::io::Error| {
        let folder = dir.display().to_string();
        let reason = crate::msg::io_reason(&e).to_string();
        anyhow::anyhow!(ConsoleMsg::OutputNotWritable { folder, reason }.to_string())
    };
    std::fs::create_dir_all(dir).map_err(fail)?;
    tempfile::Builder::new()
        .prefix(".duban-check")
        .tempfile_in(dir)
        .map_err(fail)?;
    Ok(())
}

fn setup(folders: &Folders) -> Result<(Settings, Register)> {
    input_ready(&folders.input)?;
    output_ready(&folders.output)?;
    let settings = Settings::load(&folders.input)?;
    let register = load_register(&folders.input, &settings)?;
    Ok((settings, register))
}

pub(crate) fn tasks(folders: &Folders) -> Result<u8> {
    let now = chrono::Local::now();
    let (settings, register) = setup(folders)?;
    crate::out!("{}", console::tasks_summary(&register));
    // 任务清单 needs no returns: it renders the model of a run in which nothing came in.
    let period = PeriodChoice::new(None, &settings, now.date_naive());
    let model = merge::merge_collected(register, &settings, Vec::new(), period);
    let analysis = Analysis::compute(&model, &settings);
    let templates = Templates::load(None)?;
    let out = Outbox::guarded(&folders.output, now);
    let ctx = RenderContext::new(
        &model,
        &analysis,
        &settings,
        &templates,
        folders.output.clone(),
        &out,
    );
    let files = TaskList.render(&ctx)?;
    let committed = out.commit_keeping()?;
    for p in files {
        let path = p.display().to_string();
        crate::outln!("{}", ConsoleMsg::WroteFile { path });
    }
    crate::out!("{}", console::kept_lines(&folders.output, &committed.kept));
    Ok(if model.register.warnings.is_empty() {
        EXIT_OK
    } else {
        EXIT_ATTENTION
    })
}

pub fn run(args: &RunArgs) -> Result<u8> {
    let folders = &args.folders;
    let clock = Clock::new(args.timings);
    let now = chrono::Local::now();
    input_ready(&folders.input)?;
    output_ready(&folders.output)?;
    let settings = Settings::load(&folders.input)?;
    // Templates first: a template error fails before any input is read.
    let templates = Templates::load(Some(&args.templates))?;
    let register = load_register(&folders.input, &settings)?;
    let period = PeriodChoice::new(args.period, &settings, now.date_naive());
    clock.lap(&ConsoleMsg::StageSetup.to_string(), clock.start);
    let t = std::time::Instant::now();
    let mut model = merge::ingest(register, &settings, &folders.input, period, !args.quiet);
    let dir = period_dir(&folders.output, &model);
    let decisions = office_decisions(&dir, &model);
    merge::decide(&mut model, decisions, &settings);
    clock.lap(&ConsoleMsg::StageIngest.to_string(), t);
    let t = std::time::Instant::now();
    let changes = compare::compare(&model, &settings);
    clock.lap(&ConsoleMsg::StageCompare.to_string(), t);
    let t = std::time::Instant::now();
    let assessment = Assessment::compute(&model, &changes, &settings);
    clock.lap(&ConsoleMsg::StageAssess.to_string(), t);
    let analysis = Analysis { changes, assessment };
    outbox::remove_stale_temps(&dir)?;
    let out = Outbox::guarded(&dir, now);
    let carried = own_columns(&dir, &model);
    let ctx = RenderContext {
        carried: carried.as_ref(),
        ..RenderContext::new(&model, &analysis, &settings, &templates, dir.clone(), &out)
    };
    let t = std::time::Instant::now();
    let mut written = render_all(&ctx, &[&Ledger, &Bulletin], &clock)?;
    // The run report lists the files that will be kept in 历史版本, so it is rendered once every
    // other output is staged; they move only at the commit, right before the renames.
    let mut targets = out.paths();
    targets.extend(render::report::paths(&dir));
    let kept = out
        .plan(&targets)
        .with_context(|| ConsoleMsg::CannotCompareManifest.to_string())?;
    let ctx = RenderContext { kept: &kept, ..ctx };
    written.extend(render_all(&ctx, &[&RunReport], &clock)?);
    clock.lap(&ConsoleMsg::StageRender.to_string(), t);
    let t = std::time::Instant::now();
    let committed = out
        .commit_keeping()
        .with_context(|| ConsoleMsg::CannotCommit.to_string())?;
    clock.lap(&ConsoleMsg::StageFlush.to_string(), t);
    crate::out!("{}", console::wrote_lines(&written));
    crate::out!("{}", console::kept_lines(&dir, &committed.kept));
    if let Some(summary) = carried.map(|c| c.summary()).filter(|s| !s.is_empty()) {
        crate::outln!("  {summary}");
    }
    for line in settings.deadline_source(model.current).lines() {
        crate::outln!("{line}");
    }
    if let Some(line) = no_returns(&model, &settings) {
        crate::outln!("{line}");
    }
    crate::out!("{}", console::run_summary(&model, &analysis.changes));
    clock.lap(&ConsoleMsg::StageTotal.to_string(), clock.start);
    Ok(if model.needs_attention() {
        EXIT_ATTENTION
    } else {
        EXIT_OK
    })
}

pub(crate) fn forms(args: &FormsArgs) -> Result<u8> {
    let now = chrono::Local::now();
    let (settings, register) = setup(&args.folders)?;
    // Earlier returns of the same year give the 上期进展 column.
    let model = merge::ingest(register, &settings, &args.folders.input, args.period, false);
    let analysis = Analysis::compute(&model, &settings);
    let templates = Templates::load(None)?;
    let dir = args.folders.output.join(args.period.file_title());
    outbox::remove_stale_temps(&dir)?;
    let out = Outbox::guarded(&dir, now);
    let ctx = RenderContext::new(&model, &analysis, &settings, &templates, dir.clone(), &out);
    let cannot = || ConsoleMsg::CannotWriteForms.to_string();
    if args.plan {
        let files = PlanForms.render(&ctx).with_context(cannot)?;
        let committed = out.commit_keeping().with_context(cannot)?;
        let dir_text = dir.join(PLAN_DIR).display().to_string();
        let forms = files.len();
        crate::outln!("{}", ConsoleMsg::WrotePlanForms { forms, dir: dir_text });
        crate::out!("{}", console::kept_lines(&dir, &committed.kept));
        return Ok(EXIT_OK);
    }
    let files = Forms.render(&ctx).with_context(cannot)?;
    let committed = out.commit_keeping().with_context(cannot)?;
    let forms = files.len().saturating_sub(1); // the last file is the index
                                               // The forms go out before the deadline: say which it is.
    for line in settings.deadline_source(args.period).lines() {
        crate::outln!("{line}");
    }
    let forms_dir = dir.join(FORMS_DIR).display().to_string();
    crate::outln!(
        "{}",
        ConsoleMsg::WroteForms {
            forms,
            dir: forms_dir
        }
    );
    crate::out!("{}", console::kept_lines(&dir, &committed.kept));
    Ok(EXIT_OK)
}

/// The warning for a run of a year no return was read for (a wrong `--period` or `year`).
fn no_returns(model: &Model, settings: &Settings) -> Option<ConsoleMsg> {
    if model.has_returns_of_year() {
        return None;
    }
    let year = model.current.year;
    let found: Vec<String> = model.return_years().iter().map(|y| y.to_string()).collect();
    Some(if found.is_empty() {
        ConsoleMsg::NoReturnsAtAll { year }
    } else {
        let found = crate::msg::join(&found);
        ConsoleMsg::NoReturnsForYear {
            year,
            found,
            settings_year: settings.year,
        }
    })
}

/// The office's own columns of the master ledger on disk, read before anything is rendered
/// (whether it is about to be kept in 历史版本 or is an earlier run's ledger that already
/// carried them: either way they go on into the new one); None when there is no ledger yet.
fn own_columns(dir: &Path, model: &Model) -> Option<render::ledger::carry::Carried> {
    let master = dir.join(render::ledger::file_name(None, model));
    master.is_file().then(|| render::ledger::carry::read(&master))
}

/// The office's decisions on the 调整节点, from the 节点计划 sheet of the master ledger on
/// disk (read before anything is compared or rendered, like its own columns); none when no
/// unit sent a plan or there is no ledger yet.
fn office_decisions(dir: &Path, model: &Model) -> Vec<crate::plan::Decision> {
    let master = dir.join(render::ledger::file_name(None, model));
    if model.plans.is_empty() || !master.is_file() {
        return Vec::new();
    }
    render::ledger::read_decisions(&master)
}

/// Runs `renderers` side by side (they only read the model); the files each staged, by name.
/// Nothing is moved into place unless all of them succeed.
fn render_all(
    ctx: &RenderContext,
    renderers: &[&dyn Renderer],
    clock: &Clock,
) -> Result<Vec<(&'static str, Vec<PathBuf>)>> {
    use rayon::prelude::*;
    let rendered: Vec<_> = renderers
        .par_iter()
        .map(|r| {
            let t = std::time::Instant::now();
            let files = r.render(ctx);
            clock.lap(&format!("  {}", r.name()), t);
            (r.name(), files)
        })
        .collect();
    rendered
        .into_iter()
        .map(|(name, files)| {
            let cannot = || {
                ConsoleMsg::CannotWrite {
                    name: name.to_string(),
                }
                .to_string()
            };
            Ok((name, files.with_context(cannot)?))
        })
        .collect()
}

/// `<output>/<2020年一季度>/` (the file title: `2020年半年`, as earlier runs named it)
pub(crate) fn period_dir(output: &Path, model: &Model) -> PathBuf {
    output.join(model.current.file_title())
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
            crate::errln!("{:>8.3} s  {what}", since.elapsed().as_secs_f64());
        }
    }
}
