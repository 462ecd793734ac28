//! 年度考核情况: the bulletin's view of the [`Assessment`] at 全年 — the ranked table of
//! 附件3 and the figures of the sentence naming the top and bottom units (worded by the
//! `assessment` template, which the office may empty to leave the sentence out).

use crate::assess::rules::number;
use crate::assess::{Assessment, UnitScore};
use crate::model::Model;
use crate::msg;
use crate::period::PeriodKind;
use crate::settings::Settings;
use serde::Serialize;

/// One row of the 年度考核情况 table.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ScoreRow {
    pub(crate) rank: usize,
    pub(crate) unit: String,
    /// The total as the office writes it: "97", "96.5".
    pub(crate) score: String,
}

/// What the templates may say about the assessment.
#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct AssessmentBrief {
    /// The units of the best rank, joined into one list (several when tied; "A、B、C等N个单位"
    /// when more than three).
    pub(crate) top: String,
    pub(crate) top_count: usize,
    pub(crate) top_score: String,
    /// The units of the worst rank.
    pub(crate) bottom: String,
    pub(crate) bottom_count: usize,
    pub(crate) bottom_score: String,
    /// How many units were assessed.
    pub(crate) units: usize,
    /// The rules, "逾期报送每次−2分；…".
    pub(crate) rules: String,
    /// The table rows, in rank order.
    #[serde(skip)]
    pub(crate) rows: Vec<ScoreRow>,
    /// The note under the table: base score and rules.
    #[serde(skip)]
    pub(crate) note: String,
}

/// Most units named in the sentence for one rank; more are written "A、B、C等N个单位".
const NAMED: usize = 3;

/// The brief at 全年 when the settings attach the assessment; None otherwise.
pub(crate) fn brief(model: &Model, a: &Assessment, settings: &Settings) -> Option<AssessmentBrief> {
    if model.current.kind != PeriodKind::Y || !settings.assessment.bulletin {
        return None;
    }
    if a.rows.is_empty() {
        return None;
    }
    let names = |rows: &[&UnitScore]| {
        let named: Vec<&str> = rows.iter().take(NAMED).map(|r| r.unit.as_str()).collect();
        match rows.len() > NAMED {
            true => msg::LayoutMsg::UnitsAndMore {
                names: msg::join(&named),
                total: rows.len(),
                more: rows.len() - named.len(),
            }
            .to_string(),
            false => msg::join(&named),
        }
    };
    let score = |rows: &[&UnitScore]| rows.first().map(|r| number(r.total)).unwrap_or_default();
    let (top, bottom) = (a.top(), a.bottom());
    Some(AssessmentBrief {
        top: names(&top),
        top_count: top.len(),
        top_score: score(&top),
        bottom: names(&bottom),
        bottom_count: bottom.len(),
        bottom_score: score(&bottom),
        units: a.rows.len(),
        rules: a.rules.describe(),
        note: msg::RenderMsg::AssessmentTableNote {
            base: number(a.rules.base),
            rules: a.rules.describe(),
        }
        .to_string(),
        rows: a
            .rows
            .iter()
            .map(|r| ScoreRow {
                rank: r.rank,
                unit: r.unit.clone(),
                score: number(r.total),
            })
            .collect(),
    })
}
