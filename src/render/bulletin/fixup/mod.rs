//! The one post-processing step over the package docx-rs 0.4.22 writes, closing its gaps
//! (fixed upstream after 0.4.22; delete the matching rule when docx-rs catches up). Every
//! .docx duban writes passes openxml-audit (the Open XML SDK's schema and semantic checks)
//! with no error after it.
//!
//! - `w:firstLineChars`: docx-rs drops it; every first-line indent of `first_line.0` twips
//!   gets `w:firstLineChars="first_line.1"` so the indent follows the character grid.
//! - `w:tblHeader`: docx-rs cannot write it; the first row of every table that is not
//!   floating (`w:tblpPr`, the 版记) repeats on each page.
//! - sections: docx-rs keeps one header/footer set per section and writes `w:sectPr`
//!   children out of schema order. Every `w:sectPr` is rewritten from a [`SectionSpec`]
//!   (page size and orientation, margins, line grid) with the odd/even footer references
//!   of the document's last section, so every section shares the "— N —" footers; a
//!   document with headers gives its landscape sections their own (rotated page numbers,
//!   the paragraphs of `marks` put in the headers, [`FixSpec::marks`]).
//! - schema order and content of every word/ part ([`order`]).
//! - styles.xml: of two styles with one id the last (ours) is kept, and Normal is marked
//!   the default paragraph style (`w:default="1"`), so readers such as python-docx give
//!   every paragraph without a `w:pStyle` the name Normal.
//! - `w:evenAndOddHeaders` in settings.xml is checked and added if missing.
//! - parts: numbering, comments and footnotes parts are dropped unless the document uses
//!   them (then linked); a theme is added ([`package`]); fontTable.xml declares the Chinese
//!   fonts with their alternates ([`fonts`]).
//! - docProps/core.xml says who issued the document, when and under what title
//!   ([`Props`]), and the zip is rewritten with fixed entry times and host system, so the
//!   same model gives the same bytes on every platform.

pub mod fonts;
pub mod order;
pub mod package;
pub(crate) mod tree;

use crate::render::props::Props;
use package::Package;
use tree::{Element, Node};

/// Page setup of one section, in twips (portrait numbers; `landscape` swaps them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SectionSpec {
    pub(crate) landscape: bool,
    pub(crate) width: u32,
    pub(crate) height: u32,
    pub(crate) top: i32,
    pub(crate) bottom: i32,
    pub(crate) left: i32,
    pub(crate) right: i32,
    pub(crate) line_pitch: i32,
    pub(crate) char_space: i32,
}

/// What the fixup needs to know about the document.
#[derive(Debug, Clone)]
pub struct FixSpec {
    /// One per `w:sectPr` in document order (the body's own sectPr last).
    pub(crate) sections: Vec<SectionSpec>,
    /// (first-line indent in twips, the same in hundredths of a character).
    pub(crate) first_line: (i32, i32),
    /// Title, author and date of docProps/core.xml.
    pub(crate) props: Props,
    /// (text, paragraph XML): a header paragraph holding the text is replaced by the XML
    /// (what docx-rs cannot write: the landscape pages' rotated page numbers).
    pub marks: Vec<(String, String)>,
}

impl SectionSpec {
    fn xml(&self, footer_refs: &str) -> String {
        let (w, h, orient) = if self.landscape {
            (self.height, self.width, r#" w:orient="landscape""#)
        } else {
            (self.width, self.height, "")
        };
        // A line grid (22 lines a page). The 28 characters a line come from the 3号 runs
        // being condensed by 1/4 pt (28 x 15.75 pt fits 156 mm) rather than from a character
        // grid: LibreOffice spreads mixed Chinese/Latin lines across a `linesAndChars` grid.
        // charSpace is kept so Word's "characters per line" dialog still shows 28.
        let grid = if self.landscape {
            // The attachment table: no line grid, so its smaller text keeps its own spacing.
            r#"<w:docGrid w:linePitch="312"/>"#.to_string()
        } else {
            format!(
                r#"<w:docGrid w:type="lines" w:linePitch="{}" w:charSpace="{}"/>"#,
                self.line_pitch, self.char_space
            )
        };
        format!(
            r#"<w:sectPr>{footer_refs}<w:pgSz w:w="{w}" w:h="{h}"{orient}/><w:pgMar w:top="{}" w:right="{}" w:bottom="{}" w:left="{}" w:header="851" w:footer="1304" w:gutter="0"/><w:cols w:space="425"/>{grid}</w:sectPr>"#,
            self.top, self.right, self.bottom, self.left
        )
    }
}

/// Applies every rule to a docx package and returns the new package.
pub(crate) fn apply(package: &[u8], spec: &FixSpec) -> Result<Vec<u8>, String> {
    let mut pkg = Package::read(package)?;
    pkg.edit("word/document.xml", |xml| document(xml, spec))?;
    pkg.edit("word/settings.xml", |xml| Ok(settings(xml)))?;
    pkg.edit_tree_shared("word/styles.xml", "styles", styles)?;
    package::prune(&mut pkg)?;
    pkg.set("word/fontTable.xml", fonts::font_table());
    pkg.set("docProps/core.xml", core(&spec.props));
    for name in pkg.names() {
        if name.starts_with("word/header") || name.starts_with("word/footer") {
            pkg.edit(&name, |xml| Ok(replace_marked(xml, &spec.marks)))?;
        }
        let word_part = name.starts_with("word/") && name.ends_with(".xml") && name != package::THEME;
        if name == "word/document.xml" {
            pkg.edit_tree(&name, order::conform)?;
        } else if word_part {
            pkg.edit_tree_shared(&name, "conform", order::conform)?;
        }
    }
    pkg.write()
}

/// document.xml: sections, first-line characters, repeated header rows.
pub(crate) fn document(xml: &str, spec: &FixSpec) -> Result<String, String> {
    let xml = sections(xml, spec)?;
    let (twips, chars) = spec.first_line;
    let from = format!(r#"w:firstLine="{twips}""#);
    let xml = xml.replace(&from, &format!(r#"{from} w:firstLineChars="{chars}""#));
    Ok(table_headers(&xml))
}

/// Spans (start, end) of every `<w:sectPr>…</w:sectPr>`.
fn sect_spans(xml: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut from = 0;
    while let Some(s) = xml[from..].find("<w:sectPr").map(|i| i + from) {
        let Some(e) = xml[s..].find("</w:sectPr>").map(|i| i + s + "</w:sectPr>".len()) else {
            break;
        };
        spans.push((s, e));
        from = e;
    }
    spans
}

/// Each paragraph holding one of the texts of `marks` replaced by its XML.
fn replace_marked(xml: &str, marks: &[(String, String)]) -> String {
    let mut xml = xml.to_string();
    for (mark, with) in marks {
        let Some(at) = xml.find(mark.as_str()) else {
            continue;
        };
        let start = xml[..at]
            .rfind("<w:p ")
            .into_iter()
            .chain(xml[..at].rfind("<w:p>"))
            .max();
        let end = xml[at..].find("</w:p>").map(|i| at + i + "</w:p>".len());
        if let (Some(start), Some(end)) = (start, end) {
            xml.replace_range(start..end, with);
        }
    }
    xml
}

/// The r:id of the body sectPr's `<w:{kind}Reference w:type="{ty}" …/>`.
fn reference(sect: &str, kind: &str, ty: &str) -> Option<String> {
    let open = format!(r#"<w:{kind}Reference w:type="{ty}" r:id=""#);
    let at = sect.find(&open)? + open.len();
    Some(sect[at..].split('"').next()?.to_string())
}

/// The header and footer references of each section. Without headers in the document,
/// every section shares the body's footers. With them (a bulletin with a landscape
/// attachment, [`super::layout::with_rotated_numbers`]): a landscape section takes the
/// default and even headers (its rotated page numbers) and the empty "first" footer; a
/// portrait one the empty "first" header and the default and even footers.
fn section_refs(last: &str, landscape: bool) -> String {
    let h = |ty| reference(last, "header", ty);
    let f = |ty| reference(last, "footer", ty);
    let el = |kind: &str, ty: &str, id: &str| format!(r#"<w:{kind}Reference w:type="{ty}" r:id="{id}"/>"#);
    match (h("default"), h("even"), h("first"), f("first")) {
        (Some(hd), Some(he), Some(hf), Some(ff)) => {
            let ((h1, h2), (f1, f2)) = match landscape {
                true => ((hd, he), (ff.clone(), ff)),
                false => (
                    (hf.clone(), hf),
                    (f("default").unwrap_or_default(), f("even").unwrap_or_default()),
                ),
            };
            [
                el("header", "default", &h1),
                el("header", "even", &h2),
                el("footer", "default", &f1),
                el("footer", "even", &f2),
            ]
            .concat()
        }
        _ => footer_refs(last),
    }
}

/// The `w:footerReference` elements of a sectPr, in order.
fn footer_refs(sect: &str) -> String {
    let mut refs = String::new();
    let mut from = 0;
    while let Some(s) = sect[from..].find("<w:footerReference").map(|i| i + from) {
        let e = sect[s..].find("/>").map_or(sect.len(), |i| i + s + 2);
        refs.push_str(&sect[s..e]);
        from = e;
    }
    refs
}

fn sections(xml: &str, spec: &FixSpec) -> Result<String, String> {
    let spans = sect_spans(xml);
    if spans.len() != spec.sections.len() {
        return Err(crate::msg::RenderMsg::SectionCount {
            expected: spec.sections.len(),
            found: spans.len(),
        }
        .to_string());
    }
    let last = spans.last().map_or("", |(s, e)| &xml[*s..*e]);
    let mut out = String::with_capacity(xml.len() + 1024);
    let mut at = 0;
    for ((s, e), sec) in spans.iter().zip(&spec.sections) {
        out.push_str(&xml[at..*s]);
        out.push_str(&sec.xml(&section_refs(last, sec.landscape)));
        at = *e;
    }
    out.push_str(&xml[at..]);
    Ok(out)
}

/// Marks the first row of every table as a header row repeated on each page.
fn table_headers(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len() + 256);
    let mut rest = xml;
    while let Some(t) = rest.find("<w:tbl>") {
        let (before, after) = rest.split_at(t);
        out.push_str(before);
        let floating = after
            .find("<w:tr>")
            .is_some_and(|r| after[..r].contains("<w:tblpPr"));
        if floating {
            out.push_str("<w:tbl>");
            rest = &after["<w:tbl>".len()..];
            continue;
        }
        match after.find("</w:trPr>").zip(after.find("</w:tr>")) {
            Some((p, r)) if p < r => {
                out.push_str(&after[..p]);
                out.push_str("<w:tblHeader />");
                rest = &after[p..];
            }
            _ => match after.find("<w:trPr />").zip(after.find("</w:tr>")) {
                Some((p, r)) if p < r => {
                    out.push_str(&after[..p]);
                    out.push_str("<w:trPr><w:tblHeader /></w:trPr>");
                    rest = &after[p + "<w:trPr />".len()..];
                }
                _ => {
                    out.push_str("<w:tbl>");
                    rest = &after["<w:tbl>".len()..];
                }
            },
        }
    }
    out.push_str(rest);
    out
}

/// styles.xml: of styles sharing an id the last stays (docx-rs writes its own empty Normal
/// ahead of a Normal it is given, and readers take the first), and Normal is the default
/// paragraph style.
pub(crate) fn styles(root: &mut Element) {
    let id = |n: &Node| match n {
        Node::Element(e) if e.local() == "style" => e.attr("w:styleId").map(String::from),
        _ => None,
    };
    let ids: Vec<Option<String>> = root.children.iter().map(id).collect();
    let mut i = 0;
    root.children.retain(|_| {
        let later = ids[i].is_some() && ids[i + 1..].contains(&ids[i]);
        i += 1;
        !later
    });
    for s in root.elements_mut().filter(|e| e.local() == "style") {
        let normal = s.attr("w:type") == Some("paragraph") && s.attr("w:styleId") == Some("Normal");
        if normal {
            s.set_attr("w:default", "1");
        }
    }
}

/// settings.xml: odd and even pages get their own footers.
pub(crate) fn settings(xml: &str) -> String {
    if xml.contains("<w:evenAndOddHeaders") {
        return xml.to_string();
    }
    match xml.find('>').and_then(|_| xml.find("<w:settings")) {
        Some(s) => {
            let close = xml[s..].find('>').map_or(xml.len(), |i| i + s + 1);
            format!("{}<w:evenAndOddHeaders />{}", &xml[..close], &xml[close..])
        }
        None => xml.to_string(),
    }
}

/// docProps/core.xml: title, the issuing office as creator and last editor, the document's
/// date as created and modified.
pub(crate) fn core(props: &Props) -> String {
    let (title, author) = (escape(&props.title), escape(&props.author));
    let when = props.w3cdtf();
    format!(
        r#"{}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{title}</dc:title><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified></cp:coreProperties>"#,
        tree::DECLARATION
    )
}

fn escape(text: &str) -> String {
    quick_xml::escape::escape(text).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(n: usize) -> FixSpec {
        let s = SectionSpec {
            landscape: false,
            width: 11906,
            height: 16838,
            top: 2098,
            bottom: 1984,
            left: 1587,
            right: 1474,
            line_pitch: 579,
            char_space: -840,
        };
        let mut sections = vec![s; n];
        if n > 1 {
            sections[0].landscape = true;
        }
        FixSpec {
            sections,
            first_line: (640, 200),
            marks: vec![],
            props: props(),
        }
    }

    fn props() -> Props {
        Props {
            title: "关于A&B的通报".into(),
            author: "运城市盐湖区人民政府办公室".into(),
            date: chrono::NaiveDate::from_ymd_opt(2020, 7, 13).unwrap(),
        }
    }

    const DOC: &str = r#"<w:body><w:p><w:pPr><w:ind w:left="0" w:right="0" w:firstLine="640" /></w:pPr></w:p><w:p><w:pPr><w:sectPr><w:pgSz w:w="1" w:h="2" /></w:sectPr></w:pPr></w:p><w:tbl><w:tblPr /><w:tr><w:trPr><w:cantSplit /></w:trPr></w:tr><w:tr><w:trPr /></w:tr></w:tbl><w:tbl><w:tr><w:trPr /><w:tc /></w:tr></w:tbl><w:tbl><w:tblPr><w:tblpPr w:tblpYSpec="bottom" /></w:tblPr><w:tr><w:trPr /></w:tr></w:tbl><w:sectPr><w:pgSz w:w="1" w:h="2" /><w:footerReference w:type="default" r:id="rIdFooter1" /><w:footerReference w:type="even" r:id="rIdFooter2" /></w:sectPr></w:body>"#;

    #[test]
    fn sections_are_rewritten_with_shared_footers() {
        let out = document(DOC, &spec(2)).unwrap();
        assert_eq!(out.matches("<w:sectPr>").count(), 2);
        assert_eq!(out.matches(r#"r:id="rIdFooter1""#).count(), 2, "{out}");
        assert_eq!(out.matches(r#"w:type="even" r:id="rIdFooter2""#).count(), 2);
        assert!(out.contains(r#"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>"#));
        assert!(out.contains(r#"<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587""#));
        assert_eq!(
            out.matches("<w:tblHeader />").count(),
            2,
            "not in the floating table"
        );
        assert!(out.contains(r#"w:linePitch="579" w:charSpace="-840""#));
        // footer references come first in sectPr, as the schema wants.
        assert!(out.contains(r#"<w:sectPr><w:footerReference"#));
    }

    #[test]
    fn section_count_must_match() {
        let err = document(DOC, &spec(3)).unwrap_err();
        assert!(err.contains("应有3个节") && err.contains("实有2个"), "{err}");
    }

    #[test]
    fn first_line_chars_and_table_headers() {
        let out = document(DOC, &spec(2)).unwrap();
        assert!(
            out.contains(r#"w:firstLine="640" w:firstLineChars="200""#),
            "{out}"
        );
        assert_eq!(out.matches("<w:tblHeader />").count(), 2, "{out}");
        assert!(out.contains("<w:trPr><w:cantSplit /><w:tblHeader /></w:trPr>"));
        assert!(out.contains("<w:trPr><w:tblHeader /></w:trPr><w:tc />"));
        // the second row of the first table is untouched
        assert!(out.contains("</w:tr><w:tr><w:trPr /></w:tr>"));
    }

    #[test]
    fn the_last_style_of_an_id_stays_and_normal_is_the_default() {
        let empty = r#"<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>"#;
        let ours =
            r#"<w:style w:type="paragraph" w:styleId="Normal"><w:rPr><w:sz w:val="32"/></w:rPr></w:style>"#;
        let other = r#"<w:style w:type="character" w:styleId="X"/>"#;
        let mut part = tree::Part::parse(&format!("<w:styles>{empty}{other}{ours}</w:styles>")).unwrap();
        styles(&mut part.root);
        let out = part.write();
        assert_eq!(out.matches("w:styleId=\"Normal\"").count(), 1, "{out}");
        assert!(
            out.contains(r#"<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:rPr>"#),
            "{out}"
        );
        assert!(out.contains(other));
    }

    #[test]
    fn settings_and_core() {
        let s = settings(r#"<?xml?><w:settings xmlns:w="x"><w:zoom /></w:settings>"#);
        assert!(
            s.contains(r#"<w:settings xmlns:w="x"><w:evenAndOddHeaders />"#),
            "{s}"
        );
        let kept = settings("<w:settings><w:evenAndOddHeaders /></w:settings>");
        assert_eq!(kept.matches("evenAndOddHeaders").count(), 1);
        let c = core(&props());
        assert!(c.contains("<dc:title>关于A&amp;B的通报</dc:title>"), "{c}");
        assert!(c.contains("<dc:creator>运城市盐湖区人民政府办公室</dc:creator>"));
        assert!(c.contains("<cp:lastModifiedBy>运城市盐湖区人民政府办公室</cp:lastModifiedBy>"));
        assert_eq!(c.matches(">2020-07-13T00:00:00Z<").count(), 2, "{c}");
        assert!(tree::Part::parse(&c).is_ok());
    }
}
