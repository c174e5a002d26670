//! Integration tests, one module per area. See tests/README.md for how to add one.

mod cli_render;
mod common;
mod corpus;
mod engine_catalogs;
mod robustness;
mod robustness_fs;
mod snapshots;
mod store_cli;
mod store_contract;
mod store_process;
mod store_sqlite;
