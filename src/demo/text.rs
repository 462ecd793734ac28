//! The words of the demo returns: statuses and percentages that move believably from one
//! period to the next, and progress, difficulty, suggestion and next-step texts built from
//! the task's own words and the phrases units really use ("已完成年度目标的30%",
//! "受疫情影响", "下步将…").
//!
//! Hands on [`Row`]s to the scenario; keeps each (unit, task)'s trajectory in [`History`].

use super::scenario::{Return, Row};
use super::Rng;
use crate::period::{Period, PeriodKind};
use crate::register::{Attachment, Register, Task, Unit};
use crate::status::Status;
use std::collections::BTreeMap;

/// Where each (unit, task) stood at its last period, and what the unit last wrote.
#[derive(Debug, Default)]
pub(crate) struct History {
    state: BTreeMap<(String, String), (Status, u8)>,
    said: BTreeMap<(String, String), String>,
}

impl History {
    /// Records the progress texts a unit actually sent (for the next form's 上期进展).
    pub(crate) fn remember(&mut self, ret: &Return) {
        for row in &ret.rows {
            self.said
                .insert((ret.unit.clone(), row.task_id.clone()), row.progress.clone());
        }
    }
}

/// The unit's rows for a period, one per task it leads, in register order.
pub(crate) fn rows(
    register: &Register,
    unit: &Unit,
    period: Period,
    history: &mut History,
    rng: &mut Rng,
) -> Vec<Row> {
    unit.lead_tasks
        .iter()
        .filter_map(|id| register.task(id))
        .map(|task| {
            let key = (unit.name.clone(), task.id.clone());
            let (status, percent) = advance(history.state.get(&key).copied(), period.kind, rng);
            history.state.insert(key.clone(), (status, percent));
            let mut row = row(task, period, status, percent, rng);
            row.previous = history.said.get(&key).cloned().unwrap_or_default();
            row
        })
        .collect()
}

/// A round percentage in `lo..=hi`, in steps of five.
fn round5(rng: &mut Rng, lo: u32, hi: u32) -> u8 {
    (rng.range(lo / 5, hi / 5) * 5) as u8
}

/// The next (status, percent) from the last one; `None` for the first period of the year.
pub(crate) fn advance(last: Option<(Status, u8)>, kind: PeriodKind, rng: &mut Rng) -> (Status, u8) {
    let scale = match kind {
        PeriodKind::Q1 => 1,
        PeriodKind::H1 => 2,
        PeriodKind::Q3 => 3,
        PeriodKind::Y => 4,
    };
    let on_track = |rng: &mut Rng| (Status::OnTrack, round5(rng, 15 * scale, (25 * scale).min(95)));
    let lagging = |rng: &mut Rng| (Status::Lagging, round5(rng, 5 * scale, 10 * scale + 5));
    let roll = rng.below(100);
    match last.map(|l| l.0) {
        Some(Status::Completed) => (Status::Completed, 100),
        None | Some(Status::NoReport) => match roll {
            0..=7 => (Status::Completed, 100),
            8..=79 => on_track(rng),
            80..=91 => lagging(rng),
            _ => (Status::NotStarted, 0),
        },
        Some(Status::OnTrack) => match roll {
            0..=11 => (Status::Completed, 100),
            12..=91 => on_track(rng),
            _ => lagging(rng),
        },
        Some(Status::Lagging) => match roll {
            0..=49 => on_track(rng),
            50..=94 => lagging(rng),
            _ => (Status::Completed, 100),
        },
        Some(Status::NotStarted) => match roll {
            0..=44 => on_track(rng),
            45..=74 => lagging(rng),
            _ => (Status::NotStarted, 0),
        },
    }
}

/// A row's texts for a task at a status.
pub(crate) fn row(task: &Task, period: Period, status: Status, percent: u8, rng: &mut Rng) -> Row {
    let key = key_phrase(&task.text);
    let trouble = matches!(status, Status::Lagging | Status::NotStarted);
    Row {
        task_id: task.id.clone(),
        status,
        percent,
        progress: progress(task, &key, period, status, percent, rng),
        difficulties: if trouble || rng.chance(20) {
            rng.pick(DIFFICULTIES).to_string()
        } else {
            String::new()
        },
        suggestions: if (trouble && rng.chance(60)) || rng.chance(10) {
            rng.pick(SUGGESTIONS).to_string()
        } else {
            String::new()
        },
        next_steps: if status != Status::Completed && rng.chance(75) {
            next_step(period, rng)
        } else {
            String::new()
        },
        previous: String::new(),
    }
}

/// The task's own words to talk about: its first clause, at most 22 characters.
pub(crate) fn key_phrase(task_text: &str) -> String {
    let mut clause = String::new();
    for c in task_text.chars() {
        if "，。；：,;".contains(c) {
            if clause.chars().count() >= 6 {
                break;
            }
            clause.clear();
            continue;
        }
        clause.push(c);
    }
    let clause: String = clause.chars().take(22).collect();
    if clause.chars().count() < 4 {
        task_text.chars().take(22).collect()
    } else {
        clause
    }
}

const OPENERS: &[&str] = &[
    "围绕“{k}”，我单位制定了年度实施方案，明确责任分工和时间节点，",
    "{k}工作已全面启动，成立了工作专班，建立周调度机制，",
    "年初以来，我单位把{k}作为重点工作，召开专题会议安排部署，",
    "针对{k}，逐项梳理任务清单，细化分解到股室和责任人，",
    "按照年初安排，{k}各项工作有序推进，",
];

const MEASURES: &[&str] = &[
    "克服疫情影响积极推进复工复产，",
    "结合疫情防控要求采取线上调度方式推进，",
    "已完成前期摸底调查，",
    "多次深入一线督导检查，",
    "",
];

const DIFFICULTIES: &[&str] = &[
    "受疫情影响，部分企业复工复产延迟，施工队伍进场推迟。",
    "资金缺口较大，上级补助资金尚未到位。",
    "用地指标紧张，用地手续办理周期较长。",
    "专业技术人员不足，基层力量薄弱。",
    "涉及部门多，协调难度较大。",
    "部分群众认识不到位，工作推进阻力较大。",
];

const SUGGESTIONS: &[&str] = &[
    "建议区财政加大资金支持力度，保障项目按期推进。",
    "建议协调自然资源部门加快用地审批。",
    "建议区政府召开专题会议研究解决。",
    "建议将此项工作纳入年度目标责任考核。",
];

const ACTIONS: &[&str] = &[
    "加大调度力度，倒排工期、挂图作战",
    "加强与配合单位的沟通协调，形成工作合力",
    "积极争取上级资金支持",
    "强化督导检查，及时解决推进中的问题",
    "抢抓施工黄金期，加快工程建设进度",
];

fn progress(task: &Task, key: &str, period: Period, status: Status, percent: u8, rng: &mut Rng) -> String {
    let month = period.kind.end(period.year).format("%-m").to_string();
    let base = if period.kind != PeriodKind::Q1 && rng.chance(30) {
        format!(
            "在{}工作基础上，",
            period.previous().map_or("前期", |p| p.short())
        )
    } else {
        String::new()
    };
    let opener = rng.pick(OPENERS).replace("{k}", key);
    let measure = *rng.pick(MEASURES);
    let project = task.attachment == Attachment::Projects;
    match status {
        Status::Completed => format!(
            "{base}{opener}{measure}{}",
            rng.pick(&[
                "该项工作已全部完成，并通过验收。",
                "已全面完成年度目标任务，相关资料已整理归档。"
            ])
        ),
        Status::OnTrack if project => format!(
            "{base}项目前期手续已办结，{measure}累计完成投资{}万元，占年度计划的{percent}%。",
            rng.range(8, 300) * 100
        ),
        Status::OnTrack => format!("{base}{opener}{measure}截至{month}月底，已完成年度目标的{percent}%。"),
        Status::Lagging => format!(
            "{base}{}，{key}推进缓慢，目前完成年度目标的{percent}%，进度滞后于序时。",
            rng.pick(&["受疫情影响", "因资金未及时到位", "因前期手续办理滞后"])
        ),
        Status::NotStarted | Status::NoReport => format!(
            "受疫情影响，{key}尚未启动，目前{}。",
            rng.pick(&["正在办理前期手续", "正在开展前期调研", "正在编制实施方案"])
        ),
    }
}

fn next_step(period: Period, rng: &mut Rng) -> String {
    let by = match period.kind {
        PeriodKind::Q1 => rng.pick(&["6月底", "年底"]),
        PeriodKind::H1 => rng.pick(&["9月底", "年底"]),
        _ => &"年底",
    };
    format!("下步将{}，确保{by}前完成目标任务。", rng.pick(ACTIONS))
}

/// A believable 填报人 name.
pub(crate) fn person(rng: &mut Rng) -> String {
    const SURNAMES: &[&str] = &[
        "王", "李", "张", "刘", "杨", "赵", "薛", "郭", "卫", "柴", "畅", "吉",
    ];
    const GIVEN: &[&str] = &[
        "文", "静", "伟", "丽", "军", "红", "建", "华", "敏", "强", "婷", "鹏", "霞", "勇",
    ];
    let mut name = rng.pick(SURNAMES).to_string();
    for _ in 0..(1 + usize::from(rng.chance(60))) {
        let given = GIVEN[rng.below(GIVEN.len())];
        name.push_str(given);
    }
    name
}

/// "五成" for 50: the tenths Chinese units use; the nearest tenth.
pub(crate) fn percent_in_chinese(percent: u8) -> String {
    const D: [&str; 11] = ["零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"];
    let tenths = ((percent as usize + 5) / 10).min(10);
    match (percent % 10 == 5, tenths) {
        (true, 1) => "半成".to_string(),
        (true, t) => format!("{}成半", D[t - 1]),
        (false, 0) => "零".to_string(),
        (false, 10) => "全部完成".to_string(),
        (false, t) => format!("{}成", D[t]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_phrase_takes_a_whole_first_clause() {
        assert_eq!(
            key_phrase("严格整治“散乱污”企业，杜绝各类污染主体死灰复燃。"),
            "严格整治“散乱污”企业"
        );
        assert_eq!(
            key_phrase("建设解州、东郭、三路里3个污水处理项目。"),
            "建设解州、东郭、三路里3个污水处理项目"
        );
        assert_eq!(
            key_phrase("侨银环保科技公司—新建杂醇再生资源项目")
                .chars()
                .count(),
            19
        );
    }

    #[test]
    fn chinese_tenths() {
        assert_eq!(percent_in_chinese(50), "五成");
        assert_eq!(percent_in_chinese(35), "三成半");
        assert_eq!(percent_in_chinese(20), "两成");
        assert_eq!(percent_in_chinese(100), "全部完成");
        assert_eq!(percent_in_chinese(0), "零");
        assert_eq!(percent_in_chinese(95), "九成半");
        assert_eq!(percent_in_chinese(5), "半成");
    }

    #[test]
    fn completed_stays_completed() {
        let mut rng = Rng::new(1);
        for _ in 0..50 {
            assert_eq!(
                advance(Some((Status::Completed, 100)), PeriodKind::H1, &mut rng),
                (Status::Completed, 100)
            );
        }
    }
}
