//! Pins of every `msg::CalendarMsg` message: the deadline lines through the settings (the
//! real code path), the small pieces as values. Both languages whole.

use super::Pins;
use duban::msg::CalendarMsg;
use duban::period::{Period, PeriodKind};
use duban::settings::Settings;
use std::path::Path;

pub fn all(p: &mut Pins) {
    let q3 = Period::new(2020, PeriodKind::Q3);
    let default = Settings::default();
    p.pin_run::<CalendarMsg>(
        "DeadlinePostponed",
        || default.deadline_source(q3).lines().join("\n"),
        "2020年前三季度报送截止日期：2020年10月16日（按通知“每季度结束后第一个工作周”：国庆节、中秋节2020年10月1日至2020年10月8日放假、2020年9月27日、2020年10月10日上班，顺延至其后第一个工作周的最后一个工作日）",
        "2020年前三季度 deadline: 2020-10-16 (the notice's first working week after the quarter, past 国庆节、中秋节 off from 2020-10-01 to 2020-10-08, 2020-09-27, 2020-10-10 worked: the last working day of the next working week)",
    );
    p.mark::<CalendarMsg>("Break");
    p.mark::<CalendarMsg>("MakeUpDays");
    p.mark::<CalendarMsg>("Date");
    p.pin_run::<CalendarMsg>(
        "DeadlineRule",
        || default.deadline_source(Period::new(2020, PeriodKind::H1)).lines().join("\n"),
        "2020年上半年报送截止日期：2020年7月10日（按通知“每季度结束后第一个工作周”，即2020年7月6日开始的一周的最后一个工作日）",
        "2020年上半年 deadline: 2020-07-10 (the notice's first working week after the quarter: the last working day of the week from 2020-07-06)",
    );
    let set = Settings::parse("[deadlines]\nQ3 = 2020-10-09\n", Path::new("d.toml")).unwrap();
    p.pin_run::<CalendarMsg>(
        "DeadlineSet",
        || set.deadline_source(q3).lines().join("\n"),
        "2020年前三季度报送截止日期：2020年10月9日（duban.toml 中 [deadlines] 的 Q3）",
        "2020年前三季度 deadline: 2020-10-09 (Q3 under [deadlines] in duban.toml)",
    );
    let own = Settings::parse(
        "[calendar]\nholidays = [2031-04-07, 2031-04-08, 2031-04-09, 2031-04-10]\n",
        Path::new("d.toml"),
    )
    .unwrap();
    p.pin_run::<CalendarMsg>(
        "SettingsHolidays",
        || own.deadline_source(Period::new(2031, PeriodKind::Q1)).lines().join("\n"),
        "2031年一季度报送截止日期：2031年4月18日（按通知“每季度结束后第一个工作周”：duban.toml 中 [calendar] 所列的放假日，顺延至其后第一个工作周的最后一个工作日）",
        "2031年一季度 deadline: 2031-04-18 (the notice's first working week after the quarter, past the days off listed under [calendar] in duban.toml: the last working day of the next working week)",
    );
    p.pin_run::<CalendarMsg>(
        "YearNotInCalendar",
        || default.deadline_source(Period::new(2031, PeriodKind::Q1)).lines()[1].clone(),
        "注意：内置日历没有2031年的节假日安排，截止日期只按周末推算。如该期间有节假日，请在 duban.toml 的 [calendar] 中写明放假和调休上班的日期，或在 [deadlines] 中直接写明截止日期",
        "note: the built-in calendar has no holidays for 2031, so the deadline counts weekends only. If that time has holidays, list the days off and make-up working days under [calendar] in duban.toml, or set the deadline under [deadlines]",
    );
    p.pin_run::<CalendarMsg>(
        "BreakDay",
        || {
            // 2023's 清明 is one day, 4-5: the week from 4-3 still has four working days.
            let week = duban::calendar::Calendar::default()
                .first_working_week(chrono::NaiveDate::from_ymd_opt(2023, 4, 2).unwrap());
            let brk = &duban::calendar::YEARS
                .iter()
                .find(|y| y.year == 2023)
                .unwrap()
                .breaks[2];
            let w = duban::calendar::WorkingWeek {
                skipped: vec![brk],
                ..week
            };
            duban::calendar::describe(&w)
        },
        "清明节2023年4月5日放假",
        "清明节 off on 2023-04-05",
    );
}
