//! Walking input/: every file (subfolders too, symbolic links not followed), the canonical
//! ones (notice, settings, templates/) set apart, at most `limits.max_files` read, the rest
//! listed as skipped; reading in parallel, the result sorted by relative path.

use super::{read_file_all, Collected};
use crate::msg;
use crate::settings::Settings;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use walkdir::WalkDir;

/// More files than this get a progress bar (on a terminal).
const PROGRESS_FROM: usize = 20;

/// What the walk found before any file is read.
enum Found {
    File(PathBuf, String),
    Done(Collected),
}

/// Reads every file under `input`. `canonical` holds the notice and settings file, absolute or
/// relative to `input`; they and everything under `input/templates/` are [`Collected::Canonical`].
pub fn collect(input: &Path, settings: &Settings, canonical: &[PathBuf], progress: bool) -> Vec<Collected> {
    collect_map(input, settings, canonical, progress, |c| c)
}

/// [`collect`], handing each file's result to `then` as soon as it is read (in parallel), so
/// a caller that reduces a workbook to something smaller never holds every raw workbook at
/// once. Results come back in path order.
pub fn collect_map<T: Send>(
    input: &Path,
    settings: &Settings,
    canonical: &[PathBuf],
    progress: bool,
    then: impl Fn(Collected) -> T + Sync,
) -> Vec<T> {
    let base = input.canonicalize().ok();
    let canonical: BTreeSet<String> = canonical
        .iter()
        .map(|p| canonical_rel(input, base.as_deref(), p))
        .collect();
    let limits = &settings.limits;
    let mut found = walk(input, &canonical);
    found.sort_by(|a, b| path_of(a).cmp(path_of(b)));
    let mut files = 0usize;
    for f in found.iter_mut() {
        if let Found::File(_, rel) = f {
            files += 1;
            if files > limits.max_files {
                *f = Found::Done(Collected::Skipped {
                    path: rel.clone(),
                    reason: msg::CollectMsg::TooManyFiles {
                        max: limits.max_files,
                    }
                    .to_string(),
                });
            }
        }
    }
    let bar = progress_bar(progress, files.min(limits.max_files));
    // `found` is sorted and an indexed parallel map keeps its order.
    // A zip attachment gives one result per entry, in the archive's place.
    let out: Vec<Vec<T>> = found
        .into_par_iter()
        .map(|f| match f {
            Found::File(abs, rel) => {
                let all = read_file_all(&abs, &rel, limits);
                bar.inc(1);
                all.into_iter().map(&then).collect()
            }
            Found::Done(c) => vec![then(c)],
        })
        .collect();
    bar.finish_and_clear();
    out.into_iter().flatten().collect()
}

fn path_of(f: &Found) -> &str {
    match f {
        Found::File(_, rel) => rel,
        Found::Done(c) => c.path(),
    }
}

fn walk(input: &Path, canonical: &BTreeSet<String>) -> Vec<Found> {
    let mut found = Vec::new();
    for entry in WalkDir::new(input).follow_links(false).min_depth(1) {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let rel = e.path().map(|p| relative(input, p)).unwrap_or_default();
                let why = super::Refusal::from(msg::CollectMsg::WalkError { error: e.to_string() });
                found.push(Found::Done(why.failed(&rel, None)));
                continue;
            }
        };
        let rel = relative(input, entry.path());
        let kind = entry.file_type();
        if kind.is_dir() {
            continue;
        }
        let done = |c| Found::Done(c);
        found.push(if canonical.contains(&rel) || rel.starts_with("templates/") {
            done(Collected::Canonical { path: rel })
        } else if kind.is_symlink() {
            done(Collected::Skipped {
                path: rel,
                reason: msg::CollectMsg::Symlink.to_string(),
            })
        } else if !kind.is_file() {
            done(Collected::Skipped {
                path: rel,
                reason: msg::CollectMsg::NotRegularFile.to_string(),
            })
        } else {
            Found::File(entry.path().to_path_buf(), rel)
        });
    }
    found
}

/// A canonical file's path relative to input/, also when given absolute through a symlink or
/// a different spelling of the input folder.
fn canonical_rel(input: &Path, base: Option<&Path>, p: &Path) -> String {
    if p.is_absolute() && p.strip_prefix(input).is_err() {
        if let (Some(base), Ok(real)) = (base, p.canonicalize()) {
            if let Ok(rel) = real.strip_prefix(base) {
                return relative(Path::new(""), rel);
            }
        }
    }
    relative(input, p)
}

/// `path` relative to `input`, with '/' separators; relative paths are taken as they are.
fn relative(input: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(input).unwrap_or(path);
    let parts: Vec<String> = rel
        .components()
        .filter_map(|c| match c {
            std::path::Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    parts.join("/")
}

fn progress_bar(wanted: bool, files: usize) -> ProgressBar {
    if !wanted || files <= PROGRESS_FROM || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(files as u64), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{prefix} [{bar:40}] {pos}/{len} {wide_msg}") {
        bar.set_style(style.progress_chars("=> "));
    }
    bar.set_prefix(msg::ConsoleMsg::ReadingReturns.to_string());
    bar
}
