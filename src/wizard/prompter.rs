//! The wizard's only door to the outside: everything it shows and asks goes through a
//! [`Prompter`]. The terminal one (inquire) lives in the CLI; [`Scripted`](super::Scripted)
//! answers from a script or an answers file and records a transcript.

use std::sync::Arc;

use crate::l10n::engine::Messages;

/// Why a prompt returned no answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Interrupt {
    /// Esc: go back one step.
    Back,
    /// Ctrl-C: quit (the wizard asks first if a change is pending).
    Cancel,
    /// A scripted or answers-file answer is missing or invalid; the message is localized and
    /// names the field.
    Unanswered(String),
    /// The run cannot go on (the terminal failed); the message is localized.
    Failed(String),
    /// The run cannot go on: the store failed (localized at the edge, `crate::explain`).
    Store(crate::store::StoreError),
}

/// What kind of text [`Prompter::show`] gets, so a terminal can colour it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// A step of the document, with its progress line.
    Step,
    /// Information: counts, licenses, the review.
    Info,
    /// Something that stops the change, with the fix.
    Problem,
    /// The change was made.
    Success,
}

/// One option of a choice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// What an answers file names it by (sign-in name, SKU part number).
    pub key: String,
    /// Other names it answers to (display name, product name).
    pub aliases: Vec<String>,
    /// What the admin sees.
    pub label: String,
}

/// Pick one of `choices` (type to filter).
#[derive(Debug, Clone, Default)]
pub struct SelectPrompt<'a> {
    /// The answers-file field this prompt reads (`user`).
    pub field: &'static str,
    /// The question.
    pub message: String,
    /// The keys to use.
    pub help: String,
    /// The options.
    pub choices: &'a [Choice],
}

/// Check any of `choices`; some cannot be newly checked (`blocked`, with the reason).
#[derive(Debug, Clone, Default)]
pub struct MultiPrompt<'a> {
    /// The answers-file fields this prompt reads (`add` and `remove`).
    pub field: &'static str,
    /// The question.
    pub message: String,
    /// The keys to use.
    pub help: String,
    /// The options.
    pub choices: &'a [Choice],
    /// The options checked at the start (indexes).
    pub checked: Vec<usize>,
    /// Per option: why it cannot be checked (a license with no seat left that the user does
    /// not hold), if so.
    pub blocked: Vec<Option<String>>,
    /// What is held but not listed (a license from a group): its key and why it cannot be
    /// changed here, for an answer that names it.
    pub locked: Vec<(String, String)>,
    /// At most this many options may be checked, and why (`select-users`: 20 at a time).
    pub max: Option<(usize, String)>,
    /// The seats the options spend, for the running count ("7 of 10 left after these").
    pub seats: Option<SeatCounter>,
}

/// The running seat count of a multi-select whose options spend seats of one product.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeatCounter {
    /// Per option: the seats checking it takes (0 for a user who holds the product already).
    pub cost: Vec<u32>,
    /// Seats available before any option is checked.
    pub available: u32,
    /// The line to show when `k` seats are taken, for `k` in `0..=available`.
    pub lines: Vec<String>,
    /// Why a selection that takes more than `available` seats is refused.
    pub full: String,
}

impl SeatCounter {
    /// The seats `selection` takes.
    pub fn taken(&self, selection: &[usize]) -> u32 {
        selection.iter().filter_map(|&i| self.cost.get(i)).sum()
    }

    /// The line for `selection`, or the reason it is refused when it takes too many seats.
    pub fn line(&self, selection: &[usize]) -> Result<String, String> {
        let taken = self.taken(selection) as usize;
        self.lines.get(taken).cloned().ok_or_else(|| self.full.clone())
    }
}

impl MultiPrompt<'_> {
    /// `Err(reason)` if `selection` checks a blocked option, more than `max` options, or
    /// takes more seats than are available.
    pub fn validate(&self, selection: &[usize]) -> Result<(), String> {
        validate_selection(&self.blocked, selection)?;
        validate_limits(self.max.as_ref(), self.seats.as_ref(), selection)
    }
}

/// `Err(reason)` if `selection` checks more options than `max` allows or takes more seats
/// than `seats` has.
pub fn validate_limits(
    max: Option<&(usize, String)>,
    seats: Option<&SeatCounter>,
    selection: &[usize],
) -> Result<(), String> {
    if let Some((max, reason)) = max {
        if selection.len() > *max {
            return Err(reason.clone());
        }
    }
    match seats {
        Some(counter) => counter.line(selection).map(|_| ()),
        None => Ok(()),
    }
}

/// `Err(reason)` if `selection` checks an option that `blocked` gives a reason for.
pub fn validate_selection(blocked: &[Option<String>], selection: &[usize]) -> Result<(), String> {
    match selection.iter().find_map(|&i| blocked.get(i).cloned().flatten()) {
        Some(reason) => Err(reason),
        None => Ok(()),
    }
}

/// One option found by a search, for [`Prompter::search_multi_select`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// The option.
    pub choice: Choice,
    /// Why it cannot be checked (the user holds the product already), if so.
    pub blocked: Option<String>,
    /// The seats checking it takes.
    pub cost: u32,
}

/// Check up to `max` of many options found as the admin types (a directory too large to read:
/// each filter is one search of the store).
#[derive(Debug, Clone)]
pub struct SearchMultiPrompt {
    /// The answers-file field (`users`).
    pub field: &'static str,
    /// The question over the options found.
    pub message: String,
    /// The keys to use there.
    pub help: String,
    /// The filter question; an empty answer finishes once something is checked (before, it
    /// shows the first options).
    pub search: TextPrompt,
    /// Said when a filter finds nothing.
    pub nothing: String,
    /// The options checked at the start.
    pub picked: Vec<Found>,
    /// At most this many, and why.
    pub max: Option<(usize, String)>,
    /// The running seat count; its `cost` is ignored (each option's own is counted).
    pub seats: Option<SeatCounter>,
}

impl SearchMultiPrompt {
    /// The multi-select over `pool` (the options checked so far first, `checked` of them),
    /// with the seat counter costed for it.
    pub fn over<'a>(&self, pool: &[Found], choices: &'a [Choice], checked: usize) -> MultiPrompt<'a> {
        MultiPrompt {
            field: self.field,
            message: self.message.clone(),
            help: self.help.clone(),
            choices,
            checked: (0..checked).collect(),
            blocked: pool.iter().map(|f| f.blocked.clone()).collect(),
            locked: Vec::new(),
            max: self.max.clone(),
            seats: self.seats.clone().map(|mut s| {
                s.cost = pool.iter().map(|f| f.cost).collect();
                s
            }),
        }
    }
}

/// A yes/no question.
#[derive(Debug, Clone, Default)]
pub struct ConfirmPrompt {
    /// The answers-file field (`confirm`).
    pub field: &'static str,
    /// The question.
    pub message: String,
    /// The answer on Enter.
    pub default: bool,
}

/// A line of text, checked and normalized by `validate` (`Err` holds the reason, in the
/// language of the [`Messages`] it is given: the prompter's).
#[derive(Debug, Clone)]
pub struct TextPrompt {
    /// The answers-file field (`usage_location`).
    pub field: &'static str,
    /// The question.
    pub message: String,
    /// What to type.
    pub help: String,
    /// Checks and normalizes the answer.
    pub validate: fn(&Messages, &str) -> Result<String, String>,
}

/// Shows the wizard's texts and asks its questions.
pub trait Prompter {
    /// The messages the wizard speaks in (its task's locale), given before the first prompt:
    /// for the prompter's own words (yes, no, Esc) and reasons. A prompter without words of
    /// its own may ignore them.
    fn use_messages(&mut self, messages: &Arc<Messages>) {
        let _ = messages;
    }
    /// Shows `text` (may contain ANSI styles; strip them where colour is off).
    fn show(&mut self, tone: Tone, text: &str);
    /// Asks to pick one option; returns its index.
    fn select(&mut self, prompt: &SelectPrompt<'_>) -> Result<usize, Interrupt>;
    /// Asks to check options; returns the checked indexes, which pass [`MultiPrompt::validate`].
    fn multi_select(&mut self, prompt: &MultiPrompt<'_>) -> Result<Vec<usize>, Interrupt>;
    /// Asks yes or no.
    fn confirm(&mut self, prompt: &ConfirmPrompt) -> Result<bool, Interrupt>;
    /// Asks for a line of text; returns it as `validate` normalized it.
    fn text(&mut self, prompt: &TextPrompt) -> Result<String, Interrupt>;
    /// Reports how far a batch has got: `done` of `total`. A terminal may draw a bar; the
    /// accessible prompter prints a percentage. By default nothing is shown.
    fn progress(&mut self, done: usize, total: usize) {
        let _ = (done, total);
    }
    /// Shows a table: `headers` and rows of cells (as many as headers). By default as
    /// aligned columns through [`Prompter::show`]; the accessible prompter writes one
    /// labelled line per row.
    fn table(&mut self, headers: &[String], rows: &[Vec<String>]) {
        self.show(Tone::Info, &aligned_table(headers, rows));
    }
    /// Asks to pick one of many that are found as the admin types (a large directory):
    /// `find` gives the choices for a filter (`""`: the first ones). Returns the filter and
    /// the index in `find(filter)`. By default: [`select`](Self::select) among `find("")`.
    fn search_select(
        &mut self,
        prompt: &SelectPrompt<'_>,
        find: &mut dyn FnMut(&str) -> Vec<Choice>,
    ) -> Result<(String, usize), Interrupt> {
        let choices = find("");
        let first = SelectPrompt {
            choices: &choices,
            ..prompt.clone()
        };
        self.select(&first).map(|i| (String::new(), i))
    }

    /// Asks to check several of many options found as the admin types: a filter, the
    /// matches (those checked so far first) to check or clear, and again, until an empty
    /// filter finishes; the running seat count is shown after each round. Esc in the list goes
    /// back to the filter, Esc at the filter back a step. Returns the options checked.
    fn search_multi_select(
        &mut self,
        prompt: &SearchMultiPrompt,
        find: &mut dyn FnMut(&str) -> Vec<Found>,
    ) -> Result<Vec<Found>, Interrupt> {
        let mut picked = prompt.picked.clone();
        loop {
            let filter = self.text(&prompt.search)?;
            if filter.trim().is_empty() && !picked.is_empty() {
                return Ok(picked);
            }
            let found = find(filter.trim());
            if found.is_empty() {
                self.show(Tone::Problem, &prompt.nothing);
                continue;
            }
            let mut pool = picked.clone();
            for f in found {
                if !pool.iter().any(|p| p.choice.key == f.choice.key) {
                    pool.push(f);
                }
            }
            let choices: Vec<Choice> = pool.iter().map(|f| f.choice.clone()).collect();
            let multi = prompt.over(&pool, &choices, picked.len());
            match self.multi_select(&multi) {
                Ok(selection) => {
                    picked = selection.iter().filter_map(|&k| pool.get(k).cloned()).collect();
                }
                Err(Interrupt::Back) => continue,
                Err(other) => return Err(other),
            }
            let costs: Vec<usize> = (0..picked.len()).collect();
            if let Some(line) = prompt
                .over(&picked, &[], 0)
                .seats
                .and_then(|s| s.line(&costs).ok())
            {
                self.show(Tone::Info, &line);
            }
        }
    }
}

/// `headers` and `rows` as columns padded to their widest cell (in characters).
pub fn aligned_table(headers: &[String], rows: &[Vec<String>]) -> String {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            if let Some(w) = widths.get_mut(i) {
                *w = (*w).max(cell.chars().count());
            }
        }
    }
    let line = |cells: &[String]| -> String {
        let padded: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let w = widths.get(i).copied().unwrap_or(0);
                format!("{c}{}", " ".repeat(w.saturating_sub(c.chars().count())))
            })
            .collect();
        padded.join("  ").trim_end().to_owned()
    };
    std::iter::once(line(headers))
        .chain(rows.iter().map(|r| line(r)))
        .collect::<Vec<_>>()
        .join("\n")
}
