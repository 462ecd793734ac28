//! Messages of turning raw cells into records (headers, values, labels).

catalogue! {
    /// Messages of turning raw cells into records (headers, values, labels).
    pub enum ExtractMsg {
        /// A visible sheet with rows but no table header.
        NoHeader { file: String, sheet: String, rows: usize } =>
            "{file} / {sheet}：未找到表头（需有“任务内容”以及“进展情况”或“完成状态”），{rows}行未读取",
            "{file} / {sheet}: no table header found (任务内容 and 进展情况 or 完成状态); {rows} rows not read";
        /// A 填报日期 label whose value is no date.
        NotDate { place: String, value: String } =>
            "{place}（填报日期）：“{value}”不是日期，未采用：请核实报送日期（可在收文登记中补记）",
            "{place} (填报日期): \"{value}\" is not a date; not taken: check when the return was received (a receipt register row settles it)";
        /// A status cell with no status word.
        NotStatus { place: String, header: String, value: String } =>
            "{place}（{header}）：“{value}”不是完成状态（应为已完成、序时推进、滞后、未启动之一），已按原文保留：请向单位核实完成状态",
            "{place} ({header}): \"{value}\" is not a status (已完成, 序时推进, 滞后, 未启动); kept as written: check the status with the unit";
        /// A 完成进度 outside 0-100.
        PercentOutOfRange { place: String, header: String, value: String } =>
            "{place}（{header}）：“{value}”不在0到100之间，已按原文保留：请向单位核实完成进度",
            "{place} ({header}): \"{value}\" is not between 0 and 100; kept as written: check the percentage with the unit";
        /// A 完成进度 that is no percentage.
        NotPercent { place: String, header: String, value: String } =>
            "{place}（{header}）：“{value}”不是百分数，已按原文保留：请向单位核实完成进度",
            "{place} ({header}): \"{value}\" is not a percentage; kept as written: check the percentage with the unit";
        /// No status given: 序时推进 assumed from the progress text.
        NoStatus { place: String } =>
            "{place}：完成状态未填或无法识别，按所填进展视为序时推进：请向单位核实完成状态",
            "{place}: no readable 完成状态; taken as 序时推进 from the progress written: check the status with the unit";
        /// 是否完成 answered 否 and no status said: 序时推进 assumed.
        NotDoneOnly { place: String, header: String, value: String } =>
            "{place}（{header}）：填“{value}”，未写明完成状态（序时推进、滞后或未启动），按所填进展视为序时推进：请向单位核实完成状态",
            "{place} ({header}): “{value}” says not done but gives no status (序时推进, 滞后 or 未启动); taken as 序时推进 from the progress written: check the status with the unit";
        /// A status its row's percentage or progress text contradicts.
        Contradiction { place: String, status: String, against: String } =>
            "{place}：完成状态“{status}”与{against}不符；台帐按原填保留并标注，通报不引用该条进展，请单位核实更正",
            "{place}: the status “{status}” contradicts {against}; kept as written and marked in the ledger, not quoted in the bulletin; the unit should check it";
        /// What contradicts a status: the percentage.
        AgainstPercent { header: String, percent: u8, cell: String } =>
            "{header}{percent}%（{cell}）",
            "{header} {percent}% ({cell})";
        /// What contradicts a status: words of the progress text.
        AgainstWords { header: String, words: String, cell: String } =>
            "{header}中的“{words}”（{cell}）",
            "“{words}” in {header} ({cell})";
        /// A column whose cells gave its role against its header word (or without one).
        RoleFromContent { file: String, sheet: String, col: String, header: String, kind: CellKindMsg, role: String } =>
            "{file} / {sheet} / {col}列（{header}）：内容为{kind}，按“{role}”读取",
            "{file} / {sheet} / column {col} ({header}): it holds {kind}; read as “{role}”";
        /// Statuses read from the fill colours of blank status cells, by the sheet's legend.
        FillLegend { file: String, sheet: String, cell: String, legend: String } =>
            "{file} / {sheet}：完成状态按单元格底色读取，图例见{cell}（{legend}）",
            "{file} / {sheet}: statuses read from the cells' fill colours by the legend at {cell} ({legend})";
        /// Statuses read from fill colours with no legend in the sheet: the usual meaning.
        FillAssumed { file: String, sheet: String, legend: String } =>
            "{file} / {sheet}：完成状态按单元格底色读取；表中未见图例，按通常含义（{legend}）读取，请核实",
            "{file} / {sheet}: statuses read from the cells' fill colours; the sheet has no legend, so the usual meaning ({legend}) was taken: please check";
        /// One colour of a legend.
        ColourMeans { colour: String, status: String } =>
            "{colour}色为{status}",
            "{colour} for {status}";
        /// A column whose header no list holds, read by a stem of its words.
        RoleByStem { file: String, sheet: String, col: String, header: String, stem: String, role: String } =>
            "{file} / {sheet} / {col}列（{header}）：表头含“{stem}”，按“{role}”读取",
            "{file} / {sheet} / column {col} ({header}): the header says “{stem}”; read as “{role}”";
        /// A column asking whether the task is done, answered 是 / 否.
        RoleByAnswer { file: String, sheet: String, col: String, header: String, role: String } =>
            "{file} / {sheet} / {col}列（{header}）：内容为“是/否”，“是”为已完成，按“{role}”读取",
            "{file} / {sheet} / column {col} ({header}): it holds 是/否 (是: 已完成); read as “{role}”";
        /// A column no role fits (or whose role another column holds better).
        RoleNone { file: String, sheet: String, col: String, header: String, kind: CellKindMsg } =>
            "{file} / {sheet} / {col}列（{header}）：内容为{kind}，无法确定所属栏目，原样列入“其他”",
            "{file} / {sheet} / column {col} ({header}): it holds {kind} that fits no column; kept verbatim as “其他”";
        /// Stands for the header of a column that has none.
        NoHeaderName => "无表头", "no header";
        /// The header of a hidden row's cell kept in 其他.
        HiddenRowHeader { header: String } =>
            "{header}（隐藏行）",
            "{header} (hidden row)";
        /// The header of a hidden column's cell kept in 其他.
        HiddenColumnHeader { header: String } =>
            "{header}（隐藏列）",
            "{header} (hidden column)";
        /// A hidden column kept apart: its cells are in 其他, never this period's.
        ColumnHidden { file: String, sheet: String, col: String, header: String } =>
            "{file} / {sheet} / {col}列（{header}）：隐藏列，内容原样列入“其他”（标为隐藏列），不作本期填报内容",
            "{file} / {sheet} / column {col} ({header}): hidden; kept verbatim as “其他” (marked hidden), not taken as this period's report";
        /// A column headed with an earlier period beside one for a later period.
        ColumnEarlier { file: String, sheet: String, col: String, header: String, period: String } =>
            "{file} / {sheet} / {col}列（{header}）：表头为{period}，不是本期，内容原样列入“其他”",
            "{file} / {sheet} / column {col} ({header}): headed {period}, not this period; kept verbatim as “其他”";
        /// Hidden rows holding values: kept in their task's 其他, never this period's.
        RowsHidden { file: String, sheet: String, rows: usize } =>
            "{file} / {sheet}：{rows}行为隐藏行，内容原样列入所属任务的“其他”（标为隐藏行），不作本期填报内容",
            "{file} / {sheet}: {rows} hidden rows; kept verbatim in their tasks' “其他” (marked hidden), not taken as this period's report";
    }
}

catalogue! {
    /// What a column's cells mostly hold, named inside the column-role messages above.
    pub enum CellKindMsg {
        /// 已完成, 滞后 ...
        StatusWords => "状态词", "status words";
        /// 是 / 否 (√ / ×).
        YesNo => "“是/否”", "是/否 answers";
        /// 80%, 八成 ...
        Percentages => "百分数", "percentages";
        /// Dates.
        Dates => "日期", "dates";
        /// Numbers such as task numbers.
        Numbers => "编号", "numbers";
        /// Running text.
        Text => "文字", "text";
        /// None of the above.
        Other => "其他内容", "other content";
    }
}

/// Serialised as its text in the run's language, as the string it replaced was.
impl serde::Serialize for CellKindMsg {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}
