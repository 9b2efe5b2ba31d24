//! The one module that talks to ct2rs (to be written).
