//! The rest of a task table the office sent round: in a return that keeps the whole district
//! table, the rows of other units' tasks that the unit left as they came.
//!
//! A row of a task the unit does not report is a template row when it holds nothing of this
//! period's report (no status, percentage, progress, difficulties, suggestions or next
//! steps) and every other cell it has is the table's own, not the unit's:
//! - a cell of a hidden row, or of a column kept apart (hidden, or headed with an earlier
//!   period): never this period's report, whoever wrote it;
//! - a cell of a column the table fills in its quiet foreign rows: at least
//!   [`TEMPLATE_SHARE`] of them, and at least [`TEMPLATE_MIN_ROWS`] such rows (a 完成时限,
//!   a 序号 no role took, a 目标 column: the register's columns, whatever their headers,
//!   order or file type).
//!
//! The register's own columns (number, text, units, leaders) never make a row say anything.
//! A cell the unit wrote in one of the others' rows (a remark in a column the table leaves
//! empty) keeps the row out of the template: it is listed as not the unit's task, so nothing
//! the unit wrote is dropped.

use super::task::TaskMatch;
use crate::extract::{Record, SheetRecords};
use crate::place::parse_a1;
use std::collections::{BTreeMap, BTreeSet};

/// Share of a sheet's quiet foreign rows a column must fill to be the table's own.
pub(crate) const TEMPLATE_SHARE: f64 = 0.8;
/// Fewer quiet foreign rows than this are a unit's own short table, not the district's: only
/// hidden and kept-apart cells are the table's then.
pub(crate) const TEMPLATE_MIN_ROWS: usize = 5;

/// For each record of `sheet` (matched as `matches`), whether it is a template row;
/// `foreign` tells the tasks the sheet's unit does not report.
pub(crate) fn template_rows(
    sheet: &SheetRecords,
    matches: &[TaskMatch],
    foreign: impl Fn(&str) -> bool,
) -> Vec<bool> {
    let quiet: Vec<bool> = sheet
        .records
        .iter()
        .zip(matches)
        .map(|(r, m)| matches!(m, TaskMatch::Found { task_id, .. } if foreign(task_id)) && r.says_nothing())
        .collect();
    let table = table_columns(sheet, &quiet);
    sheet
        .records
        .iter()
        .zip(quiet)
        .map(|(r, quiet)| quiet && (r.hidden || cells(r).all(|c| table.contains(&c))))
        .collect()
}

/// The columns that are the table's own: kept apart, or filled in most quiet foreign rows.
fn table_columns(sheet: &SheetRecords, quiet: &[bool]) -> BTreeSet<u32> {
    let mut table: BTreeSet<u32> = sheet.header.apart.iter().map(|a| a.col).collect();
    let rows: Vec<&Record> = sheet
        .records
        .iter()
        .zip(quiet)
        .filter(|(r, q)| **q && !r.hidden)
        .map(|(r, _)| r)
        .collect();
    if rows.len() < TEMPLATE_MIN_ROWS {
        return table;
    }
    let mut filled: BTreeMap<u32, usize> = BTreeMap::new();
    for r in &rows {
        let cols: BTreeSet<u32> = cells(r).collect();
        for c in cols {
            *filled.entry(c).or_default() += 1;
        }
    }
    let need = (rows.len() as f64 * TEMPLATE_SHARE).ceil() as usize;
    table.extend(filled.into_iter().filter(|(_, n)| *n >= need).map(|(c, _)| c));
    table
}

/// The columns of a record's cells that say something beyond its task: those kept in 其他,
/// its date and its 节点计划 cells.
fn cells(r: &Record) -> impl Iterator<Item = u32> + '_ {
    r.other
        .iter()
        .map(|o| o.cell.as_str())
        .chain(r.date.as_ref().map(|(_, p)| p.cell.as_str()))
        .chain(r.plan.iter().map(|(_, t)| t.place.cell.as_str()))
        // A cell with no address (none today) is never the table's.
        .map(|cell| parse_a1(cell).map_or(u32::MAX, |(_, col)| col))
}
