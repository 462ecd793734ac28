//! Pins of every `msg::ConsoleMsg` message built as a value, both languages whole.
//! Generated from src/msg once and kept by hand: a changed text must change here too.

use super::Pins;
use duban::msg::ConsoleMsg;

pub fn all(p: &mut Pins) {
    p.pin(ConsoleMsg::ReadingReturns, "正在读取报表", "reading returns");
    p.pin(
        ConsoleMsg::Error {
            chain: "CHAIN".into(),
        },
        "duban：出错：CHAIN",
        "duban: error: CHAIN",
    );
    p.pin(
        ConsoleMsg::NoInput {
            folder: "FOLDER".into(),
        },
        "输入文件夹FOLDER不存在：请在放有 input 文件夹的位置运行 duban，或用 --input 指明存放通知和报表的文件夹",
        "input folder FOLDER does not exist: run duban where the input folder is, or name it with --input",
    );
    p.pin(
        ConsoleMsg::CannotBuildRegister,
        "无法根据通知生成任务清单",
        "cannot build the task register from the notice",
    );
    p.pin(
        ConsoleMsg::CannotWrite { name: "N".into() },
        "无法写出N",
        "cannot write the N",
    );
    p.pin(
        ConsoleMsg::CannotCommit,
        "无法把输出文件移到位",
        "cannot move the outputs into place",
    );
    p.pin(
        ConsoleMsg::CannotCompareManifest,
        "无法把输出文件与上次的生成记录比对",
        "cannot compare the outputs with the manifest",
    );
    p.pin(
        ConsoleMsg::CannotWriteForms,
        "无法写出反馈表",
        "cannot write the feedback forms",
    );
    p.pin(
        ConsoleMsg::Wrote {
            name: "N".into(),
            first: "FIRST".into(),
        },
        "N：FIRST",
        "N: FIRST",
    );
    p.pin(
        ConsoleMsg::WroteAndOne {
            name: "N".into(),
            first: "FIRST".into(),
        },
        "N：FIRST（另有1个文件）",
        "N: FIRST (and 1 more file)",
    );
    p.pin(
        ConsoleMsg::WroteAndMore {
            name: "N".into(),
            first: "FIRST".into(),
            more: 3,
        },
        "N：FIRST（另有3个文件）",
        "N: FIRST (and 3 more files)",
    );
    p.pin(
        ConsoleMsg::WroteFile {
            path: "output/a.xlsx".into(),
        },
        "已写出 output/a.xlsx",
        "wrote output/a.xlsx",
    );
    p.pin(
        ConsoleMsg::WroteForms {
            forms: 3,
            dir: "DIR".into(),
        },
        "已写出3份反馈表及其清单，在 DIR",
        "wrote 3 feedback forms and their index to DIR",
    );
    p.pin(
        ConsoleMsg::StageSetup,
        "读取设置、模板和通知",
        "settings, templates, register",
    );
    p.pin(
        ConsoleMsg::StageIngest,
        "读取并汇总报表（collect、extract、matching、merge）",
        "ingest (collect, extract, matching, merge)",
    );
    p.pin(
        ConsoleMsg::StageRender,
        "生成输出（并行）",
        "render (side by side)",
    );
    p.pin(
        ConsoleMsg::StageFlush,
        "写出并移到位",
        "flush and move into place",
    );
    p.pin(ConsoleMsg::StageTotal, "合计", "total");
    p.pin(
        ConsoleMsg::PressEnterToClose,
        "按回车键关闭窗口",
        "press Enter to close this window",
    );
    p.pin(
        ConsoleMsg::SummaryHead {
            current: "2020年一季度".into(),
            periods: "PERIODS".into(),
        },
        "处理报告：本期为2020年一季度（有数据的时段：PERIODS）",
        "处理报告: current period 2020年一季度 (periods with data: PERIODS)",
    );
    p.pin(
        ConsoleMsg::SummaryHeadNoData {
            current: "2021年上半年".into(),
        },
        "处理报告：本期为2021年上半年（本年度尚未读到任何单位的报表）",
        "处理报告: current period 2021年上半年 (no unit's return of this year was read)",
    );
    p.pin(
        ConsoleMsg::SummaryCount {
            label: "LABEL".into(),
            n: 3,
        },
        "  LABEL：3",
        "  LABEL: 3",
    );
    p.pin(
        ConsoleMsg::SummaryCountUnits {
            label: "LABEL".into(),
            n: 3,
            units: "UNITS".into(),
        },
        "  LABEL：3（UNITS）",
        "  LABEL: 3 (UNITS)",
    );
    p.pin(
        ConsoleMsg::RowsMatched { n: 3 },
        "  已匹配行数：3",
        "  rows matched: 3",
    );
    p.pin(
        ConsoleMsg::RowsMatchedBy {
            n: 3,
            by: "BY".into(),
        },
        "  已匹配行数：3（BY）",
        "  rows matched: 3 (BY)",
    );
    p.pin(ConsoleMsg::Exceptions { n: 3 }, "  异常：3条", "  exceptions: 3");
    p.pin(
        ConsoleMsg::ExceptionsBy {
            n: 3,
            by: "BY".into(),
        },
        "  异常：3条（BY）",
        "  exceptions: 3 (BY)",
    );
    p.pin(
        ConsoleMsg::Files { n: 3, returns: 3 },
        "  文件：3个（3个作为报表读取）",
        "  files: 3 (3 read as returns)",
    );
    p.pin(
        ConsoleMsg::FileNotRead {
            outcome: "OUTCOME".into(),
            path: "output/a.xlsx".into(),
            reason: "REASON".into(),
        },
        "  OUTCOME output/a.xlsx：REASON",
        "  OUTCOME output/a.xlsx: REASON",
    );
    p.pin(
        ConsoleMsg::Unbalanced {
            path: "output/a.xlsx".into(),
        },
        "  output/a.xlsx：行数或单元格数对不上",
        "  row or cell count does not add up for output/a.xlsx",
    );
    p.pin(
        ConsoleMsg::TasksHead {
            source: "SOURCE".into(),
            n: 3,
        },
        "任务清单（SOURCE）：共3项任务",
        "任务清单 (SOURCE): 3 tasks",
    );
    p.pin(
        ConsoleMsg::TasksAttachment {
            number: 3,
            title: "TITLE".into(),
            n: 3,
        },
        "  附件3 TITLE：3项",
        "  附件3 TITLE: 3",
    );
    p.pin(
        ConsoleMsg::TasksGroup {
            group: "GROUP".into(),
            n: 3,
        },
        "    GROUP：3项",
        "    GROUP: 3",
    );
    p.pin(
        ConsoleMsg::ReportingUnits { n: 3 },
        "报送单位：3个",
        "reporting units: 3",
    );
    p.pin(
        ConsoleMsg::UnitTasks {
            unit: "区财政局".into(),
            n: 3,
        },
        "  区财政局：3项任务",
        "  区财政局: 3 tasks",
    );
    p.pin(
        ConsoleMsg::Groups { list: "LIST".into() },
        "单位组（不单独报送）：LIST",
        "groups (not reporting units): LIST",
    );
    p.pin(
        ConsoleMsg::TaskNote {
            id: "ID".into(),
            flags: "FLAGS".into(),
        },
        "注：ID FLAGS",
        "note: ID FLAGS",
    );
    p.pin(
        ConsoleMsg::NoticeWarning {
            source: "SOURCE".into(),
            warning: "WARNING".into(),
        },
        "提示：SOURCE WARNING",
        "warning: SOURCE: WARNING",
    );
    p.pin(
        ConsoleMsg::HelpAbout,
        "督办：把各单位报送的进展反馈表汇总成工作台帐和督查通报",
        "督办: merges the units' quarterly returns into a work ledger (工作台帐) and a supervision bulletin (督查通报)",
    );
    p.pin(
        ConsoleMsg::HelpAfter,
        "直接运行 duban 即 duban run：读取 input/，写出到 output/，报告期自动判断。\n退出状态：0 一切正常；1 已完成，但有需要处理的事项（逾期、未报送、异常）；2 无法运行（设置、模板、通知或写文件出错）。",
        "Plain `duban` is `duban run`: input/ -> output/, period inferred.\nExit status: 0 all well, 1 finished but something needs attention, 2 could not run.",
    );
    p.pin(
        ConsoleMsg::HelpRun,
        "读取输入文件夹中的全部报表，写出工作台帐、督查通报和处理报告",
        "Read every return under the input folder and write the ledger, bulletin and run report",
    );
    p.pin(
        ConsoleMsg::HelpTasks,
        "列出从通知读取的任务清单，并写出任务清单.xlsx/.json",
        "Print the task register read from the notice and write 任务清单.xlsx/.json",
    );
    p.pin(
        ConsoleMsg::HelpForms,
        "为每个报送单位生成进展反馈表，在截止日期前发给各单位",
        "Write a feedback workbook for every reporting unit, to send out before the deadline",
    );
    p.pin(
        ConsoleMsg::HelpHelpCommand,
        "打印本帮助或指定命令的帮助",
        "Print this message or the help of the given subcommand(s)",
    );
    p.pin(
        ConsoleMsg::HelpHelpCommandArg,
        "要查看帮助的命令",
        "The subcommand whose help to print",
    );
    p.pin(
        ConsoleMsg::HelpInput,
        "存放通知、duban.toml 和各单位报表的文件夹（默认：input）",
        "Folder with the notice, duban.toml and the returned workbooks [default: input]",
    );
    p.pin(
        ConsoleMsg::HelpOutput,
        "输出文件写入的文件夹（默认：output）",
        "Folder the outputs are written to [default: output]",
    );
    p.pin(
        ConsoleMsg::HelpPeriod,
        "汇总的报告期：年份和时段，如 2020一季度、2020上半年、2020前三季度、2020全年（也可写 2020年1-9月、2020年度、2020-Q3）。默认：报表中最晚的报告期，没有则取截止日期已过的最晚一期",
        "Period to report on: 2020-Q1, 2020-H1, 2020-Q3, 2020-Y (or 2020一季度, 2020上半年, 2020前三季度, 2020全年, 2020年1-9月, 2020年度). Default: the latest period found in the returns, else the latest whose deadline has passed",
    );
    p.pin(
        ConsoleMsg::HelpFormsPeriod,
        "反馈表对应的报告期，写法同 --period（如 2020前三季度）",
        "Period the forms are for, written as for --period (2020-Q3, 2020前三季度)",
    );
    p.pin(
        ConsoleMsg::HelpFormsPlan,
        "改为给各单位生成节点计划表（年度目标，一季度、上半年、前三季度、全年的节点、完成标准和计划进度）",
        "write each unit a 节点计划表 (the year's target; the milestone, its standard and the planned percent of each period) instead of the feedback form",
    );
    p.pin(
        ConsoleMsg::WrotePlanForms {
            forms: 3,
            dir: "DIR".into(),
        },
        "已生成3份节点计划表：DIR",
        "wrote 3 plan forms: DIR",
    );
    p.pin(
        ConsoleMsg::HelpTemplates,
        "存放 .hbs 文字模板的文件夹，其中的文件替换内置模板（默认：templates）",
        "Folder whose .hbs files override the built-in wording templates [default: templates]",
    );
    p.pin(ConsoleMsg::HelpQuiet, "不显示进度条", "No progress bar");
    p.pin(
        ConsoleMsg::HelpTimings,
        "在标准错误输出上打印各阶段用时",
        "Print how long each stage took, to standard error",
    );
    p.pin(
        ConsoleMsg::HelpLang,
        "输出语言：zh（中文，默认）或 en（英文）；也可用环境变量 DUBAN_LANG=en",
        "Language of everything duban writes: zh (Chinese, the default) or en; also DUBAN_LANG=en",
    );
    p.pin(ConsoleMsg::HelpHelp, "打印帮助", "Print help");
    p.pin(ConsoleMsg::HelpVersion, "打印版本", "Print version");
    p.pin(
        ConsoleMsg::HelpTemplate,
        "{about-with-newline}\n用法：{usage}\n\n{all-args}{after-help}",
        "{about-with-newline}\nUsage: {usage}\n\n{all-args}{after-help}",
    );
    p.pin(
        ConsoleMsg::UsageRoot,
        "duban [选项]\n       duban <命令>",
        "duban [OPTIONS]\n       duban <COMMAND>",
    );
    p.pin(ConsoleMsg::UsageRun, "duban run [选项]", "duban run [OPTIONS]");
    p.pin(
        ConsoleMsg::UsageTasks,
        "duban tasks [选项]",
        "duban tasks [OPTIONS]",
    );
    p.pin(
        ConsoleMsg::UsageForms,
        "duban forms [选项] --period <报告期>",
        "duban forms [OPTIONS] --period <PERIOD>",
    );
    p.pin(ConsoleMsg::UsageHelp, "duban help [命令]", "duban help [COMMAND]");
    p.pin(ConsoleMsg::HeadingCommands, "命令", "Commands");
    p.pin(ConsoleMsg::HeadingOptions, "选项", "Options");
    p.pin(
        ConsoleMsg::CliUnknownArgument { arg: "ARG".into() },
        "duban：命令行有误：未知的参数“ARG”",
        "duban: command line: unknown argument 'ARG'",
    );
    p.pin(
        ConsoleMsg::CliUnknownCommand { name: "N".into() },
        "duban：命令行有误：未知的命令“N”（可用的命令：run、tasks、forms）",
        "duban: command line: unknown command 'N' (commands: run, tasks, forms)",
    );
    p.pin(
        ConsoleMsg::CliInvalidValue {
            arg: "ARG".into(),
            value: "过半".into(),
        },
        "duban：命令行有误：ARG的值“过半”无效",
        "duban: command line: invalid value '过半' for ARG",
    );
    p.pin(
        ConsoleMsg::CliMissingValue { arg: "ARG".into() },
        "duban：命令行有误：ARG缺少取值",
        "duban: command line: ARG needs a value",
    );
    p.pin(
        ConsoleMsg::CliMissingArgument { arg: "ARG".into() },
        "duban：命令行有误：缺少必需的参数ARG",
        "duban: command line: the required argument ARG is missing",
    );
    p.pin(
        ConsoleMsg::CliConflict { arg: "ARG".into() },
        "duban：命令行有误：参数ARG不能与命令同时使用，或不能重复给出",
        "duban: command line: ARG cannot be used here or more than once",
    );
    p.pin(
        ConsoleMsg::CliOther,
        "duban：命令行有误",
        "duban: command line error",
    );
    p.pin(
        ConsoleMsg::CliNoValueExpected {
            arg: "--quiet".into(),
        },
        "duban：命令行有误：--quiet后面不能带取值，请只写--quiet",
        "duban: command line: --quiet takes no value",
    );
    p.pin(
        ConsoleMsg::StageCompare,
        "与上期比较（照搬照抄、状态回退、连续滞后）",
        "compare with the previous period",
    );
    p.pin(
        ConsoleMsg::StageAssess,
        "考核（截至本期）",
        "assess (year to date)",
    );
}
