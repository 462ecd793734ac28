//! What the stages after merge made of the model, handed to every renderer beside the
//! [`Model`]: the changes since the previous period (`compare`, stage 6) and the assessment
//! (`assess`, stage 7). The driver runs each stage once and builds this; renderers only read
//! it. (The file-level [`crate::finding::Finding`]s of ingestion are something else: they
//! live in the model.)

use crate::assess::Assessment;
use crate::compare::{self, Changes};
use crate::model::Model;
use crate::settings::Settings;

/// The analysis of one run, beside its [`Model`].
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    /// What changed since the previous period, and in every earlier period as of its own run.
    pub changes: Changes,
    /// 考核, year to date, from the model and `changes`.
    pub assessment: Assessment,
}

impl Analysis {
    /// Compare, then assess with what compare found: the stages in the driver's order, for an
    /// output rendered alone ([`crate::render::render_alone`]) and for tests.
    pub fn compute(model: &Model, settings: &Settings) -> Analysis {
        let changes = compare::compare(model, settings);
        let assessment = Assessment::compute(model, &changes, settings);
        Analysis { changes, assessment }
    }
}
