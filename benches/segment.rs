//! Segmentation throughput in MB/s (criterion). Not a test: it only measures.
fn main() {}
