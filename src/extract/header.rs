//! Header detection: which row is the table's header, and what each column holds.
//!
//! Header cells are scored against the synonym table [`SYNONYMS`]; the header is the row
//! among the first [`HEADER_SCAN`] rows with the most recognised columns that names a task
//! (编号 or 内容) and a report (状态, 进度 or 进展). A row right below it whose cells are all
//! header words makes a two-row header (its names win for their columns). A sheet whose
//! header words are all unknown, or that has none, is found by its content instead: the first
//! row naming a task of the register starts the data. Each column's role is then given from
//! its header word and its cells together ([`super::roles`]). Columns may come in any order;
//! nothing is found by position.

use super::roles::Vocab;
use super::values::text;
use crate::collect::{RawRow, RawSheet};
use crate::plan::{PlanField, PlanKind};
use crate::text::normal::header_key;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

/// How many non-empty rows from the top may hold the header.
pub(crate) const HEADER_SCAN: usize = 12;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub(crate) enum Role {
    TaskId,
    Category,
    TaskText,
    Leader,
    LeadUnit,
    PartnerUnit,
    /// 上期进展: our form repeats the last report; never read as this period's values.
    Previous,
    Status,
    Percent,
    Progress,
    Difficulties,
    Suggestions,
    NextSteps,
    /// 填报单位 as a column.
    Unit,
    /// 填报日期 as a column.
    Date,
    Remark,
    /// A running 序号 beside the task number: the row's number, nothing to keep.
    RowNumber,
    /// A column of the unit's 节点计划 (年度目标, a period's milestone, 完成标准 or planned
    /// percent): read by its header word only ([`crate::plan::PlanField::from_header`]).
    Plan(PlanField),
}

impl Role {
    /// The role's name as our form's header writes it.
    pub(crate) fn label(self) -> &'static str {
        match self {
            Role::TaskId => "任务编号",
            Role::Category => "类别",
            Role::TaskText => "任务内容",
            Role::Leader => "责任人",
            Role::LeadUnit => "牵头单位",
            Role::PartnerUnit => "配合单位",
            Role::Previous => "上期进展",
            Role::Status => "完成状态",
            Role::Percent => "完成进度",
            Role::Progress => "进展情况",
            Role::Difficulties => "存在困难",
            Role::Suggestions => "意见建议",
            Role::NextSteps => "下步打算",
            Role::Unit => "填报单位",
            Role::Date => "填报日期",
            Role::Remark => "备注",
            Role::RowNumber => "序号",
            Role::Plan(f) => f.label(),
        }
    }
}

/// Header words as units write them, each with the roles it may mean in preference order
/// ("推进情况" is the status when another column holds the progress text).
pub(crate) const SYNONYMS: &[(&str, &[Role])] = &[
    ("任务编号", &[Role::TaskId]),
    ("编号", &[Role::TaskId]),
    ("序号", &[Role::TaskId]),
    ("项目编号", &[Role::TaskId]),
    ("类别", &[Role::Category]),
    ("类型", &[Role::Category]),
    ("所属工程", &[Role::Category]),
    ("任务内容", &[Role::TaskText]),
    ("任务", &[Role::TaskText]),
    ("工作任务", &[Role::TaskText]),
    ("重点任务", &[Role::TaskText]),
    ("重点工作任务", &[Role::TaskText]),
    ("重点工作", &[Role::TaskText]),
    ("目标任务", &[Role::TaskText]),
    ("工作内容", &[Role::TaskText]),
    ("具体任务", &[Role::TaskText]),
    ("任务名称", &[Role::TaskText]),
    ("项目名称", &[Role::TaskText]),
    ("责任人", &[Role::Leader]),
    ("责任领导", &[Role::Leader]),
    ("包联领导", &[Role::Leader]),
    ("分管领导", &[Role::Leader]),
    ("牵头单位", &[Role::LeadUnit]),
    ("责任单位", &[Role::LeadUnit]),
    ("牵头部门", &[Role::LeadUnit]),
    ("配合单位", &[Role::PartnerUnit]),
    ("协办单位", &[Role::PartnerUnit]),
    ("上期进展", &[Role::Previous]),
    ("上期进展情况", &[Role::Previous]),
    ("完成状态", &[Role::Status]),
    ("状态", &[Role::Status]),
    ("进展状态", &[Role::Status]),
    ("任务状态", &[Role::Status]),
    ("完成进度", &[Role::Percent]),
    ("进度", &[Role::Percent]),
    ("完成比例", &[Role::Percent]),
    ("完成率", &[Role::Percent]),
    ("完成百分比", &[Role::Percent]),
    ("进展情况", &[Role::Progress]),
    ("工作进展", &[Role::Progress]),
    ("完成情况", &[Role::Progress]),
    ("推进情况", &[Role::Progress, Role::Status]),
    ("工作进展情况", &[Role::Progress]),
    ("进展", &[Role::Progress]),
    ("目前进展", &[Role::Progress]),
    ("工作推进情况", &[Role::Progress]),
    ("存在困难", &[Role::Difficulties]),
    ("存在问题", &[Role::Difficulties]),
    ("困难问题", &[Role::Difficulties]),
    ("存在的问题", &[Role::Difficulties]),
    ("困难和问题", &[Role::Difficulties]),
    ("存在的困难和问题", &[Role::Difficulties]),
    ("意见建议", &[Role::Suggestions]),
    ("建议", &[Role::Suggestions]),
    ("意见和建议", &[Role::Suggestions]),
    ("下步打算", &[Role::NextSteps]),
    ("下一步计划", &[Role::NextSteps]),
    ("下步工作", &[Role::NextSteps]),
    ("下一步打算", &[Role::NextSteps]),
    ("下步计划", &[Role::NextSteps]),
    ("下一步工作", &[Role::NextSteps]),
    ("下一步工作打算", &[Role::NextSteps]),
    ("下步措施", &[Role::NextSteps]),
    ("下一步措施", &[Role::NextSteps]),
    ("下一步", &[Role::NextSteps]),
    ("填报单位", &[Role::Unit]),
    ("报送单位", &[Role::Unit]),
    ("填报日期", &[Role::Date]),
    ("备注", &[Role::Remark]),
];

/// Stems of header words nobody listed ("工作举措及成效", "问题与困难", "下半年工作计划",
/// "是否完成"), each with the roles it may mean, best first: a header that names no role in
/// [`SYNONYMS`] is read by the earliest stem it holds (the first-named content of "A及B" is
/// the main one). Words of a report (its status, progress, difficulties, next steps) come
/// before the task's, so "项目进展" is a progress, not a task. A time or deadline column
/// ("计划完成时间") is no report: its cells go to 其他.
pub(crate) const STEMS: &[(&str, &[Role])] = &[
    ("是否完成", &[Role::Status]),
    ("是否已完成", &[Role::Status]),
    ("完成与否", &[Role::Status]),
    ("状态", &[Role::Status]),
    ("百分比", &[Role::Percent]),
    ("比例", &[Role::Percent]),
    ("进度", &[Role::Percent, Role::Progress]),
    ("问题", &[Role::Difficulties]),
    ("困难", &[Role::Difficulties]),
    ("难点", &[Role::Difficulties]),
    ("瓶颈", &[Role::Difficulties]),
    ("打算", &[Role::NextSteps]),
    ("计划", &[Role::NextSteps]),
    ("下步", &[Role::NextSteps]),
    ("下一步", &[Role::NextSteps]),
    ("思路", &[Role::NextSteps]),
    ("建议", &[Role::Suggestions]),
    ("诉求", &[Role::Suggestions]),
    ("举措", &[Role::Progress, Role::Status]),
    ("措施", &[Role::Progress, Role::Status]),
    ("成效", &[Role::Progress, Role::Status]),
    ("成果", &[Role::Progress, Role::Status]),
    ("进展", &[Role::Progress, Role::Status]),
    ("推进", &[Role::Progress, Role::Status]),
    ("落实", &[Role::Progress, Role::Status]),
    ("完成", &[Role::Progress, Role::Status]),
    ("情况", &[Role::Progress, Role::Status]),
];

/// Endings of a time or deadline column ("计划完成时间", "完成时限"): no report, whatever
/// else the header says.
const TIME_ENDINGS: &[&str] = &["时间", "时限", "日期", "期限"];

/// Stems of a task column, looked for only when no stem of a report is found.
const TASK_STEMS: &[(&str, &[Role])] = &[
    ("任务", &[Role::TaskText]),
    ("事项", &[Role::TaskText]),
    ("工作内容", &[Role::TaskText]),
    ("项目", &[Role::TaskText]),
];

/// Longest header (characters, normalised) read by its stems: longer cells are titles.
const MAX_STEM_HEADER: usize = 12;

/// What a header cell means: its roles, best first, and the stem they were read by (None
/// for a listed header word).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Meaning {
    pub(crate) roles: &'static [Role],
    pub(crate) stem: Option<&'static str>,
}

/// The roles a header cell may mean: a listed word ([`roles_of`]), else the earliest stem it
/// holds ([`STEMS`]); no roles when it holds neither.
pub(crate) fn meaning(raw: &str) -> Meaning {
    let roles = roles_of(raw);
    if !roles.is_empty() || raw.is_ascii() || raw.chars().nth(MAX_HEADER_CHARS).is_some() {
        return Meaning { roles, stem: None };
    }
    let t = header_key(raw);
    if t.chars().nth(MAX_STEM_HEADER).is_some() {
        return Meaning { roles, stem: None };
    }
    if let Some(end) = TIME_ENDINGS.iter().find(|e| t.ends_with(**e)) {
        return Meaning {
            roles: &[Role::Remark],
            stem: Some(end),
        };
    }
    let earliest = |stems: &'static [(&'static str, &'static [Role])]| {
        stems
            .iter()
            .filter_map(|(w, r)| t.find(w).map(|at| (at, std::cmp::Reverse(w.len()), *w, *r)))
            .min()
            .map(|(_, _, w, r)| Meaning {
                roles: r,
                stem: Some(w),
            })
    };
    earliest(STEMS)
        .or_else(|| earliest(TASK_STEMS))
        .unwrap_or(Meaning { roles, stem: None })
}

/// Longest cell taken as a possible header word, in characters.
const MAX_HEADER_CHARS: usize = 40;

/// [`SYNONYMS`] by word, and the words of 3 or more characters (with their lengths) that
/// may be found inside a longer cell, built once.
struct Words {
    exact: HashMap<&'static str, &'static [Role]>,
    inner: Vec<(&'static str, usize, &'static [Role])>,
}

static WORDS: LazyLock<Words> = LazyLock::new(|| Words {
    exact: SYNONYMS.iter().map(|(w, r)| (*w, *r)).collect(),
    inner: SYNONYMS
        .iter()
        .map(|(w, r)| (*w, w.chars().count(), *r))
        .filter(|(_, n, _)| *n >= 3)
        .collect(),
});

/// Cells remembered per thread by [`roles_of`] before the memory starts over.
const MEMO_CELLS: usize = 4096;

thread_local! {
    /// Cell text -> roles: the same short texts (statuses, unit and leader names, header
    /// words) fill most of the first rows of every sheet.
    static MEMO: std::cell::RefCell<HashMap<String, &'static [Role]>> = Default::default();
}

/// The roles a header cell may mean, best first; empty when it is no header word.
pub(crate) fn roles_of(raw: &str) -> &'static [Role] {
    // Header cells are short; a long cell (a task's text) is never one. Checked before the
    // normalisation, which would dominate the run on sheets full of long texts. Header
    // words are Chinese: a cell with no character beyond ASCII (a number, a date, an ID)
    // is none.
    if raw.is_ascii() || raw.chars().nth(MAX_HEADER_CHARS).is_some() {
        return &[];
    }
    if let Some(roles) = MEMO.with(|m| m.borrow().get(raw).copied()) {
        return roles;
    }
    let roles = roles_of_uncached(raw);
    MEMO.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= MEMO_CELLS {
            m.clear();
        }
        m.insert(raw.to_string(), roles);
    });
    roles
}

fn roles_of_uncached(raw: &str) -> &'static [Role] {
    let t = header_key(raw);
    if t.starts_with("上期") || t.starts_with("上季度") {
        return &[Role::Previous];
    }
    if let Some(f) = PlanField::from_header(&t) {
        return plan_role(f);
    }
    let words = &*WORDS;
    if let Some(roles) = words.exact.get(t.as_str()) {
        return roles;
    }
    // "2020年一季度工作进展情况": the longest header word inside a short cell.
    if t.chars().nth(14).is_some() {
        return &[];
    }
    words
        .inner
        .iter()
        .filter(|(w, _, _)| t.contains(w))
        .max_by_key(|(_, n, _)| *n)
        .map_or(&[], |(_, _, r)| r)
}

/// Every plan column's role, so a header word can name one as a `&'static [Role]`.
static PLAN_ROLES: LazyLock<Vec<Role>> = LazyLock::new(|| {
    let periods = std::iter::once(None).chain(crate::period::PeriodKind::ALL.map(Some));
    let mut roles = vec![
        Role::Plan(PlanField::new(PlanKind::Target, None)),
        Role::Plan(PlanField::new(PlanKind::When, None)),
    ];
    for period in periods {
        for kind in [PlanKind::Milestone, PlanKind::Standard, PlanKind::Percent] {
            roles.push(Role::Plan(PlanField::new(kind, period)));
        }
    }
    roles
});

/// The one role of a plan column.
fn plan_role(f: PlanField) -> &'static [Role] {
    let all: &'static [Role] = &PLAN_ROLES;
    all.iter()
        .position(|r| *r == Role::Plan(f))
        .map_or(&[], |i| &all[i..=i])
}

/// The header found on a sheet.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct Header {
    /// 0-based row of the (first) header row; for a table without a header row, its first
    /// data row.
    pub(crate) row: u32,
    /// The second row of a two-row header.
    pub(crate) sub_row: Option<u32>,
    /// No header row: the table starts with data at `row`.
    pub(crate) headless: bool,
    /// Column -> role, each role at most once (from the header words and the cells,
    /// [`super::roles`]).
    pub(crate) columns: BTreeMap<u32, Role>,
    /// Column -> header text as written (for messages).
    pub(crate) names: BTreeMap<u32, String>,
    /// Columns whose content overruled their header (or that had none).
    pub(crate) notes: Vec<super::roles::Note>,
    /// Columns kept apart from this period's values (hidden, or headed with an earlier
    /// period) whose cells go to 其他.
    pub(crate) apart: Vec<super::apart::Apart>,
}

impl Header {
    pub(crate) fn column(&self, role: Role) -> Option<u32> {
        self.columns.iter().find(|(_, r)| **r == role).map(|(c, _)| *c)
    }

    /// The last header row (for a headless table, the row above its first data row).
    pub(crate) fn last_row(&self) -> u32 {
        if self.headless {
            return self.row.saturating_sub(1);
        }
        self.sub_row.unwrap_or(self.row)
    }

    /// True for a row of the header itself.
    pub(crate) fn holds(&self, row: u32) -> bool {
        !self.headless && row >= self.row && row <= self.last_row()
    }

    /// The header text of a column, or "" when it has none.
    pub(crate) fn name(&self, col: u32) -> &str {
        self.names.get(&col).map_or("", String::as_str)
    }
}

/// Candidate roles per column of a row.
fn candidates(row: &RawRow) -> Vec<(u32, &'static [Role])> {
    row.cells
        .iter()
        .map(|(c, v)| (*c, meaning(&text(v)).roles))
        .filter(|(_, r)| !r.is_empty())
        .collect()
}

/// Gives each column one role by its header word alone, single-meaning columns first,
/// leftmost first (used to find the header row; the roles are then given by
/// [`super::roles::assign`]).
fn assign(cands: &[(u32, &'static [Role])]) -> BTreeMap<u32, Role> {
    let mut taken: BTreeMap<u32, Role> = BTreeMap::new();
    let pass = |multi: bool, taken: &mut BTreeMap<u32, Role>| {
        for (col, roles) in cands.iter().filter(|(_, r)| (r.len() > 1) == multi) {
            if let Some(role) = roles.iter().find(|r| !taken.values().any(|t| t == *r)) {
                taken.insert(*col, *role);
            }
        }
    };
    pass(false, &mut taken);
    pass(true, &mut taken);
    taken
}

/// True when the roles can head a table of task reports.
pub(crate) fn is_table_header(cols: &BTreeMap<u32, Role>) -> bool {
    let has = |r: Role| cols.values().any(|x| *x == r);
    let plan = cols
        .values()
        .any(|r| matches!(r, Role::Plan(f) if f.kind != PlanKind::When));
    (has(Role::TaskText) || has(Role::TaskId))
        && (has(Role::Status) || has(Role::Percent) || has(Role::Progress) || plan)
}

/// Finds the header of a sheet and gives its columns their roles from the header words and
/// the cells below, hidden columns and those headed with an earlier period kept apart
/// (`super::apart`); None when the sheet holds no table of tasks. `path` (the file's) and
/// the rows above the header tell which period the sheet is for.
pub(crate) fn find_header(sheet: &RawSheet, vocab: &Vocab, path: &str) -> Option<Header> {
    let mut header = header_by_words(sheet).or_else(|| header_by_content(sheet, vocab))?;
    let profiles = super::roles::profiles(data_rows(sheet, &header), vocab);
    let hint = period_hint(sheet, &header, path);
    let (assigned, apart) = super::apart::assign(sheet, &header.names, &profiles, hint);
    if is_table_header(&assigned.columns) {
        header.columns = assigned.columns;
        header.notes = assigned.notes;
        header.apart = apart;
    }
    Some(header)
}

/// The period the rows above the header, else the sheet's name, else the file's name names.
fn period_hint(sheet: &RawSheet, header: &Header, path: &str) -> Option<crate::period::PeriodKind> {
    use crate::period::PeriodKind;
    let above = sheet
        .rows
        .iter()
        .take_while(|r| r.row < header.row)
        .flat_map(|r| r.cells.iter().map(|(_, v)| text(v)))
        .collect::<Vec<_>>()
        .join(" ");
    let name = path.rsplit('/').next().unwrap_or(path);
    PeriodKind::find_in(&above)
        .or_else(|| PeriodKind::find_in(&sheet.name))
        .or_else(|| PeriodKind::find_in(name))
}

/// The header row among the first [`HEADER_SCAN`] rows by its header words.
fn header_by_words(sheet: &RawSheet) -> Option<Header> {
    let (idx, cols) = sheet
        .rows
        .iter()
        .take(HEADER_SCAN)
        .enumerate()
        .map(|(i, r)| (i, assign(&candidates(r))))
        .filter(|(_, cols)| is_table_header(cols))
        .max_by_key(|(i, cols)| (cols.len(), std::cmp::Reverse(*i)))?;
    let head = &sheet.rows[idx];
    let mut header = Header {
        row: head.row,
        sub_row: None,
        headless: false,
        columns: cols,
        names: head.cells.iter().map(|(c, v)| (*c, text(v))).collect(),
        notes: Vec::new(),
        apart: Vec::new(),
    };
    if let Some(next) = sheet.rows.get(idx + 1).filter(|n| n.row == head.row + 1) {
        let cands = candidates(next);
        if !cands.is_empty() && cands.len() == next.cells.len() {
            header.sub_row = Some(next.row);
            let mut merged = header.columns.clone();
            for (c, role) in assign(&cands) {
                merged.retain(|col, r| *r != role || *col == c);
                merged.insert(c, role);
            }
            header.columns = merged;
            for (c, v) in &next.cells {
                header.names.insert(*c, text(v));
            }
        }
    }
    Some(header)
}

/// A table whose header words are all unknown, or that has no header row: its first data
/// row is the first row among the first [`HEADER_SCAN`] naming a task of the register (its
/// number or its text); the row right above it is the header when it holds only short
/// texts. The table stands only if the cells then give it a task and a report column.
fn header_by_content(sheet: &RawSheet, vocab: &Vocab) -> Option<Header> {
    let first = sheet
        .rows
        .iter()
        .take(HEADER_SCAN)
        .position(|r| r.cells.iter().any(|(_, v)| vocab.names_a_task(&text(v))))?;
    let data = &sheet.rows[first];
    let above = first
        .checked_sub(1)
        .map(|i| &sheet.rows[i])
        .filter(|r| r.row + 1 == data.row && r.cells.len() >= 2)
        .filter(|r| r.cells.iter().all(|(_, v)| is_header_like(v)));
    let header = match above {
        Some(h) => Header {
            row: h.row,
            sub_row: None,
            headless: false,
            columns: BTreeMap::new(),
            names: h.cells.iter().map(|(c, v)| (*c, text(v))).collect(),
            notes: Vec::new(),
            apart: Vec::new(),
        },
        None => Header {
            row: data.row,
            sub_row: None,
            headless: true,
            columns: BTreeMap::new(),
            names: BTreeMap::new(),
            notes: Vec::new(),
            apart: Vec::new(),
        },
    };
    let assigned = super::roles::assign(
        &header.names,
        &super::roles::profiles(data_rows(sheet, &header), vocab),
    );
    is_table_header(&assigned.columns).then_some(header)
}

/// The rows below the header that may be data: visible, not a label line (填报单位：…,
/// 注：…), whose text would otherwise read as prose in its column.
fn data_rows<'s>(sheet: &'s RawSheet, header: &Header) -> impl Iterator<Item = &'s RawRow> {
    let (last, first, headless) = (header.last_row(), header.row, header.headless);
    sheet
        .rows
        .iter()
        .filter(move |r| r.row > last || (headless && r.row >= first))
        // Hidden rows are not this period's: they do not tell what a column holds.
        .filter(|r| !sheet.hidden.row(r.row))
        .filter(|r| {
            r.cells
                .first()
                .is_none_or(|(_, v)| super::labels::label_of(&text(v)).is_none())
        })
        .filter(|r| !super::colours::is_legend_row(sheet, r))
}

/// A short text that is no value: a possible header word nobody listed.
fn is_header_like(v: &crate::collect::CellValue) -> bool {
    let t = text(v);
    matches!(v, crate::collect::CellValue::Text(_))
        && t.chars().count() <= 12
        && crate::status::Status::recognise(&t).is_none()
        && !t.chars().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_words_and_their_variants() {
        assert_eq!(roles_of("完成进度(%)"), &[Role::Percent]);
        assert_eq!(roles_of(" 任 务 内 容 "), &[Role::TaskText]);
        assert_eq!(roles_of("2020年一季度工作进展情况"), &[Role::Progress]);
        assert_eq!(roles_of("上期进展"), &[Role::Previous]);
        assert_eq!(roles_of("上期进展情况"), &[Role::Previous]);
        assert_eq!(roles_of("推进情况"), &[Role::Progress, Role::Status]);
        assert!(roles_of("2020年盐湖区《政府工作报告》重点任务半年进展情况反馈表").is_empty());
    }

    #[test]
    fn header_words_nobody_listed_are_read_by_their_stems() {
        let m = |raw: &str| {
            let m = meaning(raw);
            (m.roles.first().copied(), m.stem)
        };
        assert_eq!(m("工作举措及成效"), (Some(Role::Progress), Some("举措")));
        assert_eq!(m("问题与困难"), (Some(Role::Difficulties), Some("问题")));
        assert_eq!(m("下半年工作计划"), (Some(Role::NextSteps), Some("计划")));
        assert_eq!(m("是否完成"), (Some(Role::Status), Some("是否完成")));
        assert_eq!(m("推进举措及问题"), (Some(Role::Progress), Some("推进")));
        assert_eq!(m("项目进展"), (Some(Role::Progress), Some("进展")));
        assert_eq!(m("计划完成时间"), (Some(Role::Remark), Some("时间")));
        assert_eq!(m("责任事项"), (Some(Role::TaskText), Some("事项")));
        // Listed words first; titles and numbers are no headers.
        assert_eq!(m("存在问题"), (Some(Role::Difficulties), None));
        assert_eq!(m("2020年盐湖区重点任务半年进展情况表"), (None, None));
        assert_eq!(m("12.5"), (None, None));
    }

    #[test]
    fn ambiguous_word_takes_the_free_role() {
        let both: &'static [Role] = &[Role::Progress, Role::Status];
        let cols = assign(&[(0, &[Role::TaskText]), (1, both), (2, &[Role::Progress])]);
        assert_eq!(cols[&1], Role::Status);
        assert_eq!(cols[&2], Role::Progress);
    }
}
