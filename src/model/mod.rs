//! Models: list, fetch and convert (to be written).
