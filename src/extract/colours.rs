//! A task's status given as a colour: the status cell left blank but filled green, yellow or
//! red. What a colour means is read from the sheet itself when it says so, by a legend
//! sentence ("绿色为已完成、黄色为序时推进、红色为滞后", in any cell) or a legend row (cells
//! filled with a colour, each naming a status: "图例： | 已完成 | 序时推进 | 滞后"); lacking
//! one, by the usual traffic light (green 已完成, yellow or orange 序时推进, red 滞后), for
//! plainly coloured cells only: pale shades are how forms mark the cells to fill in (ours
//! does), so without a legend they say nothing.
//!
//! Colours are compared by hue (a unit's "黄色" may be Excel's orange), a legend row's own
//! colours first exactly. Hands [`Legend`] to `rows`, which asks it for a blank status cell's
//! status and says once per sheet, as a 提示, which legend it used.

use crate::collect::{RawRow, RawSheet};
use crate::finding::Finding;
use crate::msg::{CommonMsg, ExtractMsg};
use crate::place::Place;
use crate::status::Status;

/// Colour words of a legend sentence and the hue (degrees) each stands for.
const COLOUR_WORDS: &[(char, f64)] = &[
    ('红', 0.0),
    ('粉', 340.0),
    ('橙', 30.0),
    ('橘', 30.0),
    ('黄', 55.0),
    ('绿', 120.0),
    ('青', 180.0),
    ('蓝', 220.0),
    ('紫', 280.0),
];

/// The usual meaning of colours when the sheet gives none.
const TRAFFIC_LIGHT: [(char, Status); 3] = [
    ('绿', Status::Completed),
    ('黄', Status::OnTrack),
    ('红', Status::Lagging),
];

/// Farthest hue (degrees) from a legend's colour that still reads as it.
const MAX_HUE_DISTANCE: f64 = 50.0;

/// What one colour of a legend means.
#[derive(Debug, Clone, PartialEq)]
struct Key {
    /// The exact colour, for a legend row's filled cell.
    rgb: Option<u32>,
    hue: f64,
    status: Status,
    /// The colour's word, for messages ("绿").
    word: char,
}

/// The meaning of a sheet's colours.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Legend {
    keys: Vec<Key>,
    /// Where the sheet gives it: (row, column) of the sentence or of the legend row's first
    /// cell; None for the traffic light assumed.
    pub(crate) at: Option<(u32, u32)>,
}

impl Legend {
    /// The sheet's own legend, if it has one.
    pub(crate) fn of(sheet: &RawSheet) -> Option<Legend> {
        sentence(sheet).or_else(|| legend_row(sheet))
    }

    /// The traffic light, assumed when the sheet says nothing.
    pub(crate) fn assumed() -> Legend {
        let keys = TRAFFIC_LIGHT
            .iter()
            .map(|(word, status)| Key {
                rgb: None,
                hue: hue_of_word(*word).unwrap_or_default(),
                status: *status,
                word: *word,
            })
            .collect();
        Legend { keys, at: None }
    }

    /// The status a fill colour stands for: a legend row's exact colour, else the nearest
    /// legend colour by hue. The assumed traffic light reads plain colours only.
    pub(crate) fn status(&self, rgb: u32) -> Option<Status> {
        if let Some(k) = self.keys.iter().find(|k| k.rgb == Some(rgb)) {
            return Some(k.status);
        }
        let (h, s, l) = hsl(rgb);
        let plain = if self.at.is_some() {
            s >= 0.2 && (0.1..=0.95).contains(&l)
        } else {
            s >= 0.4 && (0.2..=0.8).contains(&l)
        };
        if !plain {
            return None;
        }
        let class = class_of(h);
        if let Some(k) = self.keys.iter().find(|k| k.word == class) {
            return Some(k.status);
        }
        self.keys
            .iter()
            .map(|k| (hue_distance(h, k.hue), k))
            .filter(|(d, _)| *d <= MAX_HUE_DISTANCE)
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, k)| k.status)
    }

    /// "绿色为已完成、黄色为序时推进、红色为滞后" (the separator and the words from the
    /// catalogue's caller).
    pub(crate) fn describe(&self, pair: impl Fn(char, Status) -> String, separator: &str) -> String {
        let mut seen: Vec<(char, Status)> = Vec::new();
        for k in &self.keys {
            if !seen.contains(&(k.word, k.status)) {
                seen.push((k.word, k.status));
            }
        }
        seen.into_iter()
            .map(|(w, s)| pair(w, s))
            .collect::<Vec<_>>()
            .join(separator)
    }
}

/// Reads blank status cells' colours on one sheet, by its legend or the traffic light, and
/// remembers whether it did, for the sheet's 提示.
#[derive(Debug)]
pub(crate) struct Colours {
    own: Option<Legend>,
    used: std::cell::Cell<bool>,
}

impl Colours {
    pub(crate) fn of(sheet: &RawSheet) -> Colours {
        Colours {
            own: Legend::of(sheet),
            used: std::cell::Cell::new(false),
        }
    }

    /// The status a blank cell's fill stands for.
    pub(crate) fn status(&self, sheet: &RawSheet, row: u32, col: u32) -> Option<Status> {
        let rgb = sheet.fill(row, col)?;
        let status = match &self.own {
            Some(legend) => legend.status(rgb),
            None => Legend::assumed().status(rgb),
        }?;
        self.used.set(true);
        Some(status)
    }

    /// The 提示 of a sheet whose statuses were read from colours: which legend said what.
    pub(crate) fn finding(&self, path: &str, sheet: &str) -> Option<Finding> {
        if !self.used.get() {
            return None;
        }
        let pair = |word: char, status: Status| {
            let (colour, status) = (word.to_string(), status.label().to_string());
            ExtractMsg::ColourMeans { colour, status }.to_string()
        };
        let separator = CommonMsg::ListSeparator.to_string();
        let (file, name) = (path.to_string(), sheet.to_string());
        let (place, message) = match &self.own {
            Some(legend) => {
                let (row, col) = legend.at.unwrap_or_default();
                let place = Place::cell(path, sheet, row, col);
                let message = ExtractMsg::FillLegend {
                    file,
                    sheet: name,
                    cell: place.cell.clone(),
                    legend: legend.describe(pair, &separator),
                };
                (place, message)
            }
            None => {
                let legend = Legend::assumed().describe(pair, &separator);
                let message = ExtractMsg::FillAssumed {
                    file,
                    sheet: name,
                    legend,
                };
                (Place::file(path), message)
            }
        };
        Some(Finding {
            place: Place {
                sheet: sheet.to_string(),
                ..place
            },
            message: message.to_string(),
        })
    }
}

/// True for a legend row: at least two cells naming a status, each filled with its own
/// colour, and besides them at most a short label ("图例：").
pub(crate) fn is_legend_row(sheet: &RawSheet, row: &RawRow) -> bool {
    !sheet.fills.is_empty() && legend_cells(sheet, row).is_some()
}

/// The (column, colour, status) of a legend row's cells.
fn legend_cells(sheet: &RawSheet, row: &RawRow) -> Option<Vec<(u32, u32, Status)>> {
    // Most rows have fewer than two filled cells: a lookup each, no text made.
    let filled = row
        .cells
        .iter()
        .filter(|(c, _)| sheet.fill(row.row, *c).is_some());
    if filled.take(2).count() < 2 {
        return None;
    }
    let mut keys = Vec::new();
    for (c, v) in &row.cells {
        let t = crate::extract::values::text(v);
        match (Status::recognise(&t), sheet.fill(row.row, *c)) {
            (Some(s), Some(rgb)) if s != Status::NoReport => keys.push((*c, rgb, s)),
            _ if t.chars().count() <= 6 && Status::recognise(&t).is_none() && keys.is_empty() => {}
            _ => return None,
        }
    }
    let mut colours: Vec<u32> = keys.iter().map(|k| k.1).collect();
    colours.sort_unstable();
    colours.dedup();
    (keys.len() >= 2 && colours.len() == keys.len()).then_some(keys)
}

/// The first legend row of the sheet.
fn legend_row(sheet: &RawSheet) -> Option<Legend> {
    if sheet.fills.is_empty() {
        return None;
    }
    sheet.rows.iter().find_map(|row| {
        let cells = legend_cells(sheet, row)?;
        let keys = cells
            .iter()
            .map(|(_, rgb, status)| Key {
                rgb: Some(*rgb),
                hue: hsl(*rgb).0,
                status: *status,
                word: word_of_hue(*rgb),
            })
            .collect();
        Some(Legend {
            keys,
            at: Some((row.row, row.cells[0].0)),
        })
    })
}

/// The first cell whose text pairs at least two colour words with statuses, clause by clause.
fn sentence(sheet: &RawSheet) -> Option<Legend> {
    sheet.rows.iter().find_map(|row| {
        row.cells.iter().find_map(|(c, v)| {
            let crate::collect::CellValue::Text(t) = v else {
                return None;
            };
            if !t.contains('色') {
                return None;
            }
            let keys = pairs_in(t);
            (keys.len() >= 2).then_some(Legend {
                keys,
                at: Some((row.row, *c)),
            })
        })
    })
}

/// The (colour, status) pairs of a legend sentence: clauses holding one colour word and one
/// status word each.
fn pairs_in(text: &str) -> Vec<Key> {
    text.split(['，', ',', '、', '；', ';', '。', '\n', ' ', '　', '■', '□', '●'])
        .filter_map(|clause| {
            let words: Vec<char> = clause.chars().filter(|c| hue_of_word(*c).is_some()).collect();
            let [word] = words[..] else {
                return None;
            };
            let status = status_in(clause)?;
            Some(Key {
                rgb: None,
                hue: hue_of_word(word)?,
                status,
                word,
            })
        })
        .collect()
}

/// The status word a clause holds (the longest, so "未完成" is not "完成").
fn status_in(clause: &str) -> Option<Status> {
    Status::REPORTABLE
        .iter()
        .flat_map(|s| crate::status::words(*s).map(move |w| (w, *s)))
        .filter(|(w, _)| clause.contains(w))
        .max_by_key(|(w, _)| w.chars().count())
        .map(|(_, s)| s)
}

fn hue_of_word(c: char) -> Option<f64> {
    COLOUR_WORDS.iter().find(|(w, _)| *w == c).map(|(_, h)| *h)
}

/// The colour word of a colour ("绿" for 92D050, "灰" for no hue).
fn word_of_hue(rgb: u32) -> char {
    let (h, s, _) = hsl(rgb);
    if s < 0.15 {
        return '灰';
    }
    class_of(h)
}

/// The colour word of a hue, as Chinese Excel names its standard colours (FFC000 is 橙色,
/// 92D050 浅绿).
fn class_of(hue: f64) -> char {
    const UPPER: [(f64, char); 8] = [
        (15.0, '红'),
        (48.0, '橙'),
        (70.0, '黄'),
        (165.0, '绿'),
        (195.0, '青'),
        (255.0, '蓝'),
        (315.0, '紫'),
        (345.0, '粉'),
    ];
    UPPER.iter().find(|(up, _)| hue < *up).map_or('红', |(_, w)| *w)
}

fn hue_distance(a: f64, b: f64) -> f64 {
    let d = (a - b).abs() % 360.0;
    d.min(360.0 - d)
}

/// Hue (degrees), saturation and lightness (0-1) of 0xRRGGBB.
fn hsl(rgb: u32) -> (f64, f64, f64) {
    let [r, g, b] = [16, 8, 0].map(|shift| f64::from((rgb >> shift) & 0xFF) / 255.0);
    let (max, min) = (r.max(g).max(b), r.min(g).min(b));
    let l = (max + min) / 2.0;
    let d = max - min;
    if d == 0.0 {
        return (0.0, 0.0, l);
    }
    let s = d / (1.0 - (2.0 * l - 1.0).abs());
    let h = if max == r {
        60.0 * ((g - b) / d).rem_euclid(6.0)
    } else if max == g {
        60.0 * ((b - r) / d + 2.0)
    } else {
        60.0 * ((r - g) / d + 4.0)
    };
    (h, s, l)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_legend_sentence_pairs_colours_and_statuses() {
        let keys = pairs_in("说明：完成状态一栏以颜色标注，绿色为已完成、黄色为序时推进、红色为滞后。");
        let got: Vec<(char, Status)> = keys.iter().map(|k| (k.word, k.status)).collect();
        assert_eq!(
            got,
            [
                ('绿', Status::Completed),
                ('黄', Status::OnTrack),
                ('红', Status::Lagging)
            ]
        );
        let keys = pairs_in("已完成（绿色）；未完成（红色）");
        assert_eq!(keys[1].status, Status::Lagging);
        assert!(pairs_in("红星村完成道路硬化").len() < 2);
    }

    #[test]
    fn colours_read_by_hue_against_the_legend() {
        let legend = Legend {
            keys: pairs_in("绿色为已完成、黄色为序时推进、红色为滞后"),
            at: Some((1, 0)),
        };
        // Excel's light green, its orange (a unit's 黄色), red; a pale green too, with a legend.
        assert_eq!(legend.status(0x92D050), Some(Status::Completed));
        assert_eq!(legend.status(0xFFC000), Some(Status::OnTrack));
        assert_eq!(legend.status(0xFF0000), Some(Status::Lagging));
        assert_eq!(legend.status(0xC6EFCE), Some(Status::Completed));
        assert_eq!(legend.status(0x0070C0), None, "blue is in no legend");
        assert_eq!(legend.status(0xBFBFBF), None, "grey has no hue");
        // An olive green (a theme green darkened) is green, not the nearer yellow.
        assert_eq!(legend.status(0x75923C), Some(Status::Completed));
        // With both orange and yellow named, Excel's orange is the orange.
        let both = Legend {
            keys: pairs_in("橙色为滞后，黄色为序时推进，绿色为已完成"),
            at: Some((1, 0)),
        };
        assert_eq!(both.status(0xFFC000), Some(Status::Lagging));
        assert_eq!(both.status(0xFFFF00), Some(Status::OnTrack));
    }

    #[test]
    fn without_a_legend_only_plain_colours_are_a_traffic_light() {
        let light = Legend::assumed();
        assert_eq!(light.status(0x00B050), Some(Status::Completed));
        assert_eq!(light.status(0x008000), Some(Status::Completed));
        assert_eq!(light.status(0xFFFF00), Some(Status::OnTrack));
        assert_eq!(light.status(0xC00000), Some(Status::Lagging));
        // Our form's fill-in shade, Excel's pale "good" and "bad" styles: no statuses.
        for pale in [0xFFF8DC, 0xC6EFCE, 0xFFC7CE, 0xD9D9D9] {
            assert_eq!(light.status(pale), None, "{pale:06X}");
        }
    }
}
