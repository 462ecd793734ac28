//! Turning generated .xlsx returns into .xls and .ods with headless LibreOffice, so the demo
//! and the benchmark hold files another program wrote. Optional: without `soffice` on PATH
//! the returns stay .xlsx and the caller says so.

use super::scenario::{FileFormat, Scenario};
use super::DemoError;
use std::collections::BTreeMap;
use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

/// `soffice` on PATH, if any.
pub fn soffice() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join("soffice"))
        .find(|p| p.is_file())
}

/// LibreOffice's filter name for a format.
fn filter(format: FileFormat) -> &'static str {
    match format {
        FileFormat::Xlsx => "xlsx",
        FileFormat::Xls => "xls:MS Excel 97",
        FileFormat::Ods => "ods",
    }
}

/// Converts the returns the scenario plans as .xls/.ods (written as .xlsx beforehand) and
/// removes the .xlsx. LibreOffice stamps the .ods zip entries with the time of conversion;
/// they are re-dated so regenerating gives the same bytes. Returns the converted files' final paths, relative to `returns_dir`.
pub fn convert_planned(
    soffice: &Path,
    scenario: &Scenario,
    returns_dir: &Path,
) -> Result<Vec<String>, DemoError> {
    let mut batches: BTreeMap<(FileFormat, String), Vec<PathBuf>> = BTreeMap::new();
    let mut done = Vec::new();
    for ret in scenario.returns.iter().filter(|r| r.format != FileFormat::Xlsx) {
        batches
            .entry((ret.format, ret.folder.clone()))
            .or_default()
            .push(returns_dir.join(ret.xlsx_path()));
        done.push(ret.final_path());
    }
    for ((format, folder), files) in &batches {
        convert(soffice, files, *format, &returns_dir.join(folder))?;
        for f in files {
            let io = |path: &Path| {
                let path = path.to_path_buf();
                move |source| DemoError::Io { path, source }
            };
            std::fs::remove_file(f).map_err(io(f))?;
            if *format == FileFormat::Ods {
                let ods = f.with_extension("ods");
                let bytes = std::fs::read(&ods).map_err(io(&ods))?;
                let fixed = fixed_zip_times(&bytes).map_err(|message| DemoError::Zip {
                    path: ods.clone(),
                    message,
                })?;
                std::fs::write(&ods, fixed).map_err(io(&ods))?;
            }
        }
    }
    Ok(done)
}

/// One LibreOffice run converting `files` into `outdir` (same stems, new extension). A
/// private profile keeps it from clashing with another LibreOffice running on the machine.
pub(crate) fn convert(
    soffice: &Path,
    files: &[PathBuf],
    format: FileFormat,
    outdir: &Path,
) -> Result<(), DemoError> {
    if files.is_empty() {
        return Ok(());
    }
    let fail = |message: String| DemoError::Convert {
        files: files.len(),
        format: format.ext().to_string(),
        message,
    };
    let profile = tempfile::tempdir().map_err(|e| fail(e.to_string()))?;
    let output = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.path().display()
        ))
        .args([
            "--headless",
            "--norestore",
            "--convert-to",
            filter(format),
            "--outdir",
        ])
        .arg(outdir)
        .args(files)
        .output()
        .map_err(|e| fail(e.to_string()))?;
    let missing: Vec<String> = files
        .iter()
        .map(|f| {
            outdir
                .join(f.file_stem().unwrap_or_default())
                .with_extension(format.ext())
        })
        .filter(|p| !p.is_file())
        .map(|p| p.display().to_string())
        .collect();
    if !output.status.success() || !missing.is_empty() {
        return Err(fail(format!(
            "{} (missing: {}) {}",
            output.status,
            missing.join(", "),
            String::from_utf8_lossy(&output.stderr).trim()
        )));
    }
    Ok(())
}

/// The same zip with every entry dated 1980-01-01 and made on Unix (each entry keeps its
/// compression, so an OpenDocument's `mimetype` stays first and stored), so the bytes depend
/// neither on today nor on the platform.
pub(crate) fn fixed_zip_times(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).map_err(|e| e.to_string())?;
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(entry.compression())
            .last_modified_time(zip::DateTime::default())
            .system(zip::System::Unix);
        let name = entry.name().map_err(|e| e.to_string())?.to_string();
        if entry.is_dir() {
            out.add_directory(name, options).map_err(|e| e.to_string())?;
            continue;
        }
        let mut data = Vec::new();
        entry.read_to_end(&mut data).map_err(|e| e.to_string())?;
        out.start_file(name, options).map_err(|e| e.to_string())?;
        out.write_all(&data).map_err(|e| e.to_string())?;
    }
    Ok(out.finish().map_err(|e| e.to_string())?.into_inner())
}
