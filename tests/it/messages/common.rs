//! Pins of every `msg::CommonMsg` message built as a value, both languages whole.
//! Generated from src/msg once and kept by hand: a changed text must change here too.

use super::Pins;
use duban::msg::{self, CommonMsg, Lang};

pub fn all(p: &mut Pins) {
    p.pin(CommonMsg::ListSeparator, "、", ", ");
    p.pin(
        CommonMsg::AtPlace {
            place: "区财政局.xlsx / Sheet1 / D7".into(),
            text: "TEXT".into(),
        },
        "区财政局.xlsx / Sheet1 / D7：TEXT",
        "区财政局.xlsx / Sheet1 / D7: TEXT",
    );
    p.pin(
        CommonMsg::Labelled {
            label: "完成进度".into(),
            text: "TEXT".into(),
        },
        "完成进度：TEXT",
        "完成进度: TEXT",
    );
    p.pin(
        CommonMsg::WithNote {
            text: "TEXT".into(),
            note: "NOTE".into(),
        },
        "TEXT（NOTE）",
        "TEXT (NOTE)",
    );
    p.pin(CommonMsg::Column { column: "D".into() }, "D列", "column D");
    p.pin(CommonMsg::CommaSeparator, "，", ", ");
    p.pin(CommonMsg::ClauseSeparator, "；", "; ");
    p.pin(CommonMsg::CauseSeparator, "：", ": ");
    p.pin(
        CommonMsg::BadPeriod { text: "TEXT".into() },
        "“TEXT”不是报告期：请写年份和时段，如 2020一季度（或 2020第一季度、2020年1-3月）、2020上半年（2020半年、2020年1-6月）、2020前三季度（2020三季度、2020年1-9月）、2020全年（2020年度），也可写 2020-Q1、2020-H1、2020-Q3、2020-Y",
        "\"TEXT\" is not a period: write the year and the period, as 2020-Q1, 2020-H1, 2020-Q3, 2020-Y (or 2020一季度, 2020上半年, 2020前三季度, 2020全年, 2020年1-9月 ...)",
    );
    p.pin(
        CommonMsg::ListCut {
            list: "LIST".into(),
            total: 3,
            more: 3,
        },
        "LIST等3个",
        "LIST and 3 more",
    );
}

/// The helpers every list, clause run and label goes through: the separators follow the
/// language.
#[test]
fn lists_clauses_and_labels_follow_the_language() {
    let units = ["区财政局", "区税务局", "区民政局"];
    let said = |lang| {
        msg::with_lang(lang, || {
            (
                msg::join(units),
                msg::clauses(&units[..2]),
                msg::labelled("牵头单位", msg::join(&units[..1])),
                msg::join(Vec::<String>::new()),
                msg::commas(&units[1..]),
            )
        })
    };
    assert_eq!(
        said(Lang::Zh),
        (
            "区财政局、区税务局、区民政局".to_string(),
            "区财政局；区税务局".to_string(),
            "牵头单位：区财政局".to_string(),
            String::new(),
            "区税务局，区民政局".to_string()
        )
    );
    assert_eq!(
        said(Lang::En),
        (
            "区财政局, 区税务局, 区民政局".to_string(),
            "区财政局; 区税务局".to_string(),
            "牵头单位: 区财政局".to_string(),
            String::new(),
            "区税务局, 区民政局".to_string()
        )
    );
}
