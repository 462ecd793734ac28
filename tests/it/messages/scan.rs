//! The source scan: no English sentence is built outside the catalogue. Every string literal
//! of src/ outside src/msg (and outside tests, comments and developer-only panics) that holds
//! three or more English words in a row fails, unless it is on the short allow-list below.

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
