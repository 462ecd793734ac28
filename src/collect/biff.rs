//! Making an Excel 97-2003 (.xls) workbook safe to hand to calamine.
//!
//! calamine parses every sheet of an .xls when it opens it: it reserves room for the extent a
//! sheet's DIMENSIONS record declares and builds a dense range over the cells it finds, so a
//! few cell records at far corners make it allocate gigabytes (and a failed allocation aborts
//! the process). This module walks the BIFF record stream exactly as calamine does, refuses
//! encrypted streams (FILEPASS), and patches the stream in place: DIMENSIONS records are
//! zeroed, and cell records beyond the row/column limits or past the cell cap are turned into
//! BLANK records, which calamine skips. What was dropped is handed back for the warnings.
//!
//! The same walk reads what calamine does not give: the rows (ROW) and columns (COLINFO) a
//! sheet hides, the number cells whose format (XF -> FORMAT) shows a percentage, and the
//! cells (blank ones too: a status given as a colour) whose XF has a solid fill.

use super::read::MAX_FILLS;
use crate::settings::Limits;
use std::io::{Cursor, Read, Seek, SeekFrom, Write};

const BOF: u16 = 0x0809;
const EOF: u16 = 0x000A;
const FILEPASS: u16 = 0x002F;
const BOUNDSHEET: u16 = 0x0085;
const DIMENSIONS: u16 = 0x0200;
const BLANK: u16 = 0x0201;
const FORMULA: u16 = 0x0006;
const STRING: u16 = 0x0207;
const MULRK: u16 = 0x00BD;
const NUMBER: u16 = 0x0203;
const RK: u16 = 0x027E;
const ROW: u16 = 0x0208;
const COLINFO: u16 = 0x007D;
const FORMAT: u16 = 0x041E;
const XF: u16 = 0x00E0;
const PALETTE: u16 = 0x0092;
const MULBLANK: u16 = 0x00BE;
/// The fill pattern of a solid fill (XF fls).
const SOLID: u32 = 1;
/// Excel's default colour palette, indices 8-63 (a PALETTE record replaces it).
const DEFAULT_PALETTE: [u32; 56] = [
    0x000000, 0xFFFFFF, 0xFF0000, 0x00FF00, 0x0000FF, 0xFFFF00, 0xFF00FF, 0x00FFFF, 0x800000, 0x008000,
    0x000080, 0x808000, 0x800080, 0x008080, 0xC0C0C0, 0x808080, 0x9999FF, 0x993366, 0xFFFFCC, 0xCCFFFF,
    0x660066, 0xFF8080, 0x0066CC, 0xCCCCFF, 0x000080, 0xFF00FF, 0xFFFF00, 0x00FFFF, 0x800080, 0x800000,
    0x008080, 0x0000FF, 0x00CCFF, 0xCCFFFF, 0xCCFFCC, 0xFFFF99, 0x99CCFF, 0xFF99CC, 0xCC99FF, 0xFFCC99,
    0x3366FF, 0x33CCCC, 0x99CC00, 0xFFCC00, 0xFF9900, 0xFF6600, 0x666699, 0x969696, 0x003366, 0x339966,
    0x003300, 0x333300, 0x993300, 0x993366, 0x333399, 0x333333,
];
/// Built-in number formats that show percentages: 0% and 0.00%.
const PERCENT_FORMATS: [u32; 2] = [9, 10];
/// Single-cell records calamine reads: Number, Label, RString, BoolErr, Rk, LabelSst, Formula.
const CELLS: [u16; 7] = [0x0203, 0x0204, 0x00D6, 0x0205, 0x027E, 0x00FD, FORMULA];

/// Why an .xls is refused before parsing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Refusal {
    Encrypted,
    Damaged(String),
    /// Sheet `sheet` (BoundSheet order) spans more cells than the cap allows.
    Span {
        sheet: usize,
        first: (u32, u32),
        last: (u32, u32),
    },
}

/// The outcome of the pass: patched file bytes (None when nothing needed patching) and, per
/// sheet index, the first cell dropped for lying beyond the limits; the cell where the cap
/// stopped reading.
#[derive(Debug, Default)]
pub(crate) struct Prepared {
    pub(crate) bytes: Option<Vec<u8>>,
    pub(crate) beyond: Vec<(usize, (u32, u32))>,
    pub(crate) capped: Option<(usize, (u32, u32))>,
    /// Per sheet (BoundSheet order): hidden rows and columns, percent-formatted cells.
    pub(crate) sheets: Vec<super::read::Extras>,
}

/// Checks and patches the workbook stream of the OLE file `bytes`.
pub(crate) fn prepare(bytes: &[u8], limits: &Limits) -> Result<Prepared, Refusal> {
    let mut file =
        cfb::CompoundFile::open(Cursor::new(bytes.to_vec())).map_err(|e| Refusal::Damaged(e.to_string()))?;
    let path = if file.is_stream("/Workbook") {
        "/Workbook"
    } else {
        "/Book"
    };
    let mut stream = Vec::new();
    file.open_stream(path)
        .and_then(|mut s| s.read_to_end(&mut stream))
        .map_err(|e| Refusal::Damaged(e.to_string()))?;
    let mut scan = Scan::new(limits);
    let sheets = scan.globals(&stream)?;
    let mut extras = Vec::with_capacity(sheets.len());
    for (index, pos) in sheets.iter().enumerate() {
        extras.push(scan.sheet(&mut stream, index, *pos)?);
    }
    let mut prepared = Prepared {
        bytes: None,
        beyond: scan.beyond,
        capped: scan.capped,
        sheets: extras,
    };
    if scan.changed {
        let write = |file: &mut cfb::CompoundFile<Cursor<Vec<u8>>>| -> std::io::Result<()> {
            let mut s = file.open_stream(path)?;
            s.seek(SeekFrom::Start(0))?;
            s.write_all(&stream)?;
            s.flush()?;
            drop(s);
            file.flush()
        };
        write(&mut file).map_err(|e| Refusal::Damaged(e.to_string()))?;
        prepared.bytes = Some(file.into_inner().into_inner());
    }
    Ok(prepared)
}

/// A bounding box of cells: (first row, first col), (last row, last col).
type Span = Option<((u32, u32), (u32, u32))>;

struct Scan<'a> {
    limits: &'a Limits,
    kept: u64,
    changed: bool,
    beyond: Vec<(usize, (u32, u32))>,
    capped: Option<(usize, (u32, u32))>,
    /// Custom number formats (FORMAT) that show percentages, by format index.
    percent_formats: Vec<u32>,
    /// Per XF index: its number format shows a percentage.
    percent_xf: Vec<bool>,
    /// Per XF index: the palette index of its solid fill.
    fill_xf: Vec<Option<u32>>,
    /// The workbook's palette (indices 8-63), the default unless a PALETTE record sets it.
    palette: Vec<u32>,
}

/// One record header at `pos`: (type, data range), if the stream holds it whole.
fn record(stream: &[u8], pos: usize) -> Option<(u16, std::ops::Range<usize>)> {
    let head = stream.get(pos..pos.checked_add(4)?)?;
    let typ = u16::from_le_bytes([head[0], head[1]]);
    let len = u16::from_le_bytes([head[2], head[3]]) as usize;
    let data = pos + 4..pos + 4 + len;
    (data.end <= stream.len()).then_some((typ, data))
}

fn u16_at(data: &[u8], at: usize) -> u32 {
    u16::from_le_bytes([data[at], data[at + 1]]) as u32
}

impl<'a> Scan<'a> {
    fn new(limits: &'a Limits) -> Scan<'a> {
        Scan {
            limits,
            kept: 0,
            changed: false,
            beyond: Vec::new(),
            capped: None,
            percent_formats: Vec::new(),
            percent_xf: Vec::new(),
            fill_xf: Vec::new(),
            palette: DEFAULT_PALETTE.to_vec(),
        }
    }

    /// The globals substream: refuses FILEPASS, returns each sheet's stream offset.
    fn globals(&mut self, stream: &[u8]) -> Result<Vec<usize>, Refusal> {
        let mut sheets = Vec::new();
        let mut pos = 0;
        while let Some((typ, data)) = record(stream, pos) {
            match typ {
                FILEPASS => return Err(Refusal::Encrypted),
                BOUNDSHEET if data.len() >= 6 => {
                    let d = &stream[data.clone()];
                    let at = u32::from_le_bytes([d[0], d[1], d[2], d[3]]) as usize;
                    if at >= stream.len() {
                        let sheet = sheets.len() + 1;
                        let why = crate::msg::CollectMsg::XlsSheetBeyondStream { sheet };
                        return Err(Refusal::Damaged(why.to_string()));
                    }
                    sheets.push(at);
                }
                FORMAT if data.len() >= 5 => {
                    let d = &stream[data.clone()];
                    if biff8_string(&d[2..]).is_some_and(|code| super::styles::shows_percent(&code)) {
                        self.percent_formats.push(u16_at(d, 0));
                    }
                }
                XF if data.len() >= 4 => {
                    let format = u16_at(&stream[data.clone()], 2);
                    let percent = PERCENT_FORMATS.contains(&format) || self.percent_formats.contains(&format);
                    self.percent_xf.push(percent);
                    self.fill_xf.push(solid_fill(&stream[data.clone()]));
                }
                PALETTE if data.len() >= 2 => {
                    let d = &stream[data.clone()];
                    let n = (u16_at(d, 0) as usize).min((d.len() - 2) / 4);
                    self.palette = (0..n)
                        .map(|i| {
                            let c = &d[2 + 4 * i..];
                            u32::from_be_bytes([0, c[0], c[1], c[2]])
                        })
                        .collect();
                }
                EOF => break,
                _ => {}
            }
            pos = data.end;
        }
        Ok(sheets)
    }

    /// One sheet substream, walked as calamine walks it (nested substreams skipped).
    fn sheet(
        &mut self,
        stream: &mut [u8],
        index: usize,
        start: usize,
    ) -> Result<super::read::Extras, Refusal> {
        let mut extras = super::read::Extras::default();
        let (mut pos, mut depth, mut seen_bof) = (start, 0usize, false);
        let mut formula_dropped = false;
        let mut span: Span = None;
        while let Some((typ, data)) = record(stream, pos) {
            let next = data.end;
            if depth > 0 {
                depth = match typ {
                    BOF => depth + 1,
                    EOF => depth - 1,
                    _ => depth,
                };
                pos = next;
                continue;
            }
            match typ {
                BOF if seen_bof => depth += 1,
                BOF => seen_bof = true,
                EOF => break,
                DIMENSIONS => {
                    stream[data].fill(0);
                    self.changed = true;
                }
                STRING if formula_dropped => self.blank(stream, pos),
                ROW if data.len() >= 14 && u16_at(&stream[data.clone()], 12) & 0x20 != 0 => {
                    let row = u16_at(&stream[data], 0);
                    extras.hidden_rows.push((row, row));
                }
                COLINFO if data.len() >= 10 && u16_at(&stream[data.clone()], 8) & 1 != 0 => {
                    let d = &stream[data];
                    extras.hidden_cols.push((u16_at(d, 0), u16_at(d, 2)));
                }
                BLANK | MULBLANK => self.fill_cells(&stream[data], typ, &mut extras.fills),
                t if CELLS.contains(&t) || t == MULRK => {
                    self.percent_cells(&stream[data.clone()], t, &mut extras.percent);
                    self.fill_cells(&stream[data.clone()], t, &mut extras.fills);
                    let keep = self.cells(&stream[data], t, index);
                    match keep {
                        Some((row, first, last)) => widen(&mut span, row, first, last),
                        None => self.blank(stream, pos),
                    }
                    if t == FORMULA {
                        formula_dropped = keep.is_none();
                    }
                }
                _ => {}
            }
            pos = next;
        }
        match span {
            Some((first, last)) if area(first, last) > self.limits.max_cells => Err(Refusal::Span {
                sheet: index,
                first,
                last,
            }),
            _ => Ok(extras),
        }
    }

    /// The number cells of a record whose XF shows a percentage.
    fn percent_cells(&self, data: &[u8], typ: u16, out: &mut Vec<(u32, u32)>) {
        let percent = |xf: u32| self.percent_xf.get(xf as usize).copied().unwrap_or(false);
        if data.len() < 6 {
            return;
        }
        let (row, col) = (u16_at(data, 0), u16_at(data, 2));
        match typ {
            NUMBER | RK | FORMULA if percent(u16_at(data, 4)) => out.push((row, col)),
            MULRK => {
                // rw, colFirst, then (ixfe, rk) six bytes each, then colLast.
                let cells = data.len().saturating_sub(6) / 6;
                for k in 0..cells {
                    if percent(u16_at(data, 4 + 6 * k)) {
                        out.push((row, col + k as u32));
                    }
                }
            }
            _ => {}
        }
    }

    /// The cells of a record whose XF has a solid fill, as (row, col, 0xRRGGBB); white and
    /// the system colours are no fill. Past the limits, `read`'s sink leaves them out.
    fn fill_cells(&self, data: &[u8], typ: u16, out: &mut Vec<(u32, u32, u32)>) {
        if data.len() < 6 || out.len() >= MAX_FILLS {
            return;
        }
        let rgb = |xf: u32| {
            let index = self.fill_xf.get(xf as usize).copied().flatten()? as usize;
            let rgb = match index {
                0..=7 => DEFAULT_PALETTE[index],
                8..=63 => self
                    .palette
                    .get(index - 8)
                    .copied()
                    .unwrap_or(DEFAULT_PALETTE[index - 8]),
                _ => return None,
            };
            (rgb != 0xFFFFFF).then_some(rgb)
        };
        let (row, col) = (u16_at(data, 0), u16_at(data, 2));
        let (step, cells) = match typ {
            // rw, colFirst, then (ixfe, rk) six bytes each (ixfe two for MULBLANK), colLast.
            MULRK => (6, data.len().saturating_sub(6) / 6),
            MULBLANK => (2, data.len().saturating_sub(6) / 2),
            _ => (0, 1),
        };
        for k in 0..cells {
            if let Some(rgb) = rgb(u16_at(data, 4 + step * k)) {
                out.push((row, col + k as u32, rgb));
            }
        }
    }

    fn blank(&mut self, stream: &mut [u8], pos: usize) {
        stream[pos..pos + 2].copy_from_slice(&BLANK.to_le_bytes());
        self.changed = true;
    }

    /// Decides whether a cell record is kept: Some((row, first col, last col)) if so.
    fn cells(&mut self, data: &[u8], typ: u16, sheet: usize) -> Option<(u32, u32, u32)> {
        if data.len() < 6 {
            return None; // calamine would refuse it; dropping it is safer.
        }
        let row = u16_at(data, 0);
        let first = u16_at(data, 2);
        let last = if typ == MULRK {
            u16_at(data, data.len() - 2)
        } else {
            first
        };
        if last < first {
            return None;
        }
        let limits = self.limits;
        if row >= limits.max_rows || last >= limits.max_cols {
            if !self.beyond.iter().any(|(s, _)| *s == sheet) {
                let col = if row >= limits.max_rows {
                    first
                } else {
                    first.max(limits.max_cols)
                };
                self.beyond.push((sheet, (row, col)));
            }
            return None;
        }
        let n = (last - first + 1) as u64;
        if self.capped.is_some() || self.kept + n > limits.max_cells {
            self.capped.get_or_insert((sheet, (row, first)));
            return None;
        }
        self.kept += n;
        Some((row, first, last))
    }
}

/// The palette index of an XF's solid fill (BIFF8: fls in bits 26-31 of the dword at 14,
/// icvFore in bits 0-6 of the word at 18).
fn solid_fill(xf: &[u8]) -> Option<u32> {
    if xf.len() < 20 {
        return None;
    }
    let fls = u32::from_le_bytes([xf[14], xf[15], xf[16], xf[17]]) >> 26;
    (fls == SOLID).then(|| u16_at(xf, 18) & 0x7F)
}

/// A BIFF8 unicode string (character count, flags, characters), as stored in FORMAT.
fn biff8_string(data: &[u8]) -> Option<String> {
    let count = u16::from_le_bytes([*data.first()?, *data.get(1)?]) as usize;
    let wide = data.get(2)? & 1 != 0;
    let chars = data.get(3..)?;
    if wide {
        let units: Vec<u16> = chars
            .chunks_exact(2)
            .take(count)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        Some(String::from_utf16_lossy(&units))
    } else {
        Some(chars.iter().take(count).map(|b| *b as char).collect())
    }
}

fn widen(span: &mut Span, row: u32, first: u32, last: u32) {
    let (a, b) = span.get_or_insert(((row, first), (row, last)));
    *a = (a.0.min(row), a.1.min(first));
    *b = (b.0.max(row), b.1.max(last));
}

fn area(first: (u32, u32), last: (u32, u32)) -> u64 {
    (last.0 - first.0 + 1) as u64 * (last.1 - first.1 + 1) as u64
}
