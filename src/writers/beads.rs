//! `selaras align --beads`: one `[id idxs]:[en idxs]` line per bead, in the gold format of
//! `selaras eval alignment` (see [`format_bead`]), so a run can be scored directly.
//!
//! Written over a [`Sink`] like every output: a file appears only at [`BeadWriter::finish`].
use super::{Destination, Sink};
use crate::eval::alignment::format_bead;
use crate::pairs::Bead;
use std::io::{self, Write};

/// A streaming writer of beads: [`bead`](BeadWriter::bead) per bead in order, then
/// [`finish`](BeadWriter::finish). Dropped without `finish`, it leaves no file.
pub struct BeadWriter {
    out: Sink,
}

impl BeadWriter {
    pub fn new(out: Sink) -> Self {
        BeadWriter { out }
    }

    /// Opens `destination` (a file is created as a temporary file at once, so an unwritable
    /// directory fails here).
    pub fn create(destination: &Destination) -> io::Result<Self> {
        Ok(BeadWriter::new(Sink::open(destination)?))
    }

    /// Gives back the sink (e.g. a memory sink after `finish`).
    pub fn into_sink(self) -> Sink {
        self.out
    }

    /// Writes one bead's line.
    pub fn bead(&mut self, bead: &Bead) -> io::Result<()> {
        writeln!(self.out, "{}", format_bead(bead))
    }

    /// Flushes and moves a file output into place. Nothing may be written after it.
    pub fn finish(&mut self) -> io::Result<()> {
        self.out.commit()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_per_bead() {
        let beads = [
            Bead {
                source: vec![0],
                target: vec![0],
            },
            Bead {
                source: vec![1],
                target: vec![1, 2],
            },
            Bead {
                source: vec![],
                target: vec![3],
            },
        ];
        let mut writer = BeadWriter::new(Sink::memory());
        for bead in &beads {
            writer.bead(bead).unwrap();
        }
        writer.finish().unwrap();
        let text = String::from_utf8(writer.into_sink().into_bytes()).unwrap();
        assert_eq!(text, "[0]:[0]\n[1]:[1, 2]\n[]:[3]\n");
    }
}
