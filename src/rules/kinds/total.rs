//! The `total` rule kind.

use crate::rules::kinds::{Compile, Env, OptionError};
use crate::rules::{Check, CheckContext, Hit};

declare_kind! {
    /// ## What it flags
    /// Not yet implemented: this kind reports nothing.
    pub struct Total = "total" {}
}

impl Compile for Total {
    fn compile(&self, _env: &Env) -> Result<Box<dyn Check>, Vec<OptionError>> {
        Ok(Box::new(Compiled))
    }
}

/// The compiled check.
#[derive(Debug)]
struct Compiled;

impl Check for Compiled {
    fn check(&self, _cx: &CheckContext<'_>, _out: &mut Vec<Hit>) {}
}
