//! The package level of the fixup: the parts of a .docx as read from docx-rs's zip, their
//! relationships and content types, and the rules that keep them consistent: a part is
//! linked from a relationship or it is not there (docx-rs writes numbering, comments,
//! commentsExtended and footnotes parts into every package, linked or not), and a part the
//! schema requires (the theme) is added and linked.

use super::tree::{Element, Node, Part};
use std::collections::HashMap;
use std::io::{Cursor, Read, Write};
use std::sync::{LazyLock, Mutex};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

const CONTENT_TYPES: &str = "[Content_Types].xml";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const MAIN: &str = "word/document.xml";

/// The parts docx-rs always writes that a document may not use: (part, relationship type,
/// what in document.xml uses it). An unused one is dropped with its relationships; a used
/// one is linked from document.xml.
const OPTIONAL: &[(&str, &str, &str)] = &[
    ("word/numbering.xml", "numbering", "<w:numPr"),
    ("word/comments.xml", "comments", "<w:commentReference"),
    (
        "word/commentsExtended.xml",
        "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
        "<w:commentReference",
    ),
    ("word/footnotes.xml", "footnotes", "<w:footnoteReference"),
];

/// What [`Package::edit_tree_shared`] remembers: (the edit, the part's text) -> the edited
/// text. At most `SHARED_MAX` parts of at most `SHARED_PART_MAX` bytes are kept (a run has a
/// handful of distinct shared parts; a document's own body is never among them).
type Shared = HashMap<(&'static str, String), String>;
static SHARED: LazyLock<Mutex<Shared>> = LazyLock::new(Mutex::default);
const SHARED_MAX: usize = 64;
const SHARED_PART_MAX: usize = 1 << 20;

/// The theme: Word and the SDK validator expect one below every main document.
pub(crate) const THEME: &str = "word/theme/theme1.xml";
const THEME_XML: &str = include_str!("theme1.xml");
const THEME_TYPE: &str = "application/vnd.openxmlformats-officedocument.theme+xml";

/// A package's parts in zip order.
pub(crate) struct Package {
    parts: Vec<(String, Vec<u8>)>,
}

impl Package {
    pub(crate) fn read(bytes: &[u8]) -> Result<Package, String> {
        let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
        let mut parts = Vec::with_capacity(zip.len());
        for i in 0..zip.len() {
            let mut file = zip.by_index(i).map_err(|e| e.to_string())?;
            if file.is_dir() {
                continue;
            }
            let name = file.name().map_err(|e| e.to_string())?.to_string();
            let mut data = Vec::new();
            file.read_to_end(&mut data).map_err(|e| e.to_string())?;
            parts.push((name, data));
        }
        Ok(Package { parts })
    }

    /// The zip, with fixed entry times and host system (Unix, as the workbooks:
    /// `render::xlsx::unix_made_by`) so the same parts give the same bytes on every
    /// platform. Level 1, as the workbooks (render::xlsx::save): early in a period a run
    /// writes a reminder for most units.
    pub(crate) fn write(&self) -> Result<Vec<u8>, String> {
        let mut out = ZipWriter::new(Cursor::new(Vec::new()));
        let opts = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .compression_level(Some(1))
            .last_modified_time(zip::DateTime::default())
            .system(zip::System::Unix);
        for (name, data) in &self.parts {
            out.start_file(name.as_str(), opts).map_err(|e| e.to_string())?;
            out.write_all(data).map_err(|e| e.to_string())?;
        }
        Ok(out.finish().map_err(|e| e.to_string())?.into_inner())
    }

    pub(crate) fn names(&self) -> Vec<String> {
        self.parts.iter().map(|(n, _)| n.clone()).collect()
    }

    pub(crate) fn text(&self, name: &str) -> Result<Option<String>, String> {
        match self.parts.iter().find(|(n, _)| n == name) {
            Some((_, data)) => String::from_utf8(data.clone())
                .map(Some)
                .map_err(|_| format!("{name} is not UTF-8")),
            None => Ok(None),
        }
    }

    /// Replaces part `name` (or adds it at the end).
    pub(crate) fn set(&mut self, name: &str, text: String) {
        match self.parts.iter_mut().find(|(n, _)| n == name) {
            Some((_, data)) => *data = text.into_bytes(),
            None => self.parts.push((name.to_string(), text.into_bytes())),
        }
    }

    /// Applies `f` to part `name` when the package has it.
    pub(crate) fn edit(
        &mut self,
        name: &str,
        f: impl FnOnce(&str) -> Result<String, String>,
    ) -> Result<(), String> {
        if let Some(text) = self.text(name)? {
            self.set(name, f(&text)?);
        }
        Ok(())
    }

    /// Applies `f` to the root of part `name` read as a tree.
    pub(crate) fn edit_tree(&mut self, name: &str, f: impl FnOnce(&mut Element)) -> Result<(), String> {
        self.edit(name, |xml| {
            let mut part = Part::parse(xml).map_err(|why| bad_xml(name, why))?;
            f(&mut part.root);
            Ok(part.write())
        })
    }

    /// [`Package::edit_tree`] with a pure `f`, remembered by the part's text for the rest
    /// of the run: the parts that are the same in every document duban writes (styles,
    /// settings, font table, footers) are parsed and rewritten once, not once in each of
    /// hundreds of 催报通知. The same text always gives the same result, so output bytes do
    /// not depend on what was remembered.
    /// `edit` names `f` in the memory (one name for each edit).
    pub(crate) fn edit_tree_shared(
        &mut self,
        name: &str,
        edit: &'static str,
        f: fn(&mut Element),
    ) -> Result<(), String> {
        let Some(text) = self.text(name)? else {
            return Ok(());
        };
        let key = (edit, text);
        let known = SHARED.lock().ok().and_then(|m| m.get(&key).cloned());
        let done = match known {
            Some(done) => done,
            None => {
                let mut part = Part::parse(&key.1).map_err(|why| bad_xml(name, why))?;
                f(&mut part.root);
                let done = part.write();
                if let Ok(mut memo) = SHARED.lock() {
                    if memo.len() < SHARED_MAX && key.1.len() <= SHARED_PART_MAX {
                        memo.insert(key, done.clone());
                    }
                }
                done
            }
        };
        self.set(name, done);
        Ok(())
    }

    fn remove(&mut self, name: &str) {
        self.parts.retain(|(n, _)| n != name);
    }

    fn rels_parts(&self) -> Vec<String> {
        self.names()
            .into_iter()
            .filter(|n| n.ends_with(".rels"))
            .collect()
    }
}

fn bad_xml(part: &str, why: String) -> String {
    let part = part.to_string();
    crate::msg::RenderMsg::PackageXml { part, why }.to_string()
}

/// The part a relationship in `rels` (a `.rels` part's name) points to.
fn target_of(rels: &str, target: &str) -> String {
    if let Some(abs) = target.strip_prefix('/') {
        return abs.to_string();
    }
    // word/_rels/document.xml.rels -> word/
    let dir = rels.rsplit_once("_rels/").map_or("", |(dir, _)| dir).to_string();
    let mut path: Vec<&str> = dir.split('/').filter(|s| !s.is_empty()).collect();
    for seg in target.split('/') {
        match seg {
            ".." => {
                path.pop();
            }
            "." | "" => {}
            s => path.push(s),
        }
    }
    path.join("/")
}

/// Every part some relationship points to.
fn linked(pkg: &Package) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for rels in pkg.rels_parts() {
        let Some(xml) = pkg.text(&rels)? else { continue };
        let part = Part::parse(&xml).map_err(|why| bad_xml(&rels, why))?;
        for r in part.root.elements() {
            if r.attr("TargetMode") != Some("External") {
                out.extend(r.attr("Target").map(|t| target_of(&rels, t)));
            }
        }
    }
    Ok(out)
}

/// Drops `name` with the relationships to it and its content type.
fn drop_part(pkg: &mut Package, name: &str) -> Result<(), String> {
    pkg.remove(name);
    for rels in pkg.rels_parts() {
        pkg.edit_tree(&rels, |root| {
            root.children.retain(|n| match n {
                Node::Element(r) => r.attr("Target").map(|t| target_of(&rels, t)).as_deref() != Some(name),
                Node::Raw(_) => true,
            })
        })?;
    }
    let part_name = format!("/{name}");
    pkg.edit_tree(CONTENT_TYPES, |root| {
        root.children.retain(|n| match n {
            Node::Element(o) => o.attr("PartName") != Some(part_name.as_str()),
            Node::Raw(_) => true,
        })
    })
}

/// Adds a relationship of `kind` from document.xml to `target` (a part name) unless one
/// points there already.
fn link(pkg: &mut Package, target: &str, kind: &str) -> Result<(), String> {
    let rels = "word/_rels/document.xml.rels";
    if linked(pkg)?.iter().any(|t| t == target) {
        return Ok(());
    }
    let kind = if kind.contains("://") {
        kind.to_string()
    } else {
        format!("{REL}{kind}")
    };
    let relative = target.strip_prefix("word/").unwrap_or(target).to_string();
    pkg.edit_tree(rels, |root| {
        let taken: Vec<String> = root
            .elements()
            .filter_map(|r| r.attr("Id"))
            .map(String::from)
            .collect();
        let id = (1..)
            .map(|i| format!("rId{i}"))
            .find(|id| !taken.contains(id))
            .unwrap_or_default();
        let attrs = format!(r#" Id="{id}" Type="{kind}" Target="{relative}""#);
        root.children
            .push(Node::Element(Element::new("Relationship", &attrs)));
    })
}

/// Optional parts linked when used and dropped when not; then every part no relationship
/// points to dropped; then the theme added.
pub(crate) fn prune(pkg: &mut Package) -> Result<(), String> {
    let main = pkg.text(MAIN)?.unwrap_or_default();
    for (part, kind, marker) in OPTIONAL {
        if pkg.text(part)?.is_none() {
            continue;
        }
        if main.contains(marker) {
            link(pkg, part, kind)?;
        } else {
            drop_part(pkg, part)?;
        }
    }
    let linked = linked(pkg)?;
    for name in pkg.names() {
        let package_part = name == CONTENT_TYPES || name.ends_with(".rels");
        if !package_part && !linked.contains(&name) {
            drop_part(pkg, &name)?;
        }
    }
    add_theme(pkg)
}

fn add_theme(pkg: &mut Package) -> Result<(), String> {
    if pkg.text(THEME)?.is_some() {
        return Ok(());
    }
    pkg.set(THEME, THEME_XML.trim_end().to_string());
    link(pkg, THEME, "theme")?;
    let override_attrs = format!(r#" PartName="/{THEME}" ContentType="{THEME_TYPE}""#);
    pkg.edit_tree(CONTENT_TYPES, |root| {
        root.children
            .push(Node::Element(Element::new("Override", &override_attrs)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_resolve_against_the_rels_folder() {
        assert_eq!(
            target_of("word/_rels/document.xml.rels", "styles.xml"),
            "word/styles.xml"
        );
        assert_eq!(target_of("_rels/.rels", "word/document.xml"), "word/document.xml");
        assert_eq!(
            target_of("word/_rels/document.xml.rels", "/docProps/x.xml"),
            "docProps/x.xml"
        );
        assert_eq!(
            target_of("word/_rels/footer1.xml.rels", "../media/a.png"),
            "media/a.png"
        );
    }

    /// The remembered edit gives each text its own result: a second package with the same
    /// part gets the first one's result, a package with another text is edited anew.
    #[test]
    fn shared_edits_are_remembered_by_the_part_text() {
        fn mark(root: &mut Element) {
            let n = root.elements().count().to_string();
            root.set_attr("n", &n);
        }
        let edited = |xml: &str, edit: &'static str| {
            let mut pkg = Package {
                parts: vec![("word/x.xml".into(), xml.as_bytes().to_vec())],
            };
            pkg.edit_tree_shared("word/x.xml", edit, mark).unwrap();
            pkg.text("word/x.xml").unwrap().unwrap()
        };
        let one = r#"<r xmlns:w="w"><a/></r>"#;
        let two = r#"<r xmlns:w="w"><a/><b/></r>"#;
        let first = edited(one, "test-mark");
        assert!(first.ends_with(r#"<r xmlns:w="w" n="1"><a/></r>"#), "{first}");
        assert!(edited(two, "test-mark").ends_with(r#"<r xmlns:w="w" n="2"><a/><b/></r>"#));
        assert_eq!(edited(one, "test-mark"), first);
        // A broken part is an error every time, never remembered.
        let mut pkg = Package {
            parts: vec![("word/x.xml".into(), b"<r><a></r>".to_vec())],
        };
        for _ in 0..2 {
            assert!(pkg.edit_tree_shared("word/x.xml", "test-mark", mark).is_err());
        }
    }
}
