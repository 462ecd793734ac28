//! Part of the one fixup step: puts the children of every `w:pPr` and `w:rPr` in the order
//! the OOXML schema prescribes. docx-rs 0.4.22 writes some of them out of order (`w:rPr`
//! first in `w:pPr`, `w:szCs` before `w:rFonts`); LibreOffice does not mind, Word validates
//! element order. Delete this with the rest of `fixup` when docx-rs writes schema order.

/// CT_PPr children, in schema order.
const PPR: &[&str] = &[
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
];

/// CT_RPr children, in schema order.
const RPR: &[&str] = &[
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
];

/// Reorders the children of every `<w:rPr>` and `<w:pPr>` in a WordprocessingML part.
pub fn schema_order(xml: &str) -> String {
    let xml = reorder(xml, "w:rPr", RPR);
    reorder(&xml, "w:pPr", PPR)
}

fn reorder(xml: &str, tag: &str, order: &[&str]) -> String {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    let mut out = String::with_capacity(xml.len());
    let mut rest = xml;
    while let Some(start) = rest.find(&open) {
        let body_start = start + open.len();
        let Some(len) = rest[body_start..].find(&close) else {
            break;
        };
        out.push_str(&rest[..body_start]);
        out.push_str(&sorted(&rest[body_start..body_start + len], order));
        out.push_str(&close);
        rest = &rest[body_start + len + close.len()..];
    }
    out.push_str(rest);
    out
}

/// The body's top-level elements, stably sorted by schema position (unknown ones last); the
/// body unchanged when it is not a plain sequence of elements.
fn sorted(body: &str, order: &[&str]) -> String {
    let Some(mut kids) = children(body) else {
        return body.to_string();
    };
    let rank = |el: &str| {
        let name = el[1..].split([' ', '/', '>']).next().unwrap_or("");
        let local = name.strip_prefix("w:").unwrap_or(name);
        order.iter().position(|n| *n == local).unwrap_or(order.len())
    };
    kids.sort_by_key(|el| rank(el));
    kids.concat()
}

fn children(body: &str) -> Option<Vec<&str>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < body.len() {
        let rest = &body[i..];
        if rest.starts_with(char::is_whitespace) {
            i += rest.chars().next()?.len_utf8();
            continue;
        }
        if !rest.starts_with('<') {
            return None;
        }
        let tag_end = rest.find('>')?;
        let len = if rest[..tag_end].ends_with('/') {
            tag_end + 1
        } else {
            let name = rest[1..].split([' ', '>']).next()?;
            let close = format!("</{name}>");
            rest.find(&close)? + close.len()
        };
        out.push(&rest[..len]);
        i += len;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraph_and_run_properties_take_schema_order() {
        let xml = r#"<w:p><w:pPr><w:rPr><w:szCs w:val="32" /><w:rFonts w:eastAsia="仿宋_GB2312" /></w:rPr><w:jc w:val="both" /><w:ind w:firstLine="640" /><w:spacing w:line="579" /><w:pBdr><w:top w:val="single" /></w:pBdr><w:framePr w:w="8845" /></w:pPr><w:r><w:rPr><w:sz w:val="32" /><w:color w:val="FF0000" /><w:rFonts w:ascii="Times New Roman" /></w:rPr><w:t>正文</w:t></w:r></w:p>"#;
        let out = schema_order(xml);
        assert_eq!(
            out,
            r#"<w:p><w:pPr><w:framePr w:w="8845" /><w:pBdr><w:top w:val="single" /></w:pBdr><w:spacing w:line="579" /><w:ind w:firstLine="640" /><w:jc w:val="both" /><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312" /><w:szCs w:val="32" /></w:rPr></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" /><w:color w:val="FF0000" /><w:sz w:val="32" /></w:rPr><w:t>正文</w:t></w:r></w:p>"#
        );
    }

    #[test]
    fn ordered_and_odd_content_is_left_alone() {
        let ordered = r#"<w:pPr><w:spacing w:line="579" /><w:jc w:val="center" /></w:pPr><w:rPr />"#;
        assert_eq!(schema_order(ordered), ordered);
        let odd = "<w:rPr>text<w:b /></w:rPr>";
        assert_eq!(schema_order(odd), odd);
    }
}
