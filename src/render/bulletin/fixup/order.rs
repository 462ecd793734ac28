//! Part of the one fixup step: makes every WordprocessingML part docx-rs 0.4.22 writes
//! schema-valid (ECMA-376 / ISO 29500 transitional, what Word checks before it offers a
//! repair). docx-rs writes children out of order (`w:rPr` first in `w:pPr`, `w:tblLayout`
//! after `w:tblCellMar`, `w:pPr` after `w:rPr` in a style, `w:zoom` after
//! `w:defaultTabStop`), puts a `w:rPr` in the `w:pPr` of styles and numbering levels (whose
//! type, CT_PPrGeneral, has none) and a `w:type` on `w:gridCol` (which has only `w:w`).
//! LibreOffice does not mind; Word and openxml-audit do. Delete a rule here when docx-rs
//! writes it right.

use super::tree::{Element, Node};
use std::collections::HashMap;
use std::sync::LazyLock;

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

/// CT_RPr (and CT_ParaRPr) children, in schema order.
const RPR: &[&str] = &[
    "ins",
    "del",
    "moveFrom",
    "moveTo",
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
    "rPrChange",
];

/// CT_TblPr children.
const TBLPR: &[&str] = &[
    "tblStyle",
    "tblpPr",
    "tblOverlap",
    "bidiVisual",
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
    "tblCaption",
    "tblDescription",
    "tblPrChange",
];

/// CT_TcPr children.
const TCPR: &[&str] = &[
    "cnfStyle",
    "tcW",
    "gridSpan",
    "hMerge",
    "vMerge",
    "tcBorders",
    "shd",
    "noWrap",
    "tcMar",
    "textDirection",
    "tcFitText",
    "vAlign",
    "hideMark",
    "headers",
    "cellIns",
    "cellDel",
    "cellMerge",
    "tcPrChange",
];

/// CT_SectPr children (header and footer references share the first place).
const SECTPR: &[&str] = &[
    "headerReference|footerReference",
    "footnotePr",
    "endnotePr",
    "type",
    "pgSz",
    "pgMar",
    "paperSrc",
    "pgBorders",
    "lnNumType",
    "pgNumType",
    "cols",
    "formProt",
    "vAlign",
    "noEndnote",
    "titlePg",
    "textDirection",
    "bidi",
    "rtlGutter",
    "docGrid",
    "printerSettings",
    "sectPrChange",
];

/// CT_Style children.
const STYLE: &[&str] = &[
    "name",
    "aliases",
    "basedOn",
    "next",
    "link",
    "autoRedefine",
    "hidden",
    "uiPriority",
    "semiHidden",
    "unhideWhenUsed",
    "qFormat",
    "locked",
    "personal",
    "personalCompose",
    "personalReply",
    "rsid",
    "pPr",
    "rPr",
    "tblPr",
    "trPr",
    "tcPr",
    "tblStylePr",
];

/// CT_Styles and CT_DocDefaults children.
const STYLES: &[&str] = &["docDefaults", "latentStyles", "style"];
const DOC_DEFAULTS: &[&str] = &["rPrDefault", "pPrDefault"];

/// CT_Lvl children (numbering levels).
const LVL: &[&str] = &[
    "start",
    "numFmt",
    "lvlRestart",
    "pStyle",
    "isLgl",
    "suff",
    "lvlText",
    "lvlPicBulletId",
    "legacy",
    "lvlJc",
    "pPr",
    "rPr",
];

/// Borders and margins.
const PBDR: &[&str] = &["top", "left", "bottom", "right", "between", "bar"];
const TBL_BORDERS: &[&str] = &["top", "left|start", "bottom", "right|end", "insideH", "insideV"];
const TC_BORDERS: &[&str] = &[
    "top",
    "left|start",
    "bottom",
    "right|end",
    "insideH",
    "insideV",
    "tl2br",
    "tr2bl",
];
const CELL_MAR: &[&str] = &["top", "left|start", "bottom", "right|end"];

/// CT_Settings children.
const SETTINGS: &[&str] = &[
    "writeProtection",
    "view",
    "zoom",
    "removePersonalInformation",
    "removeDateAndTime",
    "doNotDisplayPageBoundaries",
    "displayBackgroundShape",
    "printPostScriptOverText",
    "printFractionalCharacterWidth",
    "printFormsData",
    "embedTrueTypeFonts",
    "embedSystemFonts",
    "saveSubsetFonts",
    "saveFormsData",
    "mirrorMargins",
    "alignBordersAndEdges",
    "bordersDoNotSurroundHeader",
    "bordersDoNotSurroundFooter",
    "gutterAtTop",
    "hideSpellingErrors",
    "hideGrammaticalErrors",
    "activeWritingStyle",
    "proofState",
    "formsDesign",
    "attachedTemplate",
    "linkStyles",
    "stylePaneFormatFilter",
    "stylePaneSortMethod",
    "documentType",
    "mailMerge",
    "revisionView",
    "trackRevisions",
    "doNotTrackMoves",
    "doNotTrackFormatting",
    "documentProtection",
    "autoFormatOverride",
    "styleLockTheme",
    "styleLockQFSet",
    "defaultTabStop",
    "autoHyphenation",
    "consecutiveHyphenLimit",
    "hyphenationZone",
    "doNotHyphenateCaps",
    "showEnvelope",
    "summaryLength",
    "clickAndTypeStyle",
    "defaultTableStyle",
    "evenAndOddHeaders",
    "bookFoldRevPrinting",
    "bookFoldPrinting",
    "bookFoldPrintingSheets",
    "drawingGridHorizontalSpacing",
    "drawingGridVerticalSpacing",
    "displayHorizontalDrawingGridEvery",
    "displayVerticalDrawingGridEvery",
    "doNotUseMarginsForDrawingGridOrigin",
    "drawingGridHorizontalOrigin",
    "drawingGridVerticalOrigin",
    "doNotShadeFormData",
    "noPunctuationKerning",
    "characterSpacingControl",
    "printTwoOnOne",
    "strictFirstAndLastChars",
    "noLineBreaksAfter",
    "noLineBreaksBefore",
    "savePreviewPicture",
    "doNotValidateAgainstSchema",
    "saveInvalidXml",
    "ignoreMixedContent",
    "alwaysShowPlaceholderText",
    "doNotDemarcateInvalidXml",
    "saveXmlDataOnly",
    "useXSLTWhenSaving",
    "saveThroughXslt",
    "showXMLTags",
    "alwaysMergeEmptyNamespace",
    "updateFields",
    "hdrShapeDefaults",
    "footnotePr",
    "endnotePr",
    "compat",
    "docVars",
    "rsids",
    "mathPr",
    "attachedSchema",
    "themeFontLang",
    "clrSchemeMapping",
    "doNotIncludeSubdocsInStats",
    "doNotAutoCompressPictures",
    "forceUpgrade",
    "captions",
    "readModeInkLockDown",
    "smartTagType",
    "schemaLibrary",
    "shapeDefaults",
    "doNotEmbedSmartTags",
    "decimalSymbol",
    "listSeparator",
];

/// The order of each element's children, by the element's local name. Parents whose
/// children share a name with another type's (`top` in borders) are told apart by the
/// parent's name, which is all CT_* types need here.
const ORDERS: &[(&str, &[&str])] = &[
    ("pPr", PPR),
    ("rPr", RPR),
    ("tblPr", TBLPR),
    ("tcPr", TCPR),
    ("sectPr", SECTPR),
    ("style", STYLE),
    ("styles", STYLES),
    ("docDefaults", DOC_DEFAULTS),
    ("lvl", LVL),
    ("pBdr", PBDR),
    ("tblBorders", TBL_BORDERS),
    ("tcBorders", TC_BORDERS),
    ("tblCellMar", CELL_MAR),
    ("tcMar", CELL_MAR),
    ("settings", SETTINGS),
];

/// Elements whose `w:pPr` is a CT_PPrGeneral: no run properties, section or change.
const GENERAL_PPR_HOLDERS: &[&str] = &["style", "pPrDefault", "lvl"];
const NOT_IN_GENERAL_PPR: &[&str] = &["rPr", "sectPr", "pPrChange"];

/// Puts a WordprocessingML part's elements in schema order and removes what its schema
/// does not allow there.
pub(crate) fn conform(root: &mut Element) {
    let ranks = &*RANKS;
    root.walk_mut(&mut |e| {
        if GENERAL_PPR_HOLDERS.contains(&e.local()) {
            for p in e.elements_mut().filter(|c| c.local() == "pPr") {
                p.children.retain(|n| match n {
                    Node::Element(c) => !NOT_IN_GENERAL_PPR.contains(&c.local()),
                    Node::Raw(_) => true,
                });
            }
        }
        if e.local() == "gridCol" {
            e.remove_attr("w:type");
        }
        if let Some(order) = ranks.get(e.local()) {
            sort_children(e, order);
        }
    });
}

/// Each parent of [`ORDERS`] with its children's positions (a name of an `a|b` group takes
/// the group's position), built once: conform looks up every element of every part.
static RANKS: LazyLock<HashMap<&str, HashMap<&str, usize>>> = LazyLock::new(|| {
    ORDERS
        .iter()
        .map(|(parent, order)| {
            let mut ranks = HashMap::new();
            for (i, names) in order.iter().enumerate() {
                for name in names.split('|') {
                    // The first position wins, as a scan of the list would find it.
                    ranks.entry(name).or_insert(i);
                }
            }
            (*parent, ranks)
        })
        .collect()
});

/// Stable sort of an element's children by schema position, unknown ones last; left alone
/// when the element holds text (mixed content is not reordered).
fn sort_children(e: &mut Element, order: &HashMap<&str, usize>) {
    let text = e
        .children
        .iter()
        .any(|n| matches!(n, Node::Raw(s) if !s.trim().is_empty()));
    if text {
        return;
    }
    let unknown = order.len();
    let rank = |n: &Node| match n {
        Node::Element(c) => order.get(c.local()).copied().unwrap_or(unknown),
        Node::Raw(_) => unknown + 1,
    };
    e.children.retain(|n| matches!(n, Node::Element(_)));
    // Each child's rank once (it scans the order list): most elements are already in order,
    // and a sort that ranks on every comparison made the fixup a third of the run's docx time.
    if e.children.iter().map(rank).is_sorted() {
        return;
    }
    e.children.sort_by_cached_key(rank);
}

#[cfg(test)]
mod tests {
    use super::super::tree::Part;
    use super::*;

    fn conformed(xml: &str) -> String {
        let mut part = Part::parse(xml).unwrap();
        conform(&mut part.root);
        part.write()
            .trim_start_matches(super::super::tree::DECLARATION)
            .to_string()
    }

    #[test]
    fn paragraph_and_run_properties_take_schema_order() {
        let xml = r#"<w:p><w:pPr><w:rPr><w:szCs w:val="32"/><w:rFonts w:eastAsia="仿宋_GB2312"/></w:rPr><w:jc w:val="both"/><w:ind w:firstLine="640"/><w:spacing w:line="579"/><w:pBdr><w:top w:val="single"/></w:pBdr><w:framePr w:w="8845"/></w:pPr><w:r><w:rPr><w:sz w:val="32"/><w:color w:val="FF0000"/><w:rFonts w:ascii="Times New Roman"/></w:rPr><w:t>正文</w:t></w:r></w:p>"#;
        assert_eq!(
            conformed(xml),
            r#"<w:p><w:pPr><w:framePr w:w="8845"/><w:pBdr><w:top w:val="single"/></w:pBdr><w:spacing w:line="579"/><w:ind w:firstLine="640"/><w:jc w:val="both"/><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:szCs w:val="32"/></w:rPr></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman"/><w:color w:val="FF0000"/><w:sz w:val="32"/></w:rPr><w:t>正文</w:t></w:r></w:p>"#
        );
    }

    #[test]
    fn tables_styles_and_settings_take_schema_order() {
        let tbl = r#"<w:tbl><w:tblPr><w:tblW w:w="1"/><w:tblCellMar><w:top w:w="40"/></w:tblCellMar><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="1100" w:type="dxa"/></w:tblGrid></w:tbl>"#;
        assert_eq!(
            conformed(tbl),
            r#"<w:tbl><w:tblPr><w:tblW w:w="1"/><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="40"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="1100"/></w:tblGrid></w:tbl>"#
        );
        let style = r#"<w:styles><w:style w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="32"/></w:rPr><w:pPr><w:rPr/><w:jc w:val="both"/></w:pPr><w:qFormat/></w:style><w:docDefaults><w:pPrDefault><w:pPr><w:rPr/></w:pPr></w:pPrDefault><w:rPrDefault/></w:docDefaults></w:styles>"#;
        assert_eq!(
            conformed(style),
            r#"<w:styles><w:docDefaults><w:rPrDefault/><w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults><w:style w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="both"/></w:pPr><w:rPr><w:sz w:val="32"/></w:rPr></w:style></w:styles>"#
        );
        let settings = r#"<w:settings><w:evenAndOddHeaders/><w:compat/><w:defaultTabStop w:val="840"/><w:zoom w:percent="100"/></w:settings>"#;
        assert_eq!(
            conformed(settings),
            r#"<w:settings><w:zoom w:percent="100"/><w:defaultTabStop w:val="840"/><w:evenAndOddHeaders/><w:compat/></w:settings>"#
        );
    }

    #[test]
    fn a_paragraph_keeps_its_mark_properties_and_text_is_not_reordered() {
        let xml = r#"<w:p><w:pPr><w:rPr><w:b/></w:rPr><w:jc w:val="left"/></w:pPr><w:r><w:t>b<w:x/>a</w:t></w:r></w:p>"#;
        assert_eq!(
            conformed(xml),
            r#"<w:p><w:pPr><w:jc w:val="left"/><w:rPr><w:b/></w:rPr></w:pPr><w:r><w:t>b<w:x/>a</w:t></w:r></w:p>"#
        );
    }
}
