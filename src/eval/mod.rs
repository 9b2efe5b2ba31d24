//! Evaluation against gold data: sentence-boundary F1 ([`segmentation`]) and alignment
//! precision, recall and F1 in vecalign's strict and lax senses ([`alignment`]); language
//! identification's precision and recall ([`langid`]).
pub mod alignment;
pub mod blocks;
pub mod langid;
pub mod segmentation;
