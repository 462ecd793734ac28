//! `duban tasks`: the register as 任务清单.xlsx and 任务清单.json, and a console summary.

use super::manifest::Kept;
use super::props::Props;
use super::xlsx::{body_format, cjk_width, fixed_properties, header_format, save};
use super::{Outbox, RenderError};
use crate::msg::{CommonMsg, ConsoleMsg};
use crate::register::{Attachment, Register};
use crate::settings::Settings;
use rust_xlsxwriter::Workbook;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The header row of 任务清单.xlsx (a contract: later tools read these names).
pub const COLUMNS: [&str; 7] = [
    "任务编号",
    "类别",
    "所属工程",
    "任务内容",
    "责任人",
    "牵头单位",
    "配合单位",
];

/// Writes 任务清单.xlsx and .json into `dir`; returns their paths and the files kept in
/// `dir/历史版本/` (a 任务清单 someone changed is kept, as in a period folder).
pub fn write(
    register: &Register,
    settings: &Settings,
    dir: &Path,
) -> Result<(Vec<PathBuf>, Vec<Kept>), RenderError> {
    let xlsx = dir.join("任务清单.xlsx");
    let json = dir.join("任务清单.json");
    let mut wb =
        workbook(register, &Props::of_year(settings, "任务清单")).map_err(|source| RenderError::Xlsx {
            path: xlsx.clone(),
            source,
        })?;
    let out = Outbox::guarded(dir);
    save(&mut wb, &xlsx, &out)?;
    let text = serde_json::to_string_pretty(register).expect("the register serialises");
    out.write(&json, text.into_bytes());
    let kept = out.commit_keeping()?.kept;
    Ok((vec![xlsx, json], kept))
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
            t.leaders.join("、"),
            t.lead_units.join("、"),
            t.partner_units.join("、"),
        ];
        for (c, v) in cells.iter().enumerate() {
            ws.write_with_format(r, c as u16, v, &body)?;
        }
    }
    for (c, w) in [8, 6, 16, 40, 14, 16, 24].iter().enumerate() {
        ws.set_column_width(c as u16, cjk_width(*w))?;
    }
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(0, 0, register.tasks.len() as u32, COLUMNS.len() as u16 - 1)?;
    ws.set_landscape().set_paper_size(9).set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(0, 0)?;
    Ok(wb)
}

/// The console summary: tasks per attachment and programme, reporting units and their
/// task counts, groups, flags and notice warnings.
pub fn summary(register: &Register) -> String {
    let mut s = String::new();
    let (source, n) = (register.source.clone(), register.tasks.len());
    let _ = writeln!(s, "{}", ConsoleMsg::TasksHead { source, n });
    for att in Attachment::ALL {
        let n = register.tasks_in(att).count();
        let (number, title) = (att.number(), att.title().to_string());
        let _ = writeln!(s, "{}", ConsoleMsg::TasksAttachment { number, title, n });
        if att == Attachment::Programmes {
            let mut last = String::new();
            for t in register.tasks_in(att) {
                let g = t.group_title();
                if g != last {
                    let count = register.tasks_in(att).filter(|x| x.group_title() == g).count();
                    let _ = writeln!(
                        s,
                        "{}",
                        ConsoleMsg::TasksGroup {
                            group: g.clone(),
                            n: count
                        }
                    );
                    last = g;
                }
            }
        }
    }
    let reporting: Vec<_> = register.reporting_units().collect();
    let _ = writeln!(s, "{}", ConsoleMsg::ReportingUnits { n: reporting.len() });
    for u in &reporting {
        let (unit, n) = (u.name.clone(), u.lead_tasks.len());
        let _ = writeln!(s, "{}", ConsoleMsg::UnitTasks { unit, n });
    }
    let groups: Vec<_> = register
        .units
        .iter()
        .filter(|u| u.group)
        .map(|u| u.name.as_str())
        .collect();
    let _ = writeln!(
        s,
        "{}",
        ConsoleMsg::Groups {
            list: groups.join("、")
        }
    );
    for t in register.tasks.iter().filter(|t| !t.flags.is_empty()) {
        let (id, flags) = (
            t.id.clone(),
            t.flags.join(&CommonMsg::ClauseSeparator.to_string()),
        );
        let _ = writeln!(s, "{}", ConsoleMsg::TaskNote { id, flags });
    }
    for w in &register.warnings {
        let (source, warning) = (register.source.clone(), w.to_string());
        let _ = writeln!(s, "{}", ConsoleMsg::NoticeWarning { source, warning });
    }
    s
}
