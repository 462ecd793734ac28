//! Messages of duban.toml and templates.

catalogue! {
    /// Messages of duban.toml and templates.
    pub enum SettingsMsg {
        Read { file: String, error: String } =>
            "{file}：无法读取设置文件（{error}）",
            "{file}: cannot read: {error}";
        Invalid { file: String, message: String } =>
            "{file}：{message}",
            "{file}: {message}";
        /// Where in duban.toml a syntax or key error is.
        AtLine { line: usize, text: String } =>
            "第{line}行：{text}",
            "line {line}: {text}";
        /// A key duban does not know (misspelt or misplaced).
        UnknownKey { key: String, expected: String } =>
            "没有名为“{key}”的设置项（此处可用：{expected}），请检查拼写",
            "unknown field `{key}`, expected {expected}";
        /// Any other TOML error, as the TOML reader words it.
        Syntax { detail: String } =>
            "设置文件格式有误（{detail}）",
            "{detail}";
        BadDeadline { key: String, why: String } =>
            "deadlines.{key}：{why}",
            "deadlines.{key}: {why}";
        UnknownPeriod { key: String } =>
            "deadlines.{key}：未知的时段，应为 Q1、H1、Q3、Y 之一",
            "deadlines.{key}: unknown period, expected one of Q1, H1, Q3, Y";
        BadThresholds =>
            "matching：应满足 0 ≤ review ≤ accept ≤ 1",
            "matching: need 0 <= review <= accept <= 1";
        /// A `[calendar]` entry that is not a date.
        BadCalendarDay { key: String, why: String } =>
            "calendar.{key}：{why}",
            "calendar.{key}: {why}";
        /// A day listed both as a day off and as a working day.
        CalendarDayTwice { date: String } =>
            "calendar：{date}同时列在 holidays（放假）和 workdays（上班）中，请只保留一处",
            "calendar: {date} is listed both in holidays and in workdays; keep one";
        BadBulletinDate { why: String } =>
            "bulletin.date：{why}",
            "bulletin.date: {why}";
        BadYear { year: i32 } =>
            "year：{year}不是合理的年份",
            "year: {year} is not a plausible year";
        InvalidDate { date: String } =>
            "{date}不是有效日期",
            "{date} is not a valid date";
        NotADate { date: String } =>
            "{date}不是日期，请写成 2020-04-10 的形式（不加引号，不写时间）",
            "{date} is not a date; write it like 2020-04-10 (no quotes, no time)";
        TemplateRead { file: String, error: String } =>
            "{file}：无法读取模板（{error}）",
            "{file}: cannot read template: {error}";
        TemplateSyntax { file: String, message: String } =>
            "模板{file}有错误：{message}",
            "template {file}: {message}";
        TemplateRender { name: String, message: String } =>
            "模板{name}无法生成文字：{message}",
            "template {name}: {message}";
        /// A template naming a variable duban does not give it (strict mode).
        MissingVariable { name: String } =>
            "模板中的变量“{name}”不存在（可能拼错了）",
            "the template uses a variable that does not exist: {name}";
        /// Where a template came from when no override file was given.
        BuiltinTemplate { name: String } =>
            "内置模板 {name}.hbs",
            "built-in {name}.hbs";
        /// `[assessment.points]` names a fact the assessment does not count.
        UnknownAssessmentFact { table: String, key: String, known: String } =>
            "assessment.{table}.{key}：此处没有“{key}”这一考核事项，可用的事项有：{known}",
            "assessment.{table}.{key}: `{key}` is not a fact of this table; expected one of {known}";
        /// `[assessment] contradicted` names no task fact.
        UnknownContradicted { value: String, known: String } =>
            "assessment.contradicted：“{value}”不是任务类考核事项，可用的有：{known}",
            "assessment.contradicted: `{value}` is not a task fact; expected one of {known}";
        /// A base score or a rule's points that is not a finite number.
        AssessmentNotANumber { key: String } =>
            "assessment.{key}：分值须为有限数字",
            "assessment.{key}: the points must be a finite number";
        /// compare.copied_similarity outside 0-1.
        CopiedSimilarityRange { value: f64 } =>
            "compare.copied_similarity：{value}不在0到1之间",
            "compare.copied_similarity: {value} is not between 0 and 1";
    }
}
