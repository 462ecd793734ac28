//! The source scan: no English sentence is built outside the catalogue. Every string literal
//! of src/ outside src/msg (and outside tests, comments and developer-only panics) that holds
//! three or more English words in a row fails, unless it is on the short allow-list below.
//! Nor is Chinese text formatted outside it: a `format!` (`write!`, `println!` ...) whose
//! format string holds Chinese is a layout phrase (`msg::LayoutMsg`) or a sentence that
//! belongs in the catalogue, unless it is on [`FORMAT_ALLOWED`].

/// Literals that are not sentences for people: parts of file formats and of other programs'
/// messages duban reads.
const ALLOWED: &[&str] = &[
    // a font name in the bulletin's styles
    "Times New Roman",
    // the TOML reader's error texts that settings::toml_errors recognises
    "invalid type: string",
    "invalid value: integer",
    "out of range",
];

/// Chinese format strings outside the catalogue that build no phrase: (file, a part of the
/// format string).
const FORMAT_ALLOWED: &[(&str, &str)] = &[
    // numerals: numbers, not phrases ("十二", "二十", "二十三")
    ("src/text/numerals.rs", "十{}"),
    ("src/text/numerals.rs", "{}十"),
    ("src/text/numerals.rs", "{}十{}"),
    // a task ID ("实事3"): identity that `register::ids::parse_id` reads back, not wording
    ("src/register/ids.rs", "实事{number}"),
    // the notice's own line put together again, to quote it as the notice wrote it
    ("src/register/notice.rs", "{label}：{rest}"),
    // Excel header codes naming the header's font (宋体)
    ("src/render/forms/sheet.rs", "&\"宋体\"&11{}"),
    ("src/render/print.rs", "&C&\"宋体\"&14&B{}"),
    // the name of the bulletin's page-number text box in document.xml, for Word's selection pane
    ("src/render/bulletin/layout.rs", "name=\"页码{id}\""),
];

/// The macros that format text; the first string literal after one is its format string.
const FORMATTING: &[&str] = &[
    "format!(",
    "format_args!(",
    "write!(",
    "writeln!(",
    "print!(",
    "println!(",
    "eprint!(",
    "eprintln!(",
];

/// Developer tooling that the office never runs: the demo input generator.
const SKIPPED_DIRS: &[&str] = &["src/msg", "src/demo"];

/// Lines whose literals are for developers only: a panic's or an assertion's text.
const DEVELOPER_ONLY: &[&str] = &["expect(", "panic!(", "unreachable!(", "assert", "debug_assert"];

#[test]
fn no_english_sentence_is_built_outside_the_catalogue() {
    let sources = sources();
    let mut found = Vec::new();
    for (rel, text) in &sources {
        for (no, line) in code_lines(text) {
            if DEVELOPER_ONLY.iter().any(|d| line.contains(d)) {
                continue;
            }
            for lit in literals(line) {
                if english_words_in_a_row(&lit) >= 3 && !ALLOWED.contains(&lit.as_str()) {
                    found.push(format!("{rel}:{no}: \"{lit}\""));
                }
            }
        }
    }
    assert!(sources.len() > 50, "the scan saw only {} files", sources.len());
    assert!(
        found.is_empty(),
        "English sentences built outside src/msg (move them into the catalogue):\n{}",
        found.join("\n")
    );
}

/// The documents' layout phrases (titles, file names, headings) are `msg::LayoutMsg` values,
/// and sentences are catalogue messages: no Chinese text is formatted outside src/msg, except
/// the few [`FORMAT_ALLOWED`] strings that build no phrase. Test modules (code after
/// `#[cfg(test)]`, files named tests.rs) may format what they like.
#[test]
fn no_chinese_text_is_formatted_outside_the_catalogue() {
    let mut found = Vec::new();
    for (rel, text) in sources().iter().filter(|(rel, _)| !rel.ends_with("/tests.rs")) {
        for (no, format) in format_strings(text) {
            let allowed = FORMAT_ALLOWED
                .iter()
                .any(|(file, part)| file == rel && format.contains(part));
            if chinese(&format) && !allowed {
                found.push(format!("{rel}:{no}: \"{format}\""));
            }
        }
    }
    assert!(
        found.is_empty(),
        "Chinese text formatted outside src/msg (a layout phrase goes into msg::LayoutMsg, a \
         sentence into its stage's catalogue):\n{}",
        found.join("\n")
    );
}

/// (line, format string) of every formatting macro in the code before the first test module;
/// the format string may start on one of the two lines after the macro's name.
fn format_strings(text: &str) -> Vec<(usize, String)> {
    let lines: Vec<(usize, &str)> = code_lines(text).collect();
    let mut out = Vec::new();
    for (i, (no, line)) in lines.iter().enumerate() {
        for mac in FORMATTING {
            for (at, _) in line.match_indices(mac) {
                // `print!(` inside `eprint!(` is the longer macro's, found on its own.
                let before = line[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = &line[at + mac.len()..];
                let next = lines[i + 1..].iter().take(2).map(|(_, l)| *l);
                let first = std::iter::once(rest)
                    .chain(next)
                    .find_map(|l| literals(l).into_iter().next());
                if let Some(format) = first {
                    out.push((*no, format));
                }
            }
        }
    }
    out
}

/// Whether `text` holds Chinese: an ideograph, or CJK or full-width punctuation ("（）【】：").
fn chinese(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c, '\u{3000}'..='\u{303f}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{ff00}'..='\u{ffef}')
    })
}

/// The layout scan itself: the format string on the macro's line or the next, Chinese or not,
/// and nothing from a test module.
#[test]
fn the_scan_finds_format_strings() {
    let src = "let a = format!(\"{}年{}\", y, k);\nlet b = format!(\n    \"（{n}）\",\n);\nwrite!(f, \"{x}\")?;\neprintln!(\"done\");\nlet c = \"无\";\n#[cfg(test)]\nmod tests { format!(\"测试{}\", 1); }";
    let found = format_strings(src);
    let want = [(1, "{}年{}"), (2, "（{n}）"), (5, "{x}"), (6, "done")];
    assert_eq!(found, want.map(|(n, f)| (n, f.to_string())));
    assert!(chinese(&found[0].1) && chinese(&found[1].1));
    assert!(!chinese(&found[2].1) && !chinese("a.(1).b: {x}"));
}

/// Lists and clause runs are joined by `msg::join` / `msg::clauses` / `msg::commas`, whose
/// separators follow the language: no `.join("、")` (or "；", "，") of its own outside the
/// catalogue. Splitting input text on those marks is reading, not writing, and stays allowed.
#[test]
fn no_list_is_joined_by_hand_outside_the_catalogue() {
    let mut found = Vec::new();
    for (rel, text) in &sources() {
        for (no, line) in code_lines(text) {
            if ["、", "；", "，"]
                .iter()
                .any(|sep| line.contains(&format!(".join(\"{sep}\")")))
            {
                found.push(format!("{rel}:{no}: {}", line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "lists joined by hand (use msg::join, msg::clauses or msg::commas):\n{}",
        found.join("\n")
    );
}

/// (path from the repository root, text) of every .rs file of src/ outside [`SKIPPED_DIRS`].
fn sources() -> Vec<(String, String)> {
    let root = crate::support::repo();
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(root.join("src")) {
        let entry = entry.unwrap();
        let rel = entry
            .path()
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if rel.ends_with(".rs") && !SKIPPED_DIRS.iter().any(|d| rel.starts_with(d)) {
            out.push((rel, std::fs::read_to_string(entry.path()).unwrap()));
        }
    }
    out
}

/// The scan itself: it catches a sentence and leaves names, codes and Chinese alone.
#[test]
fn the_scan_tells_sentences_from_names() {
    let src = "let a = format!(\"cannot read the file: {e}\");\n/// the doc \"says a lot here\"\nlet b = \"table:table-row\";\n#[cfg(test)]\nmod tests { \"it is a test\" }";
    let lits: Vec<String> = code_lines(src).flat_map(|(_, l)| literals(l)).collect();
    assert_eq!(lits, ["cannot read the file: {e}", "table:table-row"]);
    assert_eq!(english_words_in_a_row(&lits[0]), 4);
    assert_eq!(english_words_in_a_row(&lits[1]), 0);
    assert_eq!(
        english_words_in_a_row("区财政局.xlsx / Sheet1 / D7（完成进度）"),
        0
    );
    assert_eq!(english_words_in_a_row("{place}: {why}; row not merged"), 3);
}

/// (1-based line number, line) of the code before the first test module, comments left out.
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let end = text.find("#[cfg(test)]").unwrap_or(text.len());
    text[..end]
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .filter(|(_, l)| !l.trim_start().starts_with("//"))
}

/// The contents of the string literals on a line ("…" with escapes, and r"…" / r#"…"#).
fn literals(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '/' if chars.get(i + 1) == Some(&'/') => break,
            '\'' if chars.get(i + 2) == Some(&'\'') || chars.get(i + 1) == Some(&'\\') => {
                // a char literal: skip to its closing quote
                i += chars[i + 1..]
                    .iter()
                    .position(|c| *c == '\'')
                    .map_or(1, |p| p + 2);
            }
            'r' if matches!(chars.get(i + 1), Some('"') | Some('#'))
                && (i == 0 || !chars[i - 1].is_alphanumeric()) =>
            {
                let hashes = chars[i + 1..].iter().take_while(|c| **c == '#').count();
                let start = i + 2 + hashes;
                let close: String = std::iter::once('"')
                    .chain(std::iter::repeat_n('#', hashes))
                    .collect();
                let rest: String = chars[start.min(chars.len())..].iter().collect();
                let len = rest.find(&close).unwrap_or(rest.len());
                out.push(rest[..len].to_string());
                i = start + rest[..len].chars().count() + close.chars().count();
            }
            '"' => {
                let mut lit = String::new();
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\' {
                        i += 1;
                    }
                    if let Some(c) = chars.get(i) {
                        lit.push(*c);
                    }
                    i += 1;
                }
                out.push(lit);
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// The longest run of English words (letters only, two or more) separated by spaces and
/// light punctuation; format arguments ({e}) do not break a run.
fn english_words_in_a_row(text: &str) -> usize {
    let (mut best, mut run) = (0, 0);
    for token in text.split([' ', '\t']) {
        let word = token.trim_matches(|c: char| ",;:.()'`!?\"".contains(c));
        if word.starts_with('{') && word.ends_with('}') {
            continue;
        }
        if word.len() >= 2 && word.chars().all(|c| c.is_ascii_alphabetic()) {
            run += 1;
            best = best.max(run);
        } else {
            run = 0;
        }
    }
    best
}
