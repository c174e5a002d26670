//! What the checks build once and reuse, so that a whole corpus is checked at close to the
//! speed of reading it: the terms of a settings and locale (built once, not once per
//! document), and an Aho–Corasick automaton over the do-not-translate names (one pass over a
//! message instead of one substring search per name).
//!
//! Everything here is a cache or a prefilter: it never decides a finding, it only lets the
//! rules in [`super::qa`] skip work whose answer is known (a name that does not occur in a
//! text anywhere does not occur in it as a whole word either).

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

use aho_corasick::AhoCorasick;

use super::qa::Terms;
use super::Config;

/// How many settings/locale pairs (and automata per thread) are kept.
const KEEP: usize = 16;

/// The terms [`Config::terms`] gives for `locale`, built once per settings and locale and
/// shared afterwards (a corpus has thousands of documents and a handful of locales).
pub fn terms(config: &Config, locale: &str) -> Arc<Terms> {
    static CACHE: Mutex<Vec<(Config, String, Arc<Terms>)>> = Mutex::new(Vec::new());
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, _, terms)) = cache.iter().find(|(c, l, _)| l == locale && c == config) {
        return terms.clone();
    }
    let terms = config.terms(locale);
    if cache.len() >= KEEP {
        cache.remove(0);
    }
    cache.push((config.clone(), locale.to_owned(), terms.clone()));
    terms
}

/// The automata of one set of [`Terms`].
#[derive(Debug)]
pub struct Prepared {
    /// Over `Terms::dnt`, pattern i being `dnt[i]`; None when a name is empty.
    dnt: Option<AhoCorasick>,
}

impl Prepared {
    fn new(terms: &Terms) -> Prepared {
        let dnt = if terms.dnt.iter().any(String::is_empty) {
            None
        } else {
            AhoCorasick::new(&terms.dnt).ok()
        };
        Prepared { dnt }
    }

    /// The indices (into `Terms::dnt`) of the names that occur in `text` anywhere, in
    /// increasing order; None when that cannot be told (every name must then be looked for).
    pub fn dnt_in(&self, text: &str) -> Option<Vec<usize>> {
        let ac = self.dnt.as_ref()?;
        let mut found: Vec<usize> = Vec::new();
        for m in ac.find_overlapping_iter(text) {
            found.push(m.pattern().as_usize());
        }
        found.sort_unstable();
        found.dedup();
        Some(found)
    }

    /// Whether the name `dnt[i]` may occur in a text of which [`Prepared::dnt_in`] said `found`.
    pub fn may_have(found: &Option<Vec<usize>>, i: usize) -> bool {
        found.as_ref().is_none_or(|f| f.binary_search(&i).is_ok())
    }
}

thread_local! {
    /// The automata built by this thread, with the terms they are for (kept alive, so that an
    /// address stands for one set of terms).
    static PREPARED: RefCell<Vec<(Arc<Terms>, Rc<Prepared>)>> = const { RefCell::new(Vec::new()) };
}

/// The automata of `terms`, built once per thread and set of terms (the terms are shared by
/// every message of a locale through [`terms`]).
pub fn prepared(terms: &Arc<Terms>) -> Rc<Prepared> {
    PREPARED.with(|cell| {
        let mut cache = cell.borrow_mut();
        if let Some((_, p)) = cache.iter().find(|(t, _)| Arc::ptr_eq(t, terms)) {
            return p.clone();
        }
        let p = Rc::new(Prepared::new(terms));
        if cache.len() >= KEEP {
            cache.remove(0);
        }
        cache.push((terms.clone(), p.clone()));
        p
    })
}

/// The automata of `terms` if this thread has built them (through [`prepared`]).
pub fn prepared_for(terms: &Terms) -> Option<Rc<Prepared>> {
    PREPARED.with(|cell| {
        let cache = cell.borrow();
        let found = cache.iter().find(|(t, _)| std::ptr::eq(Arc::as_ptr(t), terms));
        found.map(|(_, p)| p.clone())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_built_once_per_settings_and_locale() {
        let config = Config::default();
        let a = terms(&config, "nb-no");
        assert!(Arc::ptr_eq(&a, &terms(&config, "nb-no")));
        assert_eq!(*a, *config.terms("nb-no"));
        let other = Config {
            do_not_translate: vec!["Fabrikam".into()],
            ..Config::default()
        };
        let b = terms(&other, "nb-no");
        assert!(b.dnt.contains(&"Fabrikam".to_owned()) && !a.dnt.contains(&"Fabrikam".to_owned()));
    }

    #[test]
    fn the_automaton_finds_every_name_a_substring_search_finds() {
        let terms = Arc::new(Terms::with_defaults(&["x x".into()], true));
        let p = prepared(&terms);
        for text in [
            "Open Microsoft Teams and Microsoft 365 admin center",
            "Bruk Office 365 i Teams",
            "ax x x",
            "",
        ] {
            let found = p.dnt_in(text);
            for (i, term) in terms.dnt.iter().enumerate() {
                assert_eq!(
                    Prepared::may_have(&found, i),
                    text.contains(term.as_str()),
                    "{term} in {text}"
                );
            }
        }
        let empty = Arc::new(Terms::with_defaults(&[String::new()], false));
        assert!(prepared(&empty).dnt_in("x").is_none());
    }
}
