//! Case folders: a temporary `input/` (the frozen notice in it, and whatever a test puts
//! beside it) with an `output/` next to it, read by the library ([`Case::ingest`]) or by the
//! built binary ([`Case::run`], [`duban`]). Every run of the binary prints its command, exit
//! status, stdout and stderr, which the test harness shows when the test fails.

use super::{fixture, notice, register};
use duban::merge::PeriodChoice;
use duban::model::Model;
use duban::period::Period;
use duban::settings::Settings;
use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Case {
    dir: tempfile::TempDir,
}

impl Case {
    /// `input/` holding the frozen notice as notice.txt.
    pub fn new() -> Case {
        let case = Case::empty();
        case.copy(&notice(), "notice.txt");
        case
    }

    /// `input/` with nothing in it.
    pub fn empty() -> Case {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("input")).unwrap();
        Case { dir }
    }

    /// Adds the frozen notice's settings as input/duban.toml.
    pub fn with_settings(self) -> Case {
        self.copy(&fixture("notice/duban.toml"), "duban.toml");
        self
    }

    /// The folder holding `input/` and `output/` (the binary's working directory).
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn input(&self) -> PathBuf {
        self.root().join("input")
    }

    pub fn output(&self) -> PathBuf {
        self.root().join("output")
    }

    /// Writes `bytes` to input/`rel` (folders made as needed); its path.
    pub fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let to = self.input().join(rel);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::write(&to, bytes).unwrap_or_else(|e| panic!("{}: {e}", to.display()));
        to
    }

    /// Copies `from` to input/`rel` (folders made as needed); its path.
    pub fn copy(&self, from: &Path, rel: &str) -> PathBuf {
        let to = self.input().join(rel);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(from, &to).unwrap_or_else(|e| panic!("{}: {e}", from.display()));
        to
    }

    /// Ingests input/ with the frozen register, as the driver does, for `period` (else the one
    /// the returns say, as if run on 2021-06-30: after the year, so with none found the
    /// year-end one is due); asserts that every file's rows balance (read = matched +
    /// exceptions + other).
    pub fn ingest(&self, settings: &Settings, period: Option<Period>) -> Model {
        let after_the_year = chrono::NaiveDate::from_ymd_opt(2021, 6, 30).unwrap();
        let choice = PeriodChoice::new(period, settings, after_the_year);
        let model = duban::merge::ingest(register(), settings, &self.input(), choice, false);
        for f in &model.files {
            assert!(f.balanced(), "row account does not balance: {f:?}");
        }
        model
    }

    /// `duban ARGS --input <input/> --output <output/>` in the case folder.
    pub fn run(&self, args: &[&str]) -> Run {
        let (input, output) = (self.input(), self.output());
        let mut all: Vec<&str> = args.to_vec();
        all.extend(["--input", input.to_str().unwrap()]);
        all.extend(["--output", output.to_str().unwrap()]);
        duban(self.root(), &all)
    }
}

/// What a run of the binary did.
pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Its exit status and output, for an assertion's message.
    pub fn text(&self) -> String {
        format!(
            "status: {:?}\n--- stdout\n{}\n--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

/// The built binary, to run in `dir` with the language from the command line only
/// (DUBAN_LANG and LANG removed, so a developer's shell does not change what tests see).
pub fn command(dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_duban"));
    cmd.current_dir(dir).env_remove("DUBAN_LANG").env_remove("LANG");
    cmd
}

/// `--lang` and the language this test process's messages are in, so that the binary
/// answers in the language the test expects.
pub fn lang_args() -> [&'static str; 2] {
    match duban::msg::lang() {
        duban::msg::Lang::Zh => ["--lang", "zh"],
        duban::msg::Lang::En => ["--lang", "en"],
    }
}

/// Runs the built binary ([`command`]) in `dir` with `args`.
pub fn duban(dir: &Path, args: &[&str]) -> Run {
    let out = command(dir).args(args).output().unwrap();
    let run = Run {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    eprintln!(
        "$ cd {} && duban {}\n{}",
        dir.display(),
        args.join(" "),
        run.text()
    );
    run
}
