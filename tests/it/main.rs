//! The integration tests: one binary, one module per area.

mod checkset;
mod cli;
mod docs;
mod extract_dev;
mod fixtures;
mod formats;
mod formats_input;
mod loader;
mod meta;
mod seed;
