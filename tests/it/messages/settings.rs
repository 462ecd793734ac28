//! Pins of every `msg::SettingsMsg` message built as a value, both languages whole.
//! Generated from src/msg once and kept by hand: a changed text must change here too.

use super::Pins;
use duban::msg::SettingsMsg;

pub fn all(p: &mut Pins) {
    toml_mistakes(p);
    p.pin(
        SettingsMsg::Read {
            file: "区财政局.xlsx".into(),
            error: "E".into(),
        },
        "区财政局.xlsx：无法读取设置文件：E",
        "区财政局.xlsx: cannot read: E",
    );
    p.pin(
        SettingsMsg::Invalid {
            file: "区财政局.xlsx".into(),
            message: "MESSAGE".into(),
        },
        "区财政局.xlsx：MESSAGE",
        "区财政局.xlsx: MESSAGE",
    );
    p.pin(
        SettingsMsg::AtLine {
            line: 3,
            text: "TEXT".into(),
        },
        "第3行：TEXT",
        "line 3: TEXT",
    );
    p.pin(
        SettingsMsg::UnknownKey {
            key: "KEY".into(),
            expected: "EXPECTED".into(),
        },
        "没有名为“KEY”的设置项（此处可用：EXPECTED），请检查拼写",
        "unknown field `KEY`, expected EXPECTED",
    );
    p.pin(
        SettingsMsg::Syntax {
            detail: "DETAIL".into(),
        },
        "这一行的写法有误：请对照 duban.toml 中的示例或 README 的“设置”一节修改",
        "DETAIL",
    );
    p.pin(
        SettingsMsg::BadDeadline {
            key: "KEY".into(),
            why: "WHY".into(),
        },
        "deadlines.KEY：WHY",
        "deadlines.KEY: WHY",
    );
    p.pin(
        SettingsMsg::UnknownPeriod { key: "KEY".into() },
        "deadlines.KEY：未知的时段，应为 Q1、H1、Q3、Y 之一",
        "deadlines.KEY: unknown period, expected one of Q1, H1, Q3, Y",
    );
    p.pin(
        SettingsMsg::BadThresholds,
        "matching：应满足 0 ≤ review ≤ accept ≤ 1",
        "matching: need 0 <= review <= accept <= 1",
    );
    p.pin(
        SettingsMsg::BadCalendarDay {
            key: "holidays".into(),
            why: "WHY".into(),
        },
        "calendar.holidays：WHY",
        "calendar.holidays: WHY",
    );
    p.pin(
        SettingsMsg::CalendarDayTwice {
            date: "2031-04-07".into(),
        },
        "calendar：2031-04-07同时列在 holidays（放假）和 workdays（上班）中，请只保留一处",
        "calendar: 2031-04-07 is listed both in holidays and in workdays; keep one",
    );
    p.pin(
        SettingsMsg::BadBulletinDate { why: "WHY".into() },
        "bulletin.date：WHY",
        "bulletin.date: WHY",
    );
    p.pin(
        SettingsMsg::BadYear { year: 2020 },
        "year：2020不是合理的年份",
        "year: 2020 is not a plausible year",
    );
    p.pin(
        SettingsMsg::InvalidDate { date: "DATE".into() },
        "DATE不是有效日期",
        "DATE is not a valid date",
    );
    p.pin(
        SettingsMsg::NotADate { date: "DATE".into() },
        "DATE不是日期，请写成 2020-04-10 的形式（不加引号，不写时间）",
        "DATE is not a date; write it like 2020-04-10 (no quotes, no time)",
    );
    p.pin(
        SettingsMsg::TemplateRead {
            file: "区财政局.xlsx".into(),
            error: "E".into(),
        },
        "区财政局.xlsx：无法读取模板：E",
        "区财政局.xlsx: cannot read template: E",
    );
    p.pin(
        SettingsMsg::TemplateSyntax {
            file: "区财政局.xlsx".into(),
            message: "MESSAGE".into(),
        },
        "模板区财政局.xlsx有错误：MESSAGE",
        "template 区财政局.xlsx: MESSAGE",
    );
    p.pin(
        SettingsMsg::TemplateRender {
            name: "N".into(),
            message: "MESSAGE".into(),
        },
        "模板N无法生成文字：MESSAGE",
        "template N: MESSAGE",
    );
    p.pin(
        SettingsMsg::MissingVariable { name: "N".into() },
        "模板中的变量“N”不存在（可能拼错了）",
        "the template uses a variable that does not exist: N",
    );
    p.pin(
        SettingsMsg::BuiltinTemplate { name: "N".into() },
        "内置模板 N.hbs",
        "built-in N.hbs",
    );
    p.pin(
        SettingsMsg::UnknownAssessmentFact {
            table: "points".into(),
            key: "KEY".into(),
            known: "KNOWN".into(),
        },
        "assessment.points.KEY：此处没有“KEY”这一考核事项，可用的事项有：KNOWN",
        "assessment.points.KEY: `KEY` is not a fact of this table; expected one of KNOWN",
    );
    p.pin(
        SettingsMsg::UnknownContradicted {
            value: "copied".into(),
            known: "KNOWN".into(),
        },
        "assessment.contradicted：“copied”不是任务类考核事项，可用的有：KNOWN",
        "assessment.contradicted: `copied` is not a task fact; expected one of KNOWN",
    );
    p.pin(
        SettingsMsg::AssessmentNotANumber { key: "KEY".into() },
        "assessment.KEY：分值须为有限数字",
        "assessment.KEY: the points must be a finite number",
    );
    p.pin(
        SettingsMsg::CopiedSimilarityRange { value: 1.5 },
        "compare.copied_similarity：1.5不在0到1之间",
        "compare.copied_similarity: 1.5 is not between 0 and 1",
    );
}

/// duban.toml mistakes through `Settings::parse`: line, key and reason in both languages.
pub fn toml_mistakes(p: &mut Pins) {
    use duban::settings::Settings;
    use std::path::Path;
    for (text, key, zh, en) in MISTAKES {
        let err = || {
            Settings::parse(text, Path::new("duban.toml"))
                .unwrap_err()
                .to_string()
        };
        p.pin_run::<SettingsMsg>(key, err, zh, en);
    }
    p.mark::<SettingsMsg>("AtLineKey");
}

/// (duban.toml, the reason's key, Chinese, English)
const MISTAKES: &[(&str, &str, &str, &str)] = &[
("[deadlines]\nQ1 = \"2020-04-10\"\n", "QuotedDate",
 "duban.toml：第2行（deadlines.Q1）：日期不要加引号：请把 \"2020-04-10\" 写成 2020-04-10 这样（去掉引号）",
 "duban.toml: line 2 (deadlines.Q1): write the date without quotes, as 2020-04-10 (not \"2020-04-10\")"),
("[deadlines]\nQ1 = 2020年4月10日\n", "DateForm",
 "duban.toml：第2行（deadlines.Q1）：日期“2020年4月10日”的写法不对：请写成 2020-04-10 的形式（年4位，月、日各2位，用减号连接，不加引号，不写时间）",
 "duban.toml: line 2 (deadlines.Q1): the date \"2020年4月10日\" is not written as 2020-04-10 (four-digit year, two-digit month and day, no quotes, no time)"),
("[deadlines]\nQ1 = 2020-04-31\n", "DateOutOfRange",
 "duban.toml：第2行（deadlines.Q1）：“2020-04-31”不是有效日期（该月没有这一天）：请核对日期",
 "duban.toml: line 2 (deadlines.Q1): \"2020-04-31\" is not a valid date"),
("[deadlines]\nQ1 ＝ 2020-04-10\n", "FullWidth",
 "duban.toml：第2行（deadlines.Q1）：含有全角字符 ＝ ：等号、引号、方括号、逗号须用半角（英文）符号，请切换到英文输入法重新输入",
 "duban.toml: line 2 (deadlines.Q1): full-width ＝ : the equals sign, quotes, brackets and commas must be ASCII"),
("district = 盐湖区\n", "Unquoted",
 "duban.toml：第1行（district）：文字须用半角双引号括起来：如 district = \"盐湖区\"",
 "duban.toml: line 1 (district): a text must be in double quotes, as district = \"盐湖区\""),
("district = \"盐湖区\n", "UnclosedQuote",
 "duban.toml：第1行（district）：引号没有成对：文字两端都要有半角双引号",
 "duban.toml: line 1 (district): a quote is not closed"),
("year = \"2020\"\n", "QuotedNumber",
 "duban.toml：第1行（year）：这里应是数字，不加引号：请把 \"2020\" 中的引号去掉",
 "duban.toml: line 1 (year): a number is expected here, without quotes (not \"2020\")"),
("year = 2020\nyear = 2021\n", "DuplicateKey",
 "duban.toml：第2行（year）：“year”写了两次：请删去其中一处",
 "duban.toml: line 2 (year): `year` is set twice: keep one"),
("[bulletin]\nhighlights = -1\n", "NotNegative",
 "duban.toml：第2行（bulletin.highlights）：“-1”不能用在这里：应为不小于0的整数",
 "duban.toml: line 2 (bulletin.highlights): \"-1\" cannot be used here: a whole number of 0 or more is expected"),
("[bulletin]\ncc = \"区委办\"\n", "ExpectedList",
 "duban.toml：第2行（bulletin.cc）：这里应是列表：请写成 [\"区委办\", \"区人大办\"] 这样，用半角方括号括起，各项加引号、用半角逗号分隔",
 "duban.toml: line 2 (bulletin.cc): a list is expected here: write [\"a\", \"b\"]"),
("[aliases]\n扶贫办 = \"区扶贫开发中心\"\n", "KeyNeedsQuotes",
 "duban.toml：第2行（aliases.扶贫办）：名称写法不对：含中文的名称须加半角双引号，如 \"扶贫办\" = \"区扶贫开发中心\"",
 "duban.toml: line 2 (aliases.扶贫办): a key with Chinese characters must be quoted, as \"扶贫办\" = \"区扶贫开发中心\""),
("[office\nname = \"x\"\n", "BadHeader",
 "duban.toml：第1行：表头写法不对：应写成 [bulletin] 这样，用成对的半角方括号",
 "duban.toml: line 1: a table header must be written as [bulletin]"),
("[matching]\naccept = 0,85\n", "TrailingText",
 "duban.toml：第2行（matching.accept）：“0,85”不是一个值：一行只写一个设置；日期写成 2020-04-10，数字中不用逗号，文字加半角双引号",
 "duban.toml: line 2 (matching.accept): \"0,85\" is not one value: one setting per line; dates as 2020-04-10, no commas in numbers, texts in double quotes"),
("[bulletin]\nmasthead = \"x\"\n", "UnknownChoice",
 "duban.toml：第2行（bulletin.masthead）：“x”不是可选的值：可选 bulletin、document",
 "duban.toml: line 2 (bulletin.masthead): \"x\" is not one of bulletin, document"),
("district = 2020\n", "WrongType",
 "duban.toml：第1行（district）：值的类型不对：文字须加半角双引号，数字和日期不加引号，列表用方括号",
 "duban.toml: line 1 (district): wrong kind of value: texts in double quotes, numbers and dates without, lists in brackets"),
("year 2020\n", "MissingEquals",
 "duban.toml：第1行：缺少等号：应写成 名称 = 值（等号为半角）",
 "duban.toml: line 1: an equals sign is missing: write key = value"),
];
