//! Messages of writing outputs (ledgers, bulletin, reports, forms, manifest).

catalogue! {
    /// Messages of writing outputs (ledgers, bulletin, reports, forms, manifest).
    pub enum RenderMsg {
        Io { path: String, error: String } =>
            "{path}：无法写入：{error}",
            "{path}: cannot write: {error}";
        Xlsx { path: String, error: String } =>
            "{path}：无法生成工作簿（{error}）",
            "{path}: cannot build the workbook: {error}";
        Docx { path: String, message: String } =>
            "{path}：无法生成文档（{message}）",
            "{path}: cannot build the document: {message}";
        /// The background writers of the outbox ended before every file was handed over.
        WritersStopped =>
            "后台写文件的程序已停止",
            "the output writers stopped";
        WrittenTwice =>
            "同一次运行中写了两次",
            "written twice in one run";
        /// A ledger status cell whose status the row's own progress contradicts.
        StatusContradicted { status: String } =>
            "{status}（与进展不符）",
            "{status} (contradicts the progress)";
        /// The note under the 异常 sheet's title: everything needs checking.
        ExceptionsNote { total: usize } =>
            "共{total}条；请按文件、工作表、单元格核对原表，更正后重新运行",
            "{total} in all; check each against the return's file, sheet and cell, correct it and run again";
        /// Every row is listed only for the record (superseded, later period): `kinds` as
        /// [`RenderMsg::InfoCount`]s.
        ExceptionsNoteAllInfo { total: usize, kinds: String } =>
            "共{total}条，均为{kinds}，仅备查、无需处理（被替代的报表已由单位新报的报表取代，晚于本期的报表由该期运行合并）",
            "{total} in all, every one {kinds}: listed for the record, nothing to do (a replaced return was superseded by the unit's new one, a later period's return is merged by the run for its period)";
        /// Rows to check first, then rows listed only for the record.
        ExceptionsNoteSomeInfo { total: usize, act: usize, kinds: String } =>
            "共{total}条：前{act}条请按文件、工作表、单元格核对原表，更正后重新运行；其后{kinds}仅备查、无需处理（被替代的报表已由单位新报的报表取代，晚于本期的报表由该期运行合并）",
            "{total} in all: check the first {act} against the return's file, sheet and cell, correct them and run again; the {kinds} after them are listed for the record, nothing to do (a replaced return was superseded by the unit's new one, a later period's return is merged by the run for its period)";
        /// One kind of rows listed for the record, with its count.
        InfoCount { label: String, n: usize } =>
            "{label}{n}条",
            "{n} {label}";
        /// 说明 of a review row the 异常 sheet adds for a match below the accept threshold.
        ReviewHow { method: String, similarity: f64 } =>
            "按{method}匹配，相似度{similarity:.2}，请核对",
            "matched by {method}, similarity {similarity:.2}: please check";
        /// A bulletin template's output with a part marker duban does not know.
        UnknownPart { line: usize, name: String, expected: String } =>
            "模板输出第{line}行：未知的部分[{name}]，可用的有[{expected}]",
            "output line {line}: unknown part [{name}], expected one of [{expected}]";
        /// The bulletin's document.xml does not hold the sections its layout expects.
        SectionCount { expected: usize, found: usize } =>
            "document.xml 中应有{expected}个节，实有{found}个",
            "expected {expected} sections in document.xml, found {found}";
        /// A part of the package docx-rs wrote that the fixup cannot read as XML.
        PackageXml { part: String, why: String } =>
            "{part} 不是合法的 XML（{why}）",
            "{part} is not well-formed XML: {why}";
        /// Reasons for [`RenderMsg::PackageXml`] that the XML reader does not give itself.
        XmlUnbalanced =>
            "结束标记与开始标记不配对",
            "an end tag without its start tag";
        XmlUnclosed =>
            "有元素没有结束标记",
            "an element without its end tag";
        XmlNoRoot =>
            "没有根元素",
            "no root element";
        /// Under the 考核 table: what was counted.
        AssessmentScope { periods: String, current: String, base: String } =>
            "统计范围：报送情况按{periods}各期截止日期认定；任务情况按{current}各单位所报状态统计，多单位牵头的任务各单位分别计入；基础分{base}分。",
            "Counted: reports in {periods}, each against its deadline; tasks by the status each unit gave for {current}, a task led by several units counted for each; base score {base}.";
        /// After the scope, in a year with 节点计划: how 欠进度 is counted.
        AssessmentScopePlans =>
            "欠进度按各单位自己报送的节点计划对照本期进展认定。",
            "Behind plan: judged against the unit's own milestones for the period.";
        /// The rules that produced the scores, listed under the table.
        AssessmentRules { rules: String } =>
            "考核规则：{rules}；其余事项只列数，不计分。",
            "Rules: {rules}; other facts are listed, not scored.";
        /// One rate rule: "完成率每100%+10分".
        AssessmentRateRule { rate: String, points: String } =>
            "{rate}（占本单位牵头任务的比例）每100%{points}分",
            "{points} for a {rate} of 100 % (share of the unit's own tasks)";
        /// A rate rule's points column: "完成率（+10×率）".
        AssessmentRateHeader { rate: String, points: String } =>
            "{rate}（{points}×率）",
            "{rate} ({points} × rate)";
        /// 考核明细: a task whose status its own progress contradicts, counted as the settings say.
        AssessmentContradicted { status: String, against: String } =>
            "状态与进展不符（原填“{status}”，{against}）",
            "status contradicts the progress (“{status}” as written, {against})";
        /// A unit's score in one line: base, each scoring term, total.
        AssessmentExplain { base: String, terms: String, total: String } =>
            "{base}{terms} = {total}",
            "{base}{terms} = {total}";
        /// A count term of the line: " −2（逾期报送1次）".
        AssessmentCountTerm { points: String, fact: String, count: usize, unit: String } =>
            " {points}（{fact}{count}{unit}）",
            " {points} ({count} {fact})";
        /// A rate term of the line: " +5（完成率50%，2/4项）".
        AssessmentRateTerm { points: String, rate: String, share: String, count: usize, of: usize } =>
            " {points}（{rate}{share}，{count}/{of}项）",
            " {points} ({rate} {share}, {count}/{of})";
        /// The copied rate's term: its denominator counts the periods compared too.
        AssessmentCopiedTerm { points: String, rate: String, share: String, count: usize, of: usize } =>
            " {points}（{rate}{share}，{count}/{of}条次）",
            " {points} ({rate} {share}, {count}/{of} entries compared)";
        /// One rule in the list: "逾期报送每次−2分".
        AssessmentRule { fact: String, unit: String, points: String } =>
            "{fact}每{unit}{points}分",
            "{points} per {fact}";
        /// Why an undated or unreadable return costs nothing.
        AssessmentNoEvidence =>
            "报送时间未能认定（日期不明或报表无法读取）的，不计逾期或未报送；没有留存依据的事项一律不扣分。逐项依据见“考核明细”表。",
            "A return whose time cannot be established (no date, or unreadable) counts as neither late nor missing; nothing without evidence costs points. The evidence of every fact is in the 考核明细 sheet.";
        /// The 考核明细 note.
        AssessmentDetailNote { count: usize } =>
            "共{count}条，每条对应“考核”表中的一次或一项计数，注明时段、文件、工作表和单元格。",
            "{count} rows, one per counted report or entry of the 考核 sheet, with period, file, sheet and cell.";
        /// A missing return's evidence.
        AssessmentEmptyReturn { deadline: String } =>
            "截至{deadline}，报送的是空表（未填写任何任务的进展），按未报送计",
            "by {deadline}, an empty table (no task's progress written): counted as not reported";
        AssessmentNoReturn { deadline: String } =>
            "截至{deadline}，input/中未见该单位本期报表",
            "no return of the unit for the period in input/ by {deadline}";
        /// A late return's evidence.
        AssessmentLateReturn { date: String, source: String, deadline: String } =>
            "{source}{date}，晚于截止日期{deadline}",
            "{source} {date}, after the deadline {deadline}";
        /// An on-time return's evidence.
        AssessmentOnTimeReturn { date: String, source: String, deadline: String } =>
            "{source}{date}，截止日期{deadline}",
            "{source} {date}, deadline {deadline}";
        /// A return whose time could not be established.
        AssessmentUndatedReturn { deadline: String } =>
            "已报送，报送时间未能认定（截止日期{deadline}），不计逾期",
            "reported, but when could not be established (deadline {deadline}); not counted late";
        /// Console: the heading above the files kept in 历史版本.
        KeptHeading { n: usize, folder: String } =>
            "有{n}个输出文件被改动过或不是本程序生成的，原文件已移入 {folder}（未删除），新文件已照常生成：",
            "{n} output files were changed by someone or not written by duban: each was moved to {folder} (nothing deleted) and the new file written:";
        /// Console and run report: one kept file that differs from what duban wrote.
        KeptEdited { file: String, kept_as: String } =>
            "{file}：与上次生成的版本不同（有人修改过），原文件已保留为 {kept_as}",
            "{file}: differs from the version duban wrote (changed by someone), kept as {kept_as}";
        /// Console and run report: one kept file the manifest has no entry for.
        KeptUnknown { file: String, kept_as: String } =>
            "{file}：没有本程序的生成记录（旧版程序生成或他人放入），原文件已保留为 {kept_as}",
            "{file}: duban has no record of writing it (an older version's output or someone else's file), kept as {kept_as}";
        /// 处理报告 原因 of a file kept because it was changed.
        ReasonEdited =>
            "与上次生成的版本不同，视为有人修改过",
            "differs from the version duban wrote: taken as changed by someone";
        /// 处理报告 原因 of a file kept because the manifest does not know it.
        ReasonUnknown =>
            "输出文件夹中没有此文件的生成记录（旧版程序生成，或他人放入同名文件）",
            "the output folder has no record of duban writing it (an older version's output, or someone's file of that name)";
        /// Console and run report: the office's own ledger columns carried into the new ledger.
        Carried { file: String, columns: String, placed: usize } =>
            "{file}中办公室自加的列（{columns}）已按任务编号和牵头单位带入新台帐，共{placed}格",
            "the office's own columns of {file} ({columns}) were carried into the new ledger by task ID and lead unit: {placed} cells";
        /// Appended to [`RenderMsg::Carried`]: values whose line is not in the new ledger.
        CarryNotPlaced { n: usize } =>
            "；另有{n}格所在行在新台帐中没有对应行（或任务编号重复），未带入，请查看历史版本中的原文件",
            "; {n} more cells are on lines the new ledger does not have (or whose task ID repeats) and were not carried: see the file kept in 历史版本";
        /// Console and run report: the edited ledger could not be read for its own columns.
        CarryFailed { file: String, reason: String } =>
            "{file}无法读取（{reason}），办公室自加的列未带入新台帐，请查看历史版本中的原文件",
            "{file} could not be read ({reason}): the office's own columns were not carried into the new ledger; see the file kept in 历史版本";
        /// Under the bulletin's 年度考核情况 table: the rules.
        AssessmentTableNote { base: String, rules: String } =>
            "注：基础分{base}分；{rules}。",
            "Note: base score {base}; {rules}.";
        /// 附件1's 进展情况 in place of a text that repeats the unit's previous report.
        CopiedNotQuoted =>
            "与上期报送内容基本相同",
            "same as the previous report";
        /// 附件1's 进展情况 in place of a text an exception of this period names.
        DoubtfulNotQuoted =>
            "待核实（见处理报告）",
            "to be checked (see the run report)";
        /// 附件1's 进展情况 in place of a text its own status contradicts (状态与进展不符).
        ContradictedNotQuoted =>
            "完成状态与进展情况不符，待单位核实更正",
            "the status contradicts the progress written: the unit is to check it";
        /// One unit's words in 附件1 when a task has several lead units.
        UnitSaid { unit: String, words: String } =>
            "{unit}：{words}",
            "{unit}: {words}";
        /// 附件1 备注: the task lagged this period and the one before.
        RemarkPersistent =>
            "连续两期滞后或未启动",
            "lagging or not started two periods running";
        /// 附件1 备注: some unit's text repeats its previous report.
        RemarkCopied =>
            "与上期雷同",
            "copied from the previous report";
        /// 附件1 备注: an exception of this period names the entry.
        RemarkDoubtful =>
            "报表待核实",
            "return to be checked";
        /// 附件1 备注: one unit's step back.
        RemarkStep { unit: String, from: String, to: String } =>
            "{unit}由{from}变为{to}",
            "{unit}: {from} to {to}";
        /// 附件1 备注: the unit's 存在困难 (its first clause), a task with one lead unit.
        RemarkDifficulty { text: String } =>
            "存在困难：{text}",
            "difficulty: {text}";
        /// 附件1 备注: one unit's 存在困难, a task with several lead units.
        RemarkDifficultyOf { text: String, unit: String } =>
            "存在困难：{text}（{unit}）",
            "difficulty: {text} ({unit})";
        /// Above 附件1 when it lists only the tasks needing attention (some of them).
        AttentionNote { kinds: String, listed: usize, total: usize } =>
            "本表列出{kinds}的任务{listed}项；全部{total}项任务的进展情况见本期工作台帐。",
            "This table lists the {listed} tasks {kinds}; the ledger of the period holds all {total} tasks.";
        /// Above 附件1 when every counted task needs attention.
        AttentionAll { kinds: String, total: usize } =>
            "纳入统计的{total}项任务均需关注（{kinds}），全部列入本表。",
            "All {total} tasks counted need attention ({kinds}): all are listed.";
        /// After the note above 附件1: the 未反馈 tasks left out, those whose lead units all
        /// did not report (named in the attachment `annex`, "" when it is the only one).
        AttentionUnreported { n: usize, annex: String } =>
            "另有{n}项任务因牵头单位未报送而未反馈，未列入本表，未报送单位名单见附件{annex}。",
            "Another {n} tasks have no report because their lead units did not report; they are not listed (the units: attachment {annex}).";
        /// A reason a task is in 附件1, beside the statuses 滞后, 未启动, 未反馈.
        AttentionRegressed =>
            "进度较上期回退",
            "gone backwards";
        AttentionCopied =>
            "进展情况与上期雷同",
            "copied from the previous report";
        AttentionDoubtful =>
            "报表待核实",
            "to be checked";
        /// Under 附件2: returns received with no evidence of when (not named: not late).
        OverdueUndated { n: usize } =>
            "另有{n}个单位已报送但报送时间待核实，未列入本表。",
            "{n} more units reported but when is not established: not listed.";
        /// Under 附件2: files received that cannot be read (not named: not missing).
        OverdueUnreadable { n: usize } =>
            "另有{n}个单位报送的文件无法读取，已通知重新报送，未列入本表。",
            "{n} more units sent files that cannot be read and were asked for a readable copy: not listed.";
        /// A bulletin template's 附件 line without a known key before "|".
        UnknownAttachment { line: String, expected: String } =>
            "附件行“{line}”：应以{expected}之一加“|”开头",
            "attachment line \"{line}\": must start with one of {expected} and \"|\"";
        /// The note line of the ledger's 未报送 sheet.
        MissingSheetNote { deadline: String, late: usize, missing: usize, unreadable: usize } =>
            "报送截止{deadline}；逾期报送{late}个单位，未报送{missing}个单位，已报送但文件无法读取{unreadable}个单位（列于最后，不计为未报送，须重新报送可读取的文件）。每行“依据”列注明所依据的收文登记、填报日期或文件",
            "deadline {deadline}; {late} units late, {missing} missing; {unreadable} more sent files that cannot be read (listed last: they must send a readable copy and are not counted missing). The 依据 column names the receipt register row, 填报日期 cell or file each row rests on";
        /// The note under the title of a ledger's task sheet (十大工程, 十件实事, 1311项目).
        TaskSheetNote { period: String, deadline: String } =>
            "截至{period}，本期报送截止{deadline}。多单位牵头的任务，首行为整体状态（取各单位最差者）。",
            "As of {period}; reports were due {deadline}. A task with several lead units shows its overall status (the worst unit's) in its first row.";
        /// A task's text in the ledger with the register's notes on it below
        /// ("责任人及牵头单位见附件3").
        TaskWithNotes { text: String, notes: String } =>
            "{text}\n（注：{notes}）",
            "{text}\n(note: {notes})";
        /// The feedback form's prompt on a 完成状态 cell (Excel data validation).
        FormStatusPrompt { list: String } =>
            "请从下拉列表中选择：{list}。",
            "Choose from the list: {list}.";
        /// The title of the form's error when a 完成状态 is not on the list.
        FormStatusInvalid => "完成状态无效", "Invalid 完成状态";
        /// The form's error when a 完成状态 is not on the list.
        FormStatusOnly { list: String } =>
            "完成状态只能是：{list}。",
            "完成状态 can only be: {list}.";
        /// The form's prompt on a 完成进度 cell.
        FormPercentPrompt =>
            "请填写0到100之间的整数，表示本项任务全年目标的完成百分比，不带%号。",
            "A whole number from 0 to 100: the percent of the task's target for the year done so far, without %.";
        /// The title of the form's error on a 完成进度 cell.
        FormPercentInvalid => "完成进度无效", "Invalid 完成进度";
        /// The form's error on a 完成进度 cell.
        FormPercentOnly =>
            "完成进度须为0到100之间的整数。",
            "完成进度 must be a whole number from 0 to 100.";
        /// The form's prompt on the 填报日期 cell.
        FormDatePrompt { year: i32 } =>
            "请填写填报日期，如 {year}-07-03。",
            "The date of the report, as {year}-07-03.";
        /// The title of the form's error on the 填报日期 cell.
        FormDateInvalid => "填报日期无效", "Invalid 填报日期";
        /// The form's error on the 填报日期 cell.
        FormDateOnly { year: i32, next: i32 } =>
            "请填写{year}年或{next}年内的日期，如 {year}-07-03。",
            "A date in {year} or {next}, as {year}-07-03.";
        /// The plan form's prompt on a 计划进度 cell.
        PlanPercentPrompt =>
            "请填写0到100之间的整数，表示到该时段末计划完成全年目标的百分比，不带%号；可不填。",
            "A whole number from 0 to 100: the percent of the year's target planned by the end of the period, without %; may be left empty.";
        /// The title of the plan form's error on a 计划进度 cell.
        PlanPercentInvalid => "计划进度无效", "Invalid 计划进度";
        /// The plan form's error on a 计划进度 cell.
        PlanPercentOnly =>
            "计划进度须为0到100之间的整数。",
            "计划进度 must be a whole number from 0 to 100.";
        /// Why a unit is 未报送: nothing from it anywhere.
        NothingReceived =>
            "input/中没有该单位本期的文件，收文登记也无记录",
            "no file from the unit for this period in input/, and no receipt register row";
    }
}
