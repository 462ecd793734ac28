//! Outputs. Every renderer reads the [`Model`] and the run's [`Analysis`] (never the inputs)
//! through one calling convention, [`Renderer::render`], and writes into an [`Outbox`] that moves the run's
//! files into place together, so a crash never leaves half a file where a good one was.
//! The driver decides the folder.

pub mod bulletin;
pub mod forms;
pub mod ledger;
pub mod manifest;
pub mod report;
pub mod tasks;
pub mod xlsx;

use crate::analysis::Analysis;
use crate::model::Model;
use crate::msg;
use crate::settings::Settings;
use crate::templates::{TemplateError, Templates};
use manifest::{FileEntry, Guard, Kept};
use std::io::Write;
use std::path::{Path, PathBuf};

/// An output that cannot be written; its text comes from the catalogue ([`msg::RenderMsg`]).
#[derive(Debug)]
pub enum RenderError {
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    Xlsx {
        path: PathBuf,
        source: rust_xlsxwriter::XlsxError,
    },
    Docx {
        path: PathBuf,
        message: String,
    },
    Template(TemplateError),
}

impl From<TemplateError> for RenderError {
    fn from(e: TemplateError) -> Self {
        RenderError::Template(e)
    }
}

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let m = match self {
            RenderError::Io { path, source } => msg::RenderMsg::Io {
                path: path.display().to_string(),
                error: source.to_string(),
            },
            RenderError::Xlsx { path, source } => msg::RenderMsg::Xlsx {
                path: path.display().to_string(),
                error: source.to_string(),
            },
            RenderError::Docx { path, message } => msg::RenderMsg::Docx {
                path: path.display().to_string(),
                message: message.clone(),
            },
            RenderError::Template(e) => return e.fmt(f),
        };
        f.write_str(&m.to_string())
    }
}

/// The message already says the cause; the chain ends here.
impl std::error::Error for RenderError {}

/// What every renderer gets: the model and what compare and assess found in it, the
/// settings, the templates, the folder for this period's outputs (`<output>/<period title>/`)
/// and the outbox to write into.
pub struct RenderContext<'a> {
    pub model: &'a Model,
    pub analysis: &'a Analysis,
    pub settings: &'a Settings,
    pub templates: &'a Templates,
    pub dir: PathBuf,
    pub out: &'a Outbox,
    /// Files found changed by someone, to be kept in 历史版本 when the outputs are moved into
    /// place (the run report lists them); empty for a renderer run alone.
    pub kept: &'a [Kept],
    /// The office's own columns of the edited master ledger, for the new one (read by the
    /// driver before rendering, when that ledger is about to be kept).
    pub carried: Option<&'a ledger::carry::Carried>,
}

/// Renderers are independent of each other: the driver may run them at the same time.
pub trait Renderer: Sync {
    /// Name shown in the console ("工作台帐").
    fn name(&self) -> &'static str;
    /// Writes its files under `ctx.dir` through `ctx.out` and returns their paths.
    fn render(&self, ctx: &RenderContext) -> Result<Vec<PathBuf>, RenderError>;
}

/// Runs one renderer with an outbox of its own and moves its files into place: for writing
/// one output alone (tests, the benchmark's stage timings). Compare and assess run first, as
/// in the driver ([`Analysis::compute`]).
pub fn render_alone(
    renderer: &dyn Renderer,
    model: &Model,
    settings: &Settings,
    templates: &Templates,
    dir: &Path,
) -> Result<Vec<PathBuf>, RenderError> {
    let out = Outbox::new();
    let analysis = Analysis::compute(model, settings);
    let ctx = RenderContext {
        model,
        analysis: &analysis,
        settings,
        templates,
        dir: dir.to_path_buf(),
        out: &out,
        kept: &[],
        carried: None,
    };
    let files = renderer.render(&ctx)?;
    out.commit()?;
    Ok(files)
}

/// The files of one run, staged beside their targets and moved into place together.
///
/// [`Outbox::write`] hands the bytes to background writers that put them in a temporary
/// file (`.duban-*.tmp`) in the target's folder, so renderers go on while the disk works;
/// [`Outbox::commit`] waits for them, flushes every staged file to disk, then renames each
/// over its target. A run killed before the commit leaves its temporaries (removed by the
/// next run, [`remove_stale_temps`]) and the previous outputs untouched; a file under its
/// real name is always whole. Dropped without a commit, it removes its temporaries.
///
/// A guarded outbox ([`Outbox::guarded`]) also keeps what someone changed: see [`manifest`].
pub struct Outbox {
    jobs: Option<std::sync::mpsc::SyncSender<(PathBuf, Vec<u8>)>>,
    writers: Vec<std::thread::JoinHandle<()>>,
    staged: std::sync::Arc<std::sync::Mutex<Vec<Result<Staged, RenderError>>>>,
    /// Every path handed to [`Outbox::write`], in the order given.
    paths: std::sync::Mutex<Vec<PathBuf>>,
    guard: Option<Guard>,
}

struct Staged {
    temp: tempfile::TempPath,
    path: PathBuf,
    /// Size and hash of the bytes (the path in it is filled in at the commit).
    entry: FileEntry,
}

/// What a commit did: the files written (in path order) and the files kept in 历史版本.
#[derive(Debug)]
pub struct Committed {
    pub written: Vec<PathBuf>,
    pub kept: Vec<Kept>,
}

/// Background writers, and threads flushing staged files: the work waits on the disk, not
/// the CPU, so there are more of them than cores.
const WRITERS: usize = 4;
const FLUSH_THREADS: usize = 8;
/// Files waiting for a writer before [`Outbox::write`] waits too (bounds the memory held).
const QUEUED: usize = 64;

impl Default for Outbox {
    fn default() -> Self {
        Outbox::new()
    }
}

impl Outbox {
    pub fn new() -> Outbox {
        use std::sync::{mpsc, Arc, Mutex};
        let (tx, rx) = mpsc::sync_channel::<(PathBuf, Vec<u8>)>(QUEUED);
        let rx = Arc::new(Mutex::new(rx));
        let staged = Arc::new(Mutex::new(Vec::new()));
        let writers = (0..WRITERS)
            .map(|_| {
                let (rx, staged) = (Arc::clone(&rx), Arc::clone(&staged));
                std::thread::spawn(move || loop {
                    let job = rx.lock().unwrap_or_else(|e| e.into_inner()).recv();
                    let Ok((path, bytes)) = job else { break };
                    let done = stage(&path, &bytes);
                    staged.lock().unwrap_or_else(|e| e.into_inner()).push(done);
                })
            })
            .collect();
        Outbox {
            jobs: Some(tx),
            writers,
            staged,
            paths: std::sync::Mutex::new(Vec::new()),
            guard: None,
        }
    }

    /// An outbox for the output folder `root` that keeps, in `root/历史版本`, every file it
    /// would replace that is not what duban wrote there (`root/.duban/manifest.json`).
    pub fn guarded(root: &Path) -> Outbox {
        let mut out = Outbox::new();
        out.guard = Some(Guard::open(root));
        out
    }

    /// Every path handed to [`Outbox::write`] so far.
    pub fn paths(&self) -> Vec<PathBuf> {
        self.paths.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Which of `targets` would be kept if the outputs were committed now (nothing for an
    /// outbox that is not guarded). Moves nothing.
    pub fn plan(&self, targets: &[PathBuf]) -> Result<Vec<Kept>, RenderError> {
        match &self.guard {
            Some(guard) => guard.plan(targets),
            None => Ok(Vec::new()),
        }
    }

    /// Stages `bytes` for `path`; nothing appears under `path` before [`Outbox::commit`].
    /// A failure to write is reported by the commit, naming the file.
    pub fn write(&self, path: &Path, bytes: Vec<u8>) {
        self.paths
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(path.to_path_buf());
        let job = (path.to_path_buf(), bytes);
        let sent = self.jobs.as_ref().map(|jobs| jobs.send(job));
        if let Some(Err(std::sync::mpsc::SendError((path, _)))) = sent {
            // Only if every writer died: say so at the commit.
            let e = std::io::Error::other(msg::RenderMsg::WritersStopped.to_string());
            self.staged
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(Err(RenderError::Io { path, source: e }));
        }
    }

    /// Waits for the writers, flushes every staged file, then moves each into place (in path
    /// order). Returns the paths written, or the first failure (nothing is moved then). A
    /// path staged twice is a failure: which of the two would win is not defined.
    pub fn commit(self) -> Result<Vec<PathBuf>, RenderError> {
        self.commit_keeping().map(|c| c.written)
    }

    /// [`Outbox::commit`], and for a guarded outbox: right before the renames, files under
    /// the targets' names that duban did not write are moved into 历史版本, and the manifest
    /// is updated (see [`Guard::commit`]).
    pub fn commit_keeping(mut self) -> Result<Committed, RenderError> {
        if let Err(panic) = self.close() {
            std::panic::resume_unwind(panic);
        }
        let done = std::mem::take(&mut *self.staged.lock().unwrap_or_else(|e| e.into_inner()));
        let mut staged = done.into_iter().collect::<Result<Vec<Staged>, RenderError>>()?;
        staged.sort_by(|a, b| a.path.cmp(&b.path));
        if let Some(twice) = staged.windows(2).find(|w| w[0].path == w[1].path) {
            return Err(RenderError::Io {
                path: twice[0].path.clone(),
                source: std::io::Error::other(msg::RenderMsg::WrittenTwice.to_string()),
            });
        }
        let chunk = staged.len().div_ceil(FLUSH_THREADS).max(1);
        std::thread::scope(|scope| {
            let jobs: Vec<_> = staged
                .chunks(chunk)
                .map(|part| scope.spawn(move || part.iter().try_for_each(flush)))
                .collect();
            jobs.into_iter()
                .try_for_each(|j| j.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
        })?;
        let written: Vec<PathBuf> = staged.iter().map(|s| s.path.clone()).collect();
        let kept = match self.guard.take() {
            Some(guard) => {
                let entries = staged
                    .iter()
                    .filter_map(|s| {
                        let path = guard.relative(&s.path)?;
                        Some(FileEntry {
                            path,
                            ..s.entry.clone()
                        })
                    })
                    .collect();
                guard.commit(entries, || persist_all(staged))?
            }
            None => {
                persist_all(staged)?;
                Vec::new()
            }
        };
        Ok(Committed { written, kept })
    }

    /// Closes the queue and waits for every writer; a writer's panic, if one panicked.
    fn close(&mut self) -> std::thread::Result<()> {
        self.jobs = None;
        let joined: Vec<_> = self.writers.drain(..).map(|w| w.join()).collect();
        joined.into_iter().collect()
    }
}

impl Drop for Outbox {
    /// Not committed: the writers finish and the temporaries go with their `TempPath`s.
    fn drop(&mut self) {
        let _ = self.close();
    }
}

/// Renames every staged file over its target, in order; stops at the first failure.
fn persist_all(staged: Vec<Staged>) -> Result<(), RenderError> {
    for s in staged {
        s.temp.persist(&s.path).map_err(|e| RenderError::Io {
            path: s.path.clone(),
            source: e.error,
        })?;
    }
    Ok(())
}

/// Writes `bytes` to a temporary file in `path`'s folder.
fn stage(path: &Path, bytes: &[u8]) -> Result<Staged, RenderError> {
    let io = |source| RenderError::Io {
        path: path.to_path_buf(),
        source,
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(io)?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".duban-").suffix(".tmp");
    // A temporary file is private (0600); an output is an ordinary file that colleagues on a
    // shared folder must be able to open, so it gets the mode any program's new file gets.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut tmp = builder.tempfile_in(dir).map_err(io)?;
    tmp.write_all(bytes).map_err(io)?;
    Ok(Staged {
        temp: tmp.into_temp_path(),
        path: path.to_path_buf(),
        entry: FileEntry::of(String::new(), bytes),
    })
}

fn flush(s: &Staged) -> Result<(), RenderError> {
    std::fs::OpenOptions::new()
        .write(true)
        .open(&s.temp)
        .and_then(|f| f.sync_all())
        .map_err(|source| RenderError::Io {
            path: s.path.clone(),
            source,
        })
}

/// Removes temporary files a killed earlier run left under `dir` (`.duban-*.tmp`, staged by
/// an [`Outbox`] before its commit), so an interrupted run leaves nothing half-written
/// behind once the next run starts.
pub fn remove_stale_temps(dir: &Path) -> Result<usize, RenderError> {
    let mut removed = 0;
    for entry in walkdir::WalkDir::new(dir).into_iter().filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy();
        if entry.file_type().is_file() && name.starts_with(".duban-") && name.ends_with(".tmp") {
            std::fs::remove_file(entry.path()).map_err(|source| RenderError::Io {
                path: entry.path().to_path_buf(),
                source,
            })?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// A file name made safe for every file system: characters Windows refuses become "_".
pub fn safe_file_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if "\\/:*?\"<>|".contains(c) || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_commit_replaces_and_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("sub").join("a.txt");
        for bytes in [b"one", b"two"] {
            let out = Outbox::new();
            out.write(&p, bytes.to_vec());
            assert_eq!(out.commit().unwrap(), vec![p.clone()]);
        }
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        let names: Vec<_> = std::fs::read_dir(p.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }

    /// Outputs land on shared folders: they get the mode of any new file (0666 less the
    /// umask), not a temporary file's 0600.
    #[cfg(unix)]
    #[test]
    fn outputs_are_ordinary_files_not_private_temporaries() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.xlsx");
        let out = Outbox::new();
        out.write(&p, b"x".to_vec());
        out.commit().unwrap();
        let ordinary = dir.path().join("ordinary");
        std::fs::write(&ordinary, b"x").unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&p), mode(&ordinary));
    }

    #[test]
    fn outbox_moves_nothing_into_place_before_commit() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.xlsx");
        let b = dir.path().join("sub").join("b.docx");
        std::fs::write(&a, b"old").unwrap();
        let out = Outbox::new();
        out.write(&b, b"new b".to_vec());
        out.write(&a, b"new a".to_vec());
        assert_eq!(std::fs::read(&a).unwrap(), b"old");
        assert!(!b.exists());
        assert_eq!(out.commit().unwrap(), vec![a.clone(), b.clone()]);
        assert_eq!(std::fs::read(&a).unwrap(), b"new a");
        assert_eq!(std::fs::read(&b).unwrap(), b"new b");
        assert_eq!(remove_stale_temps(dir.path()).unwrap(), 0, "no temporary is left");
    }

    #[test]
    fn a_path_staged_twice_fails_and_moves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.xlsx");
        let out = Outbox::new();
        out.write(&a, b"one".to_vec());
        out.write(&a, b"two".to_vec());
        let e = out.commit().unwrap_err().to_string();
        assert!(e.contains("a.xlsx") && e.contains("写了两次"), "{e}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_dropped_outbox_leaves_the_old_files_and_no_temporaries() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a.json");
        std::fs::write(&a, b"old").unwrap();
        let out = Outbox::new();
        out.write(&a, b"new".to_vec());
        drop(out);
        assert_eq!(std::fs::read(&a).unwrap(), b"old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn stale_temps_are_removed_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let sub = dir.path().join("分单位台帐");
        std::fs::create_dir_all(&sub).unwrap();
        std::fs::write(sub.join(".duban-abc.tmp"), b"half").unwrap();
        std::fs::write(dir.path().join("工作台帐.xlsx"), b"whole").unwrap();
        assert_eq!(remove_stale_temps(dir.path()).unwrap(), 1);
        assert!(!sub.join(".duban-abc.tmp").exists());
        assert!(dir.path().join("工作台帐.xlsx").exists());
        assert_eq!(remove_stale_temps(&dir.path().join("absent")).unwrap(), 0);
    }

    #[test]
    fn unsafe_characters_are_replaced() {
        assert_eq!(safe_file_name("a/b:c"), "a_b_c");
        assert_eq!(safe_file_name("区财政局"), "区财政局");
    }
}
