//! Pins of every `msg::LayoutMsg` phrase: the documents' layout, one text in both languages
//! (`Pins::same` checks the English is the Chinese). The phrases the library makes public
//! (a period's title, the form's title, labels and file names) are produced through it.

use super::Pins;
use duban::msg::LayoutMsg;
use duban::period::{Period, PeriodKind};

pub fn all(p: &mut Pins) {
    shared(p);
    forms(p);
    ledgers(p);
    report_and_bulletin(p);
}

fn shared(p: &mut Pins) {
    let h1 = Period::new(2020, PeriodKind::H1);
    p.same_run::<LayoutMsg>("YearPeriod", || h1.title(), "2020年上半年");
    p.same(
        LayoutMsg::AsOf {
            when: "上半年".into(),
        },
        "截至上半年",
    );
    p.same(
        LayoutMsg::Numbered {
            number: "一".into(),
            title: "招商引资工程".into(),
        },
        "一、招商引资工程",
    );
    p.same(
        LayoutMsg::Section {
            number: "1".into(),
            title: "配强招商队伍".into(),
        },
        "（1）配强招商队伍",
    );
    p.same(
        LayoutMsg::Tagged {
            tag: "1.(1).1".into(),
            text: "配强招商队伍".into(),
        },
        "【1.(1).1】配强招商队伍",
    );
    p.same(LayoutMsg::PageOfPages, "第 &P 页，共 &N 页");
    p.same(LayoutMsg::NothingListed, "无");
    p.same(LayoutMsg::DocxTable { n: 2 }, "表格2");
    p.same(
        LayoutMsg::KeptFile {
            stem: "工作台帐_2020年半年".into(),
            when: "2020-07-20 0930".into(),
            ext: ".xlsx".into(),
        },
        "工作台帐_2020年半年（修改于2020-07-20 0930）.xlsx",
    );
    p.same(
        LayoutMsg::KeptFileNth {
            stem: "工作台帐_2020年半年".into(),
            when: "2020-07-20 0930".into(),
            n: 2,
            ext: ".xlsx".into(),
        },
        "工作台帐_2020年半年（修改于2020-07-20 0930）（2）.xlsx",
    );
}

fn forms(p: &mut Pins) {
    let h1 = Period::new(2020, PeriodKind::H1);
    p.same_run::<LayoutMsg>(
        "FormTitle",
        || duban::form::title(h1, "盐湖区"),
        "2020年盐湖区《政府工作报告》重点任务上半年进展情况反馈表",
    );
    p.same(
        LayoutMsg::PlanFormTitle {
            year: 2020,
            district: "盐湖区".into(),
        },
        "2020年盐湖区《政府工作报告》重点任务节点计划表",
    );
    p.same(
        LayoutMsg::FormUnit {
            unit: "区财政局".into(),
        },
        "填报单位：区财政局",
    );
    p.same_run::<LayoutMsg>(
        "FormPeriod",
        || duban::form::period_label_before(h1),
        "报告期：2020年半年",
    );
    p.same_run::<LayoutMsg>(
        "FormFile",
        || duban::render::forms::file_name("区财政局", h1),
        "区财政局_2020年半年进展反馈表.xlsx",
    );
    p.same(
        LayoutMsg::PlanFormFile {
            unit: "区财政局".into(),
            year: 2020,
        },
        "区财政局_2020年节点计划表.xlsx",
    );
    p.same(
        LayoutMsg::FormIndexTitle {
            period: "2020年上半年".into(),
        },
        "2020年上半年反馈表清单",
    );
}

fn ledgers(p: &mut Pins) {
    let period = || String::from("2020年上半年");
    p.same(
        LayoutMsg::LedgerFile {
            period: "2020年半年".into(),
        },
        "工作台帐_2020年半年.xlsx",
    );
    p.same(
        LayoutMsg::LedgerTitle {
            district: "盐湖区".into(),
            period: period(),
        },
        "盐湖区政府工作报告重点任务工作台帐（2020年上半年）",
    );
    p.same(
        LayoutMsg::OwnLedgerTitle {
            owner: "区财政局".into(),
            period: period(),
        },
        "区财政局工作台帐（2020年上半年）",
    );
    p.same(
        LayoutMsg::TaskSheetTitle {
            district: "盐湖区".into(),
            attachment: "十大工程".into(),
            period: period(),
        },
        "盐湖区十大工程工作台帐（2020年上半年）",
    );
    p.same(
        LayoutMsg::OwnTaskSheetTitle {
            owner: "区财政局".into(),
            attachment: "十大工程".into(),
            period: period(),
        },
        "区财政局 十大工程工作台帐（2020年上半年）",
    );
    p.same(
        LayoutMsg::CurrentPeriod {
            label: "上半年".into(),
        },
        "上半年（本期）",
    );
    p.same(
        LayoutMsg::SummaryTitle {
            district: "盐湖区".into(),
            period: period(),
        },
        "盐湖区2020年上半年重点任务推进情况汇总",
    );
    p.same(
        LayoutMsg::SummaryNote,
        "注：任务按整体状态统计（多单位牵头的任务取各单位最差者）；“见附件3”的任务按1311项目统计，牵头单位均为单位组的任务不计入。",
    );
    p.same(
        LayoutMsg::Tallies {
            on_time: 40,
            late: 3,
            missing: 2,
        },
        "按时40 逾期3 未报2",
    );
    p.same(
        LayoutMsg::TallyMore {
            label: "无法读取".into(),
            n: 1,
        },
        " 无法读取1",
    );
    p.same(
        LayoutMsg::StatusChart { period: period() },
        "任务状态分布（2020年上半年）",
    );
    p.same(
        LayoutMsg::ProgrammeChart { period: period() },
        "各工程任务推进情况（2020年上半年）",
    );
    p.same(
        LayoutMsg::MissingTitle { period: period() },
        "2020年上半年未按时报送单位",
    );
    p.same(
        LayoutMsg::ExceptionsTitle { period: period() },
        "2020年上半年数据异常及待核对事项",
    );
    p.same(
        LayoutMsg::PlanSheetTitle { period: period() },
        "2020年上半年节点计划对照",
    );
    p.same(
        LayoutMsg::AssessmentTitle {
            district: "盐湖区".into(),
            year: 2020,
            who: "各责任单位".into(),
            when: "截至上半年".into(),
        },
        "盐湖区2020年各责任单位考核情况（截至上半年）",
    );
    p.same(
        LayoutMsg::AssessmentDetailTitle {
            title: "盐湖区2020年各责任单位考核情况（全年）".into(),
        },
        "盐湖区2020年各责任单位考核情况（全年）明细",
    );
    p.same(
        LayoutMsg::ScoreChart {
            when: "2020年全年".into(),
        },
        "各单位考核得分（2020年全年）",
    );
    p.same(
        LayoutMsg::ScoreChartPart {
            when: "截至2020年上半年".into(),
            first: 31,
            last: 60,
        },
        "各单位考核得分（截至2020年上半年，第31—60名）",
    );
    p.same(
        LayoutMsg::ScoreColumn {
            fact: "逾期报送".into(),
            points: "−2".into(),
            measure: "次".into(),
        },
        "逾期报送（−2/次）",
    );
}

fn report_and_bulletin(p: &mut Pins) {
    p.same(
        LayoutMsg::ReportTitle {
            period: "2020年上半年".into(),
        },
        "处理报告（2020年上半年）",
    );
    p.same(
        LayoutMsg::SheetOf {
            document: "处理报告（2020年上半年）".into(),
            sheet: "文件".into(),
        },
        "处理报告（2020年上半年）·文件",
    );
    p.same(
        LayoutMsg::BulletinFile {
            period: "2020年半年".into(),
        },
        "督查通报_2020年半年.docx",
    );
    p.same(
        LayoutMsg::ReminderFile {
            unit: "区财政局".into(),
        },
        "区财政局_催报通知.docx",
    );
    p.same(
        LayoutMsg::Date {
            year: 2020,
            month: 4,
            day: 3,
        },
        "2020年4月3日",
    );
    p.same(
        LayoutMsg::AttachmentOnly {
            title: "未按时报送单位名单".into(),
        },
        "附件：未按时报送单位名单",
    );
    p.same(
        LayoutMsg::AttachmentFirst {
            title: "重点任务进展情况表".into(),
        },
        "附件：1.重点任务进展情况表",
    );
    p.same(LayoutMsg::AttachmentHeadOnly, "附件");
    p.same(LayoutMsg::AttachmentHead { n: 2 }, "附件2");
    p.same(
        LayoutMsg::ListItem {
            number: "二".into(),
            text: "加快项目建设".into(),
        },
        "二是加快项目建设",
    );
    p.pin(
        LayoutMsg::UnitsAndMore {
            names: "区财政局、区税务局、区商务局".into(),
            total: 5,
            more: 2,
        },
        "区财政局、区税务局、区商务局等5个单位",
        "区财政局、区税务局、区商务局 and 2 more units",
    );
}
