//! No input makes the parser, renderer or step builder panic, and every input that is UTF-8
//! round-trips byte for byte: truncated, byte-flipped and tag-deleted variants of corpus files,
//! and arbitrary strings.

use proptest::prelude::*;
use taskguide::doc::Doc;
use taskguide::l10n::texts::localize;
use taskguide::locale::en_us;
use taskguide::render::{self, Embedded};

use super::common::corpus;

/// Parses, renders every way, builds the outline and steps; asserts the bilingual round trip.
fn exercise(bytes: Vec<u8>) {
    let Ok(doc) = Doc::from_bytes("variant.md", bytes) else {
        return;
    };
    let mut out = String::new();
    render::bilingual(&doc, &Embedded::Target(&doc), &Embedded::Source(&doc), &mut out);
    assert_eq!(out, doc.text(), "bilingual round trip");
    out.clear();
    render::markdown(&doc, &Embedded::Target(&doc), &mut out);
    let localized = localize(&doc, &en_us(), None).expect("no catalogs, no I/O");
    let _ = taskguide::task::steps(&doc, &localized, &localized.ids);
    for d in doc.located_diagnostics() {
        assert!(d.pos.line >= 1 && d.pos.col >= 1);
    }
}

fn variants(bytes: &[u8], seed: usize) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let n = bytes.len();
    for k in 1..8 {
        out.push(bytes[..n * k / 8].to_vec()); // truncated, possibly mid-character
    }
    for k in 0..8 {
        let mut v = bytes.to_vec();
        let at = (seed * 7919 + k * 104_729) % n.max(1);
        if let Some(b) = v.get_mut(at) {
            *b ^= 1 << (k % 8); // one flipped bit
        }
        out.push(v);
    }
    let text = String::from_utf8_lossy(bytes);
    for tag in [
        "</span>",
        "<span data-ttu-id=\"",
        "<span class=\"sxs-lookup\">",
        "\">",
        "---",
    ] {
        for (at, _) in text.match_indices(tag).take(3) {
            let mut v = text.as_bytes().to_vec();
            v.drain(at..at + tag.len());
            out.push(v);
        }
    }
    out
}

#[test]
fn corrupted_corpus_files_never_panic_and_still_round_trip() {
    let Some(dir) = corpus("nb-NO", "sxs") else { return };
    let files = taskguide::fsutil::markdown_files(&dir).unwrap();
    let mut count = 0;
    for (i, path) in files.iter().enumerate().step_by(10) {
        let bytes = std::fs::read(path).unwrap();
        for v in variants(&bytes, i) {
            exercise(v);
            count += 1;
        }
    }
    eprintln!("{count} corrupted variants parsed, rendered and round-tripped");
    assert!(count > 5000);
}

fn doc_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<span data-ttu-id=\"a-1\">".to_owned()),
        Just("</span>".to_owned()),
        Just("<span class=\"sxs-lookup\"><span data-stu-id=\"a-1\">".to_owned()),
        Just("</span></span>".to_owned()),
        Just("<span>".to_owned()),
        Just("---\n".to_owned()),
        Just("\n1. ".to_owned()),
        Just("**".to_owned()),
        Just("[x](u)".to_owned()),
        "[a-zæøå \\\\>\n]{0,12}",
        any::<String>(),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn arbitrary_documents_never_panic_and_round_trip(text in doc_like()) {
        exercise(text.into_bytes());
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        exercise(bytes);
    }
}
