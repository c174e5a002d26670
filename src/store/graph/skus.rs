//! The tenant's subscribed SKUs, kept for the life of the store session: every search and
//! user read names the licenses by part number from them, and reading `/subscribedSkus` for
//! each would cost one request per search. Seats are read fresh where they count: by
//! [`list_skus`](crate::store::LicenseStore::list_skus) and before every write (its seat check
//! and the seats after it), and a write that may change seats drops what is kept, so the next
//! read fetches the counts again.

use std::sync::Mutex;

use crate::store::{Sku, StoreError};

/// The SKUs last read, if still valid.
#[derive(Debug, Default)]
pub(super) struct Kept(Mutex<Option<Vec<Sku>>>);

impl Kept {
    /// The SKUs kept, else those `read` returns (then kept).
    pub(super) fn get_or_read(
        &self,
        read: impl FnOnce() -> Result<Vec<Sku>, StoreError>,
    ) -> Result<Vec<Sku>, StoreError> {
        if let Some(skus) = self.lock().as_ref() {
            return Ok(skus.clone());
        }
        let skus = read()?;
        self.put(&skus);
        Ok(skus)
    }

    /// Keeps `skus`, just read.
    pub(super) fn put(&self, skus: &[Sku]) {
        *self.lock() = Some(skus.to_vec());
    }

    /// Drops what is kept: seats may have changed.
    pub(super) fn forget(&self) {
        *self.lock() = None;
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Vec<Sku>>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_skus_are_read_once_until_forgotten() {
        let kept = Kept::default();
        let mut reads = 0;
        for _ in 0..3 {
            kept.get_or_read(|| {
                reads += 1;
                Ok(Vec::new())
            })
            .unwrap();
        }
        assert_eq!(reads, 1);
        kept.forget();
        kept.get_or_read(|| {
            reads += 1;
            Ok(Vec::new())
        })
        .unwrap();
        assert_eq!(reads, 2);
    }

    #[test]
    fn a_failed_read_keeps_nothing() {
        let kept = Kept::default();
        let failed = kept.get_or_read(|| Err(StoreError::UserNotFound { user: "x".into() }));
        assert!(failed.is_err());
        let mut reads = 0;
        kept.get_or_read(|| {
            reads += 1;
            Ok(Vec::new())
        })
        .unwrap();
        assert_eq!(reads, 1);
    }
}
