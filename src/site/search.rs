//! The offline search index of one locale, built at generation time: words for scripts that
//! separate them with spaces, character bigrams for Han, kana and Hangul (which do not).
//! `site.js` cuts the reader's query the same way.

use std::collections::BTreeSet;

/// Whether `c` belongs to a script written without spaces between words.
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF // hiragana, katakana
        | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF // Han
        | 0xAC00..=0xD7AF) // Hangul
}

/// The search terms of `text`: lower-case words of two or more characters, and for CJK runs
/// each character bigram (a lone character as itself). Markup (`<…>`) and link targets
/// (`](…)`) are skipped.
pub fn terms(text: &str, out: &mut BTreeSet<String>) {
    let mut word = String::new();
    let mut run: Vec<char> = Vec::new();
    let mut chars = text.chars().peekable();
    let flush_word = |word: &mut String, out: &mut BTreeSet<String>| {
        if word.chars().count() >= 2 {
            out.insert(std::mem::take(word));
        }
        word.clear();
    };
    let flush_run = |run: &mut Vec<char>, out: &mut BTreeSet<String>| {
        if run.len() == 1 {
            out.insert(run[0].to_string());
        }
        for pair in run.windows(2) {
            out.insert(pair.iter().collect());
        }
        run.clear();
    };
    while let Some(c) = chars.next() {
        if c == '<' || (c == ']' && chars.peek() == Some(&'(')) {
            flush_word(&mut word, out);
            flush_run(&mut run, out);
            let end = if c == '<' { '>' } else { ')' };
            for d in chars.by_ref() {
                if d == end {
                    break;
                }
            }
            continue;
        }
        if is_cjk(c) {
            flush_word(&mut word, out);
            run.push(c);
        } else if c.is_alphanumeric() {
            flush_run(&mut run, out);
            word.extend(c.to_lowercase());
        } else {
            flush_word(&mut word, out);
            flush_run(&mut run, out);
        }
    }
    flush_word(&mut word, out);
    flush_run(&mut run, out);
}

/// One page's entry in its locale's search index (`search-index.js`, which sets
/// `window.TG_SEARCH = {"docs": [entry, …]}`: a script, not JSON, so that it loads from
/// `file://` too): a JSON array of its path relative to the locale folder, its title, and its
/// terms between spaces (` a b c `), which `site.js` matches by prefix (words) or whole
/// (CJK bigrams). An entry per page lets a rebuild put the index together from the entries
/// kept from the previous build and those of the pages rendered again.
pub fn entry(href: &str, title: &str, terms: &str) -> String {
    let terms = format!(" {} ", terms.trim());
    // `</script>` cannot appear: the file is loaded by src, never inlined.
    serde_json::to_string(&(href, title, terms)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<String> {
        let mut out = BTreeSet::new();
        terms(text, &mut out);
        out.into_iter().collect()
    }

    #[test]
    fn words_are_lower_case_and_markup_is_skipped() {
        assert_eq!(
            all("Tildel **lisenser** til <span>brukere</span> [her](https://x.y/z)"),
            ["brukere", "her", "lisenser", "til", "tildel"]
        );
        assert_eq!(all("Tilldela licenser"), ["licenser", "tilldela"]);
        assert_eq!(
            all("Attribuer des licences à l’utilisateur"),
            ["attribuer", "des", "licences", "utilisateur"]
        );
        assert_eq!(all("הקצה רשיונות למשתמשים"), ["הקצה", "למשתמשים", "רשיונות"]);
    }

    #[test]
    fn chinese_is_cut_into_bigrams() {
        assert_eq!(all("分配许可证"), ["分配", "可证", "许可", "配许"]);
        assert_eq!(all("在 Office 365 中"), ["365", "office", "中", "在"]);
    }
}

#[cfg(test)]
mod entry_tests {
    #[test]
    fn an_entry_is_one_json_line_with_spaced_terms() {
        let e = super::entry(
            "AlchemyInsights/x%20y.html",
            "Tildel \"lisenser\"\t",
            "lisens tildel",
        );
        assert_eq!(
            e,
            r#"["AlchemyInsights/x%20y.html","Tildel \"lisenser\"\t"," lisens tildel "]"#
        );
        assert!(!e.contains('\n'));
    }
}
