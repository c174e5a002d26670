//! Integration tests, one module per area. See tests/README.md for how to add one.

mod common;
mod engine_catalogs;
mod store_contract;
