//! corpus (to be written).
