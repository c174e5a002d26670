//! Document checks: span pairing (from the parser's diagnostics), the front matter's locale
//! against the folder's, and machine-translated documents (noted as unreviewed).

use super::{Finding, Kind};
use crate::doc::{DiagnosticKind, Doc};

/// Whole-document findings.
pub fn check(doc: &Doc) -> Vec<Finding> {
    let path = super::shown(doc.path());
    check_at(doc, &path, folder_locale(doc).as_deref())
}

/// [`check`], given the document's path as shown (`doc.path().display()`) and its
/// [`folder_locale`].
pub(crate) fn check_at(doc: &Doc, path: &str, folder: Option<&str>) -> Vec<Finding> {
    let finding =
        |offset: usize, kind: Kind, id: String| Finding::new(path.to_owned(), doc.line_col(offset), kind, id);
    let mut out = Vec::new();
    for d in doc.diagnostics() {
        if let Some(id) = pairing_id(&d.kind) {
            out.push(finding(d.offset, Kind::Pairing(d.kind.clone()), id));
        }
    }
    let Some(fm) = doc.front_matter() else {
        return out;
    };
    let at = fm.range.start;
    if let (Some(front), Some(folder)) = (fm.locale(), folder) {
        if !front.eq_ignore_ascii_case(folder) {
            let kind = Kind::LocaleMismatch {
                front: front.to_owned(),
                folder: folder.to_owned(),
            };
            out.push(finding(at, kind, String::new()));
        }
    }
    if fm
        .translation_type()
        .is_some_and(|t| t.eq_ignore_ascii_case("MT"))
    {
        out.push(finding(at, Kind::MachineTranslated, String::new()));
    }
    out
}

/// The segment id a pairing diagnostic is about; None for diagnostics that are not about pairing.
fn pairing_id(kind: &DiagnosticKind) -> Option<String> {
    match kind {
        DiagnosticKind::UnpairedSpan { id } | DiagnosticKind::UnterminatedPair { id } => Some(id.clone()),
        DiagnosticKind::MismatchedIds { target, .. } => Some(target.clone()),
        DiagnosticKind::OrphanSource => Some(String::new()),
        _ => None,
    }
}

/// The last path component that is a locale tag with a region (`…/nb-NO/sxs/x.md` → `nb-NO`).
/// (The answer for the last folder asked about on this thread is kept: the documents of a
/// folder come one after another.)
pub fn folder_locale(doc: &Doc) -> Option<String> {
    use std::cell::RefCell;
    thread_local! {
        static LAST: RefCell<Option<(std::path::PathBuf, Option<String>)>> = const { RefCell::new(None) };
    }
    let parent = doc.path().parent()?;
    LAST.with_borrow_mut(|last| {
        if let Some((folder, found)) = last.as_ref() {
            if folder.as_os_str() == parent.as_os_str() {
                return found.clone();
            }
        }
        let found = locale_of_folder(parent);
        *last = Some((parent.to_path_buf(), found.clone()));
        found
    })
}

/// [`folder_locale`] of a folder.
fn locale_of_folder(folder: &std::path::Path) -> Option<String> {
    folder
        .components()
        .rev()
        .filter_map(|c| c.as_os_str().to_str())
        .find(|c| c.len() == 5 && c.as_bytes()[2] == b'-' && crate::l10n::parse_locale(c).is_ok())
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(path: &str, text: &str) -> Vec<&'static str> {
        check(&Doc::parse(path, text.to_owned()))
            .iter()
            .map(Finding::code)
            .collect()
    }

    #[test]
    fn a_front_matter_locale_other_than_the_folder_is_found() {
        let text = "---\nms.contentlocale: sv-SE\n---\nx\n";
        assert_eq!(codes("content/nb-NO/a.md", text), ["locale-mismatch"]);
        assert!(codes("content/sv-SE/a.md", text).is_empty());
        assert!(codes("a.md", text).is_empty());
    }

    #[test]
    fn the_folder_locale_is_the_same_asked_again_or_after_another_folder() {
        let paths = [
            "content/nb-NO/sxs/a.md",
            "content/nb-NO/sxs/b.md",
            "content/sv-SE/sxs/a.md",
            "content/sv-SE/x-y/a.md",
            "nb-NO/zh-CN/a.md",
            "content/sxs/a.md",
            "a.md",
            "content/nb-NO/sxs/c.md",
        ];
        let want = [
            Some("nb-NO"),
            Some("nb-NO"),
            Some("sv-SE"),
            Some("sv-SE"),
            Some("zh-CN"),
            None,
            None,
            Some("nb-NO"),
        ];
        for _ in 0..2 {
            for (p, w) in paths.iter().zip(want) {
                let doc = Doc::parse(*p, String::new());
                assert_eq!(folder_locale(&doc).as_deref(), w, "{p}");
                let parent = std::path::Path::new(p).parent().unwrap();
                assert_eq!(locale_of_folder(parent).as_deref(), w, "{p}");
            }
        }
    }

    #[test]
    fn machine_translated_docs_are_noted() {
        assert_eq!(
            codes("nb-NO/a.md", "---\nms.translationtype: MT\n---\n"),
            ["machine-translated"]
        );
        assert!(codes("nb-NO/a.md", "---\nms.translationtype: HT\n---\n").is_empty());
    }

    #[test]
    fn unpaired_and_mismatched_spans_are_found() {
        let text = "<span data-ttu-id=\"a-1\">x</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-2\">y</span></span>\n\
                    <span data-ttu-id=\"a-3\">z</span>\n";
        assert_eq!(codes("a.md", text), ["mismatched-ids", "unpaired-span"]);
        let ok = "<span data-ttu-id=\"a-1\">x</span><span class=\"sxs-lookup\"><span data-stu-id=\"a-1\">y</span></span>\n";
        assert!(codes("a.md", ok).is_empty());
    }
}
