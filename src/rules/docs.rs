//! Rule reference docs.
