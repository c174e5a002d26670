//! The terminal [`Prompter`]: inquire's prompts (fuzzy Select, MultiSelect with defaults,
//! Confirm, Text) with our localized help, and colours through anstream (honours NO_COLOR).
//! Esc is [`Interrupt::Back`], Ctrl-C is [`Interrupt::Cancel`].

use std::io::Write;

use anstyle::AnsiColor;
use inquire::error::InquireError;
use inquire::validator::Validation;

use std::sync::Arc;

use crate::l10n::engine::{self, Messages};
use crate::tr;
use crate::wizard::{
    validate_limits, validate_selection, Choice, ConfirmPrompt, Interrupt, MultiPrompt, Prompter,
    SelectPrompt, TextPrompt, Tone,
};

/// Asks in the terminal, in the wizard's language.
#[derive(Default)]
pub struct Terminal {
    /// The wizard's messages, once it has given them ([`Prompter::use_messages`]).
    messages: Option<Arc<Messages>>,
    /// The progress bar of a running batch.
    bar: Option<indicatif::ProgressBar>,
}

impl Terminal {
    /// A terminal prompter. inquire's own look (colours unless `NO_COLOR`), with the word shown
    /// after a prompt left with Esc or Ctrl-C in the user's language.
    pub fn new(m: &Messages) -> Self {
        let left: &'static str = Box::leak(tr!("wizard-prompt-left" in m).into_boxed_str());
        let config = inquire::ui::RenderConfig::default().with_canceled_prompt_indicator(
            inquire::ui::Styled::new(left).with_fg(inquire::ui::Color::DarkGrey),
        );
        inquire::set_global_render_config(config);
        Terminal::default()
    }

    /// The messages to speak in: the wizard's, else the process's.
    fn messages(&self) -> Arc<Messages> {
        self.messages
            .clone()
            .unwrap_or_else(|| Arc::new(Messages::for_locale(engine::messages().locale()).isolating(false)))
    }
}

/// Whether standard output and standard error are both terminals: then the CLI's messages
/// isolate their arguments with bidi marks.
pub fn on_terminal() -> bool {
    use std::io::IsTerminal;
    std::io::stdout().is_terminal() && std::io::stderr().is_terminal()
}

fn interrupt(m: &Messages, e: InquireError) -> Interrupt {
    match e {
        InquireError::OperationCanceled => Interrupt::Back,
        InquireError::OperationInterrupted => Interrupt::Cancel,
        other => Interrupt::Failed(tr!("guide-terminal-error" in m, reason = other.to_string())),
    }
}

/// The words (lower case) that mean yes and no in the user's language, English ones too.
fn words(id_list: &str) -> Vec<String> {
    id_list
        .split(',')
        .map(|w| w.trim_matches(|c: char| c.is_whitespace() || c == '\u{200e}' || c == '\u{200f}'))
        .map(str::to_lowercase)
        .filter(|w| !w.is_empty())
        .collect()
}

impl Prompter for Terminal {
    fn use_messages(&mut self, messages: &Arc<Messages>) {
        self.messages = Some(Arc::clone(messages));
    }

    fn show(&mut self, tone: Tone, text: &str) {
        let style = match tone {
            Tone::Step | Tone::Info => anstyle::Style::new(),
            Tone::Problem => AnsiColor::Yellow.on_default(),
            Tone::Success => AnsiColor::Green.on_default(),
        };
        let mut out = anstream::stdout();
        let blank = if tone == Tone::Step { "\n" } else { "" };
        let _ = writeln!(out, "{blank}{style}{text}{style:#}");
        let _ = out.flush();
    }

    fn select(&mut self, prompt: &SelectPrompt<'_>) -> Result<usize, Interrupt> {
        let m = self.messages();
        let labels: Vec<String> = prompt.choices.iter().map(|c| c.label.clone()).collect();
        inquire::Select::new(&prompt.message, labels)
            .with_help_message(&prompt.help)
            .with_page_size(8)
            .raw_prompt()
            .map(|o| o.index)
            .map_err(|e| interrupt(&m, e))
    }

    /// Type a filter (Enter on nothing: the first users), see the matches the store found,
    /// pick one; Esc in the list goes back to the filter.
    fn search_select(
        &mut self,
        prompt: &SelectPrompt<'_>,
        find: &mut dyn FnMut(&str) -> Vec<Choice>,
    ) -> Result<(String, usize), Interrupt> {
        let m = self.messages();
        let mut filter = String::new();
        loop {
            filter = inquire::Text::new(&tr!("wizard-search-user" in m))
                .with_initial_value(&filter)
                .with_help_message(&tr!("wizard-search-user-help" in m))
                .prompt()
                .map_err(|e| interrupt(&m, e))?;
            let choices = find(filter.trim());
            if choices.is_empty() {
                self.show(
                    Tone::Problem,
                    &tr!("wizard-search-none" in m, filter = filter.as_str()),
                );
                continue;
            }
            let found = SelectPrompt {
                choices: &choices,
                ..prompt.clone()
            };
            match self.select(&found) {
                Ok(i) => return Ok((filter, i)),
                Err(Interrupt::Back) => continue,
                Err(other) => return Err(other),
            }
        }
    }

    fn multi_select(&mut self, prompt: &MultiPrompt<'_>) -> Result<Vec<usize>, Interrupt> {
        let m = self.messages();
        // Options that spend seats: the running count follows every Space.
        if prompt.seats.is_some() {
            return super::seat_select::ask(prompt).unwrap_or_else(|e| {
                Err(Interrupt::Failed(
                    tr!("guide-terminal-error" in m, reason = e.to_string()),
                ))
            });
        }
        let labels: Vec<String> = prompt.choices.iter().map(|c| c.label.clone()).collect();
        let blocked = prompt.blocked.clone();
        let (max, seats) = (prompt.max.clone(), prompt.seats.clone());
        let validator = move |selected: &[inquire::list_option::ListOption<&String>]| {
            let indexes: Vec<usize> = selected.iter().map(|o| o.index).collect();
            let checked = validate_selection(&blocked, &indexes)
                .and_then(|()| validate_limits(max.as_ref(), seats.as_ref(), &indexes));
            Ok(match checked {
                Ok(()) => Validation::Valid,
                Err(reason) => Validation::Invalid(reason.into()),
            })
        };
        inquire::MultiSelect::new(&prompt.message, labels)
            .with_default(&prompt.checked)
            .with_help_message(&prompt.help)
            .with_page_size(10)
            .with_validator(validator)
            .raw_prompt()
            .map(|options| options.into_iter().map(|o| o.index).collect())
            .map_err(|e| interrupt(&m, e))
    }

    fn confirm(&mut self, prompt: &ConfirmPrompt) -> Result<bool, Interrupt> {
        let m = self.messages();
        let (yes, no) = (
            words(&tr!("wizard-yes-words" in m)),
            words(&tr!("wizard-no-words" in m)),
        );
        let parser = move |answer: &str| {
            let a = answer.trim().to_lowercase();
            if yes.contains(&a) {
                Ok(true)
            } else if no.contains(&a) {
                Ok(false)
            } else {
                Err(())
            }
        };
        let (yes_word, no_word) = (tr!("wizard-yes" in m), tr!("wizard-no" in m));
        let formatter = move |b: bool| if b { yes_word.clone() } else { no_word.clone() };
        let hint = if prompt.default {
            tr!("wizard-hint-yes" in m)
        } else {
            tr!("wizard-hint-no" in m)
        };
        inquire::Confirm::new(&prompt.message)
            .with_default(prompt.default)
            .with_parser(&parser)
            .with_formatter(&formatter)
            .with_default_value_formatter(&|_| hint.clone())
            .with_error_message(&tr!("wizard-confirm-invalid" in m))
            .prompt()
            .map_err(|e| interrupt(&m, e))
    }

    fn progress(&mut self, done: usize, total: usize) {
        let bar = self.bar.get_or_insert_with(|| {
            let bar = indicatif::ProgressBar::new(total as u64);
            if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len}") {
                bar.set_style(style);
            }
            bar
        });
        bar.set_position(done as u64);
        if done >= total {
            bar.finish_and_clear();
            self.bar = None;
        }
    }

    fn text(&mut self, prompt: &TextPrompt) -> Result<String, Interrupt> {
        let m = self.messages();
        let validate = prompt.validate;
        let messages = Arc::clone(&m);
        let validator = move |s: &str| {
            Ok(match validate(&messages, s) {
                Ok(_) => Validation::Valid,
                Err(reason) => Validation::Invalid(reason.into()),
            })
        };
        let typed = inquire::Text::new(&prompt.message)
            .with_help_message(&prompt.help)
            .with_validator(validator)
            .prompt()
            .map_err(|e| interrupt(&m, e))?;
        validate(&m, &typed).map_err(Interrupt::Failed)
    }
}
