//! The assessment's facts and the points the settings give each ([`Rules`]).
//!
//! A fact is a count kept per reporting unit (late reports, completed tasks, ...). Its points
//! come from `[assessment.points]` in duban.toml where the office set them, else from the
//! documented default of [`Fact::default_points`]; the code holds no other rule.

use crate::msg;
use crate::settings::{Assessment as AssessmentSettings, ASSESSMENT_KEYS};
use serde::Serialize;

/// What the assessment counts for each unit, in column order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Fact {
    /// Reports due: one per period counted.
    Due,
    OnTime,
    Late,
    Missing,
    /// A return whose table holds nothing for any task (已报送（空表）): no report.
    Empty,
    /// Reported, but when could not be established (no date, unreadable return): neither late
    /// nor missing, since there is no evidence either way.
    Undated,
    /// Tasks (entries) the unit leads at the current period; a shared task counts for each.
    Tasks,
    Completed,
    OnTrack,
    Lagging,
    NotStarted,
    /// Tasks the unit left without a report this period.
    NoReport,
    /// Entries copied from the previous period (与上期雷同).
    Copied,
    /// Rows of the unit that needed the office's check or correction (exceptions).
    Corrected,
}

impl Fact {
    pub const COUNT: usize = ASSESSMENT_KEYS.len();
    pub const ALL: [Fact; Fact::COUNT] = [
        Fact::Due,
        Fact::OnTime,
        Fact::Late,
        Fact::Missing,
        Fact::Empty,
        Fact::Undated,
        Fact::Tasks,
        Fact::Completed,
        Fact::OnTrack,
        Fact::Lagging,
        Fact::NotStarted,
        Fact::NoReport,
        Fact::Copied,
        Fact::Corrected,
    ];

    /// The key in `[assessment.points]` ([`ASSESSMENT_KEYS`], in this enum's order).
    pub fn key(self) -> &'static str {
        ASSESSMENT_KEYS[self.index()]
    }

    /// Column header of the 考核 sheet.
    pub fn label(self) -> &'static str {
        match self {
            Fact::Due => "应报送",
            Fact::OnTime => "按时报送",
            Fact::Late => "逾期报送",
            Fact::Missing => "未报送",
            Fact::Empty => "报送空表",
            Fact::Undated => "报送时间未能认定",
            Fact::Tasks => "牵头任务",
            Fact::Completed => "已完成",
            Fact::OnTrack => "序时推进",
            Fact::Lagging => "滞后",
            Fact::NotStarted => "未启动",
            Fact::NoReport => "未反馈",
            Fact::Copied => "与上期雷同",
            Fact::Corrected => "需核对更正",
        }
    }

    /// What one count of the fact is: 次 (a report), 项 (a task), 条 (a row).
    pub fn measure(self) -> &'static str {
        match self {
            Fact::Due | Fact::OnTime | Fact::Late | Fact::Missing | Fact::Empty | Fact::Undated => "次",
            Fact::Corrected => "条",
            _ => "项",
        }
    }

    /// The defaults follow the notice: late and missing reports 纳入年终考核成绩 (a missing
    /// report weighs most); what the bulletin reports (通报情况，作为年终考核的重要依据) counts
    /// too: completed tasks add, lagging, not-started and copied entries take off. Facts the
    /// notice does not weigh are listed with 0 points.
    pub fn default_points(self) -> f64 {
        match self {
            Fact::Late => -2.0,
            Fact::Missing | Fact::Empty => -5.0,
            Fact::Completed => 1.0,
            Fact::Lagging => -1.0,
            Fact::NotStarted => -2.0,
            Fact::Copied => -1.0,
            _ => 0.0,
        }
    }

    pub fn from_key(key: &str) -> Option<Fact> {
        Fact::ALL.into_iter().find(|f| f.key() == key)
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// The base score and the points of every fact, settings over defaults.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rules {
    pub base: f64,
    points: [f64; Fact::COUNT],
}

impl Rules {
    /// Assumes validated settings (the settings check every key); an unknown key is ignored.
    pub fn new(settings: &AssessmentSettings) -> Rules {
        let mut points = Fact::ALL.map(Fact::default_points);
        for (key, p) in &settings.points {
            if let Some(f) = Fact::from_key(key) {
                points[f.index()] = *p;
            }
        }
        Rules {
            base: settings.base,
            points,
        }
    }

    pub fn points(&self, fact: Fact) -> f64 {
        self.points[fact.index()]
    }

    /// The facts that score (non-zero points), in column order.
    pub fn scored(&self) -> impl Iterator<Item = (Fact, f64)> + '_ {
        Fact::ALL
            .into_iter()
            .map(|f| (f, self.points(f)))
            .filter(|(_, p)| *p != 0.0)
    }

    /// "逾期报送每次−2分；未报送每次−5分；…"
    pub fn describe(&self) -> String {
        self.scored()
            .map(|(f, p)| {
                msg::RenderMsg::AssessmentRule {
                    fact: f.label().to_string(),
                    unit: f.measure().to_string(),
                    points: signed(p),
                }
                .to_string()
            })
            .collect::<Vec<_>>()
            .join("；")
    }
}

/// Points as the office writes them: "+1", "−2", "−0.5", "0".
pub fn signed(p: f64) -> String {
    let n = number(p.abs());
    match p {
        p if p > 0.0 => format!("+{n}"),
        p if p < 0.0 => format!("−{n}"),
        _ => n,
    }
}

/// A score without trailing zeros: 100, 97.5, 99.25.
pub fn number(p: f64) -> String {
    let s = format!("{:.2}", p);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_indexed_in_order() {
        for (i, f) in Fact::ALL.iter().enumerate() {
            assert_eq!(f.index(), i);
            assert_eq!(Fact::from_key(f.key()), Some(*f));
        }
    }

    #[test]
    fn each_fact_has_its_own_key() {
        use Fact::*;
        let keys = [
            (Due, "due"),
            (OnTime, "on_time"),
            (Late, "late"),
            (Missing, "missing"),
            (Empty, "empty"),
            (Undated, "undated"),
            (Tasks, "tasks"),
            (Completed, "completed"),
            (OnTrack, "on_track"),
            (Lagging, "lagging"),
            (NotStarted, "not_started"),
            (NoReport, "no_report"),
            (Copied, "copied"),
            (Corrected, "corrected"),
        ];
        assert_eq!(keys.len(), Fact::COUNT);
        for (f, key) in keys {
            assert_eq!(f.key(), key);
        }
    }

    #[test]
    fn settings_override_one_default_each() {
        let mut s = AssessmentSettings::default();
        s.points.insert("late".into(), -3.0);
        s.points.insert("completed".into(), 0.0);
        let r = Rules::new(&s);
        assert_eq!(r.points(Fact::Late), -3.0);
        assert_eq!(r.points(Fact::Missing), -5.0);
        assert!(r.scored().all(|(f, _)| f != Fact::Completed));
    }

    #[test]
    fn points_are_written_with_their_sign() {
        assert_eq!(signed(1.0), "+1");
        assert_eq!(signed(-2.0), "−2");
        assert_eq!(signed(-0.5), "−0.5");
        assert_eq!(number(97.25), "97.25");
        assert_eq!(number(100.0), "100");
    }
}
