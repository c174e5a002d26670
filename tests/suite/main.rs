//! Integration tests, one module per area. See tests/README.md for how to add one.

mod check;
mod cli_render;
mod common;
mod corpus;
mod engine_catalogs;
mod fixtures;
mod graph_bulk;
mod graph_cli;
mod graph_fake;
mod graph_store;
mod graph_wizard;
mod layering;
mod robustness;
mod robustness_fs;
mod snapshots;
mod store_cli;
mod store_contract;
mod store_process;
mod store_sqlite;
mod wizard_cli;
mod wizard_flow;
mod wizard_more;
mod wizard_pty;
