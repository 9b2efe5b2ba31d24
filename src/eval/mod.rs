//! Evaluation against gold data: sentence-boundary F1 ([`segmentation`]) and alignment
//! precision, recall and F1 in vecalign's strict and lax senses ([`alignment`]).
pub mod alignment;
pub mod blocks;
pub mod segmentation;
