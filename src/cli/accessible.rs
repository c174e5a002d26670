//! The accessible [`Prompter`] (`guide --accessible`, `TASKGUIDE_ACCESSIBLE=1`), for people
//! who use a screen reader or a braille display: every prompt is plain lines of text written
//! once, in order. Choices are numbered and picked by number or by typing part of a name;
//! several are checked by numbers (`1 3`) and an empty line finishes. No redraws, no cursor
//! movement, no spinners, no colours (ANSI styles in the wizard's texts are stripped, and a
//! problem is said in words); progress is a percentage and a table is one labelled line per
//! row. The answers are read line by line, so it works in a terminal's normal (cooked) mode,
//! through a pipe, or in an editor's shell buffer.
//!
//! The same questions and answers as the terminal prompter: the wizard's flow does not know
//! which one it talks to. `back` (or a line with Esc) goes back one step like Esc; `quit`,
//! or the end of input (Ctrl-D), quits like Ctrl-C.

use std::io::{BufRead, Write};
use std::sync::Arc;

use crate::l10n::engine::{self, Messages};
use crate::tr;
use crate::wizard::{
    Choice, ConfirmPrompt, Interrupt, MultiPrompt, Prompter, SelectPrompt, TextPrompt, Tone,
};

/// Asks line by line on `input`, writing plain text to `out`.
pub struct Accessible<R, W> {
    input: R,
    out: W,
    /// The wizard's messages, once it has given them ([`Prompter::use_messages`]).
    messages: Option<Arc<Messages>>,
    /// The last percentage reported by [`Prompter::progress`], so it is said once.
    last_percent: Option<usize>,
}

/// The accessible prompter on standard input and output.
pub fn stdio() -> Accessible<std::io::StdinLock<'static>, std::io::Stdout> {
    Accessible::new(std::io::stdin().lock(), std::io::stdout())
}

/// What a typed line means, before it is read as an answer.
enum Line {
    /// Go back one step (`back`, or Esc then Enter).
    Back,
    /// Quit (`quit`, or the end of input).
    Quit,
    /// Anything else, trimmed.
    Text(String),
}

impl<R: BufRead, W: Write> Accessible<R, W> {
    /// A prompter reading answers from `input` and writing to `out`.
    pub fn new(input: R, out: W) -> Self {
        Accessible {
            input,
            out,
            messages: None,
            last_percent: None,
        }
    }

    /// The messages to speak in: the wizard's, else the process's.
    fn messages(&self) -> Arc<Messages> {
        self.messages
            .clone()
            .unwrap_or_else(|| Arc::new(Messages::for_locale(engine::messages().locale()).isolating(false)))
    }

    /// Writes `text` as lines, without any escape sequence.
    fn say(&mut self, text: &str) {
        let plain = anstream::adapter::strip_str(text).to_string();
        let _ = writeln!(self.out, "{}", plain.replace('\x1b', ""));
        let _ = self.out.flush();
    }

    /// Writes a question's last line, the answer typed after it.
    fn ask(&mut self, text: &str) {
        let _ = write!(self.out, "{text} ");
        let _ = self.out.flush();
    }

    /// Reads one answer.
    fn line(&mut self, m: &Messages) -> Result<Line, Interrupt> {
        let mut buf = String::new();
        match self.input.read_line(&mut buf) {
            Ok(0) => {
                // End of input: the answer line was never ended, so end it here.
                self.say("");
                Ok(Line::Quit)
            }
            Ok(_) => {
                let text = buf.trim().to_owned();
                let lower = text.to_lowercase();
                if text == "\x1b" || words(&tr!("accessible-back-words" in m)).contains(&lower) {
                    Ok(Line::Back)
                } else if words(&tr!("accessible-quit-words" in m)).contains(&lower) {
                    Ok(Line::Quit)
                } else {
                    Ok(Line::Text(text))
                }
            }
            Err(e) => Err(Interrupt::Failed(
                tr!("guide-terminal-error" in m, reason = e.to_string()),
            )),
        }
    }

    /// Lists `indexes` of `choices`, numbered from 1 by their place in the whole list.
    fn list(&mut self, choices: &[Choice], indexes: &[usize], state: impl Fn(usize) -> Option<String>) {
        let m = self.messages();
        let mut text = String::new();
        for &i in indexes {
            let Some(choice) = choices.get(i) else { continue };
            let line = match state(i) {
                Some(state) => tr!(
                    "accessible-multi-choice" in m,
                    number = i + 1,
                    label = choice.label.as_str(),
                    state = state
                ),
                None => tr!("accessible-choice" in m, number = i + 1, label = choice.label.as_str()),
            };
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str("  ");
            text.push_str(&line);
        }
        self.say(&text);
    }
}

/// The comma-separated words of a message, lower case.
fn words(list: &str) -> Vec<String> {
    list.split(',')
        .map(|w| w.trim().to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// The choices `text` names: the one numbered so, the one whose key, alias or label is
/// exactly it, else all that contain it (case-insensitive).
fn matches(choices: &[Choice], text: &str) -> Result<Vec<usize>, usize> {
    if let Ok(n) = text.parse::<usize>() {
        return if (1..=choices.len()).contains(&n) {
            Ok(vec![n - 1])
        } else {
            Err(n)
        };
    }
    let lower = text.to_lowercase();
    let names = |c: &Choice| -> Vec<String> {
        std::iter::once(&c.key)
            .chain(&c.aliases)
            .chain(std::iter::once(&c.label))
            .map(|s| s.to_lowercase())
            .collect()
    };
    if let Some(i) = choices.iter().position(|c| names(c).contains(&lower)) {
        return Ok(vec![i]);
    }
    Ok((0..choices.len())
        .filter(|&i| names(&choices[i]).iter().any(|n| n.contains(&lower)))
        .collect())
}

impl<R: BufRead, W: Write> Prompter for Accessible<R, W> {
    fn use_messages(&mut self, messages: &Arc<Messages>) {
        self.messages = Some(Arc::clone(messages));
        self.say(&tr!("accessible-intro" in messages));
    }

    fn show(&mut self, tone: Tone, text: &str) {
        let m = self.messages();
        let text = match tone {
            Tone::Problem => tr!("accessible-problem" in m, text = text),
            _ => text.to_owned(),
        };
        if tone == Tone::Step {
            self.say("");
        }
        self.say(&text);
    }

    fn select(&mut self, prompt: &SelectPrompt<'_>) -> Result<usize, Interrupt> {
        let m = self.messages();
        let count = prompt.choices.len();
        self.say(&prompt.message);
        let all: Vec<usize> = (0..count).collect();
        self.list(prompt.choices, &all, |_| None);
        loop {
            self.ask(&tr!("accessible-choose" in m, count = count));
            let text = match self.line(&m)? {
                Line::Back => return Err(Interrupt::Back),
                Line::Quit => return Err(Interrupt::Cancel),
                Line::Text(t) if t.is_empty() => continue,
                Line::Text(t) => t,
            };
            match matches(prompt.choices, &text) {
                Ok(found) if found.len() == 1 => {
                    let i = found[0];
                    let label = prompt.choices[i].label.as_str();
                    self.say(&tr!("accessible-chosen" in m, label = label));
                    return Ok(i);
                }
                Ok(found) if found.is_empty() => {
                    self.say(&tr!("accessible-no-match" in m, text = text.as_str(), count = count));
                }
                Ok(found) => {
                    self.say(&tr!("accessible-matches" in m, text = text.as_str(), count = found.len()));
                    self.list(prompt.choices, &found, |_| None);
                }
                Err(n) => self.say(&tr!("accessible-out-of-range" in m, number = n, count = count)),
            }
        }
    }

    fn multi_select(&mut self, prompt: &MultiPrompt<'_>) -> Result<Vec<usize>, Interrupt> {
        let m = self.messages();
        let count = prompt.choices.len();
        let mut checked = prompt.checked.clone();
        checked.sort_unstable();
        checked.dedup();
        let (on, off) = (tr!("accessible-checked" in m), tr!("accessible-unchecked" in m));
        self.say(&prompt.message);
        let all: Vec<usize> = (0..count).collect();
        let state = |i: usize, checked: &[usize]| {
            if checked.contains(&i) {
                on.clone()
            } else {
                off.clone()
            }
        };
        let snapshot = checked.clone();
        self.list(prompt.choices, &all, |i| Some(state(i, &snapshot)));
        if let Some(Ok(line)) = prompt.seats.as_ref().map(|c| c.line(&checked)) {
            self.say(&tr!("wizard-seats-now" in m, line = line));
        }
        self.say(&tr!("accessible-multi-help" in m));
        loop {
            self.ask(&tr!("accessible-multi-ask" in m));
            let text = match self.line(&m)? {
                Line::Back => return Err(Interrupt::Back),
                Line::Quit => return Err(Interrupt::Cancel),
                Line::Text(t) => t,
            };
            if text.is_empty() {
                match prompt.validate(&checked) {
                    Ok(()) => {
                        self.say(&checked_now(&m, prompt.choices, &checked));
                        return Ok(checked);
                    }
                    Err(reason) => {
                        self.say(&tr!("accessible-problem" in m, text = reason));
                        continue;
                    }
                }
            }
            // Numbers separated by spaces or commas, else one part of a name.
            let tokens: Vec<&str> = text
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|t| !t.is_empty())
                .collect();
            let numeric = tokens.iter().all(|t| t.parse::<usize>().is_ok());
            let targets: Vec<Result<Vec<usize>, usize>> = if numeric {
                tokens.iter().map(|t| matches(prompt.choices, t)).collect()
            } else {
                vec![matches(prompt.choices, &text)]
            };
            let mut said = Vec::new();
            for target in targets {
                match target {
                    Ok(found) if found.len() == 1 => {
                        let i = found[0];
                        let label = prompt.choices[i].label.as_str();
                        if let Some(at) = checked.iter().position(|&c| c == i) {
                            checked.remove(at);
                            said.push(tr!("accessible-toggled-off" in m, label = label));
                        } else if let Some(reason) = prompt.blocked.get(i).cloned().flatten() {
                            said.push(tr!("accessible-blocked" in m, label = label, reason = reason));
                        } else {
                            checked.push(i);
                            checked.sort_unstable();
                            said.push(tr!("accessible-toggled-on" in m, label = label));
                        }
                    }
                    Ok(found) if found.is_empty() => {
                        said.push(tr!("accessible-no-match" in m, text = text.as_str(), count = count));
                    }
                    Ok(found) => {
                        self.say(&tr!("accessible-matches" in m, text = text.as_str(), count = found.len()));
                        let snapshot = checked.clone();
                        self.list(prompt.choices, &found, |i| Some(state(i, &snapshot)));
                    }
                    Err(n) => said.push(tr!("accessible-out-of-range" in m, number = n, count = count)),
                }
            }
            said.push(checked_now(&m, prompt.choices, &checked));
            // The running seat count, as a line ("7 of 10 left after these"), or why the
            // selection takes too many.
            if let Some(counter) = &prompt.seats {
                said.push(match counter.line(&checked) {
                    Ok(line) => tr!("wizard-seats-now" in m, line = line),
                    Err(reason) => tr!("accessible-problem" in m, text = reason),
                });
            }
            self.say(&said.join("\n"));
        }
    }

    fn confirm(&mut self, prompt: &ConfirmPrompt) -> Result<bool, Interrupt> {
        let m = self.messages();
        let (yes, no) = (
            words(&tr!("wizard-yes-words" in m)),
            words(&tr!("wizard-no-words" in m)),
        );
        let (yes_word, no_word) = (tr!("wizard-yes" in m), tr!("wizard-no" in m));
        let default = if prompt.default { &yes_word } else { &no_word };
        self.say(&prompt.message);
        loop {
            self.ask(&tr!(
                "accessible-confirm-ask" in m,
                yes = yes_word.as_str(),
                no = no_word.as_str(),
                default = default.as_str()
            ));
            let answer = match self.line(&m)? {
                Line::Back => return Err(Interrupt::Back),
                Line::Quit => return Err(Interrupt::Cancel),
                Line::Text(t) if t.is_empty() => prompt.default,
                Line::Text(t) if yes.contains(&t.to_lowercase()) => true,
                Line::Text(t) if no.contains(&t.to_lowercase()) => false,
                Line::Text(_) => {
                    self.say(&tr!("wizard-confirm-invalid" in m));
                    continue;
                }
            };
            let word = if answer { &yes_word } else { &no_word };
            self.say(&tr!("accessible-answered" in m, answer = word.as_str()));
            return Ok(answer);
        }
    }

    fn text(&mut self, prompt: &TextPrompt) -> Result<String, Interrupt> {
        let m = self.messages();
        self.say(&prompt.message);
        self.say(&prompt.help);
        loop {
            self.ask(&tr!("accessible-text-ask" in m));
            let text = match self.line(&m)? {
                Line::Back => return Err(Interrupt::Back),
                Line::Quit => return Err(Interrupt::Cancel),
                Line::Text(t) => t,
            };
            match (prompt.validate)(&m, &text) {
                Ok(value) => {
                    self.say(&tr!("accessible-answered" in m, answer = value.as_str()));
                    return Ok(value);
                }
                Err(reason) => self.say(&tr!("accessible-problem" in m, text = reason)),
            }
        }
    }

    fn progress(&mut self, done: usize, total: usize) {
        let percent = (done * 100).checked_div(total).unwrap_or(100);
        if self.last_percent == Some(percent) && done < total {
            return;
        }
        self.last_percent = if done >= total { None } else { Some(percent) };
        let m = self.messages();
        self.say(&tr!("accessible-progress" in m, percent = percent, done = done, total = total));
    }

    fn table(&mut self, headers: &[String], rows: &[Vec<String>]) {
        let m = self.messages();
        let mut text = Vec::new();
        for (n, row) in rows.iter().enumerate() {
            let cells: Vec<String> = row
                .iter()
                .enumerate()
                .map(|(i, value)| match headers.get(i) {
                    Some(label) => {
                        tr!("accessible-cell" in m, label = label.as_str(), value = value.as_str())
                    }
                    None => value.clone(),
                })
                .collect();
            let row = tr!("accessible-row" in m, number = n + 1, total = rows.len());
            text.push(format!("{row} {}", cells.join("; ")));
        }
        self.say(&text.join("\n"));
    }
}

/// "Checked now: A, B" or "Nothing is checked now."
fn checked_now(m: &Messages, choices: &[Choice], checked: &[usize]) -> String {
    if checked.is_empty() {
        return tr!("accessible-none-checked" in m);
    }
    let labels: Vec<&str> = checked
        .iter()
        .filter_map(|&i| choices.get(i))
        .map(|c| c.label.as_str())
        .collect();
    tr!("accessible-now-checked" in m, labels = labels.join("; "))
}

// The prompts are built with `..Default::default()`, so that fields added to them later take
// their defaults here; today every field is given.
#[cfg(test)]
#[allow(clippy::needless_update)]
mod tests {
    use super::*;
    use std::io::Cursor;
    use unic_langid::langid;

    fn choice(key: &str, label: &str) -> Choice {
        Choice {
            key: key.to_owned(),
            aliases: vec![],
            label: label.to_owned(),
        }
    }

    fn users() -> Vec<Choice> {
        vec![
            choice("anna.schmidt@x", "Anna Schmidt"),
            choice("kari.hansen@x", "Kari Hansen"),
            choice("karl.berg@x", "Karl Berg"),
        ]
    }

    fn prompter(input: &str) -> Accessible<Cursor<Vec<u8>>, Vec<u8>> {
        let mut p = Accessible::new(Cursor::new(input.as_bytes().to_vec()), Vec::new());
        p.use_messages(&Arc::new(
            Messages::for_locale(&langid!("en-US")).isolating(false),
        ));
        p
    }

    fn output(p: &Accessible<Cursor<Vec<u8>>, Vec<u8>>) -> String {
        String::from_utf8(p.out.clone()).unwrap()
    }

    fn select(input: &str) -> (Result<usize, Interrupt>, String) {
        let choices = users();
        let mut p = prompter(input);
        let prompt = SelectPrompt {
            field: "user",
            message: "Which user?".into(),
            help: "↑↓".into(),
            choices: &choices,
            ..Default::default()
        };
        let r = p.select(&prompt);
        (r, output(&p))
    }

    #[test]
    fn select_lists_numbered_choices_and_takes_a_number() {
        let (r, out) = select("2\n");
        assert_eq!(r, Ok(1));
        assert!(
            out.contains("  1. Anna Schmidt\n  2. Kari Hansen\n  3. Karl Berg\n"),
            "{out}"
        );
        assert!(out.contains("Chosen: Kari Hansen"), "{out}");
        assert!(!out.contains('\x1b') && !out.contains("↑↓"), "{out}");
    }

    #[test]
    fn select_narrows_by_part_of_a_name_and_refuses_what_matches_nothing() {
        let (r, out) = select("kar\nzzz\n7\nberg\n");
        assert_eq!(r, Ok(2));
        assert!(
            out.contains("2 choices match “kar”:\n  2. Kari Hansen\n  3. Karl Berg"),
            "{out}"
        );
        assert!(out.contains("Nothing matches “zzz”"), "{out}");
        assert!(out.contains("There is no choice 7"), "{out}");
    }

    #[test]
    fn back_and_quit_words_and_the_end_of_input_interrupt() {
        assert_eq!(select("back\n").0, Err(Interrupt::Back));
        assert_eq!(select("\x1b\n").0, Err(Interrupt::Back));
        assert_eq!(select("quit\n").0, Err(Interrupt::Cancel));
        assert_eq!(select("").0, Err(Interrupt::Cancel));
    }

    fn multi(input: &str) -> (Result<Vec<usize>, Interrupt>, String) {
        let choices = users();
        let mut p = prompter(input);
        let prompt = MultiPrompt {
            field: "add",
            message: "Licenses?".into(),
            help: "Space".into(),
            choices: &choices,
            checked: vec![0],
            blocked: vec![None, None, Some("no seat left".into())],
            locked: vec![],
            ..Default::default()
        };
        let r = p.multi_select(&prompt);
        (r, output(&p))
    }

    #[test]
    fn multi_select_toggles_by_numbers_and_names_and_finishes_on_an_empty_line() {
        let (r, out) = multi("1 2\n\n");
        assert_eq!(r, Ok(vec![1]));
        assert!(out.contains("1. Anna Schmidt — checked"), "{out}");
        assert!(out.contains("2. Kari Hansen — not checked"), "{out}");
        assert!(
            out.contains("Cleared: Anna Schmidt\nChecked: Kari Hansen"),
            "{out}"
        );
        let (r, _) = multi("kari\n\n");
        assert_eq!(r, Ok(vec![0, 1]));
    }

    /// A searched directory (Graph): each filter line finds users, the ones checked are kept
    /// across searches, the seat count is said after each change and each round, and an empty
    /// search finishes.
    #[test]
    fn a_searched_multi_select_keeps_the_checked_across_searches_and_says_the_seats() {
        use crate::wizard::{Found, SearchMultiPrompt, SeatCounter};
        let m = Messages::for_locale(&langid!("en-US")).isolating(false);
        let all = users();
        let prompt = SearchMultiPrompt {
            field: "users",
            message: "Users?".into(),
            help: "Space".into(),
            search: TextPrompt {
                field: "users_search",
                message: "Find users:".into(),
                help: String::new(),
                validate: |_, s| Ok(s.trim().to_owned()),
            },
            nothing: "Nobody.".into(),
            picked: Vec::new(),
            max: Some((20, "20 at most".into())),
            seats: Some(SeatCounter {
                cost: Vec::new(),
                available: 2,
                lines: (0..=2)
                    .map(|k| format!("{} of 2 left after these", 2 - k))
                    .collect(),
                full: "only 2 seats".into(),
            }),
        };
        let mut searched = Vec::new();
        let mut find = |text: &str| -> Vec<Found> {
            searched.push(text.to_owned());
            all.iter()
                .filter(|c| c.label.to_lowercase().contains(&text.to_lowercase()))
                .map(|c| Found {
                    choice: c.clone(),
                    blocked: None,
                    cost: 1,
                })
                .collect()
        };
        // anna → check 1, done; nobody → nothing; kar → Kari is 2 (Anna first, kept), Karl 3:
        // checking both is one seat too many, said; clear Karl, done; empty search: finished.
        let mut p = prompter("anna\n1\n\nzzz\nkar\n2 3\n3\n\n\n");
        let r = p.search_multi_select(&prompt, &mut find);
        let out = output(&p);
        let keys: Vec<String> = r.unwrap().into_iter().map(|f| f.choice.key).collect();
        assert_eq!(keys, ["anna.schmidt@x", "kari.hansen@x"], "{out}");
        assert_eq!(searched, ["anna", "zzz", "kar"]);
        assert!(
            out.contains(&tr!("wizard-seats-now" in m, line = "1 of 2 left after these")),
            "{out}"
        );
        assert!(out.contains("Problem: only 2 seats"), "{out}");
        assert!(out.contains("Nobody."), "{out}");
        assert!(
            out.contains("1. Anna Schmidt — checked"),
            "the checked user kept: {out}"
        );
        assert!(out.contains("0 of 2 left after these"), "{out}");
        assert!(!out.contains('\x1b'), "{out}");
    }

    #[test]
    fn multi_select_refuses_a_blocked_choice_with_its_reason() {
        let (r, out) = multi("3\n\n");
        assert_eq!(r, Ok(vec![0]));
        assert!(out.contains("Karl Berg cannot be checked: no seat left"), "{out}");
    }

    #[test]
    fn confirm_takes_words_and_the_default_on_enter() {
        let ask = |input: &str, default: bool| {
            let mut p = prompter(input);
            let r = p.confirm(&ConfirmPrompt {
                field: "confirm",
                message: "Apply?".into(),
                default,
                ..Default::default()
            });
            (r, output(&p))
        };
        assert_eq!(ask("yes\n", false).0, Ok(true));
        assert_eq!(ask("\n", false).0, Ok(false));
        let (r, out) = ask("maybe\nn\n", true);
        assert_eq!(r, Ok(false));
        assert!(out.contains("Answer y for yes or n for no."), "{out}");
        assert!(out.contains("Enter alone means yes"), "{out}");
    }

    #[test]
    fn text_asks_again_until_valid() {
        fn upper(_: &Messages, s: &str) -> Result<String, String> {
            if s.len() == 2 {
                Ok(s.to_uppercase())
            } else {
                Err("two letters".into())
            }
        }
        let mut p = prompter("norway\nno\n");
        let r = p.text(&TextPrompt {
            field: "usage_location",
            message: "Where?".into(),
            help: "A code".into(),
            validate: upper,
        });
        assert_eq!(r, Ok("NO".into()));
        assert!(output(&p).contains("Problem: two letters"));
    }

    #[test]
    fn every_shared_locale_speaks_its_own_words() {
        for tag in ["en-US", "nb-NO", "sv-SE", "fr-FR", "zh-CN", "he-IL"] {
            let m = Arc::new(Messages::for_locale(&tag.parse().unwrap()).isolating(false));
            let back = words(&tr!("accessible-back-words" in m)).remove(0);
            let choices = users();
            let prompt = SelectPrompt {
                field: "user",
                message: "?".into(),
                help: String::new(),
                choices: &choices,
                ..Default::default()
            };
            let mut p = Accessible::new(Cursor::new(format!("3\n{back}\n").into_bytes()), Vec::new());
            p.use_messages(&m);
            assert_eq!(p.select(&prompt), Ok(2), "{tag}");
            // Its own word for back, and English's, both work.
            assert_eq!(p.select(&prompt), Err(Interrupt::Back), "{tag}: {back}");
            let mut p = Accessible::new(Cursor::new(b"back\n".to_vec()), Vec::new());
            p.use_messages(&m);
            assert_eq!(p.select(&prompt), Err(Interrupt::Back), "{tag}");
            let out = output(&p);
            assert!(out.contains(&tr!("accessible-choice" in m, number = 1, label = "Anna Schmidt")));
            assert!(!out.contains('\x1b'), "{tag}: {out}");
        }
        let fr = Messages::for_locale(&langid!("fr-FR")).isolating(false);
        assert_eq!(tr!("accessible-back-words" in fr), "retour, back");
        assert_eq!(
            tr!("accessible-chosen" in fr, label = "Anna"),
            "Choisi\u{202f}: Anna"
        );
        let sv = Messages::for_locale(&langid!("sv-SE"));
        assert_eq!(tr!("accessible-checked" in sv), "markerad");
    }

    #[test]
    fn progress_is_a_percentage_and_a_table_labelled_lines() {
        let mut p = prompter("");
        p.progress(1, 3);
        p.progress(1, 3);
        p.progress(3, 3);
        let headers = vec!["User".to_owned(), "Result".to_owned()];
        p.table(
            &headers,
            &[
                vec!["anna".into(), "ok".into()],
                vec!["kari".into(), "failed".into()],
            ],
        );
        p.show(Tone::Success, "\x1b[32mDone\x1b[0m");
        let out = output(&p);
        assert_eq!(out.matches("Progress: 33 % (1 of 3)").count(), 1, "{out}");
        assert!(out.contains("Progress: 100 % (3 of 3)"), "{out}");
        assert!(out.contains("Row 1 of 2: User: anna; Result: ok\nRow 2 of 2: User: kari; Result: failed"));
        assert!(!out.contains('\x1b'), "{out}");
    }
}
