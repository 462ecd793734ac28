//! Every printed row of every workbook duban writes is as tall as its text and no taller, and
//! every sheet prints as planned. Neither Excel nor LibreOffice grows a row when it opens a
//! file, so a row too short cuts its text on paper; one too tall wastes the page. The demo
//! year is run (`run`, `forms`, `tasks`: the ledger, the per-unit and per-leader ledgers,
//! the forms and their index, 处理报告, 任务清单) and each sheet read back as XML: its print
//! area, repeated rows and columns, frozen panes, column widths, row heights, merged ranges,
//! and for every cell its text (calamine), font size and wrapping (styles.xml).
//!
//! The lines a text needs are estimated here on their own, not with duban's code: a CJK
//! character is 1 em, ASCII and the narrow quotes are 0.5 em (the least any font gives
//! them), an em is the size in whole pixels, and a line holds the column's pixels less 5 of
//! padding. That is the fewest lines
//! any program can wrap the text into: a row must hold them at 1.3 em a line (宋体's line in
//! Excel). A row taller than three lines of body text must need it: at most the lines of a
//! generous estimate (ASCII 0.6 em, a line one em shorter, one line more) at 1.5 em.

use crate::print::{
    attr, attr_in, col_index, defined, demo_outputs, printed, tags, visible_sheets, workbooks,
};
use crate::support::read::{cells, parts};
use std::collections::BTreeMap;
use std::path::Path;

/// A sheet's cell formats: font size and wrapping of each `cellXfs` entry.
fn formats(styles: &str) -> Vec<(f64, bool)> {
    let section = |name: &str| {
        let a = styles.find(&format!("<{name}")).unwrap();
        let b = styles[a..].find(&format!("</{name}>")).unwrap() + a;
        &styles[a..b]
    };
    let fonts: Vec<f64> = section("fonts")
        .split("<font>")
        .skip(1)
        .map(|f| attr(f, "sz", "val").map_or(11.0, |v| v.parse().unwrap()))
        .collect();
    section("cellXfs")
        .split("<xf ")
        .skip(1)
        .map(|xf| {
            let font: usize = attr_in(&format!(" {xf}"), "fontId").map_or(0, |v| v.parse().unwrap());
            (fonts[font], xf.contains(r#"wrapText="1""#))
        })
        .collect()
}

/// "B12" -> (11, 1).
fn cell_ref(r: &str) -> (u32, u32) {
    let letters: String = r.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
    let digits: u32 = r[letters.len()..].parse().unwrap();
    (digits - 1, col_index(&letters))
}

/// "'x'!$A$2:$M$11" or "x!$A:$R" -> (first row, first column, last row, last column).
fn area(reference: &str) -> (u32, u32, u32, u32) {
    let cells = reference.rsplit('!').next().unwrap().replace('$', "");
    let (a, b) = cells.split_once(':').unwrap();
    let bound = |s: &str, row_if_none: u32| {
        let letters: String = s.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
        let row = s[letters.len()..].parse::<u32>().map_or(row_if_none, |r| r - 1);
        (row, col_index(&letters))
    };
    let ((r0, c0), (r1, c1)) = (bound(a, 0), bound(b, 1_048_575));
    (r0, c0, r1, c1)
}

/// Ems of `text` at the least: CJK 1, ASCII and the narrow quotes ‘’“” 0.5.
fn least_ems(c: char) -> f64 {
    if c.is_ascii() || ('\u{2018}'..='\u{201d}').contains(&c) {
        0.5
    } else {
        1.0
    }
}

/// The fewest lines `text` wraps into in `pixels` at `size` pt, and a generous count. An em
/// is the font's size in whole pixels, as Windows draws it (10 pt: 13 pixels, not 13.3).
fn lines(text: &str, pixels: f64, size: f64) -> (usize, usize) {
    let line = (pixels - 5.0) / (size * 4.0 / 3.0).floor();
    let count = |ems: &dyn Fn(char) -> f64, line: f64| -> usize {
        text.split('\n')
            .map(|p| (p.chars().map(ems).sum::<f64>() / line.max(0.5)).ceil().max(1.0) as usize)
            .sum()
    };
    let generous = |c: char| if c.is_ascii() { 0.6 } else { 1.0 };
    (count(&least_ems, line), count(&generous, line - 1.0) + 1)
}

/// The problems of one visible sheet's rows.
fn row_problems(
    rel: &str,
    sheet: &str,
    xml: &str,
    texts: &[Vec<String>],
    formats: &[(f64, bool)],
    print: (u32, u32, u32, u32),
) -> Vec<String> {
    let mut pixels: BTreeMap<u32, f64> = BTreeMap::new();
    for col in tags(xml, "col") {
        let w: f64 = attr_in(col, "width").unwrap().parse().unwrap();
        let (a, b): (u32, u32) = (
            attr_in(col, "min").unwrap().parse().unwrap(),
            attr_in(col, "max").unwrap().parse().unwrap(),
        );
        for c in a..=b {
            pixels.insert(c - 1, (w * 7.0).round());
        }
    }
    let col_px = |c: u32| pixels.get(&c).copied().unwrap_or(64.0);
    // Merged ranges in one row: their text spans their columns; over several rows: left out.
    let mut span: BTreeMap<(u32, u32), u32> = BTreeMap::new();
    let mut skip = std::collections::BTreeSet::new();
    for m in tags(xml, "mergeCell") {
        let (r0, c0, r1, c1) = area(&attr_in(m, "ref").unwrap());
        if r0 == r1 {
            span.insert((r0, c0), c1);
        } else {
            skip.insert((r0, c0));
        }
    }
    let heights: BTreeMap<u32, f64> = tags(xml, "row")
        .iter()
        .filter_map(|r| {
            let n: u32 = attr_in(r, "r")?.parse().ok()?;
            Some((n - 1, attr_in(r, "ht")?.parse().ok()?))
        })
        .collect();
    let default = attr(xml, "sheetFormatPr", "defaultRowHeight").map_or(15.0, |v| v.parse().unwrap());
    let (r0, c0, r1, c1) = print;
    let mut problems = Vec::new();
    let mut rows: BTreeMap<u32, Vec<(String, usize, usize, f64)>> = BTreeMap::new();
    for c in tags(xml, "c") {
        let (row, col) = cell_ref(&attr_in(c, "r").unwrap());
        if row < r0 || row > r1 || col < c0 || col > c1 || skip.contains(&(row, col)) {
            continue;
        }
        let text = texts
            .get(row as usize)
            .and_then(|r| r.get(col as usize))
            .cloned()
            .unwrap_or_default();
        if text.is_empty() {
            continue;
        }
        let (size, wrap) = formats[attr_in(c, "s").map_or(0, |s| s.parse().unwrap())];
        let last = span.get(&(row, col)).copied().unwrap_or(col).min(c1);
        let px: f64 = (col..=last).map(col_px).sum();
        let (least, generous) = if wrap { lines(&text, px, size) } else { (1, 1) };
        rows.entry(row).or_default().push((text, least, generous, size));
    }
    for (row, cells) in rows {
        let ht = heights.get(&row).copied().unwrap_or(default);
        let at = format!("{rel} / {sheet} / row {}", row + 1);
        for (text, least, _, size) in &cells {
            if ht + 0.01 < *least as f64 * size * 1.3 {
                problems.push(format!(
                    "{at}: {ht} pt, too short for {least} lines of {size} pt: {text:?}"
                ));
            }
        }
        let most = cells
            .iter()
            .map(|(_, _, g, size)| *g as f64 * size * 1.5 + 6.0)
            .fold(0.0, f64::max);
        if ht > 3.0 * 15.0 + 6.0 && ht > most {
            problems.push(format!(
                "{at}: {ht} pt, taller than its text needs ({most:.0} pt): {cells:?}"
            ));
        }
    }
    problems
}

/// Everything wrong with how `path` prints, one line each.
fn problems(path: &Path, rel: &str) -> Vec<String> {
    let p = parts(path);
    let book = &p["xl/workbook.xml"];
    let formats = formats(&p["xl/styles.xml"]);
    let mut out = Vec::new();
    for (index, name, xml) in visible_sheets(&p) {
        let xml = xml.as_str();
        let at = format!("{rel} / {name}");
        let print = area(&defined(book, index, "_xlnm.Print_Area").unwrap());
        let titles = defined(book, index, "_xlnm.Print_Titles").unwrap_or_default();
        // The header the screen keeps (rows above a frozen pane) is the header every printed
        // page repeats.
        if let Some(split) = attr(xml, "pane", "ySplit") {
            // "'x'!$3:$4" -> 4
            let rows = titles.split(',').find(|t| {
                t.rsplit('!')
                    .next()
                    .unwrap()
                    .contains(|c: char| c.is_ascii_digit())
            });
            let last = rows.map(|r| {
                r.rsplit(':')
                    .next()
                    .unwrap()
                    .trim_matches('$')
                    .parse::<u32>()
                    .unwrap()
            });
            if last != Some(split.parse().unwrap()) {
                out.push(format!("{at}: frozen above row {split}, repeats {titles:?}"));
            }
        }
        // A sheet several pages wide repeats its key columns on each.
        let columns = titles.split(',').any(|t| {
            !t.rsplit('!')
                .next()
                .unwrap()
                .contains(|c: char| c.is_ascii_digit())
        });
        if xml.contains("<colBreaks") && !columns {
            out.push(format!(
                "{at}: several pages wide, no repeated columns ({titles:?})"
            ));
        }
        // Text only: numbers and dates print in one line, as their format says.
        let texts: Vec<Vec<String>> = cells(path, &name)
            .into_iter()
            .map(|row| {
                row.into_iter()
                    .map(|d| match d {
                        calamine::Data::String(s) => s,
                        _ => String::new(),
                    })
                    .collect()
            })
            .collect();
        out.extend(row_problems(rel, &name, xml, &texts, &formats, print));
    }
    for p in printed(path) {
        // Orientation and paper are checked by `printed`; every sheet at 85 % or more, the
        // forms at 95 % (their 10 pt text at 9.5 pt).
        let least = if rel.contains("反馈表/") && !rel.ends_with("清单.xlsx") {
            0.95
        } else {
            0.85
        };
        if p.scale + 1e-9 < least {
            out.push(format!("{rel} / {}: prints at {:.0} %", p.sheet, p.scale * 100.0));
        }
    }
    out
}

#[test]
fn every_printed_row_holds_its_text_and_no_more() {
    let out = demo_outputs();
    let files = workbooks(out.path());
    let has = |part: &str| files.iter().any(|f| f.to_string_lossy().contains(part));
    for part in [
        "工作台帐_",
        "分单位台帐/",
        "分领导台帐/",
        "反馈表/",
        "处理报告.xlsx",
        "任务清单.xlsx",
    ] {
        assert!(has(part), "no {part} among {files:?}");
    }
    let mut all = Vec::new();
    for f in &files {
        let rel = f.strip_prefix(out.path()).unwrap().display().to_string();
        all.extend(problems(f, &rel));
    }
    assert!(all.is_empty(), "{} problems:\n{}", all.len(), all.join("\n"));
}

#[test]
fn the_estimates_bracket_what_a_column_holds() {
    // A column of 159 pixels (width 22) holds 11.8 ems of 10 pt text, 13 pixels each.
    assert_eq!(lines(&"很".repeat(11), 159.0, 10.0), (1, 3));
    assert_eq!(lines(&"很".repeat(12), 159.0, 10.0).0, 2);
    assert_eq!(lines(&"a".repeat(23), 159.0, 10.0).0, 1);
    assert_eq!(lines("a\nb", 159.0, 10.0), (2, 3));
    assert_eq!(area("'十大工程'!$A$2:$R$1048576"), (1, 0, 1_048_575, 17));
    assert_eq!(area("反馈表!$A:$C"), (0, 0, 1_048_575, 2));
    assert_eq!(cell_ref("AB12"), (11, 27));
}
