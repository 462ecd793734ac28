//! The split ledgers: `分单位台帐/<unit>_工作台帐_<period>.xlsx` for every reporting unit (its
//! own lines of the tasks it leads) and `分领导台帐/<leader>_工作台帐_<period>.xlsx` for every
//! 责任人, posts such as 分管文教卫副区长 included (all lines of the tasks they answer for).
//! Each holds the task sheets that have tasks in scope, over all periods so far; a unit's
//! also its own 考核 row and 考核明细, so the unit can check its score.

use super::{file_name, plans, scores, tasks, write_workbook, Book, Scope, LEADER_DIR, UNIT_DIR};
use crate::register::Attachment;
use crate::render::{RenderContext, RenderError};
use rust_xlsxwriter::{Workbook, XlsxError};
use std::path::PathBuf;

pub(crate) fn write_all(ctx: &RenderContext) -> Result<Vec<PathBuf>, RenderError> {
    use rayon::prelude::*;
    let reg = &ctx.model.register;
    let scopes: Vec<(&str, Scope)> = reg
        .reporting_units()
        .map(|u| (UNIT_DIR, Scope::unit(u)))
        .chain(reg.leaders.iter().map(|l| (LEADER_DIR, Scope::leader(l))))
        .collect();
    // Independent files: written in parallel, listed in the same order every run.
    scopes
        .into_par_iter()
        .map(|(dir, scope)| write_one(ctx, dir, scope))
        .collect()
}

fn write_one(ctx: &RenderContext, dir: &str, scope: Scope) -> Result<PathBuf, RenderError> {
    let book = Book::new(ctx.model, ctx.analysis, ctx.settings, scope);
    let path = ctx
        .dir
        .join(dir)
        .join(file_name(book.scope.owner.as_deref(), ctx.model));
    write_workbook(ctx.out, &path, &book.props(), |wb| task_sheets(wb, &book))?;
    Ok(path)
}

fn task_sheets(wb: &mut Workbook, book: &Book) -> Result<(), XlsxError> {
    let mut used: Vec<Attachment> = Attachment::ALL
        .into_iter()
        .filter(|a| book.tasks_in(*a).next().is_some())
        .collect();
    if used.is_empty() {
        // A workbook needs a sheet: an empty 十大工程 sheet says "nothing in scope" plainly.
        used.push(Attachment::Programmes);
    }
    for att in used {
        tasks::write_sheet(wb, book, att)?;
    }
    if book.model.plans.iter().any(|p| plans::in_scope(book, p)) {
        plans::write_sheet(wb, book)?;
    }
    if book.scope.unit_name().is_some() {
        scores::write_sheet(wb, book)?;
        scores::write_details(wb, book)?;
    }
    Ok(())
}
