//! Outputs. Every output is a [`Renderer`]: it reads the [`Model`] and the run's [`Analysis`]
//! (never the inputs) through [`RenderContext`] and stages its files in the [`Outbox`] the
//! driver gives it, which moves them into place together, so a crash never leaves half a file
//! where a good one was. The driver decides the folder and commits the outbox; renderers only
//! render: `ledger`, `bulletin` (and reminders), `report` (处理报告) for `duban run`, `forms`
//! for `duban forms`, `task_list` (任务清单) for `duban tasks`.

pub mod bulletin;
pub mod forms;
pub mod ledger;
pub(crate) mod print;
pub mod props;
pub mod report;
pub(crate) mod task_list;
pub(crate) mod xlsx;

use crate::analysis::Analysis;
use crate::model::Model;
use crate::msg;
use crate::outbox::manifest::Kept;
use crate::outbox::{Outbox, OutboxError};
use crate::settings::Settings;
use crate::templates::{TemplateError, Templates};
use std::path::{Path, PathBuf};

/// An output that cannot be written; its text comes from the catalogue ([`msg::RenderMsg`]).
#[derive(Debug)]
pub enum RenderError {
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    Xlsx {
        path: PathBuf,
        source: rust_xlsxwriter::XlsxError,
    },
    Docx {
        path: PathBuf,
        message: String,
    },
    Template(TemplateError),
}

impl From<OutboxError> for RenderError {
    fn from(e: OutboxError) -> Self {
        RenderError::Io {
            path: e.path,
            source: e.source,
        }
    }
}

impl From<TemplateError> for RenderError {
    fn from(e: TemplateError) -> Self {
        RenderError::Template(e)
    }
}

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let m = match self {
            RenderError::Io { path, source } => msg::RenderMsg::Io {
                path: path.display().to_string(),
                error: msg::io_reason(source).to_string(),
            },
            RenderError::Xlsx { path, source } => msg::RenderMsg::Xlsx {
                path: path.display().to_string(),
                error: source.to_string(),
            },
            RenderError::Docx { path, message } => msg::RenderMsg::Docx {
                path: path.display().to_string(),
                message: message.clone(),
            },
            RenderError::Template(e) => return e.fmt(f),
        };
        f.write_str(&m.to_string())
    }
}

/// The message already says the cause; the chain ends here.
impl std::error::Error for RenderError {}

/// What every renderer gets: the model and what compare and assess found in it, the
/// settings, the templates, the folder for this period's outputs (`<output>/<period title>/`)
/// and the outbox to write into.
pub struct RenderContext<'a> {
    pub(crate) model: &'a Model,
    pub(crate) analysis: &'a Analysis,
    pub(crate) settings: &'a Settings,
    pub(crate) templates: &'a Templates,
    pub(crate) dir: PathBuf,
    pub(crate) out: &'a Outbox,
    /// Files found changed by someone, to be kept in 历史版本 when the outputs are moved into
    /// place (the run report lists them); empty for a renderer run alone.
    pub(crate) kept: &'a [Kept],
    /// The office's own columns of the edited master ledger, for the new one (read by the
    /// driver before rendering, when that ledger is about to be kept).
    pub(crate) carried: Option<&'a ledger::carry::Carried>,
}

impl<'a> RenderContext<'a> {
    /// The context for writing into `dir` through `out`, with nothing kept and no office
    /// columns carried (the driver adds those for `duban run`).
    pub(crate) fn new(
        model: &'a Model,
        analysis: &'a Analysis,
        settings: &'a Settings,
        templates: &'a Templates,
        dir: PathBuf,
        out: &'a Outbox,
    ) -> RenderContext<'a> {
        RenderContext {
            model,
            analysis,
            settings,
            templates,
            dir,
            out,
            kept: &[],
            carried: None,
        }
    }
}

/// Renderers are independent of each other: the driver may run them at the same time.
pub trait Renderer: Sync {
    /// Name shown in the console ("工作台帐").
    fn name(&self) -> &'static str;
    /// Writes its files under `ctx.dir` through `ctx.out` and returns their paths.
    fn render(&self, ctx: &RenderContext) -> Result<Vec<PathBuf>, RenderError>;
}

/// Runs one renderer with an outbox of its own and moves its files into place: for writing
/// one output alone (tests, the benchmark's stage timings). Compare and assess run first, as
/// in the driver ([`Analysis::compute`]).
pub fn render_alone(
    renderer: &dyn Renderer,
    model: &Model,
    settings: &Settings,
    templates: &Templates,
    dir: &Path,
) -> Result<Vec<PathBuf>, RenderError> {
    let out = Outbox::new();
    let analysis = Analysis::compute(model, settings);
    let ctx = RenderContext::new(model, &analysis, settings, templates, dir.to_path_buf(), &out);
    let files = renderer.render(&ctx)?;
    out.commit()?;
    Ok(files)
}

/// A file name made safe for every file system: characters Windows refuses become "_".
pub(crate) fn safe_file_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if "\\/:*?\"<>|".contains(c) || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsafe_characters_are_replaced() {
        assert_eq!(safe_file_name("a/b:c"), "a_b_c");
        assert_eq!(safe_file_name("区财政局"), "区财政局");
    }
}
