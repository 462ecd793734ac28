//! Which sheets make one unit's return for one period.
//!
//! Each sheet's unit and period are its own clues' (`matching`), with what only the whole
//! input shows:
//! - the files of one return sent in parts (`…（一）.xlsx` and `…（续表）.xlsx`, `第2页`, `附表`,
//!   `-2`) share their clues: a part that names no unit or period takes its siblings';
//! - a file whose name (or folder) names a later period than its content
//!   ([`crate::matching::ByName`]) is that later period's return when the unit has no other
//!   file for it: a workbook re-sent under this round's name is this round's return, its
//!   copied texts flagged 与上期雷同 by compare; otherwise the content's period stands;
//! - returns of one unit and period whose task sets do not overlap are one return, joined
//!   (their dates shared); of returns that overlap, the latest wins and the others are
//!   superseded (a draft and its final).

use crate::matching::{MatchedReturn, MatchedSheet, RowOutcome};
use crate::msg::MergeMsg;
use crate::period::Period;
use crate::place::Place;
use chrono::NaiveDate;
use std::collections::{BTreeSet, HashMap};

/// One file's part of a return: its sheets for that unit and period.
#[derive(Debug)]
pub(crate) struct Part {
    pub(crate) file: usize,
    pub(crate) sheets: Vec<usize>,
}

/// One unit's return for one period: the sheets of one file, or of several files whose
/// tasks do not overlap.
#[derive(Debug)]
pub(crate) struct Return {
    /// In path order.
    pub(crate) parts: Vec<Part>,
    pub(crate) date: Option<NaiveDate>,
    /// The cell `date` was read from.
    pub(crate) date_place: Option<Place>,
    pub(crate) modified: Option<NaiveDate>,
    /// No row of its sheets says anything about its task ([`super::empty`]).
    pub(crate) empty: bool,
}

type Key<'a> = (bool, Option<NaiveDate>, Option<NaiveDate>, &'a str);

impl Return {
    pub(crate) fn new(file: usize, sheet: usize, s: &MatchedSheet, modified: Option<NaiveDate>) -> Return {
        Return {
            parts: vec![Part {
                file,
                sheets: vec![sheet],
            }],
            date: s.date,
            date_place: s.date_place.clone(),
            modified,
            empty: super::empty::sheet_says_nothing(s),
        }
    }

    /// Another sheet of the (single) file.
    pub(crate) fn add(&mut self, sheet: usize, s: &MatchedSheet) {
        if let Some(part) = self.parts.last_mut() {
            part.sheets.push(sheet);
        }
        self.empty &= super::empty::sheet_says_nothing(s);
        if s.date > self.date {
            self.date = s.date;
            self.date_place = s.date_place.clone();
        }
    }

    pub(crate) fn files(&self) -> impl Iterator<Item = usize> + '_ {
        self.parts.iter().map(|p| p.file)
    }

    /// Every (file, sheet) of the return.
    pub(crate) fn sheets<'r>(
        &'r self,
        returns: &'r [MatchedReturn],
    ) -> impl Iterator<Item = (usize, &'r MatchedSheet)> {
        self.parts.iter().flat_map(move |p| {
            p.sheets
                .iter()
                .map(move |&si| (p.file, &returns[p.file].sheets[si]))
        })
    }

    /// The file that dates the return (else its last): named for it in messages.
    pub(crate) fn main_file(&self, returns: &[MatchedReturn]) -> usize {
        let dated = self
            .date_place
            .as_ref()
            .and_then(|d| self.files().find(|f| returns[*f].path == d.file));
        dated.unwrap_or_else(|| self.parts.last().map_or(0, |p| p.file))
    }

    /// A return that says something beats an empty one; then later wins: 填报日期, then the
    /// file's date, then the path. The file's date only orders two returns of one unit here;
    /// it is never evidence of when either was received.
    fn key<'a>(&self, returns: &'a [MatchedReturn]) -> Key<'a> {
        let path = returns[self.main_file(returns)].path.as_str();
        (!self.empty, self.date, self.modified, path)
    }

    /// The tasks its visible rows are matched to.
    fn tasks<'a>(&self, returns: &'a [MatchedReturn]) -> BTreeSet<&'a str> {
        self.parts
            .iter()
            .flat_map(|p| p.sheets.iter().map(move |&si| &returns[p.file].sheets[si]))
            .flat_map(|s| &s.rows)
            .filter(|r| !r.record.hidden)
            .filter_map(|r| match &r.outcome {
                RowOutcome::Matched { task_id, .. } => Some(task_id.as_str()),
                _ => None,
            })
            .collect()
    }

    fn join(&mut self, other: Return, returns: &[MatchedReturn]) {
        self.parts.extend(other.parts);
        self.parts
            .sort_by(|a, b| returns[a.file].path.cmp(&returns[b.file].path));
        if other.date > self.date {
            self.date = other.date;
            self.date_place = other.date_place;
        }
        self.modified = self.modified.max(other.modified);
        self.empty &= other.empty;
    }
}

/// The returns of one unit and period (one per file), bundled: returns whose task sets do not
/// overlap are joined, the latest of those that do wins. Gives the return taken and the ones
/// it supersedes. The parts of one return (sibling files by name) share their date first, so
/// an undated first part is as recent as its dated continuation.
pub(crate) fn bundle(mut rets: Vec<Return>, returns: &[MatchedReturn]) -> (Return, Vec<Return>) {
    share_dates(&mut rets, returns);
    rets.sort_by(|a, b| a.key(returns).cmp(&b.key(returns)));
    let mut winner = rets.pop().expect("a group has a return");
    let mut superseded = Vec::new();
    while let Some(r) = rets.pop() {
        let (mine, theirs) = (winner.tasks(returns), r.tasks(returns));
        let apart = !mine.is_empty() && !theirs.is_empty() && mine.is_disjoint(&theirs);
        if apart && !winner.empty && !r.empty {
            winner.join(r, returns);
        } else {
            superseded.push(r);
        }
    }
    superseded.reverse();
    (winner, superseded)
}

/// Returns whose files are parts of one (by their names, their tasks apart) take the latest
/// date among them.
fn share_dates(rets: &mut [Return], returns: &[MatchedReturn]) {
    let key = |r: &Return| continuation_key(&returns[r.main_file(returns)].path);
    let keys: Vec<String> = rets.iter().map(key).collect();
    let tasks: Vec<BTreeSet<&str>> = rets.iter().map(|r| r.tasks(returns)).collect();
    for i in 0..rets.len() {
        let best = (0..rets.len())
            .filter(|j| keys[*j] == keys[i] && tasks[*j].is_disjoint(&tasks[i]))
            .max_by_key(|j| rets[*j].date)
            .filter(|j| rets[*j].date > rets[i].date);
        if let Some(j) = best {
            rets[i].date = rets[j].date;
            rets[i].date_place = rets[j].date_place.clone();
        }
    }
}

/// Each sheet's period and unit as merge takes them, and what to say about them.
#[derive(Debug, Clone, Default)]
pub(crate) struct Placed {
    pub(crate) period: Option<Period>,
    pub(crate) unit: Option<String>,
    pub(crate) notes: Vec<String>,
}

/// The period and unit of every sheet of every return (indexed like `returns` and their
/// sheets): the sheet's own clues, a sibling file's when it has none, the file name's period
/// when it names a later one than the content (up to the run's `current`) and the unit has no
/// other file for it.
pub(crate) fn place_sheets(returns: &[MatchedReturn], current: Period) -> Vec<Vec<Placed>> {
    let mut placed: Vec<Vec<Placed>> = returns
        .iter()
        .map(|r| {
            r.sheets
                .iter()
                .map(|s| Placed {
                    period: s.period,
                    unit: s.unit.clone(),
                    notes: Vec::new(),
                })
                .collect()
        })
        .collect();
    share_clues(returns, &mut placed);
    by_name(returns, &mut placed, current);
    placed
}

/// A sheet with no unit (or period) takes the one its sibling files all name.
fn share_clues(returns: &[MatchedReturn], placed: &mut [Vec<Placed>]) {
    let mut siblings: HashMap<String, Vec<usize>> = HashMap::new();
    for (fi, r) in returns.iter().enumerate() {
        siblings.entry(continuation_key(&r.path)).or_default().push(fi);
    }
    for files in siblings.values().filter(|f| f.len() > 1) {
        for &fi in files {
            let others = || files.iter().filter(move |g| **g != fi);
            let units: BTreeSet<&String> = others()
                .flat_map(|g| returns[*g].sheets.iter().filter_map(|s| s.unit.as_ref()))
                .collect();
            let periods: BTreeSet<Period> = others()
                .flat_map(|g| returns[*g].sheets.iter().filter_map(|s| s.period))
                .collect();
            let from = |has: &dyn Fn(&MatchedSheet) -> bool| {
                others()
                    .find(|g| returns[**g].sheets.iter().any(has))
                    .map(|g| returns[*g].path.clone())
                    .unwrap_or_default()
            };
            for p in placed[fi].iter_mut() {
                if let (None, [unit]) = (&p.unit, units.iter().collect::<Vec<_>>().as_slice()) {
                    p.unit = Some(unit.to_string());
                    let (unit, from) = (unit.to_string(), from(&|s| s.unit.is_some()));
                    p.notes.push(MergeMsg::UnitFromSibling { unit, from }.to_string());
                }
                if let (None, [period]) = (p.period, periods.iter().collect::<Vec<_>>().as_slice()) {
                    p.period = Some(**period);
                    let (period, from) = (period.title(), from(&|s| s.period.is_some()));
                    p.notes
                        .push(MergeMsg::PeriodFromSibling { period, from }.to_string());
                }
            }
        }
    }
}

/// Sheets whose file name names a later period: that period's when it is not after the run's
/// and the unit sent no other file for it, else their content's (and the clues' disagreement
/// is said).
fn by_name(returns: &[MatchedReturn], placed: &mut [Vec<Placed>], current: Period) {
    let mut files: HashMap<(Period, String), BTreeSet<usize>> = HashMap::new();
    for (fi, sheets) in placed.iter().enumerate() {
        for p in sheets {
            if let (Some(period), Some(unit)) = (p.period, &p.unit) {
                files.entry((period, unit.clone())).or_default().insert(fi);
            }
        }
    }
    for (fi, r) in returns.iter().enumerate() {
        for (s, p) in r.sheets.iter().zip(placed[fi].iter_mut()) {
            let Some(named) = &s.by_name else {
                continue;
            };
            let (Some(content), Some(unit)) = (p.period, p.unit.clone()) else {
                p.notes.push(named.conflict.clone());
                continue;
            };
            let others = files
                .get(&(named.period, unit))
                .is_some_and(|f| f.iter().any(|g| *g != fi));
            if others || named.period > current {
                p.notes.push(named.conflict.clone());
                continue;
            }
            p.period = Some(named.period);
            let message = MergeMsg::PeriodByFileName {
                clues: named.clues.clone(),
                named: named.period.title(),
                content: content.title(),
            };
            p.notes.push(message.to_string());
        }
    }
}

/// A file's path with the marks of a part taken out of its name (（一）, （续表）, 续表, 第2页,
/// 附表1, 之二, a trailing -2): the parts of one return share it.
pub(crate) fn continuation_key(path: &str) -> String {
    let (folder, name) = path.rsplit_once('/').map_or(("", path), |(f, n)| (f, n));
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c);
    let chars: Vec<char> = stem.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let rest: String = chars[i..].iter().collect();
        // A bracketed mark: （一） (2) （续） （续表） 【附表】.
        if let Some(close) = "（(【["
            .contains(chars[i])
            .then(|| chars[i + 1..].iter().position(|c| "）)】]".contains(*c)))
            .flatten()
        {
            let inside: String = chars[i + 1..i + 1 + close].iter().collect();
            if !inside.is_empty() && (inside.chars().all(numeral) || is_part_word(&inside)) {
                i += close + 2;
                continue;
            }
        }
        // An unbracketed mark ends the name: 续表, 附表1, 第2页, 之二.
        let skip = ["续表", "附表", "第", "之", "续"]
            .iter()
            .find(|w| rest.starts_with(**w))
            .map(|w| {
                let after = &chars[i + w.chars().count()..];
                let n = after.iter().take_while(|c| numeral(**c)).count();
                let page = after.get(n).is_some_and(|c| "页部分".contains(*c)) as usize;
                match *w {
                    "第" | "之" if n == 0 || (*w == "第" && page == 0) => 0,
                    w => w.chars().count() + n + page,
                }
            })
            .filter(|n| i + n == chars.len())
            .unwrap_or(0);
        if skip > 0 {
            i += skip;
            continue;
        }
        out.push(chars[i]);
        i += 1;
    }
    // A trailing -2, _2, " 2".
    let trimmed = out.trim_end_matches(|c: char| c.is_ascii_digit());
    let out = match trimmed.strip_suffix(['-', '_', ' ']) {
        Some(t) if trimmed.len() < out.len() && out.len() - trimmed.len() <= 2 => t.to_string(),
        _ => out,
    };
    format!("{folder}/{}", out.trim())
}

fn is_part_word(s: &str) -> bool {
    let numeral = |c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c);
    matches!(s, "续" | "续表" | "附表")
        || s.strip_prefix("附表").is_some_and(|n| n.chars().all(numeral))
        || s.strip_prefix('第')
            .and_then(|n| n.strip_suffix('页').or_else(|| n.strip_suffix("部分")))
            .is_some_and(|n| !n.is_empty() && n.chars().all(numeral))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_parts_of_one_return_share_a_key() {
        let key = continuation_key;
        let whole = key("2020全年/区工信局2020年全年.xlsx");
        for part in [
            "2020全年/区工信局2020年全年（一）.xlsx",
            "2020全年/区工信局2020年全年（续表）.xlsx",
            "2020全年/区工信局2020年全年(2).xls",
            "2020全年/区工信局2020年全年续表.xlsx",
            "2020全年/区工信局2020年全年第2页.xlsx",
            "2020全年/区工信局2020年全年附表1.xlsx",
            "2020全年/区工信局2020年全年之二.xlsx",
            "2020全年/区工信局2020年全年-2.xlsx",
            "2020全年/区工信局2020年全年（第二页）.xlsx",
        ] {
            assert_eq!(key(part), whole, "{part}");
        }
        // Other folders, other names, numbers that are no part marks.
        assert_ne!(key("2020三季度/区工信局2020年全年.xlsx"), whole);
        assert_ne!(key("2020全年/区财政局2020年全年.xlsx"), whole);
        assert_eq!(key("a/区财政局2020年全年.xlsx"), "a/区财政局2020年全年");
        assert_eq!(key("区财政局第一季度.xlsx"), "/区财政局第一季度");
        assert_eq!(key("区财政局继续推进.xlsx"), "/区财政局继续推进");
    }
}
