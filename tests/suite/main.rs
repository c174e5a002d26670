//! Integration tests, one module per area. See tests/README.md for how to add one.

mod common;
mod corpus;
mod engine_catalogs;
