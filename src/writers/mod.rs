//! Stage 6: output formats, one file per format behind one streaming [`PairWriter`] trait.
//!
//! Every writer streams: [`PairWriter::begin`] once, [`PairWriter::pair`] per pair in document
//! order, [`PairWriter::finish`] once. Files are written to a temporary name and renamed into
//! place only when the run succeeds, so a failed run leaves no half-written output.
use crate::pairs::Pair;
use std::io;

/// A streaming writer of pairs.
pub trait PairWriter {
    fn begin(&mut self) -> io::Result<()>;
    fn pair(&mut self, pair: &Pair) -> io::Result<()>;
    fn finish(&mut self) -> io::Result<()>;
}
