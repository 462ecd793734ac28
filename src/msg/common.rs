//! Phrases several stages share.

catalogue! {
    /// Small phrases used inside other messages and on the console.
    pub enum CommonMsg {
        /// After a list cut short.
        AndMore { n: usize } => "等{n}个", "and {n} more";
        /// Between the items of a list inside a message.
        ListSeparator => "、", ", ";
        /// A finding's place before its text.
        AtPlace { place: String, text: String } => "{place}：{text}", "{place}: {text}";
        /// Between clauses (a task's flags).
        ClauseSeparator => "；", "; ";
        /// Between an error and its cause.
        CauseSeparator => "：", ": ";
        /// A `--period` (or JSON period) that is not one.
        BadPeriod { text: String } =>
            "“{text}”不是报告期：请写年份和时段，如 2020一季度（或 2020第一季度、2020年1-3月）、2020上半年（2020半年、2020年1-6月）、2020前三季度（2020三季度、2020年1-9月）、2020全年（2020年度），也可写 2020-Q1、2020-H1、2020-Q3、2020-Y",
            "\"{text}\" is not a period: write the year and the period, as 2020-Q1, 2020-H1, 2020-Q3, 2020-Y (or 2020一季度, 2020上半年, 2020前三季度, 2020全年, 2020年1-9月 ...)";
        /// A list cut short: the first items, then how many there are in all / how many more.
        ListCut { list: String, total: usize, more: usize } => "{list}等{total}个", "{list} and {more} more";
    }
}
