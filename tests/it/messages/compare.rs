//! Pins of every `msg::CompareMsg` message built as a value, both languages whole.

use super::Pins;
use duban::msg::CompareMsg;

pub fn all(p: &mut Pins) {
    p.pin(
        CompareMsg::Copied {
            period: "一季度".into(),
            percent: "100%".into(),
        },
        "与上期雷同：进展情况与一季度基本相同（相似度100%，数字和标点不计）",
        "same as last period: the progress text is the same as in 一季度 (100% similar, digits and punctuation aside)",
    );
    p.pin(
        CompareMsg::Regressed {
            period: "一季度".into(),
            from: "已完成".into(),
            to: "序时推进".into(),
        },
        "状态回退：一季度为已完成，本期为序时推进",
        "status went backwards: 已完成 in 一季度, 序时推进 now",
    );
    p.pin(
        CompareMsg::Persistent {
            period: "一季度".into(),
            from: "滞后".into(),
            to: "未启动".into(),
        },
        "连续滞后：一季度为滞后，本期为未启动",
        "lagging two periods in a row: 滞后 in 一季度, 未启动 now",
    );
    p.pin(
        CompareMsg::SummaryNone,
        "本期与上期相比，无状态回退或连续两期滞后、未启动的任务",
        "no task went backwards or lagged two periods in a row",
    );
    p.pin(
        CompareMsg::SummaryNoPrevious,
        "本年度尚无更早一期的报送数据，本期不作比较",
        "no earlier period of the year has data: nothing to compare with",
    );
    p.pin(
        CompareMsg::SummaryCopied { n: 4 },
        "另有4条进展情况与上期雷同，见各任务表“与上期比较”列，比对依据见处理报告“与上期比较”表",
        "4 progress texts repeat last period's: see the 与上期比较 column of the task sheets and the run report's 与上期比较 sheet",
    );
    p.pin(
        CompareMsg::Console {
            copied: 10,
            regressed: 11,
            persistent: 20,
        },
        "  与上期比较：与上期雷同10条，状态回退11条，连续滞后20条（依据见处理报告“与上期比较”）",
        "  compared with last period: 10 copied, 11 gone backwards, 20 lagging twice (evidence in the run report's 与上期比较)",
    );
}
