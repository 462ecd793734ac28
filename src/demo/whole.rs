//! Whole-table returns: a unit sends back the district's whole task table as the office sent
//! it round, with only its own rows filled in (and now and then another unit's or a partner's
//! row). In the shapes such tables come in: columns in another order with a 序号 and a
//! 完成时限 no role takes, a hidden column of last period's texts filled for every row, the
//! other units' rows hidden, a 备注 the office filled for every row, saved as CSV.
//!
//! Used by the year-end tests (issue 25) and by `examples/whole_tables.rs`, which writes a
//! year of such returns for a run by hand.

use crate::period::Period;
use crate::register::{Register, Task};
use chrono::NaiveDate;
use rust_xlsxwriter::{Workbook, Worksheet, XlsxError};

/// How a whole-table return is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// 任务编号, 重点任务, 责任人, 牵头单位, 配合单位, 完成状态, 完成进度, 进展情况.
    Plain,
    /// 序号, 重点任务, 完成时限, 进展情况, 完成状态, 牵头单位, 责任人, 任务编号.
    Reordered,
    /// Plain with a hidden 上期进展情况 column filled for every task.
    HiddenColumn,
    /// Plain with the rows of tasks the unit does not fill hidden.
    HiddenRows,
    /// 任务编号, 重点任务, 牵头单位, 配合单位, 完成状态, 进展情况, 备注 (filled for every
    /// task), as a UTF-8 CSV file.
    Csv,
}

impl Shape {
    pub const ALL: [Shape; 5] = [
        Shape::Plain,
        Shape::Reordered,
        Shape::HiddenColumn,
        Shape::HiddenRows,
        Shape::Csv,
    ];

    pub(crate) fn ext(self) -> &'static str {
        match self {
            Shape::Csv => "csv",
            _ => "xlsx",
        }
    }

    fn header(self) -> &'static [&'static str] {
        match self {
            Shape::Plain | Shape::HiddenRows => &PLAIN,
            Shape::HiddenColumn => &[
                "任务编号",
                "重点任务",
                "责任人",
                "牵头单位",
                "配合单位",
                "上期进展情况",
                "完成状态",
                "完成进度",
                "进展情况",
            ],
            Shape::Reordered => &[
                "序号",
                "重点任务",
                "完成时限",
                "进展情况",
                "完成状态",
                "牵头单位",
                "责任人",
                "任务编号",
            ],
            Shape::Csv => &[
                "任务编号",
                "重点任务",
                "牵头单位",
                "配合单位",
                "完成状态",
                "进展情况",
                "备注",
            ],
        }
    }
}

const PLAIN: [&str; 8] = [
    "任务编号",
    "重点任务",
    "责任人",
    "牵头单位",
    "配合单位",
    "完成状态",
    "完成进度",
    "进展情况",
];

/// One unit's whole-table return.
#[derive(Debug, Clone)]
pub struct WholeTable {
    pub unit: String,
    pub period: Period,
    pub shape: Shape,
    /// Tasks the unit does not lead whose rows it fills in too.
    pub foreign: Vec<String>,
    /// The 填报日期 signed under the table.
    pub date: NaiveDate,
}

impl WholeTable {
    /// `区财政局2020年全年重点任务进展.xlsx`.
    pub fn file_name(&self) -> String {
        format!(
            "{}{}年{}重点任务进展.{}",
            self.unit,
            self.period.year,
            self.period.short(),
            self.shape.ext()
        )
    }

    /// True when the unit fills in the task's row.
    pub(crate) fn fills(&self, task: &Task) -> bool {
        task.reported_by(&self.unit) || self.foreign.contains(&task.id)
    }

    /// The rows it leaves as the office sent them.
    pub fn template_rows(&self, register: &Register) -> usize {
        register.tasks.iter().filter(|t| !self.fills(t)).count()
    }

    /// The progress it writes for a task.
    pub fn progress(&self, task_id: &str) -> String {
        format!("{}{}完成{task_id}。", self.unit, self.period.short())
    }

    /// The file's bytes.
    pub fn bytes(&self, register: &Register) -> Result<Vec<u8>, XlsxError> {
        let grid = self.grid(register);
        if self.shape == Shape::Csv {
            let lines: Vec<String> = grid
                .iter()
                .map(|r| r.iter().map(|c| csv_cell(c)).collect::<Vec<_>>().join(","))
                .collect();
            return Ok((lines.join("\r\n") + "\r\n").into_bytes());
        }
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet().set_name(self.period.short())?;
        for (r, row) in grid.iter().enumerate() {
            for (c, v) in row.iter().enumerate().filter(|(_, v)| !v.is_empty()) {
                ws.write(r as u32, c as u16, v.as_str())?;
            }
        }
        self.hide(ws, register)?;
        wb.save_to_buffer()
    }

    fn hide(&self, ws: &mut Worksheet, register: &Register) -> Result<(), XlsxError> {
        match self.shape {
            Shape::HiddenColumn => {
                ws.set_column_hidden(5)?;
            }
            Shape::HiddenRows => {
                for (i, t) in register.tasks.iter().enumerate() {
                    if !self.fills(t) {
                        ws.set_row_hidden(3 + i as u32)?;
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Title, 填报单位, header, one row per task, 填报日期.
    fn grid(&self, register: &Register) -> Vec<Vec<String>> {
        let title = format!(
            "{}{}年{}重点任务进展情况",
            self.unit,
            self.period.year,
            self.period.short()
        );
        let mut grid = vec![vec![title], vec![format!("填报单位：{}", self.unit)]];
        grid.push(self.shape.header().iter().map(|h| h.to_string()).collect());
        for (i, t) in register.tasks.iter().enumerate() {
            grid.push(self.row(i, t));
        }
        grid.push(vec![format!("填报日期：{}", self.date.format("%Y年%-m月%-d日"))]);
        grid
    }

    fn row(&self, i: usize, t: &Task) -> Vec<String> {
        let filled = self.fills(t);
        let say = |s: &str| if filled { s.to_string() } else { String::new() };
        let (status, percent, progress) = (say("已完成"), say("100%"), say(&self.progress(&t.id)));
        let (leaders, leads, partners) = (
            t.leaders.join("、"),
            t.lead_units.join("、"),
            t.partner_units.join("、"),
        );
        let (id, text) = (t.id.clone(), t.text.clone());
        match self.shape {
            Shape::Plain | Shape::HiddenRows => {
                vec![id, text, leaders, leads, partners, status, percent, progress]
            }
            Shape::HiddenColumn => {
                let before = format!("上期：{}已部署。", t.id);
                vec![
                    id, text, leaders, leads, partners, before, status, percent, progress,
                ]
            }
            Shape::Reordered => {
                let (n, due) = ((i + 1).to_string(), "2020年12月底".to_string());
                vec![n, text, due, progress, status, leads, leaders, id]
            }
            Shape::Csv => {
                let remark = if i.is_multiple_of(3) {
                    "市级考核指标"
                } else {
                    "区级重点任务"
                };
                vec![id, text, leads, partners, status, progress, remark.to_string()]
            }
        }
    }
}

/// A CSV field, quoted when it holds a comma, quote or line break.
fn csv_cell(v: &str) -> String {
    if v.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v.to_string()
    }
}
