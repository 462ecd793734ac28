//! GB/T 9704-2012 layout with docx-rs: page setup, fonts, masthead, title, body lines
//! styled by their numbering, signature, footers with "— N —" page numbers, and the
//! pieces the attachments and the 版记 are made of.
//!
//! What docx-rs 0.4.22 cannot write (w:firstLineChars, w:tblHeader, per-section page setup
//! with shared odd/even footers) is left to [`super::fixup`]: every section ends here with a
//! placeholder `w:sectPr` that the fixup replaces with the [`SectionSpec`] given.

use super::fixup::SectionSpec;
use super::lines::{self, Level, Parts};
use docx_rs::{
    AlignmentType, BorderType, Docx, FieldCharType, Footer, InstrPAGE, InstrText, LineSpacing,
    LineSpacingType, PageMargin, Paragraph, ParagraphBorder, ParagraphBorderPosition, ParagraphBorders, Run,
    RunFonts, SectionProperty, SpecialIndentType, Style, StyleType, Styles, Tab, TabValueType,
};

pub const FANGSONG: &str = "仿宋_GB2312";
pub const HEITI: &str = "黑体";
pub const KAITI: &str = "楷体_GB2312";
pub const XIAOBIAOSONG: &str = "方正小标宋简体";
pub const SONGTI: &str = "宋体";
pub const LATIN: &str = "Times New Roman";

/// Sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 小四 12 pt.
pub const SIZE_TITLE: usize = 44;
pub const SIZE_BODY: usize = 32;
pub const SIZE_4: usize = 28;
pub const SIZE_TABLE: usize = 24;
pub const SIZE_MASTHEAD: usize = 84;

/// A4 in twips and the GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.
pub const PAGE_W: u32 = 11906;
pub const PAGE_H: u32 = 16838;
pub const MARGIN_TOP: i32 = 2098;
pub const MARGIN_BOTTOM: i32 = 1984;
pub const MARGIN_LEFT: i32 = 1587;
pub const MARGIN_RIGHT: i32 = 1474;
/// Text width of a portrait page (156 mm) and of a landscape one.
pub const TEXT_W: i32 = PAGE_W as i32 - MARGIN_LEFT - MARGIN_RIGHT;
pub const TEXT_H: i32 = PAGE_H as i32 - MARGIN_TOP - MARGIN_BOTTOM;
/// Landscape pages turn the portrait margins with the page (top 28, right 37, bottom 26,
/// left 35 mm), as Word does when the orientation changes.
pub const TEXT_W_LANDSCAPE: i32 = PAGE_H as i32 - MARGIN_TOP - MARGIN_BOTTOM;
/// 22 lines in the text height: 12756 / 22 = 579.8 twips (28.95 pt).
pub const LINE_PITCH: i32 = 579;
/// One character of 3号 (16 pt) in twips; two of them indent a first line.
pub const CHAR: i32 = 320;
pub const RED: &str = "FF0000";

/// Fonts for a run: Latin letters and digits in Times New Roman, Chinese in `east_asia`.
pub fn fonts(east_asia: &str) -> RunFonts {
    RunFonts::new()
        .ascii(LATIN)
        .hi_ansi(LATIN)
        .cs(LATIN)
        .east_asia(east_asia)
}

/// A run of text. 3号 runs are condensed by 1/4 pt (`w:spacing -5`): 28 characters of
/// 15.75 pt fit the 156 mm line and each fits one cell of the 28-per-line character grid,
/// in Word (which would squeeze them anyway) and in LibreOffice (which otherwise gives a
/// 16 pt character two cells, halving the characters per line).
pub fn run(text: &str, east_asia: &str, size: usize) -> Run {
    let r = Run::new().add_text(text).fonts(fonts(east_asia)).size(size);
    if size == SIZE_BODY {
        r.character_spacing(CONDENSE)
    } else {
        r
    }
}

/// Condensing of 3号 runs, in twentieths of a point.
pub const CONDENSE: i32 = -5;

/// The font size (half-points) at which `chars` characters, condensed by 1 pt each, fill
/// at most the text width; never above `max`.
pub fn fit_size(chars: usize, max: usize) -> usize {
    let per_char_pt = TEXT_W as f64 / 20.0 / chars.max(1) as f64 + 1.0;
    max.min((per_char_pt * 2.0).floor() as usize - 1)
}

fn exact(line: i32) -> LineSpacing {
    LineSpacing::new().line_rule(LineSpacingType::Exact).line(line)
}

/// A paragraph on the 28.95 pt line grid.
pub fn para() -> Paragraph {
    Paragraph::new().line_spacing(exact(LINE_PITCH))
}

pub fn blank() -> Paragraph {
    para().add_run(run("", FANGSONG, SIZE_BODY))
}

/// A blank line kept with the next paragraph.
pub fn blank_kept() -> Paragraph {
    blank().keep_next(true)
}

/// Body text with the two-character first-line indent (the fixup adds firstLineChars).
pub fn indented() -> Paragraph {
    para()
        .align(AlignmentType::Both)
        .indent(None, Some(SpecialIndentType::FirstLine(2 * CHAR)), None, None)
}

/// One body line styled by its numbering. Headings with text after their first sentence
/// keep that text in the body font.
pub fn body_line(line: &str) -> Paragraph {
    let (head_font, split) = match lines::level(line) {
        Level::One => (HEITI, true),
        Level::Two => (KAITI, true),
        Level::Three | Level::Body => (FANGSONG, false),
    };
    let p = indented();
    if !split {
        return p.add_run(run(line, head_font, SIZE_BODY));
    }
    let (head, rest) = lines::split_heading(line);
    let p = p.add_run(run(head, head_font, SIZE_BODY));
    if rest.is_empty() {
        p
    } else {
        p.add_run(run(rest, FANGSONG, SIZE_BODY))
    }
}

/// Title lines: 2号 方正小标宋简体, centred.
pub fn title(doc: Docx, parts: &Parts) -> Docx {
    parts.title.iter().fold(doc, |d, l| {
        d.add_paragraph(
            free(700)
                .align(AlignmentType::Center)
                .add_run(run(l, XIAOBIAOSONG, SIZE_TITLE)),
        )
    })
}

/// Red rule under the masthead: the bottom border of `p`, 4 mm below its text.
fn red_rule(p: Paragraph) -> Paragraph {
    with_borders(
        p,
        &[ParagraphBorder::new(ParagraphBorderPosition::Bottom)
            .val(BorderType::Single)
            .size(12)
            .space(11)
            .color(RED)],
    )
}

/// Sets exactly these borders (docx-rs's `set_border` starts from all four sides).
fn with_borders(mut p: Paragraph, borders: &[ParagraphBorder]) -> Paragraph {
    let set = borders
        .iter()
        .fold(ParagraphBorders::with_empty(), |b, x| b.set(x.clone()));
    p.property = p.property.set_borders(set);
    p
}

/// A paragraph off the character grid: large or small type keeps its natural width.
fn free(line: i32) -> Paragraph {
    Paragraph::new().snap_to_grid(false).line_spacing(exact(line))
}

/// A line with `left` at the left margin and `right` flush right (a right tab stop).
fn left_right(left: &str, right: &str, width: i32, font: &str, size: usize) -> Paragraph {
    para()
        .add_tab(Tab::new().val(TabValueType::Right).pos(width as usize))
        .add_run(run(left, font, size))
        .add_run(Run::new().add_tab().fonts(fonts(font)).size(size))
        .add_run(run(right, font, size))
}

/// The masthead: "督查通报" / "第N期" / office|date with a red rule, or the 文件 header
/// (office name in red, 发文字号, red rule).
pub fn masthead(doc: Docx, lines: &[String], document: bool) -> Docx {
    let mut doc = doc;
    let mut rest = lines.iter();
    if let Some(first) = rest.next() {
        // The 文件 header's office name is long: as large as fits one line, condensed 1 pt.
        let (size, condense) = if document {
            (fit_size(first.chars().count(), 72), -20)
        } else {
            (SIZE_MASTHEAD, 0)
        };
        let p = free(1300).align(AlignmentType::Center).add_run(
            run(first, XIAOBIAOSONG, size)
                .color(RED)
                .character_spacing(condense),
        );
        doc = doc.add_paragraph(p).add_paragraph(blank());
    }
    let remaining: Vec<&String> = rest.collect();
    for (i, l) in remaining.iter().enumerate() {
        let last = i + 1 == remaining.len();
        let p = match l.split_once('|') {
            Some((left, right)) => left_right(left, right, TEXT_W, FANGSONG, SIZE_BODY),
            None => free(LINE_PITCH)
                .align(AlignmentType::Center)
                .add_run(run(l, FANGSONG, SIZE_BODY)),
        };
        doc = doc.add_paragraph(if last { red_rule(p) } else { p });
    }
    doc.add_paragraph(blank()).add_paragraph(blank())
}

/// 附件说明: "附件：1.title", following titles aligned under the first.
pub fn attachment_list(doc: Docx, titles: &[String]) -> Docx {
    let hang = 3 * CHAR;
    titles.iter().enumerate().fold(doc, |d, (i, t)| {
        let (text, special) = if i == 0 {
            (format!("附件：1.{t}"), Some(SpecialIndentType::Hanging(hang)))
        } else {
            (format!("{}.{t}", i + 1), None)
        };
        // Kept with the signature so that it never stands alone on a page.
        d.add_paragraph(
            para()
                .keep_next(true)
                .indent(Some(2 * CHAR + hang), special, None, None)
                .add_run(run(&text, FANGSONG, SIZE_BODY)),
        )
    })
}

/// 落款: the office right-aligned two characters in, the date below it starting two
/// characters further right (GB/T 9704 7.3.5.2, no seal).
pub fn signature(doc: Docx, lines: &[String]) -> Docx {
    let office = lines.first().map(|s| lines::width(s)).unwrap_or(0.0);
    lines.iter().enumerate().fold(doc, |d, (i, l)| {
        let right = if i == 0 {
            2.0
        } else {
            (office - lines::width(l)).max(0.0)
        };
        d.add_paragraph(
            para()
                .keep_next(i == 0)
                .align(AlignmentType::Right)
                .indent(None, None, Some((right * CHAR as f64) as i32), None)
                .add_run(run(l, FANGSONG, SIZE_BODY)),
        )
    })
}

/// "附件1" in 3号黑体 at the top left, a blank line, the centred title, a blank line.
pub fn attachment_head(doc: Docx, n: usize, title_text: &str) -> Docx {
    doc.add_paragraph(para().add_run(run(&format!("附件{n}"), HEITI, SIZE_BODY)))
        .add_paragraph(blank())
        .add_paragraph(free(700).align(AlignmentType::Center).add_run(run(
            title_text,
            XIAOBIAOSONG,
            SIZE_TITLE,
        )))
        .add_paragraph(blank())
}

/// Ends a section: a paragraph carrying a placeholder sectPr the fixup replaces.
pub fn section_break(doc: Docx) -> Docx {
    doc.add_paragraph(Paragraph::new().section_property(SectionProperty::new()))
}

/// Page number footer: "— N —" in 4号宋体, one character in from the right (odd pages)
/// or the left (even pages).
pub fn footer(odd: bool) -> Footer {
    let songti = || {
        RunFonts::new()
            .ascii(SONGTI)
            .hi_ansi(SONGTI)
            .cs(SONGTI)
            .east_asia(SONGTI)
    };
    let dash = |t: &str| Run::new().add_text(t).fonts(songti()).size(SIZE_4);
    let (align, left, right) = if odd {
        (AlignmentType::Right, None, Some(280))
    } else {
        (AlignmentType::Left, Some(280), None)
    };
    let mut p = Paragraph::new()
        .snap_to_grid(false)
        .align(align)
        .indent(left, None, right, None)
        .add_run(dash("— "))
        .add_run(
            Run::new()
                .fonts(songti())
                .size(SIZE_4)
                .add_field_char(FieldCharType::Begin, false)
                .add_instr_text(InstrText::PAGE(InstrPAGE::new()))
                .add_field_char(FieldCharType::Separate, false)
                .add_text("1")
                .add_field_char(FieldCharType::End, false),
        )
        .add_run(dash(" —"));
    p = p.fonts(songti()).size(SIZE_4);
    Footer::new().add_paragraph(p)
}

/// Defaults and the Normal style at 3号 仿宋: Word and LibreOffice size the character
/// grid (28 per line) from the Normal style's font size.
fn styles() -> Styles {
    let mut styles = Styles::new()
        .default_fonts(fonts(FANGSONG))
        .default_size(SIZE_BODY);
    // Replace docx-rs's own empty Normal style: a second "Normal" would be ignored.
    styles.styles = vec![Style::new("Normal", StyleType::Paragraph)
        .name("Normal")
        .fonts(fonts(FANGSONG))
        .size(SIZE_BODY)];
    styles
}

/// A document with the page setup, default fonts and the two footers.
pub fn new_document() -> Docx {
    Docx::new()
        .page_size(PAGE_W, PAGE_H)
        .page_margin(
            PageMargin::new()
                .top(MARGIN_TOP)
                .bottom(MARGIN_BOTTOM)
                .left(MARGIN_LEFT)
                .right(MARGIN_RIGHT)
                .header(851)
                .footer(1304),
        )
        .styles(styles())
        .footer(footer(true))
        .even_footer(footer(false))
        .created_at("2020-01-01T00:00:00Z")
        .updated_at("2020-01-01T00:00:00Z")
}

/// The sections of a page: portrait unless `landscape`.
pub fn section(landscape: bool) -> SectionSpec {
    let (top, right, bottom, left) = if landscape {
        (MARGIN_LEFT, MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM)
    } else {
        (MARGIN_TOP, MARGIN_RIGHT, MARGIN_BOTTOM, MARGIN_LEFT)
    };
    SectionSpec {
        landscape,
        width: PAGE_W,
        height: PAGE_H,
        top,
        bottom,
        left,
        right,
        line_pitch: LINE_PITCH,
        // 28 characters in 156 mm at 16 pt: pitch 8845/28 twips; charSpace is the
        // difference from 16 pt in 1/4096 pt.
        char_space: ((TEXT_W as f64 / 28.0 / 20.0 - 16.0) * 4096.0).round() as i32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn office_name_fits_one_line() {
        // 15 characters in 442 pt: 29.5 pt each, less the 1 pt condensing.
        let size = fit_size("运城市盐湖区人民政府办公室文件".chars().count(), 72);
        assert_eq!(size, 59);
        assert!((size as f64 / 2.0 - 1.0) * 15.0 <= TEXT_W as f64 / 20.0);
        assert_eq!(fit_size(4, 72), 72);
    }

    #[test]
    fn grid_is_28_characters_of_condensed_3hao() {
        let pitch = TEXT_W as f64 / 28.0;
        assert!(f64::from(2 * 160 + CONDENSE) <= pitch, "{pitch}");
        assert_eq!(section(false).char_space, -841);
    }
}
