//! Scale benchmark: a city's year of returns (13 districts, up to ~3,000 workbooks of 5-25
//! tasks each) through the whole run and through each stage.
//!
//!     cargo bench --bench scale -- 500 1000 3000
//!
//! For each size it writes a city-scale input with `duban::demo::city` into a temporary
//! folder (not timed), then measures in fresh child processes (this binary run again with
//! `--child`), so each measurement has its own peak memory:
//! - `stages`: settings, templates, register, `merge::ingest` (collect, extract, matching and
//!   merge), then each renderer, timed one by one;
//! - `whole`: `driver::run` as `duban run --period 2020-Y` does it, three times; the median
//!   is reported.
//!
//! Peak memory is the child's VmHWM from /proc/self/status. .xls/.ods are mixed in when
//! LibreOffice is installed (conversions cached in target/scale-pool/); set
//! DUBAN_SCALE_XLSX_ONLY=1 to skip them, DUBAN_SCALE_KEEP=DIR to keep the inputs.

use duban::cli::{Folders, RunArgs};
use duban::demo::city::{self, CityOptions};
use duban::demo::convert;
use duban::model::Model;
use duban::period::{Period, PeriodKind};
use duban::register::Register;
use duban::render::{self, Renderer};
use duban::settings::Settings;
use duban::templates::Templates;
use duban::{driver, merge};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// The allocator of the `duban` binary (src/main.rs), so the numbers are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SEED: u64 = 13;
const WHOLE_RUNS: usize = 3;
const MARK: &str = "SCALE\t";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    if args.first().map(String::as_str) == Some("--child") {
        let [_, what, input, output] = &args[..] else {
            panic!("usage: scale --child stages|whole INPUT OUTPUT");
        };
        match what.as_str() {
            "stages" => child_stages(Path::new(input), Path::new(output)),
            _ => child_whole(Path::new(input), Path::new(output)),
        }
        println!("{MARK}rss\t{}", peak_rss_kb());
        return;
    }
    let sizes: Vec<usize> = args.iter().filter_map(|a| a.parse().ok()).collect();
    let sizes = if sizes.is_empty() {
        vec![500, 1000, 3000]
    } else {
        sizes
    };
    // Every size's folder is kept until the end: deleting thousands of files just before a
    // measured run slows that run's file creation on some file systems (ext4 without a
    // journal skips recently freed inodes one by one; ~0.5 s at 3,000 workbooks here).
    let mut folders = Vec::new();
    let rows: Vec<Measured> = sizes
        .iter()
        .map(|n| {
            let tmp = tempfile::tempdir().expect("temporary folder");
            let row = measure(*n, tmp.path());
            folders.push(tmp);
            row
        })
        .collect();
    print_table(&rows);
    drop(folders);
}

fn period() -> Period {
    Period::new(2020, PeriodKind::Y)
}

/// What one size gave.
struct Measured {
    workbooks: usize,
    formats: String,
    rows: usize,
    generate: f64,
    stages: Vec<(String, f64)>,
    stages_rss_kb: u64,
    whole: f64,
    whole_rss_kb: u64,
}

fn measure(n: usize, tmp: &Path) -> Measured {
    let base = std::env::var_os("DUBAN_SCALE_KEEP").map_or_else(|| tmp.to_path_buf(), PathBuf::from);
    let input = base.join(format!("input-{n}"));
    let _ = std::fs::remove_dir_all(&input);
    let soffice = if std::env::var_os("DUBAN_SCALE_XLSX_ONLY").is_some() {
        None
    } else {
        convert::soffice()
    };
    let opts = CityOptions {
        workbooks: n,
        seed: SEED,
        soffice,
        pool: Some(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("target")
                .join("scale-pool"),
        ),
    };
    eprintln!("scale: writing {n} workbooks to {} ...", input.display());
    let t = Instant::now();
    let city = city::write_city(&input, &opts).expect("city input");
    let generate = t.elapsed().as_secs_f64();
    let formats = city
        .by_format
        .iter()
        .map(|(f, k)| format!("{k} {f}"))
        .collect::<Vec<_>>()
        .join(", ");
    eprintln!(
        "scale: {formats}; {} rows; {} tasks; {generate:.1} s",
        city.rows, city.tasks
    );
    // The input was just written: have the kernel write it out now, so the measured runs do
    // not compete with the writeback of ~100 MB (the first run was up to 0.5 s slower).
    if cfg!(unix) {
        let _ = Command::new("sync").status();
    }
    let (stages, stages_rss_kb) = split(child("stages", &input, &base.join(format!("out-{n}-stages"))));
    let mut wholes = Vec::new();
    let mut whole_rss_kb = 0;
    for k in 0..WHOLE_RUNS {
        let (times, rss) = split(child("whole", &input, &base.join(format!("out-{n}-{k}"))));
        wholes.push(times.first().map_or(f64::NAN, |t| t.1));
        whole_rss_kb = whole_rss_kb.max(rss);
    }
    wholes.sort_by(f64::total_cmp);
    Measured {
        workbooks: city.workbooks,
        formats,
        rows: city.rows,
        generate,
        stages,
        stages_rss_kb,
        whole: wholes[wholes.len() / 2],
        whole_rss_kb,
    }
}

/// Runs this binary again as a child and returns its marked lines.
fn child(what: &str, input: &Path, output: &Path) -> Vec<(String, String)> {
    let exe = std::env::current_exe().expect("own path");
    let out = Command::new(exe)
        .args(["--child", what])
        .arg(input)
        .arg(output)
        .output()
        .expect("child runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        panic!(
            "child {what} failed: {}\n{stdout}\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
    }
    stdout
        .lines()
        .filter_map(|l| l.strip_prefix(MARK))
        .filter_map(|l| l.split_once('\t'))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// (stage timings in order, peak RSS) from a child's lines.
fn split(lines: Vec<(String, String)>) -> (Vec<(String, f64)>, u64) {
    let mut times = Vec::new();
    let mut rss = 0;
    for (k, v) in lines {
        if k == "rss" {
            rss = v.parse().unwrap_or(0);
        } else if let Some((name, secs)) = v.split_once('\t') {
            times.push((name.to_string(), secs.parse().unwrap_or(f64::NAN)));
        } else {
            let _ = k;
        }
    }
    (times, rss)
}

fn report(name: &str, t: Instant) {
    println!("{MARK}time\t{name}\t{}", t.elapsed().as_secs_f64());
}

fn child_stages(input: &Path, output: &Path) {
    let t = Instant::now();
    let settings = Settings::load(input).expect("settings");
    let templates = Templates::load(None).expect("templates");
    report("settings+templates", t);
    let t = Instant::now();
    let register = Register::load(&input.join(&settings.notice)).expect("register");
    report("register", t);
    // merge::ingest is collect + extract + matching + merge; when those stages expose their
    // own entry points, time them here one by one.
    let t = Instant::now();
    let model: Model = merge::ingest(register, &settings, input, period(), false);
    report("ingest", t);
    let dir = output.join(model.current.title());
    let renderers: [(&str, &dyn Renderer); 3] = [
        ("ledger", &render::ledger::Ledger),
        ("bulletin", &render::bulletin::Bulletin),
        ("report", &render::report::RunReport),
    ];
    for (name, r) in renderers {
        let t = Instant::now();
        render::render_alone(r, &model, &settings, &templates, &dir).expect("render");
        report(name, t);
    }
}

fn child_whole(input: &Path, output: &Path) {
    let args = RunArgs {
        folders: Folders {
            input: input.to_path_buf(),
            output: output.to_path_buf(),
        },
        period: Some(period()),
        // No such folder: the built-in templates.
        templates: output.join("no-templates"),
        quiet: true,
        timings: false,
    };
    let t = Instant::now();
    driver::run(&args).expect("run");
    report("whole", t);
}

/// Peak resident set size of this process, in kB (VmHWM).
fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0)
}

fn print_table(rows: &[Measured]) {
    let stage_names: Vec<String> = rows
        .first()
        .map(|r| r.stages.iter().map(|s| s.0.clone()).collect())
        .unwrap_or_default();
    println!();
    print!("| workbooks | formats | rows | generate s |");
    for s in &stage_names {
        print!(" {s} s |");
    }
    println!(" stages peak MB | whole run s (median of {WHOLE_RUNS}) | whole peak MB | ingest ms/workbook |");
    println!("|{}", "---|".repeat(4 + stage_names.len() + 4));
    for r in rows {
        print!(
            "| {} | {} | {} | {:.1} |",
            r.workbooks, r.formats, r.rows, r.generate
        );
        for (_, secs) in &r.stages {
            print!(" {secs:.3} |");
        }
        // What grows with the returns; the outputs follow the register, not the returns.
        let ingest = r.stages.iter().find(|s| s.0 == "ingest").map_or(0.0, |s| s.1);
        println!(
            " {:.0} | {:.3} | {:.0} | {:.2} |",
            r.stages_rss_kb as f64 / 1024.0,
            r.whole,
            r.whole_rss_kb as f64 / 1024.0,
            ingest * 1000.0 / r.workbooks.max(1) as f64
        );
    }
}
