//! Messages of writing outputs (ledgers, bulletin, reports, forms, manifest).

catalogue! {
    /// Messages of writing outputs (ledgers, bulletin, reports, forms, manifest).
    pub enum Render {
        Io { path: String, error: String } =>
            "{path}：无法写入（{error}）",
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
        /// The note under the 未报送 sheet's title.
        MissingNote { deadline: String, late: usize, missing: usize } =>
            "报送截止{deadline}；逾期报送{late}个单位，未报送{missing}个单位",
            "deadline {deadline}; {late} units late, {missing} units missing";
        /// The note under the 异常 sheet's title: everything needs checking.
        ExceptionsNote { total: usize } =>
            "共{total}条；请按文件、工作表、单元格核对原表，更正后重新运行",
            "{total} in all; check each against the return's file, sheet and cell, correct it and run again";
        /// Every row is from a later period's return.
        ExceptionsNoteAllLater { total: usize, label: String } =>
            "共{total}条，均为{label}，由该期运行合并，无需处理",
            "{total} in all, every one {label}: merged by the run for their period, nothing to do";
        /// Some rows are from a later period's return.
        ExceptionsNoteSomeLater { total: usize, label: String, later: usize } =>
            "共{total}条，其中{label}{later}条由该期运行合并，无需处理；其余请按文件、工作表、单元格核对原表，更正后重新运行",
            "{total} in all; {later} {label} are merged by the run for their period, nothing to do; check the others against the return's file, sheet and cell, correct them and run again";
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
    }
}
