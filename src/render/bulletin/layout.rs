//! GB/T 9704-2012 layout with docx-rs: page setup, fonts, masthead, title, body lines
//! styled by their numbering, signature, footers with "— N —" page numbers, and the
//! pieces the attachments and the 版记 are made of.
//!
//! What docx-rs 0.4.22 cannot write (w:firstLineChars, w:tblHeader, per-section page setup
//! with shared odd/even footers) is left to [`super::fixup`]: every section ends here with a
//! placeholder `w:sectPr` that the fixup replaces with the [`SectionSpec`] given.

use super::fixup::SectionSpec;
use super::lines::{self, Level, Parts};
use crate::msg::LayoutMsg;
use docx_rs::{
    AlignmentType, BorderType, Docx, FieldCharType, Footer, Header, InstrPAGE, InstrText, LineSpacing,
    LineSpacingType, PageMargin, Paragraph, ParagraphBorder, ParagraphBorderPosition, ParagraphBorders, Run,
    RunFonts, SectionProperty, SpecialIndentType, Style, StyleType, Styles, Tab, TabValueType,
};

pub(crate) const FANGSONG: &str = "仿宋_GB2312";
pub(crate) const HEITI: &str = "黑体";
pub(crate) const KAITI: &str = "楷体_GB2312";
pub(crate) const XIAOBIAOSONG: &str = "方正小标宋简体";
pub(crate) const SONGTI: &str = "宋体";
pub(crate) const LATIN: &str = "Times New Roman";

/// Sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 小四 12 pt.
pub(crate) const SIZE_TITLE: usize = 44;
pub(crate) const SIZE_BODY: usize = 32;
pub(crate) const SIZE_4: usize = 28;
pub(crate) const SIZE_TABLE: usize = 24;
pub(crate) const SIZE_MASTHEAD: usize = 84;

/// A4 in twips and the GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm.
pub(crate) const PAGE_W: u32 = 11906;
pub(crate) const PAGE_H: u32 = 16838;
pub(crate) const MARGIN_TOP: i32 = 2098;
pub(crate) const MARGIN_BOTTOM: i32 = 1984;
pub(crate) const MARGIN_LEFT: i32 = 1587;
pub(crate) const MARGIN_RIGHT: i32 = 1474;
/// Text width of a portrait page (156 mm) and of a landscape one.
pub(crate) const TEXT_W: i32 = PAGE_W as i32 - MARGIN_LEFT - MARGIN_RIGHT;
pub(crate) const TEXT_H: i32 = PAGE_H as i32 - MARGIN_TOP - MARGIN_BOTTOM;
/// Landscape pages turn the portrait margins with the page (top 28, right 37, bottom 26,
/// left 35 mm), as Word does when the orientation changes.
pub(crate) const TEXT_W_LANDSCAPE: i32 = PAGE_H as i32 - MARGIN_TOP - MARGIN_BOTTOM;
/// 22 lines in the text height: 12756 / 22 = 579.8 twips (28.95 pt).
pub const LINE_PITCH: i32 = 579;
/// One character of 3号 (16 pt) in twips; two of them indent a first line.
pub(crate) const CHAR: i32 = 320;
pub(crate) const RED: &str = "FF0000";

/// Fonts for a run: Latin letters and digits in Times New Roman, Chinese in `east_asia`.
pub(crate) fn fonts(east_asia: &str) -> RunFonts {
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
pub(crate) fn run(text: &str, east_asia: &str, size: usize) -> Run {
    let r = Run::new().add_text(text).fonts(fonts(east_asia)).size(size);
    if size == SIZE_BODY {
        r.character_spacing(CONDENSE)
    } else {
        r
    }
}

/// Condensing of 3号 runs, in twentieths of a point.
pub(crate) const CONDENSE: i32 = -5;

/// The font size (half-points) at which `chars` characters, condensed by 1 pt each, fill
/// at most the text width; never above `max`.
pub(crate) fn fit_size(chars: usize, max: usize) -> usize {
    let per_char_pt = TEXT_W as f64 / 20.0 / chars.max(1) as f64 + 1.0;
    max.min((per_char_pt * 2.0).floor() as usize - 1)
}

fn exact(line: i32) -> LineSpacing {
    LineSpacing::new().line_rule(LineSpacingType::Exact).line(line)
}

/// A paragraph on the 28.95 pt line grid.
pub(crate) fn para() -> Paragraph {
    Paragraph::new().line_spacing(exact(LINE_PITCH))
}

pub(crate) fn blank() -> Paragraph {
    para().add_run(run("", FANGSONG, SIZE_BODY))
}

/// An empty paragraph one point high, off the grid: the anchor of the 版记 frames.
pub(crate) fn anchor() -> Paragraph {
    free(20).add_run(run("", FANGSONG, SIZE_4))
}

/// A blank line kept with the next paragraph.
pub(crate) fn blank_kept() -> Paragraph {
    blank().keep_next(true)
}

/// Body text with the two-character first-line indent (the fixup adds firstLineChars).
pub(crate) fn indented() -> Paragraph {
    para()
        .align(AlignmentType::Both)
        .indent(None, Some(SpecialIndentType::FirstLine(2 * CHAR)), None, None)
}

/// One body line styled by its numbering. Headings with text after their first sentence
/// keep that text in the body font. Nothing invisible is added: a task ID may break at a
/// line end like any other text.
pub(crate) fn body_line(line: &str) -> Paragraph {
    let level = lines::level(line);
    let (head_font, split) = match level {
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

/// Height of a masthead line of 督查通报 / the office name, and of a title line, in twips.
const MASTHEAD_LINE: i32 = 1300;
const TITLE_LINE: i32 = 700;

/// The height [`masthead`], [`title`] and the blank line after it take on the first page,
/// in twips, for `masthead` and `title` lines (for the page estimate).
pub(crate) fn head_height(masthead: usize, title: usize) -> i32 {
    let head = match masthead {
        0 => 0,
        n => MASTHEAD_LINE + LINE_PITCH + (n as i32 - 1) * LINE_PITCH + 2 * LINE_PITCH,
    };
    head + title as i32 * TITLE_LINE + LINE_PITCH
}

/// Title lines: 2号 方正小标宋简体, centred.
pub(crate) fn title(doc: Docx, parts: &Parts) -> Docx {
    parts.title.iter().fold(doc, |d, l| {
        d.add_paragraph(free(TITLE_LINE).align(AlignmentType::Center).add_run(run(
            l,
            XIAOBIAOSONG,
            SIZE_TITLE,
        )))
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
pub(crate) fn masthead(doc: Docx, lines: &[String], document: bool) -> Docx {
    let mut doc = doc;
    let mut rest = lines.iter();
    if let Some(first) = rest.next() {
        // The 文件 header's office name is long: as large as fits one line, condensed 1 pt.
        let (size, condense) = if document {
            (fit_size(first.chars().count(), 72), -20)
        } else {
            (SIZE_MASTHEAD, 0)
        };
        let p = free(MASTHEAD_LINE).align(AlignmentType::Center).add_run(
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

/// 附件说明: "附件：1.title", following titles aligned under the first; "附件：title" for the
/// only one (GB/T 9704 numbers attachments only when there are several).
pub(crate) fn attachment_list(doc: Docx, titles: &[String]) -> Docx {
    let hang = 3 * CHAR;
    let only = titles.len() == 1;
    titles.iter().enumerate().fold(doc, |d, (i, t)| {
        let (text, special) = match i {
            _ if only => (LayoutMsg::AttachmentOnly { title: t.clone() }.to_string(), true),
            0 => (LayoutMsg::AttachmentFirst { title: t.clone() }.to_string(), true),
            _ => (format!("{}.{t}", i + 1), false),
        };
        let special = special.then_some(SpecialIndentType::Hanging(hang));
        // Kept with the signature so that it never stands alone on a page.
        d.add_paragraph(
            para()
                .keep_next(true)
                .indent(Some(2 * CHAR + hang), special, None, None)
                .add_run(run(&text, FANGSONG, SIZE_BODY)),
        )
    })
}

/// 落款 (GB/T 9704 7.3.5.2, no seal): the office right-aligned two characters in, the date
/// below it starting two characters right of the office's first character; a date longer
/// than that ends two characters in and pushes the office left.
///
/// The date is set from the left at a computed indent rather than right-aligned: its width
/// depends on the digits' font and on the space Word and LibreOffice add between Chinese
/// and Latin text, which a character count does not know.
pub(crate) fn signature(doc: Docx, lines: &[String]) -> Docx {
    let (office_right, date_left) = signature_indents(lines);
    lines.iter().enumerate().fold(doc, |d, (i, l)| {
        let p = if i == 0 {
            para()
                .keep_next(lines.len() > 1)
                .align(AlignmentType::Right)
                .indent(None, None, Some(office_right), None)
        } else {
            para()
                .keep_next(i + 1 < lines.len())
                .indent(Some(date_left), None, None, None)
        };
        d.add_paragraph(p.add_run(run(l, FANGSONG, SIZE_BODY)))
    })
}

/// (right indent of the office, left indent of the date lines), in twips.
pub(crate) fn signature_indents(lines: &[String]) -> (i32, i32) {
    // One condensed 3号 character; a Latin letter or digit counts half, and the gap between
    // Chinese and Latin text a quarter.
    let pitch = f64::from(2 * 160 + CONDENSE);
    let office = lines.first().map_or(0.0, |s| lines::width(s));
    let date = lines
        .iter()
        .skip(1)
        .map(|s| lines::spaced_width(s))
        .fold(0.0, f64::max);
    // The office's first character, in characters from the right margin.
    let start = (office + 2.0).max(date + 4.0);
    let office_right = ((start - office) * pitch).round() as i32;
    let date_left = TEXT_W - ((start - 2.0) * pitch).round() as i32;
    (office_right, date_left.max(0))
}

/// "附件1" ("附件" for the only one) in 3号黑体 at the top left, a blank line, the centred
/// title, a blank line.
pub(crate) fn attachment_head(doc: Docx, n: Option<usize>, title_text: &str) -> Docx {
    let head = match n {
        Some(n) => LayoutMsg::AttachmentHead { n },
        None => LayoutMsg::AttachmentHeadOnly,
    }
    .to_string();
    doc.add_paragraph(para().add_run(run(&head, HEITI, SIZE_BODY)))
        .add_paragraph(blank())
        .add_paragraph(free(TITLE_LINE).align(AlignmentType::Center).add_run(run(
            title_text,
            XIAOBIAOSONG,
            SIZE_TITLE,
        )))
        .add_paragraph(blank())
}

/// Height of one 版记 line (4号 text), in twips.
const COLOPHON_ROW: i32 = 482;
/// 版记 rules in eighths of a point: thick 1 pt (GB/T 9704: 0.35 mm), thin 0.75 pt (0.25 mm).
const RULE_THICK: usize = 8;
const RULE_THIN: usize = 6;
/// One character of 4号 (14 pt): the 版记 text keeps one character from each end of the rules.
const CHAR_4: &str = "\u{3000}";

/// 版记 at the foot of the last page (GB/T 9704 7.4): the 抄送 block, then the 印发 line
/// (office at the left, date at the right), with a thick rule above the first block, a thin
/// rule between the blocks and a thick rule on the bottom edge of the text area.
///
/// Each block is a frame (`w:framePr`) as wide as the text area, anchored to the margin:
/// the last block aligned to the bottom, the one above it at an absolute `w:y` computed
/// from the heights below. Word and LibreOffice both place frames there; LibreOffice 7.4
/// keeps a floating table (`w:tblpPr`) of text width in the flow, and does not convert a
/// run of framed paragraphs whose borders differ, hence one frame per block. The rules
/// are paragraph borders with no indent (Word draws them between the indents;
/// LibreOffice moves them onto the frame) and the one-character insets are U+3000 spaces.
/// The document must go on with a paragraph after this: Word anchors frames to the next one.
pub fn colophon(doc: Docx, cc: &[String], printed: &[String]) -> Docx {
    let blocks: Vec<Vec<Paragraph>> = [cc_lines(cc), printed_lines(printed)]
        .into_iter()
        .filter(|b| !b.is_empty())
        .collect();
    let n = blocks.len();
    let borders = |i: usize| {
        let rule = |pos, size| {
            ParagraphBorder::new(pos)
                .val(BorderType::Single)
                .size(size)
                .space(0)
                .color("000000")
        };
        let top = rule(
            ParagraphBorderPosition::Top,
            if i == 0 { RULE_THICK } else { RULE_THIN },
        );
        let mut set = vec![top];
        if i + 1 == n {
            set.push(rule(ParagraphBorderPosition::Bottom, RULE_THICK));
        }
        set
    };
    // Heights from the bottom up: lines plus rules (a rule of sz eighths of a point is
    // sz * 2.5 twips high).
    let rule_h = |b: &[ParagraphBorder]| b.iter().map(|r| r.size as i32 * 5 / 2).sum::<i32>();
    let mut below = 0;
    let mut placed = Vec::with_capacity(n);
    for (i, block) in blocks.into_iter().enumerate().rev() {
        let rules = borders(i);
        let height = block.len() as i32 * COLOPHON_ROW + rule_h(&rules);
        let y = (i + 1 < n).then(|| TEXT_H - below - height);
        below += height;
        placed.push((block, rules, y));
    }
    placed.into_iter().rev().fold(doc, |d, (block, rules, y)| {
        block.into_iter().fold(d, |d, p| {
            let p = p.frame_width(TEXT_W as u32).wrap("around").v_anchor("margin");
            let p = p.h_anchor("margin").x_align("center");
            let p = match y {
                Some(y) => p.frame_y(y),
                None => p.y_align("bottom"),
            };
            d.add_paragraph(with_borders(p, &rules))
        })
    })
}

/// A 版记 line: 4号 仿宋, exactly one row high, off the grid.
fn colophon_line() -> Paragraph {
    free(COLOPHON_ROW)
}

/// The 抄送 lines, each one wrapped line as laid out (a longer line wraps in Word and
/// LibreOffice alike, so it is split here to keep the block's height known).
fn cc_lines(cc: &[String]) -> Vec<Paragraph> {
    // Characters of 4号 in the text width, less the two one-character insets.
    let per_line = (TEXT_W / 280 - 2) as f64;
    cc.iter()
        .flat_map(|l| wrap(l, per_line))
        .enumerate()
        .map(|(i, l)| {
            // Wrapped lines start under the first character after "抄送：".
            let inset = if i == 0 {
                CHAR_4.to_string()
            } else {
                CHAR_4.repeat(4)
            };
            colophon_line().add_run(run(&format!("{inset}{l}"), FANGSONG, SIZE_4))
        })
        .collect()
}

/// Splits `text` into pieces at most `per_line` character cells wide (continuation
/// pieces three cells narrower, for the hanging "抄送："); a piece never starts with a
/// closing punctuation mark.
pub(crate) fn wrap(text: &str, per_line: f64) -> Vec<String> {
    const NO_START: &str = "，。、；：？！）》」』”’";
    let cells = |c: char| if c.is_ascii() { 0.5 } else { 1.0 };
    let mut out: Vec<Vec<char>> = vec![Vec::new()];
    let mut width = 0.0;
    for c in text.chars() {
        let limit = if out.len() == 1 { per_line } else { per_line - 3.0 };
        if width + cells(c) > limit {
            let mut next = Vec::new();
            if NO_START.contains(c) {
                next.extend(out.last_mut().and_then(|l| l.pop()));
            }
            width = next.iter().copied().map(cells).sum();
            out.push(next);
        }
        width += cells(c);
        if let Some(line) = out.last_mut() {
            line.push(c);
        }
    }
    out.into_iter().map(|l| l.into_iter().collect()).collect()
}

/// The 印发 lines: "office|date印发", the office one character in from the left and the
/// date one character in from the right.
fn printed_lines(printed: &[String]) -> Vec<Paragraph> {
    printed
        .iter()
        .map(|l| {
            let (left, right) = l.split_once('|').unwrap_or((l.as_str(), ""));
            colophon_line()
                .add_tab(Tab::new().val(TabValueType::Right).pos(TEXT_W as usize))
                .add_run(run(&format!("{CHAR_4}{left}"), FANGSONG, SIZE_4))
                .add_run(Run::new().add_tab().fonts(fonts(FANGSONG)).size(SIZE_4))
                .add_run(run(&format!("{right}{CHAR_4}"), FANGSONG, SIZE_4))
        })
        .collect()
}

/// Ends a section: a paragraph carrying a placeholder sectPr the fixup replaces.
pub(crate) fn section_break(doc: Docx) -> Docx {
    doc.add_paragraph(Paragraph::new().section_property(SectionProperty::new()))
}

/// The text a header paragraph carries until the fixup replaces it with the rotated page
/// number of a landscape page ([`rotated_number`]): odd, even.
pub(crate) const ROTATED_MARKS: [&str; 2] = [
    "[[landscape page number, odd]]",
    "[[landscape page number, even]]",
];

/// Width and length of the rotated page number's text box, in twips.
const ROTATED_BOX: (i32, i32) = (320, 2000);

/// The page number of a landscape page, where GB/T 9704 puts it: a landscape table is
/// turned with its head towards the binding (订口, the left edge in the reading position
/// for odd pages, 切口 for even ones), so the number stays where a portrait page has it once
/// the sheet is turned upright: on the long page's left edge, 7 mm outside the text area,
/// its text running top to bottom; one character from the text area's bottom end on odd
/// pages (a portrait page's right), from its top end on even ones (a portrait page's left).
///
/// A text box anchored to the page, drawn by LibreOffice and Word alike (docx-rs cannot
/// write one: the fixup puts this paragraph in place of [`ROTATED_MARKS`] in the landscape
/// sections' headers). `page_h` is the landscape page's height, `margins` its (top, bottom,
/// left) margins, in twips.
pub(crate) fn rotated_number(odd: bool, page_h: i32, margins: (i32, i32, i32)) -> String {
    let (top, bottom, left) = margins;
    let (w, h) = ROTATED_BOX;
    // 7 mm (397 twips) between the text area and the number's glyph tops, which face it.
    let x = left - 397 - w;
    let (y, jc) = match odd {
        true => (page_h - bottom - 280 - h, "right"),
        false => (top + 280, "left"),
    };
    let emu = |tw: i32| tw * 635;
    let rpr = format!(
        r#"<w:rPr><w:rFonts w:ascii="{SONGTI}" w:hAnsi="{SONGTI}" w:cs="{SONGTI}" w:eastAsia="{SONGTI}"/><w:sz w:val="{SIZE_4}"/><w:szCs w:val="{SIZE_4}"/></w:rPr>"#
    );
    let text = |t: &str| format!(r#"<w:r>{rpr}<w:t xml:space="preserve">{t}</w:t></w:r>"#);
    let field = |c: &str| format!(r#"<w:r>{rpr}<w:fldChar w:fldCharType="{c}"/></w:r>"#);
    let number = format!(
        r#"{}{}<w:r>{rpr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>{}{}{}{}"#,
        text("— "),
        field("begin"),
        field("separate"),
        text("1"),
        field("end"),
        text(" —"),
    );
    format!(
        r#"<w:p><w:pPr><w:snapToGrid w:val="false"/><w:spacing w:line="20" w:lineRule="exact"/></w:pPr><w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>{x}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>{y}</wp:posOffset></wp:positionV><wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="{id}" name="页码{id}"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent><w:p><w:pPr><w:snapToGrid w:val="false"/><w:jc w:val="{jc}"/></w:pPr>{number}</w:p></w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="vert" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>"#,
        x = emu(x),
        y = emu(y),
        cx = emu(w),
        cy = emu(h),
        id = if odd { 9001 } else { 9002 },
    )
}

/// The marks and the rotated page numbers that replace them, for the fixup.
pub(crate) fn rotated_marks() -> Vec<(String, String)> {
    let l = section(true);
    let margins = (l.top, l.bottom, l.left);
    ROTATED_MARKS
        .iter()
        .zip([true, false])
        .map(|(m, odd)| (m.to_string(), rotated_number(odd, PAGE_W as i32, margins)))
        .collect()
}

/// The landscape sections' headers (odd, even), each a paragraph carrying its mark, and the
/// empty header and footer the other sections and the landscape ones take instead.
pub(crate) fn with_rotated_numbers(doc: Docx) -> Docx {
    let mark = |m: &str| Header::new().add_paragraph(Paragraph::new().add_run(Run::new().add_text(m)));
    doc.header(mark(ROTATED_MARKS[0]))
        .even_header(mark(ROTATED_MARKS[1]))
        .first_header(Header::new())
        .first_footer(Footer::new())
}

/// Page number footer: "— N —" in 4号宋体, one character in from the right (odd pages)
/// or the left (even pages).
pub(crate) fn footer(odd: bool) -> Footer {
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

/// A document with the page setup, default fonts and the two footers (its properties are
/// written by the fixup).
pub(crate) fn new_document() -> Docx {
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
}

/// The sections of a page: portrait unless `landscape`.
pub(crate) fn section(landscape: bool) -> SectionSpec {
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
    fn cc_lines_wrap_without_leading_punctuation() {
        assert_eq!(wrap("抄送：区委办。", 29.0), ["抄送：区委办。"]);
        let long = format!("抄送：{}，区政协办。", "区人大办".repeat(6));
        let lines = wrap(&long, 29.0);
        assert_eq!(lines.concat(), long);
        assert_eq!(lines[0].chars().count(), 29);
        // the 30th character is "，": it takes the character before it along
        let lines = wrap(&format!("{}，区委办。", "办".repeat(29)), 29.0);
        assert_eq!(lines[0].chars().count(), 28);
        assert!(lines[1].starts_with("办，"), "{lines:?}");
    }

    #[test]
    fn date_starts_two_characters_right_of_the_office() {
        let l = |a: &str, b: &str| vec![a.to_string(), b.to_string()];
        let (right, left) = signature_indents(&l("运城市盐湖区人民政府办公室", "2020年7月13日"));
        assert_eq!(right, 630);
        // office starts 15 characters from the right margin, the date 13
        assert_eq!(left, TEXT_W - 13 * 315);
        // a date longer than the office: the date ends two characters in
        let (right, left) = signature_indents(&l("督查室", "2020年12月31日"));
        let date = lines::spaced_width("2020年12月31日");
        assert_eq!(left, TEXT_W - ((date + 2.0) * 315.0).round() as i32);
        assert_eq!(right, ((date + 4.0 - 3.0) * 315.0).round() as i32);
    }

    #[test]
    fn grid_is_28_characters_of_condensed_3hao() {
        let pitch = TEXT_W as f64 / 28.0;
        assert!(f64::from(2 * 160 + CONDENSE) <= pitch, "{pitch}");
        assert_eq!(section(false).char_space, -841);
    }
}
