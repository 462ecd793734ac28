//! Closes the loop between `duban forms` and `duban run`: a generated form, filled in the
//! way a unit would (every sheet kept, the hidden identity too, the file renamed and put in
//! a subfolder), is read back exactly.

use calamine::{open_workbook_auto, Data, Reader};
use duban::merge::ingest;
use duban::model::{FileOutcome, Layout, MatchMethod, Model, Timeliness};
use duban::period::{Period, PeriodKind};
use duban::register::Register;
use duban::render::forms;
use duban::settings::Settings;
use duban::status::Status;
use rust_xlsxwriter::Workbook;
use std::path::{Path, PathBuf};

const UNIT: &str = "区财政局";

fn notice() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("input/notice.txt")
}

/// Writes the forms for 2020-Q1 and returns the path of UNIT's form.
fn generate(out: &Path, settings: &Settings) -> PathBuf {
    let register = Register::load(&notice()).unwrap();
    let period = Period::new(2020, PeriodKind::Q1);
    let model = Model::empty(register, period, settings);
    let files = forms::write(&model, settings, out).unwrap();
    files
        .into_iter()
        .find(|f| f.file_name().unwrap().to_string_lossy().starts_with(UNIT))
        .expect("the unit's form")
}

/// What the test writes into each task row: (status, percent, progress).
fn fill_for(i: usize) -> (&'static str, u32, String) {
    let statuses = ["已完成", "序时推进", "滞后", "未启动"];
    (
        statuses[i % 4],
        (i as u32 * 30) % 101,
        format!("第{}项任务的进展情况。", i + 1),
    )
}

/// Copies every sheet of the form into a new workbook, filling the fill-in columns of each
/// task row and the 填报日期 value, as a unit does in Excel.
fn fill(form: &Path, dest: &Path) -> Vec<(String, &'static str, u32, String)> {
    let mut src = open_workbook_auto(form).unwrap();
    let names = src.sheet_names().to_vec();
    let mut out = Workbook::new();
    let mut filled = Vec::new();
    for name in &names {
        let range = src.worksheet_range(name).unwrap();
        let ws = out.add_worksheet().set_name(name).unwrap();
        if name == forms::IDENTITY_SHEET {
            ws.set_hidden(true);
        }
        let header: Vec<String> = range
            .rows()
            .nth(2)
            .map(|r| r.iter().map(|c| c.to_string()).collect())
            .unwrap_or_default();
        let col = |h: &str| header.iter().position(|x| x == h).map(|c| c as u16);
        for (r, row) in range.rows().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                match cell {
                    Data::Empty => {}
                    Data::Float(f) => drop(ws.write(r as u32, c as u16, *f).unwrap()),
                    other => drop(ws.write(r as u32, c as u16, other.to_string()).unwrap()),
                }
            }
            let first = row.first().map(|c| c.to_string()).unwrap_or_default();
            if name == forms::FORM_SHEET
                && r > 2
                && first
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit() || c == '实')
            {
                let (status, pct, text) = fill_for(filled.len());
                ws.write(r as u32, col("完成状态").unwrap(), status).unwrap();
                ws.write(r as u32, col("完成进度(%)").unwrap(), pct).unwrap();
                ws.write(r as u32, col("进展情况").unwrap(), text.as_str())
                    .unwrap();
                filled.push((first.clone(), status, pct, text));
            }
            if name == forms::FORM_SHEET && first.starts_with("填报日期") {
                ws.write(r as u32, 1, "2020-04-08").unwrap();
            }
        }
    }
    out.save(dest).unwrap();
    filled
}

#[test]
fn a_filled_form_is_read_back_exactly() {
    let settings = Settings::default();
    let out = tempfile::tempdir().unwrap();
    let form = generate(out.path(), &settings);

    let input = tempfile::tempdir().unwrap();
    std::fs::copy(notice(), input.path().join("notice.txt")).unwrap();
    std::fs::create_dir_all(input.path().join("邮件附件")).unwrap();
    // Renamed on the way back: the identity inside, not the name, tells who it is.
    let returned = input.path().join("邮件附件").join("反馈(1).xlsx");
    let filled = fill(&form, &returned);
    assert!(!filled.is_empty());

    let register = Register::load(&notice()).unwrap();
    let model = ingest(register, &settings, input.path(), None, false);
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
