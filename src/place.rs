//! The ground floor: where in an input something is. Every stage from `collect` on names
//! cells by a [`Place`] (file relative to input/, sheet, A1 cell); nothing here depends on
//! any stage.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A place in an input workbook: file (relative to input/), sheet, cell in A1 notation.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
pub struct Place {
    pub file: String,
    pub sheet: String,
    /// A1 cell, or empty when the finding concerns the whole file or sheet.
    pub cell: String,
}

impl Place {
    pub(crate) fn file(file: &str) -> Place {
        Place {
            file: file.to_string(),
            ..Place::default()
        }
    }

    pub fn cell(file: &str, sheet: &str, row: u32, col: u32) -> Place {
        Place {
            file: file.to_string(),
            sheet: sheet.to_string(),
            cell: a1(row, col),
        }
    }

    /// The 1-based row number of the cell, if any.
    pub(crate) fn row(&self) -> Option<u32> {
        let digits: String = self.cell.chars().filter(|c| c.is_ascii_digit()).collect();
        digits.parse().ok()
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if !self.sheet.is_empty() {
            write!(f, " / {}", self.sheet)?;
        }
        if !self.cell.is_empty() {
            write!(f, " / {}", self.cell)?;
        }
        Ok(())
    }
}

/// A1 notation for a 0-based (row, column): (0, 0) -> "A1", (6, 3) -> "D7".
pub fn a1(row: u32, col: u32) -> String {
    let mut letters = Vec::new();
    let mut c = col + 1;
    while c > 0 {
        let rem = (c - 1) % 26;
        letters.push(b'A' + rem as u8);
        c = (c - 1) / 26;
    }
    letters.reverse();
    format!("{}{}", String::from_utf8(letters).expect("ascii"), row + 1)
}

/// The inverse of [`a1`]: "D7" -> (6, 3); '$' signs allowed. None for anything else.
pub fn parse_a1(text: &str) -> Option<(u32, u32)> {
    let text = text.trim().replace('$', "");
    let digits = text.find(|c: char| c.is_ascii_digit())?;
    let (letters, number) = text.split_at(digits);
    if letters.is_empty() || letters.len() > 3 || !letters.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let col = letters
        .bytes()
        .fold(0u32, |n, b| n * 26 + u32::from(b - b'A' + 1));
    let row: u32 = number.parse().ok()?;
    Some((row.checked_sub(1)?, col - 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a1_notation() {
        assert_eq!(a1(0, 0), "A1");
        assert_eq!(a1(6, 3), "D7");
        assert_eq!(a1(0, 25), "Z1");
        assert_eq!(a1(0, 26), "AA1");
        assert_eq!(a1(1_048_575, 16_383), "XFD1048576");
        for (r, c) in [(0, 0), (6, 3), (0, 25), (0, 26), (11, 27), (1_048_575, 16_383)] {
            assert_eq!(parse_a1(&a1(r, c)), Some((r, c)));
        }
        assert_eq!(parse_a1("$AB$12"), Some((11, 27)));
        for bad in ["A0", "a1", "1", "", "ABCD1", "A1B"] {
            assert_eq!(parse_a1(bad), None, "{bad}");
        }
    }

    #[test]
    fn place_display_and_row() {
        let p = Place::cell("区财政局.xlsx", "Sheet1", 6, 3);
        assert_eq!(p.to_string(), "区财政局.xlsx / Sheet1 / D7");
        assert_eq!(p.row(), Some(7));
        assert_eq!(Place::file("a.txt").to_string(), "a.txt");
    }
}
