//! What the checks need to know about writing systems, from data rather than Latin habits:
//! the script of a character, which scripts separate words with spaces, sentence-final
//! punctuation per script, decimal digits of every Unicode `Nd` run compared by value,
//! locales that space before `: ; ! ?` (French), bidi direction, and how long a translation
//! in a script usually runs against English.
//!
//! The digit table is generated (`data/gen_digits.py`, from the Unicode database); the script
//! ranges below are the blocks of the Unicode `Scripts.txt` property for the scripts the checks
//! treat differently (everything else is [`Script::Other`] and treated like Latin).

#[path = "data/digits.rs"]
mod digits;

/// A writing system, as far as the checks tell them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Script {
    /// Latin letters (and any script not listed: spaced, left to right).
    Latin,
    /// Greek.
    Greek,
    /// Cyrillic.
    Cyrillic,
    /// Hebrew.
    Hebrew,
    /// Arabic (Arabic, Persian, Urdu).
    Arabic,
    /// Devanagari and the other Brahmic scripts of India.
    Indic,
    /// Thai.
    Thai,
    /// Lao.
    Lao,
    /// Khmer.
    Khmer,
    /// Myanmar.
    Myanmar,
    /// Han ideographs (Chinese hanzi, Japanese kanji).
    Han,
    /// Hiragana.
    Hiragana,
    /// Katakana (with the prolonged sound mark and half-width forms).
    Katakana,
    /// Hangul.
    Hangul,
    /// Punctuation, digits, symbols, spaces: no script of their own.
    Common,
    /// A letter of a script not listed.
    Other,
}

/// The script of a character.
pub fn script(c: char) -> Script {
    let u = c as u32;
    match u {
        0x41..=0x5a | 0x61..=0x7a | 0xc0..=0x24f | 0x1e00..=0x1eff | 0xff21..=0xff3a | 0xff41..=0xff5a
            if c.is_alphabetic() =>
        {
            Script::Latin
        }
        0x370..=0x3ff | 0x1f00..=0x1fff if c.is_alphabetic() => Script::Greek,
        0x400..=0x52f if c.is_alphabetic() => Script::Cyrillic,
        0x591..=0x5f4 | 0xfb1d..=0xfb4f => Script::Hebrew,
        0x600..=0x6ff | 0x750..=0x77f | 0x8a0..=0x8ff | 0xfb50..=0xfdff | 0xfe70..=0xfeff if !matches!(u, 0x60c | 0x61b | 0x61f | 0x640 | 0x660..=0x669 | 0x6f0..=0x6f9) => {
            Script::Arabic
        }
        0x900..=0xdff if c.is_alphabetic() => Script::Indic,
        0xe01..=0xe3a | 0xe40..=0xe4e => Script::Thai,
        0xe81..=0xedf if c.is_alphabetic() => Script::Lao,
        0x1780..=0x17ff | 0x19e0..=0x19ff if c.is_alphabetic() => Script::Khmer,
        0x1000..=0x109f | 0xaa60..=0xaa7f if c.is_alphabetic() => Script::Myanmar,
        0x2e80..=0x2fdf
        | 0x3005
        | 0x3007
        | 0x3021..=0x3029
        | 0x3400..=0x4dbf
        | 0x4e00..=0x9fff
        | 0xf900..=0xfaff
        | 0x20000..=0x3134f => Script::Han,
        0x3041..=0x309f => Script::Hiragana,
        0x30a0..=0x30ff | 0x31f0..=0x31ff | 0xff66..=0xff9f => Script::Katakana,
        0x1100..=0x11ff | 0x3130..=0x318f | 0xac00..=0xd7af => Script::Hangul,
        _ if c.is_alphabetic() => Script::Other,
        _ => Script::Common,
    }
}

/// Whether a script writes words without spaces between them (Han, kana, Thai, Lao, Khmer,
/// Myanmar): a letter right after a link or bold run is correct there.
pub fn spaceless(s: Script) -> bool {
    matches!(
        s,
        Script::Han
            | Script::Hiragana
            | Script::Katakana
            | Script::Thai
            | Script::Lao
            | Script::Khmer
            | Script::Myanmar
    )
}

/// Whether a character belongs to a script without word spaces, or is full-width or CJK
/// punctuation (which carries its own spacing).
pub fn is_spaceless_char(c: char) -> bool {
    spaceless(script(c)) || matches!(c as u32, 0x3000..=0x303f | 0xff00..=0xff65)
}

/// The main script of a locale (`zh-CN` → Han, `he-IL` → Hebrew), from its language subtag
/// (and script subtag when given).
pub fn locale_script(locale: &str) -> Script {
    let lower = locale.to_ascii_lowercase();
    let mut parts = lower.split(['-', '_']);
    let lang = parts.next().unwrap_or_default();
    if let Some(s) = parts.find(|p| p.len() == 4) {
        match s {
            "hans" | "hant" | "jpan" => return Script::Han,
            "arab" => return Script::Arabic,
            "cyrl" => return Script::Cyrillic,
            "latn" => return Script::Latin,
            _ => {}
        }
    }
    match lang {
        "zh" | "ja" | "yue" => Script::Han,
        "ko" => Script::Hangul,
        "th" => Script::Thai,
        "lo" => Script::Lao,
        "km" => Script::Khmer,
        "my" => Script::Myanmar,
        "he" | "iw" | "yi" => Script::Hebrew,
        "ar" | "fa" | "ur" | "ps" | "ug" => Script::Arabic,
        "hi" | "mr" | "ne" | "bn" | "gu" | "pa" | "ta" | "te" | "kn" | "ml" | "or" | "si" => Script::Indic,
        "el" => Script::Greek,
        "ru" | "uk" | "bg" | "sr" | "mk" | "be" | "kk" => Script::Cyrillic,
        _ => Script::Latin,
    }
}

/// Whether the locale's script writes words without spaces.
pub fn locale_spaceless(locale: &str) -> bool {
    spaceless(locale_script(locale))
}

/// Whether a locale's script is written right to left.
pub fn locale_rtl(locale: &str) -> bool {
    matches!(locale_script(locale), Script::Hebrew | Script::Arabic)
}

/// The sentence-final punctuation a character stands for, per script: `.` (also `。` `．` `｡`
/// `۔` `।` `॥` `።` `။` `។`), `?` (also `？` `؟` `;` in Greek, `፧`), `!` (`！`), `:` (`：`),
/// `;` (`；` `؛`).
pub fn sentence_mark(c: char, locale: &str) -> Option<&'static str> {
    match c {
        '.' | '…' | '。' | '．' | '｡' | '۔' | '।' | '॥' | '።' | '။' | '។' => Some("."),
        '?' | '？' | '؟' | '፧' => Some("?"),
        ';' if locale_script(locale) == Script::Greek => Some("?"),
        '\u{37e}' => Some("?"), // Greek question mark
        '!' | '！' => Some("!"),
        ':' | '：' => Some(":"),
        ';' | '；' | '؛' => Some(";"),
        _ => None,
    }
}

/// Whether the locale's script ends sentences with a mark at all (Thai and Lao do not: a
/// space ends a sentence).
pub fn has_sentence_period(locale: &str) -> bool {
    !matches!(locale_script(locale), Script::Thai | Script::Lao)
}

/// The value of a decimal digit of any script (`7`, `٧`, `۷`, `७`, `๗`, `７`): every Unicode
/// `Nd` character, like `char::to_digit(10)` beyond ASCII.
pub fn digit_value(c: char) -> Option<u32> {
    let u = c as u32;
    if c.is_ascii_digit() {
        return Some(u - 0x30);
    }
    if u < 0x660 {
        return None;
    }
    let i = digits::ZEROS.partition_point(|&z| z <= u);
    let zero = *digits::ZEROS.get(i.checked_sub(1)?)?;
    (u - zero < 10).then_some(u - zero)
}

/// Whether a character is a decimal digit of any script.
pub fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// Whether the locale writes a (no-break) space before `: ; ! ?` and inside `« »` (French).
pub fn spaces_before_high_punctuation(locale: &str) -> bool {
    locale.to_ascii_lowercase().starts_with("fr")
}

/// A strong bidi direction: Some(true) right to left, Some(false) left to right, None neutral.
pub fn strong_rtl(c: char) -> Option<bool> {
    match script(c) {
        Script::Hebrew | Script::Arabic => Some(true),
        Script::Common => None,
        _ if c.is_alphabetic() => Some(false),
        _ => None,
    }
}

/// How many English characters one character of a script stands for, on average: Han ideographs
/// carry about 2.6 (calibrated on the zh-CN corpus: the median ratio 0.38 becomes 0.81 and no
/// message of 50+ characters falls outside 0.35–2.5); kana and Hangul are estimates (2.0, 1.9);
/// other scripts count one.
pub fn length_weight(c: char) -> f64 {
    match script(c) {
        Script::Han => 2.6,
        Script::Hiragana | Script::Katakana => 2.0,
        Script::Hangul => 1.9,
        _ if matches!(c as u32, 0x3000..=0x303f | 0xff00..=0xffef) => 2.0,
        _ => 1.0,
    }
}

/// A text's length in English-equivalent characters ([`length_weight`]).
pub fn weighted_len(text: &str) -> f64 {
    // (an ASCII character is Latin or common: one)
    text.chars()
        .map(|c| if c.is_ascii() { 1.0 } else { length_weight(c) })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_of_the_five_locales_and_others() {
        assert_eq!(script('å'), Script::Latin);
        assert_eq!(script('é'), Script::Latin);
        assert_eq!(script('设'), Script::Han);
        assert_eq!(script('א'), Script::Hebrew);
        assert_eq!(script('ب'), Script::Arabic);
        assert_eq!(script('ก'), Script::Thai);
        assert_eq!(script('を'), Script::Hiragana);
        assert_eq!(script('ア'), Script::Katakana);
        assert_eq!(script('한'), Script::Hangul);
        assert_eq!(script('7'), Script::Common);
        assert_eq!(script('。'), Script::Common);
        for (locale, s) in [
            ("nb-NO", Script::Latin),
            ("sv-SE", Script::Latin),
            ("zh-CN", Script::Han),
            ("he-IL", Script::Hebrew),
            ("fr-FR", Script::Latin),
            ("th-TH", Script::Thai),
            ("ar-SA", Script::Arabic),
            ("sr-Latn-RS", Script::Latin),
        ] {
            assert_eq!(locale_script(locale), s, "{locale}");
        }
    }

    #[test]
    fn spacing_per_script() {
        for c in ['文', 'を', 'ア', 'ก', 'ລ', 'ក', 'က', '。'] {
            assert!(is_spaceless_char(c), "{c}");
        }
        for c in ['a', 'å', 'é', 'א', 'ب', '한', 'я'] {
            assert!(!is_spaceless_char(c), "{c}");
        }
        assert!(locale_spaceless("zh-CN") && locale_spaceless("th-TH") && locale_spaceless("ja-JP"));
        for l in ["nb-NO", "sv-SE", "he-IL", "fr-FR", "ko-KR"] {
            assert!(!locale_spaceless(l), "{l}");
        }
        assert!(spaces_before_high_punctuation("fr-FR") && spaces_before_high_punctuation("fr-ca"));
        assert!(!spaces_before_high_punctuation("nb-NO"));
    }

    #[test]
    fn sentence_punctuation_per_script() {
        assert_eq!(sentence_mark('。', "zh-CN"), Some("."));
        assert_eq!(sentence_mark('？', "zh-CN"), Some("?"));
        assert_eq!(sentence_mark('؟', "ar-SA"), Some("?"));
        assert_eq!(sentence_mark('۔', "ur-PK"), Some("."));
        assert_eq!(sentence_mark(';', "el-GR"), Some("?"));
        assert_eq!(sentence_mark(';', "fr-FR"), Some(";"));
        assert_eq!(sentence_mark('.', "he-IL"), Some("."));
        assert_eq!(sentence_mark('.', "sv-SE"), Some("."));
        assert_eq!(sentence_mark('।', "hi-IN"), Some("."));
        assert!(!has_sentence_period("th-TH") && has_sentence_period("zh-CN"));
    }

    #[test]
    fn digits_of_every_script_by_value() {
        for (c, v) in [
            ('3', 3),
            ('٣', 3),
            ('۳', 3),
            ('३', 3),
            ('๓', 3),
            ('３', 3),
            ('০', 0),
            ('၉', 9),
            ('𝟘', 0),
        ] {
            assert_eq!(digit_value(c), Some(v), "{c}");
        }
        for c in ['a', '三', 'x', '½', '²', '.'] {
            assert_eq!(digit_value(c), None, "{c}");
        }
    }

    #[test]
    fn bidi_directions() {
        assert_eq!(strong_rtl('א'), Some(true));
        assert_eq!(strong_rtl('م'), Some(true));
        assert_eq!(strong_rtl('a'), Some(false));
        assert_eq!(strong_rtl('设'), Some(false));
        assert_eq!(strong_rtl(' '), None);
        assert_eq!(strong_rtl('('), None);
        assert!(locale_rtl("he-IL") && locale_rtl("ar") && !locale_rtl("fr-FR"));
    }

    #[test]
    fn han_counts_as_about_two_and_a_half_english_characters() {
        let ratio = weighted_len("在电子邮件或日历事件中插入图片")
            / "Insert pictures in an email message or calendar event".len() as f64;
        assert!((0.35..2.5).contains(&ratio), "{ratio}");
        assert_eq!(weighted_len("abc"), 3.0);
    }
}
