//! Pins of every `msg::RenderMsg` message built as a value, both languages whole.
//! Generated from src/msg once and kept by hand: a changed text must change here too.

use super::Pins;
use duban::msg::RenderMsg;

pub fn all(p: &mut Pins) {
    p.pin(
        RenderMsg::Io {
            path: "output/a.xlsx".into(),
            error: "E".into(),
        },
        "output/a.xlsx：无法写入：E",
        "output/a.xlsx: cannot write: E",
    );
    p.pin(
        RenderMsg::Xlsx {
            path: "output/a.xlsx".into(),
            error: "E".into(),
        },
        "output/a.xlsx：无法生成工作簿（E）",
        "output/a.xlsx: cannot build the workbook: E",
    );
    p.pin(
        RenderMsg::Docx {
            path: "output/a.xlsx".into(),
            message: "MESSAGE".into(),
        },
        "output/a.xlsx：无法生成文档（MESSAGE）",
        "output/a.xlsx: cannot build the document: MESSAGE",
    );
    p.pin(
        RenderMsg::WritersStopped,
        "后台写文件的程序已停止",
        "the output writers stopped",
    );
    p.pin(
        RenderMsg::WrittenTwice,
        "同一次运行中写了两次",
        "written twice in one run",
    );
    p.pin(
        RenderMsg::StatusContradicted {
            status: "已完成".into(),
        },
        "已完成（与进展不符）",
        "已完成 (contradicts the progress)",
    );
    p.pin(
        RenderMsg::ExceptionsNote { total: 3 },
        "共3条；请按文件、工作表、单元格核对原表，更正后重新运行",
        "3 in all; check each against the return's file, sheet and cell, correct it and run again",
    );
    p.pin(
        RenderMsg::ExceptionsNoteAllInfo {
            total: 3,
            kinds: "KINDS".into(),
        },
        "共3条，均为KINDS，仅备查、无需处理（被替代的报表已由单位新报的报表取代，晚于本期的报表由该期运行合并）",
        "3 in all, every one KINDS: listed for the record, nothing to do (a replaced return was superseded by the unit's new one, a later period's return is merged by the run for its period)",
    );
    p.pin(
        RenderMsg::ExceptionsNoteSomeInfo { total: 3, act: 1, kinds: "KINDS".into() },
        "共3条：前1条请按文件、工作表、单元格核对原表，更正后重新运行；其后KINDS仅备查、无需处理（被替代的报表已由单位新报的报表取代，晚于本期的报表由该期运行合并）",
        "3 in all: check the first 1 against the return's file, sheet and cell, correct them and run again; the KINDS after them are listed for the record, nothing to do (a replaced return was superseded by the unit's new one, a later period's return is merged by the run for its period)",
    );
    p.pin(
        RenderMsg::InfoCount {
            label: "LABEL".into(),
            n: 2,
        },
        "LABEL2条",
        "2 LABEL",
    );
    p.pin(
        RenderMsg::ReviewHow {
            method: "METHOD".into(),
            similarity: 1.5,
        },
        "按METHOD匹配，相似度1.50，请核对",
        "matched by METHOD, similarity 1.50: please check",
    );
    p.pin(
        RenderMsg::UnknownPart {
            line: 3,
            name: "N".into(),
            expected: "EXPECTED".into(),
        },
        "模板输出第3行：未知的部分[N]，可用的有[EXPECTED]",
        "output line 3: unknown part [N], expected one of [EXPECTED]",
    );
    p.pin(
        RenderMsg::SectionCount {
            expected: 3,
            found: 3,
        },
        "document.xml 中应有3个节，实有3个",
        "expected 3 sections in document.xml, found 3",
    );
    p.pin(
        RenderMsg::PackageXml {
            part: "word/styles.xml".into(),
            why: "WHY".into(),
        },
        "word/styles.xml 不是合法的 XML（WHY）",
        "word/styles.xml is not well-formed XML: WHY",
    );
    p.pin(
        RenderMsg::XmlUnbalanced,
        "结束标记与开始标记不配对",
        "an end tag without its start tag",
    );
    p.pin(
        RenderMsg::XmlUnclosed,
        "有元素没有结束标记",
        "an element without its end tag",
    );
    p.pin(RenderMsg::XmlNoRoot, "没有根元素", "no root element");
    p.pin(
        RenderMsg::AssessmentScope { periods: "PERIODS".into(), current: "2020年一季度".into(), base: "BASE".into() },
        "统计范围：报送情况按PERIODS各期截止日期认定；任务情况按2020年一季度各单位所报状态统计，多单位牵头的任务各单位分别计入；基础分BASE分。",
        "Counted: reports in PERIODS, each against its deadline; tasks by the status each unit gave for 2020年一季度, a task led by several units counted for each; base score BASE.",
    );
    p.pin(
        RenderMsg::FormStatusPrompt { list: "LIST".into() },
        "请从下拉列表中选择：LIST。",
        "Choose from the list: LIST.",
    );
    p.pin(RenderMsg::FormStatusInvalid, "完成状态无效", "Invalid 完成状态");
    p.pin(
        RenderMsg::FormStatusOnly { list: "LIST".into() },
        "完成状态只能是：LIST。",
        "完成状态 can only be: LIST.",
    );
    p.pin(
        RenderMsg::FormPercentPrompt,
        "请填写0到100之间的整数，表示本项任务全年目标的完成百分比，不带%号。",
        "A whole number from 0 to 100: the percent of the task's target for the year done so far, without %.",
    );
    p.pin(RenderMsg::FormPercentInvalid, "完成进度无效", "Invalid 完成进度");
    p.pin(
        RenderMsg::FormPercentOnly,
        "完成进度须为0到100之间的整数。",
        "完成进度 must be a whole number from 0 to 100.",
    );
    p.pin(
        RenderMsg::FormDatePrompt { year: 2020 },
        "请填写填报日期，如 2020-07-03。",
        "The date of the report, as 2020-07-03.",
    );
    p.pin(RenderMsg::FormDateInvalid, "填报日期无效", "Invalid 填报日期");
    p.pin(
        RenderMsg::FormDateOnly {
            year: 2020,
            next: 2021,
        },
        "请填写2020年或2021年内的日期，如 2020-07-03。",
        "A date in 2020 or 2021, as 2020-07-03.",
    );
    p.pin(
        RenderMsg::PlanPercentPrompt,
        "请填写0到100之间的整数，表示到该时段末计划完成全年目标的百分比，不带%号；可不填。",
        "A whole number from 0 to 100: the percent of the year's target planned by the end of the period, without %; may be left empty.",
    );
    p.pin(RenderMsg::PlanPercentInvalid, "计划进度无效", "Invalid 计划进度");
    p.pin(
        RenderMsg::PlanPercentOnly,
        "计划进度须为0到100之间的整数。",
        "计划进度 must be a whole number from 0 to 100.",
    );
    p.pin(
        RenderMsg::TaskSheetNote {
            period: "2020年上半年".into(),
            deadline: "2020-07-10".into(),
        },
        "截至2020年上半年，本期报送截止2020-07-10。多单位牵头的任务，首行为整体状态（取各单位最差者）。",
        "As of 2020年上半年; reports were due 2020-07-10. A task with several lead units shows its overall status (the worst unit's) in its first row.",
    );
    p.pin(
        RenderMsg::TaskWithNotes {
            text: "任务".into(),
            notes: "NOTES".into(),
        },
        "任务\n（注：NOTES）",
        "任务\n(note: NOTES)",
    );
    p.pin(
        RenderMsg::AssessmentScopePlans,
        "欠进度按各单位自己报送的节点计划对照本期进展认定。",
        "Behind plan: judged against the unit's own milestones for the period.",
    );
    p.pin(
        RenderMsg::AssessmentRules {
            rules: "RULES".into(),
        },
        "考核规则：RULES；其余事项只列数，不计分。",
        "Rules: RULES; other facts are listed, not scored.",
    );
    p.pin(
        RenderMsg::AssessmentRateRule {
            rate: "完成率".into(),
            points: "+10".into(),
        },
        "完成率（占本单位牵头任务的比例）每100%+10分",
        "+10 for a 完成率 of 100 % (share of the unit's own tasks)",
    );
    p.pin(
        RenderMsg::AssessmentRateHeader {
            rate: "完成率".into(),
            points: "+10".into(),
        },
        "完成率（+10×率）",
        "完成率 (+10 × rate)",
    );
    p.pin(
        RenderMsg::AssessmentExplain {
            base: "100".into(),
            terms: "TERMS".into(),
            total: "95".into(),
        },
        "100TERMS = 95",
        "100TERMS = 95",
    );
    p.pin(
        RenderMsg::AssessmentCountTerm {
            points: "−2".into(),
            fact: "逾期报送".into(),
            count: 1,
            unit: "次".into(),
        },
        " −2（逾期报送1次）",
        " −2 (1 逾期报送)",
    );
    p.pin(
        RenderMsg::AssessmentRateTerm {
            points: "+5".into(),
            rate: "完成率".into(),
            share: "50%".into(),
            count: 1,
            of: 2,
        },
        " +5（完成率50%，1/2项）",
        " +5 (完成率 50%, 1/2)",
    );
    p.pin(
        RenderMsg::AssessmentCopiedTerm {
            points: "−10".into(),
            rate: "雷同率".into(),
            share: "100%".into(),
            count: 1,
            of: 1,
        },
        " −10（雷同率100%，1/1条次）",
        " −10 (雷同率 100%, 1/1 entries compared)",
    );
    p.pin(
        RenderMsg::AssessmentContradicted {
            status: "已完成".into(),
            against: "完成进度66%（D3）".into(),
        },
        "状态与进展不符（原填“已完成”，完成进度66%（D3））",
        "status contradicts the progress (“已完成” as written, 完成进度66%（D3）)",
    );
    p.pin(
        RenderMsg::AssessmentRule {
            fact: "FACT".into(),
            unit: "区财政局".into(),
            points: "POINTS".into(),
        },
        "FACT每区财政局POINTS分",
        "POINTS per FACT",
    );
    p.pin(
        RenderMsg::AssessmentNoEvidence,
        "报送时间未能认定（日期不明或报表无法读取）的，不计逾期或未报送；没有留存依据的事项一律不扣分。逐项依据见“考核明细”表。",
        "A return whose time cannot be established (no date, or unreadable) counts as neither late nor missing; nothing without evidence costs points. The evidence of every fact is in the 考核明细 sheet.",
    );
    p.pin(
        RenderMsg::AssessmentDetailNote { count: 3 },
        "共3条，每条对应“考核”表中的一次或一项计数，注明时段、文件、工作表和单元格。",
        "3 rows, one per counted report or entry of the 考核 sheet, with period, file, sheet and cell.",
    );
    p.pin(
        RenderMsg::AssessmentEmptyReturn {
            deadline: "DEADLINE".into(),
        },
        "截至DEADLINE，报送的是空表（未填写任何任务的进展），按未报送计",
        "by DEADLINE, an empty table (no task's progress written): counted as not reported",
    );
    p.pin(
        RenderMsg::AssessmentNoReturn {
            deadline: "DEADLINE".into(),
        },
        "截至DEADLINE，input/中未见该单位本期报表",
        "no return of the unit for the period in input/ by DEADLINE",
    );
    p.pin(
        RenderMsg::AssessmentLateReturn {
            date: "DATE".into(),
            source: "SOURCE".into(),
            deadline: "DEADLINE".into(),
        },
        "SOURCEDATE，晚于截止日期DEADLINE",
        "SOURCE DATE, after the deadline DEADLINE",
    );
    p.pin(
        RenderMsg::AssessmentOnTimeReturn {
            date: "DATE".into(),
            source: "SOURCE".into(),
            deadline: "DEADLINE".into(),
        },
        "SOURCEDATE，截止日期DEADLINE",
        "SOURCE DATE, deadline DEADLINE",
    );
    p.pin(
        RenderMsg::AssessmentUndatedReturn {
            deadline: "DEADLINE".into(),
        },
        "已报送，报送时间未能认定（截止日期DEADLINE），不计逾期",
        "reported, but when could not be established (deadline DEADLINE); not counted late",
    );
    p.pin(
        RenderMsg::KeptHeading { n: 3, folder: "FOLDER".into() },
        "有3个输出文件被改动过或不是本程序生成的，原文件已移入 FOLDER（未删除），新文件已照常生成：",
        "3 output files were changed by someone or not written by duban: each was moved to FOLDER (nothing deleted) and the new file written:",
    );
    p.pin(
        RenderMsg::KeptEdited {
            file: "区财政局.xlsx".into(),
            kept_as: "KEPT_AS".into(),
        },
        "区财政局.xlsx：与上次生成的版本不同（有人修改过），原文件已保留为 KEPT_AS",
        "区财政局.xlsx: differs from the version duban wrote (changed by someone), kept as KEPT_AS",
    );
    p.pin(
        RenderMsg::KeptUnknown { file: "区财政局.xlsx".into(), kept_as: "KEPT_AS".into() },
        "区财政局.xlsx：没有本程序的生成记录（旧版程序生成或他人放入），原文件已保留为 KEPT_AS",
        "区财政局.xlsx: duban has no record of writing it (an older version's output or someone else's file), kept as KEPT_AS",
    );
    p.pin(
        RenderMsg::ReasonEdited,
        "与上次生成的版本不同，视为有人修改过",
        "differs from the version duban wrote: taken as changed by someone",
    );
    p.pin(
        RenderMsg::ReasonUnknown,
        "输出文件夹中没有此文件的生成记录（旧版程序生成，或他人放入同名文件）",
        "the output folder has no record of duban writing it (an older version's output, or someone's file of that name)",
    );
    p.pin(
        RenderMsg::AssessmentTableNote {
            base: "BASE".into(),
            rules: "RULES".into(),
        },
        "注：基础分BASE分；RULES。",
        "Note: base score BASE; RULES.",
    );
    p.pin(
        RenderMsg::MissingSheetNote {
            deadline: "DEADLINE".into(),
            late: 3,
            missing: 3,
            unreadable: 3,
        },
        "报送截止DEADLINE；逾期报送3个单位，未报送3个单位，已报送但文件无法读取3个单位（列于最后，不计为未报送，须重新报送可读取的文件）。每行“依据”列注明所依据的收文登记、填报日期或文件",
        "deadline DEADLINE; 3 units late, 3 missing; 3 more sent files that cannot be read (listed last: they must send a readable copy and are not counted missing). The 依据 column names the receipt register row, 填报日期 cell or file each row rests on",
    );
    p.pin(
        RenderMsg::NothingReceived,
        "input/中没有该单位本期的文件，收文登记也无记录",
        "no file from the unit for this period in input/, and no receipt register row",
    );
    p.pin(
        RenderMsg::Carried {
            file: "工作台帐_2020年半年.xlsx".into(),
            columns: "十大工程：督查室批注".into(),
            placed: 3,
        },
        "工作台帐_2020年半年.xlsx中办公室自加的列（十大工程：督查室批注）已按任务编号和牵头单位带入新台帐，共3格",
        "the office's own columns of 工作台帐_2020年半年.xlsx (十大工程：督查室批注) were carried into the new ledger by task ID and lead unit: 3 cells",
    );
    p.pin(
        RenderMsg::CarryNotPlaced { n: 2 },
        "；另有2格所在行在新台帐中没有对应行（或任务编号重复），未带入，请查看历史版本中的原文件",
        "; 2 more cells are on lines the new ledger does not have (or whose task ID repeats) and were not carried: see the file kept in 历史版本",
    );
    p.pin(
        RenderMsg::CarryFailed {
            file: "工作台帐_2020年半年.xlsx".into(),
            reason: "E".into(),
        },
        "工作台帐_2020年半年.xlsx无法读取（E），办公室自加的列未带入新台帐，请查看历史版本中的原文件",
        "工作台帐_2020年半年.xlsx could not be read (E): the office's own columns were not carried into the new ledger; see the file kept in 历史版本",
    );
    // 督查通报's 附件1 and 附件2 (issue 22)
    p.pin(
        RenderMsg::CopiedNotQuoted,
        "与上期报送内容基本相同",
        "same as the previous report",
    );
    p.pin(
        RenderMsg::DoubtfulNotQuoted,
        "待核实（见处理报告）",
        "to be checked (see the run report)",
    );
    p.pin(
        RenderMsg::UnitSaid {
            unit: "区财政局".into(),
            words: "W".into(),
        },
        "区财政局：W",
        "区财政局: W",
    );
    p.pin(
        RenderMsg::RemarkPersistent,
        "连续两期滞后或未启动",
        "lagging or not started two periods running",
    );
    p.pin(
        RenderMsg::RemarkCopied,
        "与上期雷同",
        "copied from the previous report",
    );
    p.pin(RenderMsg::RemarkDoubtful, "报表待核实", "return to be checked");
    p.pin(
        RenderMsg::RemarkStep {
            unit: "区财政局".into(),
            from: "已完成".into(),
            to: "滞后".into(),
        },
        "区财政局由已完成变为滞后",
        "区财政局: 已完成 to 滞后",
    );
    p.pin(
        RenderMsg::RemarkDifficulty { text: "T".into() },
        "存在困难：T",
        "difficulty: T",
    );
    p.pin(
        RenderMsg::RemarkDifficultyOf {
            text: "T".into(),
            unit: "区财政局".into(),
        },
        "存在困难：T（区财政局）",
        "difficulty: T (区财政局)",
    );
    p.pin(
        RenderMsg::AttentionNote {
            kinds: "滞后、未启动".into(),
            listed: 35,
            total: 150,
        },
        "本表列出滞后、未启动的任务35项；全部150项任务的进展情况见本期工作台帐。",
        "This table lists the 35 tasks 滞后、未启动; the ledger of the period holds all 150 tasks.",
    );
    p.pin(
        RenderMsg::AttentionAll {
            kinds: "未反馈".into(),
            total: 150,
        },
        "纳入统计的150项任务均需关注（未反馈），全部列入本表。",
        "All 150 tasks counted need attention (未反馈): all are listed.",
    );
    p.pin(
        RenderMsg::AttentionUnreported {
            n: 3,
            annex: "2".into(),
        },
        "另有3项任务因牵头单位未报送而未反馈，未列入本表，未报送单位名单见附件2。",
        "Another 3 tasks have no report because their lead units did not report; they are not listed (the units: attachment 2).",
    );
    p.pin(
        RenderMsg::ContradictedNotQuoted,
        "完成状态与进展情况不符，待单位核实更正",
        "the status contradicts the progress written: the unit is to check it",
    );
    p.pin(RenderMsg::AttentionRegressed, "进度较上期回退", "gone backwards");
    p.pin(
        RenderMsg::AttentionCopied,
        "进展情况与上期雷同",
        "copied from the previous report",
    );
    p.pin(RenderMsg::AttentionDoubtful, "报表待核实", "to be checked");
    p.pin(
        RenderMsg::OverdueUndated { n: 2 },
        "另有2个单位已报送但报送时间待核实，未列入本表。",
        "2 more units reported but when is not established: not listed.",
    );
    p.pin(
        RenderMsg::OverdueUnreadable { n: 1 },
        "另有1个单位报送的文件无法读取，已通知重新报送，未列入本表。",
        "1 more units sent files that cannot be read and were asked for a readable copy: not listed.",
    );
    p.pin(
        RenderMsg::UnknownAttachment {
            line: "L".into(),
            expected: "进展、报送".into(),
        },
        "附件行“L”：应以进展、报送之一加“|”开头",
        "attachment line \"L\": must start with one of 进展、报送 and \"|\"",
    );
}
