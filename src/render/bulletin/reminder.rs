//! 催报通知: a one-page reminder to each unit with no return for the current period
//! (`Timeliness::Missing`: asks for the report) or whose files cannot be read
//! (`Timeliness::Unreadable`: asks for a readable copy, naming the files), worded by the
//! `reminder` template, laid out like the bulletin.
//! Written to `<dir>/催报通知/<unit>_催报通知.docx`.

use super::content::{task_ref, BulletinContext, List, TaskRef};
use super::{layout, letter, parts, props, save};
use crate::model::{Submission, Timeliness};
use crate::msg::LayoutMsg;
use crate::render::{safe_file_name, RenderContext, RenderError};
use docx_rs::Docx;
use serde::Serialize;
use std::path::PathBuf;

/// What the reminder template sees.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ReminderContext {
    pub(crate) year: i32,
    pub(crate) district: String,
    pub(crate) period: String,
    pub(crate) period_title: String,
    /// 6月底
    pub(crate) month_end: String,
    pub(crate) deadline: String,
    /// The bulletin's date.
    pub(crate) date: String,
    pub(crate) office: String,
    pub(crate) supervision: String,
    pub(crate) unit: String,
    /// The unit sent files that cannot be read: the reminder asks for a readable copy.
    pub(crate) unreadable: bool,
    /// The unit sent a table with nothing in it: the reminder asks for the content.
    pub(crate) empty: bool,
    /// Those files' names (the unreadable ones, or the empty return), joined into a list (`msg::join`).
    pub(crate) files: String,
    /// The notice's own 发文字号.
    pub(crate) notice_number: String,
    /// The tasks the unit leads, by ID and short name.
    pub(crate) tasks: List<Numbered>,
}

/// A task in the reminder's list, numbered from 1.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Numbered {
    pub(crate) no: usize,
    #[serde(flatten)]
    pub(crate) task: TaskRef,
    /// The unit's own milestone for the period ("上半年节点：化解5亿元；计划进度50%"), when
    /// its 节点计划 has one; else "".
    pub(crate) milestone: String,
}

fn context(ctx: &RenderContext, base: &BulletinContext, sub: &Submission) -> ReminderContext {
    let unit = sub.unit.as_str();
    let reg = &ctx.model.register;
    let tasks: Vec<Numbered> = reg
        .unit(unit)
        .map(|u| u.lead_tasks.as_slice())
        .unwrap_or_default()
        .iter()
        .filter_map(|id| reg.task(id))
        .enumerate()
        .map(|(i, t)| Numbered {
            no: i + 1,
            task: task_ref(t, None),
            milestone: super::plan::milestone_line(ctx.model, &t.id, unit),
        })
        .collect();
    ReminderContext {
        year: base.year,
        district: base.district.clone(),
        period: base.period.clone(),
        period_title: base.period_title.clone(),
        month_end: base.month_end.clone(),
        deadline: base.deadline.clone(),
        date: base.date.clone(),
        office: base.office.clone(),
        supervision: base.supervision.clone(),
        unit: unit.to_string(),
        notice_number: base.notice_number.clone(),
        unreadable: sub.timeliness == Timeliness::Unreadable,
        empty: sub.timeliness == Timeliness::Empty,
        files: crate::msg::join(
            (if sub.timeliness == Timeliness::Empty {
                &sub.files
            } else {
                &sub.unreadable
            })
            .iter()
            .map(|f| f.rsplit('/').next().unwrap_or(f)),
        ),
        tasks: tasks.into(),
    }
}

/// Writes one reminder per missing, unreadable or empty-handed unit (in parallel: early in a period that
/// is most units) and returns their paths in unit order.
pub(crate) fn render(ctx: &RenderContext, base: &BulletinContext) -> Result<Vec<PathBuf>, RenderError> {
    use rayon::prelude::*;
    let dir = ctx.dir.join("催报通知");
    if !ctx.model.has_returns_of_year() {
        return Ok(Vec::new()); // nobody reported this year: the run warns instead
    }
    let reminded: Vec<&Submission> = ctx
        .model
        .current_progress()
        .submissions
        .iter()
        .filter(|s| {
            matches!(
                s.timeliness,
                Timeliness::Missing | Timeliness::Unreadable | Timeliness::Empty
            )
        })
        .collect();
    reminded
        .into_par_iter()
        .map(|sub| {
            let unit = sub.unit.as_str();
            let parts = parts(ctx.templates, "reminder", &context(ctx, base, sub))?;
            let mut doc: Docx = letter(layout::new_document(), &parts);
            doc = layout::signature(doc.add_paragraph(layout::blank()), &parts.signature);
            let path = dir.join(
                LayoutMsg::ReminderFile {
                    unit: safe_file_name(unit),
                }
                .to_string(),
            );
            let props = props(ctx, &parts);
            save(doc, &[layout::section(false)], props, &path, ctx.out)?;
            Ok(path)
        })
        .collect()
}
