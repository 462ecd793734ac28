//! The register's one index of unit names: which reporting units a piece of text names,
//! found by first character (a city register has 700 units, and every sheet tries its
//! title, sheet and file names). [`Register::units_named_in`] builds it on first use and
//! keeps it; `matching` (sheets), `merge` (receipts, unreadable files) all read it.

use super::{Register, Unit};
use std::collections::HashMap;

/// First character -> (text to look for, its length in characters, the unit's name): the
/// full name, and the name without the district's 区 prefix when 3
/// or more characters remain ("财政局" for "区财政局"). Reporting units only.
#[derive(Debug, Clone, Default)]
pub(crate) struct UnitIndex {
    by_first: HashMap<char, Vec<(String, usize, String)>>,
}

impl UnitIndex {
    pub(crate) fn new(units: &[Unit]) -> UnitIndex {
        let mut by_first: HashMap<char, Vec<(String, usize, String)>> = HashMap::new();
        for u in units.iter().filter(|u| u.reports()) {
            let short = u.name.strip_prefix('区').filter(|s| s.chars().count() >= 3);
            for needle in std::iter::once(u.name.as_str()).chain(short) {
                if let Some(first) = needle.chars().next() {
                    by_first.entry(first).or_default().push((
                        needle.to_string(),
                        needle.chars().count(),
                        u.name.clone(),
                    ));
                }
            }
        }
        UnitIndex { by_first }
    }
}

impl Register {
    /// The reporting units whose names (or names without 区) occur in `text`, each as (the
    /// length of the name found, in characters; the unit's name), in the order they occur.
    pub(crate) fn units_named_in<'a>(&'a self, text: &'a str) -> impl Iterator<Item = (usize, &'a str)> + 'a {
        let index = self.unit_index.get_or_init(|| UnitIndex::new(&self.units));
        text.char_indices().flat_map(move |(at, c)| {
            let rest = &text[at..];
            index
                .by_first
                .get(&c)
                .into_iter()
                .flatten()
                .filter(move |(needle, _, _)| rest.starts_with(needle.as_str()))
                .map(|(_, n, unit)| (*n, unit.as_str()))
        })
    }
}
