//! Raw workbooks from grids of strings, as collect hands them to extract, for the ingestion
//! tests; the frozen register and default settings beside them.

use chrono::NaiveDate;
use duban::collect::{CellValue, Collected, Format, Merged, RawRow, RawSheet, RawWorkbook};
use duban::model::Model;
use duban::settings::Settings;

pub use super::register;

/// A cell from its text: "" is empty, "#0.5" a number, everything else text.
pub fn cell(s: &str) -> Option<CellValue> {
    if s.is_empty() {
        None
    } else if let Some(n) = s.strip_prefix('#').and_then(|n| n.parse::<f64>().ok()) {
        Some(CellValue::Number(n))
    } else {
        Some(CellValue::Text(s.to_string()))
    }
}

/// A visible sheet from a grid; empty rows are left out as collect does.
pub fn sheet(name: &str, grid: &[&[&str]]) -> RawSheet {
    let rows = grid
        .iter()
        .enumerate()
        .map(|(r, cols)| RawRow {
            row: r as u32,
            cells: cols
                .iter()
                .enumerate()
                .filter_map(|(c, s)| cell(s).map(|v| (c as u32, v)))
                .collect(),
        })
        .filter(|r| !r.cells.is_empty())
        .collect();
    RawSheet {
        name: name.to_string(),
        visible: true,
        rows,
        merged: vec![],
        hidden: Default::default(),
        fills: vec![],
    }
}

pub fn merged(first_row: u32, first_col: u32, last_row: u32, last_col: u32) -> Merged {
    Merged {
        first_row,
        first_col,
        last_row,
        last_col,
    }
}

/// Our form's hidden identity sheet.
pub fn identity(unit: &str, period: &str, tasks: &[&str]) -> RawSheet {
    let mut grid: Vec<Vec<&str>> = vec![
        vec!["duban-form", "1"],
        vec!["unit", unit],
        vec!["period", period],
        vec!["generated", "notice.txt"],
    ];
    for t in tasks {
        grid.push(vec!["task", t]);
    }
    let refs: Vec<&[&str]> = grid.iter().map(|r| r.as_slice()).collect();
    RawSheet {
        visible: false,
        ..sheet("_duban", &refs)
    }
}

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn workbook(path: &str, modified: Option<NaiveDate>, sheets: Vec<RawSheet>) -> Collected {
    Collected::Workbook(RawWorkbook {
        path: path.to_string(),
        format: Format::Xlsx,
        modified,
        sheets,
        warnings: vec![],
        properties: Default::default(),
    })
}

/// Asserts the "nothing is lost" identity on every file of the model.
pub fn assert_balanced(model: &Model) {
    for f in &model.files {
        assert!(
            f.balanced(),
            "{}: read {} != matched {} + exceptions {} + other {}",
            f.path,
            f.rows_read,
            f.rows_matched,
            f.rows_exception,
            f.rows_other
        );
    }
}

pub fn settings() -> Settings {
    Settings::default()
}
