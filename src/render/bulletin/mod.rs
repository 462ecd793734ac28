//! 督查通报 (issue 6): the period's supervision bulletin as a GB/T 9704 Word document,
//! plus a one-page 催报通知 for every unit that has not reported; at 全年 with the 年度考核情况
//! attachment ([`assessment`]).
//!
//! The pipeline inside: [`content`] computes every figure from the model into a serialisable
//! context; the `bulletin` / `reminder` templates word it into plain lines; [`lines`] sorts
//! them into the parts of a document and classes them by numbering; [`layout`] and
//! [`tables`] build the docx with docx-rs; [`fixup`] closes docx-rs 0.4.22's gaps in the
//! package XML. Writes `<dir>/督查通报_<period>.docx` and `<dir>/催报通知/<unit>_催报通知.docx`.

pub mod assessment;
pub mod changes;
pub mod content;
pub mod fixup;
pub mod layout;
pub mod lines;
pub mod reminder;
pub mod tables;

use super::props::Props;
use super::{RenderContext, RenderError, Renderer};
use crate::outbox::Outbox;
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
        let content = BulletinContext::new(ctx.model, ctx.analysis, ctx.settings);
        let parts = parts(ctx.templates, "bulletin", &content)?;
        let path = ctx
            .dir
            .join(format!("督查通报_{}.docx", ctx.model.current.title()));
        let (doc, sections) = bulletin(&parts, &content);
        save(doc, &sections, props(ctx, &parts), &path, ctx.out)?;
        let mut files = vec![path];
        files.extend(reminder::render(ctx, &content)?);
        Ok(files)
    }
}

/// Renders template `name` and splits its output into parts; an unknown part marker is a
/// template error naming the template.
pub fn parts<T: Serialize>(templates: &Templates, name: &str, context: &T) -> Result<Parts, RenderError> {
    let text = templates.render(name, context)?;
    Parts::parse(&text).map_err(|message| {
        let origin = templates
            .origins
            .iter()
            .find(|(n, _)| n == name)
            .map_or(name.to_string(), |(_, o)| o.clone());
        RenderError::Template(TemplateError::Render {
            name: origin,
            message,
        })
    })
}

/// The first page's parts: title, 主送 and body lines.
pub fn letter(doc: Docx, parts: &Parts) -> Docx {
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
fn bulletin(parts: &Parts, content: &BulletinContext) -> (Docx, Vec<SectionSpec>) {
    let mut doc = layout::masthead(layout::new_document(), &parts.masthead, content.masthead_document);
    doc = letter(doc, parts);
    if !parts.attachments.is_empty() {
        doc = layout::attachment_list(doc.add_paragraph(layout::blank_kept()), &parts.attachments);
    }
    doc = layout::signature(doc.add_paragraph(layout::blank_kept()), &parts.signature);
    let mut sections = vec![layout::section(false)];
    for (i, title) in parts.attachments.iter().enumerate() {
        doc = layout::section_break(doc);
        doc = layout::attachment_head(doc, i + 1, title);
        match i {
            0 => {
                doc = doc.add_table(tables::summary(&content.rows));
                sections.push(layout::section(true));
            }
            1 if content.overdue_units.count > 0 => {
                doc = doc.add_table(tables::units(&content.overdue_units.items));
                sections.push(layout::section(false));
            }
            2 if content.has_assessment => {
                doc = doc
                    .add_table(tables::scores(&content.assessment.rows))
                    .add_paragraph(para().add_run(run(&content.assessment.note, FANGSONG, SIZE_TABLE)));
                sections.push(layout::section(false));
            }
            _ => {
                doc = doc.add_paragraph(layout::indented().add_run(run("无。", FANGSONG, SIZE_BODY)));
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

/// The document properties of a bulletin or reminder: its title lines, the issuing office,
/// the bulletin's date.
pub fn props(ctx: &RenderContext, parts: &Parts) -> Props {
    Props::of_run(ctx.settings, ctx.model.current, &parts.title.concat())
}

/// Packs the document, applies the fixup and stages it for `path`.
pub fn save(
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
    };
    let bytes = fixup::apply(buf.get_ref(), &spec).map_err(err)?;
    out.write(path, bytes);
    Ok(())
}
