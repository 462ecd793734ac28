//! 督查通报 (issue 6): the period's supervision bulletin as a GB/T 9704 Word document,
//! plus a one-page 催报通知 for every unit that has not reported; at 全年 with the 年度考核情况
//! attachment ([`assessment`]).
//!
//! The pipeline inside: [`verdict`] judges each task once (status, highlight, problem,
//! needing attention), [`content`] and [`changes`] compute every figure from the model and
//! those verdicts into a serialisable context (short names and excerpts from
//! [`crate::text::shorten`], never a word cut); the `bulletin` / `reminder` templates word it into plain lines; [`lines`] sorts
//! them into the parts of a document, classes them by numbering and numbers the headings
//! in order; the `[附件]` lines say what each attachment holds ([`Annex`]); [`layout`] and
//! [`tables`] build the docx with docx-rs; [`fixup`] closes docx-rs 0.4.22's gaps in the
//! package XML. Writes `<dir>/督查通报_<period>.docx` and `<dir>/催报通知/<unit>_催报通知.docx`.

pub mod assessment;
pub mod changes;
pub mod content;
pub mod fixup;
pub mod layout;
pub mod lines;
pub mod pages;
pub(crate) mod plan;
pub(crate) mod reminder;
pub mod tables;
pub mod verdict;

use super::props::Props;
use super::{RenderContext, RenderError, Renderer};
use crate::analysis::Analysis;
use crate::model::Model;
use crate::msg::{self, LayoutMsg};
use crate::outbox::Outbox;
use crate::settings::Settings;
use crate::templates::{TemplateError, Templates};
use content::BulletinContext;
use docx_rs::Docx;
use fixup::{FixSpec, SectionSpec};
use layout::{blank, para, run, FANGSONG, SIZE_BODY, SIZE_TABLE};
use lines::Parts;
use serde::Serialize;
use std::path::{Path, PathBuf};

pub struct Bulletin;

impl Renderer for Bulletin {
    fn name(&self) -> &'static str {
        "督查通报"
    }

    /// Writes the bulletin and the reminders; returns the bulletin first.
    fn render(&self, ctx: &RenderContext) -> Result<Vec<PathBuf>, RenderError> {
        let (content, parts) = worded(ctx.model, ctx.analysis, ctx.settings, ctx.templates)?;
        let annexes = annexes(ctx.templates, &parts)?;
        let path = ctx.dir.join(
            LayoutMsg::BulletinFile {
                period: ctx.model.current.file_title(),
            }
            .to_string(),
        );
        let (doc, sections) = bulletin(&parts, &annexes, &content);
        save(doc, &sections, props(ctx, &parts), &path, ctx.out)?;
        let mut files = vec![path];
        files.extend(reminder::render(ctx, &content)?);
        Ok(files)
    }
}

/// The bulletin's figures and the template's words for them, condensed step by step
/// ([`BulletinContext::condense`]) until the letter's estimated pages
/// ([`pages::letter_pages`]) are at most the settings' `body_pages`, or nothing is left to
/// condense.
pub fn worded(
    model: &Model,
    analysis: &Analysis,
    settings: &Settings,
    templates: &Templates,
) -> Result<(BulletinContext, Parts), RenderError> {
    let mut content = BulletinContext::new(model, analysis, settings);
    let mut parts = parts(templates, "bulletin", &content)?;
    // the body cites the attachments by the numbers the [附件] lines give them
    let numbers = content::AnnexNumbers::of(&annex_order(&parts));
    if numbers != content.annex {
        content.annex = numbers;
        parts = self::parts(templates, "bulletin", &content)?;
    }
    while pages::letter_pages(&parts) > settings.bulletin.body_pages && content.condense() {
        parts = self::parts(templates, "bulletin", &content)?;
    }
    Ok((content, parts))
}

/// Renders template `name` and splits its output into parts; an unknown part marker is a
/// template error naming the template.
pub(crate) fn parts<T: Serialize>(
    templates: &Templates,
    name: &str,
    context: &T,
) -> Result<Parts, RenderError> {
    let text = templates.render(name, context)?;
    Parts::parse(&text).map_err(|message| template_error(templates, name, message))
}

/// What an attachment holds, named by the key before "|" in its `[附件]` line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Annex {
    /// 进展: the task table.
    Progress,
    /// 报送: the units that reported late or not at all.
    Reporting,
    /// 考核: 年度考核情况 (全年).
    Assessment,
}

const ANNEX_KEYS: [(&str, Annex); 3] = [
    ("进展", Annex::Progress),
    ("报送", Annex::Reporting),
    ("考核", Annex::Assessment),
];

/// The attachments the [附件] lines name, in order (a line without a known key is left for
/// [`annexes`] to report).
fn annex_order(parts: &Parts) -> Vec<Annex> {
    parts
        .attachments
        .iter()
        .filter_map(|line| {
            let key = line.split_once('|')?.0.trim();
            ANNEX_KEYS.iter().find(|(k, _)| *k == key).map(|(_, a)| *a)
        })
        .collect()
}

/// The [附件] lines as (what, title); a line without a known key is a template error.
fn annexes(templates: &Templates, parts: &Parts) -> Result<Vec<(Annex, String)>, RenderError> {
    parts
        .attachments
        .iter()
        .map(|line| {
            let known = line.split_once('|').and_then(|(k, t)| {
                ANNEX_KEYS
                    .iter()
                    .find(|(key, _)| *key == k.trim())
                    .map(|(_, a)| (*a, t.trim()))
            });
            known.map(|(a, t)| (a, t.to_string())).ok_or_else(|| {
                let keys: Vec<&str> = ANNEX_KEYS.iter().map(|(k, _)| *k).collect();
                template_error(
                    templates,
                    "bulletin",
                    msg::RenderMsg::UnknownAttachment {
                        line: line.clone(),
                        expected: msg::join(&keys),
                    }
                    .to_string(),
                )
            })
        })
        .collect()
}

fn template_error(templates: &Templates, name: &str, message: String) -> RenderError {
    let origin = templates
        .origins
        .iter()
        .find(|(n, _)| n == name)
        .map_or(name.to_string(), |(_, o)| o.clone());
    RenderError::Template(TemplateError::Render {
        name: origin,
        message,
    })
}

/// The first page's parts: title, 主送 and body lines.
pub(crate) fn letter(doc: Docx, parts: &Parts) -> Docx {
    let mut doc = layout::title(doc, parts).add_paragraph(blank());
    for l in &parts.recipients {
        doc = doc.add_paragraph(para().add_run(run(l, FANGSONG, SIZE_BODY)));
    }
    parts
        .body
        .iter()
        .fold(doc, |d, l| d.add_paragraph(layout::body_line(l)))
}

/// The whole bulletin, and the page setup of each of its sections in order.
fn bulletin(
    parts: &Parts,
    annexes: &[(Annex, String)],
    content: &BulletinContext,
) -> (Docx, Vec<SectionSpec>) {
    let mut doc = layout::masthead(layout::new_document(), &parts.masthead, content.masthead_document);
    doc = letter(doc, parts);
    let titles: Vec<String> = annexes.iter().map(|(_, t)| t.clone()).collect();
    if !titles.is_empty() {
        doc = layout::attachment_list(doc.add_paragraph(layout::blank_kept()), &titles);
    }
    doc = layout::signature(doc.add_paragraph(layout::blank_kept()), &parts.signature);
    let mut sections = vec![layout::section(false)];
    if annexes.iter().any(|(a, _)| *a == Annex::Progress) {
        doc = layout::with_rotated_numbers(doc);
    }
    let note = |d: Docx, text: &str| d.add_paragraph(para().add_run(run(text, FANGSONG, SIZE_TABLE)));
    for (i, (annex, title)) in annexes.iter().enumerate() {
        doc = layout::section_break(doc);
        doc = layout::attachment_head(doc, (annexes.len() > 1).then_some(i + 1), title);
        match annex {
            Annex::Progress => {
                // what the table leaves out, said above it: below, the note would often
                // take a landscape page of its own
                if !content.attachment_all && content.attachment_rows > 0 {
                    doc = note(doc, &attention_note(content));
                }
                doc = doc.add_table(tables::summary(&content.rows));
                sections.push(layout::section(true));
            }
            Annex::Reporting => {
                doc = doc.add_table(tables::units(&content.overdue_units));
                let r = &content.reporting;
                if r.undated > 0 {
                    doc = note(doc, &msg::RenderMsg::OverdueUndated { n: r.undated }.to_string());
                }
                if r.unreadable > 0 {
                    doc = note(
                        doc,
                        &msg::RenderMsg::OverdueUnreadable { n: r.unreadable }.to_string(),
                    );
                }
                sections.push(layout::section(false));
            }
            Annex::Assessment => {
                doc = doc.add_table(tables::scores(&content.assessment.rows));
                doc = note(doc, &content.assessment.note);
                sections.push(layout::section(false));
            }
        }
    }
    if !parts.cc.is_empty() || !parts.printed.is_empty() {
        // Word anchors the 版记 frames to the paragraph after them: a hairline one, so
        // that it never needs a page of its own.
        doc = layout::colophon(doc, &parts.cc, &parts.printed).add_paragraph(layout::anchor());
    }
    (doc, sections)
}

/// The note above 附件1 when it lists the tasks needing attention: which, how many of all,
/// and the 未反馈 tasks of units that did not report, left out.
fn attention_note(content: &BulletinContext) -> String {
    let kinds = content.attention_kinds.clone();
    let listed = match content.attachment_rows == content.tasks_total {
        true => msg::RenderMsg::AttentionAll {
            kinds,
            total: content.tasks_total,
        },
        false => msg::RenderMsg::AttentionNote {
            kinds,
            listed: content.attachment_rows,
            total: content.tasks_total,
        },
    };
    let mut text = listed.to_string();
    if content.unreported > 0 {
        let left_out = msg::RenderMsg::AttentionUnreported {
            n: content.unreported,
            annex: content.annex.reporting.clone(),
        };
        text.push_str(&left_out.to_string());
    }
    text
}

/// The document properties of a bulletin or reminder: its title lines, the issuing office,
/// the bulletin's date.
pub(crate) fn props(ctx: &RenderContext, parts: &Parts) -> Props {
    Props::of_run(ctx.settings, ctx.model.current, &parts.title.concat())
}

/// Packs the document, applies the fixup and stages it for `path`.
pub(crate) fn save(
    doc: Docx,
    sections: &[SectionSpec],
    props: Props,
    path: &Path,
    out: &Outbox,
) -> Result<(), RenderError> {
    let err = |message: String| RenderError::Docx {
        path: path.to_path_buf(),
        message,
    };
    let mut buf = std::io::Cursor::new(Vec::new());
    doc.build().pack(&mut buf).map_err(|e| err(e.to_string()))?;
    let spec = FixSpec {
        sections: sections.to_vec(),
        first_line: (2 * layout::CHAR, 200),
        props,
        marks: layout::rotated_marks(),
    };
    let bytes = fixup::apply(buf.get_ref(), &spec).map_err(err)?;
    out.write(path, bytes);
    Ok(())
}
