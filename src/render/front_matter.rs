//! Front matter for a document rendered in another locale than its own: `title` and
//! `ms.contentlocale` follow the locale; every other line stays as it was.

use crate::doc::Doc;

/// The front matter of `doc` with `title` (asked of `title` only then) and `ms.contentlocale`
/// set for `locale`, or `None` if the document has no front matter, or segments inside it (a
/// broken, translated one), or is already in `locale`.
pub fn localized(doc: &Doc, locale: &str, title: impl FnOnce() -> Option<String>) -> Option<String> {
    let fm = doc.front_matter()?;
    if fm.locale() == Some(locale) || !doc.segments_in(&fm.range).is_empty() {
        return None;
    }
    let title = title();
    let title = title.as_deref();
    let mut out = String::with_capacity(fm.range.len() + 32);
    for line in doc.slice(&fm.range).split_inclusive('\n') {
        let ending = &line[line.trim_end_matches(['\r', '\n']).len()..];
        if let (Some(title), true) = (title, line.starts_with("title:")) {
            out.push_str(&format!("title: {}{ending}", yaml_scalar(title)));
        } else if line.starts_with("ms.contentlocale:") {
            out.push_str(&format!("ms.contentlocale: {locale}{ending}"));
        } else {
            out.push_str(line);
        }
    }
    Some(out)
}

/// Replaces the front matter at the start of `rendered` (a render of `doc`) by `front_matter`.
pub fn replace(doc: &Doc, rendered: &mut String, front_matter: &str) {
    if let Some(fm) = doc.front_matter() {
        rendered.replace_range(..fm.range.len(), front_matter);
    }
}

/// A YAML plain scalar if `s` is safe as one, else a double-quoted one.
fn yaml_scalar(s: &str) -> String {
    let plain = !s.is_empty()
        && !s.starts_with(|c: char| "-?:,[]{}#&*!|>'\"%@`".contains(c) || c.is_whitespace())
        && !s.ends_with(char::is_whitespace)
        && !s.contains(": ")
        && !s.contains(" #")
        && !s.contains(['\n', '\r']);
    if plain {
        s.to_owned()
    } else {
        format!(
            "\"{}\"",
            s.replace('\\', "\\\\")
                .replace('"', "\\\"")
                .replace('\n', "\\n")
                .replace('\r', "\\r")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str =
        "---\ntitle: Tilordne lisenser\nms.contentlocale: nb-NO\nms.topic: article\n---\n# x\n";

    #[test]
    fn title_and_locale_follow_the_rendered_locale() {
        let doc = Doc::parse("x.md", TEXT.to_owned());
        let fm = localized(&doc, "en-US", || Some("Assign licenses: how".into())).unwrap();
        assert_eq!(
            fm,
            "---\ntitle: \"Assign licenses: how\"\nms.contentlocale: en-US\nms.topic: article\n---\n"
        );
        let mut rendered = TEXT.to_owned();
        replace(&doc, &mut rendered, &fm);
        assert!(rendered.ends_with("---\n# x\n"));
        assert!(rendered.starts_with("---\ntitle: \"Assign"));
    }

    #[test]
    fn the_own_locale_keeps_the_front_matter() {
        let doc = Doc::parse("x.md", TEXT.to_owned());
        assert_eq!(localized(&doc, "nb-NO", || Some("T".into())), None);
    }

    #[test]
    fn plain_titles_stay_plain() {
        assert_eq!(
            yaml_scalar("Assign or unassign licenses"),
            "Assign or unassign licenses"
        );
        assert_eq!(yaml_scalar("[Åššîîĝñ]"), "\"[Åššîîĝñ]\"");
    }
}
