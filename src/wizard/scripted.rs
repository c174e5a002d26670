//! A [`Prompter`] without a terminal: answers come from a script of [`Reply`]s (tests) or from
//! an answers file; everything is recorded in a [`Transcript`].

use super::answers::Answers;
use super::prompter::{
    Choice, ConfirmPrompt, Found, Interrupt, MultiPrompt, Prompter, SearchMultiPrompt, SelectPrompt,
    TextPrompt, Tone,
};
use super::transcript::Transcript;
use std::collections::VecDeque;
use std::sync::Arc;

use crate::l10n::engine::{self, Messages};
use crate::tr;

/// One scripted answer, taken by the next prompt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply {
    /// Pick the option with this key or name (or the only one containing it).
    Pick(String),
    /// From the options checked at the start, check `add` and clear `remove`.
    Toggle {
        /// Keys or names to check.
        add: Vec<String>,
        /// Keys or names to clear.
        remove: Vec<String>,
    },
    /// Check exactly these options (keys or names), whatever was checked at the start.
    Only(Vec<String>),
    /// Turn these service plans off (`choose-service-plans`); a script without this reply
    /// there keeps every plan on.
    PlansOff(Vec<String>),
    /// Type this text.
    Text(String),
    /// Answer yes.
    Yes,
    /// Answer no.
    No,
    /// Press Esc.
    Back,
    /// Press Ctrl-C.
    Cancel,
}

enum Source {
    Script(VecDeque<Reply>),
    Answers {
        answers: Box<Answers>,
        asked: Vec<&'static str>,
        problem: Option<String>,
    },
}

/// The scripted prompter.
pub struct Scripted {
    source: Source,
    transcript: Transcript,
    /// The wizard's messages, once it has given them ([`Prompter::use_messages`]).
    messages: Option<Arc<Messages>>,
}

impl Scripted {
    /// Answers with `replies`, in order.
    pub fn new(replies: impl IntoIterator<Item = Reply>) -> Self {
        Scripted {
            source: Source::Script(replies.into_iter().collect()),
            transcript: Transcript::default(),
            messages: None,
        }
    }

    /// Answers from an answers file; a field asked for twice (because its first answer was
    /// refused) is an error naming it.
    pub fn from_answers(answers: Answers) -> Self {
        Scripted {
            source: Source::Answers {
                answers: Box::new(answers),
                asked: Vec::new(),
                problem: None,
            },
            transcript: Transcript::default(),
            messages: None,
        }
    }

    /// What was shown, asked and answered.
    pub fn transcript(&self) -> &Transcript {
        &self.transcript
    }

    /// The messages to speak in: the wizard's, else the process's.
    fn messages(&self) -> Arc<Messages> {
        self.messages
            .clone()
            .unwrap_or_else(|| Arc::new(Messages::for_locale(engine::messages().locale()).isolating(false)))
    }

    /// The next reply for `field`.
    fn next(&mut self, field: &'static str) -> Result<Reply, Interrupt> {
        let m = self.messages();
        match &mut self.source {
            Source::Script(replies) => replies
                .pop_front()
                .ok_or_else(|| Interrupt::Unanswered(tr!("wizard-script-exhausted" in m, field = field))),
            Source::Answers {
                answers,
                asked,
                problem,
            } => {
                if field != "done" && asked.contains(&field) {
                    let reason = problem.clone().unwrap_or_default();
                    return Err(Interrupt::Unanswered(tr!(
                        "wizard-answers-refused" in m,
                        field = field,
                        reason = reason
                    )));
                }
                asked.push(field);
                from_answers(&m, answers, field)
            }
        }
    }

    /// Gives `reply` back to be read again by the next prompt of the same field.
    fn unread(&mut self, reply: Reply) {
        match &mut self.source {
            Source::Script(replies) => replies.push_front(reply),
            Source::Answers { asked, .. } => {
                asked.pop();
            }
        }
    }

    fn is_script(&self) -> bool {
        matches!(self.source, Source::Script(_))
    }

    /// Records an interrupt under `message` and returns it.
    fn interrupted(&mut self, message: &str, reply: Reply) -> Interrupt {
        let m = self.messages();
        let (key, interrupt) = match reply {
            Reply::Back => (tr!("wizard-key-back" in m), Interrupt::Back),
            _ => (tr!("wizard-key-cancel" in m), Interrupt::Cancel),
        };
        self.transcript.asked(message, &key);
        interrupt
    }

    fn mismatch(&self, field: &str) -> Interrupt {
        let m = self.messages();
        Interrupt::Unanswered(tr!("wizard-script-mismatch" in m, field = field))
    }
}

fn from_answers(m: &Messages, answers: &Answers, field: &'static str) -> Result<Reply, Interrupt> {
    let missing = |name: &str| Interrupt::Unanswered(tr!("wizard-answers-missing" in m, field = name));
    match field {
        "user" => answers
            .user
            .clone()
            .map(Reply::Pick)
            .ok_or_else(|| missing("user")),
        "product" | "from" | "to" => match field {
            "product" => answers.product.clone(),
            "from" => answers.from.clone(),
            _ => answers.to.clone(),
        }
        .map(Reply::Pick)
        .ok_or_else(|| missing(field)),
        "users" => answers
            .users
            .clone()
            .map(Reply::Only)
            .ok_or_else(|| missing("users")),
        // A swap moves everyone who holds the first product unless `users` names some.
        "swap_users" => Ok(answers.users.clone().map_or(
            Reply::Toggle {
                add: Vec::new(),
                remove: Vec::new(),
            },
            Reply::Only,
        )),
        // Every plan stays on unless `plans_off` names some.
        "plans_off" => Ok(Reply::Toggle {
            add: Vec::new(),
            remove: answers.plans_off.clone().unwrap_or_default(),
        }),
        "licenses" if answers.add.is_none() && answers.remove.is_none() => Err(missing("add")),
        "licenses" => Ok(Reply::Toggle {
            add: answers.add.clone().unwrap_or_default(),
            remove: answers.remove.clone().unwrap_or_default(),
        }),
        "usage_location" => answers
            .usage_location
            .clone()
            .map(Reply::Text)
            .ok_or_else(|| missing("usage_location")),
        "confirm_delete" => answers
            .confirm_delete
            .clone()
            .map(Reply::Text)
            .ok_or_else(|| missing("confirm_delete")),
        "quit" => Ok(Reply::Yes),
        _ => match answers.confirm {
            Some(true) => Ok(Reply::Yes),
            Some(false) => Ok(Reply::No),
            None => Err(missing("confirm")),
        },
    }
}

/// The index of the option named `name`: by key or alias (case-insensitive), else the only one
/// whose key, alias or label contains it.
pub fn find_choice(m: &Messages, choices: &[Choice], field: &str, name: &str) -> Result<usize, String> {
    let lower = name.trim().to_lowercase();
    let exact =
        |c: &Choice| c.key.to_lowercase() == lower || c.aliases.iter().any(|a| a.to_lowercase() == lower);
    if let Some(i) = choices.iter().position(exact) {
        return Ok(i);
    }
    let partial: Vec<usize> = (0..choices.len())
        .filter(|&i| {
            let c = &choices[i];
            std::iter::once(&c.key)
                .chain(&c.aliases)
                .any(|s| s.to_lowercase().contains(&lower))
        })
        .collect();
    match partial.as_slice() {
        [i] => Ok(*i),
        [] => Err(tr!("wizard-answer-no-match" in m, field = field, value = name)),
        many => {
            let names: Vec<&str> = many.iter().take(5).map(|&i| choices[i].key.as_str()).collect();
            Err(tr!(
                "wizard-answer-ambiguous" in m,
                field = field,
                value = name,
                matches = names.join(", ")
            ))
        }
    }
}

/// The selection after checking `add` and clearing `remove`, starting from `checked`.
fn toggle(
    m: &Messages,
    prompt: &MultiPrompt<'_>,
    add: &[String],
    remove: &[String],
) -> Result<Vec<usize>, String> {
    let mut selection = prompt.checked.clone();
    for name in add {
        let i = find_choice(m, prompt.choices, "add", name)?;
        if !selection.contains(&i) {
            selection.push(i);
        }
    }
    for name in remove {
        if let Some((_, reason)) = prompt
            .locked
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name.trim()))
        {
            return Err(tr!(
                "wizard-answer-invalid" in m,
                field = "remove",
                reason = reason.as_str()
            ));
        }
        let i = find_choice(m, prompt.choices, "remove", name)?;
        if !selection.contains(&i) {
            return Err(tr!(
                "wizard-answer-not-checked" in m,
                field = "remove",
                value = name.as_str()
            ));
        }
        selection.retain(|&s| s != i);
    }
    selection.sort_unstable();
    Ok(selection)
}

impl Prompter for Scripted {
    fn use_messages(&mut self, messages: &Arc<Messages>) {
        self.messages = Some(Arc::clone(messages));
    }

    fn show(&mut self, tone: Tone, text: &str) {
        if let (Tone::Problem, Source::Answers { problem, .. }) = (tone, &mut self.source) {
            *problem = Some(crate::render::terminal::plain(text));
        }
        self.transcript.show(tone, text);
    }

    fn select(&mut self, prompt: &SelectPrompt<'_>) -> Result<usize, Interrupt> {
        let m = self.messages();
        loop {
            match self.next(prompt.field)? {
                Reply::Pick(name) => match find_choice(&m, prompt.choices, prompt.field, &name) {
                    Ok(i) => {
                        self.transcript.asked(&prompt.message, &prompt.choices[i].label);
                        return Ok(i);
                    }
                    Err(reason) if self.is_script() => {
                        self.transcript.asked(&prompt.message, &name);
                        self.transcript.detail(&format!("! {reason}"));
                    }
                    Err(reason) => return Err(Interrupt::Unanswered(reason)),
                },
                r @ (Reply::Back | Reply::Cancel) => return Err(self.interrupted(&prompt.message, r)),
                _ => return Err(self.mismatch(prompt.field)),
            }
        }
    }

    /// The name to pick is the filter: the store is searched for it, then it is picked
    /// among the matches (so a user beyond the first page of a large directory is found).
    fn search_select(
        &mut self,
        prompt: &SelectPrompt<'_>,
        find: &mut dyn FnMut(&str) -> Vec<Choice>,
    ) -> Result<(String, usize), Interrupt> {
        let reply = self.next(prompt.field)?;
        let filter = match &reply {
            Reply::Pick(name) => name.clone(),
            _ => String::new(),
        };
        self.unread(reply);
        let choices = find(&filter);
        let found = SelectPrompt {
            choices: &choices,
            ..prompt.clone()
        };
        self.select(&found).map(|i| (filter, i))
    }

    /// Each name to check is a filter: the store is searched for it and it is picked among
    /// the matches; then the whole selection is checked as the terminal would check it.
    fn search_multi_select(
        &mut self,
        prompt: &SearchMultiPrompt,
        find: &mut dyn FnMut(&str) -> Vec<Found>,
    ) -> Result<Vec<Found>, Interrupt> {
        let m = self.messages();
        loop {
            let names = match self.next(prompt.field)? {
                Reply::Only(names) => names,
                Reply::Toggle { add, .. } => add,
                r @ (Reply::Back | Reply::Cancel) => return Err(self.interrupted(&prompt.message, r)),
                _ => return Err(self.mismatch(prompt.field)),
            };
            self.transcript.asked(&prompt.message, &answer_text(&names, &[]));
            let mut pool: Vec<Found> = Vec::new();
            let mut problem = None;
            for name in &names {
                let found = find(name.trim());
                let choices: Vec<Choice> = found.iter().map(|f| f.choice.clone()).collect();
                match find_choice(&m, &choices, prompt.field, name) {
                    Ok(k) if !pool.iter().any(|p| p.choice.key == found[k].choice.key) => {
                        pool.push(found[k].clone());
                    }
                    Ok(_) => {}
                    Err(reason) => {
                        problem = Some(reason);
                        break;
                    }
                }
            }
            let choices: Vec<Choice> = pool.iter().map(|f| f.choice.clone()).collect();
            let multi = prompt.over(&pool, &choices, 0);
            let all: Vec<usize> = (0..pool.len()).collect();
            let problem = problem.or_else(|| multi.validate(&all).err());
            match problem {
                None => {
                    for f in &pool {
                        self.transcript.detail(&format!("[x] {}", f.choice.label));
                    }
                    return Ok(pool);
                }
                Some(reason) if self.is_script() => self.transcript.detail(&format!("! {reason}")),
                Some(reason) => {
                    let message = tr!("wizard-answer-invalid" in m, field = prompt.field, reason = reason);
                    return Err(Interrupt::Unanswered(message));
                }
            }
        }
    }

    fn multi_select(&mut self, prompt: &MultiPrompt<'_>) -> Result<Vec<usize>, Interrupt> {
        let m = self.messages();
        loop {
            // A script that does not answer the service plans keeps them as they are.
            if let (true, Source::Script(replies)) = (prompt.field == "plans_off", &self.source) {
                if !matches!(replies.front(), Some(Reply::PlansOff(_))) {
                    self.transcript.asked(&prompt.message, &answer_text(&[], &[]));
                    return Ok(prompt.checked.clone());
                }
            }
            let (add, remove, only) = match self.next(prompt.field)? {
                Reply::Toggle { add, remove } => (add, remove, false),
                Reply::PlansOff(off) => (Vec::new(), off, false),
                Reply::Only(names) => (names, Vec::new(), true),
                r @ (Reply::Back | Reply::Cancel) => return Err(self.interrupted(&prompt.message, r)),
                _ => return Err(self.mismatch(prompt.field)),
            };
            self.transcript
                .asked(&prompt.message, &answer_text(&add, &remove));
            let result = if only {
                add.iter()
                    .map(|name| find_choice(&m, prompt.choices, prompt.field, name))
                    .collect::<Result<Vec<usize>, String>>()
                    .map(|mut v| {
                        v.sort_unstable();
                        v.dedup();
                        v
                    })
            } else {
                toggle(&m, prompt, &add, &remove)
            };
            let selection = match result {
                Ok(selection) => selection,
                Err(reason) if self.is_script() => {
                    self.transcript.detail(&format!("! {reason}"));
                    continue;
                }
                Err(reason) => return Err(Interrupt::Unanswered(reason)),
            };
            match prompt.validate(&selection) {
                Ok(()) => {
                    for (i, c) in prompt.choices.iter().enumerate() {
                        let mark = if selection.contains(&i) { "[x]" } else { "[ ]" };
                        self.transcript.detail(&format!("{mark} {}", c.label));
                    }
                    return Ok(selection);
                }
                Err(reason) if self.is_script() => self.transcript.detail(&format!("! {reason}")),
                Err(reason) => {
                    let field = if prompt.field == "licenses" {
                        "add"
                    } else {
                        prompt.field
                    };
                    let message = tr!("wizard-answer-invalid" in m, field = field, reason = reason);
                    return Err(Interrupt::Unanswered(message));
                }
            }
        }
    }

    fn confirm(&mut self, prompt: &ConfirmPrompt) -> Result<bool, Interrupt> {
        let yes = match self.next(prompt.field)? {
            Reply::Yes => true,
            Reply::No => false,
            r @ (Reply::Back | Reply::Cancel) => return Err(self.interrupted(&prompt.message, r)),
            _ => return Err(self.mismatch(prompt.field)),
        };
        let m = self.messages();
        let word = if yes {
            tr!("wizard-yes" in m)
        } else {
            tr!("wizard-no" in m)
        };
        self.transcript.asked(&prompt.message, &word);
        Ok(yes)
    }

    fn text(&mut self, prompt: &TextPrompt) -> Result<String, Interrupt> {
        let m = self.messages();
        loop {
            let typed = match self.next(prompt.field)? {
                Reply::Text(t) => t,
                r @ (Reply::Back | Reply::Cancel) => return Err(self.interrupted(&prompt.message, r)),
                _ => return Err(self.mismatch(prompt.field)),
            };
            self.transcript.asked(&prompt.message, &typed);
            match (prompt.validate)(&m, &typed) {
                Ok(value) => return Ok(value),
                Err(reason) if self.is_script() => self.transcript.detail(&format!("! {reason}")),
                Err(reason) => {
                    return Err(Interrupt::Unanswered(tr!(
                        "wizard-answer-invalid" in m,
                        field = prompt.field,
                        reason = reason
                    )))
                }
            }
        }
    }
}

/// `+SPE_E3 −EMS`, or `∅` when nothing is toggled.
fn answer_text(add: &[String], remove: &[String]) -> String {
    let parts: Vec<String> = add
        .iter()
        .map(|a| format!("+{a}"))
        .chain(remove.iter().map(|r| format!("−{r}")))
        .collect();
    if parts.is_empty() {
        "∅".to_owned()
    } else {
        parts.join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en() -> Messages {
        Messages::for_locale(&crate::locale::en_us())
    }

    fn choices() -> Vec<Choice> {
        [
            ("kari.hansen@x", "Kari Hansen"),
            ("karin.lie@x", "Karin Lie"),
            ("ola@x", "Ola Nordmann"),
        ]
        .iter()
        .map(|(k, n)| Choice {
            key: (*k).to_owned(),
            aliases: vec![(*n).to_owned()],
            label: (*n).to_owned(),
        })
        .collect()
    }

    #[test]
    fn a_choice_is_found_by_key_or_name_in_any_case() {
        assert_eq!(find_choice(&en(), &choices(), "user", "OLA@X"), Ok(2));
        assert_eq!(find_choice(&en(), &choices(), "user", "kari hansen"), Ok(0));
    }

    #[test]
    fn a_part_of_a_name_must_match_only_one() {
        assert_eq!(find_choice(&en(), &choices(), "user", "nordm"), Ok(2));
        let e = find_choice(&en(), &choices(), "user", "kari").unwrap_err();
        assert!(e.contains("kari.hansen@x") && e.contains("karin.lie@x"), "{e}");
        assert!(find_choice(&en(), &choices(), "user", "nobody").is_err());
    }

    #[test]
    fn toggling_starts_from_the_checked_options() {
        let choices = choices();
        let prompt = MultiPrompt {
            field: "licenses",
            message: String::new(),
            help: String::new(),
            choices: &choices,
            checked: vec![0],
            blocked: vec![None, Some("full".into()), None],
            locked: vec![("GROUPSKU".into(), "from a group".into())],
            max: Some((1, "one at most".into())),
            seats: None,
        };
        assert_eq!(
            toggle(&en(), &prompt, &["ola@x".into()], &["kari.hansen@x".into()]),
            Ok(vec![2])
        );
        assert!(
            toggle(&en(), &prompt, &[], &["ola@x".into()]).is_err(),
            "not checked"
        );
        let e = toggle(&en(), &prompt, &[], &["groupsku".into()]).unwrap_err();
        assert!(e.contains("from a group"), "{e}");
        assert_eq!(prompt.validate(&[0, 1]), Err("full".into()));
        assert_eq!(prompt.validate(&[0, 2]), Err("one at most".into()));
    }
}
