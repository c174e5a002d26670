//! Integration tests, one module per area. See tests/README.md for how to add one.

mod common;
mod engine_catalogs;
mod store_cli;
mod store_contract;
mod store_process;
mod store_sqlite;
