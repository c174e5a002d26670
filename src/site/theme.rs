//! The site's theme: minijinja templates, one stylesheet and one script, shipped in the binary;
//! a folder given with `--theme` replaces any of them by a file of the same name.

use std::path::{Path, PathBuf};

use super::SiteError;

/// The theme's files and their built-in contents.
pub const FILES: &[(&str, &str)] = &[
    ("base.html", include_str!("../../theme/base.html")),
    ("page.html", include_str!("../../theme/page.html")),
    ("index.html", include_str!("../../theme/index.html")),
    ("search.html", include_str!("../../theme/search.html")),
    ("root.html", include_str!("../../theme/root.html")),
    ("sitemap.xml", include_str!("../../theme/sitemap.xml")),
    ("site.css", include_str!("../../theme/site.css")),
    ("site.js", include_str!("../../theme/site.js")),
];

/// A loaded theme.
pub struct Theme {
    /// The template environment.
    pub env: minijinja::Environment<'static>,
    /// The stylesheet.
    pub css: String,
    /// The script.
    pub js: String,
    /// A hash of every file: pages are rebuilt when it changes.
    pub hash: u64,
}

impl Theme {
    /// The built-in theme, with the files of `dir` (when given) in place of the same names.
    pub fn load(dir: Option<&Path>) -> Result<Theme, SiteError> {
        if let Some(dir) = dir {
            if !dir.is_dir() {
                return Err(SiteError::Theme {
                    path: dir.to_path_buf(),
                    source: std::io::Error::from(std::io::ErrorKind::NotFound),
                });
            }
        }
        let mut env = minijinja::Environment::new();
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Chainable);
        // The sitemap's values come escaped for XML; the pages are escaped as HTML.
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".xml") {
                minijinja::AutoEscape::None
            } else {
                minijinja::default_auto_escape_callback(name)
            }
        });
        let mut css = String::new();
        let mut js = String::new();
        let mut hasher = super::Hasher::default();
        for (name, builtin) in FILES {
            let source = match dir.map(|d| d.join(name)).filter(|p| p.is_file()) {
                Some(path) => std::fs::read_to_string(&path).map_err(|source| SiteError::Theme {
                    path: path.clone(),
                    source,
                })?,
                None => (*builtin).to_owned(),
            };
            hasher.add(name.as_bytes());
            hasher.add(source.as_bytes());
            match *name {
                "site.css" => css = source,
                "site.js" => js = source,
                _ => env
                    .add_template_owned(*name, source)
                    .map_err(|e| template_error(dir, name, &e))?,
            }
        }
        Ok(Theme {
            env,
            css,
            js,
            hash: hasher.finish(),
        })
    }

    /// Renders template `name` with `ctx`.
    pub fn render(&self, name: &str, ctx: &impl serde::Serialize) -> Result<String, SiteError> {
        let tpl = self
            .env
            .get_template(name)
            .map_err(|e| template_error(None, name, &e))?;
        tpl.render(ctx).map_err(|e| template_error(None, name, &e))
    }
}

fn template_error(dir: Option<&Path>, name: &str, e: &minijinja::Error) -> SiteError {
    let mut reason = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        reason.push_str(": ");
        reason.push_str(&s.to_string());
        source = s.source();
    }
    SiteError::Template {
        path: dir.map_or_else(|| PathBuf::from(name), |d| d.join(name)),
        line: e.line().unwrap_or(0),
        reason,
    }
}
