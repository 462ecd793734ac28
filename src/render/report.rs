//! 处理报告: the run report. `处理报告.xlsx` (sheets 文件, 异常, 提示, 其他, 报送情况, 截止日期,
//! 与上期比较) and `处理报告.json` account for every file found in input/, every exception
//! with its place, every warning, the deadline of every period and why it is that day (the
//! calendar's rule or `[deadlines]`), and every change since the previous period with both
//! periods' sources
//! (the short version printed at the end of a run is [`crate::console::run_summary`]).

use super::print;
use super::props::Props;
use super::xlsx::{
    body_format, cjk_width, fit_height, fixed_properties, header_format, row_height, save, HEADER_SIZE,
};
use super::{RenderContext, RenderError, Renderer};
use crate::compare::Changes;
use crate::model::{Exception, FileOutcome, FileReport, Model, Submission};
use crate::msg::LayoutMsg;
use crate::outbox::manifest::Kept;
use crate::period::Period;
use rust_xlsxwriter::{Workbook, XlsxError};
use serde::Serialize;
use std::path::{Path, PathBuf};

pub(crate) const FILE_COLUMNS: [&str; 19] = [
    "文件",
    "处理结果",
    "原因",
    "格式",
    "单位",
    "报告期",
    "表式",
    "读取行数",
    "匹配行数",
    "异常行数",
    "其他行数",
    "读取单元格数",
    "入栏单元格数",
    "列入其他单元格数",
    "异常行单元格数",
    "表头标题说明单元格数",
    "匹配方式",
    "警告数",
    "核对",
];
pub(crate) const EXCEPTION_COLUMNS: [&str; 9] = [
    "类型",
    "文件",
    "工作表",
    "单元格",
    "单位",
    "报告期",
    "任务编号",
    "说明",
    "行内容",
];
/// The 其他 sheet: every cell of a merged row that no column of the ledger holds.
pub(crate) const OTHER_COLUMNS: [&str; 8] = [
    "文件",
    "工作表",
    "单元格",
    "单位",
    "报告期",
    "任务编号",
    "表头",
    "内容",
];
pub(crate) const WARNING_COLUMNS: [&str; 4] = ["文件", "工作表", "单元格", "说明"];
/// 报送情况: every unit and period, its timeliness and the evidence it rests on.
pub(crate) const TIMELINESS_COLUMNS: [&str; 10] = [
    "报告期",
    "单位",
    "报送情况",
    "报送日期",
    "截止日期",
    "依据",
    "文件",
    "工作表",
    "单元格",
    "说明",
];
/// Sheet 截止日期: each period's deadline and why it is that day.
pub(crate) const DEADLINE_SHEET: &str = "截止日期";
pub(crate) const DEADLINE_COLUMNS: [&str; 3] = ["报告期", "截止日期", "依据"];
/// Sheet 与上期比较: every finding of the `compare` stage with both periods' sources.
pub(crate) const CHANGES_SHEET: &str = "与上期比较";
pub const CHANGE_COLUMNS: [&str; 13] = [
    "类型",
    "任务编号",
    "单位",
    "说明",
    "本期文件",
    "本期工作表",
    "本期单元格",
    "上期",
    "上期文件",
    "上期工作表",
    "上期单元格",
    "本期进展情况",
    "上期进展情况",
];
/// The sheet listing the files kept in 历史版本 (only when some were), and its header.
pub(crate) const KEPT_SHEET: &str = "历史版本";
pub(crate) const KEPT_COLUMNS: [&str; 3] = ["文件", "保留为", "原因"];

pub struct RunReport;

impl Renderer for RunReport {
    fn name(&self) -> &'static str {
        "处理报告"
    }

    fn render(&self, ctx: &RenderContext) -> Result<Vec<PathBuf>, RenderError> {
        let [xlsx, json] = paths(&ctx.dir);
        let kept: Vec<KeptFile> = ctx.kept.iter().map(|k| KeptFile::of(k, ctx)).collect();
        let changes = &ctx.analysis.changes;
        let title = LayoutMsg::ReportTitle {
            period: ctx.model.current.title(),
        }
        .to_string();
        let props = Props::of_run(ctx.settings, ctx.model.current, &title);
        let deadlines = deadlines(ctx.model, ctx.settings);
        let mut wb =
            workbook(ctx.model, changes, &kept, &deadlines, &props).map_err(|source| RenderError::Xlsx {
                path: xlsx.clone(),
                source,
            })?;
        save(&mut wb, &xlsx, ctx.out)?;
        let text = serde_json::to_string_pretty(&JsonReport::of(ctx.model, changes, kept, deadlines))
            .expect("the report serialises");
        ctx.out.write(&json, text.into_bytes());
        Ok(vec![xlsx, json])
    }
}

/// `处理报告.xlsx` and `处理报告.json` in the period folder `dir`.
pub(crate) fn paths(dir: &Path) -> [PathBuf; 2] {
    [dir.join("处理报告.xlsx"), dir.join("处理报告.json")]
}

/// The JSON report: files, exceptions and per unit and period timeliness.
#[derive(Serialize)]
struct JsonReport<'a> {
    current: Period,
    files: &'a [FileReport],
    exceptions: &'a [Exception],
    timeliness: Vec<UnitTimeliness<'a>>,
    /// The deadline of every period, the current first, and why it is that day.
    deadlines: Vec<DeadlineUsed>,
    /// Copied reports, regressions and lag in a row, with both entries' sources.
    changes: &'a [crate::compare::Change],
    /// Files of the output folder kept in 历史版本 by this run (paths relative to it).
    kept: Vec<KeptFile<'a>>,
    /// Lines of the notice that could not be read (they make the exit status 1).
    notice_warnings: &'a [crate::register::NoticeWarning],
    /// The office's decisions on the 调整节点 that took effect, with their ledger cells.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    plan_decisions: Vec<PlanDecision<'a>>,
}

#[derive(Serialize)]
struct PlanDecision<'a> {
    place: &'a crate::model::Place,
    message: String,
}

#[derive(Serialize)]
struct KeptFile<'a> {
    #[serde(flatten)]
    kept: &'a Kept,
    /// What happened to it, and for the master ledger what was carried into the new one.
    message: String,
    #[serde(skip)]
    reason: String,
}

impl<'a> KeptFile<'a> {
    fn of(kept: &'a Kept, ctx: &RenderContext) -> KeptFile<'a> {
        let (mut message, mut reason) = (kept.message(Path::new("")), kept.reason_text());
        let carried = ctx.carried.map(|c| c.summary()).unwrap_or_default();
        if !carried.is_empty() && ctx.carried.is_some_and(|c| c.file == kept.file) {
            for text in [&mut message, &mut reason] {
                text.push('；');
                text.push_str(&carried);
            }
        }
        KeptFile {
            kept,
            message,
            reason,
        }
    }
}

/// A period's deadline as the run used it, with the lines that say where it comes from (the
/// calendar's rule, the holidays it skipped, or `[deadlines]` in duban.toml).
#[derive(Serialize)]
struct DeadlineUsed {
    period: Period,
    date: chrono::NaiveDate,
    basis: Vec<String>,
}

/// The model's periods, the current first, each with its deadline and why.
fn deadlines(model: &Model, settings: &crate::settings::Settings) -> Vec<DeadlineUsed> {
    let current = model.periods.iter().filter(|p| p.period == model.current);
    let earlier = model.periods.iter().filter(|p| p.period != model.current);
    current
        .chain(earlier)
        .map(|p| DeadlineUsed {
            period: p.period,
            date: p.deadline,
            basis: settings.deadline_source(p.period).lines(),
        })
        .collect()
}

#[derive(Serialize)]
struct UnitTimeliness<'a> {
    period: Period,
    #[serde(flatten)]
    submission: &'a Submission,
}

impl<'a> JsonReport<'a> {
    fn of(
        model: &'a Model,
        changes: &'a Changes,
        kept: Vec<KeptFile<'a>>,
        deadlines: Vec<DeadlineUsed>,
    ) -> Self {
        let timeliness = model
            .periods
            .iter()
            .flat_map(|p| {
                p.submissions.iter().map(move |s| UnitTimeliness {
                    period: p.period,
                    submission: s,
                })
            })
            .collect();
        JsonReport {
            current: model.current,
            files: &model.files,
            exceptions: &model.exceptions,
            timeliness,
            deadlines,
            changes: &changes.changes,
            notice_warnings: &model.register.warnings,
            kept,
            plan_decisions: decision_notes(model)
                .map(|(place, message)| PlanDecision { place, message })
                .collect(),
        }
    }
}

pub(crate) fn outcome_label(o: FileOutcome) -> &'static str {
    match o {
        FileOutcome::Return => "已读取",
        FileOutcome::Canonical => "通知或设置",
        FileOutcome::Skipped => "已跳过",
        FileOutcome::Failed => "无法读取",
        FileOutcome::Receipts => "收文登记",
        FileOutcome::Own => "duban生成的文件",
        FileOutcome::Plan => "节点计划",
    }
}

fn methods_text(f: &FileReport) -> String {
    crate::msg::commas(f.methods.iter().map(|(m, n)| format!("{m} {n}")))
}

fn file_row(f: &FileReport) -> Vec<String> {
    let layout = f.layout.map(|l| match l {
        crate::model::Layout::Form => "反馈表",
        crate::model::Layout::Own => "自制表",
    });
    let n = |x: usize| x.to_string();
    vec![
        f.path.clone(),
        outcome_label(f.outcome).to_string(),
        f.reason.clone().unwrap_or_default(),
        f.format.clone().unwrap_or_default(),
        f.unit.clone().unwrap_or_default(),
        f.period.map(|p| p.title()).unwrap_or_default(),
        layout.unwrap_or_default().to_string(),
        n(f.rows_read),
        n(f.rows_matched),
        n(f.rows_exception),
        n(f.rows_other),
        n(f.cells_read),
        n(f.cells_used),
        n(f.cells_other),
        n(f.cells_exception),
        n(f.cells_meta),
        methods_text(f),
        n(f.warnings.len()),
        if f.balanced() { "相符" } else { "不符" }.to_string(),
    ]
}

fn exception_row(e: &Exception) -> Vec<String> {
    vec![
        e.kind.label().to_string(),
        e.place.file.clone(),
        e.place.sheet.clone(),
        e.place.cell.clone(),
        e.unit.clone().unwrap_or_default(),
        e.period.map(|p| p.title()).unwrap_or_default(),
        e.task_id.clone().unwrap_or_default(),
        e.message.clone(),
        e.row_text.clone(),
    ]
}

fn change_row(c: &crate::compare::Change) -> Vec<String> {
    let place = |p: &Option<crate::model::Place>| {
        p.as_ref()
            .map_or([String::new(), String::new(), String::new()], |p| {
                [p.file.clone(), p.sheet.clone(), p.cell.clone()]
            })
    };
    let [file, sheet, cell] = place(&c.source);
    let [pfile, psheet, pcell] = place(&c.previous.source);
    vec![
        c.kind.label().to_string(),
        c.task_id.clone(),
        c.unit.clone(),
        c.describe(),
        file,
        sheet,
        cell,
        c.previous.period.title(),
        pfile,
        psheet,
        pcell,
        c.progress.clone(),
        c.previous.progress.clone(),
    ]
}

/// One 提示 row per task the notice leaves without a leader or lead unit (its flags), so the
/// fact is said once here while the bulletin and ledger leave the empty labels out.
fn task_notes(model: &Model) -> impl Iterator<Item = Vec<String>> + '_ {
    let reg = &model.register;
    reg.tasks.iter().filter(|t| !t.flags.is_empty()).map(move |t| {
        let note = crate::msg::RegisterMsg::TaskNote {
            id: t.id.clone(),
            line: t.line,
            flags: crate::msg::clauses(&t.flags),
        };
        vec![reg.source.clone(), String::new(), String::new(), note.to_string()]
    })
}

/// The office's decisions on the 调整节点 that took effect, each with the ledger cell it
/// came from (an unreadable one is an exception instead).
fn decision_notes(model: &Model) -> impl Iterator<Item = (&crate::model::Place, String)> + '_ {
    use crate::msg::PlanMsg;
    model
        .plans
        .iter()
        .filter(|p| !p.moved.is_empty())
        .filter_map(|p| {
            let d = p.decision.as_ref()?;
            let (place, unit, task) = (d.place.to_string(), p.unit.clone(), p.task_id.clone());
            let note = match d.accepted()? {
                true => PlanMsg::DecisionAccepted { place, unit, task },
                false => PlanMsg::DecisionRejected { place, unit, task },
            };
            Some((&d.place, note.to_string()))
        })
}

fn workbook(
    model: &Model,
    changes: &Changes,
    kept: &[KeptFile],
    deadlines: &[DeadlineUsed],
    props: &Props,
) -> Result<Workbook, XlsxError> {
    let mut wb = Workbook::new();
    wb.set_properties(&fixed_properties(props));
    let files: Vec<Vec<String>> = model.files.iter().map(file_row).collect();
    table(
        &mut wb,
        "文件",
        &FILE_COLUMNS,
        &files,
        &[30, 6, 24, 4, 12, 8, 5, 4, 4, 4, 4, 5, 5, 5, 5, 5, 20, 4, 4],
    )?;
    let exceptions: Vec<Vec<String>> = model.exceptions.iter().map(exception_row).collect();
    table(
        &mut wb,
        "异常",
        &EXCEPTION_COLUMNS,
        &exceptions,
        &[8, 24, 8, 5, 12, 8, 7, 50, 50],
    )?;
    // The notice's warnings first (they make the exit status 1 too), then the returns'.
    let register = &model.register;
    let notice = register.warnings.iter().map(|w| {
        vec![
            register.source.clone(),
            String::new(),
            String::new(),
            w.to_string(),
        ]
    });
    let mut warnings: Vec<Vec<String>> = notice
        .chain(model.files.iter().flat_map(|f| f.warnings.iter()).map(|w| {
            vec![
                w.place.file.clone(),
                w.place.sheet.clone(),
                w.place.cell.clone(),
                w.message.clone(),
            ]
        }))
        .collect();
    warnings.extend(task_notes(model));
    warnings.extend(
        decision_notes(model)
            .map(|(place, note)| vec![place.file.clone(), place.sheet.clone(), place.cell.clone(), note]),
    );
    table(&mut wb, "提示", &WARNING_COLUMNS, &warnings, &[30, 10, 6, 70])?;
    table(
        &mut wb,
        "其他",
        &OTHER_COLUMNS,
        &other_rows(model),
        &[30, 10, 6, 12, 8, 7, 12, 50],
    )?;
    let timeliness = timeliness_rows(model);
    table(
        &mut wb,
        "报送情况",
        &TIMELINESS_COLUMNS,
        &timeliness,
        &[8, 12, 8, 6, 6, 6, 30, 8, 5, 50],
    )?;
    let deadline_rows: Vec<Vec<String>> = deadlines
        .iter()
        .map(|d| vec![d.period.title(), d.date.to_string(), d.basis.join("\n")])
        .collect();
    table(
        &mut wb,
        DEADLINE_SHEET,
        &DEADLINE_COLUMNS,
        &deadline_rows,
        &[10, 10, 70],
    )?;
    let changes: Vec<Vec<String>> = changes.changes.iter().map(change_row).collect();
    table(
        &mut wb,
        CHANGES_SHEET,
        &CHANGE_COLUMNS,
        &changes,
        &[6, 7, 12, 30, 24, 8, 5, 8, 24, 8, 5, 40, 40],
    )?;
    if !kept.is_empty() {
        let rows: Vec<Vec<String>> = kept
            .iter()
            .map(|k| vec![k.kept.file.clone(), k.kept.kept_as.clone(), k.reason.clone()])
            .collect();
        table(&mut wb, KEPT_SHEET, &KEPT_COLUMNS, &rows, &[30, 40, 40])?;
    }
    // Every printed page says which report and which sheet it is.
    for ws in wb.worksheets_mut() {
        let sheet = ws.name();
        let title = LayoutMsg::SheetOf {
            document: props.title.clone(),
            sheet,
        };
        ws.set_header(print::page_title(&title.to_string()));
    }
    Ok(wb)
}

/// One row per 其他 value of every entry, period by period.
fn other_rows(model: &Model) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for p in &model.periods {
        for e in p.entries.iter().filter(|e| !e.other.is_empty()) {
            let source = e.source.clone().unwrap_or_default();
            for o in &e.other {
                rows.push(vec![
                    source.file.clone(),
                    source.sheet.clone(),
                    o.cell.clone(),
                    e.unit.clone(),
                    p.period.title(),
                    e.task_id.clone(),
                    o.header.clone(),
                    o.value.clone(),
                ]);
            }
        }
    }
    rows
}

/// One row per unit and period, the current period first; the files of an unreadable or
/// undated return are named in 文件 and 说明.
fn timeliness_rows(model: &Model) -> Vec<Vec<String>> {
    let current = model.periods.iter().filter(|p| p.period == model.current);
    let earlier = model.periods.iter().filter(|p| p.period != model.current);
    current
        .chain(earlier)
        .flat_map(|p| p.submissions.iter().map(move |s| (p, s)))
        .map(|(p, s)| {
            let place = s.evidence.as_ref().map(|e| e.place.clone());
            let file = place
                .as_ref()
                .map(|pl| pl.file.clone())
                .or_else(|| s.files.first().or(s.unreadable.first()).cloned());
            vec![
                p.period.title(),
                s.unit.clone(),
                s.timeliness.label().to_string(),
                s.date().map(|d| d.to_string()).unwrap_or_default(),
                p.deadline.to_string(),
                s.evidence
                    .as_ref()
                    .map(|e| e.kind.label())
                    .unwrap_or_default()
                    .to_string(),
                file.unwrap_or_default(),
                place.as_ref().map(|pl| pl.sheet.clone()).unwrap_or_default(),
                place.map(|pl| pl.cell).unwrap_or_default(),
                s.grounds(),
            ]
        })
        .collect()
}

fn table(
    wb: &mut Workbook,
    name: &str,
    columns: &[&str],
    rows: &[Vec<String>],
    widths: &[usize],
) -> Result<(), XlsxError> {
    let ws = wb.add_worksheet().set_name(name)?;
    let (head, body) = (header_format(), body_format());
    for (c, h) in columns.iter().enumerate() {
        ws.write_with_format(0, c as u16, *h, &head)?;
    }
    let labels: Vec<(&str, f64, f64)> = columns
        .iter()
        .zip(widths)
        .map(|(h, w)| (*h, cjk_width(*w), HEADER_SIZE))
        .collect();
    ws.set_row_height(0, row_height(&labels))?;
    for (r, row) in rows.iter().enumerate() {
        // Wrapped text shows only if the row is tall enough: nothing sizes rows on opening.
        let sized: Vec<(&str, usize)> = row
            .iter()
            .map(String::as_str)
            .zip(widths.iter().copied())
            .collect();
        ws.set_row_height(r as u32 + 1, fit_height(&sized))?;
        for (c, v) in row.iter().enumerate() {
            // Counts as numbers so they sum in Excel; everything else as text.
            match v.parse::<f64>() {
                Ok(n) if name == "文件" && (7..=17).contains(&c) => {
                    ws.write_number_with_format(r as u32 + 1, c as u16, n, &body)?
                }
                _ => ws.write_with_format(r as u32 + 1, c as u16, v, &body)?,
            };
        }
    }
    for (c, w) in widths.iter().enumerate() {
        ws.set_column_width(c as u16, cjk_width(*w))?;
    }
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(0, 0, rows.len() as u32, columns.len() as u16 - 1)?;
    // A3, the header row on every page, 文件 (or the first column) repeated when a table
    // takes pages side by side.
    let layout = print::Layout {
        paper: print::Paper::A3,
        widths: widths.iter().map(|w| cjk_width(*w)).collect(),
        groups: (1..widths.len() as u16).collect(),
        repeat: 1,
    };
    print::setup(ws, &layout, Some(0))?;
    ws.set_footer(print::page_footer(None));
    Ok(())
}
