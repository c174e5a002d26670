//! Times of day for the `number` rule: `3:00 AM` is one time, not the numbers 3 and 0, and a
//! translation may write it the way its locale does: `03.00` (Norwegian, Finnish, Thai),
//! `15:00` (24-hour clocks), `3 h 00` / `15h30` (French), `3点` / `3時30分` / `3시 30분`
//! (Chinese, Japanese, Korean), in any script's digits. A time is keyed `h:mm` with the hour
//! taken modulo 12, so `3:00 PM` and `15.00` are the same time.
//!
//! The characters these functions read are already normalised by `text::number_list`'s
//! caller: every Unicode `Nd` digit as its ASCII digit, full-width and Arabic separators as `.`
//! and `,`.

/// The run of ASCII digits at `i` and its value, at most `max` digits long (None if longer).
fn digits_at(chars: &[char], i: usize, max: usize) -> Option<(u32, usize)> {
    let n = chars[i.min(chars.len())..]
        .iter()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if n == 0 || n > max {
        return None;
    }
    let v = chars[i..i + n]
        .iter()
        .fold(0, |v, c| v * 10 + c.to_digit(10).unwrap_or(0));
    Some((v, i + n))
}

/// Exactly two digits at `i`, not followed by a third: minutes or seconds.
fn two_digits(chars: &[char], i: usize) -> Option<(u32, usize)> {
    let (v, end) = digits_at(chars, i, 2)?;
    (end == i + 2).then_some((v, end))
}

/// `AM`, `PM`, `a.m.`, `p.m.` (any case) after optional spaces at `i`, as a whole word: where
/// it ends.
fn meridiem(chars: &[char], i: usize) -> Option<usize> {
    let spaces = chars[i.min(chars.len())..]
        .iter()
        .take_while(|c| matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .count();
    let at = i + spaces;
    // the next four characters (at most) in ASCII lower case, compared with the ASCII forms
    // character by character: no string is made
    let lower = chars[at.min(chars.len())..]
        .iter()
        .take(4)
        .map(|c| c.to_ascii_lowercase());
    for form in ["a.m.", "p.m.", "am", "pm"] {
        if lower.clone().take(form.len()).eq(form.chars()) {
            let end = at + form.len();
            let word_ends = !chars.get(end).is_some_and(|c| c.is_alphanumeric());
            if word_ends {
                return Some(end);
            }
        }
    }
    None
}

/// The key of a time: the hour modulo 12 and the minutes.
fn key(hour: u32, minutes: u32) -> String {
    format!("{}:{minutes:02}", hour % 12)
}

/// A time written the English way at `i` (the start of a digit run): `3:00`, `13:45:10`,
/// `3:00 AM`, `3 PM`, `11 a.m.`; its key and where it ends. A ratio (`16:9`, `1:1`) is not a
/// time: the minutes are two digits.
pub fn time_at(chars: &[char], i: usize) -> Option<(String, usize)> {
    let (hour, mut end) = digits_at(chars, i, 2)?;
    let mut minutes = None;
    if chars.get(end) == Some(&':') {
        if let Some((m, e)) = two_digits(chars, end + 1) {
            minutes = Some(m);
            end = e;
            if chars.get(end) == Some(&':') {
                if let Some((_, e)) = two_digits(chars, end + 1) {
                    end = e;
                }
            }
        }
    }
    let am_pm = meridiem(chars, end);
    if minutes.is_none() && am_pm.is_none() {
        return None;
    }
    let minutes = minutes.unwrap_or(0);
    let hour_ok = if am_pm.is_some() {
        (1..=12).contains(&hour)
    } else {
        hour <= 24
    };
    (hour_ok && minutes < 60).then(|| (key(hour, minutes), am_pm.unwrap_or(end)))
}

/// Hour/minute separators of the clocks of other locales: `.` (nb, fi, th, da), `h` (fr),
/// and the hour words of Chinese, Japanese and Korean (`点`, `時`, `时`, `시`).
const HOUR_WORDS: &[char] = &['点', '點', '時', '时', '시'];

/// Every time a translation writes, in any locale's clock, as keys: besides [`time_at`]'s forms,
/// `03.00` (not a date `12.04.2020` nor a version `1.2.3`), `3 h 00`, `15h30`, `15 h`, `3点`,
/// `3点半`, `3時30分`, `3시 30분`.
pub fn clock_times(chars: &[char]) -> Vec<String> {
    let mut out = Vec::new();
    let space = |c: Option<&char>| c.is_some_and(|c| matches!(c, ' ' | '\u{a0}' | '\u{202f}'));
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i].is_ascii_digit() && (i == 0 || !chars[i - 1].is_ascii_digit());
        let after_dot = i >= 2 && matches!(chars[i - 1], '.' | ':') && chars[i - 2].is_ascii_digit();
        if !starts || after_dot {
            i += 1;
            continue;
        }
        if let Some((k, end)) = time_at(chars, i) {
            out.push(k);
            i = end;
            continue;
        }
        let Some((hour, end)) = digits_at(chars, i, 2) else {
            i += 1;
            continue;
        };
        let mut j = end;
        while space(chars.get(j)) {
            j += 1;
        }
        let sep = chars.get(j).copied();
        let mut k = j + 1;
        while space(chars.get(k)) {
            k += 1;
        }
        let found = match sep {
            Some('.') if j == end => two_digits(chars, j + 1).filter(|(_, e)| {
                // a date or a version goes on: `12.04.2020`, `1.10.3`
                !(chars.get(*e) == Some(&'.') && chars.get(e + 1).is_some_and(char::is_ascii_digit))
            }),
            Some('h' | 'H') => {
                let word_ends = !chars.get(j + 1).is_some_and(|c| c.is_alphabetic());
                match two_digits(chars, k) {
                    Some(m) => Some(m),
                    None if word_ends => Some((0, j + 1)),
                    None => None,
                }
            }
            Some(c) if HOUR_WORDS.contains(&c) => match chars.get(k) {
                Some('半') => Some((30, k + 1)),
                Some(d) if d.is_ascii_digit() => digits_at(chars, k, 2)
                    .filter(|(m, e)| *m < 60 && matches!(chars.get(*e), Some('分' | '분')))
                    .map(|(m, e)| (m, e + 1))
                    .or(Some((0, j + 1))),
                _ => Some((0, j + 1)),
            },
            _ => None,
        };
        match found {
            Some((minutes, e)) if hour <= 24 && minutes < 60 => {
                out.push(key(hour, minutes));
                i = e;
            }
            _ => i = end,
        }
    }
    out
}

/// Whether a time of the source (`3:00`) is in the translation's numbers: as a time, or, on
/// the hour and where the translation writes no clock time, as its hour in a 12- or 24-hour
/// clock (`kl. 15`, `上午 3 …`).
pub fn time_kept(time: &str, have: &mut std::collections::HashMap<String, usize>) -> bool {
    let clock = have.keys().any(|k| k.contains(':'));
    let mut take = |k: &str| match have.get_mut(k) {
        Some(n) if *n > 0 => {
            *n -= 1;
            true
        }
        _ => false,
    };
    if take(time) {
        return true;
    }
    // a translation that writes a clock time writes this one as a time too
    if clock {
        return false;
    }
    let Some(hour) = time.strip_suffix(":00").and_then(|h| h.parse::<u32>().ok()) else {
        return false;
    };
    let hours = if hour == 0 {
        vec![12, 0, 24]
    } else {
        vec![hour, hour + 12]
    };
    hours.iter().any(|h| take(&h.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn english_times_are_read_whole() {
        assert_eq!(time_at(&chars("3:00 AM UTC"), 0), Some(("3:00".into(), 7)));
        assert_eq!(time_at(&chars("3 PM"), 0).map(|t| t.0), Some("3:00".into()));
        assert_eq!(
            time_at(&chars("11 a.m. on"), 0).map(|t| t.0),
            Some("11:00".into())
        );
        assert_eq!(time_at(&chars("15:30:10"), 0).map(|t| t.0), Some("3:30".into()));
        // ratios, counts and plain numbers are not times
        for s in ["16:9", "1:1", "3 apps", "30 AMD", "13 PM"] {
            assert_eq!(time_at(&chars(s), 0), None, "{s}");
        }
    }

    #[test]
    fn clocks_of_every_locale() {
        for (locale, text) in [
            ("nb-NO", "fra og med kl. 03.00 UTC"),
            ("sv-SE", "från kl. 15.00"),
            ("fr-FR", "à partir de 3 h 00 UTC"),
            ("fr-FR", "à 15h00"),
            ("zh-CN", "从凌晨 3:00 开始"),
            ("zh-CN", "下午3点"),
            ("he-IL", "החל מ-3:00 לפנות בוקר"),
            ("ja-JP", "午前3時"),
            ("ko-KR", "오후 3시"),
            ("th-TH", "เวลา 15.00 น."),
            ("ar-SA", "الساعة 3:00 ص"),
        ] {
            let normal: Vec<char> = text
                .chars()
                .map(|c| {
                    crate::check::script::digit_value(c)
                        .and_then(|v| char::from_digit(v, 10))
                        .unwrap_or(c)
                })
                .collect();
            assert_eq!(clock_times(&normal), ["3:00"], "{locale}: {text}");
        }
        assert_eq!(clock_times(&chars("下午3点半")), ["3:30"]);
        assert_eq!(clock_times(&chars("3時30分")), ["3:30"]);
        // dates and versions are not clocks
        assert!(clock_times(&chars("25.04.2020 og 1.10.3")).is_empty());
        assert!(clock_times(&chars("5 heures")).is_empty());
    }

    #[test]
    fn a_time_on_the_hour_may_be_its_hour() {
        let mut have = std::collections::HashMap::from([("15".to_owned(), 1)]);
        assert!(time_kept("3:00", &mut have));
        assert!(!time_kept("3:00", &mut have), "used once");
        let mut have = std::collections::HashMap::from([("3".to_owned(), 1)]);
        assert!(!time_kept("3:30", &mut have));
    }

    /// `meridiem` as it was: the next four characters in a string.
    fn meridiem_reference(chars: &[char], i: usize) -> Option<usize> {
        let spaces = chars[i.min(chars.len())..]
            .iter()
            .take_while(|c| matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
            .count();
        let at = i + spaces;
        let lower: String = chars[at.min(chars.len())..]
            .iter()
            .take(4)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        for form in ["a.m.", "p.m.", "am", "pm"] {
            if lower.starts_with(form) {
                let end = at + form.len();
                let word_ends = !chars.get(end).is_some_and(|c| c.is_alphanumeric());
                if word_ends {
                    return Some(end);
                }
            }
        }
        None
    }

    #[test]
    fn meridiems_are_read_as_before_in_every_script() {
        let texts = [
            "3 AM",
            "3 a.m. x",
            "3\u{a0}PM",
            "3\u{202f}p.m.",
            "3 pm.",
            "3 PMx",
            "3 a.M",
            "3 a.",
            "3 p",
            "3 am午",
            "3 amé",
            "3 Ａm",
            "3 ām",
            "3 ＡＭ",
            "3 a.m",
            "3 午前",
            "3 ص",
            "3 น.",
            "3 π.μ.",
            "3 дп",
            "3 पूर्वाह्न",
            "3 ",
            "3",
            "3 a",
            "3 am1",
            "3 am_",
            "3 a.m.b",
            "3  am",
        ];
        for t in texts {
            let chars = chars(t);
            for i in 0..=chars.len() + 1 {
                assert_eq!(meridiem(&chars, i), meridiem_reference(&chars, i), "{t:?} at {i}");
            }
        }
    }
}
