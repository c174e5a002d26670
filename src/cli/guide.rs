//! `taskguide guide [TASK]`: walks an admin through a task, step by step, in their language,
//! doing the bound actions against the license store; without TASK, lists the tasks.

use std::io::IsTerminal;
use std::path::PathBuf;

use super::accessible;
use super::store::{store_error, StoreOpts};
use super::terminal::Terminal;
use super::{content, locale_arg, view, CliError};
use crate::explain;
use crate::l10n::engine::Messages;
use crate::l10n::LanguageIdentifier;
use crate::locale as negotiate;
use crate::store::{self, LicenseStore};
use crate::task::{self, ContentSet, Source, Task};
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
    #[arg(long, value_name = "DIR")]
    content: Option<PathBuf>,
    #[arg(long, value_name = "DIR")]
    locales_dir: Option<PathBuf>,
    #[arg(long, env = "TASKGUIDE_ACCESSIBLE", hide_env = true, value_parser = clap::builder::FalseyValueParser::new())]
    accessible: bool,
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
    let set = content::content_set(args.content.clone(), args.locales_dir.clone());
    // The accessible prompter reads lines, so it also works through a pipe (a screen
    // reader's shell buffer); the default one needs a terminal.
    let terminal = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let interactive = args.accessible || terminal;
    let picked;
    let name = match args.task.as_deref() {
        Some(name) => name,
        // In a terminal, a picker of the tasks with their titles; else the list, as before.
        None if terminal && !args.accessible && args.answers.is_none() => {
            let tasks = tasks(&set, &locale);
            if tasks.is_empty() {
                return list_tasks(m, &set, &locale);
            }
            match super::guide_picker::pick(m, &tasks)? {
                Some(id) => {
                    picked = id;
                    picked.as_str()
                }
                None => return Err(CliError::silent()),
            }
        }
        None => return list_tasks(m, &set, &locale),
    };
    let task = resolve_task(m, &set, name, &locale)?;
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
        None if args.accessible => wizard::run(&task, store.as_mut(), &mut accessible::stdio(), &options),
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
    super::login::open_store(url)
}

/// TASK as a path to a document (catalogs from the catalog folder), or as a document id of the
/// content set (built-in, then the folders over it); a folder's document that overrides
/// another of the same id says so.
fn resolve_task(
    m: &Messages,
    set: &ContentSet,
    name: &str,
    locale: &LanguageIdentifier,
) -> Result<Task, CliError> {
    let failed = |e: task::TaskError| CliError::failure(explain::task_error(m, &e));
    let as_path = std::path::Path::new(name);
    if as_path.is_file() {
        let catalogs =
            crate::l10n::catalogs::Catalogs::open(set.locales_dir().unwrap_or(std::path::Path::new("")));
        return task::load(as_path, locale, &catalogs).map_err(failed);
    }
    let Some(source) = set.find(name, locale) else {
        return Err(CliError::usage(tr!(
            "guide-no-task-in" in m,
            task = name,
            sources = content::origins_text(m, set)
        )));
    };
    if let Some(under) = source.overrides.first() {
        view::say(&tr!(
            "guide-override" in m,
            task = name,
            path = source.path().display().to_string(),
            under = content::origin_text(m, under)
        ));
    }
    set.load(&source, locale).map_err(failed)
}

/// `guide` without TASK: each document id of the content set with its title in `locale`,
/// and where it comes from.
fn list_tasks(m: &Messages, set: &ContentSet, locale: &LanguageIdentifier) -> Result<(), CliError> {
    let mut lines = Vec::new();
    for id in set.ids() {
        let Some(source) = set.find(&id, locale) else {
            continue;
        };
        lines.push(task_line(m, set, &source, locale));
    }
    let mut text = tr!(
        "guide-list-sources" in m,
        count = lines.len(),
        sources = content::origins_text(m, set)
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

/// A task of the content set: its id, title in the locale, and whether actions are bound to it
/// (else it is a checklist), for the picker.
pub(super) struct TaskEntry {
    pub id: String,
    pub title: String,
    pub guided: bool,
}

/// Each task of the content set with its title in `locale`, in id order.
fn tasks(set: &ContentSet, locale: &LanguageIdentifier) -> Vec<TaskEntry> {
    let mut out: Vec<TaskEntry> = Vec::new();
    for id in set.ids() {
        let Some(source) = set.find(&id, locale) else {
            continue;
        };
        let title = source
            .read()
            .ok()
            .and_then(|doc| {
                let catalogs = set.catalogs(&source);
                let localized = crate::l10n::texts::localize(&doc, locale, Some(&catalogs)).ok()?;
                task::title(&doc, &localized)
            })
            .unwrap_or_else(|| id.clone());
        let guided = set.is_bound(&source);
        out.push(TaskEntry { id, title, guided });
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

/// `id`, then its title, kind and origin (and what it overrides).
fn task_line(m: &Messages, set: &ContentSet, source: &Source, locale: &LanguageIdentifier) -> String {
    let id = &source.id;
    let title = source
        .read()
        .ok()
        .and_then(|doc| {
            let catalogs = set.catalogs(source);
            let localized = crate::l10n::texts::localize(&doc, locale, Some(&catalogs)).ok()?;
            task::title(&doc, &localized)
        })
        .unwrap_or_else(|| id.clone());
    let kind = if set.is_bound(source) {
        tr!("guide-list-guided" in m)
    } else {
        tr!("guide-list-checklist" in m)
    };
    let origin = content::origin_text(m, &source.origin);
    let from = match source.overrides.first() {
        Some(under) => tr!(
            "guide-list-overrides" in m,
            origin = origin,
            under = content::origin_text(m, under)
        ),
        None => tr!("guide-list-from" in m, origin = origin),
    };
    format!("{id}\n    {title} · {kind} · {from}")
}
