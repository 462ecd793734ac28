//! Messages of the comparison with the previous period (copied reports, regressions, lag).

catalogue! {
    /// Messages of the comparison with the previous period (copied reports, regressions, lag).
    pub enum CompareMsg {
        /// Ledger 与上期比较 cell and run report 说明: the progress text repeats the last report's.
        Copied { period: String, percent: String } =>
            "与上期雷同：进展情况与{period}基本相同（相似度{percent}，数字和标点不计）",
            "same as last period: the progress text is the same as in {period} ({percent} similar, digits and punctuation aside)";
        /// The status went backwards since the unit's last report.
        Regressed { period: String, from: String, to: String } =>
            "状态回退：{period}为{from}，本期为{to}",
            "status went backwards: {from} in {period}, {to} now";
        /// 滞后 or 未启动 in this period and the one before.
        Persistent { period: String, from: String, to: String } =>
            "连续滞后：{period}为{from}，本期为{to}",
            "lagging two periods in a row: {from} in {period}, {to} now";
        /// 汇总 六、与上期比较 when nothing went backwards or lagged twice.
        SummaryNone =>
            "本期与上期相比，无状态回退或连续两期滞后、未启动的任务",
            "no task went backwards or lagged two periods in a row";
        /// 汇总 六、与上期比较 in the first period of the year with data.
        SummaryNoPrevious =>
            "本年度尚无更早一期的报送数据，本期不作比较",
            "no earlier period of the year has data: nothing to compare with";
        /// 汇总: how many entries repeat last period's text.
        SummaryCopied { n: usize } =>
            "另有{n}条进展情况与上期雷同，见各任务表“与上期比较”列，比对依据见处理报告“与上期比较”表",
            "{n} progress texts repeat last period's: see the 与上期比较 column of the task sheets and the run report's 与上期比较 sheet";
        /// Console summary: the comparison's counts.
        Console { copied: usize, regressed: usize, persistent: usize } =>
            "  与上期比较：与上期雷同{copied}条，状态回退{regressed}条，连续滞后{persistent}条（依据见处理报告“与上期比较”）",
            "  compared with last period: {copied} copied, {regressed} gone backwards, {persistent} lagging twice (evidence in the run report's 与上期比较)";
    }
}
