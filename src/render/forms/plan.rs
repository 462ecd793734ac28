//! `duban forms --plan`: one 节点计划表 per reporting unit (`<dir>/节点计划表/`), the contract
//! in [`crate::form::plan`]: per task the register's columns (locked), then 年度目标 and, for
//! 一季度 / 上半年 / 前三季度 / 全年, a milestone, its 完成标准 and a planned percent, filled in
//! by the unit; the sign-off rows and the hidden identity sheet of the feedback form, with
//! `kind = plan`. Read back by `extract` by its header words, like a unit's own plan.

use super::{xlsx_error, Form};
use crate::form::{self as contract, plan as plan_form, FIRST_TASK_ROW, HEADER_ROW, IDENTITY_SHEET};
use crate::msg::{LayoutMsg, RenderMsg};
use crate::plan::PlanKind;
use crate::render::print;
use crate::render::props::Props;
use crate::render::xlsx::{
    body_format, cjk_width, fit_height, fixed_properties, header_format, save, title_format,
};
use crate::render::{safe_file_name, RenderContext, RenderError, Renderer};
use rust_xlsxwriter::{
    DataValidation, DataValidationRule, Format, FormatAlign, Workbook, Worksheet, XlsxError,
};
use std::path::PathBuf;

/// Folder (under the period folder) the plan forms go to.
pub(crate) const PLAN_DIR: &str = "节点计划表";
/// Pale yellow marks the cells a unit fills in (as on the feedback form).
const FILL_IN_COLOR: &str = "FFF8DC";

/// The plan forms, one per reporting unit in the register's unit order.
pub struct PlanForms;

/// `区财政局_2020年节点计划表.xlsx`
pub fn file_name(unit: &str, year: i32) -> String {
    LayoutMsg::PlanFormFile {
        unit: safe_file_name(unit),
        year,
    }
    .to_string()
}

impl Renderer for PlanForms {
    fn name(&self) -> &'static str {
        "节点计划表"
    }

    fn render(&self, ctx: &RenderContext) -> Result<Vec<PathBuf>, RenderError> {
        let (model, folder) = (ctx.model, ctx.dir.join(PLAN_DIR));
        let mut written = Vec::new();
        for unit in model.register.reporting_units() {
            let mut form = Form::new(model, ctx.settings, unit);
            form.title = plan_form::title(model.current.year, &ctx.settings.district);
            form.props = Props::of_forms(ctx.settings, model.current, &form.title);
            let path = folder.join(file_name(&unit.name, model.current.year));
            let mut wb = workbook(&form).map_err(xlsx_error(&path))?;
            save(&mut wb, &path, ctx.out)?;
            written.push(path);
        }
        Ok(written)
    }
}

/// A column's width in CJK characters.
fn width(kind: Option<PlanKind>) -> u16 {
    match kind {
        None => 6,
        Some(PlanKind::Percent) => 5,
        Some(_) => 10,
    }
}

fn workbook(form: &Form) -> Result<Workbook, XlsxError> {
    let mut wb = Workbook::new();
    wb.set_properties(&fixed_properties(&form.props));
    let ws = wb.add_worksheet().set_name(plan_form::PLAN_SHEET)?;
    let layout = layout();
    write_top(ws, form, &layout)?;
    write_tasks(ws, form)?;
    write_sign_off(ws, form)?;
    ws.set_freeze_panes(FIRST_TASK_ROW, 3)?;
    print::setup(ws, &layout, None)?;
    ws.set_repeat_rows(HEADER_ROW, HEADER_ROW)?;
    ws.set_footer(print::page_footer(Some(&form.unit.name)));
    let id = wb.add_worksheet().set_name(IDENTITY_SHEET)?;
    let tasks = form.tasks.iter().map(|t| t.id.as_str());
    let rows = plan_form::identity_rows(&form.unit.name, form.period, form.notice, tasks);
    for (r, (key, value)) in rows.into_iter().enumerate() {
        id.write(r as u32, 0, key)?;
        id.write(r as u32, 1, value.as_str())?;
    }
    id.protect();
    id.set_hidden(true);
    Ok(wb)
}

/// How the form prints: A4 landscape, a page may start at 年度目标 and at each period's
/// columns, 任务编号, 类别 and 任务内容 repeated at the left of every page.
fn layout() -> print::Layout {
    let kinds = kinds();
    let canonical = plan_form::CANONICAL.len();
    let groups = (canonical..kinds.len())
        .filter(|c| *c == canonical || kinds[*c] == Some(PlanKind::Milestone))
        .map(|c| c as u16)
        .collect();
    print::Layout {
        paper: print::Paper::A4,
        widths: (0..kinds.len())
            .map(|c| cjk_width(column_chars(c, &kinds).into()))
            .collect(),
        groups,
        repeat: canonical as u16,
    }
}

/// Width in CJK characters of column `c`.
fn column_chars(c: usize, kinds: &[Option<PlanKind>]) -> u16 {
    if c == 2 {
        16
    } else {
        width(kinds[c])
    }
}

fn write_top(ws: &mut Worksheet, form: &Form, layout: &print::Layout) -> Result<(), XlsxError> {
    let names = plan_form::header_names();
    // The title over the first printed page, so that it prints whole.
    let last = layout.first_page_last();
    ws.merge_range(0, 0, 0, last, &form.title, &title_format().set_text_wrap())?;
    ws.set_row_height(0, 40)?;
    let label = Format::new()
        .set_font_name("宋体")
        .set_font_size(11)
        .set_align(FormatAlign::VerticalCenter);
    ws.merge_range(1, 0, 1, 3, &contract::unit_label(&form.unit.name), &label)?;
    ws.set_row_height(1, 24)?;
    let kinds = kinds();
    let (head, fill_head) = (header_format(), header_format().set_background_color("FCE4B6"));
    for (c, name) in names.iter().enumerate() {
        let f = if kinds[c].is_some() { &fill_head } else { &head };
        ws.write_with_format(HEADER_ROW, c as u16, *name, f)?;
        ws.set_column_width(c as u16, cjk_width(column_chars(c, &kinds).into()))?;
    }
    ws.set_row_height(HEADER_ROW, 45)?;
    Ok(())
}

/// Each column's plan kind (None for the register's columns).
fn kinds() -> Vec<Option<PlanKind>> {
    let canonical = plan_form::CANONICAL.iter().map(|_| None);
    canonical
        .chain(plan_form::fill_in().into_iter().map(|f| Some(f.kind)))
        .collect()
}

fn write_tasks(ws: &mut Worksheet, form: &Form) -> Result<(), XlsxError> {
    let locked = body_format();
    let fill = body_format().set_unlocked().set_background_color(FILL_IN_COLOR);
    let percent = fill.clone().set_align(FormatAlign::Center).set_num_format("0");
    let kinds = kinds();
    let rule = DataValidation::new()
        .allow_whole_number(DataValidationRule::Between(0, 100))
        .set_input_title("计划进度")?
        .set_input_message(RenderMsg::PlanPercentPrompt.to_string())?
        .set_error_title(RenderMsg::PlanPercentInvalid.to_string())?
        .set_error_message(RenderMsg::PlanPercentOnly.to_string())?;
    for (i, task) in form.tasks.iter().enumerate() {
        let r = FIRST_TASK_ROW + i as u32;
        let cells = contract::canonical_cells(task);
        // 任务编号, 类别, 任务内容 are the feedback form's first three columns.
        for (c, text) in cells.iter().take(plan_form::CANONICAL.len()).enumerate() {
            ws.write_with_format(r, c as u16, text, &locked)?;
        }
        for (c, kind) in kinds.iter().enumerate().skip(plan_form::CANONICAL.len()) {
            let f = if *kind == Some(PlanKind::Percent) {
                &percent
            } else {
                &fill
            };
            ws.write_blank(r, c as u16, f)?;
        }
        ws.set_row_height(r, fit_height(&[(task.text.as_str(), 16)]).max(54.0))?;
    }
    if let Some(last) = (FIRST_TASK_ROW + form.tasks.len() as u32)
        .checked_sub(1)
        .filter(|_| !form.tasks.is_empty())
    {
        for (c, _) in kinds
            .iter()
            .enumerate()
            .filter(|(_, k)| **k == Some(PlanKind::Percent))
        {
            ws.add_data_validation(FIRST_TASK_ROW, c as u16, last, c as u16, &rule)?;
        }
    }
    ws.protect();
    Ok(())
}

/// The feedback form's sign-off rows, one blank row after the table.
fn write_sign_off(ws: &mut Worksheet, form: &Form) -> Result<(), XlsxError> {
    let label = Format::new().set_font_name("宋体").set_font_size(11).set_bold();
    let value = Format::new()
        .set_font_name("宋体")
        .set_font_size(11)
        .set_unlocked()
        .set_background_color(FILL_IN_COLOR);
    let first = FIRST_TASK_ROW + form.tasks.len() as u32 + 1;
    for (k, name) in contract::SIGN_OFF.into_iter().enumerate() {
        let r = first + k as u32;
        ws.write_with_format(r, 0, name, &label)?;
        ws.merge_range(r, 1, r, 2, "", &value)?;
    }
    Ok(())
}
