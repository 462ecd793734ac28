//! Messages of the working-day calendar and the deadlines it gives.

catalogue! {
    /// Messages of the working-day calendar and the deadlines it gives.
    pub enum CalendarMsg {
        /// A date in running text.
        Date { year: i32, month: u32, day: u32 } =>
            "{year}年{month}月{day}日",
            "{year}-{month:02}-{day:02}";
        /// The deadline set in duban.toml.
        DeadlineSet { period: String, date: String, key: String } =>
            "{period}报送截止日期：{date}（duban.toml 中 [deadlines] 的 {key}）",
            "{period} deadline: {date} ({key} under [deadlines] in duban.toml)";
        /// The default rule, no holiday in the way.
        DeadlineRule { period: String, date: String, monday: String } =>
            "{period}报送截止日期：{date}（按通知“每季度结束后第一个工作周”，即{monday}开始的一周的最后一个工作日）",
            "{period} deadline: {date} (the notice's first working week after the quarter: the last working day of the week from {monday})";
        /// The default rule, past a holiday break.
        DeadlinePostponed { period: String, date: String, breaks: String } =>
            "{period}报送截止日期：{date}（按通知“每季度结束后第一个工作周”：{breaks}，顺延至其后第一个工作周的最后一个工作日）",
            "{period} deadline: {date} (the notice's first working week after the quarter, past {breaks}: the last working day of the next working week)";
        /// A break of the official calendar.
        Break { name: String, first: String, last: String } =>
            "{name}{first}至{last}放假",
            "{name} off from {first} to {last}";
        /// A one-day break.
        BreakDay { name: String, day: String } =>
            "{name}{day}放假",
            "{name} off on {day}";
        /// A break with its make-up working days.
        MakeUpDays { off: String, days: String } =>
            "{off}、{days}上班",
            "{off}, {days} worked";
        /// Days off the office listed itself.
        SettingsHolidays =>
            "duban.toml 中 [calendar] 所列的放假日",
            "the days off listed under [calendar] in duban.toml";
        /// The table has no holidays for the year of a default deadline.
        YearNotInCalendar { year: i32 } =>
            "注意：内置日历没有{year}年的节假日安排，截止日期只按周末推算。如该期间有节假日，请在 duban.toml 的 [calendar] 中写明放假和调休上班的日期，或在 [deadlines] 中直接写明截止日期",
            "note: the built-in calendar has no holidays for {year}, so the deadline counts weekends only. If that time has holidays, list the days off and make-up working days under [calendar] in duban.toml, or set the deadline under [deadlines]";
    }
}
