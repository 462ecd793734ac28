//! Received but unreadable is not missing; a receipt without a file is not missing either.
//!
//! A file in input/ that duban cannot read (Failed: damaged, encrypted, over a limit;
//! Skipped as a format it does not read: .doc, .wps, .pdf, .rar, ...; a workbook in which no
//! table was found) is tied to a unit by what can be read without opening it: the file's
//! name, else the folders it sits in (e-mail attachments saved per sender), nearest first;
//! its period from the path, else the current one. Office clutter (lock files, Thumbs.db)
//! is never a return. A unit with such a file and no readable return for the period is
//! [`Timeliness::Unreadable`] (`已报送（无法读取）`); the file is listed beside it.
//!
//! A unit the receipt register records with no file at all in input/ gets its timeliness
//! from the register row (the office has the return, on paper or elsewhere).

use super::evidence::{self, Window};
use super::receipts::Receipts;
use crate::matching::identity::{find_period, find_unit};
use crate::model::{FileOutcome, FileReport, Model, Timeliness};
use crate::msg;
use crate::period::Period;
use crate::register::Register;
use crate::settings::Settings;

/// The unit and period a file's path names.
fn tie(path: &str, register: &Register, settings: &Settings, current: Period) -> Option<(String, Period)> {
    let mut parts: Vec<&str> = path.split('/').collect();
    let name = parts.pop()?;
    if crate::collect::junk_name(name).is_some() {
        return None;
    }
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let unit = std::iter::once(stem)
        .chain(parts.iter().rev().copied())
        .find_map(|t| find_unit(register, t, settings))?;
    let period = find_period(path, settings.year).unwrap_or(current);
    Some((unit, period))
}

/// Could not be read as a return: failed, skipped for its format, or a workbook in which no
/// table was found.
fn unreadable(f: &FileReport) -> bool {
    match f.outcome {
        FileOutcome::Failed | FileOutcome::Skipped => true,
        FileOutcome::Return => f.unit.is_none() && f.rows_read == 0,
        FileOutcome::Canonical | FileOutcome::Receipts | FileOutcome::Own | FileOutcome::Plan => false,
    }
}

/// Marks the units whose only files could not be read, and names their unit and period in
/// the files' reports.
pub(crate) fn mark(model: &mut Model, files: &mut [FileReport], settings: &Settings) {
    let current = model.current;
    let mut found = Vec::new();
    for f in files.iter_mut().filter(|f| unreadable(f)) {
        let Some((unit, period)) = tie(&f.path, &model.register, settings, current) else {
            continue;
        };
        f.unit.get_or_insert(unit.clone());
        f.period.get_or_insert(period);
        // A workbook with no table has no reason of its own: its finding says why.
        let reason = f
            .reason
            .clone()
            .or_else(|| f.warnings.first().map(|w| w.message.clone()))
            .unwrap_or_default();
        found.push((period, unit, f.path.clone(), reason));
    }
    for (period, unit, path, reason) in found {
        let Some(sub) = model
            .period_mut(period)
            .and_then(|p| p.submissions.iter_mut().find(|s| s.unit == unit))
        else {
            continue;
        };
        sub.unreadable.push(path.clone());
        if sub.files.is_empty() && sub.timeliness != Timeliness::Unreadable {
            sub.timeliness = Timeliness::Unreadable;
            sub.remark = msg::MergeMsg::unreadable(path, reason).to_string();
        }
    }
}

/// Units the receipt register records but that have no file in input/: on time or late by
/// the register's date (or undated when that date is implausible). Units with an unreadable
/// file keep that state, with the register's date as its evidence.
pub(crate) fn receipts_only(model: &mut Model, receipts: &Receipts) {
    for ((period, unit), receipt) in receipts {
        let Some(progress) = model.period(*period) else {
            continue;
        };
        let window = Window::new(progress, model.report_date);
        let verdict = evidence::judge(vec![receipt.clone()], &window, unit);
        let Some(sub) = model
            .period_mut(*period)
            .and_then(|p| p.submissions.iter_mut().find(|s| &s.unit == unit))
        else {
            continue;
        };
        match sub.timeliness {
            Timeliness::Missing => {
                sub.timeliness = verdict.timeliness;
                sub.evidence = verdict.evidence;
                let place = receipt.place.to_string();
                sub.remark = msg::MergeMsg::ReceiptOnly { place }.to_string();
            }
            Timeliness::Unreadable => sub.evidence = verdict.evidence,
            _ => continue,
        }
        model.exceptions.extend(verdict.exceptions);
    }
}
