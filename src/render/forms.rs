//! 反馈表 (skeleton; issue 3).
use super::RenderError;
use crate::model::Model;
use crate::settings::Settings;
use std::path::{Path, PathBuf};

pub fn write(_model: &Model, _settings: &Settings, _dir: &Path) -> Result<Vec<PathBuf>, RenderError> {
    Ok(vec![])
}
