//! Which unit and which period a sheet is: clues from our form's identity, labels, titles,
//! the sheet and file names and `--period`, the strongest first. Clues that disagree are
//! reported, never settled silently.

use crate::period::{Period, PeriodKind};
use crate::register::Register;
use crate::settings::Settings;

/// One clue: where it came from (for messages) and what it says.
#[derive(Debug, Clone, PartialEq)]
pub struct Clue<T> {
    pub source: String,
    pub value: T,
}

/// The reporting unit a piece of text names: the whole text (aliases applied), else the
/// longest alias or reporting unit named inside it ("区财政局2020年一季度…").
pub fn find_unit(text: &str, register: &Register, settings: &Settings) -> Option<String> {
    let whole = settings.canonical_unit(text);
    let whole = whole.trim_end_matches(['（', '(', '）', ')']).to_string();
    let reporting = |name: &str| register.reporting_units().any(|u| u.name == name);
    if reporting(&whole) {
        return Some(whole);
    }
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let alias = settings
        .aliases
        .iter()
        .filter(|(a, target)| compact.contains(a.as_str()) && reporting(target))
        .map(|(a, target)| (a.chars().count(), target.clone()));
    let named = register
        .reporting_units()
        .filter(|u| compact.contains(&u.name))
        .map(|u| (u.name.chars().count(), u.name.clone()));
    // "财政局" for "区财政局": the name without the district's 区 prefix, if long enough.
    let short = register.reporting_units().filter_map(|u| {
        let s = u.name.strip_prefix('区')?;
        (s.chars().count() >= 3 && compact.contains(s)).then(|| (s.chars().count(), u.name.clone()))
    });
    alias
        .chain(named)
        .chain(short)
        .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)))
        .map(|(_, n)| n)
}

/// The period a piece of text names; the year is the first 4-digit 19xx/20xx in it, else
/// `year`.
pub fn find_period(text: &str, year: i32) -> Option<Period> {
    let kind = PeriodKind::find_in(text)?;
    let y = text
        .as_bytes()
        .windows(4)
        .filter_map(|w| std::str::from_utf8(w).ok()?.parse::<i32>().ok())
        .find(|y| (1990..=2100).contains(y))
        .unwrap_or(year);
    Some(Period::new(y, kind))
}

/// The first clue's value, and a message listing the clues when they disagree.
pub fn decide<T: PartialEq + Clone + std::fmt::Display>(
    clues: &[Clue<T>],
    what: &str,
) -> (Option<T>, Option<String>) {
    let Some(first) = clues.first() else {
        return (None, None);
    };
    if clues.iter().all(|c| c.value == first.value) {
        return (Some(first.value.clone()), None);
    }
    let list: Vec<String> = clues
        .iter()
        .map(|c| format!("{} says {}", c.source, c.value))
        .collect();
    let msg = format!(
        "the {what} clues disagree ({}); taken as {}",
        list.join(", "),
        first.value
    );
    (Some(first.value.clone()), Some(msg))
}
