//! Pins of every `msg::SettingsMsg` message built as a value, both languages whole.
//! Generated from src/msg once and kept by hand: a changed text must change here too.

use super::Pins;
use duban::msg::SettingsMsg;

pub fn all(p: &mut Pins) {
    p.pin(
        SettingsMsg::Read {
            file: "区财政局.xlsx".into(),
            error: "E".into(),
        },
        "区财政局.xlsx：无法读取设置文件（E）",
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
        "设置文件格式有误（DETAIL）",
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
        "区财政局.xlsx：无法读取模板（E）",
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
