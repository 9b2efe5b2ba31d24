//! `--format tmx`: a TMX 1.4b translation memory that validates against the TMX 1.4b DTD.
//!
//! The header names selaras and its version, `segtype="sentence"`, `srclang="id"` and
//! `datatype="plaintext"`. Each pair is one `tu` with `prop`s `x-doc`, `x-seq`, `x-kind`,
//! `x-in-quote`, `x-duplicate-of`, `x-score` and `x-flags` (the last four only when they say
//! something), then a `tuv` for `id` and one for `en`. Characters XML 1.0 forbids are removed
//! and the pair flagged `xml_chars_removed`.
use super::{kind_name, xml, PairWriter, Sink};
use crate::pairs::Pair;
use std::io::{self, Write};

pub struct TmxWriter {
    out: Sink,
}

impl TmxWriter {
    pub fn new(out: Sink) -> Self {
        TmxWriter { out }
    }

    /// Gives back the sink (e.g. a memory sink after `finish`).
    pub fn into_sink(self) -> Sink {
        self.out
    }
}

impl PairWriter for TmxWriter {
    fn begin(&mut self) -> io::Result<()> {
        write!(
            self.out,
            concat!(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n",
                "<tmx version=\"1.4\">\n",
                "  <header creationtool=\"selaras\" creationtoolversion=\"{}\" segtype=\"sentence\"",
                " o-tmf=\"selaras\" adminlang=\"en\" srclang=\"id\" datatype=\"plaintext\"",
                " o-encoding=\"UTF-8\"/>\n",
                "  <body>\n"
            ),
            env!("CARGO_PKG_VERSION")
        )?;
        self.out.end_pair()
    }

    fn pair(&mut self, pair: &Pair) -> io::Result<()> {
        let text = xml::pair_text(pair);
        let out = &mut self.out;
        writeln!(out, "    <tu>")?;
        writeln!(
            out,
            "      <prop type=\"x-doc\">{}</prop>",
            xml::text(pair.doc()).0
        )?;
        writeln!(out, "      <prop type=\"x-seq\">{}</prop>", pair.seq())?;
        writeln!(
            out,
            "      <prop type=\"x-kind\">{}</prop>",
            kind_name(pair.kind())
        )?;
        for (name, value) in xml::optional_properties(pair, &text.flags) {
            let name = name.replace('_', "-");
            writeln!(out, "      <prop type=\"x-{name}\">{value}</prop>")?;
        }
        writeln!(
            out,
            "      <tuv xml:lang=\"id\"><seg>{}</seg></tuv>",
            text.source
        )?;
        writeln!(
            out,
            "      <tuv xml:lang=\"en\"><seg>{}</seg></tuv>",
            text.target
        )?;
        writeln!(out, "    </tu>")?;
        out.end_pair()
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.write_all(b"  </body>\n</tmx>\n")?;
        self.out.commit()
    }
}
