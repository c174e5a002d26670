//! Front matter for a document rendered in a locale: `title` and `description` from the
//! catalogs (else, in another locale than the document's own, the title from the rendered first
//! heading), `ms.contentlocale` the rendered locale, and `ms.translationtype: MT` dropped unless
//! the text really is machine translation; every other line stays as it was.

use crate::doc::Doc;

/// What the front matter of a rendered document is made from, besides the document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Front {
    /// The `title` message, if a catalog has it.
    pub title: Option<String>,
    /// The `description` message, if a catalog has it.
    pub description: Option<String>,
    /// Whether some of the rendered text is machine translation.
    pub machine: bool,
}

/// The front matter of `doc` rendered in `locale`, or `None` when it stays as it is (no front
/// matter, segments inside it (a broken, translated one), or nothing to change). `title` is
/// asked only for another locale than the document's without a `title` message.
pub fn localized(
    doc: &Doc,
    locale: &str,
    front: &Front,
    title: impl FnOnce() -> Option<String>,
) -> Option<String> {
    let fm = doc.front_matter()?;
    if !doc.segments_in(&fm.range).is_empty() {
        return None;
    }
    let own = fm.locale() == Some(locale);
    let title = match &front.title {
        Some(t) if fm.title() != Some(t.as_str()) => Some(t.clone()),
        Some(_) => None,
        None if own => None,
        None => title(),
    };
    let description = front
        .description
        .as_deref()
        .filter(|d| fm.get("description") != Some(*d));
    let drop_mt = !front.machine
        && fm
            .translation_type()
            .is_some_and(|t| t.eq_ignore_ascii_case("MT"));
    if own && title.is_none() && description.is_none() && !drop_mt {
        return None;
    }
    let mut out = String::with_capacity(fm.range.len() + 32);
    for line in doc.slice(&fm.range).split_inclusive('\n') {
        let ending = &line[line.trim_end_matches(['\r', '\n']).len()..];
        if let (Some(title), true) = (title.as_deref(), line.starts_with("title:")) {
            out.push_str(&format!("title: {}{ending}", yaml_scalar(title)));
        } else if let (Some(d), true) = (description, line.starts_with("description:")) {
            out.push_str(&format!("description: {}{ending}", yaml_scalar(d)));
        } else if line.starts_with("ms.contentlocale:") {
            out.push_str(&format!("ms.contentlocale: {locale}{ending}"));
        } else if drop_mt && line.starts_with("ms.translationtype:") {
            // not machine translation in this output
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
        let fm = localized(&doc, "en-US", &Front::default(), || {
            Some("Assign licenses: how".into())
        })
        .unwrap();
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
        assert_eq!(
            localized(&doc, "nb-NO", &Front::default(), || Some("T".into())),
            None
        );
    }

    #[test]
    fn a_catalog_title_and_description_replace_the_front_matters_and_mt_goes_unless_machine() {
        let text = "---\ntitle: Tilordne\ndescription: Slik gjør du\nms.translationtype: MT\nms.contentlocale: nb-NO\n---\n# x\n";
        let doc = Doc::parse("x.md", text.to_owned());
        let front = Front {
            title: Some("Tildele lisenser".into()),
            description: Some("Slik: tildel".into()),
            machine: false,
        };
        let fm = localized(&doc, "nb-NO", &front, || None).unwrap();
        assert_eq!(
            fm,
            "---\ntitle: Tildele lisenser\ndescription: \"Slik: tildel\"\nms.contentlocale: nb-NO\n---\n"
        );
        let machine = Front {
            machine: true,
            ..Default::default()
        };
        assert_eq!(localized(&doc, "nb-NO", &machine, || None), None);
        let en = localized(&doc, "en-US", &Front::default(), || Some("Assign".into())).unwrap();
        assert!(
            !en.contains("translationtype") && en.contains("ms.contentlocale: en-US"),
            "{en}"
        );
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
