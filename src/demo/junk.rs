//! What else lands in the returns folder: an Excel lock file (`~$…`), a `说明.txt`, and a
//! Word report a unit sent instead of filling in a sheet. A run must name each of them as
//! skipped and go on.
//!
//! Hands on (path relative to the returns folder, bytes) pairs; the .docx is re-zipped with
//! fixed timestamps ([`super::convert::fixed_zip_times`]) so regenerating gives the same bytes.

use super::scenario::Scenario;
use super::{text, DemoError};
use crate::register::Register;
use crate::text::numerals::to_chinese;
use docx_rs::{AlignmentType, Docx, Paragraph, Run};
use std::io::Cursor;

pub(crate) struct JunkFile {
    /// Relative to the returns folder, '/' separators.
    pub(crate) path: String,
    pub(crate) bytes: Vec<u8>,
}

pub(crate) fn files(scenario: &Scenario, register: &Register) -> Result<Vec<JunkFile>, DemoError> {
    let mut out = vec![JunkFile {
        path: "说明.txt".into(),
        bytes: readme(scenario).into_bytes(),
    }];
    // Someone had a return open in Excel when the folder was copied.
    if let Some(ret) = scenario.returns.last() {
        out.push(JunkFile {
            path: format!("{}/~${}.{}", ret.folder, ret.stem, ret.format.ext()),
            bytes: lock_file("duchashi"),
        });
    }
    if let Some((period, unit)) = &scenario.docx_instead {
        let path = format!(
            "{}/{}{}年{}工作总结.docx",
            super::period_folder(*period),
            unit,
            period.year,
            period.short()
        );
        let bytes = report_docx(register, unit, &period.file_title()).map_err(|message| DemoError::Docx {
            path: path.clone().into(),
            message,
        })?;
        out.push(JunkFile { path, bytes });
    }
    Ok(out)
}

fn readme(scenario: &Scenario) -> String {
    let titles: Vec<String> = scenario.periods.iter().map(|p| p.file_title()).collect();
    format!(
        "本文件夹存放各单位报送的{}重点任务进展反馈表。\r\n\
         按报告期分文件夹存放，请勿修改文件内容。\r\n\
         区政府督查室\r\n",
        titles.join("、")
    )
}

/// An Excel owner file: the user name as a length-prefixed byte string, then as UTF-16,
/// padded to the 165 bytes Excel writes.
fn lock_file(user: &str) -> Vec<u8> {
    let mut b = vec![user.len() as u8];
    b.extend(user.bytes());
    b.resize(54, b' ');
    b.extend([user.len() as u8, 0]);
    for u in user.encode_utf16() {
        b.extend(u.to_le_bytes());
    }
    b.resize(165, b' ');
    b
}

/// A short Word report on the unit's tasks: what some units send instead of the form.
fn report_docx(register: &Register, unit: &str, period_title: &str) -> Result<Vec<u8>, String> {
    let mut doc = Docx::new().add_paragraph(
        Paragraph::new().align(AlignmentType::Center).add_run(
            Run::new()
                .add_text(format!("{unit}{period_title}工作总结"))
                .size(36)
                .bold(),
        ),
    );
    let tasks = register
        .unit(unit)
        .map(|u| u.lead_tasks.clone())
        .unwrap_or_default();
    doc = doc.add_paragraph(para(&format!(
        "{period_title}以来，我单位认真落实区政府工作部署，各项重点工作稳步推进，现将有关情况报告如下："
    )));
    for (i, id) in tasks.iter().enumerate() {
        let Some(task) = register.task(id) else { continue };
        let key = text::key_phrase(&task.text);
        doc = doc.add_paragraph(para(&format!(
            "{}、关于{key}。已制定实施方案，明确责任分工，目前正按计划推进。",
            to_chinese(i + 1)
        )));
    }
    let mut buf = Cursor::new(Vec::new());
    doc.build().pack(&mut buf).map_err(|e| e.to_string())?;
    super::convert::fixed_zip_times(&buf.into_inner())
}

fn para(text: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(text).size(32))
}
