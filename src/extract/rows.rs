//! Sorting a data sheet's rows: header, title, note, sign-off date or record; building typed
//! records, each keeping the cells no field holds (其他) and counting its own cells.

use super::header::{self, Header, Role};
use super::labels::{date_in, label_of, labels_in};
use super::values::{self, text, DateValue};
use super::{Problem, Record, SheetCount, SheetRecords, Text};
use crate::collect::{CellValue, Merged, RawRow, RawSheet};
use crate::finding::{ExceptionKind, OtherValue};
use crate::msg::ExtractMsg;
use crate::place::Place;
use crate::status::Status;
use crate::text::numerals::{is_chinese_digit, parse_number};
use std::collections::BTreeMap;

struct Sheet<'a> {
    path: &'a str,
    raw: &'a RawSheet,
    header: Header,
    /// Merged ranges wider than one column, by first row: a title row is found without
    /// scanning every range for every row (a hostile sheet holds 100,000 of each).
    across: BTreeMap<u32, Vec<Merged>>,
    out: SheetRecords,
    /// A filled-in copy of our form: its 上期进展 column is our own text, not the unit's.
    form: bool,
    /// A date in a title or alone in a cell under the table: the 填报日期 when no label
    /// gives one.
    title_date: Option<(DateValue, Place)>,
    /// The 完成进度 column holds fractions (Excel's percent-formatted cells: 0.35 for 35 %),
    /// so a 1 in it is 100 %, not 1 %.
    fractions: bool,
    /// Statuses given as fill colours, and the legend that says what they mean.
    colours: super::colours::Colours,
}

/// Non-empty cells of a row.
fn filled_cells(row: &RawRow) -> usize {
    row.cells.iter().filter(|(_, v)| !text(v).is_empty()).count()
}

pub(crate) fn read_sheet(path: &str, raw: &RawSheet, header: Header, form: bool) -> SheetRecords {
    let out = SheetRecords {
        sheet: raw.name.clone(),
        header: header.clone(),
        titles: vec![],
        unit_label: None,
        period_label: None,
        date: None,
        records: vec![],
        count: SheetCount {
            rows_read: raw.rows.len(),
            cells_read: raw.rows.iter().map(filled_cells).sum(),
            ..SheetCount::default()
        },
        problems: vec![],
        findings: vec![],
    };
    let mut across: BTreeMap<u32, Vec<Merged>> = BTreeMap::new();
    for m in raw.merged.iter().filter(|m| m.last_col > m.first_col) {
        across.entry(m.first_row).or_default().push(*m);
    }
    let mut s = Sheet {
        path,
        raw,
        header,
        across,
        out,
        form,
        title_date: None,
        fractions: false,
        colours: super::colours::Colours::of(raw),
    };
    s.fractions = percent_fractions(raw, &s.header);
    let filled = fill_down(raw, s.header.last_row());
    for own in &raw.rows {
        let row = filled.get(&own.row).unwrap_or(own);
        s.classify(row, own);
    }
    if s.out.date.is_none() {
        s.out.date = s.title_date.take();
    }
    s.out.findings.extend(s.colours.finding(path, &raw.name));
    s.out
}

/// True when the data cells of the 完成进度 column that are numbers all lie in 0-1 and at least
/// one is strictly between: the unit's cells are percent-formatted (Excel stores 100 % as 1).
fn percent_fractions(raw: &RawSheet, header: &Header) -> bool {
    let Some(col) = header.column(Role::Percent) else {
        return false;
    };
    let below = header.last_row();
    let numbers = raw
        .rows
        .iter()
        .filter(|r| r.row > below)
        .filter_map(|r| r.cells.iter().find(|(c, _)| *c == col))
        .filter_map(|(_, v)| match v {
            CellValue::Number(n) if n.is_finite() => Some(*n),
            _ => None,
        });
    let (mut any_fraction, mut all_within) = (false, true);
    for n in numbers {
        any_fraction |= n > 0.0 && n < 1.0;
        all_within &= (0.0..=1.0).contains(&n);
    }
    any_fraction && all_within
}

/// Rows with the values of cells merged down copied into the rows below.
///
/// Ranges are taken by first row; in each column a row is filled by the first range with a
/// value that covers it, so rows a range already covered are not walked again: the cost is
/// bounded by rows × columns, not ranges × rows.
fn fill_down(raw: &RawSheet, header_last: u32) -> BTreeMap<u32, RawRow> {
    let mut out: BTreeMap<u32, RawRow> = BTreeMap::new();
    let mut down: Vec<&Merged> = raw
        .merged
        .iter()
        .filter(|m| m.last_row > m.first_row && m.first_row > header_last)
        .collect();
    down.sort_by_key(|m| (m.first_row, m.first_col, m.last_row, m.last_col));
    let mut covered: BTreeMap<u32, u32> = BTreeMap::new();
    for m in down {
        let Some(value) = cell_at(raw, m.first_row, m.first_col) else {
            continue;
        };
        let done = covered.get(&m.first_col).copied().unwrap_or(0);
        if m.last_row <= done {
            continue;
        }
        let from = m.first_row.max(done);
        for row in rows_in(raw, from + 1, m.last_row) {
            let entry = out.entry(row.row).or_insert_with(|| row.clone());
            if !entry.cells.iter().any(|(c, _)| *c == m.first_col) {
                entry.cells.push((m.first_col, value.clone()));
                entry.cells.sort_by_key(|(c, _)| *c);
            }
        }
        covered.insert(m.first_col, m.last_row);
    }
    out
}

/// The rows from `first` to `last` inclusive (rows are ascending).
fn rows_in(raw: &RawSheet, first: u32, last: u32) -> &[RawRow] {
    let start = raw.rows.partition_point(|r| r.row < first);
    let end = raw.rows.partition_point(|r| r.row <= last);
    &raw.rows[start..end.max(start)]
}

fn cell_at(raw: &RawSheet, row: u32, col: u32) -> Option<&CellValue> {
    let r = rows_in(raw, row, row).first()?;
    r.cells.iter().find(|(c, _)| *c == col).map(|(_, v)| v)
}

/// "一、…", "（一）…", "附件1": a heading, not a task.
fn looks_like_heading(t: &str) -> bool {
    let first: String = t.chars().take_while(|c| !"、.．，".contains(*c)).collect();
    let numbered = first.chars().count() < t.chars().count()
        && parse_number(&first).is_some()
        && !first.chars().all(|c| c.is_ascii_digit());
    let bracketed =
        (t.starts_with('（') || t.starts_with('(')) && t.chars().nth(1).is_some_and(is_chinese_digit);
    numbered || bracketed || t.starts_with("附件")
}

impl Sheet<'_> {
    fn place(&self, row: u32, col: u32) -> Place {
        Place::cell(self.path, &self.raw.name, row, col)
    }

    /// Sorts a row; `own` is the row as read, `row` the same with merged values filled down.
    fn classify(&mut self, row: &RawRow, own: &RawRow) {
        if row.row < self.header.row {
            self.other_row(own, true);
        } else if self.header.holds(row.row) || self.is_repeated_header(row) {
            self.out.count.other_row(filled_cells(own));
        } else if self.is_title_row(row) {
            self.other_row(row, true);
        } else if row
            .cells
            .first()
            .is_some_and(|(_, v)| label_of(&text(v)).is_some())
            || super::colours::is_legend_row(self.raw, own)
        {
            self.other_row(own, false);
        } else if !self.date_row(own) {
            let record = self.record(row, own);
            self.out.records.push(record);
        }
    }

    /// Two or more cells, every one a header word. Stops at the first cell that is not, so a
    /// record row costs one look at its first cell. A cell with a colon, or a label with its
    /// value ("填报单位：区财政局", "填报日期：2020年7月8日" side by side under the table), is a
    /// signature line, never a header word.
    fn is_repeated_header(&self, row: &RawRow) -> bool {
        row.cells.len() >= 2
            && row.cells.iter().all(|(_, v)| {
                let t = text(v);
                !t.contains([':', '：'])
                    && !header::roles_of(&t).is_empty()
                    && label_of(&t).is_none_or(|(_, value)| value.is_empty())
            })
    }

    /// One value across a merged range, or a lone heading cell.
    fn is_title_row(&self, row: &RawRow) -> bool {
        let merged_across = self.across.get(&row.row).into_iter().flatten().any(|m| {
            row.cells
                .iter()
                .all(|(c, _)| *c >= m.first_col && *c <= m.last_col)
        });
        let lone_heading = row.cells.len() == 1 && looks_like_heading(&text(&row.cells[0].1));
        merged_across || lone_heading
    }

    /// A title, label or note row: counted, with the labels it carries kept. A label with
    /// nothing after it takes the next cell's value (a typed date cell too).
    fn other_row(&mut self, row: &RawRow, title: bool) {
        self.out.count.other_row(filled_cells(row));
        let mut any_label = false;
        for (i, (col, v)) in row.cells.iter().enumerate() {
            for (label, value) in labels_in(&text(v)) {
                any_label = true;
                let (value, raw_value, place) = match row.cells.get(i + 1) {
                    Some((c, next)) if value.is_empty() => {
                        (text(next), next.clone(), self.place(row.row, *c))
                    }
                    _ => (value.clone(), CellValue::Text(value), self.place(row.row, *col)),
                };
                self.label(label, value, raw_value, place);
            }
        }
        if title && !any_label {
            let value = row
                .cells
                .iter()
                .map(|(_, v)| text(v))
                .collect::<Vec<_>>()
                .join(" ");
            let place = self.place(row.row, row.cells[0].0);
            if let Some(d) = date_in(&value) {
                self.title_date.get_or_insert((d, place.clone()));
            }
            self.out.titles.push(Text { value, place });
        }
    }

    /// A row below the header holding only dates (a typed date cell under the table): the
    /// date it was signed, taken when no label gives one.
    fn date_row(&mut self, row: &RawRow) -> bool {
        let dates: Vec<(DateValue, u32)> = row
            .cells
            .iter()
            .filter_map(|(c, v)| match v {
                CellValue::DateTime(_) | CellValue::Text(_) => values::date(v).map(|d| (d, *c)),
                _ => None,
            })
            .collect();
        if dates.is_empty() || dates.len() != row.cells.len() || row.cells.len() > 2 {
            return false;
        }
        self.out.count.other_row(filled_cells(row));
        let (d, c) = dates[0];
        let place = self.place(row.row, c);
        self.title_date.get_or_insert((d, place));
        true
    }

    fn label(&mut self, label: &str, value: String, raw: CellValue, place: Place) {
        if value.is_empty() {
            return;
        }
        match label {
            "填报单位" | "报送单位" | "单位名称" => {
                self.out.unit_label = Some(Text { value, place })
            }
            "报告期" | "报送时段" => self.out.period_label = Some(Text { value, place }),
            "填报日期" | "报送日期" | "填报时间" | "报送时间" => match values::date(&raw) {
                Some(d) => self.out.date = Some((d, place)),
                None => self.out.problems.push(Problem {
                    kind: ExceptionKind::BadValue,
                    message: ExtractMsg::NotDate {
                        place: place.to_string(),
                        value,
                    }
                    .to_string(),
                    place,
                }),
            },
            _ => {}
        }
    }

    fn cell<'r>(&self, row: &'r RawRow, role: Role) -> Option<(Place, &'r CellValue, String)> {
        let col = self.header.column(role)?;
        let (_, v) = row.cells.iter().find(|(c, _)| *c == col)?;
        let t = text(v);
        (!t.is_empty()).then(|| (self.place(row.row, col), v, t))
    }

    fn text_of(&self, row: &RawRow, role: Role) -> Option<Text> {
        self.cell(row, role)
            .map(|(place, _, value)| Text { value, place })
    }

    fn header_name(&self, role: Role) -> String {
        self.header
            .column(role)
            .and_then(|c| self.header.names.get(&c).cloned())
            .unwrap_or_default()
    }

    fn record(&self, row: &RawRow, own: &RawRow) -> Record {
        let s = |role| self.text_of(row, role).map(|t| t.value).unwrap_or_default();
        let mut r = Record {
            row: row.row,
            place: self.place(row.row, row.cells[0].0),
            task_id: self.text_of(row, Role::TaskId),
            task_text: self.text_of(row, Role::TaskText),
            lead_unit: self.text_of(row, Role::LeadUnit),
            unit: self.text_of(row, Role::Unit),
            status: None,
            percent: None,
            progress: s(Role::Progress),
            difficulties: s(Role::Difficulties),
            suggestions: s(Role::Suggestions),
            next_steps: s(Role::NextSteps),
            date: self
                .cell(row, Role::Date)
                .and_then(|(place, v, _)| values::date(v).map(|d| (d, place))),
            problems: vec![],
            other: vec![],
            repeats: vec![],
            cells: filled_cells(own),
            row_text: row
                .cells
                .iter()
                .map(|(_, v)| text(v))
                .collect::<Vec<_>>()
                .join(" | "),
            hidden: self.raw.hidden.row(row.row),
            contradiction: None,
            plan: vec![],
        };
        if r.hidden {
            // Identifies its task; its values are kept in 其他, none is this period's.
            (r.progress, r.difficulties, r.suggestions, r.next_steps) = Default::default();
            r.date = None;
            self.keep_the_rest(own, &mut r, None);
            return r;
        }
        if let Some((place, v, t)) = self.cell(row, Role::Percent) {
            match values::percent_in(v, self.fractions) {
                Ok(p) => r.percent = Some(p),
                Err(why) => {
                    let (at, header, value) = (place.to_string(), self.header_name(Role::Percent), t);
                    let message = match why {
                        values::BadPercent::OutOfRange => ExtractMsg::PercentOutOfRange {
                            place: at,
                            header,
                            value,
                        },
                        values::BadPercent::NotPercent => ExtractMsg::NotPercent {
                            place: at,
                            header,
                            value,
                        },
                    };
                    r.problems.push(bad(place, message))
                }
            }
        }
        r.plan = self.plan_cells(row);
        let said = self.status(row, &mut r);
        r.status = said.as_ref().map(|s| s.status);
        let status_col = said.as_ref().and_then(|s| s.elsewhere);
        if let Some(said) = said {
            self.check_consistency(row, &mut r, said);
        }
        self.keep_the_rest(own, &mut r, status_col);
        r
    }

    /// The row's non-empty cells under plan columns, in column order.
    fn plan_cells(&self, row: &RawRow) -> Vec<(crate::plan::PlanField, Text)> {
        let columns = self.header.columns.iter();
        let plan = columns.filter_map(|(c, r)| match r {
            Role::Plan(f) => Some((*c, *f)),
            _ => None,
        });
        plan.filter_map(|(c, f)| {
            let (_, v) = row.cells.iter().find(|(col, _)| *col == c)?;
            let value = text(v);
            let place = self.place(row.row, c);
            (!value.is_empty()).then_some((f, Text { value, place }))
        })
        .collect()
    }

    /// The row's own cells that no field holds: verbatim in 其他, or, for a column that
    /// repeats the register, for merge to compare with the matched task.
    fn keep_the_rest(&self, own: &RawRow, r: &mut Record, status_col: Option<u32>) {
        for (col, v) in &own.cells {
            let value = text(v);
            if value.is_empty() || Some(*col) == status_col {
                continue;
            }
            let role = self.header.columns.get(col).copied();
            let kept = OtherValue {
                header: self.kept_header(own.row, *col),
                cell: crate::place::a1(own.row, *col),
                value,
            };
            if r.hidden && !role.is_some_and(|r| super::apart::IDENTIFYING.contains(&r)) {
                r.other.push(kept);
                continue;
            }
            match role {
                Some(Role::Category | Role::Leader | Role::LeadUnit | Role::PartnerUnit) => {
                    r.repeats.push((role.expect("matched Some"), kept))
                }
                Some(Role::Previous) if self.form => {}
                Some(Role::Date) if values::date(v).is_none() => r.other.push(kept),
                None | Some(Role::Remark | Role::Previous) => r.other.push(kept),
                Some(_) => {}
            }
        }
    }

    /// A cell's header as kept in 其他: marked when the cell's row or column is hidden.
    fn kept_header(&self, row: u32, col: u32) -> String {
        let header = self.header.name(col).to_string();
        let header = if header.is_empty() && (self.raw.hidden.row(row) || self.raw.hidden.col(col)) {
            ExtractMsg::NoHeaderName.to_string()
        } else {
            header
        };
        if self.raw.hidden.row(row) {
            ExtractMsg::HiddenRowHeader { header }.to_string()
        } else if self.raw.hidden.col(col) {
            ExtractMsg::HiddenColumnHeader { header }.to_string()
        } else {
            header
        }
    }

    /// The status column (a status word, or 是 for 已完成), else a status word alone in a cell
    /// no column holds, else a status opening the progress text, else derived from the
    /// percentage, else 序时推进 listed as 完成状态未填 when the unit wrote anything at all.
    fn status(&self, row: &RawRow, r: &mut Record) -> Option<Said> {
        let stated = |status, place| Some(Said::stated(status, place));
        let mut said_no: Option<(Place, String)> = None;
        if let Some((place, _, t)) = self.cell(row, Role::Status) {
            if let Some(s) = Status::recognise(&t).or_else(|| Status::at_start(&t).map(|(s, _)| s)) {
                return stated(s, place);
            }
            match super::roles::yes_no(&t) {
                Some(true) => return stated(Status::Completed, place),
                Some(false) => said_no = Some((place, t)),
                None => {
                    let message = ExtractMsg::NotStatus {
                        place: place.to_string(),
                        header: self.header_name(Role::Status),
                        value: t,
                    };
                    r.problems.push(bad(place, message));
                }
            }
        }
        if let Some(col) = self.header.column(Role::Status).filter(|_| said_no.is_none()) {
            if let Some(s) = self.colours.status(self.raw, row.row, col) {
                return stated(s, self.place(row.row, col));
            }
        }
        if let Some((col, s)) = self.status_alone(row) {
            let mut said = Said::stated(s, self.place(row.row, col));
            said.elsewhere = Some(col);
            return Some(said);
        }
        if let Some((s, rest)) = Status::at_start(&r.progress) {
            r.progress = rest.to_string();
            let place = self.cell(row, Role::Progress).map(|(p, _, _)| p);
            return place.map_or(Some(Said::derived(s)), |p| stated(s, p));
        }
        let wrote = !(r.progress.is_empty() && r.difficulties.is_empty() && r.next_steps.is_empty());
        match r.percent {
            Some(100) if said_no.is_none() => return Some(Said::derived(Status::Completed)),
            Some(0) if !wrote => return Some(Said::derived(Status::NotStarted)),
            _ => {}
        }
        if !wrote && r.percent.is_none() && said_no.is_none() {
            return None;
        }
        let (place, message) = match said_no {
            Some((place, value)) => {
                let header = self.header_name(Role::Status);
                let at = place.to_string();
                (
                    place,
                    ExtractMsg::NotDoneOnly {
                        place: at,
                        header,
                        value,
                    },
                )
            }
            None => {
                let place = self
                    .header
                    .column(Role::Status)
                    .map_or_else(|| r.place.clone(), |c| self.place(row.row, c));
                let at = place.to_string();
                (place, ExtractMsg::NoStatus { place: at })
            }
        };
        r.problems.push(Problem {
            kind: ExceptionKind::NoStatus,
            message: message.to_string(),
            place,
        });
        Some(Said::derived(Status::OnTrack))
    }

    /// A status word alone in a cell of the row that no column's role holds (a 备注, a column
    /// without a header): the status, whatever the header said.
    fn status_alone(&self, row: &RawRow) -> Option<(u32, Status)> {
        row.cells.iter().find_map(|(c, v)| {
            // Never a column kept apart: hidden, or an earlier period's.
            let apart = self.raw.hidden.col(*c) || self.header.apart.iter().any(|a| a.col == *c);
            let free = !apart && matches!(self.header.columns.get(c), None | Some(Role::Remark));
            free.then(|| Status::recognise(&text(v)).map(|s| (*c, s)))
                .flatten()
                .filter(|(_, s)| *s != Status::NoReport)
        })
    }

    /// Flags a stated status that the row's own percentage or progress text contradicts.
    fn check_consistency(&self, row: &RawRow, r: &mut Record, said: Said) {
        let Some(place) = said.stated else {
            return;
        };
        let Some(against) = super::consistency::check(said.status, r.percent, &r.progress) else {
            return;
        };
        let cell_of = |role| self.cell(row, role).map(|(p, _, _)| p.cell).unwrap_or_default();
        let against = match against {
            super::consistency::Against::Percent(percent) => ExtractMsg::AgainstPercent {
                header: self.header_name(Role::Percent),
                percent,
                cell: cell_of(Role::Percent),
            },
            super::consistency::Against::Words(words) => ExtractMsg::AgainstWords {
                header: self.header_name(Role::Progress),
                words: words.to_string(),
                cell: cell_of(Role::Progress),
            },
        }
        .to_string();
        let message = ExtractMsg::Contradiction {
            place: place.to_string(),
            status: said.status.label().to_string(),
            against: against.clone(),
        };
        r.problems.push(Problem {
            kind: ExceptionKind::Contradiction,
            place: place.clone(),
            message: message.to_string(),
        });
        r.contradiction = Some(crate::finding::Contradiction { place, against });
    }
}

/// A row's status and where it came from.
#[derive(Debug, Clone)]
struct Said {
    status: Status,
    /// The cell where the unit stated it; None when it was derived (from the percentage) or
    /// assumed.
    stated: Option<Place>,
    /// The column of a status word found alone outside the status column (not kept in 其他).
    elsewhere: Option<u32>,
}

impl Said {
    fn stated(status: Status, place: Place) -> Said {
        Said {
            status,
            stated: Some(place),
            elsewhere: None,
        }
    }

    fn derived(status: Status) -> Said {
        Said {
            status,
            stated: None,
            elsewhere: None,
        }
    }
}

/// A value that could not be read, at `place`.
fn bad(place: Place, message: ExtractMsg) -> Problem {
    Problem {
        kind: ExceptionKind::BadValue,
        place,
        message: message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(r: u32, cells: &[(u32, &str)]) -> RawRow {
        RawRow {
            row: r,
            cells: cells
                .iter()
                .map(|(c, t)| (*c, CellValue::Text(t.to_string())))
                .collect(),
        }
    }

    fn m(first_row: u32, first_col: u32, last_row: u32, last_col: u32) -> Merged {
        Merged {
            first_row,
            first_col,
            last_row,
            last_col,
        }
    }

    /// Overlapping ranges (hostile, but possible): the first range with a value fills a row,
    /// an own cell is never overwritten, a range without a value fills nothing.
    #[test]
    fn fill_down_first_valued_range_wins() {
        let raw = RawSheet {
            name: "s".into(),
            visible: true,
            rows: vec![
                row(1, &[(0, "h")]),
                row(2, &[(0, "t1"), (1, "A")]),
                row(3, &[(0, "t2")]),
                row(4, &[(0, "t3"), (1, "own")]),
                row(5, &[(0, "t4"), (1, "B")]),
                row(6, &[(0, "t5")]),
                row(7, &[(0, "t6")]),
            ],
            merged: vec![m(5, 1, 7, 1), m(2, 1, 6, 1), m(3, 1, 7, 1), m(1, 2, 7, 2)],
            hidden: Default::default(),
            fills: vec![],
        };
        let filled = fill_down(&raw, 1);
        let at = |r: u32| {
            let row = filled
                .get(&r)
                .or_else(|| raw.rows.iter().find(|x| x.row == r))
                .unwrap();
            row.cells.iter().find(|(c, _)| *c == 1).map(|(_, v)| text(v))
        };
        assert_eq!(at(3).as_deref(), Some("A"));
        assert_eq!(at(4).as_deref(), Some("own"));
        assert_eq!(at(5).as_deref(), Some("B"));
        assert_eq!(at(6).as_deref(), Some("A"));
        assert_eq!(at(7).as_deref(), Some("B"));
        assert!(filled.values().all(|r| r.cells.iter().all(|(c, _)| *c != 2)));
    }
}
