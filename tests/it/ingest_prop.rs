//! Property: the merged entries do not depend on column order, on which header synonyms a
//! unit used, on title rows above the table or on blank rows in it.

use crate::support::raw::*;
use duban::merge::merge_collected;
use duban::model::Entry;
use duban::period::{Period, PeriodKind};
use proptest::prelude::*;

/// Header synonyms per column, and each data row's value in that column.
const COLUMNS: &[(&[&str], [&str; 4])] = &[
    (
        &["任务", "任务内容", "工作任务", "重点任务", "重点工作任务"],
        [
            "优化财政收支结构，强化预算绩效管理。",
            "严守政府债务管控底线，规范举债融资行为。",
            "推进国资国企改革，支持恒舜通放大融资功能，推动建投、文旅投市场化、实体化，参与重大工程建设，提升政府投资效率。",
            "加大财政、金融、土地等政策支持力度",
        ],
    ),
    (&["完成状态", "状态", "推进情况"], ["已完成", "序时推进", "滞后", ""]),
    (&["完成进度", "进度", "完成比例", "完成进度(%)"], ["#100", "50%", "#0.2", ""]),
    (&["进展情况", "工作进展", "完成情况", "工作进展情况"], ["全部完成", "正在推进", "", "未启动。尚在谋划"]),
    (&["存在困难", "存在问题", "困难问题"], ["", "资金不足", "", ""]),
    (&["下步打算", "下一步计划", "下步工作"], ["巩固", "", "加快", ""]),
];

fn grid(order: &[usize], names: &[usize], titles: usize, blanks: &[usize]) -> Vec<Vec<String>> {
    let mut g: Vec<Vec<String>> = Vec::new();
    let title_rows = ["区财政局", "2020年一季度重点任务进展情况"];
    for t in title_rows.iter().take(titles) {
        g.push(vec![t.to_string()]);
    }
    g.push(
        order
            .iter()
            .map(|&c| COLUMNS[c].0[names[c] % COLUMNS[c].0.len()].to_string())
            .collect(),
    );
    for (r, blank) in blanks.iter().enumerate() {
        g.extend(std::iter::repeat_n(Vec::new(), *blank));
        g.push(order.iter().map(|&c| COLUMNS[c].1[r].to_string()).collect());
    }
    g
}

fn entries(g: &[Vec<String>], name: &str) -> (Vec<Entry>, usize) {
    let rows: Vec<Vec<&str>> = g.iter().map(|r| r.iter().map(String::as_str).collect()).collect();
    let refs: Vec<&[&str]> = rows.iter().map(|r| r.as_slice()).collect();
    let wb = workbook(name, None, vec![sheet("S", &refs)]);
    let q1 = Period::new(2020, PeriodKind::Q1);
    let model = merge_collected(register(), &settings(), vec![wb], q1);
    assert_balanced(&model);
    let mut es: Vec<Entry> = model
        .current_progress()
        .entries
        .iter()
        .filter(|e| e.reported())
        .cloned()
        .collect();
    for e in &mut es {
        e.source = None; // the cell moves with the layout; the content must not
    }
    (es, model.exceptions.len())
}

proptest! {
    #![proptest_config(crate::support::proptest_config(48))]
    #[test]
    fn layout_does_not_change_the_entries(
        order in Just((0..COLUMNS.len()).collect::<Vec<_>>()).prop_shuffle(),
        names in prop::collection::vec(0usize..5, COLUMNS.len()),
        titles in 0usize..3,
        blanks in prop::collection::vec(0usize..3, 4),
    ) {
        let base_order: Vec<usize> = (0..COLUMNS.len()).collect();
        let (base, base_exc) = entries(&grid(&base_order, &[0; 6], 1, &[0; 4]), "区财政局.xlsx");
        prop_assert_eq!(base.len(), 4);
        let (got, exc) = entries(&grid(&order, &names, titles, &blanks), "区财政局.xlsx");
        prop_assert_eq!(got, base);
        prop_assert_eq!(exc, base_exc);
    }
}
