//! `--format html`: a self-contained side-by-side review page (work in progress).
use super::{Options, PairWriter, Sink};
use crate::pairs::Pair;
use std::io::{self, Write};

pub struct HtmlWriter {
    out: Sink,
    #[allow(dead_code)]
    options: Options,
}

impl HtmlWriter {
    pub fn new(out: Sink, options: Options) -> Self {
        HtmlWriter { out, options }
    }
}

impl PairWriter for HtmlWriter {
    fn begin(&mut self) -> io::Result<()> {
        self.out.write_all(b"<!DOCTYPE html>\n<table>\n")
    }

    fn pair(&mut self, pair: &Pair) -> io::Result<()> {
        let (source, _) = super::xml::text(&pair.source);
        let (target, _) = super::xml::text(&pair.target);
        writeln!(
            self.out,
            "<tr class=\"pair\"><td>{source}</td><td>{target}</td></tr>"
        )?;
        self.out.end_pair()
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.write_all(b"</table>\n")?;
        self.out.commit()
    }
}
