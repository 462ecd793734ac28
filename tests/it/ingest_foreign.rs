//! Returns that another program wrote: LibreOffice's Excel 97-2003 (.xls) and OpenDocument
//! (.ods) writers, and a WPS-style .xls with an instructions sheet before the data. Each is a unit's own layout for real tasks of the notice (title
//! rows, renamed headers, merged programme titles, notes and 填报日期 under the table,
//! statuses and percentages in their synonyms). `merge::ingest` reads each from a temporary
//! input folder beside the real notice; the tests pin every entry and the file's row account.
//!
//! The fixtures under tests/fixtures/ingest/ were made by `regenerate_fixtures` (ignored: it
//! needs `soffice`): rust_xlsxwriter writes an .xlsx, LibreOffice converts it.

use crate::support::{file_report, Case, H1, Q1};
use duban::collect::Collected;
use duban::model::{ExceptionKind, FileOutcome, Layout, MatchMethod, Model, Timeliness};
use duban::period::Period;
use duban::settings::Settings;
use duban::status::Status;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    crate::support::fixture("ingest").join(name)
}

/// The bulletin dated 2020-07-20: the 半年 fixtures' 填报日期 2020-07-15 (late: the deadline
/// is 2020-07-10) is before it, so it is evidence.
fn settings() -> Settings {
    Settings::parse("[bulletin]\ndate = 2020-07-20\n", Path::new("duban.toml")).unwrap()
}

/// Runs ingestion on a fresh input folder holding the notice and the given fixtures.
fn run(fixtures: &[&str], period: Option<Period>) -> Model {
    run_with(fixtures, period, &settings())
}

fn run_with(fixtures: &[&str], period: Option<Period>, settings: &Settings) -> Model {
    let case = Case::new();
    for f in fixtures {
        case.copy(&fixture(f), f);
    }
    case.ingest(settings, period)
}

/// The entry a test expects: (task, status, percent, progress, method).
type Want<'a> = (&'a str, Status, Option<u8>, &'a str, MatchMethod);

/// Asserts the file's report and every entry of `unit` in `period`, in register order.
fn check(
    model: &Model,
    file: &str,
    unit: &str,
    period: Period,
    layout_rows: (usize, usize, usize, usize),
    want: &[Want<'_>],
) {
    let report = file_report(model, file);
    assert_eq!(report.outcome, FileOutcome::Return, "{report:?}");
    assert_eq!(report.unit.as_deref(), Some(unit), "{report:?}");
    assert_eq!(report.period, Some(period), "{report:?}");
    assert_eq!(report.layout, Some(Layout::Own), "{report:?}");
    let (read, matched, exception, other) = layout_rows;
    assert_eq!(
        (
            report.rows_read,
            report.rows_matched,
            report.rows_exception,
            report.rows_other
        ),
        (read, matched, exception, other),
        "{report:?}\nexceptions: {:#?}",
        model.exceptions
    );
    let progress = model.period(period).expect("the period is in the model");
    let got: Vec<Want<'_>> = progress
        .entries
        .iter()
        .filter(|e| e.unit == unit)
        .map(|e| {
            (
                e.task_id.as_str(),
                e.status,
                e.percent,
                e.progress.as_str(),
                e.matched.as_ref().map(|m| m.method).unwrap_or(MatchMethod::Form),
            )
        })
        .collect();
    assert_eq!(got, want, "exceptions: {:#?}", model.exceptions);
    for e in progress.entries.iter().filter(|e| e.unit == unit && e.reported()) {
        let source = e.source.as_ref().expect("a reported entry names its row");
        assert_eq!(source.file, file);
        assert!(!e.matched.as_ref().unwrap().review, "{e:?}");
    }
}

fn timeliness(model: &Model, period: Period, unit: &str) -> (Timeliness, Option<chrono::NaiveDate>, String) {
    let s = model.period(period).unwrap().submission(unit).unwrap();
    let kind = s.evidence.as_ref().map(|e| e.kind.label()).unwrap_or_default();
    (s.timeliness, s.date(), kind.to_string())
}

fn date(y: i32, m: u32, d: u32) -> Option<chrono::NaiveDate> {
    chrono::NaiveDate::from_ymd_opt(y, m, d)
}

const FIN_XLS: &str = "区财政局_2020年一季度.xls";
const FIN_ODS: &str = "区财政局_2020年一季度.ods";
const CIVIL_ODS: &str = "民政局上半年工作进展.ods";
const CIVIL_XLS: &str = "民政局上半年工作进展.xls";
const WATER_XLS: &str = "水务局报表.xls";

fn finance_entries() -> Vec<Want<'static>> {
    vec![
        (
            "1.(3).3",
            Status::Completed,
            Some(100),
            "预算编制全面完成，绩效目标管理全覆盖。",
            MatchMethod::ExactText,
        ),
        (
            "1.(3).4",
            Status::OnTrack,
            Some(50),
            "化解存量债务1.2亿元，无新增隐性债务。",
            MatchMethod::ExactText,
        ),
        (
            "5.(1).1",
            Status::Lagging,
            Some(50),
            "改革方案已起草，待区政府常务会审议。",
            MatchMethod::PrefixText,
        ),
        (
            "7.(1).1",
            Status::NotStarted,
            None,
            "受疫情影响，尚未启动。",
            MatchMethod::ExactText,
        ),
    ]
}

/// Title, header, three merged programme titles, four tasks, the note and 填报日期.
const FINANCE_ROWS: (usize, usize, usize, usize) = (11, 4, 0, 7);

#[test]
fn libreoffice_xls_own_layout_by_task_text() {
    let model = run(&[FIN_XLS], None);
    assert_eq!(model.current, Q1);
    check(&model, FIN_XLS, "区财政局", Q1, FINANCE_ROWS, &finance_entries());
    assert_eq!(
        timeliness(&model, Q1, "区财政局"),
        (Timeliness::OnTime, date(2020, 4, 8), "填报日期".to_string())
    );
    assert!(model.exceptions.is_empty(), "{:#?}", model.exceptions);
}

#[test]
fn libreoffice_ods_reads_like_its_xls() {
    let model = run(&[FIN_ODS], Some(Q1));
    check(&model, FIN_ODS, "区财政局", Q1, FINANCE_ROWS, &finance_entries());
    assert_eq!(
        timeliness(&model, Q1, "区财政局"),
        (Timeliness::OnTime, date(2020, 4, 8), "填报日期".to_string())
    );
    assert!(model.exceptions.is_empty(), "{:#?}", model.exceptions);
}

fn civil_entries() -> Vec<Want<'static>> {
    vec![
        (
            "10.(1).2",
            Status::Completed,
            Some(100),
            "15家养老机构“评星定级”全部完成。",
            MatchMethod::ExactText,
        ),
        (
            "10.(1).4",
            Status::OnTrack,
            Some(50),
            "临时救助326人次。",
            MatchMethod::ExactText,
        ),
        // 正常推进 merged down from the row above.
        (
            "10.(3).1",
            Status::OnTrack,
            Some(50),
            "12个社区完成合并。",
            MatchMethod::ExactText,
        ),
        // No status cell: 进展缓慢 at the start of the progress text.
        (
            "实事3",
            Status::Lagging,
            None,
            "高龄补贴资金尚未拨付。",
            MatchMethod::ExactText,
        ),
    ]
}

/// Two title rows, header, four tasks, 填报单位 and 填报日期.
const CIVIL_ROWS: (usize, usize, usize, usize) = (9, 4, 0, 5);

#[test]
fn ods_status_merged_down_reaches_both_tasks() {
    let model = run(&[CIVIL_ODS], None);
    assert_eq!(model.current, H1);
    check(&model, CIVIL_ODS, "区民政局", H1, CIVIL_ROWS, &civil_entries());
    assert_eq!(
        timeliness(&model, H1, "区民政局"),
        (Timeliness::Late, date(2020, 7, 15), "填报日期".to_string())
    );
    // Before ods merges were read, 10.(3).1 was listed for review ("no 完成状态 given").
    assert!(model.exceptions.is_empty(), "{:#?}", model.exceptions);
    // With the default bulletin date (2020-07-13) a return dated 2020-07-15 cannot have been
    // received yet: the date is named with its cell and the unit is not called late.
    let model = run_with(&[CIVIL_ODS], None, &Settings::default());
    assert_eq!(timeliness(&model, H1, "区民政局").0, Timeliness::Undated);
    let kinds: Vec<ExceptionKind> = model.exceptions.iter().map(|e| e.kind).collect();
    assert_eq!(kinds, [ExceptionKind::Undated, ExceptionKind::ImplausibleDate]);
    assert!(
        !model.exceptions[1].place.cell.is_empty(),
        "{:?}",
        model.exceptions[1]
    );
}

#[test]
fn libreoffice_xls_late_half_year_return() {
    let model = run(&[CIVIL_XLS], Some(H1));
    check(&model, CIVIL_XLS, "区民政局", H1, CIVIL_ROWS, &civil_entries());
    assert_eq!(timeliness(&model, H1, "区民政局").0, Timeliness::Late);
    assert!(model.exceptions.is_empty(), "{:#?}", model.exceptions);
}

#[test]
fn wps_style_xls_data_on_second_sheet_with_task_id_variants() {
    let model = run(&[WATER_XLS], None);
    assert_eq!(model.current, Q1);
    let none = |id| (id, Status::NoReport, None, "", MatchMethod::Form);
    check(
        &model,
        WATER_XLS,
        "区水务局",
        Q1,
        (8, 4, 0, 4),
        &[
            (
                "1.(2).4",
                Status::OnTrack,
                Some(30),
                "开展河湖“清四乱”专项行动。",
                MatchMethod::TaskId,
            ),
            (
                "1.(2).6",
                Status::NotStarted,
                None,
                "等待省级批复。",
                MatchMethod::TaskId,
            ),
            (
                "6.(1).3",
                Status::Completed,
                Some(100),
                "南山水源置换工程通水。",
                MatchMethod::TaskId,
            ),
            none("7.(1).3"),
            none("7.(2).1"),
            none("8.(1).3"),
            (
                "实事4",
                Status::Lagging,
                Some(20),
                "管网维修完成8处。",
                MatchMethod::TaskId,
            ),
            none("1311-16"),
        ],
    );
    // 填报日期 is a date cell; the deadline day itself is on time.
    assert_eq!(
        timeliness(&model, Q1, "区水务局"),
        (Timeliness::OnTime, date(2020, 4, 10), "填报日期".to_string())
    );
    let report = file_report(&model, WATER_XLS);
    assert_eq!(report.format.as_deref(), Some("xls"));
    assert_eq!(report.warnings.len(), 1, "{:?}", report.warnings);
    assert_eq!(report.warnings[0].place.sheet, "填表说明");
    assert!(model.exceptions.is_empty(), "{:#?}", model.exceptions);
}

#[test]
fn all_together_in_one_input_folder() {
    let model = run(&[FIN_XLS, CIVIL_ODS, WATER_XLS], None);
    assert_eq!(model.current, H1);
    let periods: Vec<Period> = model.periods.iter().map(|p| p.period).collect();
    assert_eq!(periods, [Q1, H1]);
    assert_eq!(timeliness(&model, Q1, "区财政局").0, Timeliness::OnTime);
    assert_eq!(timeliness(&model, Q1, "区水务局").0, Timeliness::OnTime);
    assert_eq!(timeliness(&model, H1, "区民政局").0, Timeliness::Late);
    assert_eq!(timeliness(&model, H1, "区财政局").0, Timeliness::Missing);
    let files: Vec<(&str, FileOutcome)> = model.files.iter().map(|f| (f.path.as_str(), f.outcome)).collect();
    assert_eq!(
        files,
        [
            ("notice.txt", FileOutcome::Canonical),
            (FIN_XLS, FileOutcome::Return),
            (CIVIL_ODS, FileOutcome::Return),
            (WATER_XLS, FileOutcome::Return),
        ]
    );
}

/// The same sheet through LibreOffice's two writers gives the same raw cells and merges.
#[test]
fn xls_and_ods_give_the_same_raw_sheet() {
    let limits = Settings::default().limits;
    for (xls, ods) in [(FIN_XLS, FIN_ODS), (CIVIL_XLS, CIVIL_ODS)] {
        let read = |name: &str| match duban::collect::read_file(&fixture(name), name, &limits) {
            Collected::Workbook(wb) => wb.sheets,
            other => panic!("{name}: {other:?}"),
        };
        let (a, b) = (read(xls), read(ods));
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].rows, b[0].rows, "{xls} vs {ods}");
        assert_eq!(a[0].merged, b[0].merged, "{xls} vs {ods}");
        assert!(!a[0].merged.is_empty());
    }
}

// ---------------------------------------------------------------------------------------
// Fixture generation (ignored): `cargo test --test it ingest_foreign::regenerate -- --ignored`.

mod gen {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet};
    use std::path::Path;
    use std::process::Command;

    fn title(ws: &mut Worksheet, row: u32, last_col: u16, text: &str) {
        let f = Format::new().set_bold();
        ws.merge_range(row, 0, row, last_col, text, &f).unwrap();
    }

    fn texts(ws: &mut Worksheet, row: u32, cells: &[&str]) {
        for (c, s) in cells.iter().enumerate() {
            if !s.is_empty() {
                ws.write_string(row, c as u16, *s).unwrap();
            }
        }
    }

    /// 区财政局, 2020 Q1: title, 序号 / 重点工作任务 / 状态 / 完成进度 / 工作进展, merged
    /// programme titles, the task text only (no IDs), a note and 填报日期 under the table.
    pub fn finance(path: &Path) {
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet().set_name("Sheet1").unwrap();
        title(ws, 0, 4, "区财政局2020年一季度重点工作推进情况表");
        texts(ws, 1, &["序号", "重点工作任务", "状态", "完成进度", "工作进展"]);
        title(
            ws,
            2,
            4,
            "一、聚力全面建成小康社会决胜工程，打好打赢“三大攻坚战”。",
        );
        ws.write_number(3, 0, 1).unwrap();
        texts(
            ws,
            3,
            &[
                "",
                "优化财政收支结构，强化预算绩效管理。",
                "已办结",
                "100%",
                "预算编制全面完成，绩效目标管理全覆盖。",
            ],
        );
        ws.write_number(4, 0, 2).unwrap();
        texts(
            ws,
            4,
            &["", "严守政府债务管控底线，规范举债融资行为。", "正常推进"],
        );
        ws.write_number(4, 3, 0.5).unwrap();
        ws.write_string(4, 4, "化解存量债务1.2亿元，无新增隐性债务。")
            .unwrap();
        title(ws, 5, 4, "五、聚力改革创新工程，增强经济社会发展活力。");
        ws.write_number(6, 0, 3).unwrap();
        texts(
            ws,
            6,
            &[
                "",
                "推进国资国企改革，支持恒舜通放大融资功能，推动建投、文旅投市场化、实体化",
                "进展缓慢",
                "五成",
                "改革方案已起草，待区政府常务会审议。",
            ],
        );
        title(ws, 7, 4, "七、聚力城乡协同建设工程，提高一体化发展水平。");
        ws.write_number(8, 0, 4).unwrap();
        texts(ws, 8, &["", "加大财政、金融、土地等政策支持力度，推动城市基础设施和公共服务向乡镇延伸，促进项目、人口、产业集聚，打造城乡融合示范区。", "未开工", "", "受疫情影响，尚未启动。"]);
        ws.write_string(10, 0, "注：完成进度按全年目标计算。").unwrap();
        ws.write_string(11, 0, "填报日期：2020年4月8日").unwrap();
        ws.set_column_width(1, 50).unwrap();
        wb.save(path).unwrap();
    }

    /// 区民政局, 2020 H1: two title rows, columns in another order, a status merged down over
    /// two rows, a status written only at the start of the progress text, a late 填报日期.
    pub fn civil(path: &Path) {
        let mut wb = Workbook::new();
        let ws = wb.add_worksheet().set_name("上半年").unwrap();
        title(ws, 0, 4, "盐湖区民政局");
        title(ws, 1, 4, "2020年上半年重点工作任务完成情况");
        texts(ws, 2, &["工作进展", "重点工作任务", "完成进度", "状态", "备注"]);
        texts(
            ws,
            3,
            &[
                "15家养老机构“评星定级”全部完成。",
                "加快完善养老服务体系，对15家养老机构进行“评星定级”。",
                "100%",
                "已办结",
            ],
        );
        texts(
            ws,
            4,
            &[
                "临时救助326人次。",
                "加大特殊困难群体救助力度，完善社会保障体系。",
                "五成",
            ],
        );
        ws.merge_range(4, 3, 5, 3, "正常推进", &Format::new()).unwrap();
        texts(ws, 5, &["12个社区完成合并。", "稳妥实施行政村和社区合并，提高基层治理效能。加快智慧社区建设，设立专职网格长，提供精准化、精细化服务。"]);
        ws.write_number(5, 2, 0.5).unwrap();
        texts(ws, 6, &["进展缓慢，高龄补贴资金尚未拨付。", "对4785名城乡低保对象、954名特困供养对象生活保障金每人每月再提高50元；为1347名困难残疾人、3478名重度残疾人发放补贴每人每年600元；为12000名残疾人办理意外伤害保险；为72名社会散居孤儿发放补贴每人每月1000元；为90岁、100岁以上老人分别发放高龄生活补贴每人每年800元、3600元。", "", "", "与区残联、区卫健体局共同牵头"]);
        texts(ws, 8, &["填报单位：区民政局（盖章）"]);
        texts(ws, 9, &["填报日期：2020年7月15日"]);
        wb.save(path).unwrap();
    }

    /// 区水务局, 2020 Q1, WPS style: an instructions sheet first, the data on the second
    /// sheet, task IDs in variant spellings, percentages as whole numbers, 填报日期 as a date
    /// cell beside its label.
    pub fn water(path: &Path) {
        let mut wb = Workbook::new();
        let help = wb.add_worksheet().set_name("填表说明").unwrap();
        texts(help, 0, &["填表说明"]);
        texts(help, 1, &["1. 状态填写：已完成、序时推进、滞后、未启动。"]);
        texts(help, 2, &["2. 完成进度填写百分比。"]);
        let ws = wb.add_worksheet().set_name("Sheet2").unwrap();
        title(ws, 0, 4, "2020年一季度重点任务进展情况");
        texts(ws, 1, &["填报单位：区水务局"]);
        texts(
            ws,
            2,
            &["任务编号", "工作任务", "完成状态", "完成进度(%)", "进展情况"],
        );
        texts(
            ws,
            3,
            &["1-2-4", "严格落实河湖长制，有效遏制河湖“四乱”。", "正常推进"],
        );
        ws.write_number(3, 3, 30).unwrap();
        ws.write_string(3, 4, "开展河湖“清四乱”专项行动。").unwrap();
        texts(
            ws,
            4,
            &[
                "一（2）6",
                "配合实施盐湖、鸭子池生态修复。",
                "未开工",
                "",
                "等待省级批复。",
            ],
        );
        texts(ws, 5, &["６.(1).3", "完成南山水源置换工程", "已完成"]);
        ws.write_number(5, 3, 100).unwrap();
        ws.write_string(5, 4, "南山水源置换工程通水。").unwrap();
        texts(
            ws,
            6,
            &[
                "实事4",
                "改造姚孟、解州等乡镇饮水管网",
                "进展缓慢",
                "20%",
                "管网维修完成8处。",
            ],
        );
        texts(ws, 8, &["填报日期："]);
        let when = ExcelDateTime::from_ymd(2020, 4, 10).unwrap();
        ws.write_datetime_with_format(8, 1, &when, &Format::new().set_num_format("yyyy-mm-dd"))
            .unwrap();
        wb.save(path).unwrap();
    }

    pub fn convert(xlsx: &Path, filter: &str, out_dir: &Path) {
        let status = Command::new("soffice")
            .args(["--headless", "--convert-to", filter, "--outdir"])
            .arg(out_dir)
            .arg(xlsx)
            .status()
            .expect("soffice runs");
        assert!(status.success(), "soffice failed on {}", xlsx.display());
    }
}

#[test]
#[ignore = "needs soffice; rewrites tests/fixtures/ingest/"]
fn regenerate_fixtures() {
    let tmp = tempfile::tempdir().unwrap();
    let out = crate::support::fixture("ingest");
    std::fs::create_dir_all(&out).unwrap();
    let make = |name: &str, build: fn(&Path), filter: &str, final_name: &str| {
        let src = tmp.path().join(format!("{name}.xlsx"));
        build(&src);
        let conv = tmp.path().join("conv");
        std::fs::create_dir_all(&conv).unwrap();
        gen::convert(&src, filter, &conv);
        let ext = filter.split(':').next().unwrap();
        std::fs::rename(conv.join(format!("{name}.{ext}")), out.join(final_name)).unwrap();
    };
    make("finance", gen::finance, "xls", "区财政局_2020年一季度.xls");
    make("finance", gen::finance, "ods", "区财政局_2020年一季度.ods");
    make("civil", gen::civil, "ods", "民政局上半年工作进展.ods");
    make("civil", gen::civil, "xls", "民政局上半年工作进展.xls");
    make("water", gen::water, "xls", "水务局报表.xls");
}
