//! `duban tasks`: the register as 任务清单.xlsx and 任务清单.json (the console's summary of
//! it is [`crate::console::tasks_summary`]).

use super::print;
use super::props::Props;
use super::xlsx::{body_format, cjk_width, fit_height, fixed_properties, header_format, save};
use super::{RenderContext, RenderError, Renderer};
use crate::msg;
use crate::register::Register;
use rust_xlsxwriter::Workbook;
use std::path::PathBuf;

/// The header row of 任务清单.xlsx (a contract: later tools read these names).
pub(crate) const COLUMNS: [&str; 7] = [
    "任务编号",
    "类别",
    "所属工程",
    "任务内容",
    "责任人",
    "牵头单位",
    "配合单位",
];

/// Column widths in CJK characters.
const WIDTHS: [usize; 7] = [8, 6, 14, 34, 12, 14, 20];

/// 任务清单.xlsx and .json in the output folder, from the model's register (under the
/// folder's own manifest when the driver guards the outbox: a 任务清单 someone changed is
/// kept in `历史版本/`, as in a period folder).
pub(crate) struct TaskList;

impl Renderer for TaskList {
    fn name(&self) -> &'static str {
        "任务清单"
    }

    fn render(&self, ctx: &RenderContext) -> Result<Vec<PathBuf>, RenderError> {
        let register = &ctx.model.register;
        let xlsx = ctx.dir.join("任务清单.xlsx");
        let json = ctx.dir.join("任务清单.json");
        let props = Props::of_year(ctx.settings, "任务清单");
        let mut wb = workbook(register, &props).map_err(|source| RenderError::Xlsx {
            path: xlsx.clone(),
            source,
        })?;
        save(&mut wb, &xlsx, ctx.out)?;
        let text = serde_json::to_string_pretty(register).expect("the register serialises");
        ctx.out.write(&json, text.into_bytes());
        Ok(vec![xlsx, json])
    }
}

fn workbook(register: &Register, props: &Props) -> Result<Workbook, rust_xlsxwriter::XlsxError> {
    let mut wb = Workbook::new();
    wb.set_properties(&fixed_properties(props));
    let ws = wb.add_worksheet().set_name("任务清单")?;
    let (head, body) = (header_format(), body_format());
    for (c, name) in COLUMNS.iter().enumerate() {
        ws.write_with_format(0, c as u16, *name, &head)?;
    }
    for (i, t) in register.tasks.iter().enumerate() {
        let r = i as u32 + 1;
        let cells = [
            t.id.clone(),
            t.attachment.title().to_string(),
            t.group_title(),
            t.text.clone(),
            msg::join(&t.leaders),
            msg::join(&t.lead_units),
            msg::join(&t.partner_units),
        ];
        for (c, v) in cells.iter().enumerate() {
            ws.write_with_format(r, c as u16, v, &body)?;
        }
        let sized: Vec<(&str, usize)> = cells.iter().map(String::as_str).zip(WIDTHS).collect();
        ws.set_row_height(r, fit_height(&sized))?;
    }
    for (c, w) in WIDTHS.iter().enumerate() {
        ws.set_column_width(c as u16, cjk_width(*w))?;
    }
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(0, 0, register.tasks.len() as u32, COLUMNS.len() as u16 - 1)?;
    // A3, one page wide; 任务编号 repeated if the columns ever take two pages.
    let layout = print::Layout {
        paper: print::Paper::A3,
        widths: WIDTHS.iter().map(|w| cjk_width(*w)).collect(),
        groups: (1..WIDTHS.len() as u16).collect(),
        repeat: 1,
    };
    print::setup(ws, &layout, Some(0))?;
    ws.set_header(print::page_title(&props.title));
    ws.set_footer(print::page_footer(None));
    Ok(wb)
}
