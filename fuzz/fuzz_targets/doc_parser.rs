//! Bytes → `Doc::from_bytes`; on success every consumer of a parsed document runs on it, and
//! the bilingual writer with the document's own halves must give back the input byte for byte.
#![no_main]

use libfuzzer_sys::fuzz_target;
use taskguide::doc::Doc;
use taskguide::l10n::texts;
use taskguide::locale as negotiate;
use taskguide::render::{self, Embedded};

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = Doc::from_bytes("fuzz.md", data.to_vec()) else {
        assert!(std::str::from_utf8(data).is_err(), "valid UTF-8 was refused");
        return;
    };
    let mut out = String::new();
    render::markdown(&doc, &Embedded::Target(&doc), &mut out);
    out.clear();
    render::bilingual(&doc, &Embedded::Target(&doc), &Embedded::Source(&doc), &mut out);
    assert!(
        out.as_bytes() == doc.text().as_bytes(),
        "bilingual round trip changed the text"
    );
    let _ = doc.outline();
    let localized = texts::localize(&doc, &negotiate::en_us(), None).expect("no catalogs, no I/O");
    let _ = taskguide::task::steps(&doc, &localized, &localized.ids);
});
