//! The command line as the office types it: period words, `-q` and `--lang` with every
//! command. Parsed by `duban::cli::parse` (what the binary does), and the binary run where the
//! option's effect is visible.

use duban::cli::{self, Command};
use duban::period::{Period, PeriodKind};
use std::ffi::OsString;

fn parse(args: &[&str]) -> cli::Cli {
    let line: Vec<OsString> = std::iter::once("duban")
        .chain(args.iter().copied())
        .map(OsString::from)
        .collect();
    cli::parse(line).unwrap_or_else(|code| panic!("{args:?} refused with status {code}"))
}

#[test]
fn period_words_on_the_command_line() {
    for (word, kind) in [
        ("2020一季度", PeriodKind::Q1),
        ("2020第一季度", PeriodKind::Q1),
        ("2020年1-3月", PeriodKind::Q1),
        ("2020上半年", PeriodKind::H1),
        ("2020半年", PeriodKind::H1),
        ("2020年1-6月", PeriodKind::H1),
        ("2020前三季度", PeriodKind::Q3),
        ("2020年前三季度", PeriodKind::Q3),
        ("2020三季度", PeriodKind::Q3),
        ("2020年1-9月", PeriodKind::Q3),
        ("2020全年", PeriodKind::Y),
        ("2020年度", PeriodKind::Y),
    ] {
        let want = Period::new(2020, kind);
        assert_eq!(parse(&["--period", word]).run.period, Some(want), "{word}");
        match parse(&["forms", "--period", word]).command {
            Some(Command::Forms(f)) => assert_eq!(f.period, want, "forms {word}"),
            other => panic!("{other:?}"),
        }
    }
}

#[test]
fn quiet_is_accepted_with_every_command() {
    assert!(parse(&["-q"]).run.quiet);
    assert!(!parse(&[]).run.quiet);
    match parse(&["run", "--quiet"]).command {
        Some(Command::Run(r)) => assert!(r.quiet),
        other => panic!("{other:?}"),
    }
    for args in [
        &["forms", "-q", "--period", "2020-Q1"][..],
        &["-q", "forms", "--period", "2020-Q1"],
        &["tasks", "-q"],
        &["-q", "tasks"],
    ] {
        assert!(parse(args).quiet, "{args:?}");
    }
}

/// `--lang` anywhere, with every command: the binary's error is in the language asked for.
#[test]
fn lang_is_accepted_with_every_command() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["tasks", "--lang", "en", "-q"][..],
        &["--lang=en", "forms", "-q", "--period", "2020上半年"],
        &["run", "-q", "--lang", "en"],
    ] {
        let out = crate::support::command(dir.path())
            .args(args)
            .args(["--input", "missing"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.starts_with("duban: error:"), "{args:?}: {stderr}");
    }
}
