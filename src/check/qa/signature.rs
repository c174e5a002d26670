//! What a translation must tell apart between two English texts, for `inconsistent-source`:
//! their numbers and codes (tokens with a digit), link destinations, and their upper-case
//! abbreviations. One translation for English texts that differ only in wording (`Create
//! user`, `Creating a user`) is consistent, not a defect; for texts that differ in these
//! (`an A5 subscription`, `an E5 subscription`; `Configure DKIM`, `Configure SPF`) one of the
//! translations is wrong.
//!
//! An abbreviation against its expansion is wording, not a difference (`Configure MFA` and
//! `Configure multifactor authentication`, `FAQ` and `frequently asked questions`: only one
//! side has an abbreviation), and so is a longer and a shorter form of one (`AAD Graph` and
//! `Azure AD Graph`: `AD` is inside `AAD`).

/// The numbers, codes and URLs of a text (sorted), and its upper-case abbreviations.
fn parts(source: &str) -> (Vec<&str>, Vec<&str>) {
    let mut fixed = Vec::new();
    let mut caps = Vec::new();
    for t in source
        .split(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '.' | '/' | ':' | '-')))
        .map(|t| t.trim_matches(['.', ':', '-', '/']))
    {
        if t.chars().any(|c| c.is_ascii_digit()) || t.contains("://") {
            fixed.push(t);
        } else if t.chars().count() >= 2 && t.chars().all(|c| c.is_ascii_uppercase()) {
            caps.push(t);
        }
    }
    fixed.sort_unstable();
    caps.sort_unstable();
    caps.dedup();
    (fixed, caps)
}

/// Whether two English texts differ in what a translation must tell apart.
pub fn differ(a: &str, b: &str) -> bool {
    let ((fa, ca), (fb, cb)) = (parts(a), parts(b));
    if fa != fb {
        return true;
    }
    if ca.is_empty() || cb.is_empty() {
        return false; // an abbreviation on one side only: its expansion on the other
    }
    let covered = |x: &[&str], y: &[&str]| x.iter().all(|t| y.iter().any(|u| u.contains(t) || t.contains(u)));
    !(covered(&ca, &cb) && covered(&cb, &ca))
}

/// Whether any two of the English texts differ ([`differ`]).
pub fn any_differ<'a>(sources: impl IntoIterator<Item = &'a str>) -> bool {
    let all: Vec<&str> = sources.into_iter().collect();
    all.iter()
        .enumerate()
        .any(|(i, a)| all[i + 1..].iter().any(|b| differ(a, b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_numbers_links_and_abbreviations_differ() {
        assert!(differ(
            "To activate an A5 subscription",
            "To activate an E5 subscription"
        ));
        assert!(differ("Configure DKIM", "Configure SPF"));
        assert!(differ("See [this](https://a/b)", "See [this](https://a/c)"));
        assert!(!differ("Create user", "Creating a user"));
        assert!(!differ("Configure MFA", "Configure multifactor authentication"));
        assert!(!differ(
            "Apps using AAD Graph may stop.",
            "Apps using Azure AD Graph may stop."
        ));
        assert!(!differ(
            "Office 2019 FAQ",
            "Office 2019 frequently asked questions"
        ));
        assert!(any_differ(["Buy A3", "Buy A3", "Buy E3"]));
        assert!(!any_differ(["Buy A3", "Buy A3"]));
    }
}
