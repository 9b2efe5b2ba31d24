//! Sentence-boundary F1 against one-sentence-per-line gold files (to be written).
