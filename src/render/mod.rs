//! Outputs. Every renderer reads the [`Model`] (never the inputs) through one calling
//! convention, [`Renderer::render`], and writes through [`write_atomic`], so a crash never
//! leaves half a file where a good one was. The driver decides the folder.

pub mod bulletin;
pub mod forms;
pub mod ledger;
pub mod report;
pub mod tasks;
pub mod xlsx;

use crate::model::Model;
use crate::settings::Settings;
use crate::templates::{TemplateError, Templates};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("{path}: cannot write: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path}: cannot build the workbook: {source}")]
    Xlsx {
        path: PathBuf,
        source: rust_xlsxwriter::XlsxError,
    },
    #[error("{path}: cannot build the document: {message}")]
    Docx { path: PathBuf, message: String },
    #[error(transparent)]
    Template(#[from] TemplateError),
}

/// What every renderer gets: the model, the settings, the templates and the folder for
/// this period's outputs (`<output>/<period title>/`).
pub struct RenderContext<'a> {
    pub model: &'a Model,
    pub settings: &'a Settings,
    pub templates: &'a Templates,
    pub dir: PathBuf,
}

pub trait Renderer {
    /// Name shown in the console ("工作台帐").
    fn name(&self) -> &'static str;
    /// Writes its files under `ctx.dir` and returns their paths.
    fn render(&self, ctx: &RenderContext) -> Result<Vec<PathBuf>, RenderError>;
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), RenderError> {
    let io = |source| RenderError::Io {
        path: path.to_path_buf(),
        source,
    };
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(io)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".duban-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(io)?;
    tmp.write_all(bytes).map_err(io)?;
    tmp.as_file().sync_all().map_err(io)?;
    tmp.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

/// Removes temporary files a killed earlier run left under `dir` (`.duban-*.tmp`, written by
/// [`write_atomic`] before its rename), so an interrupted run leaves nothing half-written
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
    fn atomic_write_replaces_and_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("sub").join("a.txt");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two");
        let names: Vec<_> = std::fs::read_dir(p.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
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
