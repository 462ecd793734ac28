//! Every sheet duban writes for paper prints its text at 8 pt or larger. The demo year is run
//! (`run`, `forms`, `tasks`) and every workbook read back as a zip of XML: the paper, the
//! margins, fit-to-width or the scale, the page breaks and repeated columns as written, the
//! width of every printed column (`<col>`, Excel's units: `7w + 5` pixels, 0.75 pt each) and
//! the smallest font of the workbook's styles and of its charts. From these the printed size
//! of the smallest text is computed the way Excel does; every page must also fit its paper
//! at that scale, or Excel would cut the page somewhere nobody planned.

use crate::support::read::parts;
use crate::support::{duban, repo};
use std::path::{Path, PathBuf};

/// `duban ARGS` on the demo input; a run with exceptions (exit 1) still writes everything.
pub(crate) fn run(args: &[&str]) {
    let run = duban(repo(), args);
    assert!(matches!(run.code, Some(0 | 1)), "duban {args:?}: {}", run.stderr);
}

/// The `name="…"` attribute of the first tag `<tag` in `xml`.
pub(crate) fn attr(xml: &str, tag: &str, name: &str) -> Option<String> {
    let at = xml
        .find(&format!("<{tag} "))
        .or_else(|| xml.find(&format!("<{tag}>")))?;
    let end = xml[at..].find('>')? + at;
    attr_in(&xml[at..end], name)
}

pub(crate) fn attr_in(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let s = tag.find(&key)? + key.len();
    Some(tag[s..].split('"').next()?.to_string())
}

/// Every tag `<tag …>` of `xml`, as text.
pub(crate) fn tags<'a>(xml: &'a str, tag: &str) -> Vec<&'a str> {
    let open = format!("<{tag} ");
    xml.match_indices(&open)
        .map(|(i, _)| &xml[i..i + xml[i..].find('>').unwrap()])
        .collect()
}

/// "R" -> 17.
pub(crate) fn col_index(letters: &str) -> u32 {
    letters
        .trim_matches('$')
        .chars()
        .fold(0, |n, c| n * 26 + (c as u32 - 'A' as u32 + 1))
        - 1
}

/// "'十大工程'!$A:$R" or "'x'!$A$1:$M$30" -> (first column, last column).
fn col_range(reference: &str) -> (u32, u32) {
    let cells = reference.rsplit('!').next().unwrap();
    let (a, b) = cells.split_once(':').unwrap();
    let letters = |s: &str| s.chars().filter(|c| c.is_ascii_uppercase()).collect::<String>();
    (col_index(&letters(a)), col_index(&letters(b)))
}

/// Width in points of a column of Excel width `w` (as stored: pixels / 7).
fn points(w: f64) -> f64 {
    (w * 7.0).round() * 0.75
}

#[derive(Debug)]
pub(crate) struct Printed {
    pub sheet: String,
    pub paper: &'static str,
    /// The scale Excel prints at, and the number of pages side by side.
    pub scale: f64,
    pub pages: usize,
    /// The smallest text, in points, before and after scaling.
    pub font: f64,
    pub printed: f64,
    /// The odd pages' header as Excel codes it ("&C&\"宋体\"&14&B…"), "" without one.
    pub header: String,
}

/// Every visible sheet of a workbook's parts: its index, name and XML (the forms' hidden
/// `_duban` identity sheet is left out).
pub(crate) fn visible_sheets(p: &std::collections::BTreeMap<String, String>) -> Vec<(usize, String, String)> {
    let (book, rels) = (&p["xl/workbook.xml"], &p["xl/_rels/workbook.xml.rels"]);
    let mut out = Vec::new();
    for (index, sheet) in tags(book, "sheet").iter().enumerate() {
        if attr_in(sheet, "state").is_some() {
            continue;
        }
        let rid = attr_in(sheet, "r:id").unwrap();
        let rel = tags(rels, "Relationship")
            .into_iter()
            .find(|r| attr_in(r, "Id").as_deref() == Some(rid.as_str()))
            .unwrap();
        let xml = p[&format!("xl/{}", attr_in(rel, "Target").unwrap())].clone();
        out.push((index, attr_in(sheet, "name").unwrap(), xml));
    }
    out
}

/// The defined name `what` (print area, print titles) of sheet `index` of a workbook.
pub(crate) fn defined(book: &str, index: usize, what: &str) -> Option<String> {
    tags(book, "definedName")
        .into_iter()
        .find(|t| {
            attr_in(t, "name").as_deref() == Some(what)
                && attr_in(t, "localSheetId") == Some(index.to_string())
        })
        .map(|t| {
            let s = book.find(t).unwrap() + t.len() + 1;
            book[s..s + book[s..].find("</definedName>").unwrap()].to_string()
        })
}

/// How every visible sheet of a workbook prints.
pub(crate) fn printed(path: &Path) -> Vec<Printed> {
    let p = parts(path);
    let book = &p["xl/workbook.xml"];
    let fonts = &p["xl/styles.xml"];
    let cell_font = tags(fonts, "sz")
        .iter()
        .filter_map(|t| attr_in(t, "val"))
        .map(|v| v.parse::<f64>().unwrap())
        .fold(f64::MAX, f64::min);
    // Chart text: every size set in the charts, 10 pt where none is (Excel's default).
    let chart_font = p
        .iter()
        .filter(|(n, _)| n.starts_with("xl/charts/chart"))
        .flat_map(|(_, x)| tags(x, "a:defRPr").into_iter().chain(tags(x, "a:rPr")))
        .map(|t| attr_in(t, "sz").map_or(10.0, |v| v.parse::<f64>().unwrap() / 100.0))
        .fold(f64::MAX, f64::min);
    let mut out = Vec::new();
    for (index, name, xml) in visible_sheets(&p) {
        let xml = xml.as_str();
        let defined = |what: &str| defined(book, index, what);
        let area = defined("_xlnm.Print_Area").unwrap_or_else(|| panic!("{path:?} / {name}: no print area"));
        let last = col_range(&area).1;
        let repeat = defined("_xlnm.Print_Titles").and_then(|t| {
            t.split(',')
                .find(|r| !r.chars().any(|c| c.is_ascii_digit()))
                .map(col_range)
        });
        // Excel's default column: 8.43 characters, 64 pixels.
        let mut width = vec![48.0; last as usize + 1];
        for col in tags(xml, "col") {
            let w: f64 = attr_in(col, "width").unwrap().parse().unwrap();
            let (a, b) = (attr_in(col, "min").unwrap(), attr_in(col, "max").unwrap());
            for c in a.parse::<usize>().unwrap()..=b.parse::<usize>().unwrap() {
                if c <= width.len() {
                    width[c - 1] = points(w);
                }
            }
        }
        let code = attr(xml, "pageSetup", "paperSize").unwrap_or_else(|| "1".into());
        let (paper, long) = match code.as_str() {
            "9" => ("A4", 841.89),
            "8" => ("A3", 1190.55),
            other => panic!("{path:?} / {name}: paper size {other}"),
        };
        assert_eq!(
            attr(xml, "pageSetup", "orientation").as_deref(),
            Some("landscape")
        );
        let margin = |side| attr(xml, "pageMargins", side).unwrap().parse::<f64>().unwrap() * 72.0;
        let avail = long - margin("left") - margin("right");
        let total: f64 = width.iter().sum();
        let fit = attr(xml, "pageSetUpPr", "fitToPage").as_deref() == Some("1");
        let (scale, pages) = if fit {
            let wide: f64 = attr(xml, "pageSetup", "fitToWidth").map_or(1.0, |w| w.parse().unwrap());
            assert_eq!(wide, 1.0, "{path:?} / {name}");
            ((avail / total).min(1.0), 1)
        } else {
            let scale = attr(xml, "pageSetup", "scale").map_or(100.0, |s| s.parse().unwrap()) / 100.0;
            let breaks = match (xml.find("<colBreaks"), xml.find("</colBreaks>")) {
                (Some(a), Some(b)) => &xml[a..b],
                _ => "",
            };
            let mut starts: Vec<usize> = vec![0];
            starts.extend(
                tags(breaks, "brk")
                    .iter()
                    .map(|b| attr_in(b, "id").unwrap().parse::<usize>().unwrap()),
            );
            starts.push(width.len());
            let rep: f64 = repeat.map_or(0.0, |(a, b)| width[a as usize..=b as usize].iter().sum());
            for (i, w) in starts.windows(2).enumerate() {
                let page = width[w[0]..w[1]].iter().sum::<f64>() + if i > 0 { rep } else { 0.0 };
                assert!(
                    page * scale <= avail + 0.5,
                    "{path:?} / {name}: page {} is {page:.0} pt at {scale}, the paper holds {avail:.0}",
                    i + 1
                );
            }
            (scale, starts.len() - 1)
        };
        let font = if xml.contains("<drawing ") {
            cell_font.min(chart_font)
        } else {
            cell_font
        };
        let header = match (xml.find("<oddHeader>"), xml.find("</oddHeader>")) {
            (Some(a), Some(b)) => xml[a + "<oddHeader>".len()..b].to_string(),
            _ => String::new(),
        };
        out.push(Printed {
            header,
            sheet: name,
            paper,
            scale,
            pages,
            font,
            printed: font * scale,
        });
    }
    out
}

pub(crate) fn workbooks(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "xlsx"))
        .collect();
    files.sort();
    files
}

/// The demo year's outputs: `run`, `forms` for 2020三季度 and `tasks`, into a new folder.
pub(crate) fn demo_outputs() -> tempfile::TempDir {
    let out = tempfile::tempdir().unwrap();
    let o = out.path().to_str().unwrap();
    run(&["run", "--input", "input", "--output", o, "--quiet"]);
    run(&[
        "forms",
        "--input",
        "input",
        "--output",
        o,
        "--period",
        "2020三季度",
    ]);
    run(&["tasks", "--input", "input", "--output", o]);
    out
}

#[test]
fn every_printed_sheet_has_text_of_8_pt_or_more() {
    let out = demo_outputs();
    let files = workbooks(out.path());
    assert!(files.len() > 100, "{} workbooks", files.len());
    let (mut small, mut seen) = (Vec::new(), std::collections::BTreeSet::new());
    for f in &files {
        let rel = f.strip_prefix(out.path()).unwrap().display().to_string();
        // Said for the first workbook of each folder (run with --nocapture to see them).
        let first = seen.insert(f.parent().unwrap().to_path_buf())
            || !rel.contains("台帐/") && !rel.contains("反馈表/");
        for p in printed(f) {
            if first {
                eprintln!(
                    "{rel} / {}: {} {} page(s) wide at {:.0} %, {} pt prints at {:.1} pt",
                    p.sheet,
                    p.paper,
                    p.pages,
                    p.scale * 100.0,
                    p.font,
                    p.printed
                );
            }
            if p.printed < 8.0 {
                small.push(format!("{rel} / {}: {:.1} pt ({p:?})", p.sheet, p.printed));
            }
        }
    }
    assert!(small.is_empty(), "text below 8 pt:\n{}", small.join("\n"));
    // Every printed page says what it is: a title in the page header (a sheet's own title
    // row prints on its first page only).
    let untitled: Vec<String> = files
        .iter()
        .flat_map(|f| printed(f).into_iter().map(move |p| (f, p)))
        .filter(|(_, p)| !p.header.contains("&amp;B") || p.header.ends_with("&amp;B"))
        .map(|(f, p)| format!("{} / {}", f.display(), p.sheet))
        .collect();
    assert!(
        untitled.is_empty(),
        "no title in the page header:\n{}",
        untitled.join("\n")
    );
    // The paper each output is meant for (README, 打印).
    let master = printed(&out.path().join("2020年半年/工作台帐_2020年半年.xlsx"));
    assert!(master.iter().all(|p| p.paper == "A3"), "{master:?}");
    let unit = workbooks(&out.path().join("2020年半年/分单位台帐"));
    assert!(printed(&unit[0]).iter().all(|p| p.paper == "A4"));
}

#[test]
fn column_references_read_as_excel_writes_them() {
    assert_eq!(col_index("A"), 0);
    assert_eq!(col_index("$R"), 17);
    assert_eq!(col_index("AA"), 26);
    assert_eq!(col_range("'十大工程'!$A:$R"), (0, 17));
    assert_eq!(col_range("'x'!$A$1:$M$30"), (0, 12));
    // A column set to 10 is 75 pixels, stored as 75/7 characters.
    assert_eq!(points(10.7109375), 56.25);
}

/// The `w:name="…"` attributes of a tag, as numbers.
fn twips(tag: &str, name: &str) -> i64 {
    attr_in(tag, &format!("w:{name}")).unwrap().parse().unwrap()
}

/// The bulletin and every reminder print as the office's documents do (GB/T 9704): A4, margins
/// 37 mm top, 35 mm bottom, 28 mm left, 26 mm right (turned with a landscape page), and on the
/// portrait pages a grid of 22 lines of 28 characters of the Normal style's size.
#[test]
fn every_document_has_the_official_page_setup() {
    let out = tempfile::tempdir().unwrap();
    let o = out.path().to_str().unwrap();
    run(&["run", "--input", "input", "--output", o, "--quiet"]);
    let mut docs: Vec<PathBuf> = walkdir::WalkDir::new(out.path())
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "docx"))
        .collect();
    docs.sort();
    assert!(
        docs.iter().any(|d| d.to_string_lossy().contains("督查通报_")),
        "{docs:?}"
    );
    assert!(
        docs.iter().any(|d| d.to_string_lossy().contains("催报通知/")),
        "{docs:?}"
    );
    let mm = |t: i64| (t as f64 / 1440.0 * 25.4).round() as i64;
    for doc in &docs {
        let p = parts(doc);
        let xml = &p["word/document.xml"];
        let normal = p["word/styles.xml"]
            .split(r#"w:styleId="Normal""#)
            .nth(1)
            .unwrap();
        let size = attr(normal, "w:sz", "w:val").unwrap().parse::<f64>().unwrap() / 2.0;
        let sections = tags(xml, "w:pgSz");
        assert!(!sections.is_empty(), "{doc:?}");
        for (i, ((size_tag, margins), grid)) in sections
            .iter()
            .zip(tags(xml, "w:pgMar"))
            .zip(tags(xml, "w:docGrid"))
            .enumerate()
        {
            let at = format!("{doc:?}, section {}", i + 1);
            let (w, h) = (twips(size_tag, "w"), twips(size_tag, "h"));
            let portrait = w < h;
            assert_eq!((w.min(h), w.max(h)), (11906, 16838), "{at}: not A4");
            let m = ["top", "bottom", "left", "right"].map(|s| mm(twips(margins, s)));
            let want = if portrait {
                [37, 35, 28, 26]
            } else {
                [28, 26, 35, 37]
            };
            assert_eq!(m, want, "{at}: margins (top, bottom, left, right) in mm");
            if portrait {
                let pitch = twips(grid, "linePitch");
                let lines = (h - twips(margins, "top") - twips(margins, "bottom")) / pitch;
                assert_eq!(lines, 22, "{at}: line pitch {pitch}");
                // charSpace is the difference from the font's size in 4096ths of a point
                let char_pitch = size + twips(grid, "charSpace") as f64 / 4096.0;
                let text = (w - twips(margins, "left") - twips(margins, "right")) as f64 / 20.0;
                // 28 characters fill the line, to Word's rounding (a 1/4096 pt pitch)
                let chars = text / char_pitch;
                assert!(
                    (chars - 28.0).abs() < 0.01,
                    "{at}: {char_pitch} pt a character, {chars:.3} a line"
                );
            }
        }
    }
}
