//! The integration tests: one binary, one module per area.

mod checkset;
mod cli;
mod fixtures;
mod formats;
mod formats_input;
