//! Which unit and which period a sheet is: clues from our form's identity, labels, titles,
//! the sheet and file names and `--period`, the strongest first. Clues that disagree are
//! reported, never settled silently.

use crate::msg::MatchingMsg;
use crate::period::{Period, PeriodKind};
use crate::register::Register;
use crate::settings::Settings;
use crate::text::normal::without_spaces;

/// One clue: where it came from (for messages) and what it says.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Clue<T> {
    pub(crate) source: String,
    pub(crate) value: T,
}

/// The reporting unit a piece of text names: the whole text (aliases applied), else the
/// longest alias or reporting unit named inside it ("区财政局2020年一季度…", found through the
/// register's index of unit names); between names of equal length, the first in sort order.
pub(crate) fn find_unit(register: &Register, text: &str, settings: &Settings) -> Option<String> {
    let reports = |name: &str| register.unit(name).is_some_and(|u| u.reports());
    let whole = settings.canonical_unit(text);
    let whole = whole.trim_end_matches(['（', '(', '）', ')']);
    if reports(whole) {
        return Some(whole.to_string());
    }
    let compact = without_spaces(text);
    let alias = settings
        .aliases
        .iter()
        .filter(|(a, target)| compact.contains(a.as_str()) && reports(target))
        .map(|(a, target)| (a.chars().count(), target.as_str()));
    alias
        .chain(register.units_named_in(&compact))
        .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(a.1)))
        .map(|(_, n)| n.to_string())
}

/// The period a piece of text names; the year is the first 4-digit 19xx/20xx in it, else
/// `year`.
pub(crate) fn find_period(text: &str, year: i32) -> Option<Period> {
    let kind = PeriodKind::find_in(text)?;
    let y = text
        .as_bytes()
        .windows(4)
        .filter_map(|w| std::str::from_utf8(w).ok()?.parse::<i32>().ok())
        .find(|y| (1990..=2100).contains(y))
        .unwrap_or(year);
    Some(Period::new(y, kind))
}

/// The clues as a list for messages: "标题（A1）为2020年三季度、文件名为2020年全年".
pub(crate) fn listed<T: std::fmt::Display>(clues: &[Clue<T>]) -> String {
    crate::msg::join(clues.iter().map(|c| {
        let (source, value) = (c.source.clone(), c.value.to_string());
        MatchingMsg::ClueSays { source, value }.to_string()
    }))
}

/// Which clues [`decide`] weighs.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Clues {
    Period,
    Unit,
}

/// The first clue's value, and a message listing the clues when they disagree.
pub(crate) fn decide<T: PartialEq + Clone + std::fmt::Display>(
    clues: &[Clue<T>],
    what: Clues,
) -> (Option<T>, Option<String>) {
    let Some(first) = clues.first() else {
        return (None, None);
    };
    if clues.iter().all(|c| c.value == first.value) {
        return (Some(first.value.clone()), None);
    }
    let (clues, taken) = (listed(clues), first.value.to_string());
    let msg = match what {
        Clues::Period => MatchingMsg::PeriodCluesDisagree { clues, taken },
        Clues::Unit => MatchingMsg::UnitCluesDisagree { clues, taken },
    };
    (Some(first.value.clone()), Some(msg.to_string()))
}
