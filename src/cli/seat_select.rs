//! The terminal's multi-select for options that spend seats (`select-users`): like inquire's
//! MultiSelect (type to filter, Space to check or clear, arrows to move, Enter to go on, Esc
//! back, Ctrl-C quit), with the running seat count ("7 of 10 left after these") redrawn under
//! the list after every key. inquire cannot show a line that follows the checked options.

use std::collections::BTreeSet;
use std::io::Write;

use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use crossterm::{cursor, queue, terminal};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::wizard::{Interrupt, MultiPrompt};

const PAGE: usize = 10;

/// Raw mode for the life of the prompt.
struct Raw;

impl Raw {
    fn on() -> std::io::Result<Raw> {
        terminal::enable_raw_mode()?;
        Ok(Raw)
    }
}

impl Drop for Raw {
    fn drop(&mut self) {
        let _ = terminal::disable_raw_mode();
    }
}

struct State<'p, 'a> {
    prompt: &'p MultiPrompt<'a>,
    filter: String,
    cursor: usize,
    checked: BTreeSet<usize>,
    problem: Option<String>,
    /// Rows drawn last time (to go back up over them).
    drawn: u16,
}

impl State<'_, '_> {
    fn visible(&self) -> Vec<usize> {
        let filter = self.filter.to_lowercase();
        (0..self.prompt.choices.len())
            .filter(|&i| self.prompt.choices[i].label.to_lowercase().contains(&filter))
            .collect()
    }

    fn selection(&self) -> Vec<usize> {
        self.checked.iter().copied().collect()
    }

    /// The seat line for what is checked now, or why it is too many.
    fn seats(&self) -> Option<String> {
        let counter = self.prompt.seats.as_ref()?;
        Some(match counter.line(&self.selection()) {
            Ok(line) => line,
            Err(reason) => format!("! {reason}"),
        })
    }

    fn lines(&self, width: usize) -> Vec<String> {
        let cut = |s: String| fit(s, width);
        let mut out = vec![cut(format!("? {} {}", self.prompt.message, self.filter))];
        let visible = self.visible();
        let start = (self.cursor / PAGE) * PAGE;
        for (k, &i) in visible.iter().enumerate().skip(start).take(PAGE) {
            let arrow = if k == self.cursor { '>' } else { ' ' };
            let mark = if self.checked.contains(&i) { "[x]" } else { "[ ]" };
            out.push(cut(format!("{arrow} {mark} {}", self.prompt.choices[i].label)));
        }
        if let Some(seats) = self.seats() {
            out.push(cut(seats));
        }
        if let Some(problem) = &self.problem {
            out.push(cut(format!("! {problem}")));
        }
        out.push(cut(format!("[{}]", self.prompt.help)));
        out
    }

    fn draw(&mut self, out: &mut impl Write) -> std::io::Result<()> {
        let width = terminal::size().map_or(80, |(w, _)| usize::from(w.max(20)));
        if self.drawn > 1 {
            queue!(out, cursor::MoveUp(self.drawn - 1))?;
        }
        queue!(
            out,
            cursor::MoveToColumn(0),
            terminal::Clear(terminal::ClearType::FromCursorDown)
        )?;
        let lines = self.lines(width);
        write!(out, "{}", lines.join("\r\n"))?;
        out.flush()?;
        self.drawn = u16::try_from(lines.len()).unwrap_or(u16::MAX);
        Ok(())
    }

    /// Handles a key: `Some(result)` when the prompt ends.
    fn key(&mut self, key: KeyEvent) -> Option<Result<Vec<usize>, Interrupt>> {
        let visible = self.visible();
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Char('c') if ctrl => return Some(Err(Interrupt::Cancel)),
            KeyCode::Esc => return Some(Err(Interrupt::Back)),
            KeyCode::Enter => {
                let selection = self.selection();
                match self.prompt.validate(&selection) {
                    Ok(()) => return Some(Ok(selection)),
                    Err(reason) => self.problem = Some(reason),
                }
            }
            KeyCode::Char(' ') => {
                if let Some(&i) = visible.get(self.cursor) {
                    self.problem = None;
                    if !self.checked.remove(&i) {
                        match self.prompt.blocked.get(i).cloned().flatten() {
                            Some(reason) => self.problem = Some(reason),
                            None => {
                                self.checked.insert(i);
                            }
                        }
                    }
                }
            }
            KeyCode::Up => self.cursor = self.cursor.saturating_sub(1),
            KeyCode::Down if self.cursor + 1 < visible.len() => self.cursor += 1,
            KeyCode::PageUp => self.cursor = self.cursor.saturating_sub(PAGE),
            KeyCode::PageDown => self.cursor = (self.cursor + PAGE).min(visible.len().saturating_sub(1)),
            KeyCode::Backspace => {
                self.filter.pop();
                self.cursor = 0;
            }
            KeyCode::Char(c) if !ctrl => {
                self.filter.push(c);
                self.cursor = 0;
            }
            _ => {}
        }
        None
    }
}

/// Asks `prompt` in the terminal with the live seat count; the answer line is left behind as
/// inquire leaves it (`? question › the checked options`).
pub fn ask(prompt: &MultiPrompt<'_>) -> std::io::Result<Result<Vec<usize>, Interrupt>> {
    let mut out = std::io::stdout();
    let mut state = State {
        prompt,
        filter: String::new(),
        cursor: 0,
        checked: prompt.checked.iter().copied().collect(),
        problem: None,
        drawn: 0,
    };
    let result = {
        let _raw = Raw::on()?;
        state.draw(&mut out)?;
        loop {
            if let Event::Key(key) = event::read()? {
                if key.kind == KeyEventKind::Release {
                    continue;
                }
                if let Some(result) = state.key(key) {
                    break result;
                }
                state.draw(&mut out)?;
            }
        }
    };
    // The widget gives way to one line with the answer.
    if state.drawn > 1 {
        queue!(out, cursor::MoveUp(state.drawn - 1))?;
    }
    queue!(
        out,
        cursor::MoveToColumn(0),
        terminal::Clear(terminal::ClearType::FromCursorDown)
    )?;
    let answer: Vec<&str> = match &result {
        Ok(selection) => selection
            .iter()
            .filter_map(|&i| prompt.choices.get(i))
            .map(|c| c.aliases.first().unwrap_or(&c.key).as_str())
            .collect(),
        Err(_) => Vec::new(),
    };
    writeln!(out, "? {} › {}", prompt.message, answer.join(", "))?;
    out.flush()?;
    Ok(result)
}

/// `s` cut to fit in fewer than `width` terminal columns, with an ellipsis when cut. Columns,
/// not characters: a Han or kana character takes two, and a line that wraps would break the
/// redraw.
fn fit(s: String, width: usize) -> String {
    if UnicodeWidthStr::width(s.as_str()) < width {
        return s;
    }
    let mut used = 0;
    let mut out = String::new();
    for c in s.chars() {
        let w = UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > width.saturating_sub(2) {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::fit;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn lines_are_cut_by_columns_in_every_script() {
        for s in [
            "? Velg brukere: Åse Ødegård (ase@contoso.no)",
            "? 选择用户：王小明 (xiaoming@contoso.cn) 还剩 7 个许可证",
            "? ユーザーを選択してください：山田太郎",
            "? בחר משתמשים: דנה לוי (dana@contoso.co.il)",
            "? Choisissez des utilisateurs : Élodie Martin",
        ] {
            for width in [10, 20, 30] {
                let cut = fit(s.to_owned(), width);
                assert!(
                    cut.width() < width,
                    "{cut:?} is {} columns, over {width}",
                    cut.width()
                );
                assert!(cut.ends_with('…'), "{cut:?}");
            }
            assert_eq!(fit(s.to_owned(), 200), s, "a line that fits is kept whole");
        }
    }
}
