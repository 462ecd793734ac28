//! The import graph of src/: every `crate::…` path in the code (comments left out) is an
//! arrow from the top-level module it is written in to the top-level module it names. The
//! modules stand on floors in pipeline order ([`FLOORS`], the one definition, repeated in
//! docs/ARCHITECTURE.md and checked against it here); an arrow may point to a lower floor or
//! along its own, never up, and no arrows may run in a circle.

use crate::support::repo;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// src/'s top-level modules, lowest floor first. A module may use the modules of lower
/// floors and of its own (without a circle), never those of a higher one.
const FLOORS: &[&[&str]] = &[
    // shared small types and helpers, the ground floor
    &["msg", "place", "finding", "status", "text", "wordxml"],
    // configuration
    &["calendar", "period", "settings", "templates"],
    // the stages, in the driver's order, with the types between them
    &["register"],
    &["form", "plan"],
    &["collect"],
    &["extract"],
    &["matching"],
    &["model"],
    &["merge"],
    &["compare"],
    &["assess"],
    &["analysis"],
    &["outbox"],
    &["render"],
    &["console"],
    &["cli"],
    // the top: what runs the stages (the binary's driver, the demo's generators)
    &["driver", "demo"],
];

/// One arrow: from a module to another, with the first place it is written.
type Arrows = BTreeMap<(String, String), String>;

/// `a < b c < d`: the floors as ARCHITECTURE.md writes them.
fn floors_line() -> String {
    let floors: Vec<String> = FLOORS.iter().map(|f| f.join(" ")).collect();
    floors.join(" < ")
}

fn floor_of(module: &str) -> Option<usize> {
    FLOORS.iter().position(|f| f.contains(&module))
}

/// A line without its `//` comment (a `//` inside a string literal is kept).
fn code_of(line: &str) -> &str {
    let mut quotes = 0;
    let bytes = line.as_bytes();
    for i in 0..bytes.len() {
        match bytes[i] {
            b'"' if i == 0 || bytes[i - 1] != b'\\' => quotes += 1,
            b'/' if quotes % 2 == 0 && bytes.get(i + 1) == Some(&b'/') => return &line[..i],
            _ => {}
        }
    }
    line
}

/// The top-level modules a line of code names: `crate::x::…` and `crate::{x, y::…}`.
fn named(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        let before = rest[..i].chars().next_back();
        rest = &rest[i + "crate::".len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue; // `some_crate::`
        }
        if let Some(group) = rest.strip_prefix('{') {
            // Items at the group's top level: `place::Place`, `finding`.
            let mut depth = 0;
            let mut item = String::new();
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => out.push(std::mem::take(&mut item)),
                    c if depth == 0 => item.push(c),
                    _ => {}
                }
            }
            out.push(item);
            for n in out.iter_mut() {
                let name: String = n
                    .trim()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                *n = name;
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            // `crate::out!(…)` names an exported macro, not a module.
            if !rest[name.len()..].starts_with('!') {
                out.push(name);
            }
        }
    }
    out.retain(|n| !n.is_empty() && n != "self");
    out
}

/// The top-level module a file of src/ belongs to (None for lib.rs and main.rs).
fn module_of(rel: &Path) -> Option<String> {
    let first = rel.components().next()?.as_os_str().to_str()?;
    let name = first.strip_suffix(".rs").unwrap_or(first);
    (!matches!(name, "lib" | "main")).then(|| name.to_string())
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// Every arrow between two top-level modules of src/, and the modules found.
fn arrows() -> (Arrows, BTreeSet<String>) {
    let src = repo().join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut arrows = Arrows::new();
    let mut modules = BTreeSet::new();
    for path in files {
        let rel = path.strip_prefix(&src).unwrap();
        let Some(from) = module_of(rel) else { continue };
        modules.insert(from.clone());
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            for to in named(code_of(line)) {
                if to != from {
                    let at = format!("src/{}:{}", rel.display(), n + 1);
                    arrows.entry((from.clone(), to)).or_insert(at);
                }
            }
        }
    }
    (arrows, modules)
}

/// The modules on a circle of arrows, each circle once (strongly connected components of
/// more than one module).
fn circles(arrows: &Arrows) -> Vec<Vec<String>> {
    let nodes: BTreeSet<&String> = arrows.keys().flat_map(|(a, b)| [a, b]).collect();
    let reach = |from: &String| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![from.clone()];
        while let Some(n) = todo.pop() {
            for ((a, b), _) in arrows.range((n.clone(), String::new())..) {
                if *a != n {
                    break;
                }
                if seen.insert(b.clone()) {
                    todo.push(b.clone());
                }
            }
        }
        seen
    };
    let reached: BTreeMap<&String, BTreeSet<String>> = nodes.iter().map(|n| (*n, reach(n))).collect();
    let mut out: Vec<Vec<String>> = Vec::new();
    for n in &nodes {
        let circle: Vec<String> = nodes
            .iter()
            .filter(|m| reached[*n].contains(**m) && reached[**m].contains(*n))
            .map(|m| m.to_string())
            .collect();
        if circle.len() > 1 && !out.contains(&circle) {
            out.push(circle);
        }
    }
    out
}

#[test]
fn every_module_of_src_stands_on_one_floor() {
    let (_, modules) = arrows();
    let placed: BTreeSet<String> = FLOORS
        .iter()
        .flat_map(|f| f.iter())
        .map(|m| m.to_string())
        .collect();
    let unplaced: Vec<_> = modules.difference(&placed).collect();
    let gone: Vec<_> = placed.difference(&modules).collect();
    assert!(
        unplaced.is_empty(),
        "modules of src/ missing from FLOORS: {unplaced:?}"
    );
    assert!(
        gone.is_empty(),
        "FLOORS names modules src/ no longer has: {gone:?}"
    );
    let total: usize = FLOORS.iter().map(|f| f.len()).sum();
    assert_eq!(total, placed.len(), "a module stands on two floors");
}

#[test]
fn no_arrow_runs_back_up() {
    let (arrows, _) = arrows();
    assert!(
        arrows.len() > 20,
        "too few arrows found: the scan is broken ({})",
        arrows.len()
    );
    let up: Vec<String> = arrows
        .iter()
        .filter(|((from, to), _)| match (floor_of(from), floor_of(to)) {
            (Some(a), Some(b)) => b > a,
            _ => false,
        })
        .map(|((from, to), at)| format!("{from} -> {to} ({at})"))
        .collect();
    assert!(
        up.is_empty(),
        "arrows running back up the floors:\n{}",
        up.join("\n")
    );
}

#[test]
fn no_circle_across_modules() {
    let (arrows, _) = arrows();
    let found: Vec<String> = circles(&arrows).iter().map(|c| c.join(" <-> ")).collect();
    assert!(
        found.is_empty(),
        "circles in the import graph of src/:\n{}",
        found.join("\n")
    );
}

#[test]
fn architecture_states_the_same_floors() {
    let doc = std::fs::read_to_string(repo().join("docs/ARCHITECTURE.md")).unwrap();
    let line = floors_line();
    assert!(
        doc.contains(&line),
        "docs/ARCHITECTURE.md should state the floors as:\n{line}"
    );
}

#[test]
fn the_scan_sees_plain_and_grouped_paths_but_not_comments() {
    assert_eq!(named("use crate::model::{Entry, Model};"), ["model"]);
    assert_eq!(named("use crate::{place::Place, finding};"), ["place", "finding"]);
    assert_eq!(named("let x = other_crate::model::f();"), Vec::<String>::new());
    assert_eq!(named(code_of("f(); // see crate::render")), Vec::<String>::new());
    assert_eq!(named("crate::outln!(\"{}\", crate::console::x());"), ["console"]);
    assert_eq!(code_of(r#"let s = "a//b"; // c"#), r#"let s = "a//b"; "#);
    let circle = Arrows::from([
        (("a".into(), "b".into()), String::new()),
        (("b".into(), "a".into()), String::new()),
        (("b".into(), "c".into()), String::new()),
    ]);
    assert_eq!(circles(&circle), [["a", "b"]]);
}
