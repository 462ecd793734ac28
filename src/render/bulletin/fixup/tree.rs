//! A small XML tree for the fixup: elements with their attributes kept as written, and every
//! other piece (text, entity references, comments, declarations) kept byte for byte, so a
//! part read and written back unchanged is the same string. Enough to reorder, drop and add
//! elements of WordprocessingML and package parts; not a general XML library.

use crate::msg::RenderMsg;
use quick_xml::events::Event;
use quick_xml::Reader;

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Node {
    Element(Element),
    /// Anything else, exactly as written (escaped text, `&amp;`, comments).
    Raw(String),
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Element {
    /// The qualified name (`w:rPr`).
    pub(crate) name: String,
    /// The attributes as written, with their leading white space (` w:val="1"`) and any
    /// white space before the tag's end (docx-rs writes `<w:rPr />`), kept so that a part
    /// read and written back unchanged is the same string.
    pub(crate) attrs: String,
    pub(crate) children: Vec<Node>,
}

/// A whole part: what comes before the root element (the XML declaration) and the root.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Part {
    pub(crate) prolog: String,
    pub(crate) root: Element,
}

impl Element {
    pub(crate) fn new(name: &str, attrs: &str) -> Element {
        Element {
            name: name.to_string(),
            attrs: attrs.to_string(),
            children: Vec::new(),
        }
    }

    /// The name without its namespace prefix.
    pub(crate) fn local(&self) -> &str {
        local(&self.name)
    }

    /// The value of attribute `name` (qualified, as written), unescaped only as far as the
    /// names and numbers the fixup reads need (none hold entities).
    pub(crate) fn attr(&self, name: &str) -> Option<&str> {
        let (start, end) = attr_span(&self.attrs, name)?;
        let value = &self.attrs[start..end];
        let quote = value.find(['"', '\''])?;
        let q = value[quote..].chars().next()?;
        let rest = &value[quote + 1..];
        rest.find(q).map(|e| &rest[..e])
    }

    /// Removes attribute `name`; true when it was there.
    pub(crate) fn remove_attr(&mut self, name: &str) -> bool {
        match attr_span(&self.attrs, name) {
            Some((start, end)) => {
                self.attrs.replace_range(start..end, "");
                true
            }
            None => false,
        }
    }

    /// Sets attribute `name` to `value` (which must need no escaping), replacing it if set.
    pub(crate) fn set_attr(&mut self, name: &str, value: &str) {
        self.remove_attr(name);
        let end = self.attrs.trim_end().len();
        self.attrs.insert_str(end, &format!(r#" {name}="{value}""#));
    }

    /// The child elements.
    pub(crate) fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Raw(_) => None,
        })
    }

    pub(crate) fn elements_mut(&mut self) -> impl Iterator<Item = &mut Element> {
        self.children.iter_mut().filter_map(|n| match n {
            Node::Element(e) => Some(e),
            Node::Raw(_) => None,
        })
    }

    /// Calls `f` on this element and every element below it, parents first.
    pub(crate) fn walk_mut(&mut self, f: &mut impl FnMut(&mut Element)) {
        f(self);
        for child in self.elements_mut() {
            child.walk_mut(f);
        }
    }

    fn write(&self, out: &mut String) {
        out.push('<');
        out.push_str(&self.name);
        out.push_str(&self.attrs);
        if self.children.is_empty() {
            out.push_str("/>");
            return;
        }
        out.push('>');
        for child in &self.children {
            match child {
                Node::Element(e) => e.write(out),
                Node::Raw(s) => out.push_str(s),
            }
        }
        out.push_str("</");
        out.push_str(&self.name);
        out.push('>');
    }
}

pub(crate) fn local(name: &str) -> &str {
    // A byte search: names are short and ASCII, and this runs for every element of a part.
    match name.bytes().rposition(|b| b == b':') {
        Some(colon) => &name[colon + 1..],
        None => name,
    }
}

/// Byte range of ` name="…"` in an attribute string, leading white space included.
fn attr_span(attrs: &str, name: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(i) = attrs[from..].find(name).map(|i| i + from) {
        let before = attrs[..i].chars().next_back();
        let after = attrs[i + name.len()..].trim_start();
        if before.is_some_and(char::is_whitespace) && after.starts_with('=') {
            let eq = attrs.len() - after.len();
            let value = attrs[eq + 1..].trim_start();
            let q = value.chars().next()?;
            let open = attrs.len() - value.len();
            let close = attrs[open + 1..].find(q)? + open + 2;
            let start = attrs[..i].trim_end().len();
            return Some((start, close));
        }
        from = i + name.len();
    }
    None
}

impl Part {
    pub(crate) fn parse(xml: &str) -> Result<Part, String> {
        let mut reader = Reader::from_str(xml);
        let mut stack: Vec<Element> = Vec::new();
        let mut prolog = String::new();
        let mut root = None;
        loop {
            let start = reader.buffer_position() as usize;
            let event = reader.read_event().map_err(|e| e.to_string())?;
            let raw = &xml[start..reader.buffer_position() as usize];
            let node = match event {
                Event::Eof => break,
                Event::Start(e) => {
                    stack.push(Element::new(e.name().as_ref(), e.attributes_raw()));
                    continue;
                }
                Event::Empty(e) => {
                    let attrs = e.attributes_raw().trim_end_matches('/');
                    Node::Element(Element::new(e.name().as_ref(), attrs))
                }
                Event::End(_) => match stack.pop() {
                    Some(done) => Node::Element(done),
                    None => return Err(RenderMsg::XmlUnbalanced.to_string()),
                },
                _ => Node::Raw(raw.to_string()),
            };
            match (stack.last_mut(), node) {
                (Some(parent), node) => parent.children.push(node),
                (None, Node::Element(e)) if root.is_none() => root = Some(e),
                (None, Node::Raw(s)) if root.is_none() => prolog.push_str(&s),
                // White space or a comment after the root: dropped.
                (None, _) => {}
            }
        }
        if !stack.is_empty() {
            return Err(RenderMsg::XmlUnclosed.to_string());
        }
        let root = root.ok_or_else(|| RenderMsg::XmlNoRoot.to_string())?;
        Ok(Part { prolog, root })
    }

    /// The part as text, with an XML declaration if it had none.
    pub(crate) fn write(&self) -> String {
        let mut out = String::new();
        if !self.prolog.trim_start().starts_with("<?xml") {
            out.push_str(DECLARATION);
        }
        out.push_str(&self.prolog);
        self.root.write(&mut out);
        out
    }
}

pub(crate) const DECLARATION: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_reads_back_as_written() {
        let xml = r#"<?xml version="1.0"?><w:p a="1"><w:r><w:t xml:space="preserve"> A &amp; B &lt;</w:t></w:r><w:tab/><!-- c --></w:p>"#;
        let part = Part::parse(xml).unwrap();
        assert_eq!(part.write(), xml);
        assert_eq!(part.root.local(), "p");
        assert_eq!(part.root.attr("a"), Some("1"));
    }

    #[test]
    fn attributes_are_read_set_and_removed() {
        let mut e = Element::new("w:gridCol", r#" w:w="1100" w:type="dxa""#);
        assert_eq!(e.attr("w:w"), Some("1100"));
        assert_eq!(e.attr("w:type"), Some("dxa"));
        assert!(e.remove_attr("w:type"));
        assert!(!e.remove_attr("w:type"));
        assert_eq!(e.attrs, r#" w:w="1100""#);
        e.set_attr("w:w", "5");
        assert_eq!(e.attrs, r#" w:w="5""#);
        let mut e = Element::new("w:style", r#" w:styleId="Normal" "#);
        e.set_attr("w:default", "1");
        assert_eq!(e.attrs, r#" w:styleId="Normal" w:default="1" "#);
        // a name that ends another is not it
        let e = Element::new("x", r#" w:fw="1" fw="2""#);
        assert_eq!(e.attr("fw"), Some("2"));
    }

    #[test]
    fn a_declaration_is_added_when_missing() {
        let part = Part::parse("<a><b /></a>").unwrap();
        assert_eq!(part.write(), format!("{DECLARATION}<a><b /></a>"));
        assert!(Part::parse("<a><b></a>").is_err());
    }
}
