//! Writing one planned [`Return`] as the unit would send it: our feedback form exactly as
//! docs/FORMS.md lays it out (hidden `_duban` identity, protection, validations), or one of
//! the units' own layouts (title rows, renamed headers, reordered columns, blank rows, notes,
//! merged programme rows, the status inside the progress text, no task ID column).
//!
//! Hands on the .xlsx bytes; fixed document properties make them the same on every run.

use super::scenario::{DateStyle, Layout, PercentStyle, Return, Row};
use super::text::percent_in_chinese;
use crate::form;
use crate::register::Register;
use crate::render::xlsx::{body_format, cjk_width, header_format, title_format};
use crate::settings::Settings;
use crate::status::Status;
use chrono::Datelike;
use rust_xlsxwriter::{
    DataValidation, DataValidationRule, ExcelDateTime, Format, Workbook, Worksheet, XlsxError,
};

/// A demo return's workbook properties: its title, the generator as author and a fixed date
/// (same inputs, same bytes), without duban's output mark (`form::OUTPUT_KEYWORD`): a unit's
/// return is no output of duban.
fn unit_properties(title: &str) -> rust_xlsxwriter::DocProperties {
    let when = ExcelDateTime::from_ymd(2020, 1, 1).expect("valid date");
    rust_xlsxwriter::DocProperties::new()
        .set_title(title)
        .set_author("duban")
        .set_creation_datetime(&when)
}

/// The whole workbook of a return, as .xlsx bytes.
pub(crate) fn workbook(ret: &Return, register: &Register, settings: &Settings) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    wb.set_properties(&unit_properties(&ret.stem));
    match ret.layout {
        Layout::Form => filled_form(&mut wb, ret, register, settings, true)?,
        Layout::FormNoIdentity => filled_form(&mut wb, ret, register, settings, false)?,
        other => own(&mut wb, ret, register, &own_spec(other))?,
    }
    // Made on Unix whatever builds it, as every output (render::xlsx::save).
    let mut bytes = wb.save_to_buffer()?;
    crate::render::xlsx::unix_made_by(&mut bytes);
    Ok(bytes)
}

/// Our form as a unit returns it, laid out by the contract ([`crate::form`]: sheet names, title,
/// labels, header, sign-off rows, identity keys) with the demo's own cell formats.
fn filled_form(
    wb: &mut Workbook,
    ret: &Return,
    register: &Register,
    settings: &Settings,
    identity: bool,
) -> Result<(), XlsxError> {
    let headers = form::header_names(ret.previous_column);
    let last = (headers.len() - 1) as u16;
    let ws = wb.add_worksheet();
    ws.set_name(form::FORM_SHEET)?;
    // the demo year's returns came back on the forms sent out then, in the notice's words
    let title = form::title_before(ret.period, &settings.district);
    ws.set_row_height(0, 32)?;
    ws.merge_range(0, 0, 0, last, &title, &title_format())?;
    ws.write_string(1, 0, form::unit_label(&ret.written_unit))?;
    ws.write_string(1, last, form::period_label_before(ret.period))?;
    for (c, h) in headers.iter().enumerate() {
        ws.write_string_with_format(form::HEADER_ROW, c as u16, *h, &header_format())?;
        ws.set_column_width(c as u16, form_width(h))?;
    }
    let open = body_format().set_unlocked();
    let fixed = body_format();
    let canonical_columns = form::CANONICAL.len() as u16;
    let first_fill = canonical_columns + u16::from(ret.previous_column);
    for (i, row) in ret.rows.iter().enumerate() {
        let r = form::FIRST_TASK_ROW + i as u32;
        let Some(task) = register.task(&row.task_id) else {
            continue;
        };
        let canonical = form::canonical_cells(task);
        for (c, v) in canonical.iter().enumerate() {
            ws.write_string_with_format(r, c as u16, v, &fixed)?;
        }
        if ret.previous_column {
            ws.write_string_with_format(r, canonical_columns, &row.previous, &fixed)?;
        }
        let mut texts: Vec<&str> = canonical.iter().map(String::as_str).collect();
        if ret.previous_column {
            texts.push(&row.previous);
        }
        texts.extend([
            "",
            "",
            &row.progress,
            &row.difficulties,
            &row.suggestions,
            &row.next_steps,
        ]);
        let widths = headers.iter().map(|h| form_width(h));
        fit_height(ws, r, texts.iter().copied().zip(widths))?;
        let c = first_fill;
        ws.write_string_with_format(r, c, row.status.label(), &open)?;
        ws.write_number_with_format(r, c + 1, row.percent, &open)?;
        for (k, v) in [
            &row.progress,
            &row.difficulties,
            &row.suggestions,
            &row.next_steps,
        ]
        .iter()
        .enumerate()
        {
            ws.write_string_with_format(r, c + 2 + k as u16, *v, &open)?;
        }
    }
    let n = ret.rows.len() as u32;
    form_validations(ws, first_fill, n)?;
    let foot = form::FIRST_TASK_ROW + n + 1;
    let leaders = register
        .unit(&ret.unit)
        .map(|u| u.leaders.join("、"))
        .unwrap_or_default();
    let [filler, phone, date, reviewer] = form::SIGN_OFF;
    for (k, (label, value)) in [(filler, &ret.filler), (phone, &ret.phone)].iter().enumerate() {
        ws.write_string(foot + k as u32, 0, *label)?;
        ws.write_string_with_format(foot + k as u32, 1, *value, &Format::new().set_unlocked())?;
    }
    ws.write_string(foot + 2, 0, date)?;
    date_cell(ws, foot + 2, 1, ret, &Format::new().set_unlocked())?;
    ws.add_data_validation(foot + 2, 1, foot + 2, 1, &date_validation()?)?;
    ws.write_string(foot + 3, 0, reviewer)?;
    ws.write_string(foot + 3, 1, &leaders)?;
    ws.set_freeze_panes(form::FIRST_TASK_ROW, 0)?;
    ws.set_repeat_rows(form::HEADER_ROW, form::HEADER_ROW)?;
    page_setup(ws);
    if identity {
        ws.protect();
        identity_sheet(wb, ret, register)?;
    }
    Ok(())
}

/// A4 landscape, one page wide: how an office prints a return.
fn page_setup(ws: &mut Worksheet) {
    ws.set_landscape();
    ws.set_paper_size(9);
    ws.set_print_fit_to_pages(1, 0);
}

/// Sets a row tall enough for its wrapped texts, given each cell's text and column width
/// (readers that do not lay out text themselves would otherwise show one line).
fn fit_height<'a>(
    ws: &mut Worksheet,
    r: u32,
    cells: impl Iterator<Item = (&'a str, f64)>,
) -> Result<(), XlsxError> {
    let lines = cells
        .map(|(text, width)| {
            let per_line = ((width - 1.0) / 2.1).max(1.0);
            (text.chars().count() as f64 / per_line).ceil()
        })
        .fold(1.0, f64::max);
    ws.set_row_height(r, lines * 13.5 + 3.0)?;
    Ok(())
}

fn form_width(header: &str) -> f64 {
    match header {
        "任务内容" | "进展情况" => cjk_width(16),
        "上期进展" | "存在困难" | "意见建议" | "下步打算" => cjk_width(10),
        "任务编号" | "类别" | "完成状态" | "完成进度(%)" => cjk_width(5),
        _ => cjk_width(7),
    }
}

fn form_validations(ws: &mut Worksheet, first_fill: u16, n: u32) -> Result<(), XlsxError> {
    if n == 0 {
        return Ok(());
    }
    let labels: Vec<&str> = Status::REPORTABLE.iter().map(|s| s.label()).collect();
    let status = DataValidation::new()
        .allow_list_strings(&labels)?
        .set_input_title(form::STATUS)?
        .set_input_message("请从下拉列表中选择：已完成、序时推进、滞后、未启动")?;
    let (first, last) = (form::FIRST_TASK_ROW, form::FIRST_TASK_ROW + n - 1);
    ws.add_data_validation(first, first_fill, last, first_fill, &status)?;
    let percent = DataValidation::new()
        .allow_whole_number(DataValidationRule::Between(0, 100))
        .set_input_title(form::PERCENT)?
        .set_input_message("请填写0到100之间的整数")?;
    ws.add_data_validation(first, first_fill + 1, last, first_fill + 1, &percent)?;
    Ok(())
}

fn date_validation() -> Result<DataValidation, XlsxError> {
    let from = ExcelDateTime::from_ymd(2000, 1, 1)?;
    let to = ExcelDateTime::from_ymd(2099, 12, 31)?;
    DataValidation::new()
        .allow_date(DataValidationRule::Between(from, to))
        .set_input_title("填报日期")?
        .set_input_message("请填写日期，如 2020-04-08")
}

/// The hidden `_duban` sheet: key in column A, value in column B. The version is written as
/// a number, unlike the writer's text (the committed demo input has it so): the reader takes
/// every identity cell as text.
fn identity_sheet(wb: &mut Workbook, ret: &Return, register: &Register) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet();
    ws.set_name(form::IDENTITY_SHEET)?;
    let tasks = ret.rows.iter().map(|row| row.task_id.as_str());
    let rows = form::identity_rows(&ret.unit, ret.period, &register.source, tasks);
    for (r, (key, value)) in rows.into_iter().enumerate() {
        let r = r as u32;
        ws.write_string(r, 0, key)?;
        match value.parse::<f64>() {
            Ok(version) if key == form::IDENTITY_KEY => ws.write_number(r, 1, version)?,
            _ => ws.write_string(r, 1, &value)?,
        };
    }
    ws.set_hidden(true);
    Ok(())
}

/// 填报日期 as the return writes it.
fn date_cell(ws: &mut Worksheet, r: u32, c: u16, ret: &Return, format: &Format) -> Result<(), XlsxError> {
    match ret.date_style {
        DateStyle::Excel => {
            let d = ret.date;
            let when = ExcelDateTime::from_ymd(d.year() as u16, d.month() as u8, d.day() as u8)?;
            ws.write_datetime_with_format(r, c, &when, &format.clone().set_num_format("yyyy-mm-dd"))?;
        }
        _ => {
            ws.write_string_with_format(r, c, date_text(ret), format)?;
        }
    }
    Ok(())
}

/// 填报日期 as text in the return's style.
pub(crate) fn date_text(ret: &Return) -> String {
    let d = ret.date;
    match ret.date_style {
        DateStyle::Excel | DateStyle::Iso => d.format("%Y-%m-%d").to_string(),
        DateStyle::Dotted => d.format("%Y.%-m.%-d").to_string(),
        DateStyle::Chinese => d.format("%Y年%-m月%-d日").to_string(),
    }
}

fn percent_cell(
    ws: &mut Worksheet,
    r: u32,
    c: u16,
    row: &Row,
    style: PercentStyle,
    f: &Format,
) -> Result<(), XlsxError> {
    match style {
        PercentStyle::Whole => ws.write_number_with_format(r, c, row.percent, f)?,
        PercentStyle::Fraction => ws.write_number_with_format(
            r,
            c,
            f64::from(row.percent) / 100.0,
            &f.clone().set_num_format("0%"),
        )?,
        PercentStyle::Text => ws.write_string_with_format(r, c, format!("{}%", row.percent), f)?,
        PercentStyle::Chinese => ws.write_string_with_format(r, c, percent_in_chinese(row.percent), f)?,
    };
    Ok(())
}

/// A column of a unit's own layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Seq,
    TaskId,
    Text,
    Units,
    Status,
    Percent,
    Progress,
    Difficulties,
    Suggestions,
    NextSteps,
}

/// How a unit's own layout looks.
struct OwnSpec {
    sheet: &'static str,
    title: bool,
    unit_line: bool,
    columns: &'static [(Col, &'static str)],
    blank_rows: bool,
    groups: bool,
    status_in_text: bool,
    note: bool,
    /// 填报日期 and its value in one cell rather than label and value side by side.
    date_in_one_cell: bool,
}

fn own_spec(layout: Layout) -> OwnSpec {
    use Col::*;
    let base = OwnSpec {
        sheet: "Sheet1",
        title: false,
        unit_line: false,
        columns: &[],
        blank_rows: false,
        groups: false,
        status_in_text: false,
        note: false,
        date_in_one_cell: false,
    };
    match layout {
        Layout::TitleRenamed => OwnSpec {
            title: true,
            date_in_one_cell: true,
            columns: &[
                (Seq, "序号"),
                (TaskId, "任务编号"),
                (Text, "重点工作任务"),
                (Status, "状态"),
                (Percent, "完成进度"),
                (Progress, "工作进展"),
                (Difficulties, "存在问题"),
                (NextSteps, "下一步工作打算"),
            ],
            ..base
        },
        Layout::Reordered => OwnSpec {
            sheet: "进展情况",
            unit_line: true,
            blank_rows: true,
            note: true,
            columns: &[
                (Progress, "进展情况"),
                (TaskId, "编号"),
                (Percent, "完成比例"),
                (Status, "完成状态"),
                (Text, "任务内容"),
                (NextSteps, "下步打算"),
                (Difficulties, "存在困难"),
            ],
            ..base
        },
        Layout::MergedProgramme => OwnSpec {
            title: true,
            groups: true,
            columns: &[
                (TaskId, "任务编号"),
                (Text, "工作任务"),
                (Units, "牵头单位"),
                (Status, "完成状态"),
                (Percent, "完成进度"),
                (Progress, "进展情况"),
                (Difficulties, "存在问题"),
                (Suggestions, "意见建议"),
                (NextSteps, "下步打算"),
            ],
            ..base
        },
        Layout::StatusInText => OwnSpec {
            unit_line: true,
            status_in_text: true,
            date_in_one_cell: true,
            columns: &[
                (TaskId, "编号"),
                (Text, "任务内容"),
                (Units, "责任单位"),
                (Progress, "进展情况"),
                (Percent, "完成比例"),
                (NextSteps, "下步打算"),
            ],
            ..base
        },
        Layout::TextOnly => OwnSpec {
            title: true,
            columns: &[
                (Seq, "序号"),
                (Text, "重点任务"),
                (Progress, "进展情况"),
                (Status, "完成状态"),
                (Percent, "完成率"),
                (Difficulties, "存在困难及建议"),
                (NextSteps, "下步计划"),
            ],
            ..base
        },
        Layout::Plain | Layout::Form | Layout::FormNoIdentity => OwnSpec {
            unit_line: true,
            columns: &[
                (TaskId, "任务编号"),
                (Text, "任务内容"),
                (Status, "完成状态"),
                (Percent, "完成进度(%)"),
                (Progress, "进展情况"),
                (Difficulties, "存在困难"),
                (Suggestions, "意见建议"),
                (NextSteps, "下步打算"),
            ],
            ..base
        },
    }
}

fn own(wb: &mut Workbook, ret: &Return, register: &Register, spec: &OwnSpec) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet();
    ws.set_name(spec.sheet)?;
    let last = (spec.columns.len() - 1) as u16;
    let mut r = 0;
    if spec.title {
        let title = format!(
            "{}{}年{}重点工作进展情况",
            ret.written_unit,
            ret.period.year,
            ret.period.short()
        );
        ws.merge_range(0, 0, 0, last, &title, &title_format())?;
        r += 1;
    }
    if spec.unit_line {
        ws.write_string(r, 0, format!("填报单位：{}", ret.written_unit))?;
        r += 1;
    }
    for (c, (col, name)) in spec.columns.iter().enumerate() {
        ws.write_string_with_format(r, c as u16, *name, &header_format())?;
        ws.set_column_width(c as u16, own_width(*col))?;
    }
    r += 1 + u32::from(spec.blank_rows);
    let mut group = String::new();
    for (i, row) in ret.rows.iter().enumerate() {
        let Some(task) = register.task(&row.task_id) else {
            continue;
        };
        if spec.groups && task.group_title() != group {
            group = task.group_title();
            ws.merge_range(r, 0, r, last, &group, &header_format())?;
            r += 1;
        }
        for (c, (col, _)) in spec.columns.iter().enumerate() {
            own_cell(ws, r, c as u16, *col, i, row, task, ret, spec)?;
        }
        let texts = [
            (task.text.as_str(), cjk_width(18)),
            (row.progress.as_str(), cjk_width(18)),
        ];
        fit_height(ws, r, texts.into_iter())?;
        r += 1 + u32::from(spec.blank_rows && i % 2 == 1);
    }
    page_setup(ws);
    own_footer(ws, r + 1, ret, spec)
}

fn own_width(col: Col) -> f64 {
    match col {
        Col::Text | Col::Progress => cjk_width(18),
        Col::Difficulties | Col::Suggestions | Col::NextSteps => cjk_width(10),
        Col::Seq | Col::TaskId | Col::Status | Col::Percent => cjk_width(5),
        Col::Units => cjk_width(8),
    }
}

#[allow(clippy::too_many_arguments)]
fn own_cell(
    ws: &mut Worksheet,
    r: u32,
    c: u16,
    col: Col,
    i: usize,
    row: &Row,
    task: &crate::register::Task,
    ret: &Return,
    spec: &OwnSpec,
) -> Result<(), XlsxError> {
    let f = body_format();
    let text = match col {
        Col::Seq => return ws.write_number_with_format(r, c, (i + 1) as f64, &f).map(|_| ()),
        Col::Percent => return percent_cell(ws, r, c, row, ret.percent_style, &f),
        Col::TaskId => task.id.clone(),
        // One text-only row writes the task with ASCII punctuation, as retyped text often is.
        Col::Text if ret.layout == Layout::TextOnly && i == 1 => task.text.replacen('，', ",", 1),
        Col::Text => task.text.clone(),
        Col::Units => task.lead_units.join("、"),
        Col::Status => row.status.label().to_string(),
        Col::Progress if spec.status_in_text => status_first(row, i),
        Col::Progress => row.progress.clone(),
        // Without a 意见建议 column, units put their suggestions after their difficulties.
        Col::Difficulties if spec.columns.iter().any(|x| x.0 == Col::Suggestions) => row.difficulties.clone(),
        Col::Difficulties => format!("{}{}", row.difficulties, row.suggestions),
        Col::Suggestions => row.suggestions.clone(),
        Col::NextSteps => row.next_steps.clone(),
    };
    ws.write_string_with_format(r, c, text, &f)?;
    Ok(())
}

/// "【序时推进】截至3月底…" or "已完成。全年…": the status opening the progress text.
fn status_first(row: &Row, i: usize) -> String {
    if i.is_multiple_of(2) {
        format!("【{}】{}", row.status.label(), row.progress)
    } else {
        format!("{}。{}", row.status.label(), row.progress)
    }
}

fn own_footer(ws: &mut Worksheet, r: u32, ret: &Return, spec: &OwnSpec) -> Result<(), XlsxError> {
    let mut r = r;
    if spec.note {
        let end = ret.period.kind.end(ret.period.year).format("%Y年%-m月%-d日");
        ws.write_string(r, 0, format!("注：1.完成比例按年度目标计算；2.数据截至{end}。"))?;
        r += 2;
    }
    ws.write_string(r, 0, format!("填报人：{}", ret.filler))?;
    ws.write_string(r + 1, 0, format!("联系电话：{}", ret.phone))?;
    if spec.date_in_one_cell && ret.date_style != DateStyle::Excel {
        ws.write_string(r + 2, 0, format!("填报日期：{}", date_text(ret)))?;
    } else {
        ws.write_string(r + 2, 0, "填报日期")?;
        date_cell(ws, r + 2, 1, ret, &Format::new())?;
    }
    Ok(())
}
