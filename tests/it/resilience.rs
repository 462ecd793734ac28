//! A run killed half-way leaves no half-written output file, and the next run writes the
//! full output. Outputs are written through a temporary file and a rename, so at any moment
//! a file under output/ is either absent or whole; a killed run's temporaries are removed by
//! the next run.

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

fn files(dir: &Path) -> BTreeSet<PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| e.path().strip_prefix(dir).unwrap().to_path_buf())
        .collect()
}

/// A finished output: .xlsx and .docx are whole zip packages, .json parses.
fn assert_whole(path: &Path) {
    let name = path.display().to_string();
    if name.ends_with(".xlsx") || name.ends_with(".docx") {
        let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap())
            .unwrap_or_else(|e| panic!("{name} is not a whole package: {e}"));
        for i in 0..zip.len() {
            let mut entry = zip.by_index(i).unwrap();
            let mut sink = Vec::new();
            entry
                .read_to_end(&mut sink)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    } else if name.ends_with(".json") {
        serde_json::from_slice::<serde_json::Value>(&std::fs::read(path).unwrap())
            .unwrap_or_else(|e| panic!("{name} is not whole JSON: {e}"));
    }
}

fn duban(output: &Path) -> Command {
    let mut cmd = crate::support::command(crate::support::repo());
    cmd.args(["run", "--quiet", "--output"])
        .arg(output)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    cmd
}

#[test]
fn killed_runs_leave_only_whole_files_and_the_next_run_completes() {
    // A whole run into a fresh folder first: what the others must end as, and how long a run
    // takes on this machine and build.
    let fresh = tempfile::tempdir().unwrap();
    let started = Instant::now();
    duban(fresh.path()).status().unwrap();
    let whole = started.elapsed();
    let out = tempfile::tempdir().unwrap();
    // Kill runs at growing fractions of that, so some die while reading and some while writing.
    for percent in [3, 10, 25, 45, 65, 85] {
        let mut child = duban(out.path()).spawn().unwrap();
        std::thread::sleep(whole * percent / 100);
        let _ = child.kill();
        child.wait().unwrap();
        for f in files(out.path()) {
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            if name.starts_with(".duban-") {
                continue; // a temporary of the killed run: never under a real name
            }
            assert_whole(&out.path().join(&f));
        }
    }
    let status = duban(out.path()).status().unwrap();
    assert!(matches!(status.code(), Some(0 | 1)), "{status:?}");
    let after = files(out.path());
    assert!(after
        .iter()
        .all(|f| !f.file_name().unwrap().to_string_lossy().starts_with(".duban-")));
    for f in &after {
        assert_whole(&out.path().join(f));
    }
    // The full output: the same file set as the run into a fresh folder.
    assert_eq!(after, files(fresh.path()));
}

/// `duban tasks | head -1`: the console's reader goes away. The command goes on, writes its
/// outputs (任务清单, after the register printed) and ends with the status it would have
/// had, without a panic (it was exit 101, "failed printing to stdout"). The pipe's reader is
/// closed before duban starts, so every line it prints meets a closed pipe.
#[test]
fn a_closed_console_pipe_ends_nothing() {
    let tasks = |output: &Path| {
        let mut cmd = crate::support::command(crate::support::repo());
        cmd.args(["tasks", "--output"]).arg(output).stderr(Stdio::piped());
        cmd
    };
    let (gone, open) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let closed = tasks(gone.path()).stdout(writer).output().unwrap();
    let normal = tasks(open.path()).output().unwrap();
    let stderr = String::from_utf8_lossy(&closed.stderr);
    assert!(normal.stdout.len() > 1000, "the register is printed");
    assert_eq!(closed.status.code(), normal.status.code(), "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
    assert!(!files(gone.path()).is_empty());
    assert_eq!(files(gone.path()), files(open.path()));
}
