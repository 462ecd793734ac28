//! Messages of duban.toml and templates.

catalogue! {
    /// Messages of duban.toml and templates.
    pub enum SettingsMsg {
        Read { file: String, error: String } =>
            "{file}：无法读取设置文件：{error}",
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
        /// Where in duban.toml, with the key the line sets.
        AtLineKey { line: usize, key: String, text: String } =>
            "第{line}行（{key}）：{text}",
            "line {line} ({key}): {text}";
        /// Any other TOML error: the reader's words in English only.
        Syntax { detail: String } =>
            "这一行的写法有误：请对照 duban.toml 中的示例或 README 的“设置”一节修改",
            "{detail}";
        /// Full-width punctuation typed where TOML needs ASCII.
        FullWidth { chars: String } =>
            "含有全角字符 {chars} ：等号、引号、方括号、逗号须用半角（英文）符号，请切换到英文输入法重新输入",
            "full-width {chars} : the equals sign, quotes, brackets and commas must be ASCII";
        QuotedDate { value: String } =>
            "日期不要加引号：请把 {value} 写成 2020-04-10 这样（去掉引号）",
            "write the date without quotes, as 2020-04-10 (not {value})";
        DateForm { value: String } =>
            "日期“{value}”的写法不对：请写成 2020-04-10 的形式（年4位，月、日各2位，用减号连接，不加引号，不写时间）",
            "the date \"{value}\" is not written as 2020-04-10 (four-digit year, two-digit month and day, no quotes, no time)";
        DateOutOfRange { value: String } =>
            "“{value}”不是有效日期（该月没有这一天）：请核对日期",
            "\"{value}\" is not a valid date";
        ExpectedList =>
            "这里应是列表：请写成 [\"区委办\", \"区人大办\"] 这样，用半角方括号括起，各项加引号、用半角逗号分隔",
            "a list is expected here: write [\"a\", \"b\"]";
        QuotedNumber { value: String } =>
            "这里应是数字，不加引号：请把 {value} 中的引号去掉",
            "a number is expected here, without quotes (not {value})";
        NotNegative { value: String } =>
            "“{value}”不能用在这里：应为不小于0的整数",
            "\"{value}\" cannot be used here: a whole number of 0 or more is expected";
        WrongType =>
            "值的类型不对：文字须加半角双引号，数字和日期不加引号，列表用方括号",
            "wrong kind of value: texts in double quotes, numbers and dates without, lists in brackets";
        Unquoted =>
            "文字须用半角双引号括起来：如 district = \"盐湖区\"",
            "a text must be in double quotes, as district = \"盐湖区\"";
        UnclosedQuote =>
            "引号没有成对：文字两端都要有半角双引号",
            "a quote is not closed";
        BadHeader =>
            "表头写法不对：应写成 [bulletin] 这样，用成对的半角方括号",
            "a table header must be written as [bulletin]";
        KeyNeedsQuotes =>
            "名称写法不对：含中文的名称须加半角双引号，如 \"扶贫办\" = \"区扶贫开发中心\"",
            "a key with Chinese characters must be quoted, as \"扶贫办\" = \"区扶贫开发中心\"";
        TrailingText { value: String } =>
            "“{value}”不是一个值：一行只写一个设置；日期写成 2020-04-10，数字中不用逗号，文字加半角双引号",
            "\"{value}\" is not one value: one setting per line; dates as 2020-04-10, no commas in numbers, texts in double quotes";
        MissingEquals =>
            "缺少等号：应写成 名称 = 值（等号为半角）",
            "an equals sign is missing: write key = value";
        DuplicateKey { key: String } =>
            "“{key}”写了两次：请删去其中一处",
            "`{key}` is set twice: keep one";
        UnknownChoice { value: String, expected: String } =>
            "“{value}”不是可选的值：可选 {expected}",
            "\"{value}\" is not one of {expected}";
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
            "{file}：无法读取模板：{error}",
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
