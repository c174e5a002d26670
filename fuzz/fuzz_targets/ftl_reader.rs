//! Arbitrary UTF-8 → `ftl::read` (must not panic); and for any string `s`, writing a one-entry
//! catalog with value `s` and reading it back gives `s` with no errors.
#![no_main]

use libfuzzer_sys::fuzz_target;
use taskguide::l10n::ftl::{self, Catalog, Entry};

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let _ = ftl::read(s);
    let catalog = Catalog {
        header: vec![],
        entries: vec![Entry {
            id: "seg-fuzz".into(),
            comment: vec![],
            value: s.to_owned(),
        }],
    };
    let text = ftl::write(&catalog);
    let back = ftl::read(&text);
    assert_eq!(back.errors, vec![], "errors reading back {text:?}");
    assert_eq!(back.catalog, catalog, "round trip of {s:?} through {text:?}");
});
