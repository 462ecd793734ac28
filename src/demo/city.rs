//! The city-scale input of the benchmark: 13 districts' worth of returned workbooks.
//!
//! A synthetic city notice in the real notice's format (attachment 1 only): 55 kinds of
//! department, each leading 5-25 tasks, every task led by that department in all 13
//! districts. Each (district, period, department) sends one return of 5-25 rows; a few are
//! missing, late or corrected; most are our form, the rest the units' own layouts; about 5 %
//! .xls and 3 % .ods (at most [`MAX_CONVERTED`]) are converted with LibreOffice when it is
//! installed (cached by content, so a second benchmark run does not convert again).
//!
//! Hands on a folder a run can read (`notice.txt`, `duban.toml`, `returns/…`) and counts.

use super::scenario::{DateStyle, FileFormat, Layout, PercentStyle, Return};
use super::{convert, returns, text, write_file, DemoError, Rng};
use crate::period::{Period, PeriodKind};
use crate::register::Register;
use crate::settings::Settings;
use crate::text::numerals::to_chinese;
use chrono::Duration;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub(crate) const CITY: &str = "运城市";

pub(crate) const DISTRICTS: [&str; 13] = [
    "盐湖区",
    "临猗县",
    "万荣县",
    "闻喜县",
    "稷山县",
    "新绛县",
    "绛县",
    "垣曲县",
    "夏县",
    "平陆县",
    "芮城县",
    "永济市",
    "河津市",
];

pub(crate) const DEPARTMENTS: [&str; 55] = [
    "财政局",
    "发改局",
    "工信局",
    "教科局",
    "公安局",
    "民政局",
    "司法局",
    "人社局",
    "自然资源局",
    "生态环境分局",
    "住建局",
    "交通运输局",
    "水务局",
    "农业农村局",
    "商务局",
    "文旅局",
    "卫健委",
    "退役军人事务局",
    "应急管理局",
    "审计局",
    "市场监管局",
    "统计局",
    "医保局",
    "林业局",
    "能源局",
    "行政审批局",
    "信访局",
    "扶贫开发中心",
    "金融办",
    "招商中心",
    "城管局",
    "体育中心",
    "残联",
    "税务局",
    "供电公司",
    "农商行",
    "建投公司",
    "文旅投公司",
    "经济开发区",
    "融媒体中心",
    "档案馆",
    "机关事务中心",
    "公共资源交易中心",
    "大数据中心",
    "粮食储备中心",
    "果业中心",
    "畜牧中心",
    "蔬菜中心",
    "农机中心",
    "经管中心",
    "引黄中心",
    "公房中心",
    "供销社",
    "妇联",
    "团委",
];

const PROGRAMMES: [&str; 10] = [
    "聚力脱贫攻坚决胜工程",
    "聚力项目建设提速工程",
    "聚力城市品质提升工程",
    "聚力工业转型升级工程",
    "聚力改革创新工程",
    "聚力乡村振兴工程",
    "聚力城乡融合工程",
    "聚力文旅融合工程",
    "聚力营商环境优化工程",
    "聚力民生保障工程",
];

const ITEMS: [&str; 8] = [
    "重点项目",
    "民生工程",
    "专项行动",
    "示范点",
    "改造工程",
    "服务事项",
    "培训任务",
    "建设任务",
];

/// At most this many .xls and .ods returns: LibreOffice takes seconds a file on the shared
/// machine, and the first returns of every size are the same, so the pool covers them all.
pub const MAX_CONVERTED: [usize; 2] = [60, 40];

/// Options of one city-scale input.
#[derive(Debug, Clone)]
pub struct CityOptions {
    /// How many returned workbooks to write (the first N of the city's year, district by
    /// district, so every size covers all four periods).
    pub workbooks: usize,
    pub seed: u64,
    /// LibreOffice, to mix in .xls and .ods; `None` writes everything as .xlsx.
    pub soffice: Option<PathBuf>,
    /// Folder caching converted files by content (kept between benchmark runs).
    pub pool: Option<PathBuf>,
}

/// What was written.
#[derive(Debug, Clone, Default)]
pub struct CityInput {
    pub workbooks: usize,
    pub tasks: usize,
    pub by_format: BTreeMap<&'static str, usize>,
    pub rows: usize,
}

/// How many tasks each department leads (5-25), the same for every district.
fn task_counts(seed: u64) -> Vec<usize> {
    let mut rng = Rng::new(seed ^ 0x5EED);
    DEPARTMENTS.iter().map(|_| rng.range(5, 25) as usize).collect()
}

/// The synthetic city notice, in the real notice's text format.
pub(crate) fn notice_text(seed: u64) -> String {
    let counts = task_counts(seed);
    let mut rng = Rng::new(seed);
    let mut s =
        format!("{CITY}人民政府办公室\n关于印发2020年{CITY}《政府工作报告》重点任务分解的通知\n\n附件1\n\n");
    s.push_str(&format!("2020年{CITY}《政府工作报告》确定的重点任务分解\n\n"));
    for (p, programme) in PROGRAMMES.iter().enumerate() {
        s.push_str(&format!("{}、{programme}。\n", to_chinese(p + 1)));
        let depts = (0..DEPARTMENTS.len()).filter(|d| d % PROGRAMMES.len() == p);
        for (k, d) in depts.enumerate() {
            let dept = DEPARTMENTS[d];
            s.push_str(&format!("（{}）{dept}牵头任务。\n", k + 1));
            let leads: Vec<String> = DISTRICTS.iter().map(|x| format!("{x}{dept}")).collect();
            for j in 0..counts[d] {
                let item = rng.pick(&ITEMS);
                let n = rng.range(3, 120);
                s.push_str(&format!(
                    "{}.推进{dept}{item}第{}批，全年完成{n}个，确保按期见效、群众满意。\n",
                    j + 1,
                    j + 1
                ));
                s.push_str(&format!("责 任 人：{}\n", text::person(&mut rng)));
                s.push_str(&format!("牵头单位：{}\n", leads.join("、")));
                s.push_str("配合单位：各相关单位\n");
            }
        }
    }
    s
}

pub(crate) const SETTINGS: &str = "# Benchmark input: a city's year, written by duban::demo::city.\n\
notice = \"notice.txt\"\nyear = 2020\ndistrict = \"运城市\"\n";

/// Writes a city-scale input into `input` (created; expected empty).
pub fn write_city(input: &Path, opts: &CityOptions) -> Result<CityInput, DemoError> {
    write_file(&input.join("notice.txt"), notice_text(opts.seed).as_bytes())?;
    write_file(&input.join("duban.toml"), SETTINGS.as_bytes())?;
    let register = Register::load(&input.join("notice.txt")).map_err(|e| DemoError::Io {
        path: input.join("notice.txt"),
        source: std::io::Error::other(e.to_string()),
    })?;
    let settings = Settings::default();
    let plans = plan(&register, &settings, opts);
    let dir = input.join("returns");
    plans
        .par_iter()
        .map(|ret| {
            let path = dir.join(ret.xlsx_path());
            let bytes = returns::workbook(ret, &register, &settings).map_err(|source| DemoError::Xlsx {
                path: path.clone(),
                source,
            })?;
            write_file(&path, &bytes)
        })
        .collect::<Result<Vec<()>, DemoError>>()?;
    if let Some(soffice) = &opts.soffice {
        convert_pooled(soffice, opts.pool.as_deref(), &plans, &dir)?;
    }
    let mut out = CityInput {
        workbooks: plans.len(),
        tasks: register.tasks.len(),
        rows: plans.iter().map(|r| r.rows.len()).sum(),
        ..CityInput::default()
    };
    for ret in &plans {
        let f = if opts.soffice.is_some() {
            ret.format
        } else {
            FileFormat::Xlsx
        };
        *out.by_format.entry(f.ext()).or_default() += 1;
    }
    Ok(out)
}

/// The first `opts.workbooks` returns of the city's year, district by district.
pub(crate) fn plan(register: &Register, settings: &Settings, opts: &CityOptions) -> Vec<Return> {
    let mut rng = Rng::new(opts.seed);
    let mut history = text::History::default();
    let mut out = Vec::with_capacity(opts.workbooks);
    let mut converted = [0; 2];
    let own = [
        Layout::TitleRenamed,
        Layout::Reordered,
        Layout::Plain,
        Layout::StatusInText,
        Layout::MergedProgramme,
        Layout::TextOnly,
    ];
    'all: for district in DISTRICTS {
        for kind in PeriodKind::ALL {
            let period = Period::new(settings.year, kind);
            for dept in DEPARTMENTS {
                let name = format!("{district}{dept}");
                let Some(unit) = register.unit(&name) else {
                    continue;
                };
                let rows = text::rows(register, unit, period, &mut history, &mut rng);
                if rng.chance(2) {
                    continue; // missing this period
                }
                let layout = if rng.chance(85) {
                    Layout::Form
                } else {
                    *rng.pick(&own)
                };
                let deadline = settings.deadline(period);
                let date = if rng.chance(4) {
                    deadline + Duration::days(rng.range(1, 9).into())
                } else {
                    deadline - Duration::days(rng.range(0, 7).into())
                };
                let format = match rng.below(100) {
                    0..=4 if converted[0] < MAX_CONVERTED[0] => FileFormat::Xls,
                    5..=7 if converted[1] < MAX_CONVERTED[1] => FileFormat::Ods,
                    _ => FileFormat::Xlsx,
                };
                match format {
                    FileFormat::Xls => converted[0] += 1,
                    FileFormat::Ods => converted[1] += 1,
                    FileFormat::Xlsx => {}
                }
                let previous_column =
                    matches!(layout, Layout::Form) && rows.iter().any(|r| !r.previous.is_empty());
                let ret = Return {
                    unit: name.clone(),
                    written_unit: name.clone(),
                    period,
                    folder: format!("{}/{district}", super::period_folder(period)),
                    stem: format!("{name}{}年{}工作进展", period.year, period.short()),
                    layout,
                    percent_style: if layout == Layout::Form {
                        PercentStyle::Whole
                    } else {
                        PercentStyle::Text
                    },
                    date_style: if layout == Layout::Form {
                        DateStyle::Excel
                    } else {
                        DateStyle::Chinese
                    },
                    format,
                    date,
                    filler: text::person(&mut rng),
                    phone: format!("0359-{}", rng.range(2_000_000, 8_999_999)),
                    rows,
                    previous_column,
                };
                history.remember(&ret);
                if rng.chance(4) && out.len() + 1 < opts.workbooks {
                    let mut fixed = ret.clone();
                    fixed.stem.push_str("（更正）");
                    fixed.date = ret.date + Duration::days(1);
                    out.push(ret);
                    out.push(fixed);
                } else {
                    out.push(ret);
                }
                if out.len() >= opts.workbooks {
                    break 'all;
                }
            }
        }
    }
    out.truncate(opts.workbooks);
    out
}

/// FNV-1a: a content key for the conversion pool.
fn content_key(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3)
    })
}

/// Converts the returns planned as .xls/.ods, taking earlier conversions of the same bytes
/// from the pool, and converting the rest in one LibreOffice run per format.
fn convert_pooled(
    soffice: &Path,
    pool: Option<&Path>,
    plans: &[Return],
    dir: &Path,
) -> Result<(), DemoError> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| DemoError::Io { path, source }
    };
    let scratch = tempfile::tempdir().map_err(io(&std::env::temp_dir()))?;
    let pool = pool
        .map(Path::to_path_buf)
        .unwrap_or_else(|| scratch.path().join("pool"));
    std::fs::create_dir_all(&pool).map_err(io(&pool))?;
    let staging = scratch.path().join("staging");
    for format in [FileFormat::Xls, FileFormat::Ods] {
        let mut jobs = std::collections::BTreeSet::new();
        let mut copies = Vec::new();
        for ret in plans.iter().filter(|r| r.format == format) {
            let xlsx = dir.join(ret.xlsx_path());
            let bytes = std::fs::read(&xlsx).map_err(io(&xlsx))?;
            let key = format!("{:016x}", content_key(&bytes));
            let pooled = pool.join(format!("{key}.{}", format.ext()));
            if !pooled.is_file() {
                let staged = staging.join(format!("{key}.xlsx"));
                write_file(&staged, &bytes)?;
                jobs.insert(staged);
            }
            std::fs::remove_file(&xlsx).map_err(io(&xlsx))?;
            copies.push((pooled, dir.join(ret.final_path())));
        }
        let jobs: Vec<PathBuf> = jobs.into_iter().collect();
        convert::convert(soffice, &jobs, format, &pool)?;
        for (pooled, dest) in copies {
            std::fs::copy(&pooled, &dest).map_err(io(&dest))?;
        }
    }
    Ok(())
}
