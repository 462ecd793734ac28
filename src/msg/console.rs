//! Messages of the console summary, progress and the driver's errors.

catalogue! {
    /// Messages of the console summary, progress and the driver's errors.
    pub enum ConsoleMsg {
        /// The progress bar's prefix while input/ is read.
        ReadingReturns =>
            "正在读取报表",
            "reading returns";
        /// How main prints an error that stopped the run (the whole cause chain).
        Error { chain: String } =>
            "duban：出错：{chain}",
            "duban: error: {chain}";
        NoInput { folder: String } =>
            "输入文件夹{folder}不存在：请在放有 input 文件夹的位置运行 duban，或用 --input 指明存放通知和报表的文件夹",
            "input folder {folder} does not exist: run duban where the input folder is, or name it with --input";
        /// A run for a year of which no return was read.
        NoReturnsForYear { year: i32, found: String, settings_year: i32 } =>
            "注意：输入文件夹中没有{year}年的任何报表（读到的报表属于{found}年），所有单位都记为未报送，本次不生成催报通知：请检查 --period 是否写对（duban.toml 中 year = {settings_year}）",
            "note: no return of {year} in the input folder (the returns read are of {found}); every unit counts as not reported and no reminder is written: check --period (duban.toml has year = {settings_year})";
        /// A run that read no return at all.
        NoReturnsAtAll { year: i32 } =>
            "注意：输入文件夹中没有读到任何报表，所有单位都记为未报送，本次不生成催报通知：请把各单位报送的报表放入输入文件夹（可放在子文件夹中）后再运行；{year}年的反馈表可用 duban forms 生成",
            "note: no return was read from the input folder; every unit counts as not reported and no reminder is written: put the units' returns in the input folder (subfolders are fine) and run again; duban forms writes the {year} feedback forms";
        /// The input folder named is a file.
        InputIsFile { path: String } =>
            "{path}是一个文件，不是文件夹：请用 --input 指明存放通知和报表的文件夹",
            "{path} is a file, not a folder: name the input folder with --input";
        /// The output folder cannot be created or written.
        OutputNotWritable { folder: String, reason: String } =>
            "无法在输出文件夹{folder}中写入文件：{reason}",
            "cannot write in the output folder {folder}: {reason}";
        /// A part of the output path is a file.
        OutputIsFile { path: String } =>
            "输出位置中的{path}是一个文件，不是文件夹：请用 --output 指定一个文件夹",
            "{path} in the output path is a file, not a folder: name a folder with --output";
        CannotBuildRegister =>
            "无法根据通知生成任务清单",
            "cannot build the task register from the notice";
        CannotWrite { name: String } =>
            "无法写出{name}",
            "cannot write the {name}";
        CannotCommit =>
            "无法把输出文件移到位",
            "cannot move the outputs into place";
        CannotCompareManifest =>
            "无法把输出文件与上次的生成记录比对",
            "cannot compare the outputs with the manifest";
        CannotWriteForms =>
            "无法写出反馈表",
            "cannot write the feedback forms";
        /// One line per renderer after a run: its first file.
        Wrote { name: String, first: String } =>
            "{name}：{first}",
            "{name}: {first}";
        WroteAndOne { name: String, first: String } =>
            "{name}：{first}（另有1个文件）",
            "{name}: {first} (and 1 more file)";
        WroteAndMore { name: String, first: String, more: usize } =>
            "{name}：{first}（另有{more}个文件）",
            "{name}: {first} (and {more} more files)";
        WroteFile { path: String } =>
            "已写出 {path}",
            "wrote {path}";
        WroteForms { forms: usize, dir: String } =>
            "已写出{forms}份反馈表及其清单，在 {dir}",
            "wrote {forms} feedback forms and their index to {dir}";
        /// `--timings` stage names.
        StageSetup =>
            "读取设置、模板和通知",
            "settings, templates, register";
        StageIngest =>
            "读取并汇总报表（collect、extract、matching、merge）",
            "ingest (collect, extract, matching, merge)";
        StageRender =>
            "生成输出（并行）",
            "render (side by side)";
        StageFlush =>
            "写出并移到位",
            "flush and move into place";
        StageTotal =>
            "合计",
            "total";
        /// A double-clicked duban.exe, before its window closes (`console::Window`).
        PressEnterToClose =>
            "按回车键关闭窗口",
            "press Enter to close this window";
        /// The run summary's first line.
        SummaryHead { current: String, periods: String } =>
            "处理报告：本期为{current}（有数据的时段：{periods}）",
            "处理报告: current period {current} (periods with data: {periods})";
        /// The run summary's first line when no unit's return of the year was read.
        SummaryHeadNoData { current: String } =>
            "处理报告：本期为{current}（本年度尚未读到任何单位的报表）",
            "处理报告: current period {current} (no unit's return of this year was read)";
        SummaryCount { label: String, n: usize } =>
            "  {label}：{n}",
            "  {label}: {n}";
        SummaryCountUnits { label: String, n: usize, units: String } =>
            "  {label}：{n}（{units}）",
            "  {label}: {n} ({units})";
        RowsMatched { n: usize } =>
            "  已匹配行数：{n}",
            "  rows matched: {n}";
        RowsMatchedBy { n: usize, by: String } =>
            "  已匹配行数：{n}（{by}）",
            "  rows matched: {n} ({by})";
        Exceptions { n: usize } =>
            "  异常：{n}条",
            "  exceptions: {n}";
        ExceptionsBy { n: usize, by: String } =>
            "  异常：{n}条（{by}）",
            "  exceptions: {n} ({by})";
        Files { n: usize, returns: usize } =>
            "  文件：{n}个（{returns}个作为报表读取）",
            "  files: {n} ({returns} read as returns)";
        /// A skipped or failed file with its reason.
        FileNotRead { outcome: String, path: String, reason: String } =>
            "  {outcome} {path}：{reason}",
            "  {outcome} {path}: {reason}";
        Unbalanced { path: String } =>
            "  {path}：行数或单元格数对不上",
            "  row or cell count does not add up for {path}";
        /// `duban tasks`: the register's summary.
        TasksHead { source: String, n: usize } =>
            "任务清单（{source}）：共{n}项任务",
            "任务清单 ({source}): {n} tasks";
        TasksAttachment { number: u32, title: String, n: usize } =>
            "  附件{number} {title}：{n}项",
            "  附件{number} {title}: {n}";
        TasksGroup { group: String, n: usize } =>
            "    {group}：{n}项",
            "    {group}: {n}";
        ReportingUnits { n: usize } =>
            "报送单位：{n}个",
            "reporting units: {n}";
        UnitTasks { unit: String, n: usize } =>
            "  {unit}：{n}项任务",
            "  {unit}: {n} tasks";
        Groups { list: String } =>
            "单位组（不单独报送）：{list}",
            "groups (not reporting units): {list}";
        TaskNote { id: String, flags: String } =>
            "注：{id} {flags}",
            "note: {id} {flags}";
        NoticeWarning { source: String, warning: String } =>
            "提示：{source} {warning}",
            "warning: {source}: {warning}";
        /// `--help`: what duban is.
        HelpAbout =>
            "督办：把各单位报送的进展反馈表汇总成工作台帐和督查通报",
            "督办: merges the units' quarterly returns into a work ledger (工作台帐) and a supervision bulletin (督查通报)";
        /// `--help`: after the options.
        HelpAfter =>
            "直接运行 duban 即 duban run：读取 input/，写出到 output/，报告期自动判断。\n退出状态：0 一切正常；1 已完成，但有需要处理的事项（逾期、未报送、异常）；2 无法运行（设置、模板、通知或写文件出错）。",
            "Plain `duban` is `duban run`: input/ -> output/, period inferred.\nExit status: 0 all well, 1 finished but something needs attention, 2 could not run.";
        HelpRun =>
            "读取输入文件夹中的全部报表，写出工作台帐、督查通报和处理报告",
            "Read every return under the input folder and write the ledger, bulletin and run report";
        HelpTasks =>
            "列出从通知读取的任务清单，并写出任务清单.xlsx/.json",
            "Print the task register read from the notice and write 任务清单.xlsx/.json";
        HelpForms =>
            "为每个报送单位生成进展反馈表，在截止日期前发给各单位",
            "Write a feedback workbook for every reporting unit, to send out before the deadline";
        HelpHelpCommand =>
            "打印本帮助或指定命令的帮助",
            "Print this message or the help of the given subcommand(s)";
        HelpHelpCommandArg =>
            "要查看帮助的命令",
            "The subcommand whose help to print";
        HelpInput =>
            "存放通知、duban.toml 和各单位报表的文件夹（默认：input）",
            "Folder with the notice, duban.toml and the returned workbooks [default: input]";
        HelpOutput =>
            "输出文件写入的文件夹（默认：output）",
            "Folder the outputs are written to [default: output]";
        HelpPeriod =>
            "汇总的报告期：年份和时段，如 2020一季度、2020上半年、2020前三季度、2020全年（也可写 2020年1-9月、2020年度、2020-Q3）。默认：报表中最晚的报告期，没有则取截止日期已过的最晚一期",
            "Period to report on: 2020-Q1, 2020-H1, 2020-Q3, 2020-Y (or 2020一季度, 2020上半年, 2020前三季度, 2020全年, 2020年1-9月, 2020年度). Default: the latest period found in the returns, else the latest whose deadline has passed";
        HelpFormsPeriod =>
            "反馈表对应的报告期，写法同 --period（如 2020前三季度）",
            "Period the forms are for, written as for --period (2020-Q3, 2020前三季度)";
        /// `duban forms --plan`.
        HelpFormsPlan =>
            "改为给各单位生成节点计划表（年度目标，一季度、上半年、前三季度、全年的节点、完成标准和计划进度）",
            "write each unit a 节点计划表 (the year's target; the milestone, its standard and the planned percent of each period) instead of the feedback form";
        /// `duban forms --plan` wrote the plan forms.
        WrotePlanForms { forms: usize, dir: String } =>
            "已生成{forms}份节点计划表：{dir}",
            "wrote {forms} plan forms: {dir}";
        HelpTemplates =>
            "存放 .hbs 文字模板的文件夹，其中的文件替换内置模板（默认：templates）",
            "Folder whose .hbs files override the built-in wording templates [default: templates]";
        HelpQuiet =>
            "不显示进度条",
            "No progress bar";
        HelpTimings =>
            "在标准错误输出上打印各阶段用时",
            "Print how long each stage took, to standard error";
        HelpLang =>
            "输出语言：zh（中文，默认）或 en（英文）；也可用环境变量 DUBAN_LANG=en",
            "Language of everything duban writes: zh (Chinese, the default) or en; also DUBAN_LANG=en";
        HelpHelp =>
            "打印帮助",
            "Print help";
        HelpVersion =>
            "打印版本",
            "Print version";
        /// The help layout: headings in the run's language.
        HelpTemplate =>
            "{{about-with-newline}}\n用法：{{usage}}\n\n{{all-args}}{{after-help}}",
            "{{about-with-newline}}\nUsage: {{usage}}\n\n{{all-args}}{{after-help}}";
        /// Usage lines of `--help`.
        UsageRoot =>
            "duban [选项]\n       duban <命令>",
            "duban [OPTIONS]\n       duban <COMMAND>";
        UsageRun =>
            "duban run [选项]",
            "duban run [OPTIONS]";
        UsageTasks =>
            "duban tasks [选项]",
            "duban tasks [OPTIONS]";
        UsageForms =>
            "duban forms [选项] --period <报告期>",
            "duban forms [OPTIONS] --period <PERIOD>";
        UsageHelp =>
            "duban help [命令]",
            "duban help [COMMAND]";
        HeadingCommands =>
            "命令",
            "Commands";
        HeadingOptions =>
            "选项",
            "Options";
        /// Lead lines for clap's own parse errors.
        CliUnknownArgument { arg: String } =>
            "duban：命令行有误：未知的参数“{arg}”",
            "duban: command line: unknown argument '{arg}'";
        CliUnknownCommand { name: String } =>
            "duban：命令行有误：未知的命令“{name}”（可用的命令：run、tasks、forms）",
            "duban: command line: unknown command '{name}' (commands: run, tasks, forms)";
        CliInvalidValue { arg: String, value: String } =>
            "duban：命令行有误：{arg}的值“{value}”无效",
            "duban: command line: invalid value '{value}' for {arg}";
        CliMissingValue { arg: String } =>
            "duban：命令行有误：{arg}缺少取值",
            "duban: command line: {arg} needs a value";
        CliMissingArgument { arg: String } =>
            "duban：命令行有误：缺少必需的参数{arg}",
            "duban: command line: the required argument {arg} is missing";
        CliConflict { arg: String } =>
            "duban：命令行有误：参数{arg}不能与命令同时使用，或不能重复给出",
            "duban: command line: {arg} cannot be used here or more than once";
        CliOther =>
            "duban：命令行有误",
            "duban: command line error";
        /// A value refused with the reason (the period's own message).
        CliInvalidValueWhy { arg: String, value: String, why: String } =>
            "duban：命令行有误：{arg}的值“{value}”无效：{why}",
            "duban: command line: invalid value '{value}' for {arg}: {why}";
        /// A flag given a value (`--quiet=yes`).
        CliNoValueExpected { arg: String } =>
            "duban：命令行有误：{arg}后面不能带取值，请只写{arg}",
            "duban: command line: {arg} takes no value";
        /// clap's suggestion of a similar option or command.
        CliSuggest { suggestion: String } =>
            "是否想写：{suggestion}",
            "did you mean {suggestion}?";
        /// The last line of a command-line error: where the options are listed.
        CliHelpHint { command: String } =>
            "请改正后重新运行；全部选项及写法见：{command} --help",
            "correct it and run again; every option: {command} --help";
        /// `--timings`: the comparison with the previous period.
        StageCompare =>
            "与上期比较（照搬照抄、状态回退、连续滞后）",
            "compare with the previous period";
        /// `--timings`: the assessment (考核), year to date.
        StageAssess =>
            "考核（截至本期）",
            "assess (year to date)";
    }
}
