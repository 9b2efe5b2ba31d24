//! Alignment scoring against gold beads (to be written).
