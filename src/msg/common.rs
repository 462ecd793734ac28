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
            "“{text}”不是报告期：请写成 2020-Q1、2020-H1、2020-Q3、2020-Y（或 2020一季度、2020半年、2020三季度、2020全年）",
            "\"{text}\" is not a period: write 2020-Q1, 2020-H1, 2020-Q3, 2020-Y (or 2020一季度, 2020半年, 2020三季度, 2020全年)";
        /// A list cut short: the first items, then how many there are in all / how many more.
        ListCut { list: String, total: usize, more: usize } => "{list}等{total}个", "{list} and {more} more";
    }
}
