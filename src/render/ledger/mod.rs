//! 工作台帐: the office's record of the year, written from the merged [`Model`] and the run's
//! analysis (changes since the previous period, 考核).
//!
//! - `<dir>/工作台帐_<period>.xlsx`: one sheet per attachment of the notice (`tasks`), 汇总
//!   with charts (`summary`), 未报送 and 异常 (`lists`), 考核 and 考核明细 (`scores`);
//! - `<dir>/分单位台帐/` and `<dir>/分领导台帐/`: the same task sheets cut to one unit's or one
//!   leader's tasks (`split`); a unit's also has its own 考核 row and details.
//!
//! What a workbook shows is decided by a `Scope`; the look lives in `style`. Every file is
//! built in memory with fixed document properties and written atomically, so the same model
//! gives the same bytes.

pub(crate) mod carry;
mod changes;
mod lists;
mod plans;
mod scores;
mod split;
mod style;
mod summary;
mod tasks;

use super::print::Paper;
use super::props::Props;
use super::xlsx::{fixed_properties, save};
use super::{RenderContext, RenderError, Renderer};
use crate::analysis::Analysis;
use crate::assess::Assessment;
use crate::compare::Changes;
use crate::model::Model;
use crate::msg::LayoutMsg;
use crate::outbox::Outbox;
use crate::register::{Attachment, Leader, Task, Unit};
use crate::settings::Settings;
use rust_xlsxwriter::{Workbook, XlsxError};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use style::Styles;

pub(crate) use plans::read_decisions;
pub(crate) use style::sheet_name;

/// Sheet names of the master ledger besides the three attachment sheets.
pub(crate) const SUMMARY_SHEET: &str = "汇总";
pub(crate) const MISSING_SHEET: &str = "未报送";
pub(crate) const EXCEPTIONS_SHEET: &str = "异常";
pub const ASSESS_SHEET: &str = "考核";
pub const ASSESS_DETAIL_SHEET: &str = "考核明细";
/// Folders of the split ledgers under the period folder.
pub(crate) const UNIT_DIR: &str = "分单位台帐";
pub(crate) const LEADER_DIR: &str = "分领导台帐";

pub struct Ledger;

impl Renderer for Ledger {
    fn name(&self) -> &'static str {
        "工作台帐"
    }

    fn render(&self, ctx: &RenderContext) -> Result<Vec<PathBuf>, RenderError> {
        let path = ctx.dir.join(file_name(None, ctx.model));
        // The master ledger is the largest single workbook: built while the split ledgers are.
        let (master_written, split) = rayon::join(
            || {
                let mut book = Book::new(ctx.model, ctx.analysis, ctx.settings, Scope::all());
                book.carried = ctx.carried;
                write_workbook(ctx.out, &path, &book.props(), |wb| master(wb, &book))
            },
            || split::write_all(ctx),
        );
        master_written?;
        let mut files = vec![path];
        files.extend(split?);
        Ok(files)
    }
}

/// `工作台帐_2020年一季度.xlsx`, or `<owner>_工作台帐_2020年一季度.xlsx` for a split ledger.
pub(crate) fn file_name(owner: Option<&str>, model: &Model) -> String {
    let base = LayoutMsg::LedgerFile {
        period: model.current.file_title(),
    }
    .to_string();
    match owner {
        Some(o) => super::safe_file_name(&format!("{o}_{base}")),
        None => super::safe_file_name(&base),
    }
}

fn master(wb: &mut Workbook, book: &Book) -> Result<(), XlsxError> {
    for att in Attachment::ALL {
        tasks::write_sheet(wb, book, att)?;
    }
    summary::write_sheet(wb, book)?;
    // Only when some unit sent a plan: without one the ledger is as it always was.
    if !book.model.plans.is_empty() {
        plans::write_sheet(wb, book)?;
    }
    lists::write_missing(wb, book)?;
    lists::write_exceptions(wb, book)?;
    scores::write_sheet(wb, book)?;
    scores::write_details(wb, book)?;
    Ok(())
}

/// Builds a workbook with fixed properties and stages it in `out`.
fn write_workbook(
    out: &Outbox,
    path: &Path,
    props: &Props,
    build: impl FnOnce(&mut Workbook) -> Result<(), XlsxError>,
) -> Result<(), RenderError> {
    let mut wb = Workbook::new();
    wb.set_properties(&fixed_properties(props));
    build(&mut wb).map_err(|source| RenderError::Xlsx {
        path: path.to_path_buf(),
        source,
    })?;
    save(&mut wb, path, out)
}

/// Which tasks and which lead units' lines a workbook shows.
pub(crate) struct Scope {
    /// The unit or leader a split ledger belongs to; None for the master ledger.
    pub(crate) owner: Option<String>,
    /// None: every task.
    tasks: Option<BTreeSet<String>>,
    /// Only this unit's lines (a per-unit ledger).
    unit: Option<String>,
}

impl Scope {
    pub(crate) fn all() -> Scope {
        Scope {
            owner: None,
            tasks: None,
            unit: None,
        }
    }

    pub(crate) fn unit(unit: &Unit) -> Scope {
        Scope {
            owner: Some(unit.name.clone()),
            tasks: Some(unit.lead_tasks.iter().cloned().collect()),
            unit: Some(unit.name.clone()),
        }
    }

    pub(crate) fn leader(leader: &Leader) -> Scope {
        Scope {
            owner: Some(leader.name.clone()),
            tasks: Some(leader.tasks.iter().cloned().collect()),
            unit: None,
        }
    }

    /// The unit of a per-unit ledger.
    pub(crate) fn unit_name(&self) -> Option<&str> {
        self.unit.as_deref()
    }

    pub(crate) fn includes(&self, task: &Task) -> bool {
        self.includes_id(&task.id)
    }

    pub(crate) fn includes_id(&self, id: &str) -> bool {
        self.tasks.as_ref().is_none_or(|t| t.contains(id))
    }

    /// The reporting lead units whose lines are shown for `task`.
    pub(crate) fn units<'t>(&self, task: &'t Task) -> Vec<&'t str> {
        task.reporting_units()
            .filter(|u| self.unit.as_deref().is_none_or(|only| only == *u))
            .collect()
    }
}

/// Everything a sheet writer needs: the model and its analysis, the settings, the scope and
/// the formats.
pub(crate) struct Book<'a> {
    pub(crate) model: &'a Model,
    pub(crate) changes: &'a Changes,
    pub(crate) assessment: &'a Assessment,
    pub(crate) settings: &'a Settings,
    pub(crate) scope: Scope,
    pub(crate) styles: Styles,
    /// The office's own columns of the edited master ledger (the master ledger only).
    pub(crate) carried: Option<&'a carry::Carried>,
}

impl<'a> Book<'a> {
    pub(crate) fn new(
        model: &'a Model,
        analysis: &'a Analysis,
        settings: &'a Settings,
        scope: Scope,
    ) -> Book<'a> {
        Book {
            model,
            changes: &analysis.changes,
            assessment: &analysis.assessment,
            settings,
            scope,
            styles: Styles::new(),
            carried: None,
        }
    }

    /// "盐湖区2020年工作台帐" or "区财政局工作台帐".
    pub(crate) fn doc_title(&self) -> String {
        match &self.scope.owner {
            Some(o) => LayoutMsg::OwnLedgerTitle {
                owner: o.clone(),
                period: self.model.current.title(),
            },
            None => LayoutMsg::LedgerTitle {
                district: self.settings.district.clone(),
                period: self.model.current.title(),
            },
        }
        .to_string()
    }

    /// The paper its sheets print on: the office's master ledger on A3, a unit's or leader's
    /// on A4 (what every printer takes), several pages wide where needed.
    pub(crate) fn paper(&self) -> Paper {
        match self.scope.owner {
            None => Paper::A3,
            Some(_) => Paper::A4,
        }
    }

    /// The workbook's properties: its title, the issuing office, the bulletin's date.
    pub(crate) fn props(&self) -> Props {
        Props::of_run(self.settings, self.model.current, &self.doc_title())
    }

    pub(crate) fn tasks_in(&self, att: Attachment) -> impl Iterator<Item = &'a Task> + '_ {
        self.model
            .register
            .tasks_in(att)
            .filter(move |t| self.scope.includes(t))
    }
}
