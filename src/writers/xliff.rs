//! `--format xliff`: XLIFF 2.0 for CAT tools, `srcLang="id"` and `trgLang="en"`.
//!
//! Each document is a `file` (`original` = its id) and each pair a `unit` with notes for
//! `kind`, `seq`, `in_quote`, `duplicate_of`, `score` and `flags` (the last four only when they
//! say something), and one `segment state="translated"` with `source` and `target`. Whitespace
//! in the text is preserved. Characters XML 1.0 forbids are removed and the pair flagged
//! `xml_chars_removed`. With no pairs at all the document still has the one `file` XLIFF
//! requires, holding an empty `group`.
use super::{kind_name, xml, PairWriter, Sink};
use crate::pairs::Pair;
use std::collections::HashSet;
use std::io::{self, Write};

pub struct XliffWriter {
    out: Sink,
    /// the document whose `file` element is open
    doc: Option<String>,
    files: usize,
    /// unit ids used in the open `file`; ids must be unique within it
    units: HashSet<String>,
}

impl XliffWriter {
    pub fn new(out: Sink) -> Self {
        XliffWriter {
            out,
            doc: None,
            files: 0,
            units: HashSet::new(),
        }
    }

    /// Gives back the sink (e.g. a memory sink after `finish`).
    pub fn into_sink(self) -> Sink {
        self.out
    }

    fn open_file(&mut self, doc: &str) -> io::Result<()> {
        if self.doc.is_some() {
            self.out.write_all(b"  </file>\n")?;
        }
        self.files += 1;
        self.units.clear();
        self.doc = Some(doc.to_string());
        writeln!(
            self.out,
            "  <file id=\"f{}\" original=\"{}\">",
            self.files,
            xml::attr(doc)
        )
    }

    fn unit_id(&mut self, seq: usize) -> String {
        let mut id = format!("u{seq}");
        let mut again = 1;
        while self.units.contains(&id) {
            again += 1;
            id = format!("u{seq}-{again}");
        }
        self.units.insert(id.clone());
        id
    }
}

impl PairWriter for XliffWriter {
    fn begin(&mut self) -> io::Result<()> {
        self.out.write_all(
            b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"id\" trgLang=\"en\">\n",
        )?;
        self.out.end_pair()
    }

    fn pair(&mut self, pair: &Pair) -> io::Result<()> {
        if self.doc.as_deref() != Some(pair.doc()) {
            self.open_file(pair.doc())?;
        }
        let id = self.unit_id(pair.seq());
        let text = xml::pair_text(pair);
        let out = &mut self.out;
        writeln!(out, "    <unit id=\"{id}\">")?;
        writeln!(out, "      <notes>")?;
        let note = |out: &mut Sink, category: &str, value: &str| {
            writeln!(out, "        <note category=\"{category}\">{value}</note>")
        };
        note(out, "kind", kind_name(pair.kind()))?;
        note(out, "seq", &pair.seq().to_string())?;
        for (name, value) in xml::optional_properties(pair, &text.flags) {
            note(out, name, &value)?;
        }
        writeln!(out, "      </notes>")?;
        writeln!(out, "      <segment state=\"translated\">")?;
        writeln!(
            out,
            "        <source xml:space=\"preserve\">{}</source>",
            text.source
        )?;
        writeln!(
            out,
            "        <target xml:space=\"preserve\">{}</target>",
            text.target
        )?;
        writeln!(out, "      </segment>")?;
        writeln!(out, "    </unit>")?;
        out.end_pair()
    }

    fn finish(&mut self) -> io::Result<()> {
        if self.doc.is_none() {
            self.out
                .write_all(b"  <file id=\"f1\">\n    <group id=\"empty\"/>\n")?;
        }
        self.out.write_all(b"  </file>\n</xliff>\n")?;
        self.out.commit()
    }
}
