//! Never overwrite what the office edited: the binary on the shipped demo input, run again
//! after outputs were edited in other programs (tests/fixtures/manifest: the ledgers rewritten
//! by openpyxl, the bulletin's zip rewritten with a paragraph changed, see make.py there).
//! Edited files are kept in 历史版本 under their modification time, the new outputs are in
//! place, the console and the run report name them; unedited outputs are replaced silently.

use crate::support::read::{grid, part_of, snapshot};
use crate::support::{self, Run};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

const PERIOD: &str = "2020年半年";
const LEDGER: &str = "工作台帐_2020年半年.xlsx";
const BULLETIN: &str = "督查通报_2020年半年.docx";
const UNIT_LEDGER: &str = "分单位台帐/区财政局_工作台帐_2020年半年.xlsx";

fn fixture(name: &str) -> PathBuf {
    support::fixture("manifest").join(name)
}

/// `duban ARGS --output <output>` in the repository (the demo's input/); the run must not fail.
fn duban(args: &[&str], output: &Path) -> Run {
    let mut all = args.to_vec();
    all.extend(["--output", output.to_str().unwrap()]);
    let out = support::duban(support::repo(), &all);
    assert!(matches!(out.code, Some(0 | 1)), "the run failed");
    out
}

fn run(output: &Path) -> String {
    duban(&["run", "--input", "input", "--quiet"], output).stdout
}

/// The files under 历史版本/ of `dir`.
fn history(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let kept = dir.join("历史版本");
    if kept.exists() {
        snapshot(&kept)
    } else {
        BTreeMap::new()
    }
}

/// Puts `fixture` where an output is, as another program saving it would, modified at
/// 2026-03-05 14:07 local time.
fn edit(dir: &Path, output: &str, fixture_name: &str) {
    let path = dir.join(output);
    std::fs::copy(fixture(fixture_name), &path).unwrap();
    let local = chrono::NaiveDate::from_ymd_opt(2026, 3, 5)
        .unwrap()
        .and_hms_opt(14, 7, 30)
        .unwrap()
        .and_local_timezone(chrono::Local)
        .unwrap();
    let when = SystemTime::UNIX_EPOCH + Duration::from_secs(local.timestamp() as u64);
    let file = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
    file.set_modified(when).unwrap();
}

/// The XML of a .docx's document part.
fn document_xml(bytes: &[u8]) -> String {
    part_of(bytes, "word/document.xml")
}

fn report(dir: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(dir.join("处理报告.json")).unwrap()).unwrap()
}

/// The manifest without its run time.
fn manifest_without_time(dir: &Path) -> serde_json::Value {
    let mut m: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join(".duban/manifest.json")).unwrap()).unwrap();
    assert!(m["run_time"].as_str().is_some_and(|t| t.len() >= 19), "{m}");
    m.as_object_mut().unwrap().remove("run_time");
    m
}

#[test]
fn edited_outputs_are_kept_and_the_office_is_told() {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join(PERIOD);
    run(out.path());
    let first = snapshot(&dir);
    let m = manifest_without_time(&dir);
    let listed = m["files"].as_array().unwrap();
    assert_eq!(
        listed.len(),
        first.len() - 1,
        "every output but the manifest is listed"
    );
    let entry = listed.iter().find(|f| f["path"] == LEDGER).unwrap();
    assert_eq!(entry["size"].as_u64().unwrap(), first[LEDGER].len() as u64);
    assert_eq!(entry["sha256"].as_str().unwrap().len(), 64);

    let fresh_ledger = out.path().join("fresh.xlsx");
    std::fs::copy(dir.join(LEDGER), &fresh_ledger).unwrap();
    edit(&dir, LEDGER, "工作台帐_edited.xlsx");
    edit(&dir, BULLETIN, "督查通报_edited.docx");
    edit(&dir, UNIT_LEDGER, "区财政局_工作台帐_edited.xlsx");
    let stdout = run(out.path());

    // The edited files, with their edits, under their modification time.
    let kept = history(&dir);
    let names = [
        "工作台帐_2020年半年（修改于2026-03-05 1407）.xlsx",
        "督查通报_2020年半年（修改于2026-03-05 1407）.docx",
        "分单位台帐/区财政局_工作台帐_2020年半年（修改于2026-03-05 1407）.xlsx",
    ];
    assert_eq!(kept.keys().collect::<Vec<_>>(), {
        let mut n = names.to_vec();
        n.sort();
        n
    });
    assert_eq!(
        kept[names[0]],
        std::fs::read(fixture("工作台帐_edited.xlsx")).unwrap()
    );
    assert!(document_xml(&kept[names[1]]).contains("经区政府领导审定，现将有关情况通报如下："));
    let old_ledger = grid(&dir.join("历史版本").join(names[0]), "十大工程");
    assert!(old_ledger
        .iter()
        .flatten()
        .any(|c| c == "已电话督促，7月20日前补报"));

    // The new outputs are in place: the bulletin is again duban's, every unedited output is
    // the same as before (replaced silently).
    let second = snapshot(&dir);
    assert_eq!(second[BULLETIN], first[BULLETIN]);
    assert!(!document_xml(&second[BULLETIN]).contains("经区政府领导审定"));
    assert_eq!(second[UNIT_LEDGER], first[UNIT_LEDGER]);
    for (name, bytes) in &first {
        if ![LEDGER, ".duban/manifest.json", "处理报告.json", "处理报告.xlsx"].contains(&name.as_str())
        {
            assert!(&second[name] == bytes, "{name} changed");
        }
    }

    // The console and the run report say which files were kept and where.
    for (file, name) in [LEDGER, BULLETIN, UNIT_LEDGER].iter().zip(&names) {
        let name = name.rsplit('/').next().unwrap();
        assert!(stdout.contains(file.rsplit('/').next().unwrap()), "{stdout}");
        assert!(stdout.contains(name), "{name} not on the console:\n{stdout}");
    }
    assert!(
        stdout.contains("与上次生成的版本不同（有人修改过），原文件已保留为"),
        "{stdout}"
    );
    assert!(stdout.contains("有3个输出文件被改动过"), "{stdout}");
    let json = report(&dir);
    let listed: Vec<(&str, &str, &str)> = json["kept"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| {
            (
                k["file"].as_str().unwrap(),
                k["kept_as"].as_str().unwrap(),
                k["reason"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        listed,
        [
            (UNIT_LEDGER, &*format!("历史版本/{}", names[2]), "Edited"),
            (LEDGER, &*format!("历史版本/{}", names[0]), "Edited"),
            (BULLETIN, &*format!("历史版本/{}", names[1]), "Edited"),
        ]
    );
    let sheet = grid(&dir.join("处理报告.xlsx"), "历史版本");
    assert_eq!(sheet[0], ["文件", "保留为", "原因"]);
    assert_eq!(sheet.len(), 4, "{sheet:?}");
    assert_eq!(sheet[2][0], LEDGER);
    assert_eq!(sheet[2][1], format!("历史版本/{}", names[0]));
    assert!(
        sheet[2][2].starts_with("与上次生成的版本不同，视为有人修改过；"),
        "{sheet:?}"
    );
    assert_eq!(sheet[1][2], "与上次生成的版本不同，视为有人修改过");

    // The office's own columns are in the new ledger, on the right lines.
    let kept_ledger = dir.join("历史版本").join(names[0]);
    assert_carried(&kept_ledger, &dir.join(LEDGER), &fresh_ledger);
    let carried =
        "中办公室自加的列（十大工程：督查室批注、联系人；十件实事：督查室批注；1311项目：督查次数）\
                   已按任务编号和牵头单位带入新台帐，共5格；另有1格所在行在新台帐中没有对应行";
    assert!(stdout.contains(carried), "{stdout}");
    assert!(sheet[2][2].contains(carried), "{sheet:?}");

    // A third run with no edits moves nothing and says nothing about it; the carried columns
    // stay (they are read from the ledger on disk, which is now duban's own).
    let carried_ledger = std::fs::read(dir.join(LEDGER)).unwrap();
    let stdout = run(out.path());
    assert_eq!(history(&dir), kept);
    assert!(!stdout.contains("历史版本"), "{stdout}");
    assert_eq!(std::fs::read(dir.join(LEDGER)).unwrap(), carried_ledger);
    assert_eq!(report(&dir)["kept"].as_array().unwrap().len(), 0);

    // Edited again with the same modification time: a counter, the first copy untouched.
    edit(&dir, BULLETIN, "督查通报_edited.docx");
    run(out.path());
    let again = history(&dir);
    assert_eq!(again.len(), 4);
    assert_eq!(again[names[1]], kept[names[1]]);
    assert!(again.contains_key("督查通报_2020年半年（修改于2026-03-05 1407）（2）.docx"));
}

#[test]
fn a_file_duban_has_no_record_of_is_kept() {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join(PERIOD);
    std::fs::create_dir_all(dir.join("催报通知")).unwrap();
    // An output folder of an older duban (no manifest) and someone's file under an output's name.
    std::fs::write(dir.join(BULLETIN), b"an older bulletin").unwrap();
    std::fs::write(
        dir.join("催报通知/区残联_催报通知.docx"),
        b"a reminder typed by hand",
    )
    .unwrap();
    std::fs::write(dir.join("会议纪要.docx"), b"not an output").unwrap();
    let stdout = run(out.path());
    let kept = history(&dir);
    assert_eq!(kept.len(), 2, "{:?}", kept.keys());
    let (bulletin, reminder) = (
        kept.iter()
            .find(|(k, _)| k.starts_with("督查通报_2020年半年（修改于"))
            .unwrap(),
        kept.iter()
            .find(|(k, _)| k.starts_with("催报通知/区残联_催报通知（修改于"))
            .unwrap(),
    );
    assert_eq!(bulletin.1, b"an older bulletin");
    assert_eq!(reminder.1, b"a reminder typed by hand");
    assert!(stdout.contains("没有本程序的生成记录"), "{stdout}");
    let json = report(&dir);
    assert!(json["kept"]
        .as_array()
        .unwrap()
        .iter()
        .all(|k| k["reason"] == "Unknown"));
    // A file that is not an output is left alone.
    assert_eq!(
        std::fs::read(dir.join("会议纪要.docx")).unwrap(),
        b"not an output"
    );
}

/// `duban forms` and `duban run` write into the same period folder under one manifest: neither
/// takes the other's outputs for someone's files; an edited form is kept like a ledger.
#[test]
fn forms_and_runs_share_the_manifest_and_edited_forms_are_kept() {
    let out = tempfile::tempdir().unwrap();
    let dir = out.path().join(PERIOD);
    let forms = ["forms", "--period", "2020-H1", "--input", "input"];
    duban(&forms, out.path());
    run(out.path());
    duban(&forms, out.path());
    run(out.path());
    assert!(history(&dir).is_empty(), "{:?}", history(&dir).keys());
    let form = snapshot(&dir)
        .into_keys()
        .find(|k| k.starts_with("反馈表/区财政局_"))
        .unwrap();
    std::fs::write(dir.join(&form), b"filled in by hand").unwrap();
    let stdout = duban(&forms, out.path()).stdout;
    let kept = history(&dir);
    assert_eq!(kept.len(), 1, "{:?}", kept.keys());
    let (name, bytes) = kept.iter().next().unwrap();
    assert!(
        name.starts_with(&format!("{}（修改于", form.trim_end_matches(".xlsx"))),
        "{name}"
    );
    assert_eq!(bytes, b"filled in by hand");
    assert!(stdout.contains("原文件已保留为"), "{stdout}");
}

#[test]
fn two_fresh_runs_differ_only_in_the_manifest_time() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    run(a.path());
    std::thread::sleep(Duration::from_millis(1100));
    run(b.path());
    let (sa, sb) = (snapshot(a.path()), snapshot(b.path()));
    assert_eq!(sa.keys().collect::<Vec<_>>(), sb.keys().collect::<Vec<_>>());
    for (name, bytes) in &sa {
        if !name.ends_with(".duban/manifest.json") {
            assert!(bytes == &sb[name], "{name} differs between two runs");
        }
    }
    let (da, db) = (a.path().join(PERIOD), b.path().join(PERIOD));
    assert_eq!(manifest_without_time(&da), manifest_without_time(&db));
    let read = |d: &Path| std::fs::read(d.join(".duban/manifest.json")).unwrap();
    assert_ne!(read(&da), read(&db), "the run time is in the manifest");
}

/// Line key (任务编号 or title, 牵头单位) -> row, for the rows below the headers.
fn line_rows(g: &[Vec<String>]) -> BTreeMap<(String, String), usize> {
    (4..g.len())
        .filter(|r| !g[*r][0].is_empty())
        .map(|r| ((g[r][0].clone(), g[r].get(3).cloned().unwrap_or_default()), r))
        .collect()
}

/// The first column after duban's table (after 来源 in the lower header row).
fn own_start(g: &[Vec<String>]) -> usize {
    g[3].iter().position(|h| h == "来源").expect("a 来源 column") + 1
}

/// The header of column `c`: the non-empty texts of the two header rows.
fn header(g: &[Vec<String>], c: usize) -> String {
    let parts = [g[2].get(c), g[3].get(c)];
    let parts: Vec<&str> = parts
        .iter()
        .flatten()
        .filter(|p| !p.is_empty())
        .map(|p| p.as_str())
        .collect();
    parts.join(" ")
}

/// duban's columns of `new` are those of a fresh ledger; every value of the office's own
/// columns of `old` (after its 来源) is on the line with the same key in `new`, in the column
/// with the same header after the new 来源 (the table may have grown since the fixture).
fn assert_carried(old: &Path, new: &Path, fresh: &Path) {
    for sheet in ["十大工程", "十件实事", "1311项目"] {
        let (o, n, f) = (grid(old, sheet), grid(new, sheet), grid(fresh, sheet));
        let (old_own, new_own) = (own_start(&o), own_start(&n));
        assert_eq!(n.len(), f.len(), "{sheet}");
        for (nr, fr) in n.iter().zip(&f) {
            assert_eq!(nr[..new_own], fr[..new_own], "{sheet}: duban's table changed");
        }
        let width = o[2].len().max(o[3].len());
        assert!(width > old_own, "{sheet}: the fixture has own columns");
        let rows = line_rows(&n);
        let mut placed = 0;
        for ((key, old_row), c) in line_rows(&o)
            .iter()
            .flat_map(|l| (old_own..width).map(move |c| (l, c)))
        {
            let value = o[*old_row].get(c).cloned().unwrap_or_default();
            if value.is_empty() {
                continue;
            }
            let nc = new_own + (c - old_own);
            assert_eq!(header(&n, nc), header(&o, c), "{sheet}: header of column {c}");
            match rows.get(key) {
                Some(r) => {
                    assert_eq!(n[*r][nc], value, "{sheet} {key:?}");
                    placed += 1;
                }
                None => assert!(n.iter().flatten().all(|cell| *cell != value), "{value} placed"),
            }
        }
        assert!(placed > 0, "{sheet}");
    }
    // The lines the fixture annotated, named.
    let n = grid(new, "十大工程");
    let (rows, own) = (line_rows(&n), own_start(&n));
    let at = |id: &str, unit: &str, c: usize| n[rows[&(id.to_string(), unit.to_string())]][own + c].clone();
    assert_eq!(header(&n, own), "督查室批注");
    assert_eq!(at("1.(1).1", "区扶贫开发中心", 0), "已电话督促，7月20日前补报");
    assert_eq!(at("1.(2).3", "区交警大队", 0), "交警大队数据待核实");
    assert_eq!(at("1.(2).3", "区交通运输局", 0), "");
    assert_eq!(at("1.(2).3", "区交通运输局、区交警大队", 1), "张科长 2681234");
    let n = grid(new, "1311项目");
    let (rows, own) = (line_rows(&n), own_start(&n));
    assert_eq!(header(&n, own), "督查次数");
    assert_eq!(
        n[rows[&("1311-1".to_string(), "盐湖高新区".to_string())]][own],
        "3"
    );
}

/// `duban tasks` writes into the output folder itself, under its own manifest there.
#[test]
fn an_edited_task_list_is_kept_in_the_output_folder() {
    let out = tempfile::tempdir().unwrap();
    let tasks = ["tasks", "--input", "input"];
    duban(&tasks, out.path());
    duban(&tasks, out.path());
    assert!(history(out.path()).is_empty());
    std::fs::write(out.path().join("任务清单.json"), b"{\"edited\": true}").unwrap();
    let stdout = duban(&tasks, out.path()).stdout;
    let kept = history(out.path());
    assert_eq!(kept.len(), 1, "{:?}", kept.keys());
    let (name, bytes) = kept.iter().next().unwrap();
    assert!(
        name.starts_with("任务清单（修改于") && name.ends_with("）.json"),
        "{name}"
    );
    assert_eq!(bytes, b"{\"edited\": true}");
    assert!(stdout.contains("原文件已保留为"), "{stdout}");
    let json = std::fs::read_to_string(out.path().join("任务清单.json")).unwrap();
    assert!(json.contains("1.(1).1"), "the new task list is in place");
}
