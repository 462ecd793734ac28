//! `duban forms`: the feedback workbooks (反馈表) sent to every reporting unit before a
//! deadline, and their index (反馈表清单.xlsx).
//!
//! The writer of the form contract ([`crate::form`]: sheet names, header names, identity
//! keys; docs/FORMS.md) and of the forms' file names. Reads the
//! [`Model`] only: the register says which tasks each unit leads, the previous period's
//! entries give the 上期进展 column. Hands on files under `<dir>/反馈表/`.

pub mod plan;
mod sheet;

use super::print;
use super::props::Props;
use super::xlsx::{body_format, cjk_width, fit_height, fixed_properties, header_format, save};
use super::{safe_file_name, RenderContext, RenderError, Renderer};
use crate::model::Model;
use crate::msg::{self, LayoutMsg};
use crate::period::Period;
use crate::register::{Register, Task, Unit};
use crate::settings::Settings;
use rust_xlsxwriter::{Workbook, XlsxError};
use std::path::{Path, PathBuf};

/// Folder (under the period folder) the forms go to.
pub(crate) const FORMS_DIR: &str = "反馈表";
/// The index of the forms.
pub const INDEX_FILE: &str = "反馈表清单.xlsx";
/// Header of 反馈表清单.xlsx.
pub const INDEX_COLUMNS: [&str; 5] = ["填报单位", "任务数", "任务编号", "责任人", "反馈表文件"];

/// One unit's form: everything the sheet writer needs, resolved from the model.
pub(crate) struct Form<'a> {
    pub(crate) unit: &'a Unit,
    pub(crate) period: Period,
    /// `2020年盐湖区《政府工作报告》重点任务上半年进展情况反馈表`
    pub(crate) title: String,
    /// The notice the register came from (identity row `generated`).
    pub(crate) notice: &'a str,
    /// Title, issuing office and date of the workbook.
    pub(crate) props: Props,
    /// The tasks the unit leads, in register order.
    pub(crate) tasks: Vec<&'a Task>,
    /// 上期进展 per task (same order as `tasks`); None when the unit has no earlier report,
    /// so the column is left out.
    pub(crate) previous: Option<Vec<String>>,
}

/// The forms: one per reporting unit and the index, into `<dir>/反馈表/`. They are outputs
/// of the period folder like the ledgers, under the same manifest when the driver guards the
/// outbox, so a form someone changed is kept in `<dir>/历史版本/反馈表/`, not overwritten.
pub struct Forms;

impl Renderer for Forms {
    fn name(&self) -> &'static str {
        "反馈表"
    }

    /// Returns the forms' paths (in the register's unit order) followed by the index's path.
    fn render(&self, ctx: &RenderContext) -> Result<Vec<PathBuf>, RenderError> {
        let (model, folder) = (ctx.model, ctx.dir.join(FORMS_DIR));
        let mut written = Vec::new();
        for unit in model.register.reporting_units() {
            let form = Form::new(model, ctx.settings, unit);
            let path = folder.join(file_name(&unit.name, model.current));
            let mut wb = sheet::workbook(&form).map_err(xlsx_error(&path))?;
            save(&mut wb, &path, ctx.out)?;
            written.push(path);
        }
        let index = folder.join(INDEX_FILE);
        let props = Props::of_forms(
            ctx.settings,
            model.current,
            &LayoutMsg::FormIndexTitle {
                period: model.current.title(),
            }
            .to_string(),
        );
        let mut wb = index_workbook(&model.register, model.current, &props).map_err(xlsx_error(&index))?;
        save(&mut wb, &index, ctx.out)?;
        written.push(index);
        Ok(written)
    }
}

/// `区财政局_2020年半年进展反馈表.xlsx`
pub fn file_name(unit: &str, period: Period) -> String {
    LayoutMsg::FormFile {
        unit: safe_file_name(unit),
        period: period.file_title(),
    }
    .to_string()
}

fn xlsx_error(path: &Path) -> impl Fn(XlsxError) -> RenderError + '_ {
    move |source| RenderError::Xlsx {
        path: path.to_path_buf(),
        source,
    }
}

impl<'a> Form<'a> {
    fn new(model: &'a Model, settings: &Settings, unit: &'a Unit) -> Form<'a> {
        let tasks: Vec<&Task> = unit
            .lead_tasks
            .iter()
            .filter_map(|id| model.register.task(id))
            .collect();
        let previous: Vec<String> = tasks
            .iter()
            .map(|t| previous_text(model, &t.id, &unit.name))
            .collect();
        let any_previous = previous.iter().any(|p| !p.is_empty());
        let title = crate::form::title(model.current, &settings.district);
        Form {
            unit,
            period: model.current,
            props: Props::of_forms(settings, model.current, &title),
            title,
            notice: &model.register.source,
            tasks,
            previous: any_previous.then_some(previous),
        }
    }
}

/// "【序时推进】已完成投资3亿元" from the unit's latest earlier report on the task (the
/// period just before, or an older one when the unit skipped a period), or "" when it wrote
/// no progress text. An entry with text but no status keeps just the text.
fn previous_text(model: &Model, task_id: &str, unit: &str) -> String {
    let latest = model
        .periods
        .iter()
        .rev()
        .filter(|p| p.period < model.current)
        .filter_map(|p| p.entry(task_id, unit))
        .find(|e| !e.progress.trim().is_empty());
    let Some(entry) = latest else {
        return String::new();
    };
    let text = entry.progress.trim();
    match (text.is_empty(), entry.reported()) {
        (true, _) => String::new(),
        (false, true) => LayoutMsg::Tagged {
            tag: entry.status.label().to_string(),
            text: text.to_string(),
        }
        .to_string(),
        (false, false) => text.to_string(),
    }
}

/// 反馈表清单.xlsx: one row per reporting unit with its task count, task IDs, the district
/// leaders (责任人) of its tasks and form file name.
fn index_workbook(register: &Register, period: Period, props: &Props) -> Result<Workbook, XlsxError> {
    let mut wb = Workbook::new();
    wb.set_properties(&fixed_properties(props));
    let ws = wb.add_worksheet().set_name("反馈表清单")?;
    let (head, body) = (header_format(), body_format());
    for (c, name) in INDEX_COLUMNS.iter().enumerate() {
        ws.write_with_format(0, c as u16, *name, &head)?;
    }
    let widths = [12, 4, 26, 14, 18];
    for (i, unit) in register.reporting_units().enumerate() {
        let r = i as u32 + 1;
        let (ids, leaders) = (msg::join(&unit.lead_tasks), msg::join(&unit.leaders));
        let file = file_name(&unit.name, period);
        ws.write_with_format(r, 0, &unit.name, &body)?;
        ws.write_with_format(r, 1, unit.lead_tasks.len() as u32, &body)?;
        ws.write_with_format(r, 2, &ids, &body)?;
        ws.write_with_format(r, 3, &leaders, &body)?;
        ws.write_with_format(r, 4, &file, &body)?;
        let sized = [&unit.name, &ids, &leaders, &file].map(String::as_str);
        let sized: Vec<(&str, usize)> = sized.into_iter().zip([12, 26, 14, 18]).collect();
        ws.set_row_height(r, fit_height(&sized))?;
    }
    for (c, w) in widths.iter().enumerate() {
        ws.set_column_width(c as u16, cjk_width(*w))?;
    }
    ws.set_freeze_panes(1, 0)?;
    let layout = print::Layout {
        paper: print::Paper::A4,
        widths: widths.iter().map(|w| cjk_width(*w)).collect(),
        groups: (1..widths.len() as u16).collect(),
        repeat: 1,
    };
    print::setup(ws, &layout, Some(0))?;
    ws.set_header(print::page_title(&props.title));
    ws.set_footer(print::page_footer(None));
    Ok(wb)
}
