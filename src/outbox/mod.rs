//! The output transaction: every file of a command is staged by background writers beside its
//! target as `.duban-*.tmp`, flushed together and renamed into place only when every output
//! succeeded ([`Outbox`]); a guarded outbox also keeps what someone changed in the output
//! folder ([`manifest`]: `.duban/manifest.json`, 历史版本). The driver creates one per command,
//! renderers write into it, the driver commits it.

pub mod manifest;

use crate::msg;
use manifest::{FileEntry, Guard, Kept};
use std::io::Write;
use std::path::{Path, PathBuf};

/// A file that cannot be staged, flushed, moved or kept; its text comes from the catalogue
/// ([`msg::RenderMsg::Io`]), naming the file.
#[derive(Debug)]
pub struct OutboxError {
    pub(crate) path: PathBuf,
    pub(crate) source: std::io::Error,
}

impl std::fmt::Display for OutboxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let m = msg::RenderMsg::Io {
            path: self.path.display().to_string(),
            error: msg::io_reason(&self.source).to_string(),
        };
        f.write_str(&m.to_string())
    }
}

/// The message already says the cause; the chain ends here.
impl std::error::Error for OutboxError {}

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
    staged: std::sync::Arc<std::sync::Mutex<Vec<Result<Staged, OutboxError>>>>,
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
pub(crate) struct Committed {
    pub(crate) written: Vec<PathBuf>,
    pub(crate) kept: Vec<Kept>,
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
    pub(crate) fn new() -> Outbox {
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
    /// would replace that is not what duban wrote there (`root/.duban/manifest.json`, which
    /// records `run_time` as the run's time).
    pub fn guarded(root: &Path, run_time: chrono::DateTime<chrono::Local>) -> Outbox {
        let mut out = Outbox::new();
        out.guard = Some(Guard::open(root, run_time));
        out
    }

    /// Every path handed to [`Outbox::write`] so far.
    pub(crate) fn paths(&self) -> Vec<PathBuf> {
        self.paths.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Which of `targets` would be kept if the outputs were committed now (nothing for an
    /// outbox that is not guarded). Moves nothing.
    pub(crate) fn plan(&self, targets: &[PathBuf]) -> Result<Vec<Kept>, OutboxError> {
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
                .push(Err(OutboxError { path, source: e }));
        }
    }

    /// Waits for the writers, flushes every staged file, then moves each into place (in path
    /// order). Returns the paths written, or the first failure (nothing is moved then). A
    /// path staged twice is a failure: which of the two would win is not defined.
    pub fn commit(self) -> Result<Vec<PathBuf>, OutboxError> {
        self.commit_keeping().map(|c| c.written)
    }

    /// [`Outbox::commit`], and for a guarded outbox: right before the renames, files under
    /// the targets' names that duban did not write are moved into 历史版本, and the manifest
    /// is updated (see [`Guard::commit`]).
    pub(crate) fn commit_keeping(mut self) -> Result<Committed, OutboxError> {
        if let Err(panic) = self.close() {
            std::panic::resume_unwind(panic);
        }
        let done = std::mem::take(&mut *self.staged.lock().unwrap_or_else(|e| e.into_inner()));
        let mut staged = done.into_iter().collect::<Result<Vec<Staged>, OutboxError>>()?;
        staged.sort_by(|a, b| a.path.cmp(&b.path));
        if let Some(twice) = staged.windows(2).find(|w| w[0].path == w[1].path) {
            return Err(OutboxError {
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
fn persist_all(staged: Vec<Staged>) -> Result<(), OutboxError> {
    for s in staged {
        s.temp.persist(&s.path).map_err(|e| OutboxError {
            path: s.path.clone(),
            source: e.error,
        })?;
    }
    Ok(())
}

/// Writes `bytes` to a temporary file in `path`'s folder.
fn stage(path: &Path, bytes: &[u8]) -> Result<Staged, OutboxError> {
    let io = |source| OutboxError {
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

fn flush(s: &Staged) -> Result<(), OutboxError> {
    std::fs::OpenOptions::new()
        .write(true)
        .open(&s.temp)
        .and_then(|f| f.sync_all())
        .map_err(|source| OutboxError {
            path: s.path.clone(),
            source,
        })
}

/// Removes temporary files a killed earlier run left under `dir` (`.duban-*.tmp`, staged by
/// an [`Outbox`] before its commit), so an interrupted run leaves nothing half-written
/// behind once the next run starts.
pub fn remove_stale_temps(dir: &Path) -> Result<usize, OutboxError> {
    let mut removed = 0;
    for entry in walkdir::WalkDir::new(dir).into_iter().filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy();
        if entry.file_type().is_file() && name.starts_with(".duban-") && name.ends_with(".tmp") {
            std::fs::remove_file(entry.path()).map_err(|source| OutboxError {
                path: entry.path().to_path_buf(),
                source,
            })?;
            removed += 1;
        }
    }
    Ok(removed)
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
}
