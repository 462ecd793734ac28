//! Columns kept apart from this period's values: the columns a sheet hides, and the columns
//! whose header names an earlier period than a column competing with them for the same role
//! ("前三季度进展情况" beside "全年进展情况", "上半年完成进度" beside "完成进度").
//!
//! When a hidden (or earlier) column and a visible one compete, the visible one wins: roles
//! are given to the other columns first. A hidden column may still identify the rows (task
//! number, task text, the register's names) when no visible column does; otherwise its cells
//! are kept verbatim in 其他, marked 隐藏列. An earlier period's column keeps its header,
//! which says its period. Neither is ever read as this period's report.

use super::header::{roles_of, Role};
use super::roles::{self, Assigned, Profile};
use super::SheetRecords;
use crate::collect::RawSheet;
use crate::finding::Finding;
use crate::msg::ExtractMsg;
use crate::period::PeriodKind;
use crate::place::Place;
use serde::Serialize;
use std::collections::BTreeMap;

/// Roles a hidden column (or row) may give: they identify a row, they say nothing of this
/// period.
pub(crate) const IDENTIFYING: [Role; 8] = [
    Role::TaskId,
    Role::TaskText,
    Role::Category,
    Role::Leader,
    Role::LeadUnit,
    Role::PartnerUnit,
    Role::Unit,
    Role::RowNumber,
];

/// Why a column was kept apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub(crate) enum Why {
    Hidden,
    /// Its header names this earlier period.
    Earlier(PeriodKind),
}

/// A column kept apart, said once in the 提示 when its cells are kept in 其他.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Apart {
    pub(crate) col: u32,
    pub(crate) header: String,
    pub(crate) why: Why,
}

/// Gives the columns their roles with the hidden and earlier ones kept apart; the columns
/// kept apart that took no role are listed.
pub(crate) fn assign(
    sheet: &RawSheet,
    names: &BTreeMap<u32, String>,
    profiles: &BTreeMap<u32, Profile>,
    hint: Option<PeriodKind>,
) -> (Assigned, Vec<Apart>) {
    let mut why: BTreeMap<u32, Why> = BTreeMap::new();
    for &c in names.keys().chain(profiles.keys()) {
        if sheet.hidden.col(c) {
            why.insert(c, Why::Hidden);
        } else if let Some(p) = earlier(c, names, sheet, hint) {
            why.insert(c, Why::Earlier(p));
        }
    }
    if why.is_empty() {
        return (roles::assign(names, profiles), Vec::new());
    }
    let part = |keep: &dyn Fn(u32) -> bool| {
        let n = names
            .iter()
            .filter(|(c, _)| keep(**c))
            .map(|(c, v)| (*c, v.clone()))
            .collect();
        let p = profiles
            .iter()
            .filter(|(c, _)| keep(**c))
            .map(|(c, v)| (*c, v.clone()))
            .collect();
        (n, p)
    };
    let (n, p) = part(&|c| !why.contains_key(&c));
    let mut assigned = roles::assign(&n, &p);
    let (n, p) = part(&|c| why.get(&c) == Some(&Why::Hidden));
    for (c, role) in roles::assign(&n, &p).columns {
        if IDENTIFYING.contains(&role) && !assigned.columns.values().any(|r| *r == role) {
            assigned.columns.insert(c, role);
        }
    }
    let has_cells = |c: &u32| profiles.get(c).is_some_and(|p| p.cells > 0);
    let apart = why
        .into_iter()
        .filter(|(c, _)| !assigned.columns.contains_key(c) && has_cells(c))
        .map(|(col, why)| Apart {
            col,
            header: names.get(&col).cloned().unwrap_or_default(),
            why,
        })
        .collect();
    (assigned, apart)
}

/// The period column `c`'s header names, when a visible column competing with it for a role
/// stands for a later one: its own header's period, else the sheet's (`hint`), else this
/// period's (a header with no period is the one to fill in now).
fn earlier(
    c: u32,
    names: &BTreeMap<u32, String>,
    sheet: &RawSheet,
    hint: Option<PeriodKind>,
) -> Option<PeriodKind> {
    let name = names.get(&c)?;
    let roles = roles_of(name);
    let own = PeriodKind::find_in(name).filter(|_| !roles.is_empty())?;
    let later = names.iter().any(|(d, other)| {
        let competes = *d != c && !sheet.hidden.col(*d) && roles_of(other).iter().any(|r| roles.contains(r));
        let stands_for = PeriodKind::find_in(other).or(hint);
        competes && stands_for.is_none_or(|p| p > own)
    });
    later.then_some(own)
}

/// The 提示 of a sheet read: one per column kept apart, one for its hidden rows that hold
/// values.
pub(crate) fn notes(path: &str, sheet: &SheetRecords) -> Vec<Finding> {
    let h = &sheet.header;
    let (file, name) = (path.to_string(), sheet.sheet.clone());
    let mut out: Vec<Finding> = h
        .apart
        .iter()
        .map(|a| {
            let place = Place::cell(path, &name, h.last_row(), a.col);
            let col: String = place.cell.chars().filter(|c| c.is_ascii_alphabetic()).collect();
            let header = match a.header.as_str() {
                "" => ExtractMsg::NoHeaderName.to_string(),
                h => h.to_string(),
            };
            let (file, sheet) = (file.clone(), name.clone());
            let message = match a.why {
                Why::Hidden => ExtractMsg::ColumnHidden {
                    file,
                    sheet,
                    col,
                    header,
                },
                Why::Earlier(p) => ExtractMsg::ColumnEarlier {
                    file,
                    sheet,
                    col,
                    header,
                    period: p.label().to_string(),
                },
            };
            Finding {
                place,
                message: message.to_string(),
            }
        })
        .collect();
    let hidden = sheet
        .records
        .iter()
        .filter(|r| r.hidden && !r.other.is_empty())
        .count();
    if hidden > 0 {
        let place = Place {
            file: file.clone(),
            sheet: name.clone(),
            cell: String::new(),
        };
        let message = ExtractMsg::RowsHidden {
            file,
            sheet: name,
            rows: hidden,
        };
        out.push(Finding {
            place,
            message: message.to_string(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[(u32, &str)]) -> BTreeMap<u32, String> {
        list.iter().map(|(c, n)| (*c, n.to_string())).collect()
    }

    fn sheet() -> RawSheet {
        RawSheet {
            name: "s".into(),
            visible: true,
            rows: vec![],
            merged: vec![],
            hidden: Default::default(),
            fills: Default::default(),
        }
    }

    #[test]
    fn an_earlier_period_column_competing_with_a_later_one() {
        let s = sheet();
        let n = names(&[
            (0, "任务内容"),
            (1, "前三季度进展情况"),
            (2, "全年进展情况"),
            (3, "上半年完成进度"),
            (4, "完成进度"),
        ]);
        assert_eq!(earlier(1, &n, &s, None), Some(PeriodKind::Q3));
        assert_eq!(earlier(2, &n, &s, None), None);
        // Beside a column with no period: earlier unless the sheet is for its own period.
        assert_eq!(earlier(3, &n, &s, None), Some(PeriodKind::H1));
        assert_eq!(earlier(3, &n, &s, Some(PeriodKind::Y)), Some(PeriodKind::H1));
        assert_eq!(earlier(3, &n, &s, Some(PeriodKind::H1)), None);
        // A period in a column of another role competes with nothing: 1-9月完成情况 under a
        // 全年目标任务 column is this period's progress at 三季度.
        let n = names(&[(0, "全年目标任务"), (1, "1-9月完成情况")]);
        assert_eq!(earlier(1, &n, &s, None), None);
    }
}
