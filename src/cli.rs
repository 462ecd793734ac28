//! The command line (clap). Parsing only; [`crate::driver`] does the work.
//!
//! The structs below declare the arguments; [`command`] gives every description, heading and
//! the `-h`/`-V` texts from the message catalogue in the run's language (so the doc comments
//! here are for readers of the code), and [`parse`] puts a lead line in that language before
//! clap's own parse errors.

use crate::msg::{self, ConsoleMsg};
use crate::period::Period;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use std::ffi::OsString;
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(name = "duban", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Options of `run`, for plain `duban`.
    #[command(flatten)]
    pub run: RunArgs,
    /// Language of everything duban writes: zh (the default) or en.
    #[arg(long, global = true)]
    pub(crate) lang: Option<String>,
    /// No progress bar; accepted by every command, before or after its name.
    #[arg(long, short, global = true)]
    pub quiet: bool,
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
    /// No progress bar: set from the global `-q` ([`Cli::quiet`]) by [`parse`].
    #[arg(skip)]
    pub quiet: bool,
    /// Print how long each stage took, to standard error.
    #[arg(long)]
    pub timings: bool,
}

#[derive(Debug, Args, Clone)]
pub struct FormsArgs {
    #[command(flatten)]
    pub(crate) folders: Folders,
    /// Period the forms are for.
    #[arg(long)]
    pub period: Period,
    /// Write each unit a 节点计划表 (the year's milestones) instead of the feedback form.
    #[arg(long)]
    pub(crate) plan: bool,
}

/// The `--lang` value in `args` (`--lang en`, `--lang=en`, anywhere on the line), and the
/// arguments without it. It is read before clap so that clap's help and errors already speak
/// the language, and taken out so that it never conflicts with a subcommand (plain `duban`
/// takes `run`'s options, so options before a subcommand are refused).
pub fn take_lang(args: Vec<OsString>) -> (Option<String>, Vec<OsString>) {
    let mut lang = None;
    let mut rest = Vec::with_capacity(args.len());
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        let text = a.to_string_lossy();
        if text == "--lang" {
            lang = it.next().map(|v| v.to_string_lossy().into_owned());
        } else if let Some(v) = text.strip_prefix("--lang=") {
            lang = Some(v.to_string());
        } else {
            rest.push(a);
        }
    }
    (lang, rest)
}

/// The clap command with every text from the catalogue, in the run's language.
pub fn command() -> clap::Command {
    let t = |m: ConsoleMsg| m.to_string();
    let folders = |c: clap::Command| {
        c.mut_arg("input", |a| dir_arg(a, ConsoleMsg::HelpInput))
            .mut_arg("output", |a| dir_arg(a, ConsoleMsg::HelpOutput))
    };
    let run = |c: clap::Command| {
        folders(c)
            .mut_arg("period", |a| {
                a.help(t(ConsoleMsg::HelpPeriod)).value_name(period_name())
            })
            .mut_arg("templates", |a| dir_arg(a, ConsoleMsg::HelpTemplates))
            .mut_arg("timings", |a| a.help(t(ConsoleMsg::HelpTimings)))
    };
    let cmd = run(Cli::command())
        .about(t(ConsoleMsg::HelpAbout))
        .override_usage(t(ConsoleMsg::UsageRoot))
        .after_help(t(ConsoleMsg::HelpAfter))
        .mut_arg("lang", |a| a.help(t(ConsoleMsg::HelpLang)).value_name("zh|en"))
        .mut_arg("quiet", |a| a.help(t(ConsoleMsg::HelpQuiet)))
        .mut_subcommand("run", |c| {
            run(c)
                .about(t(ConsoleMsg::HelpRun))
                .override_usage(t(ConsoleMsg::UsageRun))
        })
        .mut_subcommand("tasks", |c| {
            folders(c)
                .about(t(ConsoleMsg::HelpTasks))
                .override_usage(t(ConsoleMsg::UsageTasks))
        })
        .mut_subcommand("forms", |c| {
            folders(c)
                .about(t(ConsoleMsg::HelpForms))
                .override_usage(t(ConsoleMsg::UsageForms))
                .mut_arg("period", |a| {
                    a.help(t(ConsoleMsg::HelpFormsPeriod)).value_name(period_name())
                })
                .mut_arg("plan", |a| a.help(t(ConsoleMsg::HelpFormsPlan)))
        })
        .disable_help_subcommand(true)
        .subcommand(
            clap::Command::new("help")
                .about(t(ConsoleMsg::HelpHelpCommand))
                .override_usage(t(ConsoleMsg::UsageHelp))
                .arg(Arg::new("command").help(t(ConsoleMsg::HelpHelpCommandArg))),
        );
    let version = cmd.get_version().map(str::to_string);
    headings(cmd, version.as_deref())
}

/// A folder option: its help (which names the default) and value name.
fn dir_arg(a: Arg, help: ConsoleMsg) -> Arg {
    a.help(help.to_string())
        .value_name(folder_name())
        .hide_default_value(true)
}

fn folder_name() -> &'static str {
    match msg::lang() {
        msg::Lang::Zh => "文件夹",
        msg::Lang::En => "DIR",
    }
}

fn period_name() -> &'static str {
    match msg::lang() {
        msg::Lang::Zh => "报告期",
        msg::Lang::En => "PERIOD",
    }
}

/// Headings, the help layout and the -h / -V flags in the run's language, on the command and
/// every subcommand.
fn headings(cmd: clap::Command, version: Option<&str>) -> clap::Command {
    let t = |m: ConsoleMsg| m.to_string();
    let mut cmd = cmd
        .help_template(t(ConsoleMsg::HelpTemplate))
        .subcommand_help_heading(t(ConsoleMsg::HeadingCommands))
        .next_help_heading(t(ConsoleMsg::HeadingOptions))
        .mut_args(|a| a.help_heading(t(ConsoleMsg::HeadingOptions)))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(t(ConsoleMsg::HelpHelp))
                .help_heading(t(ConsoleMsg::HeadingOptions)),
        );
    if let Some(v) = version {
        cmd = cmd.version(v.to_string()).disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t(ConsoleMsg::HelpVersion))
                .help_heading(t(ConsoleMsg::HeadingOptions)),
        );
    }
    cmd.mut_subcommands(|c| headings(c, None))
}

/// Parses `args` with [`command`]. `Err` is the exit status after help, version or a parse
/// error was printed (a parse error led by a line in the run's language).
pub fn parse(args: Vec<OsString>) -> Result<Cli, u8> {
    // `-q` is taken out before clap, like `--lang`: anywhere on the line, with every command
    // (plain `duban` takes run's options, so clap refuses any option before a subcommand).
    let before = args.len();
    let args: Vec<OsString> = args.into_iter().filter(|a| a != "-q" && a != "--quiet").collect();
    let quiet = args.len() < before;
    let mut cmd = command();
    let typed = typed_command(&args);
    let matches = match cmd.try_get_matches_from_mut(args) {
        Ok(m) => m,
        Err(e) => return Err(clap_error(&e, typed)),
    };
    if let Some(("help", sub)) = matches.subcommand() {
        let target = sub.get_one::<String>("command").cloned();
        // Through the console, as every line: a redirected help is in the console's code page.
        let help = match target.as_deref().and_then(|n| cmd.find_subcommand_mut(n)) {
            Some(c) => c.render_help(),
            None => cmd.render_help(),
        };
        crate::out!("{help}");
        return Err(0);
    }
    let mut cli = Cli::from_arg_matches(&matches).map_err(|e| clap_error(&e, None))?;
    cli.quiet |= quiet;
    cli.run.quiet = cli.quiet;
    if let Some(Command::Run(run)) = &mut cli.command {
        run.quiet = cli.quiet;
    }
    Ok(cli)
}

/// Prints clap's error and returns the status. In Chinese the whole message is the
/// catalogue's: what is wrong (with the period's own reason), the option or command clap
/// suggests, and where to read the options (`command` is the subcommand typed, if any);
/// clap's English text is for `--lang en`.
fn clap_error(e: &clap::Error, command: Option<&str>) -> u8 {
    let code = e.exit_code().clamp(0, 255) as u8;
    if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) || msg::lang() == msg::Lang::En
    {
        // clap's own text, on its stream, through the console (code page, closed pipe).
        let text = e.render();
        match e.use_stderr() {
            true => crate::console::print(crate::console::Stream::Err, format_args!("{text}")),
            false => crate::out!("{text}"),
        }
        return code;
    }
    crate::errln!("{}", clap_lead(e));
    let suggested = [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand]
        .into_iter()
        .find_map(|k| match e.get(k) {
            Some(ContextValue::String(s)) => Some(s.clone()),
            Some(ContextValue::Strings(v)) if !v.is_empty() => Some(v.join(" / ")),
            _ => None,
        });
    if let Some(suggestion) = suggested {
        crate::errln!("{}", ConsoleMsg::CliSuggest { suggestion });
    }
    let command = match command {
        Some(c) => format!("duban {c}"),
        None => "duban".to_string(),
    };
    crate::errln!("{}", ConsoleMsg::CliHelpHint { command });
    code
}

/// The subcommand typed on the line, if any (its options are the ones that apply).
fn typed_command(args: &[OsString]) -> Option<&'static str> {
    args.iter()
        .skip(1)
        .find_map(|a| ["run", "tasks", "forms"].into_iter().find(|c| a == *c))
}

/// The catalogue's lead line for a clap error.
pub(crate) fn clap_lead(e: &clap::Error) -> ConsoleMsg {
    let ctx = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(" "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let arg = ctx(ContextKind::InvalidArg);
    match e.kind() {
        ErrorKind::UnknownArgument => ConsoleMsg::CliUnknownArgument { arg },
        ErrorKind::InvalidSubcommand => ConsoleMsg::CliUnknownCommand {
            name: ctx(ContextKind::InvalidSubcommand),
        },
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let value = ctx(ContextKind::InvalidValue);
            match std::error::Error::source(e) {
                _ if value.is_empty() => ConsoleMsg::CliMissingValue { arg },
                Some(why) => ConsoleMsg::CliInvalidValueWhy {
                    arg,
                    value,
                    why: why.to_string(),
                },
                None => ConsoleMsg::CliInvalidValue { arg, value },
            }
        }
        ErrorKind::TooManyValues => ConsoleMsg::CliNoValueExpected { arg },
        ErrorKind::NoEquals | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            ConsoleMsg::CliMissingValue { arg }
        }
        ErrorKind::MissingRequiredArgument => ConsoleMsg::CliMissingArgument { arg },
        ErrorKind::ArgumentConflict if arg.is_empty() => ConsoleMsg::CliConflict {
            arg: ctx(ContextKind::PriorArg),
        },
        ErrorKind::ArgumentConflict => ConsoleMsg::CliConflict { arg },
        _ => ConsoleMsg::CliOther,
    }
}
