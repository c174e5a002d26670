//! `taskguide guide [TASK]`: walks an admin through a task, step by step, in their language,
//! doing the bound actions against the license store; without TASK, lists the tasks.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use super::store::{store_error, StoreOpts};
use super::terminal::Terminal;
use super::{locale_arg, view, CliError};
use crate::doc::Doc;
use crate::explain;
use crate::l10n::catalogs::Catalogs;
use crate::l10n::engine::Messages;
use crate::l10n::LanguageIdentifier;
use crate::locale as negotiate;
use crate::store::{self, LicenseStore};
use crate::task::{self, Task};
use crate::tr;
use crate::wizard::{self, Answers, Ending, Options, Scripted, WizardError};

/// Arguments of `guide`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_name = "TASK")]
    task: Option<String>,
    #[arg(long, value_parser = locale_arg)]
    locale: Option<LanguageIdentifier>,
    #[command(flatten)]
    opts: StoreOpts,
    #[arg(long, value_name = "FILE")]
    answers: Option<PathBuf>,
    #[arg(long)]
    dry_run: bool,
    #[arg(long, value_name = "DIR", default_value = "content")]
    content: PathBuf,
    #[arg(long, value_name = "DIR", default_value = "locales")]
    locales_dir: PathBuf,
}

/// Runs `guide`.
pub fn run(args: Args) -> Result<(), CliError> {
    let locale = args
        .locale
        .clone()
        .or_else(negotiate::env_locale)
        .unwrap_or_else(negotiate::en_us);
    // This command speaks the task's language. No bidi isolation marks: inquire measures and
    // filters the option labels, and the invisible U+2068/U+2069 around every placeable
    // would break both.
    let m = &Messages::for_locale(&locale).isolating(false);
    let catalogs = Catalogs::open(&args.locales_dir);
    let interactive = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let picked;
    let name = match args.task.as_deref() {
        Some(name) => name,
        // In a terminal, a picker of the tasks with their titles; else the list, as before.
        None if interactive && args.answers.is_none() => {
            let tasks = tasks(m, &args.content, &locale, &catalogs);
            if tasks.is_empty() {
                return list_tasks(m, &args.content, &locale, &catalogs);
            }
            match super::guide_picker::pick(m, &tasks)? {
                Some(id) => {
                    picked = id;
                    picked.as_str()
                }
                None => return Err(CliError::silent()),
            }
        }
        None => return list_tasks(m, &args.content, &locale, &catalogs),
    };
    let path = resolve_task(m, &args.content, name, &locale)?;
    let task =
        task::load(&path, &locale, &catalogs).map_err(|e| CliError::failure(explain::task_error(m, &e)))?;
    if args.answers.is_none() && !interactive {
        return Err(CliError::usage(tr!("guide-no-terminal" in m, task = name)));
    }
    let answers = args
        .answers
        .as_deref()
        .map(Answers::read)
        .transpose()
        .map_err(|e| CliError::usage(explain::answers_error(m, &e)))?;
    let mut store = open_store(m, &args.opts, &task)?;
    let options = Options {
        dry_run: args.dry_run,
        context: args.opts.context(args.dry_run),
    };
    let result = match answers {
        Some(answers) => {
            let mut prompter = Scripted::from_answers(answers);
            let result = wizard::run(&task, store.as_mut(), &mut prompter, &options);
            print!("{}", prompter.transcript().text());
            result
        }
        None => wizard::run(&task, store.as_mut(), &mut Terminal::new(m), &options),
    };
    match result {
        Ok(Ending::Cancelled) => Err(CliError::silent()),
        Ok(_) => Ok(()),
        Err(WizardError::Unanswered(m)) => Err(CliError::usage(m)),
        Err(WizardError::Failed(m)) => Err(CliError::failure(m)),
        Err(WizardError::Store(e)) => Err(CliError::failure(crate::explain::store_error(&e))),
    }
}

/// The store for `task`: none is needed by a checklist (an empty one in memory); the default
/// store is created with the demo organization on first use, and the admin is told.
fn open_store(m: &Messages, opts: &StoreOpts, task: &Task) -> Result<Box<dyn LicenseStore>, CliError> {
    if task.bindings.is_none() {
        return store::open_store("memory:").map_err(store_error);
    }
    let address = opts.address();
    let url = &address.url;
    if let Some(path) = address.default_file().filter(|p| !p.exists()) {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| {
                CliError::failure(tr!(
                    "guide-demo-dir" in m,
                    path = dir.display().to_string(),
                    reason = e.to_string()
                ))
            })?;
        }
        let mut s = store::open_store(url).map_err(store_error)?;
        let tenant = store::demo::tenant();
        store::journal_of(s.as_mut(), "init")
            .and_then(|j| j.init(&tenant, false))
            .map_err(store_error)?;
        let path = path.display().to_string();
        view::say(&tr!(
            "guide-demo-created" in m,
            path = path,
            users = tenant.users.len()
        ));
        return Ok(s);
    }
    store::open_store(url).map_err(store_error)
}

/// TASK as a path to a document, or as a document id found under `content/<locale>/`, the
/// locales of its fallback chain, then any locale folder.
fn resolve_task(
    m: &Messages,
    content: &Path,
    name: &str,
    locale: &LanguageIdentifier,
) -> Result<PathBuf, CliError> {
    let as_path = Path::new(name);
    if as_path.is_file() {
        return Ok(as_path.to_owned());
    }
    let file = format!("{name}.md");
    let folders: Vec<LanguageIdentifier> = std::fs::read_dir(content)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| negotiate::parse_locale(e.file_name().to_str()?).ok())
        .collect();
    let preferred = negotiate::chain(locale, &folders);
    if let Some(p) = preferred
        .iter()
        .map(|l| content.join(l.to_string()).join(&file))
        .find(|p| p.is_file())
    {
        return Ok(p);
    }
    let mut any: Vec<PathBuf> = std::fs::read_dir(content)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path().join(&file))
        .filter(|p| p.is_file())
        .collect();
    any.sort();
    any.into_iter().next().ok_or_else(|| {
        CliError::usage(tr!(
            "guide-no-task" in m,
            task = name,
            content = content.display().to_string()
        ))
    })
}

/// A guided task found under `content/`: its id, title in the locale, and whether actions are
/// bound to it (else it is a checklist).
pub(super) struct TaskEntry {
    pub id: String,
    pub title: String,
    pub guided: bool,
}

/// Each document id under `content/` with its title in `locale`, in id order.
fn tasks(m: &Messages, content: &Path, locale: &LanguageIdentifier, catalogs: &Catalogs) -> Vec<TaskEntry> {
    let files = crate::fsutil::markdown_files(content).unwrap_or_default();
    let mut out: Vec<TaskEntry> = Vec::new();
    for path in &files {
        let Some(id) = path.file_stem().map(|s| s.to_string_lossy().into_owned()) else {
            continue;
        };
        if out.iter().any(|t| t.id == id) {
            continue;
        }
        let Ok(path) = resolve_task(m, content, &id, locale) else {
            continue;
        };
        let Ok(doc) = Doc::read(&path) else { continue };
        let title = crate::l10n::texts::localize(&doc, locale, Some(catalogs))
            .ok()
            .and_then(|l| task::title(&doc, &l))
            .unwrap_or_else(|| id.clone());
        let guided = task::bindings::path_for(&path, &id).is_file();
        out.push(TaskEntry { id, title, guided });
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

/// `guide` without TASK and without a terminal: each document id under `content/` with its
/// title in `locale`.
fn list_tasks(
    m: &Messages,
    content: &Path,
    locale: &LanguageIdentifier,
    catalogs: &Catalogs,
) -> Result<(), CliError> {
    let lines: Vec<String> = tasks(m, content, locale, catalogs)
        .into_iter()
        .map(|t| {
            let kind = if t.guided {
                tr!("guide-list-guided" in m)
            } else {
                tr!("guide-list-checklist" in m)
            };
            format!("{}\n    {} · {kind}", t.id, t.title)
        })
        .collect();
    let mut text = tr!(
        "guide-list" in m,
        count = lines.len(),
        content = content.display().to_string()
    );
    for line in lines {
        text.push_str("\n  ");
        text.push_str(&line);
    }
    text.push('\n');
    text.push_str(&tr!("guide-list-hint" in m));
    view::say(&text);
    Ok(())
}
