//! Wording templates (handlebars), built in and overridable one file at a time.
//!
//! The defaults are the files in the repository's `templates/` folder, compiled in with
//! `include_str!`. A file of the same name in the override folder (`templates/` in the
//! working directory, or `--templates DIR`) replaces one default. All templates are
//! registered and checked before any input is read, in strict mode (a misspelt variable is
//! an error naming the template and line) and without HTML escaping (the output is
//! document text, not HTML).

use crate::msg;
use handlebars::{Handlebars, RenderErrorReason, Template};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// (name, built-in text). The name is the file name without `.hbs`.
pub(crate) const BUILTIN: &[(&str, &str)] = &[
    ("bulletin", include_str!("../templates/bulletin.hbs")),
    ("reminder", include_str!("../templates/reminder.hbs")),
    ("assessment", include_str!("../templates/assessment.hbs")),
];

/// A template that cannot be read or used; its text comes from the catalogue ([`msg::SettingsMsg`]).
#[derive(Debug)]
pub enum TemplateError {
    Read { file: PathBuf, source: std::io::Error },
    Syntax { file: String, message: String },
    Render { name: String, message: String },
}

impl std::fmt::Display for TemplateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let m = match self {
            TemplateError::Read { file, source } => msg::SettingsMsg::TemplateRead {
                file: file.display().to_string(),
                error: msg::io_reason(source).to_string(),
            },
            TemplateError::Syntax { file, message } => msg::SettingsMsg::TemplateSyntax {
                file: file.clone(),
                message: message.clone(),
            },
            TemplateError::Render { name, message } => msg::SettingsMsg::TemplateRender {
                name: name.clone(),
                message: message.clone(),
            },
        };
        f.write_str(&m.to_string())
    }
}

/// The message already says the cause; the chain ends here.
impl std::error::Error for TemplateError {}

pub struct Templates {
    registry: Handlebars<'static>,
    /// Where each template came from ("built-in" or the override file), for messages.
    pub(crate) origins: Vec<(String, String)>,
}

/// The built-in templates compiled once per process, as `register_template_string` compiles
/// them (None for one that does not compile: registering its text then gives the error).
/// Compiling is most of the cost of loading, and a test process loads the built-ins hundreds
/// of times.
fn compiled_builtins() -> &'static [Option<Template>] {
    static COMPILED: OnceLock<Vec<Option<Template>>> = OnceLock::new();
    COMPILED.get_or_init(|| {
        BUILTIN
            .iter()
            .map(|(name, text)| Template::compile_with_name(text, name.to_string()).ok())
            .collect()
    })
}

impl Templates {
    /// Registers every template, taking `<dir>/<name>.hbs` over the built-in where present.
    pub fn load(dir: Option<&Path>) -> Result<Templates, TemplateError> {
        let mut registry = Handlebars::new();
        registry.set_strict_mode(true);
        registry.register_escape_fn(handlebars::no_escape);
        let mut origins = Vec::new();
        for (i, (name, builtin)) in BUILTIN.iter().enumerate() {
            let file = dir.map(|d| d.join(format!("{name}.hbs")));
            let (text, origin) = match file.as_ref().filter(|f| f.is_file()) {
                Some(f) => {
                    let text = std::fs::read_to_string(f).map_err(|source| TemplateError::Read {
                        file: f.clone(),
                        source,
                    })?;
                    (Some(text), f.display().to_string())
                }
                None => (
                    None,
                    msg::SettingsMsg::BuiltinTemplate {
                        name: name.to_string(),
                    }
                    .to_string(),
                ),
            };
            match (&text, &compiled_builtins()[i]) {
                (None, Some(compiled)) => registry.register_template(name, compiled.clone()),
                _ => registry
                    .register_template_string(name, text.as_deref().unwrap_or(builtin))
                    .map_err(|e| TemplateError::Syntax {
                        file: origin.clone(),
                        message: at_line(e.pos().map(|(line, _)| line), e.reason().to_string()),
                    })?,
            }
            origins.push((name.to_string(), origin));
        }
        Ok(Templates { registry, origins })
    }

    pub(crate) fn render<T: Serialize>(&self, name: &str, context: &T) -> Result<String, TemplateError> {
        self.registry.render(name, context).map_err(|e| {
            let origin = self
                .origins
                .iter()
                .find(|(n, _)| n == name)
                .map_or(name.to_string(), |(_, o)| o.clone());
            let text = match e.reason() {
                RenderErrorReason::MissingVariable(Some(name)) => {
                    msg::SettingsMsg::MissingVariable { name: name.clone() }.to_string()
                }
                reason => reason.to_string(),
            };
            TemplateError::Render {
                name: origin,
                message: at_line(e.line_no, text),
            }
        })
    }
}

/// `text`, led by the template line it concerns when known.
fn at_line(line: Option<usize>, text: String) -> String {
    match line {
        Some(line) => msg::SettingsMsg::AtLine { line, text }.to_string(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtins_compile() {
        Templates::load(None).unwrap();
    }

    #[test]
    fn override_with_syntax_error_names_the_file() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("bulletin.hbs"), "{{#if x}}\nunclosed\n").unwrap();
        let err = Templates::load(Some(dir.path())).err().unwrap().to_string();
        assert!(err.contains("bulletin.hbs"), "{err}");
    }

    #[test]
    fn misspelt_variable_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("reminder.hbs"), "line one\n{{unitt}}\n").unwrap();
        let t = Templates::load(Some(dir.path())).unwrap();
        #[derive(Serialize)]
        struct Ctx {
            unit: String,
        }
        let err = t
            .render("reminder", &Ctx { unit: "x".into() })
            .unwrap_err()
            .to_string();
        assert!(err.contains("reminder.hbs") && err.contains("unitt"), "{err}");
    }
}
