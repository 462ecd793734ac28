//! Which task a row is about: by our task ID (variants tolerated), else by task text
//! (equal after normalisation, a prefix or a part of it, else similar above the threshold),
//! preferring the tasks the unit leads.

use crate::extract::values::cn_number;
use crate::finding::{MatchInfo, MatchMethod};
use crate::register::Register;
use crate::settings::Matching;

/// Shortest normalised text taken as a prefix or part of a task's text without review.
const PART_MIN: usize = 8;
/// Shortest normalised text tried at all as a prefix or part.
const PART_REVIEW_MIN: usize = 4;
/// Two similarity scores closer than this are a tie.
const TIE: f64 = 0.01;

/// How a row's task was found, or why not.
#[derive(Debug, Clone, PartialEq)]
pub enum TaskMatch {
    Found {
        task_id: String,
        info: MatchInfo,
    },
    /// Several tasks fit equally well.
    Ambiguous(Vec<String>),
    /// Nothing fits; the best similarity seen (0 when there was no text).
    NotFound(f64),
}

/// The register's tasks with their normalised texts, built once per run.
pub struct TaskIndex<'a> {
    register: &'a Register,
    texts: Vec<(String, String)>,
}

impl<'a> TaskIndex<'a> {
    pub fn new(register: &'a Register) -> Self {
        let texts = register
            .tasks
            .iter()
            .map(|t| (t.id.clone(), normalise(&t.text)))
            .collect();
        TaskIndex { register, texts }
    }

    /// A task ID written in any of the accepted forms, if the register has that task.
    pub fn by_id(&self, raw: &str) -> Option<String> {
        parse_id(raw).filter(|id| self.register.task(id).is_some())
    }

    /// Matches a task text; `own` are the tasks the unit leads (may be empty).
    pub fn by_text(&self, raw: &str, own: &[String], m: &Matching) -> TaskMatch {
        let text = normalise(raw);
        if text.is_empty() {
            return TaskMatch::NotFound(0.0);
        }
        let exact: Vec<&str> = self.ids_where(|t| *t == text);
        if !exact.is_empty() {
            return pick(exact, own, MatchMethod::ExactText, 1.0, false);
        }
        let n = text.chars().count();
        if n >= PART_REVIEW_MIN {
            let part: Vec<&str> = self
                .ids_where(|t| t.contains(&text) || (t.chars().count() >= PART_MIN && text.starts_with(t)));
            if !part.is_empty() {
                let (conf, review) = if n >= PART_MIN {
                    (0.9, false)
                } else {
                    (m.review, true)
                };
                return pick(part, own, MatchMethod::PrefixText, conf, review);
            }
        }
        self.fuzzy(&text, own, m)
    }

    fn ids_where(&self, f: impl Fn(&String) -> bool) -> Vec<&str> {
        self.texts
            .iter()
            .filter(|(_, t)| f(t))
            .map(|(id, _)| id.as_str())
            .collect()
    }

    fn fuzzy(&self, text: &str, own: &[String], m: &Matching) -> TaskMatch {
        let mut scored: Vec<(f64, &str)> = self
            .texts
            .iter()
            .map(|(id, t)| (strsim::normalized_levenshtein(text, t), id.as_str()))
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
        let best_own = scored.iter().find(|(_, id)| own.iter().any(|o| o == id));
        if let Some((s, id)) = best_own.filter(|(s, _)| *s >= m.accept) {
            return found(id, MatchMethod::FuzzyText, *s, false);
        }
        let Some(&(best, id)) = scored.first() else {
            return TaskMatch::NotFound(0.0);
        };
        if best < m.review {
            return TaskMatch::NotFound(best);
        }
        let ties: Vec<String> = scored
            .iter()
            .filter(|(s, _)| best - s < TIE)
            .map(|(_, id)| id.to_string())
            .collect();
        if ties.len() > 1 {
            return TaskMatch::Ambiguous(ties);
        }
        found(id, MatchMethod::FuzzyText, best, best < m.accept)
    }
}

fn found(id: &str, method: MatchMethod, confidence: f64, review: bool) -> TaskMatch {
    let confidence = (confidence * 1000.0).round() / 1000.0;
    TaskMatch::Found {
        task_id: id.to_string(),
        info: MatchInfo {
            method,
            confidence,
            review,
        },
    }
}

/// One candidate wins; among several, the unit's own; still several -> ambiguous.
fn pick(cands: Vec<&str>, own: &[String], method: MatchMethod, conf: f64, review: bool) -> TaskMatch {
    let mine: Vec<&str> = cands
        .iter()
        .copied()
        .filter(|c| own.iter().any(|o| o == c))
        .collect();
    let set = if mine.is_empty() { cands } else { mine };
    match set.as_slice() {
        [one] => found(one, method, conf, review),
        many => TaskMatch::Ambiguous(many.iter().map(|s| s.to_string()).collect()),
    }
}

/// Task text for comparison: NFKC, letters and digits only, lower case, without a leading
/// enumerator ("1．", "（三）").
pub fn normalise(raw: &str) -> String {
    let s = crate::textnorm::nfkc(raw);
    let s = strip_enumerator(s.trim());
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn strip_enumerator(s: &str) -> &str {
    let body = s.trim_start_matches('(');
    let num_end = body
        .find(|c: char| !(c.is_ascii_digit() || "一二三四五六七八九十".contains(c)))
        .unwrap_or(body.len());
    if num_end == 0 {
        return s;
    }
    let rest = body[num_end..].trim_start_matches(')');
    let closed = rest.len() < body[num_end..].len();
    match rest.chars().next() {
        Some(c) if "、.".contains(c) => {
            let after = &rest[c.len_utf8()..];
            if after.starts_with(|d: char| d.is_ascii_digit()) {
                s
            } else {
                after
            }
        }
        Some(_) if closed => rest,
        _ => s,
    }
}

/// Our task ID from the ways units write it: `1.(2).3`, `1-2-3`, `1.2.3`, `一（2）3`,
/// full-width digits; `实事3`, `实事三`; `1311-8`, `1311项目8`. None when the text is no ID
/// (a 序号 like "3" or "(1)").
pub fn parse_id(raw: &str) -> Option<String> {
    // Invisible format characters (word joiners, zero-width spaces, BOM) come with text
    // copied from Word, e.g. an ID pasted from the bulletin.
    let invisible = |c: &char| matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}');
    let s: String = crate::textnorm::nfkc(raw)
        .chars()
        .filter(|c| !c.is_whitespace() && !invisible(c))
        .collect();
    if let Some(pos) = s.find("实事") {
        return leading_number(&s[pos + "实事".len()..]).map(|n| format!("实事{n}"));
    }
    if let Some(rest) = s.strip_prefix("1311") {
        let rest = rest.trim_start_matches(['-', '—', '_', '.', '－', '项', '目', '第', '#']);
        return leading_number(rest).map(|n| format!("1311-{n}"));
    }
    let (numbers, junk) = tokens(&s);
    match numbers.as_slice() {
        [a, b, c] if !junk => Some(format!("{a}.({b}).{c}")),
        _ => None,
    }
}

fn leading_number(s: &str) -> Option<u32> {
    let n: String = s
        .chars()
        .take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(*c))
        .collect();
    cn_number(&n)
}

/// The numbers in an ID and whether anything but separators surrounds them.
fn tokens(s: &str) -> (Vec<u32>, bool) {
    let mut numbers = Vec::new();
    let mut current = String::new();
    let mut junk = false;
    let flush = |cur: &mut String, numbers: &mut Vec<u32>, junk: &mut bool| {
        if !cur.is_empty() {
            match cn_number(cur) {
                Some(n) => numbers.push(n),
                None => *junk = true,
            }
            cur.clear();
        }
    };
    for c in s.chars() {
        let cn_digit = "一二三四五六七八九十".contains(c);
        let kind_changed = current
            .chars()
            .next()
            .is_some_and(|f| f.is_ascii_digit() != c.is_ascii_digit());
        if c.is_ascii_digit() || cn_digit {
            if kind_changed {
                flush(&mut current, &mut numbers, &mut junk);
            }
            current.push(c);
        } else {
            flush(&mut current, &mut numbers, &mut junk);
            junk |= !".-()、_·,".contains(c);
        }
    }
    flush(&mut current, &mut numbers, &mut junk);
    (numbers, junk)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn task_id_variants() {
        for (raw, id) in [
            ("1.(2).3", "1.(2).3"),
            ("１．（２）．３", "1.(2).3"),
            ("一（2）3", "1.(2).3"),
            ("一(二)三", "1.(2).3"),
            ("1-2-3", "1.(2).3"),
            ("1.2.3", "1.(2).3"),
            ("十(1)12", "10.(1).12"),
            ("实事3", "实事3"),
            ("实事三", "实事3"),
            ("十件实事 十", "实事10"),
            ("1311-8", "1311-8"),
            ("1311项目8", "1311-8"),
            ("1311－８", "1311-8"),
            // pasted from the bulletin, which joins an ID's characters with U+2060
            (
                "1\u{2060}.\u{2060}(\u{2060}2\u{2060})\u{2060}.\u{2060}3",
                "1.(2).3",
            ),
            ("\u{feff}实事4\u{200b}", "实事4"),
        ] {
            assert_eq!(parse_id(raw).as_deref(), Some(id), "{raw}");
        }
        for raw in ["3", "(1)", "1.2", "第3项任务", "2020.4.3.1"] {
            assert_eq!(parse_id(raw), None, "{raw}");
        }
    }

    #[test]
    fn text_normalisation() {
        assert_eq!(
            normalise("1．严格整治“散乱污”企业， 杜绝"),
            "严格整治散乱污企业杜绝"
        );
        assert_eq!(normalise("（三）严格整治"), "严格整治");
        assert_eq!(normalise("3.5万户"), "35万户");
        assert_eq!(normalise("6月底全部清零"), "6月底全部清零");
        assert_eq!(normalise("ＡＢ　c"), "abc");
    }
}
