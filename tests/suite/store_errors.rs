//! Store errors are data: `Display` is the message id and the arguments whatever the locale,
//! the underlying error stays reachable through `source()`, and the user's text is made at the
//! edge (`taskguide::explain::store_error`), in the user's language.

use std::error::Error;

use taskguide::l10n::{engine, parse_locale};
use taskguide::store::graph::RemoteError;
use taskguide::store::{open_store, StoreError};
use taskguide::wizard::WizardError;

fn no_seats() -> StoreError {
    StoreError::NoSeats {
        sku_id: "c5928f49-12ba-48f7-ada3-0d743a3601d5".into(),
        sku_part_number: "VISIOCLIENT".into(),
    }
}

#[test]
fn display_is_the_message_id_and_the_arguments_in_every_locale() {
    for locale in ["en-US", "nb-NO"] {
        // The text a user reads is in their language; Display is not.
        let m = engine::Messages::for_locale(&parse_locale(locale).unwrap());
        assert!(!taskguide::explain::store_error_in(&no_seats(), &m).starts_with("store-error-"));
        assert_eq!(
            no_seats().to_string(),
            "store-error-no-seats: VISIOCLIENT (c5928f49-12ba-48f7-ada3-0d743a3601d5)"
        );
    }
}

#[test]
fn the_explanation_is_made_at_the_edge_in_the_users_language() {
    let en = engine::Messages::for_locale(&parse_locale("en-US").unwrap());
    let nb = engine::Messages::for_locale(&parse_locale("nb-NO").unwrap());
    let english = taskguide::explain::store_error_in(&no_seats(), &en);
    let norwegian = taskguide::explain::store_error_in(&no_seats(), &nb);
    assert!(english.contains("VISIOCLIENT") && norwegian.contains("VISIOCLIENT"));
    assert_ne!(english, norwegian, "{english} / {norwegian}");
    assert!(!english.starts_with("store-error-"), "{english}");
}

#[test]
fn a_storage_failure_keeps_sqlites_error_as_its_source() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("text.db");
    std::fs::write(&path, "not a database\n".repeat(300)).unwrap();
    let err = match open_store(&format!("sqlite:{}", path.display())) {
        Err(e) => e,
        Ok(s) => s.list_skus().unwrap_err(),
    };
    assert!(matches!(err, StoreError::NotAStore { .. }), "{err:?}");
    let source = err.source().expect("SQLite's error as the source");
    assert!(source.to_string().contains("not a database"), "{source}");
}

#[test]
fn remote_errors_are_store_errors_with_their_own_display() {
    let remote = RemoteError::Timeout {
        host: "http://127.0.0.1:9".into(),
    };
    let err = StoreError::from(remote.clone());
    assert_eq!(err.to_string(), remote.to_string());
    assert_eq!(err.to_string(), "graph-error-timeout: http://127.0.0.1:9");
}

#[test]
fn the_wizard_keeps_the_store_error_it_stopped_on() {
    let err = WizardError::Store(no_seats());
    let source = err.source().expect("the store error as the source");
    assert_eq!(source.to_string(), no_seats().to_string());
    assert_eq!(err.to_string(), taskguide::explain::store_error(&no_seats()));
}
