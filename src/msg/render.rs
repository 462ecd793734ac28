//! Messages of writing outputs (ledgers, bulletin, reports, forms, manifest).

catalogue! {
    /// Messages of writing outputs (ledgers, bulletin, reports, forms, manifest).
    pub enum Render {
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
    }
}
