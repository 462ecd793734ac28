//! 处理报告 (skeleton; issue 4).
use super::{RenderContext, RenderError, Renderer};
use crate::model::Model;
use std::path::PathBuf;

pub struct RunReport;

impl Renderer for RunReport {
    fn name(&self) -> &'static str {
        "处理报告"
    }
    fn render(&self, _ctx: &RenderContext) -> Result<Vec<PathBuf>, RenderError> {
        Ok(vec![])
    }
}

pub fn console_summary(model: &Model) -> String {
    format!(
        "{}: {} tasks\n",
        model.current.title(),
        model.register.tasks.len()
    )
}
