//! The engine's own messages: `locales/<locale>/taskguide.ftl`, embedded at build time.
//!
//! [`messages()`] is the process-wide instance in the user's language (`LC_ALL`, `LC_MESSAGES`,
//! `LANG`, then en-US); [`Messages::for_locale`] builds one for any locale (tests, `--locale`).
//! A message missing in the user's locale falls back along the chain; one missing everywhere
//! formats as its id, so a gap shows instead of crashing (a test keeps the catalogs complete).

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::locale as negotiate;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/engine_locales.rs"));
}

type Bundle = FluentBundle<FluentResource>;

/// Engine messages for one locale chain.
pub struct Messages {
    locale: LanguageIdentifier,
    /// Bidi-isolating bundles: for text shown in a terminal, where a right-to-left argument
    /// must not reorder the sentence around it.
    terminal: Vec<Bundle>,
    /// The same without isolation marks: for machine-read output (JSON, SARIF, files, pipes),
    /// where U+2068/U+2069 around every placeable would end up inside the data.
    plain: Vec<Bundle>,
    /// Whether [`Messages::format`] isolates: only when the text goes to a terminal.
    isolate: bool,
    /// Whether [`Messages::format`] marks left-to-right runs for a right-to-left terminal
    /// (only ever true in a right-to-left locale; see [`super::bidi`]).
    marks: bool,
}

static GLOBAL: OnceLock<Messages> = OnceLock::new();

/// The process-wide messages, in the locale given to [`init`] or else the environment's.
///
/// Whether they isolate arguments with bidi marks is the caller's choice, made once at the
/// edge through [`init`] (the CLI isolates when its output is a terminal); without it they do
/// not, so that a library error prints the same wherever it goes.
pub fn messages() -> &'static Messages {
    GLOBAL.get_or_init(|| {
        let locale = negotiate::env_locale().unwrap_or_else(negotiate::en_us);
        Messages::for_locale(&locale).isolating(false)
    })
}

/// Sets the process-wide locale and whether [`Messages::format`] isolates arguments; the
/// first call (or the first message formatted) wins.
pub fn init(locale: &LanguageIdentifier, isolate: bool) -> &'static Messages {
    GLOBAL.get_or_init(|| Messages::for_locale(locale).isolating(isolate))
}

/// The locales that have an engine catalog, as embedded at build time.
pub fn available() -> Vec<LanguageIdentifier> {
    embedded::EMBEDDED
        .iter()
        .filter_map(|(tag, _)| negotiate::parse_locale(tag).ok())
        .collect()
}

/// The FTL source of the engine catalog for `tag` (`"en-US"`), if there is one.
pub fn catalog_source(tag: &str) -> Option<&'static str> {
    embedded::EMBEDDED
        .iter()
        .find(|(t, _)| *t == tag)
        .map(|(_, src)| *src)
}

impl Messages {
    /// Messages for `requested`, negotiated against the embedded catalogs.
    pub fn for_locale(requested: &LanguageIdentifier) -> Self {
        let chain = negotiate::chain(requested, &available());
        let build = |isolating: bool| -> Vec<Bundle> {
            chain
                .iter()
                .filter_map(|locale| bundle(locale, isolating))
                .collect()
        };
        Messages {
            locale: chain[0].clone(),
            terminal: build(true),
            plain: build(false),
            isolate: true,
            marks: false,
        }
    }

    /// Whether [`Messages::format`] (and [`Messages::directional`]) put bidi marks around the
    /// left-to-right runs of each line, for a terminal showing a right-to-left locale (the
    /// wizard asks for them). Without effect in a left-to-right locale; when on, arguments
    /// are not isolated with U+2068/U+2069 (see [`super::bidi`] for why marks instead).
    pub fn bidi_marks(mut self, marks: bool) -> Self {
        self.marks = marks && super::bidi::is_rtl(&self.locale);
        self
    }

    /// `text` (such as a step of the document) as [`Messages::format`] would show it: with
    /// its left-to-right runs marked if [`Messages::bidi_marks`] is on, else unchanged.
    pub fn directional(&self, text: &str) -> String {
        if self.marks {
            super::bidi::mark_ltr_runs(text)
        } else {
            text.to_owned()
        }
    }

    /// Whether [`Messages::format`] puts bidi isolation marks around arguments.
    pub fn isolating(mut self, isolate: bool) -> Self {
        self.isolate = isolate;
        self
    }

    /// The locale these messages are in (the head of the chain).
    pub fn locale(&self) -> &LanguageIdentifier {
        &self.locale
    }

    /// Formats message `id` for the terminal (isolating arguments if [`Messages::isolating`]).
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        if self.marks {
            return super::bidi::mark_ltr_runs(&format_in(&self.plain, id, args));
        }
        format_in(if self.isolate { &self.terminal } else { &self.plain }, id, args)
    }

    /// Formats message `id` without bidi isolation marks, for machine-read output.
    pub fn format_plain(&self, id: &str, args: Option<&FluentArgs>) -> String {
        format_in(&self.plain, id, args)
    }

    /// Whether any locale of the chain defines `id`.
    pub fn has(&self, id: &str) -> bool {
        self.plain.iter().any(|b| b.has_message(id))
    }
}

fn bundle(locale: &LanguageIdentifier, isolating: bool) -> Option<Bundle> {
    let source = catalog_source(&locale.to_string())?;
    // A syntax error keeps the messages that did parse; the catalog test reports the error.
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(res, _)| res);
    let mut bundle = Bundle::new_concurrent(vec![locale.clone()]);
    bundle.set_use_isolating(isolating);
    bundle.set_formatter(Some(grouping_formatter(locale)));
    let _ = bundle.add_resource(resource); // duplicate ids: the first wins, the test reports it
    Some(bundle)
}

fn format_in(bundles: &[Bundle], id: &str, args: Option<&FluentArgs>) -> String {
    for bundle in bundles {
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle.format_pattern(pattern, args, &mut errors).into_owned();
        }
    }
    id.to_owned()
}

type Formatter<M> = fn(&FluentValue, &M) -> Option<String>;

fn grouping_formatter<M>(locale: &LanguageIdentifier) -> Formatter<M> {
    match grouping_separator(locale) {
        '\u{a0}' => |v, _| format_value(v, '\u{a0}'),
        '.' => |v, _| format_value(v, '.'),
        _ => |v, _| format_value(v, ','),
    }
}

fn format_value(value: &FluentValue, sep: char) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.value.fract() == 0.0 && n.value.abs() < 1e15 => {
            Some(group_digits(n.value as i64, sep))
        }
        _ => None,
    }
}

/// The thousands separator of a locale (CLDR): a no-break space for Nordic languages and
/// French, a full stop for German and its neighbours, otherwise a comma.
pub fn grouping_separator(locale: &LanguageIdentifier) -> char {
    match locale.language.as_str() {
        "nb" | "nn" | "no" | "sv" | "fi" | "fr" | "cs" | "pl" | "ru" | "uk" => '\u{a0}',
        "de" | "da" | "nl" | "es" | "it" | "pt" | "id" | "tr" => '.',
        _ => ',',
    }
}

/// Formats an integer with the thousands separator of `locale` (`2 910` in nb-NO, `2,910` in en-US).
pub fn format_count(n: i64, locale: &LanguageIdentifier) -> String {
    group_digits(n, grouping_separator(locale))
}

/// Formats a number with `decimals` decimals, the locale's decimal mark and grouping
/// (`1 234,5` in nb-NO, `1,234.5` in en-US).
pub fn format_decimal(value: f64, decimals: usize, locale: &LanguageIdentifier) -> String {
    let fixed = format!("{:.*}", decimals, value.abs());
    let (int, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let sep = grouping_separator(locale);
    let mut out = group_digits(int.parse::<i64>().unwrap_or(0), sep);
    if value < 0.0 && value.abs() >= 0.5 * 10f64.powi(-(decimals as i32)) {
        out.insert(0, '-');
    }
    if !frac.is_empty() {
        out.push(if sep == ',' { '.' } else { ',' });
        out.push_str(frac);
    }
    out
}

fn group_digits(n: i64, sep: char) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use unic_langid::langid;

    #[test]
    fn counts_are_grouped_per_locale() {
        assert_eq!(format_count(2910, &langid!("nb-NO")), "2\u{a0}910");
        assert_eq!(format_count(2910, &langid!("en-US")), "2,910");
        assert_eq!(format_count(-1234567, &langid!("de-DE")), "-1.234.567");
        assert_eq!(format_count(999, &langid!("nb-NO")), "999");
    }

    #[test]
    fn decimals_use_the_locale_mark() {
        assert_eq!(format_decimal(1234.56, 1, &langid!("nb-NO")), "1\u{a0}234,6");
        assert_eq!(format_decimal(99.95, 1, &langid!("en-US")), "100.0");
        assert_eq!(format_decimal(-2.6, 0, &langid!("en-US")), "-3");
        assert_eq!(format_decimal(-0.01, 1, &langid!("en-US")), "0.0");
    }

    #[test]
    fn norwegian_environment_gets_norwegian_messages() {
        let nb = Messages::for_locale(&langid!("nn-NO"));
        assert_eq!(nb.locale(), &langid!("nb-NO"));
        let de = Messages::for_locale(&langid!("de-DE"));
        assert_eq!(de.locale(), &langid!("en-US"));
        let fr = Messages::for_locale(&langid!("fr-CA"));
        assert_eq!(fr.locale(), &langid!("fr-FR"));
        assert_eq!(Messages::for_locale(&langid!("sv")).locale(), &langid!("sv-SE"));
    }

    #[test]
    fn plurals_and_grouped_numbers_come_from_fluent() {
        let nb = Messages::for_locale(&langid!("nb-NO"));
        let mut args = FluentArgs::new();
        args.set("count", 1);
        assert_eq!(nb.format_plain("count-files", Some(&args)), "1 fil");
        args.set("count", 2910);
        assert_eq!(nb.format_plain("count-files", Some(&args)), "2\u{a0}910 filer");
        let en = Messages::for_locale(&langid!("en-US"));
        assert_eq!(en.format_plain("count-files", Some(&args)), "2,910 files");
    }

    #[test]
    fn terminal_text_isolates_arguments_and_plain_text_does_not() {
        let en = Messages::for_locale(&langid!("en-US"));
        let mut args = FluentArgs::new();
        args.set("count", 2);
        assert!(en.format("count-files", Some(&args)).contains('\u{2068}'));
        assert!(!en.format_plain("count-files", Some(&args)).contains('\u{2068}'));
    }

    #[test]
    fn the_process_wide_messages_isolate_only_when_the_edge_says_so() {
        // No test of the library calls `init`: the messages a library error is formatted with
        // carry no U+2068/U+2069, whatever stdout is.
        let mut args = FluentArgs::new();
        args.set("count", 2);
        let text = messages().format("count-files", Some(&args));
        assert!(!text.contains('\u{2068}'), "{text:?}");
    }

    #[test]
    fn a_missing_message_formats_as_its_id() {
        let en = Messages::for_locale(&langid!("en-US"));
        assert_eq!(en.format("no-such-message", None), "no-such-message");
    }
}
