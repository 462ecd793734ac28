//! How many pages the bulletin's letter takes (masthead to signature, before 附件1), estimated
//! from the lines the template wrote, so that the renderer can choose how much detail fits
//! the settings' `body_pages` (four by default) without laying the document out.
//!
//! The estimate counts grid lines (22 a page, [`layout::LINE_PITCH`]): the masthead and
//! title by their heights, every other paragraph by its width in character cells
//! ([`lines::spaced_width`], two cells of first-line indent) over the 28 a line holds, less a
//! little for the lines that end early (a closing mark never starts a line; a Latin word or
//! number is not split). Measured against LibreOffice's layout of the demo year's
//! bulletins, it errs on the long side.

use super::layout::{self, LINE_PITCH};
use super::lines::{self, Parts};

/// Grid lines on a page.
pub(crate) const LINES_PER_PAGE: usize = 22;
/// Character cells a line holds on average, in practice: 28 less what early line ends lose.
const CELLS_PER_LINE: f64 = 27.0;

/// Grid lines a paragraph of `indent` cells of first-line indent takes.
fn lines_of(text: &str, indent: f64) -> usize {
    (((indent + lines::spaced_width(text)) / CELLS_PER_LINE).ceil() as usize).max(1)
}

/// Grid lines the masthead and title take on the first page, with the blank lines around
/// them (their heights in [`layout`], rounded up, plus one line where the grid resumes).
fn head_lines(parts: &Parts) -> usize {
    let pitch = LINE_PITCH as usize;
    let height = layout::head_height(parts.masthead.len(), parts.title.len()) as usize;
    height.div_ceil(pitch) + 1
}

/// Grid lines of the letter: masthead, title, 主送, body, 附件 list and signature.
pub(crate) fn letter_lines(parts: &Parts) -> usize {
    let body: usize = parts.body.iter().map(|l| lines_of(l, 2.0)).sum();
    let recipients: usize = parts.recipients.iter().map(|l| lines_of(l, 0.0)).sum();
    // "附件：1." hangs three cells in, two cells of indent before it.
    let annexes: usize = parts.attachments.iter().map(|l| lines_of(l, 5.0)).sum();
    let blank_before_annexes = usize::from(!parts.attachments.is_empty());
    head_lines(parts) + recipients + body + blank_before_annexes + annexes + 1 + parts.signature.len()
}

/// Pages of the letter.
pub fn letter_pages(parts: &Parts) -> usize {
    letter_lines(parts).div_ceil(LINES_PER_PAGE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_by_width() {
        // 26 characters and the indent fill a line; one more starts the second
        assert_eq!(lines_of(&"字".repeat(25), 2.0), 1);
        assert_eq!(lines_of(&"字".repeat(26), 2.0), 2);
        assert_eq!(lines_of("", 2.0), 1);
        let parts = Parts::parse("[版头]\n督查通报\n第1期\n办|日期\n[标题]\n关于\n通报\n[主送]\n各单位：\n[正文]\n一、总体\n[落款]\n办\n日期\n")
            .unwrap();
        // masthead and title: 12 lines; 主送 1, body 1, blank 1, signature 2
        assert_eq!(letter_lines(&parts), 12 + 1 + 1 + 1 + 2);
        assert_eq!(letter_pages(&parts), 1);
    }
}
