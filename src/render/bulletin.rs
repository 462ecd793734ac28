//! 督查通报 (skeleton; issue 6).
use super::{RenderContext, RenderError, Renderer};
use std::path::PathBuf;

pub struct Bulletin;

impl Renderer for Bulletin {
    fn name(&self) -> &'static str {
        "督查通报"
    }
    fn render(&self, _ctx: &RenderContext) -> Result<Vec<PathBuf>, RenderError> {
        Ok(vec![])
    }
}
