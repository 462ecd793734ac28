//! word/fontTable.xml: every font the documents name, with the alternate Word and WPS use
//! when it is missing and the PANOSE class, character set and Unicode ranges Word writes for
//! it (read from the fonts' OS/2 tables, as Word 2016 writes them on a Chinese Windows).
//! docx-rs declares only Times New Roman, Symbol and Arial, so on a PC without 仿宋_GB2312 or
//! 方正小标宋简体 Word fell back to its own guess; with these entries it takes the alternate
//! (仿宋_GB2312 -> 仿宋, 方正小标宋简体 -> 华文中宋, 楷体_GB2312 -> 楷体), and failing that a
//! Chinese (GB2312, charset 86) font of the same PANOSE class (宋体 for the Song faces).

use super::super::layout::{FANGSONG, HEITI, KAITI, LATIN, SONGTI, XIAOBIAOSONG};

/// One `w:font` entry.
pub(crate) struct Font {
    pub(crate) name: &'static str,
    pub(crate) alt: &'static str,
    pub(crate) panose: &'static str,
    /// Character set: 00 ANSI, 86 GB2312.
    pub(crate) charset: &'static str,
    pub(crate) family: &'static str,
    pub(crate) pitch: &'static str,
    /// usb0..usb3, csb0, csb1.
    pub(crate) sig: [&'static str; 6],
}

const CJK_GB2312: [&str; 6] = [
    "00000001", "080E0000", "00000010", "00000000", "00040000", "00000000",
];
const CJK_WIN: [&str; 6] = [
    "800002BF", "38CF7CFA", "00000016", "00000000", "00040001", "00000000",
];

/// The fonts of the bulletin and reminders, then the alternates named.
pub(crate) const FONTS: &[Font] = &[
    Font {
        name: LATIN,
        alt: "",
        panose: "02020603050405020304",
        charset: "00",
        family: "roman",
        pitch: "variable",
        sig: [
            "E0002EFF", "C000785B", "00000009", "00000000", "000001FF", "00000000",
        ],
    },
    Font {
        name: SONGTI,
        alt: "SimSun",
        panose: "02010600030101010101",
        charset: "86",
        family: "auto",
        pitch: "variable",
        sig: [
            "00000003", "288F0000", "00000016", "00000000", "00040001", "00000000",
        ],
    },
    Font {
        name: FANGSONG,
        alt: "仿宋",
        panose: "02010609030101010101",
        charset: "86",
        family: "modern",
        pitch: "fixed",
        sig: CJK_GB2312,
    },
    Font {
        name: XIAOBIAOSONG,
        alt: "华文中宋",
        panose: "02000000000000000000",
        charset: "86",
        family: "auto",
        pitch: "variable",
        sig: [
            "00000001", "080E0000", "00000000", "00000000", "00040000", "00000000",
        ],
    },
    Font {
        name: HEITI,
        alt: "SimHei",
        panose: "02010609060101010101",
        charset: "86",
        family: "modern",
        pitch: "fixed",
        sig: CJK_WIN,
    },
    Font {
        name: KAITI,
        alt: "楷体",
        panose: "02010609030101010101",
        charset: "86",
        family: "modern",
        pitch: "fixed",
        sig: CJK_GB2312,
    },
    Font {
        name: "仿宋",
        alt: "FangSong",
        panose: "02010609060101010101",
        charset: "86",
        family: "modern",
        pitch: "fixed",
        sig: CJK_WIN,
    },
    Font {
        name: "华文中宋",
        alt: "STZhongsong",
        panose: "02010600040101010101",
        charset: "86",
        family: "auto",
        pitch: "variable",
        sig: [
            "00000287", "080F0000", "00000000", "00000000", "0004009F", "00000000",
        ],
    },
    Font {
        name: "楷体",
        alt: "KaiTi",
        panose: "02010609060101010101",
        charset: "86",
        family: "modern",
        pitch: "fixed",
        sig: CJK_WIN,
    },
];

/// The whole fontTable.xml.
pub(crate) fn font_table() -> String {
    let mut xml = format!(
        r#"{}<w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#,
        super::tree::DECLARATION
    );
    for f in FONTS {
        xml.push_str(&format!(r#"<w:font w:name="{}">"#, f.name));
        if !f.alt.is_empty() {
            xml.push_str(&format!(r#"<w:altName w:val="{}"/>"#, f.alt));
        }
        let [u0, u1, u2, u3, c0, c1] = f.sig;
        xml.push_str(&format!(
            r#"<w:panose1 w:val="{}"/><w:charset w:val="{}"/><w:family w:val="{}"/><w:pitch w:val="{}"/><w:sig w:usb0="{u0}" w:usb1="{u1}" w:usb2="{u2}" w:usb3="{u3}" w:csb0="{c0}" w:csb1="{c1}"/></w:font>"#,
            f.panose, f.charset, f.family, f.pitch
        ));
    }
    xml.push_str("</w:fonts>");
    xml
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_font_of_the_layout_is_declared_with_its_alternate() {
        let xml = font_table();
        for (font, alt) in [
            (FANGSONG, "仿宋"),
            (XIAOBIAOSONG, "华文中宋"),
            (KAITI, "楷体"),
            (HEITI, "SimHei"),
            (SONGTI, "SimSun"),
            ("仿宋", "FangSong"),
        ] {
            let entry = format!(r#"<w:font w:name="{font}"><w:altName w:val="{alt}"/>"#);
            assert!(xml.contains(&entry), "{font}: {xml}");
        }
        // Chinese faces are GB2312 (charset 86), Times New Roman ANSI.
        assert_eq!(xml.matches(r#"<w:charset w:val="86"/>"#).count(), FONTS.len() - 1);
        assert!(super::super::tree::Part::parse(&xml).is_ok());
    }
}
