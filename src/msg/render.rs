//! Messages of writing outputs (ledgers, bulletin, reports, forms, manifest).

catalogue! {
    /// Messages of writing outputs (ledgers, bulletin, reports, forms, manifest).
    pub enum Render {
        /// The note line of the ledger's 未报送 sheet.
        MissingSheetNote { deadline: String, late: usize, missing: usize, unreadable: usize } =>
            "报送截止{deadline}；逾期报送{late}个单位，未报送{missing}个单位；另有{unreadable}个单位已报送但文件无法读取（列于最后，须重新报送可读取的文件，不计为未报送）。每行“依据”列注明所依据的收文登记、填报日期或文件",
            "deadline {deadline}; {late} units late, {missing} missing; {unreadable} more sent files that cannot be read (listed last: they must send a readable copy and are not counted missing). The 依据 column names the receipt register row, 填报日期 cell or file each row rests on";
        /// Why a unit is 未报送: nothing from it anywhere.
        NothingReceived =>
            "input/中没有该单位本期的文件，收文登记也无记录",
            "no file from the unit for this period in input/, and no receipt register row";
    }
}
