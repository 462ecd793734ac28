//! The workbook of one unit's form: the visible `反馈表` sheet (title, unit and period,
//! header, one row per task, sign-off rows) with its protection, validations and page setup,
//! and the hidden `_duban` identity sheet. Layout as in docs/FORMS.md.

use super::Form;
use crate::form::{
    self as contract, FILL_IN, FIRST_TASK_ROW, FORM_SHEET, HEADER_ROW, IDENTITY_SHEET, PERCENT, PREVIOUS,
    STATUS,
};
use crate::msg::RenderMsg;
use crate::render::print;
use crate::render::xlsx::{
    body_format, cjk_width, fixed_properties, header_format, lines_height, row_height, text_lines,
    title_format, BODY_SIZE, HEADER_SIZE,
};
use crate::status::Status;
use chrono::NaiveDate;
use rust_xlsxwriter::{
    DataValidation, DataValidationRule, Format, FormatAlign, FormatBorder, ProtectionOptions, Workbook,
    Worksheet, XlsxError,
};

/// A column of the form: header name, width in CJK characters, filled in by the unit or not.
struct Column {
    name: &'static str,
    chars: u16,
    fill_in: bool,
}

/// The least lines of a task row: room to write by hand.
const MIN_TASK_LINES: usize = 3;
/// The columns printed again at the left of the page of the columns the unit fills in:
/// 任务编号, 类别, 任务内容.
const REPEAT: u16 = 3;
/// Pale yellow marks the cells a unit fills in.
const FILL_IN_COLOR: &str = "FFF8DC";

/// The form's columns in contract order ([`contract::header_names`]); 上期进展 is dropped when
/// the unit has no earlier report.
fn columns(with_previous: bool) -> Vec<Column> {
    contract::header_names(with_previous)
        .into_iter()
        .map(|name| Column {
            name,
            chars: width(name),
            fill_in: FILL_IN.contains(&name),
        })
        .collect()
}

/// A column's width in CJK characters, by its header name: the form prints on two A4 pages
/// at 95 % or more (10 pt text at 9.5 pt), the register's columns and 上期进展 on the first,
/// 任务编号, 类别 and 任务内容 again with the columns the unit fills in on the second.
fn width(name: &str) -> u16 {
    match name {
        PREVIOUS => 18,
        "进展情况" => 14,
        "任务内容" => 13,
        "牵头单位" | "配合单位" | "存在困难" | "意见建议" | "下步打算" => 6,
        "责任人" => 5,
        _ => 4,
    }
}

pub(crate) fn workbook(form: &Form) -> Result<Workbook, XlsxError> {
    let mut wb = Workbook::new();
    wb.set_properties(&fixed_properties(&form.props));
    let cols = columns(form.previous.is_some());
    let ws = wb.add_worksheet().set_name(FORM_SHEET)?;
    write_top(ws, form, &cols)?;
    write_tasks(ws, form, &cols)?;
    write_sign_off(ws, form)?;
    add_validations(ws, form, &cols)?;
    page_setup(ws, form, &cols)?;
    let id = wb.add_worksheet().set_name(IDENTITY_SHEET)?;
    write_identity(id, form)?;
    Ok(wb)
}

/// Rows 1-3: the title, 填报单位 / 报告期, the header. On paper the first two are the page
/// header of every page ([`page_setup`]).
fn write_top(ws: &mut Worksheet, form: &Form, cols: &[Column]) -> Result<(), XlsxError> {
    let last = cols.len() as u16 - 1;
    let layout = layout(cols);
    ws.merge_range(
        0,
        0,
        0,
        layout.first_page_last(),
        &form.title,
        &title_format().set_text_wrap(),
    )?;
    ws.set_row_height(0, 40)?;
    let label = Format::new()
        .set_font_name("宋体")
        .set_font_size(11)
        .set_align(FormatAlign::VerticalCenter);
    let unit = contract::unit_label(&form.unit.name);
    ws.merge_range(1, 0, 1, REPEAT - 1, &unit, &label)?;
    let period = contract::period_label(form.period);
    ws.merge_range(
        1,
        last - 3,
        1,
        last,
        &period,
        &label.set_align(FormatAlign::Right),
    )?;
    ws.set_row_height(1, 24)?;
    let head = header_format();
    let fill_head = header_format().set_background_color("FCE4B6");
    let mut sized = Vec::new();
    for (c, column) in cols.iter().enumerate() {
        let f = if column.fill_in { &fill_head } else { &head };
        ws.write_with_format(HEADER_ROW, c as u16, column.name, f)?;
        ws.set_column_width(c as u16, cjk_width(column.chars.into()))?;
        sized.push((column.name, cjk_width(column.chars.into()), HEADER_SIZE));
    }
    ws.set_row_height(HEADER_ROW, row_height(&sized))?;
    Ok(())
}

/// How the form prints: a page may start at the first column the unit fills in.
fn layout(cols: &[Column]) -> print::Layout {
    let fill_in = cols.iter().position(|c| c.fill_in).unwrap_or(cols.len()) as u16;
    print::Layout {
        paper: print::Paper::A4,
        widths: cols.iter().map(|c| cjk_width(c.chars.into())).collect(),
        groups: vec![fill_in],
        repeat: REPEAT,
    }
}

/// The cell of task `i` under a locked column: the register's (`cells`), or 上期进展.
fn canonical(form: &Form, cells: &[String], i: usize, name: &str) -> String {
    match contract::CANONICAL.iter().position(|c| *c == name) {
        Some(k) => cells[k].clone(),
        None if name == PREVIOUS => form.previous.as_ref().map(|p| p[i].clone()).unwrap_or_default(),
        None => String::new(),
    }
}

fn write_tasks(ws: &mut Worksheet, form: &Form, cols: &[Column]) -> Result<(), XlsxError> {
    let locked = body_format();
    let centred = body_format().set_align(FormatAlign::Center);
    let fill = body_format().set_unlocked().set_background_color(FILL_IN_COLOR);
    let fill_centred = fill
        .clone()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter);
    let fill_percent = fill_centred.clone().set_num_format("0");
    for i in 0..form.tasks.len() {
        let r = FIRST_TASK_ROW + i as u32;
        let cells = contract::canonical_cells(form.tasks[i]);
        let mut lines = MIN_TASK_LINES;
        for (c, column) in cols.iter().enumerate() {
            let c = c as u16;
            match column.name {
                STATUS => ws.write_blank(r, c, &fill_centred)?,
                PERCENT => ws.write_blank(r, c, &fill_percent)?,
                _ if column.fill_in => ws.write_blank(r, c, &fill)?,
                name => {
                    let text = canonical(form, &cells, i, name);
                    lines = lines.max(text_lines(&text, cjk_width(column.chars.into()), BODY_SIZE));
                    let f = if c < 2 { &centred } else { &locked };
                    ws.write_with_format(r, c, text, f)?
                }
            };
        }
        ws.set_row_height(r, lines_height(lines, BODY_SIZE))?;
    }
    Ok(())
}

/// Rows after the table (one blank row between): 填报人, 联系电话, 填报日期, 审核人; the
/// label in column A, the value (unlocked, merged B:C) in column B, all left blank: 审核人 is
/// the unit's own responsible person, who signs for the return (the district leaders are the
/// tasks' 责任人, in the table).
fn write_sign_off(ws: &mut Worksheet, form: &Form) -> Result<(), XlsxError> {
    let label = Format::new()
        .set_font_name("宋体")
        .set_font_size(11)
        .set_bold()
        .set_align(FormatAlign::Right)
        .set_align(FormatAlign::VerticalCenter);
    let value = Format::new()
        .set_font_name("宋体")
        .set_font_size(11)
        .set_unlocked()
        .set_text_wrap()
        .set_align(FormatAlign::Left)
        .set_align(FormatAlign::VerticalCenter)
        .set_border_bottom(FormatBorder::Thin)
        .set_background_color(FILL_IN_COLOR);
    let date = value.clone().set_num_format("yyyy\"年\"m\"月\"d\"日\"");
    let formats = [&value, &value, &date, &value];
    for (k, (name, f)) in contract::SIGN_OFF.into_iter().zip(formats).enumerate() {
        let r = sign_off_row(form) + k as u32;
        ws.write_with_format(r, 0, name, &label)?;
        ws.merge_range(r, 1, r, 2, "", f)?;
        ws.set_row_height(r, 24.0)?;
    }
    Ok(())
}

/// Row (0-based) of 填报人: after the task rows and one blank row.
fn sign_off_row(form: &Form) -> u32 {
    FIRST_TASK_ROW + form.tasks.len() as u32 + 1
}

/// 完成状态 list, 完成进度 0-100, 填报日期 a date; each with a prompt from the catalogue.
fn add_validations(ws: &mut Worksheet, form: &Form, cols: &[Column]) -> Result<(), XlsxError> {
    let position = |name: &str| cols.iter().position(|c| c.name == name).unwrap_or(0) as u16;
    let statuses: Vec<&str> = Status::REPORTABLE.iter().map(|s| s.label()).collect();
    let list = crate::msg::join(&statuses);
    let status = DataValidation::new()
        .allow_list_strings(&statuses)?
        .set_input_title(STATUS)?
        .set_input_message(RenderMsg::FormStatusPrompt { list: list.clone() }.to_string())?
        .set_error_title(RenderMsg::FormStatusInvalid.to_string())?
        .set_error_message(RenderMsg::FormStatusOnly { list }.to_string())?;
    let percent = DataValidation::new()
        .allow_whole_number(DataValidationRule::Between(0, 100))
        .set_input_title(PERCENT)?
        .set_input_message(RenderMsg::FormPercentPrompt.to_string())?
        .set_error_title(RenderMsg::FormPercentInvalid.to_string())?
        .set_error_message(RenderMsg::FormPercentOnly.to_string())?;
    let (first, last) = (FIRST_TASK_ROW, FIRST_TASK_ROW + form.tasks.len() as u32 - 1);
    if !form.tasks.is_empty() {
        let (s, p) = (position(STATUS), position(PERCENT));
        ws.add_data_validation(first, s, last, s, &status)?;
        ws.add_data_validation(first, p, last, p, &percent)?;
    }
    let year = form.period.year;
    let (from, to) = (ymd(year, 1, 1), ymd(year + 1, 12, 31));
    let date = DataValidation::new()
        .allow_date(DataValidationRule::Between(from, to))
        .set_input_title("填报日期")?
        .set_input_message(RenderMsg::FormDatePrompt { year }.to_string())?
        .set_error_title(RenderMsg::FormDateInvalid.to_string())?
        .set_error_message(RenderMsg::FormDateOnly { year, next: year + 1 }.to_string())?;
    let r = sign_off_row(form) + 2;
    ws.add_data_validation(r, 1, r, 2, &date)?;
    Ok(())
}

fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or_default()
}

/// Protection without a password, frozen header; A4 landscape, two pages wide (the columns
/// the unit fills in on the second, after 任务编号, 类别 and 任务内容 again), the header row
/// repeated; the title, 填报单位 and 报告期 in the page header of both pages instead of their
/// rows, which would print on the first page only, or cut; page numbers in the footer.
fn page_setup(ws: &mut Worksheet, form: &Form, cols: &[Column]) -> Result<(), XlsxError> {
    // Units may resize rows and columns to fit what they write; nothing else.
    let mut options = ProtectionOptions::new();
    options.format_rows = true;
    options.format_columns = true;
    ws.protect_with_options(&options);
    ws.set_freeze_panes(FIRST_TASK_ROW, 0)?;
    print::setup(ws, &layout(cols), None)?;
    ws.set_repeat_rows(HEADER_ROW, HEADER_ROW)?;
    let last_row = sign_off_row(form) + 3;
    ws.set_print_area(HEADER_ROW, 0, last_row, cols.len() as u16 - 1)?;
    let side = |text: String| format!("&\"宋体\"&11{}", text.replace('&', "&&"));
    ws.set_header(format!(
        "&L{}{}&R{}",
        side(contract::unit_label(&form.unit.name)),
        print::page_title(&form.title),
        side(contract::period_label(form.period)),
    ));
    ws.set_footer(print::page_footer(None));
    Ok(())
}

/// The hidden `_duban` sheet: version, unit, period code, notice, then one row per task.
fn write_identity(ws: &mut Worksheet, form: &Form) -> Result<(), XlsxError> {
    let tasks = form.tasks.iter().map(|t| t.id.as_str());
    let rows = contract::identity_rows(&form.unit.name, form.period, form.notice, tasks);
    for (r, (key, value)) in rows.into_iter().enumerate() {
        ws.write(r as u32, 0, key)?;
        ws.write(r as u32, 1, value.as_str())?;
    }
    ws.set_column_width(0, 12)?;
    ws.set_column_width(1, 24)?;
    ws.protect();
    ws.set_hidden(true);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_prints_on_two_pages_at_95_percent_or_more() {
        for with_previous in [true, false] {
            let layout = layout(&columns(with_previous));
            let plan = layout.plan();
            assert_eq!(plan.starts.len(), 2, "{with_previous}: {plan:?}");
            assert!(plan.scale.is_some_and(|s| s >= 95), "{with_previous}: {plan:?}");
        }
    }
}
