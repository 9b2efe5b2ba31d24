//! Stage 3: sentences (to be written).
