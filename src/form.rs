//! The feedback form's contract (反馈表, docs/FORMS.md), in one place for its three users: the
//! writer (`render::forms`), the reader (`extract`, which finds the hidden identity sheet and
//! reads its keys) and the demo (`demo::returns`, which fills forms in as units do). Change
//! it here and in docs/FORMS.md together. Also the mark every workbook duban writes carries
//! ([`OUTPUT_KEYWORD`]), by which `merge` never takes one of them for a return.

pub mod plan;

use crate::msg::LayoutMsg;
use crate::period::Period;
use crate::register::Task;

/// The keyword every workbook duban writes carries in its document properties (cp:keywords,
/// set by `render::xlsx::fixed_properties`): an output of duban dropped into input/ (a
/// ledger, a run report, 反馈表清单, 任务清单) is never a return. A form carries it too; its
/// identity sheet tells it apart.
pub const OUTPUT_KEYWORD: &str = "duban-output";

/// The visible sheet units fill in.
pub const FORM_SHEET: &str = "反馈表";
/// The hidden sheet holding the form's identity (key in column A, value in column B).
pub const IDENTITY_SHEET: &str = "_duban";
/// Key of the first identity row; its value is [`FORM_VERSION`].
pub(crate) const IDENTITY_KEY: &str = "duban-form";
/// Layout version written into every form; bump it when docs/FORMS.md changes.
pub(crate) const FORM_VERSION: &str = "1";
/// Identity key of the unit's name as in the register.
pub(crate) const UNIT_KEY: &str = "unit";
/// Identity key of the period code (`2020-H1`).
pub(crate) const PERIOD_KEY: &str = "period";
/// Identity key of the notice file the register came from.
pub(crate) const NOTICE_KEY: &str = "generated";
/// Identity key of a task ID: one row per task, in sheet order.
pub(crate) const TASK_KEY: &str = "task";

/// Row (0-based) of the header; the title and the 填报单位 / 报告期 labels are above it.
pub(crate) const HEADER_ROW: u32 = 2;
/// Row (0-based) of the first task.
pub(crate) const FIRST_TASK_ROW: u32 = 3;

/// 任务编号: the locked column of task IDs.
pub(crate) const TASK_ID: &str = "任务编号";
/// The register's columns, written by duban and locked.
pub(crate) const CANONICAL: [&str; 6] = [TASK_ID, "类别", "任务内容", "责任人", "牵头单位", "配合单位"];
/// The unit's earlier report, after [`CANONICAL`] when there is one.
pub(crate) const PREVIOUS: &str = "上期进展";
/// 完成状态: a list of the reportable statuses.
pub(crate) const STATUS: &str = "完成状态";
/// 完成进度(%): a whole number 0-100.
pub(crate) const PERCENT: &str = "完成进度(%)";
/// The columns the unit fills in.
pub(crate) const FILL_IN: [&str; 6] = [STATUS, PERCENT, "进展情况", "存在困难", "意见建议", "下步打算"];
/// The sign-off rows after the table (one blank row between): label in column A, value in B.
pub(crate) const SIGN_OFF: [&str; 4] = ["填报人：", "联系电话：", "填报日期：", "审核人："];

/// The header names of a form, in order; `with_previous` keeps 上期进展.
pub fn header_names(with_previous: bool) -> Vec<&'static str> {
    let previous = with_previous.then_some(PREVIOUS);
    CANONICAL.into_iter().chain(previous).chain(FILL_IN).collect()
}

/// A task's cells under [`CANONICAL`], in that order: ID, 类别, text, leaders, lead and
/// partner units (names joined into one list, [`crate::msg::join`]).
pub(crate) fn canonical_cells(task: &Task) -> [String; 6] {
    [
        task.id.clone(),
        task.attachment.title().to_string(),
        task.text.clone(),
        crate::msg::join(&task.leaders),
        crate::msg::join(&task.lead_units),
        crate::msg::join(&task.partner_units),
    ]
}

/// The identity sheet's rows (key in column A, value in column B), in order: the version
/// ([`IDENTITY_KEY`]), the unit, the period code and the notice, then one [`TASK_KEY`] row per
/// task in sheet order.
pub(crate) fn identity_rows<'a>(
    unit: &str,
    period: Period,
    notice: &str,
    tasks: impl IntoIterator<Item = &'a str>,
) -> Vec<(&'static str, String)> {
    let mut rows = vec![
        (IDENTITY_KEY, FORM_VERSION.to_string()),
        (UNIT_KEY, unit.to_string()),
        (PERIOD_KEY, period.code()),
        (NOTICE_KEY, notice.to_string()),
    ];
    rows.extend(tasks.into_iter().map(|id| (TASK_KEY, id.to_string())));
    rows
}

/// `2020年盐湖区《政府工作报告》重点任务上半年进展情况反馈表`, the period as official text
/// writes it (上半年, 前三季度).
pub fn title(period: Period, district: &str) -> String {
    title_with(period.year, district, period.label())
}

/// The title of the forms sent out before, in the notice's short word (半年, 三季度), as the
/// demo year's returns carry it: the reader takes both (`PeriodKind::find_in`).
pub fn title_before(period: Period, district: &str) -> String {
    title_with(period.year, district, period.short())
}

fn title_with(year: i32, district: &str, period: &str) -> String {
    LayoutMsg::FormTitle {
        year,
        district: district.to_string(),
        period: period.to_string(),
    }
    .to_string()
}

/// `填报单位：区财政局`
pub(crate) fn unit_label(unit: &str) -> String {
    LayoutMsg::FormUnit {
        unit: unit.to_string(),
    }
    .to_string()
}

/// `报告期：2020年上半年`.
pub fn period_label(period: Period) -> String {
    LayoutMsg::FormPeriod {
        period: period.title(),
    }
    .to_string()
}

/// `报告期：2020年半年`, as the forms sent out before say it (see [`title_before`]).
pub fn period_label_before(period: Period) -> String {
    LayoutMsg::FormPeriod {
        period: period.file_title(),
    }
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_names_follow_the_contract() {
        let all = header_names(true);
        assert_eq!(all.len(), 13);
        assert_eq!(all[0], "任务编号");
        assert_eq!(all[6], "上期进展");
        assert_eq!(all[12], "下步打算");
        let short = header_names(false);
        assert_eq!(short.len(), 12);
        assert!(!short.contains(&"上期进展"));
        assert_eq!(short[6], "完成状态");
    }

    #[test]
    fn identity_rows_follow_the_contract() {
        let period: Period = "2020-H1".parse().unwrap();
        let rows = identity_rows("区财政局", period, "notice.txt", ["1.(1).1", "实事3"]);
        let keys: Vec<&str> = rows.iter().map(|(k, _)| *k).collect();
        assert_eq!(
            keys,
            [IDENTITY_KEY, UNIT_KEY, PERIOD_KEY, NOTICE_KEY, TASK_KEY, TASK_KEY]
        );
        assert_eq!(rows[0].1, FORM_VERSION);
        assert_eq!(rows[2].1, "2020-H1");
        assert_eq!(rows[5].1, "实事3");
    }
}
