//! What duban prints on standard output when a command ends: the files written, the files
//! kept in 历史版本, and the short summary of the run (`duban run`) or of the register
//! (`duban tasks`). Every line comes from the catalogue ([`crate::msg`]); the driver prints
//! them through [`stream`] ([`out!`](crate::out), [`outln!`](crate::outln),
//! [`errln!`](crate::errln)), which also owns the encoding, a closed pipe and the window a
//! double-click opens. The run report (处理报告) holds the long version.

pub mod stream;

pub use stream::{print, Stream, Window};

use crate::compare::{ChangeKind, Changes};
use crate::model::{ExceptionKind, FileOutcome, Model, Timeliness};
use crate::msg::{self, ConsoleMsg, RenderMsg};
use crate::outbox::manifest::{Kept, HISTORY_DIR};
use crate::register::{Attachment, Register};
use crate::render::report::outcome_label;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// One line per output: its name, its first file and how many more it wrote.
pub(crate) fn wrote_lines(written: &[(&str, Vec<PathBuf>)]) -> String {
    let mut s = String::new();
    for (name, files) in written {
        if let Some(first) = files.first() {
            let (name, first) = (name.to_string(), first.display().to_string());
            let line = match files.len() {
                1 => ConsoleMsg::Wrote { name, first },
                2 => ConsoleMsg::WroteAndOne { name, first },
                n => ConsoleMsg::WroteAndMore {
                    name,
                    first,
                    more: n - 1,
                },
            };
            let _ = writeln!(s, "{line}");
        }
    }
    s
}

/// The console lines about kept files (nothing when none was kept): a heading, then one line
/// per file with both paths under `dir`.
pub(crate) fn kept_lines(dir: &Path, kept: &[Kept]) -> String {
    if kept.is_empty() {
        return String::new();
    }
    let folder = dir.join(HISTORY_DIR).display().to_string();
    let mut s = RenderMsg::KeptHeading {
        n: kept.len(),
        folder,
    }
    .to_string();
    s.push('\n');
    for k in kept {
        s.push_str("  ");
        s.push_str(&k.message(dir));
        s.push('\n');
    }
    s
}

/// `duban run`'s last lines: periods, units by timeliness, rows by match method, exceptions,
/// and the files skipped or failed with their reasons.
pub fn run_summary(model: &Model, changes: &Changes) -> String {
    let mut s = String::new();
    // Only periods some unit's return was read for: the current period is in the model
    // whether or not anyone reported.
    let periods: Vec<String> = model
        .periods
        .iter()
        .filter(|p| p.has_returns())
        .map(|p| p.period.title())
        .collect();
    let current = model.current.title();
    let head = if periods.is_empty() {
        ConsoleMsg::SummaryHeadNoData { current }
    } else {
        ConsoleMsg::SummaryHead {
            current,
            periods: msg::join(&periods),
        }
    };
    let _ = writeln!(s, "{head}");
    let cur = model.current_progress();
    for t in Timeliness::ALL {
        let units: Vec<&str> = cur.units_by(t).map(|x| x.unit.as_str()).collect();
        if !matches!(t, Timeliness::OnTime | Timeliness::Late | Timeliness::Missing) && units.is_empty() {
            continue;
        }
        let (label, n) = (t.label().to_string(), units.len());
        let line = if t != Timeliness::OnTime && !units.is_empty() {
            let units = crate::text::shorten::list(&units, 8);
            ConsoleMsg::SummaryCountUnits { label, n, units }
        } else {
            ConsoleMsg::SummaryCount { label, n }
        };
        let _ = writeln!(s, "{line}");
    }
    let mut methods: BTreeMap<&str, usize> = BTreeMap::new();
    for f in &model.files {
        for (m, n) in &f.methods {
            *methods.entry(m).or_default() += n;
        }
    }
    let matched: usize = model.files.iter().map(|f| f.rows_matched).sum();
    let by: Vec<String> = methods.iter().map(|(m, n)| format!("{m} {n}")).collect();
    let line = if by.is_empty() {
        ConsoleMsg::RowsMatched { n: matched }
    } else {
        ConsoleMsg::RowsMatchedBy {
            n: matched,
            by: msg::join(&by),
        }
    };
    let _ = writeln!(s, "{line}");
    let mut kinds: BTreeMap<ExceptionKind, usize> = BTreeMap::new();
    for e in &model.exceptions {
        *kinds.entry(e.kind).or_default() += 1;
    }
    let by: Vec<String> = kinds.iter().map(|(k, n)| format!("{} {n}", k.label())).collect();
    let n = model.exceptions.len();
    let line = if by.is_empty() {
        ConsoleMsg::Exceptions { n }
    } else {
        ConsoleMsg::ExceptionsBy {
            n,
            by: msg::join(&by),
        }
    };
    let _ = writeln!(s, "{line}");
    if model.previous_progress().is_some() {
        let n = |k| changes.of_kind(k).count();
        let line = crate::msg::CompareMsg::Console {
            copied: n(ChangeKind::Copied),
            regressed: n(ChangeKind::Regressed),
            persistent: n(ChangeKind::Persistent),
        };
        let _ = writeln!(s, "{line}");
    }
    let returns = model
        .files
        .iter()
        .filter(|f| f.outcome == FileOutcome::Return)
        .count();
    let _ = writeln!(
        s,
        "{}",
        ConsoleMsg::Files {
            n: model.files.len(),
            returns
        }
    );
    for f in model
        .files
        .iter()
        .filter(|f| matches!(f.outcome, FileOutcome::Skipped | FileOutcome::Failed))
    {
        let line = ConsoleMsg::FileNotRead {
            outcome: outcome_label(f.outcome).to_string(),
            path: f.path.clone(),
            reason: f.reason.clone().unwrap_or_default(),
        };
        let _ = writeln!(s, "{line}");
    }
    for f in model.files.iter().filter(|f| !f.balanced()) {
        let _ = writeln!(s, "{}", ConsoleMsg::Unbalanced { path: f.path.clone() });
    }
    for w in &model.register.warnings {
        let (source, warning) = (model.register.source.clone(), w.to_string());
        let _ = writeln!(s, "  {}", ConsoleMsg::NoticeWarning { source, warning });
    }
    s
}

/// `duban tasks`: tasks per attachment and programme, reporting units and their
/// task counts, groups, flags and notice warnings.
pub(crate) fn tasks_summary(register: &Register) -> String {
    let mut s = String::new();
    let (source, n) = (register.source.clone(), register.tasks.len());
    let _ = writeln!(s, "{}", ConsoleMsg::TasksHead { source, n });
    for att in Attachment::ALL {
        let n = register.tasks_in(att).count();
        let (number, title) = (att.number(), att.title().to_string());
        let _ = writeln!(s, "{}", ConsoleMsg::TasksAttachment { number, title, n });
        if att == Attachment::Programmes {
            let mut last = String::new();
            for t in register.tasks_in(att) {
                let g = t.group_title();
                if g != last {
                    let count = register.tasks_in(att).filter(|x| x.group_title() == g).count();
                    let _ = writeln!(
                        s,
                        "{}",
                        ConsoleMsg::TasksGroup {
                            group: g.clone(),
                            n: count
                        }
                    );
                    last = g;
                }
            }
        }
    }
    let reporting: Vec<_> = register.reporting_units().collect();
    let _ = writeln!(s, "{}", ConsoleMsg::ReportingUnits { n: reporting.len() });
    for u in &reporting {
        let (unit, n) = (u.name.clone(), u.lead_tasks.len());
        let _ = writeln!(s, "{}", ConsoleMsg::UnitTasks { unit, n });
    }
    let groups: Vec<_> = register
        .units
        .iter()
        .filter(|u| u.group)
        .map(|u| u.name.as_str())
        .collect();
    let _ = writeln!(
        s,
        "{}",
        ConsoleMsg::Groups {
            list: msg::join(&groups)
        }
    );
    for t in register.tasks.iter().filter(|t| !t.flags.is_empty()) {
        let (id, flags) = (t.id.clone(), msg::clauses(&t.flags));
        let _ = writeln!(s, "{}", ConsoleMsg::TaskNote { id, flags });
    }
    for w in &register.warnings {
        let (source, warning) = (register.source.clone(), w.to_string());
        let _ = writeln!(s, "{}", ConsoleMsg::NoticeWarning { source, warning });
    }
    s
}
