//! Throughput of extraction and checking, against a raw regex scan in the same run.

fn main() {}
