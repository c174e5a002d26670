//! Integration tests, one module per area. See tests/README.md for how to add one.

mod check;
mod common;
mod engine_catalogs;
