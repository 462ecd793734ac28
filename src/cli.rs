//! The command line (clap). Parsing only; [`crate::driver`] does the work.

use crate::period::Period;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "duban",
    version,
    about = "督办: merges the units' quarterly returns into a work ledger (工作台帐) and a supervision bulletin (督查通报)",
    after_help = "Plain `duban` is `duban run`: input/ -> output/, period inferred.\n\
                  Exit status: 0 all well, 1 finished but something needs attention, 2 could not run.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Options of `run`, for plain `duban`.
    #[command(flatten)]
    pub run: RunArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read every return under the input folder and write the ledger, bulletin and run report.
    Run(RunArgs),
    /// Print the task register read from the notice and write 任务清单.xlsx/.json.
    Tasks(Folders),
    /// Write a feedback workbook for every reporting unit, to send out before the deadline.
    Forms(FormsArgs),
}

#[derive(Debug, Args, Clone)]
pub struct Folders {
    /// Folder with the notice, duban.toml and the returned workbooks.
    #[arg(long, default_value = "input")]
    pub input: PathBuf,
    /// Folder the outputs are written to.
    #[arg(long, default_value = "output")]
    pub output: PathBuf,
}

impl Default for Folders {
    fn default() -> Self {
        Folders {
            input: PathBuf::from("input"),
            output: PathBuf::from("output"),
        }
    }
}

#[derive(Debug, Args, Clone, Default)]
pub struct RunArgs {
    #[command(flatten)]
    pub folders: Folders,
    /// Period to report on: 2020-Q1, 2020-H1, 2020-Q3, 2020-Y (or 2020一季度, 2020半年,
    /// 2020三季度, 2020全年). Default: the latest period found in the returns, else the
    /// latest whose deadline has passed.
    #[arg(long)]
    pub period: Option<Period>,
    /// Folder whose .hbs files override the built-in wording templates.
    #[arg(long, default_value = "templates")]
    pub templates: PathBuf,
    /// No progress bar.
    #[arg(long, short)]
    pub quiet: bool,
    /// Print how long each stage took, to standard error.
    #[arg(long)]
    pub timings: bool,
}

#[derive(Debug, Args, Clone)]
pub struct FormsArgs {
    #[command(flatten)]
    pub folders: Folders,
    /// Period the forms are for.
    #[arg(long)]
    pub period: Period,
}
