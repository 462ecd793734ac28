//! A duban.toml error as the office reads it: the line, the key (`deadlines.Q1`) and a reason
//! in Chinese with what to write instead. The TOML reader's own words (English) reach the
//! English catalogue only.
//!
//! The reason is read from the line itself first (full-width punctuation typed by a Chinese
//! input method is the commonest mistake), then from the kind of error the reader reports.

use crate::msg::SettingsMsg as M;

/// Full-width characters a Chinese input method types where TOML needs ASCII.
const FULL_WIDTH: &[char] = &['＝', '“', '”', '‘', '’', '［', '］', '，', '　', '＃', '．'];

/// The whole message: line and key when the error has a place, the reason.
pub(crate) fn message(e: &toml::de::Error, text: &str) -> String {
    let detail = e.message().trim().to_string();
    let Some(span) = e.span() else {
        return reason(&detail, "").to_string();
    };
    let start = span.start.min(text.len());
    let line_no = text[..start].matches('\n').count() + 1;
    let line = text.lines().nth(line_no - 1).unwrap_or("");
    let why = reason(&detail, line);
    // An unknown key's reason names it already.
    let key = key_at(text, line_no).filter(|_| !matches!(why, M::UnknownKey { .. }));
    let text_msg = why.to_string();
    match key {
        Some(key) => M::AtLineKey {
            line: line_no,
            key,
            text: text_msg,
        },
        None => M::AtLine {
            line: line_no,
            text: text_msg,
        },
    }
    .to_string()
}

/// A validation message that starts with its key path (`deadlines.Q1：…`, `year: …`), led by
/// the line of duban.toml that sets it when it can be found.
pub(crate) fn with_line(message: String, text: &str) -> String {
    let path: String = message
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '.')
        .collect();
    match line_of(text, &path) {
        Some(line) if !path.is_empty() => M::AtLine { line, text: message }.to_string(),
        _ => message,
    }
}

/// The line (1-based) setting `path` (`deadlines.Q1`, `year`), or its table's header line.
fn line_of(text: &str, path: &str) -> Option<usize> {
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let parts: Vec<&str> = path.split('.').collect();
    let key_in = |from: usize, key: &str| {
        lines[from..]
            .iter()
            .take_while(|l| !l.starts_with('['))
            .position(|l| {
                l.split_once('=')
                    .is_some_and(|(k, _)| k.trim().trim_matches(['"', '\'']) == key)
            })
            .map(|i| from + i + 1)
    };
    if parts.len() == 1 {
        let header = format!("[{path}]");
        return key_in(0, path).or_else(|| lines.iter().position(|l| *l == header).map(|i| i + 1));
    }
    (1..parts.len()).rev().find_map(|i| {
        let header = format!("[{}]", parts[..i].join("."));
        let at = lines.iter().position(|l| *l == header)?;
        key_in(at + 1, parts[i]).or(Some(at + 1))
    })
}

/// The key a line sets, with its table: `deadlines.Q1`; None for a table header or a line
/// without `=`.
fn key_at(text: &str, line_no: usize) -> Option<String> {
    let lines: Vec<&str> = text.lines().collect();
    let line = lines.get(line_no - 1)?.trim();
    if line.starts_with('[') || line.starts_with('［') {
        return None;
    }
    let (key, _) = line.split_once(['=', '＝'])?;
    let key = key.trim().trim_matches(['"', '\'', '“', '”']).to_string();
    let table = lines[..line_no - 1]
        .iter()
        .rev()
        .map(|l| l.trim())
        .find(|l| l.starts_with('['))
        .map(|l| l.trim_matches(['[', ']']).trim().to_string());
    Some(match table {
        Some(t) if !t.is_empty() => format!("{t}.{key}"),
        _ => key,
    })
}

/// The line outside its quoted texts ("…" and '…').
fn unquoted(line: &str) -> String {
    let mut out = String::new();
    let mut quote: Option<char> = None;
    for c in line.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c == '#' => break,
            None => out.push(c),
        }
    }
    out
}

/// The value written after `=` on the line.
fn value(line: &str) -> String {
    line.split_once(['=', '＝'])
        .map(|(_, v)| v.split('#').next().unwrap_or("").trim().to_string())
        .unwrap_or_default()
}

/// The reason for the reader's `detail` on `line`.
fn reason(detail: &str, line: &str) -> M {
    let outside = unquoted(line);
    let found: String = FULL_WIDTH.iter().filter(|c| outside.contains(**c)).collect();
    if !found.is_empty() {
        let chars = found.chars().map(String::from).collect::<Vec<_>>().join(" ");
        return M::FullWidth { chars };
    }
    let first = detail.lines().next().unwrap_or("");
    let value = value(line);
    if let Some(rest) = first.strip_prefix("unknown field `") {
        if let Some((key, expected)) = rest.split_once("`, expected ") {
            return M::UnknownKey {
                key: key.to_string(),
                expected: expected.trim_start_matches("one of ").replace('`', ""),
            };
        }
    }
    if let Some(rest) = first.strip_prefix("unknown variant `") {
        if let Some((v, expected)) = rest.split_once("`, expected ") {
            return M::UnknownChoice {
                value: v.to_string(),
                expected: crate::msg::join(
                    expected
                        .split(", ")
                        .flat_map(|e| e.split(" or "))
                        .map(|e| e.replace('`', "")),
                ),
            };
        }
    }
    if let Some(rest) = first.strip_prefix("duplicate key `") {
        let key = rest.split('`').next().unwrap_or("").to_string();
        return M::DuplicateKey { key };
    }
    if first.contains("expected a TOML datetime") && first.starts_with("invalid type: string") {
        return M::QuotedDate { value };
    }
    if first.contains("date-time")
        || value.contains(['年', '月', '/']) && value.starts_with(|c: char| c.is_ascii_digit())
    {
        return if detail.contains("out of range") {
            M::DateOutOfRange { value }
        } else {
            M::DateForm { value }
        };
    }
    if first.starts_with("invalid type: string") && first.contains("expected a sequence") {
        return M::ExpectedList;
    }
    if first.starts_with("invalid type: string")
        && ["i32", "u32", "u64", "usize", "f64", "integer", "float"]
            .iter()
            .any(|t| first.ends_with(t))
    {
        return M::QuotedNumber { value };
    }
    if first.starts_with("invalid value: integer") {
        return M::NotNegative { value };
    }
    if first.starts_with("invalid type") {
        return M::WrongType;
    }
    if first == "invalid string" {
        return M::Unquoted;
    }
    if first.contains("basic string") || first.contains("literal string") {
        return M::UnclosedQuote;
    }
    if first.contains("table header") {
        return M::BadHeader;
    }
    if first == "invalid key" {
        return M::KeyNeedsQuotes;
    }
    if first.starts_with("expected newline") {
        return M::TrailingText { value };
    }
    if first.starts_with("expected `.`, `=`") {
        return M::MissingEquals;
    }
    M::Syntax {
        detail: detail.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::msg::{with_lang, Lang};

    /// The Chinese message for a settings text.
    fn zh(text: &str) -> String {
        let e = toml::from_str::<crate::settings::Settings>(text).unwrap_err();
        with_lang(Lang::Zh, || message(&e, text))
    }

    #[test]
    fn keys_are_named_with_their_table() {
        assert_eq!(
            key_at("a = 1\n[deadlines]\nQ1 = x\n", 3).as_deref(),
            Some("deadlines.Q1")
        );
        assert_eq!(key_at("year = x\n", 1).as_deref(), Some("year"));
        assert_eq!(key_at("[office\n", 1), None);
    }

    #[test]
    fn validation_errors_get_their_line() {
        let text = "year = 1800\n[deadlines]\nQ1 = 2020-04-10T10:00:00\n[matching]\naccept = 2\n";
        assert_eq!(line_of(text, "year"), Some(1));
        assert_eq!(line_of(text, "deadlines.Q1"), Some(3));
        assert_eq!(
            line_of(text, "matching"),
            Some(4),
            "a table's own check names its header"
        );
        assert_eq!(line_of(text, "matching.accept"), Some(5));
        assert_eq!(line_of(text, "bulletin.date"), None);
        let e = crate::settings::Settings::parse(text, std::path::Path::new("d.toml")).unwrap_err();
        let m = with_lang(Lang::Zh, || e.to_string());
        assert!(m.starts_with("d.toml：第3行：deadlines.Q1："), "{m}");
    }

    #[test]
    fn no_english_reaches_the_clerk() {
        for text in [
            "[deadlines]\nQ1 = \"2020-04-10\"\n",
            "[deadlines]\nQ1 = 2020-4-10\n",
            "[deadlines]\nQ1 = 2020-04-31\n",
            "[deadlines]\nQ1 = 2020年4月10日\n",
            "[deadlines]\nQ1 ＝ 2020-04-10\n",
            "district = 盐湖区\n",
            "district = “盐湖区”\n",
            "district = \"盐湖区\n",
            "year = \"2020\"\n",
            "year = 2020\nyear = 2021\n",
            "［bulletin］\n",
            "[bulletin]\nhighlights = -1\n",
            "[bulletin]\ncc = \"区委办\"\n",
            "[aliases]\n扶贫办 = \"区扶贫开发中心\"\n",
            "[office\nname = \"x\"\n",
            "[matching]\naccept = 0,85\n",
            "[bulletin]\nmasthead = \"x\"\n",
            "district = 2020\n",
        ] {
            let m = zh(text);
            assert!(m.starts_with("第"), "{text}: {m}");
            assert!(
                !m.contains("expected") && !m.contains("invalid") && !m.contains("Syntax"),
                "{text}: {m}"
            );
            assert!(
                !m.contains("写法有误，请对照"),
                "a known mistake gets its own reason: {text}: {m}"
            );
        }
    }
}
