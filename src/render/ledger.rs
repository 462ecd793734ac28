//! 工作台帐 (skeleton; issue 5).
use super::{RenderContext, RenderError, Renderer};
use std::path::PathBuf;

pub struct Ledger;

impl Renderer for Ledger {
    fn name(&self) -> &'static str {
        "工作台帐"
    }
    fn render(&self, _ctx: &RenderContext) -> Result<Vec<PathBuf>, RenderError> {
        Ok(vec![])
    }
}
