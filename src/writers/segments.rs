//! `selaras segment`'s output: the typed segments of stages 1–3, as `jsonl`, `tsv` or `text`.
//!
//! `jsonl` is one [`Segment`] object per line (doc, block, seq, kind, text, span, in_quote,
//! duplicate_of, translate); `tsv` the same fields as columns after a [`TSV_HEADER`] line, doc
//! and text escaped as in the pair TSV; `text` the text of each segment marked `translate`, one
//! per line. It streams begin → segment → finish over a [`Sink`], so a file appears only at
//! `finish`; standard output is flushed there too (segmenting is fast, nothing waits on it).
use super::{tsv, Destination, Sink};
use crate::segment::Segment;
use std::io::{self, Write};

/// The `segment --format` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SegmentFormat {
    Jsonl,
    Tsv,
    Text,
}

crate::named::named_enum!(SegmentFormat {
    Jsonl => "jsonl",
    Tsv => "tsv",
    Text => "text",
}, unknown: |name| format!(
    "unknown segment format '{name}': use one of {}",
    SegmentFormat::names().join(", ")
));

/// The header line of `--format tsv`.
pub const TSV_HEADER: &str =
    "doc\tblock\tseq\tkind\tstart\tend\tin_quote\tduplicate_of\ttranslate\ttext";

/// A streaming writer of segments: [`begin`](SegmentWriter::begin) once,
/// [`segment`](SegmentWriter::segment) per segment, [`finish`](SegmentWriter::finish) once
/// the run has succeeded. Dropped without `finish`, it leaves no file.
pub struct SegmentWriter {
    out: Sink,
    format: SegmentFormat,
    /// one JSON line, built in memory and handed to the sink in one write: serde writes each
    /// token apart, and the sink is a dearer place for small writes than a vector
    line: Vec<u8>,
}

impl SegmentWriter {
    pub fn new(out: Sink, format: SegmentFormat) -> Self {
        SegmentWriter {
            out,
            format,
            line: Vec::new(),
        }
    }

    /// Opens `destination` (a file is created as a temporary file at once, so an unwritable
    /// directory fails here).
    pub fn create(format: SegmentFormat, destination: &Destination) -> io::Result<Self> {
        Ok(SegmentWriter::new(Sink::open(destination)?, format))
    }

    /// Gives back the sink (e.g. a memory sink after `finish`).
    pub fn into_sink(self) -> Sink {
        self.out
    }

    /// Writes the header (tsv only).
    pub fn begin(&mut self) -> io::Result<()> {
        match self.format {
            SegmentFormat::Tsv => writeln!(self.out, "{TSV_HEADER}"),
            SegmentFormat::Jsonl | SegmentFormat::Text => Ok(()),
        }
    }

    /// Writes one segment (in `text`, only a segment marked `translate`).
    pub fn segment(&mut self, segment: &Segment) -> io::Result<()> {
        self.line.clear();
        render(self.format, segment, &mut self.line)?;
        self.out.write_all(&self.line)
    }

    /// Writes segments [`render`]ed already, in this writer's format.
    pub fn rendered(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.out.write_all(bytes)
    }

    /// Flushes and moves a file output into place. Nothing may be written after it.
    pub fn finish(&mut self) -> io::Result<()> {
        self.out.commit()
    }
}

/// Appends `segment` to `out` as `format` writes it (nothing for a segment that the text format
/// leaves out): what a worker thread does, so that the writer only copies bytes in order.
pub fn render(format: SegmentFormat, segment: &Segment, out: &mut Vec<u8>) -> io::Result<()> {
    match format {
        SegmentFormat::Jsonl => {
            serde_json::to_writer(&mut *out, segment)?;
            out.push(b'\n');
            Ok(())
        }
        SegmentFormat::Tsv => writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            tsv::escape(&segment.doc),
            segment.block,
            segment.seq,
            segment.kind.name(),
            segment.span.start,
            segment.span.end,
            segment.in_quote,
            segment
                .duplicate_of
                .map(|d| d.to_string())
                .unwrap_or_default(),
            segment.translate,
            tsv::escape(&segment.text),
        ),
        SegmentFormat::Text if segment.translate => writeln!(out, "{}", segment.text),
        SegmentFormat::Text => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::SegmentKind;
    use crate::span::Span;

    fn segment(text: &str, translate: bool) -> Segment {
        Segment {
            doc: "uji".into(),
            block: 1,
            seq: 2,
            kind: SegmentKind::Sentence,
            text: text.into(),
            span: Span::new(10, 10 + text.len()),
            in_quote: false,
            duplicate_of: None,
            translate,
        }
    }

    fn render(segments: &[Segment], format: SegmentFormat) -> String {
        let mut writer = SegmentWriter::new(Sink::memory(), format);
        writer.begin().unwrap();
        for segment in segments {
            writer.segment(segment).unwrap();
        }
        writer.finish().unwrap();
        String::from_utf8(writer.into_sink().into_bytes()).unwrap()
    }

    #[test]
    fn formats() {
        let s = segment("Harga naik.", true);
        let cases: &[(SegmentFormat, &str)] = &[
            (
                SegmentFormat::Jsonl,
                "{\"doc\":\"uji\",\"block\":1,\"seq\":2,\"kind\":\"sentence\",\"text\":\"Harga naik.\",\
                 \"span\":[10,21],\"in_quote\":false,\"duplicate_of\":null,\"translate\":true}\n",
            ),
            (
                SegmentFormat::Tsv,
                "doc\tblock\tseq\tkind\tstart\tend\tin_quote\tduplicate_of\ttranslate\ttext\n\
                 uji\t1\t2\tsentence\t10\t21\tfalse\t\ttrue\tHarga naik.\n",
            ),
            (SegmentFormat::Text, "Harga naik.\n"),
        ];
        for &(format, expected) in cases {
            assert_eq!(
                render(std::slice::from_ref(&s), format),
                expected,
                "{format}"
            );
        }
        // "[uh/ab]": editor initials are kept verbatim, not translated
        assert_eq!(
            render(&[segment("[uh/ab]", false)], SegmentFormat::Text),
            ""
        );
    }

    #[test]
    fn tsv_fields_stay_one_cell() {
        let table = [
            ("a\tb", "a\\tb"),
            ("baris\nbaru", "baris\\nbaru"),
            ("cr\r\nlf", "cr\\r\\nlf"),
            ("C:\\jalan", "C:\\\\jalan"),
        ];
        for (text, escaped) in table {
            let row = render(&[segment(text, true)], SegmentFormat::Tsv);
            let row = row.lines().nth(1).unwrap();
            assert_eq!(row.rsplit('\t').next(), Some(escaped), "{text:?}");
        }
    }

    #[test]
    fn names_parse_back() {
        for format in SegmentFormat::ALL {
            assert_eq!(format.name().parse(), Ok(format));
        }
        assert_eq!(SegmentFormat::names(), ["jsonl", "tsv", "text"]);
        assert!("csv".parse::<SegmentFormat>().is_err());
    }
}
