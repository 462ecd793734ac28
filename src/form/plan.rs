//! The 节点计划表's contract (`duban forms --plan`): the sheet, its columns and the identity
//! key that tells it from a feedback form. Written by `render::forms::plan`, read back like
//! any plan (the header words are [`crate::plan::PlanField`]'s own labels), filled in by the
//! tests. The identity sheet, the title rows and the sign-off rows are the feedback form's
//! ([`super`]).

use crate::period::{Period, PeriodKind};
use crate::plan::{PlanField, PlanKind};

/// The visible sheet units fill in.
pub const PLAN_SHEET: &str = "节点计划表";
/// Identity key saying what the workbook is; its value is [`PLAN_KIND`].
pub(crate) const KIND_KEY: &str = "kind";
pub(crate) const PLAN_KIND: &str = "plan";
/// The register's columns, written by duban and locked.
pub(crate) const CANONICAL: [&str; 3] = [super::TASK_ID, "类别", "任务内容"];

/// The columns the unit fills in, in order: 年度目标, then per period its milestone, its
/// 完成标准 and its planned percent.
pub(crate) fn fill_in() -> Vec<PlanField> {
    let per_period = PeriodKind::ALL.into_iter().flat_map(|p| {
        [PlanKind::Milestone, PlanKind::Standard, PlanKind::Percent].map(|k| PlanField::new(k, Some(p)))
    });
    std::iter::once(PlanField::new(PlanKind::Target, None))
        .chain(per_period)
        .collect()
}

/// The header names, in order.
pub(crate) fn header_names() -> Vec<&'static str> {
    CANONICAL
        .into_iter()
        .chain(fill_in().into_iter().map(PlanField::label))
        .collect()
}

/// The identity rows: the feedback form's, with [`KIND_KEY`] after the notice.
pub(crate) fn identity_rows<'a>(
    unit: &str,
    period: Period,
    notice: &str,
    tasks: impl IntoIterator<Item = &'a str>,
) -> Vec<(&'static str, String)> {
    let mut rows = super::identity_rows(unit, period, notice, tasks);
    rows.insert(4, (KIND_KEY, PLAN_KIND.to_string()));
    rows
}

/// `2020年盐湖区《政府工作报告》重点任务节点计划表`
pub(crate) fn title(year: i32, district: &str) -> String {
    crate::msg::LayoutMsg::PlanFormTitle {
        year,
        district: district.to_string(),
    }
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normal::header_key;

    #[test]
    fn every_fill_in_header_reads_back_as_its_field() {
        for f in fill_in() {
            assert_eq!(PlanField::from_header(&header_key(f.label())), Some(f));
        }
        assert_eq!(header_names().len(), 3 + 13);
    }
}
