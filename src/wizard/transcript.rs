//! A plain-text record of a wizard run: what was shown, asked and answered, in order.
//! It is what `--answers` prints and what the flow tests snapshot.

use super::prompter::Tone;
use crate::l10n::bidi;
use crate::render::terminal::plain;

/// The lines of a run, without colours.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Transcript {
    lines: Vec<String>,
}

impl Transcript {
    /// Records shown text; a step starts with an empty line, a problem's lines with `! `.
    pub fn show(&mut self, tone: Tone, text: &str) {
        if tone == Tone::Step && !self.lines.is_empty() {
            self.lines.push(String::new());
        }
        for line in plain(text).lines() {
            self.lines.push(match tone {
                Tone::Problem => directional(format!("! {line}")),
                _ => line.to_owned(),
            });
        }
    }

    /// Records a question and its answer: `? question › answer`.
    pub fn asked(&mut self, message: &str, answer: &str) {
        self.lines
            .push(directional(format!("? {} › {}", plain(message), plain(answer))));
    }

    /// Records a line under the last question (an option, a refused answer).
    pub fn detail(&mut self, text: &str) {
        self.lines.push(directional(format!("  {}", plain(text))));
    }

    /// The transcript as text, one line per entry, ending in a newline.
    pub fn text(&self) -> String {
        let mut out = self.lines.join("\n");
        out.push('\n');
        out
    }
}

/// A line whose text the wizard marked for a right-to-left terminal (it holds an RLM) is
/// marked again as a whole, so that the `? `/`! ` prefixes and the answers (a typed `+SPE_E3`,
/// `NO`) are laid out with it; any other line is left as it is.
fn directional(line: String) -> String {
    if line.contains(bidi::RLM) {
        bidi::mark_ltr_runs(&line)
    } else {
        line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_separated_and_problems_marked() {
        let mut t = Transcript::default();
        t.show(Tone::Step, "Step 1 of 2\nGo.");
        t.show(Tone::Step, "Step 2 of 2");
        t.show(Tone::Problem, "No seats.\nBuy more.");
        t.asked("Apply?", "\u{1b}[1myes\u{1b}[0m");
        assert_eq!(
            t.text(),
            "Step 1 of 2\nGo.\n\nStep 2 of 2\n! No seats.\n! Buy more.\n? Apply? › yes\n"
        );
    }

    #[test]
    fn lines_marked_right_to_left_are_marked_whole_with_their_answers() {
        let mut t = Transcript::default();
        t.asked(&bidi::mark_ltr_runs("הרישיונות של Petter Vik:"), "+SPE_E3");
        t.show(Tone::Problem, &bidi::mark_ltr_runs("אין מקום ב-EMS."));
        assert_eq!(
            t.text(),
            "\u{200f}? הרישיונות של \u{200e}Petter Vik\u{200e}: › \u{200e}+SPE_E3\u{200e}\n\
             \u{200f}! אין מקום ב-\u{200e}EMS\u{200e}.\n"
        );
    }
}
