//! Phrases several stages share.

catalogue! {
    /// Small phrases used inside other messages and on the console.
    pub enum CommonMsg {
        /// Between the items of a list inside a message.
        ListSeparator => "、", ", ";
        /// A finding's place before its text.
        AtPlace { place: String, text: String } => "{place}：{text}", "{place}: {text}";
        /// A label before its text (a header and its value, a kind and its detail).
        Labelled { label: String, text: String } => "{label}：{text}", "{label}: {text}";
        /// A column named by its letters, standing in for a missing header.
        Column { column: String } => "{column}列", "column {column}";
        /// A text with a note after it in brackets.
        WithNote { text: String, note: String } => "{text}（{note}）", "{text} ({note})";
        /// Between the items of a run that official usage separates with commas (the
        /// organisations of a 抄送 line, GB/T 9704; counts by method).
        CommaSeparator => "，", ", ";
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

/// Items joined into one list for people, with [`CommonMsg::ListSeparator`]: "区财政局、区税务局"
/// in Chinese, "区财政局, 区税务局" in English. Every list duban shows (in a message, a ledger
/// cell, the bulletin, a form) is joined here, so the separator follows the language.
pub fn join<I>(items: I) -> String
where
    I: IntoIterator,
    I::Item: AsRef<str>,
{
    join_with(items, &CommonMsg::ListSeparator.to_string())
}

/// Clauses joined with [`CommonMsg::ClauseSeparator`]: "；" in Chinese, "; " in English.
pub fn clauses<I>(items: I) -> String
where
    I: IntoIterator,
    I::Item: AsRef<str>,
{
    join_with(items, &CommonMsg::ClauseSeparator.to_string())
}

/// Items joined with [`CommonMsg::CommaSeparator`]: "，" in Chinese, ", " in English.
pub fn commas<I>(items: I) -> String
where
    I: IntoIterator,
    I::Item: AsRef<str>,
{
    join_with(items, &CommonMsg::CommaSeparator.to_string())
}

/// "label：text" ([`CommonMsg::Labelled`]).
pub fn labelled(label: impl Into<String>, text: impl Into<String>) -> String {
    CommonMsg::Labelled {
        label: label.into(),
        text: text.into(),
    }
    .to_string()
}

fn join_with<I>(items: I, separator: &str) -> String
where
    I: IntoIterator,
    I::Item: AsRef<str>,
{
    let mut out = String::new();
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(item.as_ref());
    }
    out
}
