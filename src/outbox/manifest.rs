//! What duban wrote, and keeping what someone else changed.
//!
//! Every output folder a guarded [`super::Outbox`] writes into (a period folder, or the output
//! folder for 任务清单) holds `.duban/manifest.json`: each file duban wrote there, with its
//! relative path, size and SHA-256 as written, the duban version and the run time. The run
//! time is the only field that changes from run to run, and it lives here, never in an output.
//!
//! Before an output is replaced, the file under its name is compared with the manifest
//! ([`Guard::plan`]): the same bytes duban wrote are replaced silently; anything else (edited
//! in Excel, WPS or Word, or present with no entry: an older duban's output, a file someone
//! put there) is kept, moved to `历史版本/<subfolder>/<stem>（修改于YYYY-MM-DD HHMM）.<ext>`
//! (the file's own modification time) right before the new files are renamed into place
//! ([`Guard::commit`]). Nothing is ever deleted; a run that fails before that moves nothing.
//! Outputs of earlier runs that this run does not write are left where they are.

use super::OutboxError;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

/// The folder (in an output folder) holding duban's own bookkeeping.
pub(crate) const STATE_DIR: &str = ".duban";
/// The manifest's file name in [`STATE_DIR`].
pub(crate) const MANIFEST_FILE: &str = "manifest.json";
/// The folder (in an output folder) the kept files go to.
pub(crate) const HISTORY_DIR: &str = "历史版本";

/// One file duban wrote: its path relative to the output folder ('/'-separated), its size and
/// the SHA-256 of its bytes (lower-case hex).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct FileEntry {
    pub(crate) path: String,
    pub(crate) size: u64,
    pub(crate) sha256: String,
}

impl FileEntry {
    pub(crate) fn of(path: String, bytes: &[u8]) -> FileEntry {
        let hash = Sha256::digest(bytes);
        let sha256 = hash.iter().map(|b| format!("{b:02x}")).collect();
        FileEntry {
            path,
            size: bytes.len() as u64,
            sha256,
        }
    }
}

/// `.duban/manifest.json`. While a commit is under way it may list two entries for a path (the
/// version being replaced and the new one), so a run killed half-way through the renames
/// leaves every file it touched recognised as duban's own.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct Manifest {
    pub(crate) duban: String,
    pub(crate) run_time: String,
    pub(crate) files: Vec<FileEntry>,
}

impl Manifest {
    pub(crate) fn path(root: &Path) -> PathBuf {
        root.join(STATE_DIR).join(MANIFEST_FILE)
    }

    /// The folder's manifest; none (no file, or one that does not parse) is an empty one, so
    /// every file already there counts as not duban's and is kept.
    pub(crate) fn load(root: &Path) -> Manifest {
        std::fs::read(Manifest::path(root))
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    fn knows(&self, entry: &FileEntry) -> bool {
        self.files.iter().any(|f| f == entry)
    }

    fn has_path(&self, path: &str) -> bool {
        self.files.iter().any(|f| f.path == path)
    }
}

/// Why a file was kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub(crate) enum KeptReason {
    /// Its bytes differ from what duban wrote under that name.
    Edited,
    /// The manifest has no entry for it.
    Unknown,
}

/// A file moved aside before its output was written: both paths relative to the output
/// folder, '/'-separated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Kept {
    pub(crate) file: String,
    pub(crate) kept_as: String,
    pub(crate) reason: KeptReason,
}

impl Kept {
    /// What happened to the file, in the run's language (console and run report); `dir` is
    /// the output folder, prefixed to both paths (empty for paths relative to it).
    pub(crate) fn message(&self, dir: &Path) -> String {
        let (file, kept_as) = (native(dir, &self.file), native(dir, &self.kept_as));
        let (file, kept_as) = (file.display().to_string(), kept_as.display().to_string());
        match self.reason {
            KeptReason::Edited => crate::msg::RenderMsg::KeptEdited { file, kept_as }.to_string(),
            KeptReason::Unknown => crate::msg::RenderMsg::KeptUnknown { file, kept_as }.to_string(),
        }
    }

    /// Why it was kept, in the run's language (the run report's 原因).
    pub(crate) fn reason_text(&self) -> String {
        match self.reason {
            KeptReason::Edited => crate::msg::RenderMsg::ReasonEdited.to_string(),
            KeptReason::Unknown => crate::msg::RenderMsg::ReasonUnknown.to_string(),
        }
    }
}

/// `dir` joined with a '/'-separated relative path, in the platform's separators.
fn native(dir: &Path, rel: &str) -> PathBuf {
    rel.split('/').fold(dir.to_path_buf(), |p, part| p.join(part))
}

/// The manifest of one output folder, read when the run starts.
pub struct Guard {
    root: PathBuf,
    manifest: Manifest,
    /// When the run started (the driver's one reading of the clock): the manifest's run time.
    run_time: chrono::DateTime<chrono::Local>,
}

impl Guard {
    pub(crate) fn open(root: &Path, run_time: chrono::DateTime<chrono::Local>) -> Guard {
        Guard {
            root: root.to_path_buf(),
            manifest: Manifest::load(root),
            run_time,
        }
    }

    /// `path` relative to the folder, '/'-separated; None for a path outside it.
    pub(crate) fn relative(&self, path: &Path) -> Option<String> {
        let rel = path.strip_prefix(&self.root).ok()?;
        let parts: Vec<String> = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        Some(parts.join("/"))
    }

    /// Which of `targets` hold, right now, a file duban did not write there, and where each
    /// would be kept. Sorted by path; moves nothing.
    pub fn plan(&self, targets: &[PathBuf]) -> Result<Vec<Kept>, OutboxError> {
        let mut targets: Vec<&PathBuf> = targets.iter().collect();
        targets.sort();
        targets.dedup();
        let mut kept: Vec<Kept> = Vec::new();
        for target in targets {
            let Some(rel) = self.relative(target) else {
                continue;
            };
            let Some(reason) = self.check(target, &rel)? else {
                continue;
            };
            let taken: Vec<&str> = kept.iter().map(|k| k.kept_as.as_str()).collect();
            let kept_as = self.history_name(target, &rel, &taken)?;
            kept.push(Kept {
                file: rel,
                kept_as,
                reason,
            });
        }
        Ok(kept)
    }

    /// None when `target` is absent or holds exactly what duban wrote.
    fn check(&self, target: &Path, rel: &str) -> Result<Option<KeptReason>, OutboxError> {
        let bytes = match std::fs::read(target) {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(io(target, e)),
        };
        if self.manifest.knows(&FileEntry::of(rel.to_string(), &bytes)) {
            Ok(None)
        } else if self.manifest.has_path(rel) {
            Ok(Some(KeptReason::Edited))
        } else {
            Ok(Some(KeptReason::Unknown))
        }
    }

    /// `历史版本/<subfolder>/<stem>（修改于YYYY-MM-DD HHMM）.<ext>`, from the file's local
    /// modification time, with a counter when that name is taken (on disk or in `taken`).
    fn history_name(&self, target: &Path, rel: &str, taken: &[&str]) -> Result<String, OutboxError> {
        let modified = std::fs::metadata(target)
            .and_then(|m| m.modified())
            .map_err(|e| io(target, e))?;
        let when = chrono::DateTime::<chrono::Local>::from(modified).format("%Y-%m-%d %H%M");
        let (folder, name) = rel.rsplit_once('/').map_or(("", rel), |(d, n)| (d, n));
        let (stem, ext) = match name.rsplit_once('.') {
            Some((s, e)) if !s.is_empty() => (s, format!(".{e}")),
            _ => (name, String::new()),
        };
        let prefix = if folder.is_empty() {
            HISTORY_DIR.to_string()
        } else {
            format!("{HISTORY_DIR}/{folder}")
        };
        for n in 1.. {
            let (stem, when, ext) = (stem.to_string(), when.to_string(), ext.to_string());
            let name = match n {
                1 => crate::msg::LayoutMsg::KeptFile { stem, when, ext },
                _ => crate::msg::LayoutMsg::KeptFileNth { stem, when, n, ext },
            };
            let candidate = format!("{prefix}/{name}");
            if !taken.contains(&candidate.as_str()) && !self.root.join(&candidate).exists() {
                return Ok(candidate);
            }
        }
        unreachable!("an unbounded counter always finds a free name")
    }

    /// Moves the files found changed into 历史版本 and runs `persist` (the renames of the new
    /// outputs), keeping the manifest true at every step: before anything moves it lists both
    /// the versions on disk that duban wrote and the new ones; after `persist`, the new ones
    /// (and the entries of earlier outputs still on disk). If a move fails, the files already
    /// moved go back and nothing is renamed. Returns what was kept.
    pub fn commit(
        &self,
        new: Vec<FileEntry>,
        persist: impl FnOnce() -> Result<(), OutboxError>,
    ) -> Result<Vec<Kept>, OutboxError> {
        let targets: Vec<PathBuf> = new.iter().map(|e| self.root.join(&e.path)).collect();
        let kept = self.plan(&targets)?;
        let mut during = self.manifest.files.clone();
        during.extend(new.iter().cloned());
        self.write_manifest(during)?;
        self.move_aside(&kept)?;
        persist()?;
        let written: Vec<&str> = new.iter().map(|e| e.path.as_str()).collect();
        let mut after: Vec<FileEntry> = self
            .manifest
            .files
            .iter()
            .filter(|f| !written.contains(&f.path.as_str()) && self.root.join(&f.path).is_file())
            .cloned()
            .collect();
        after.extend(new);
        self.write_manifest(after)?;
        Ok(kept)
    }

    fn move_aside(&self, kept: &[Kept]) -> Result<(), OutboxError> {
        for (i, k) in kept.iter().enumerate() {
            let (from, to) = (self.root.join(&k.file), self.root.join(&k.kept_as));
            let moved = to
                .parent()
                .map_or(Ok(()), std::fs::create_dir_all)
                .and_then(|_| std::fs::rename(&from, &to));
            if let Err(e) = moved {
                for back in kept[..i].iter().rev() {
                    let _ = std::fs::rename(self.root.join(&back.kept_as), self.root.join(&back.file));
                }
                return Err(io(&from, e));
            }
        }
        Ok(())
    }

    fn write_manifest(&self, mut files: Vec<FileEntry>) -> Result<(), OutboxError> {
        files.sort();
        files.dedup();
        let manifest = Manifest {
            duban: env!("CARGO_PKG_VERSION").to_string(),
            run_time: self.run_time.to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
            files,
        };
        let path = Manifest::path(&self.root);
        let text = serde_json::to_string_pretty(&manifest).expect("the manifest serialises");
        let dir = path.parent().expect("the manifest is in a folder");
        std::fs::create_dir_all(dir).map_err(|e| io(&path, e))?;
        let mut tmp = tempfile::Builder::new()
            .prefix(".duban-")
            .suffix(".tmp")
            .tempfile_in(dir)
            .map_err(|e| io(&path, e))?;
        std::io::Write::write_all(&mut tmp, text.as_bytes()).map_err(|e| io(&path, e))?;
        tmp.as_file().sync_all().map_err(|e| io(&path, e))?;
        tmp.persist(&path).map_err(|e| io(&path, e.error))?;
        Ok(())
    }
}

fn io(path: &Path, source: std::io::Error) -> OutboxError {
    OutboxError {
        path: path.to_path_buf(),
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder whose manifest says duban wrote `a.xlsx` = "duban" and `sub/b.docx` = "duban".
    fn folder() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join("sub")).unwrap();
        for name in ["a.xlsx", "sub/b.docx"] {
            std::fs::write(dir.path().join(name), b"duban").unwrap();
        }
        let guard = Guard::open(dir.path(), chrono::Local::now());
        let entries = ["a.xlsx", "sub/b.docx"].map(|n| FileEntry::of(n.into(), b"duban"));
        guard.write_manifest(entries.to_vec()).unwrap();
        dir
    }

    fn targets(dir: &Path) -> Vec<PathBuf> {
        ["a.xlsx", "sub/b.docx", "c.json"].map(|n| dir.join(n)).to_vec()
    }

    #[test]
    fn only_what_differs_from_the_manifest_is_planned() {
        let dir = folder();
        let guard = Guard::open(dir.path(), chrono::Local::now());
        assert_eq!(guard.plan(&targets(dir.path())).unwrap(), []);
        std::fs::write(dir.path().join("sub/b.docx"), b"edited").unwrap();
        std::fs::write(dir.path().join("c.json"), b"someone's").unwrap();
        let plan = guard.plan(&targets(dir.path())).unwrap();
        let got: Vec<(&str, KeptReason)> = plan.iter().map(|k| (k.file.as_str(), k.reason)).collect();
        assert_eq!(
            got,
            [
                ("c.json", KeptReason::Unknown),
                ("sub/b.docx", KeptReason::Edited)
            ]
        );
        assert!(plan[1].kept_as.starts_with("历史版本/sub/b（修改于"), "{plan:?}");
        assert!(plan[1].kept_as.ends_with("）.docx"), "{plan:?}");
    }

    #[test]
    fn a_taken_name_gets_a_counter() {
        let dir = folder();
        std::fs::write(dir.path().join("a.xlsx"), b"edited").unwrap();
        let guard = Guard::open(dir.path(), chrono::Local::now());
        let first = guard.plan(&targets(dir.path())).unwrap().remove(0).kept_as;
        std::fs::create_dir_all(dir.path().join(HISTORY_DIR)).unwrap();
        std::fs::write(dir.path().join(&first), b"an earlier copy").unwrap();
        let second = guard.plan(&targets(dir.path())).unwrap().remove(0).kept_as;
        assert_eq!(second, first.replace("）.xlsx", "）（2）.xlsx"));
    }

    /// While the new files are renamed, the manifest knows both the old and the new bytes, so
    /// a run killed then leaves nothing that the next run takes for someone's edit.
    #[test]
    fn during_the_renames_the_manifest_knows_both_versions() {
        let dir = folder();
        std::fs::write(dir.path().join("sub/b.docx"), b"edited").unwrap();
        let guard = Guard::open(dir.path(), chrono::Local::now());
        let new = vec![
            FileEntry::of("a.xlsx".into(), b"new a"),
            FileEntry::of("sub/b.docx".into(), b"new b"),
        ];
        let kept = guard
            .commit(new.clone(), || {
                let during = Manifest::load(dir.path());
                assert!(during.knows(&FileEntry::of("a.xlsx".into(), b"duban")));
                assert!(new.iter().all(|e| during.knows(e)));
                assert!(
                    !dir.path().join("sub/b.docx").exists(),
                    "moved before the renames"
                );
                std::fs::write(dir.path().join("a.xlsx"), b"new a").unwrap();
                std::fs::write(dir.path().join("sub/b.docx"), b"new b").unwrap();
                Ok(())
            })
            .unwrap();
        assert_eq!(kept.len(), 1);
        assert_eq!(
            std::fs::read(dir.path().join(&kept[0].kept_as)).unwrap(),
            b"edited"
        );
        let after = Manifest::load(dir.path());
        assert_eq!(after.files, new);
    }

    #[test]
    fn a_failed_move_puts_back_what_was_moved_and_renames_nothing() {
        let dir = folder();
        for name in ["a.xlsx", "sub/b.docx"] {
            std::fs::write(dir.path().join(name), b"edited").unwrap();
        }
        // 历史版本/sub cannot be made: a file has that name.
        std::fs::create_dir_all(dir.path().join(HISTORY_DIR)).unwrap();
        std::fs::write(dir.path().join(HISTORY_DIR).join("sub"), b"in the way").unwrap();
        let guard = Guard::open(dir.path(), chrono::Local::now());
        let new = vec![
            FileEntry::of("a.xlsx".into(), b"new a"),
            FileEntry::of("sub/b.docx".into(), b"new b"),
        ];
        let err = guard.commit(new, || panic!("nothing is renamed")).unwrap_err();
        assert!(err.to_string().contains("b.docx"), "{err}");
        for name in ["a.xlsx", "sub/b.docx"] {
            assert_eq!(std::fs::read(dir.path().join(name)).unwrap(), b"edited", "{name}");
        }
        assert_eq!(
            std::fs::read_dir(dir.path().join(HISTORY_DIR)).unwrap().count(),
            1
        );
    }
}
