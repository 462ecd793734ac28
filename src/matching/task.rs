//! Which task a row is about: by our task ID (variants tolerated), else by task text
//! (equal after normalisation, a prefix or a part of it, else similar above the threshold),
//! preferring the tasks the unit leads.

use crate::finding::{MatchInfo, MatchMethod};
use crate::register::ids::parse_id;
use crate::register::Register;
use crate::settings::Matching;
use crate::text::normal::task_key;

/// Shortest normalised text taken as a prefix or part of a task's text without review.
const PART_MIN: usize = 8;
/// Shortest normalised text tried at all as a prefix or part.
const PART_REVIEW_MIN: usize = 4;
/// Two similarity scores closer than this are a tie.
const TIE: f64 = 0.01;

/// How a row's task was found, or why not.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum TaskMatch {
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
pub(crate) struct TaskIndex<'a> {
    register: &'a Register,
    texts: Vec<(String, String)>,
}

impl<'a> TaskIndex<'a> {
    pub(crate) fn new(register: &'a Register) -> Self {
        let texts = register
            .tasks
            .iter()
            .map(|t| (t.id.clone(), task_key(&t.text)))
            .collect();
        TaskIndex { register, texts }
    }

    /// A task ID written in any of the accepted forms, if the register has that task.
    pub(crate) fn by_id(&self, raw: &str) -> Option<String> {
        parse_id(raw).filter(|id| self.register.task(id).is_some())
    }

    /// Matches a task text; `own` are the tasks the unit leads (may be empty).
    pub(crate) fn by_text(&self, raw: &str, own: &[String], m: &Matching) -> TaskMatch {
        let text = task_key(raw);
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
