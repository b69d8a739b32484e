//! The integration tests: one binary, one module per area.

mod baseline;
mod checkset;
mod cli;
mod docs;
mod extract;
mod extract_dev;
mod fixtures;
mod formats;
mod formats_input;
mod loader;
mod meta;
mod paths;
mod realtext;
mod runon;
mod seed;
mod suppress;
