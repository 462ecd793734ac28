//! Closes the loop between `duban forms` and `duban run`: a generated form, filled in the
//! way a unit would (every sheet kept, the hidden identity too, the file renamed and put in
//! a subfolder), is read back exactly; and a quarter in which every unit sends its form back
//! on time is a run that needs nothing (exit status 0).

use crate::support::{self, Case};
use duban::form;
use duban::model::{FileOutcome, Layout, MatchMethod, Timeliness};
use duban::period::{Period, PeriodKind};
use duban::render::{forms, render_alone};
use duban::settings::Settings;
use duban::status::Status;
use std::path::{Path, PathBuf};

const UNIT: &str = "区财政局";

/// Writes the forms for 2020-Q1 and returns the path of UNIT's form.
fn generate(out: &Path, settings: &Settings) -> PathBuf {
    generate_all(out, settings, PeriodKind::Q1)
        .into_iter()
        .find(|f| f.file_name().unwrap().to_string_lossy().starts_with(UNIT))
        .expect("the unit's form")
}

/// Writes every unit's form for a period of 2020 (not the index of forms).
fn generate_all(out: &Path, settings: &Settings, kind: PeriodKind) -> Vec<PathBuf> {
    let model = crate::support::model(Period::new(2020, kind))
        .settings(settings)
        .build();
    let templates = duban::templates::Templates::load(None).unwrap();
    let files = render_alone(&forms::Forms, &model, settings, &templates, out).unwrap();
    files
        .into_iter()
        .filter(|f| !f.ends_with(forms::INDEX_FILE))
        .collect()
}

/// What the test writes into each task row: (status, percent, progress), the percent agreeing
/// with the status (a status its own percent contradicts is an exception, 状态与进展不符).
fn fill_for(i: usize) -> (&'static str, u32, String) {
    let statuses = ["已完成", "序时推进", "滞后", "未启动"];
    let status = statuses[i % 4];
    let percent = match status {
        "已完成" => 100,
        "未启动" => 0,
        _ => (i as u32 * 30) % 100,
    };
    (status, percent, format!("第{}项任务的进展情况。", i + 1))
}

/// Copies every sheet of the form into a new workbook, filling the fill-in columns of each
/// task row and the 填报日期 value (`date`), as a unit does in Excel.
fn fill(form: &Path, dest: &Path, date: &str) -> Vec<(String, &'static str, u32, String)> {
    support::fill::fill(form, dest, form::FORM_SHEET, date, |row| {
        let (status, pct, text) = fill_for(row.index);
        row.write("完成状态", status);
        row.write("完成进度(%)", pct);
        row.write("进展情况", text.as_str());
        (row.id.clone(), status, pct, text)
    })
}

#[test]
fn a_filled_form_is_read_back_exactly() {
    let settings = Settings::default();
    let out = tempfile::tempdir().unwrap();
    let form = generate(out.path(), &settings);

    let case = Case::new();
    std::fs::create_dir_all(case.input().join("邮件附件")).unwrap();
    // Renamed on the way back: the identity inside, not the name, tells who it is.
    let returned = case.input().join("邮件附件").join("反馈(1).xlsx");
    let filled = fill(&form, &returned, "2020-04-08");
    assert!(!filled.is_empty());

    let model = case.ingest(&settings, None);
    assert_eq!(model.current, Period::new(2020, PeriodKind::Q1));
    let p = model.current_progress();
    for (id, status, pct, text) in &filled {
        let e = p.entry(id, UNIT).unwrap_or_else(|| panic!("no entry for {id}"));
        assert_eq!(e.status, Status::recognise(status).unwrap(), "{id}");
        assert_eq!(e.percent, Some(*pct as u8), "{id}");
        assert_eq!(&e.progress, text, "{id}");
        assert_eq!(e.matched.as_ref().unwrap().method, MatchMethod::Form, "{id}");
        assert!(e.source.as_ref().unwrap().file.ends_with("反馈(1).xlsx"));
    }
    let own: Vec<_> = p.entries.iter().filter(|e| e.unit == UNIT).collect();
    assert_eq!(
        own.len(),
        filled.len(),
        "every task of the form was filled and read"
    );
    assert_eq!(p.submission(UNIT).unwrap().timeliness, Timeliness::OnTime);
    let file = model
        .files
        .iter()
        .find(|f| f.path.ends_with("反馈(1).xlsx"))
        .unwrap();
    assert_eq!(file.outcome, FileOutcome::Return);
    assert_eq!(file.layout, Some(Layout::Form));
    assert_eq!(file.unit.as_deref(), Some(UNIT));
    assert!(file.balanced(), "{file:?}");
    assert_eq!(file.rows_matched, filled.len());
    assert!(model.exceptions.is_empty(), "{:#?}", model.exceptions);
}

/// Runs the binary on the case; its exit status and console output.
fn duban(case: &Case, args: &[&str]) -> (Option<i32>, String) {
    let run = case.run(args);
    (run.code, run.stdout + &run.stderr)
}

/// The quarter every office hopes for: every unit fills in its form and sends it back on
/// time. Nothing needs attention, so `duban run` exits 0; and a 半年 return arriving early
/// does not change that when 一季度 is run again (its rows need nothing from the office).
#[test]
fn every_unit_on_time_exits_0_and_a_later_return_does_not_change_that() {
    let settings = Settings::default();
    let forms_dir = tempfile::tempdir().unwrap();
    let case = Case::new();
    let returns = case.input().join("returns");
    std::fs::create_dir_all(&returns).unwrap();
    let q1_forms = generate_all(forms_dir.path(), &settings, PeriodKind::Q1);
    assert_eq!(q1_forms.len(), 52, "one form per reporting unit");
    for form in &q1_forms {
        let name = form.file_name().unwrap();
        assert!(!fill(form, &returns.join(name), "2020-04-08").is_empty());
    }
    let (code, text) = duban(&case, &["run", "-q"]);
    assert_eq!(code, Some(0), "{text}");
    for line in [
        "按时报送：52",
        "逾期报送：0",
        "未报送：0",
        "异常：0条",
        "文件：53个（52个作为报表读取）",
    ] {
        assert!(text.contains(line), "{line:?} in\n{text}");
    }

    // One unit's 半年 return, in early: the 半年 run has 51 units missing (exit 1); running
    // 一季度 again lists its rows as 晚于本期的报表 and still exits 0.
    let h1_dir = tempfile::tempdir().unwrap();
    let h1_form = generate_all(h1_dir.path(), &settings, PeriodKind::H1)
        .into_iter()
        .find(|f| f.file_name().unwrap().to_string_lossy().starts_with(UNIT))
        .unwrap();
    let h1_rows = fill(&h1_form, &returns.join("半年.xlsx"), "2020-07-06").len();
    let (code, text) = duban(&case, &["run", "-q"]);
    assert_eq!(code, Some(1), "{text}");
    assert!(text.contains("本期为2020年上半年"), "{text}");
    assert!(text.contains("未报送：51"), "{text}");
    let (code, text) = duban(&case, &["run", "--period", "2020-Q1", "-q"]);
    assert_eq!(code, Some(0), "{text}");
    assert!(
        text.contains(&format!("异常：{h1_rows}条（晚于本期的报表 {h1_rows}）")),
        "{text}"
    );
    assert!(text.contains("未报送：0"), "{text}");
}
