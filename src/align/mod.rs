//! Alignment of an article with an existing English version (to be written).
