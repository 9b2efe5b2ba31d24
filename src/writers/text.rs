//! `--format text`: the English article, for reading: title, captions and paragraphs in their
//! places, paragraph breaks kept.
//!
//! Consecutive pairs of the same block (`Segment::block`) join with a space into one paragraph;
//! a new block starts a new paragraph after a blank line. Segments kept verbatim (credits,
//! editor initials) appear as they are. Pairs without a segment (alignment beads) have no block:
//! consecutive body sentences share a paragraph and every title, caption or credit stands alone.
//! An empty English side (a 1-0 bead) writes nothing. Each document after the first starts
//! after a blank line too.
use super::{english_text, PairWriter, Sink};
use crate::pairs::Pair;
use crate::segment::SegmentKind;
use std::io::{self, Write};

pub struct TextWriter {
    out: Sink,
    /// the paragraph the last written pair belongs to, if anything was written
    last: Option<Paragraph>,
}

/// What decides whether two pairs share a paragraph.
#[derive(PartialEq)]
enum Paragraph {
    Block(String, usize),
    /// body sentences without a block: they run on
    Run(String),
    /// a title, caption or credit without a block: it never shares a paragraph
    Alone,
}

impl TextWriter {
    pub fn new(out: Sink) -> Self {
        TextWriter { out, last: None }
    }

    /// Gives back the sink (e.g. a memory sink after `finish`).
    pub fn into_sink(self) -> Sink {
        self.out
    }
}

fn paragraph_of(pair: &Pair) -> Paragraph {
    match pair.segment() {
        Some(segment) => Paragraph::Block(segment.doc.clone(), segment.block),
        None if pair.kind() == SegmentKind::Sentence => Paragraph::Run(pair.doc().to_string()),
        None => Paragraph::Alone,
    }
}

impl PairWriter for TextWriter {
    fn begin(&mut self) -> io::Result<()> {
        Ok(())
    }

    fn pair(&mut self, pair: &Pair) -> io::Result<()> {
        let text = english_text(pair);
        if text.is_empty() {
            return Ok(());
        }
        let paragraph = paragraph_of(pair);
        match &self.last {
            None => {}
            Some(last) if *last == paragraph && paragraph != Paragraph::Alone => {
                self.out.write_all(b" ")?
            }
            Some(_) => self.out.write_all(b"\n\n")?,
        }
        self.out.write_all(text.as_bytes())?;
        self.last = Some(paragraph);
        self.out.end_pair()
    }

    fn finish(&mut self) -> io::Result<()> {
        if self.last.is_some() {
            self.out.write_all(b"\n")?;
        }
        self.out.commit()
    }
}
