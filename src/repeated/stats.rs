//! The line counts of a corpus in a file: what `selaras corpus scan` writes and every shard of
//! a run reads (`--line-stats`), so that the shards take the single run's boilerplate
//! decisions without each counting the whole corpus.
//!
//! # What it holds
//! For each [`Origin`], the number of distinct documents counted and, for each distinct line
//! key, the line's prefix and how many distinct documents hold it. The threshold is not in the
//! file: the run that reads it applies its own `--repeated-lines`. The header ties the counts
//! to what they were counted from: the fingerprint of the input list (the one a shard's
//! manifest carries), the options that choose and read the documents, and which part of a
//! split scan they are.
//!
//! # Format, version 1
//! Text lines, and after each origin's line its records, 20 bytes each, sorted by key:
//! ```text
//! selaras line stats 1
//! inputs 3f0c…                  the input list's fingerprint
//! options lang=Id lang_id=…     how documents were chosen and read
//! part all                      or: part I/N, one part of a split scan
//! origins 2
//! origin site "www.example.com" documents 120 lines 3051
//! <3051 records: key u64, prefix u64, documents u32, all little-endian>
//! origin dir "/data/crawl" documents 7 lines 402
//! <402 records>
//! end
//! ```
//! A directory whose path is not UTF-8 is `origin dir-bytes HEX`; standard input's is
//! `origin run`. Origins are sorted, and so are records, so the same counts give the same bytes
//! whatever the order the documents were read in. A file cut short fails to read (the records
//! are counted and `end` must close it).
//!
//! # Cost
//! 20 bytes per distinct line of an origin on disk. Reading it for a run keeps only the
//! repeated lines; merging parts holds every part's records at once.
use super::{CorpusLines, LineCensus, Origin, RepeatedLines};
use crate::error::Error;
use crate::shard::Shard;
use std::collections::BTreeMap;
use std::io::{self, BufRead, Read, Write};
use std::path::{Path, PathBuf};

const MAGIC: &str = "selaras line stats 1";

/// The longest text line a stats file may have (an origin's path); a longer one is not ours.
const MAX_LINE: u64 = 1 << 16;

/// What the counts were counted from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    /// [`crate::shard::inputs_fingerprint`] of the input list
    pub inputs: String,
    /// how documents were chosen and read, as `name=value` words
    pub options: String,
    /// the part of a split scan, or `None` for all documents
    pub part: Option<Shard>,
}

/// One distinct line of an origin.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Record {
    key: u64,
    prefix: u64,
    documents: u32,
}

const RECORD_BYTES: usize = 20;

impl Record {
    fn to_bytes(self) -> [u8; RECORD_BYTES] {
        let mut bytes = [0; RECORD_BYTES];
        bytes[..8].copy_from_slice(&self.key.to_le_bytes());
        bytes[8..16].copy_from_slice(&self.prefix.to_le_bytes());
        bytes[16..].copy_from_slice(&self.documents.to_le_bytes());
        bytes
    }

    fn from_bytes(bytes: &[u8; RECORD_BYTES]) -> Record {
        let word = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap_or([0; 8]));
        Record {
            key: word(0),
            prefix: word(8),
            documents: u32::from_le_bytes(bytes[16..].try_into().unwrap_or([0; 4])),
        }
    }
}

/// The counts of one origin: its distinct documents, and its lines sorted by key.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Counts {
    documents: u64,
    lines: Vec<Record>,
}

/// The counts of a corpus, or of one part of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineStats {
    pub header: Header,
    origins: BTreeMap<Origin, Counts>,
}

impl LineCensus {
    /// The counts, sorted, under `header`.
    pub fn into_stats(self, header: Header) -> LineStats {
        let origins = self
            .origins
            .into_iter()
            .map(|(origin, counts)| {
                let mut lines: Vec<Record> = counts
                    .lines
                    .into_iter()
                    .map(|(key, (documents, prefix))| Record {
                        key,
                        prefix,
                        documents,
                    })
                    .collect();
                lines.sort_unstable_by_key(|r| r.key);
                let documents = counts.documents.len() as u64;
                (origin, Counts { documents, lines })
            })
            .collect();
        LineStats { header, origins }
    }
}

impl LineStats {
    /// Distinct documents counted, over all origins.
    pub fn documents(&self) -> u64 {
        self.origins.values().map(|c| c.documents).sum()
    }

    /// Distinct lines, over all origins (a line of two origins counts twice).
    pub fn lines(&self) -> usize {
        self.origins.values().map(|c| c.lines.len()).sum()
    }

    pub fn origins(&self) -> usize {
        self.origins.len()
    }

    /// How many distinct lines are in at least `min_documents` documents of their origin.
    pub fn repeated(&self, min_documents: usize) -> usize {
        let lines = self.origins.values().flat_map(|c| &c.lines);
        lines
            .filter(|r| super::is_repeated(r.documents, min_documents))
            .count()
    }

    /// Writes the file format (see the module documentation).
    pub fn write_to(&self, out: &mut impl Write) -> io::Result<()> {
        let part = match self.header.part {
            None => "all".to_string(),
            Some(part) => format!("{}/{}", part.index, part.count),
        };
        writeln!(out, "{MAGIC}")?;
        writeln!(out, "inputs {}", self.header.inputs)?;
        writeln!(out, "options {}", self.header.options)?;
        writeln!(out, "part {part}")?;
        writeln!(out, "origins {}", self.origins.len())?;
        for (origin, counts) in &self.origins {
            writeln!(
                out,
                "origin {} documents {} lines {}",
                origin_text(origin),
                counts.documents,
                counts.lines.len()
            )?;
            for record in &counts.lines {
                out.write_all(&record.to_bytes())?;
            }
        }
        writeln!(out, "end")
    }

    /// Writes the file at `path` atomically: it appears only whole.
    pub fn write(&self, path: &Path) -> io::Result<()> {
        let mut sink = crate::writers::Sink::file(path)?;
        self.write_to(&mut sink)
            .map_err(|err| crate::writers::sink::output_error(path.display(), err))?;
        sink.commit()
    }

    /// Reads a whole stats file.
    pub fn read(path: &Path) -> Result<LineStats, Error> {
        let mut origins = BTreeMap::new();
        let header = read_with(path, |origin, documents, lines| {
            let mut records = Vec::new();
            for record in lines {
                records.push(record?);
            }
            let counts = Counts {
                documents,
                lines: records,
            };
            origins.insert(origin, counts);
            Ok(())
        })?;
        Ok(LineStats { header, origins })
    }

    /// The counts of a whole scan from all its parts: `parts` must be parts 0 to N-1 of N,
    /// each once, of one input list and one set of options. Each part counted other documents
    /// (by their text key), so the counts add up.
    pub fn merge(parts: Vec<(PathBuf, LineStats)>) -> Result<LineStats, Error> {
        let bad = bad_file;
        let Some((first_path, first)) = parts.first() else {
            return Err(Error::Usage("no parts to merge".into()));
        };
        let count = match first.header.part {
            Some(part) => part.count,
            None => return Err(bad(first_path, "a whole scan, not a part of one".into())),
        };
        let mut seen: Vec<Option<&Path>> = vec![None; count];
        for (path, stats) in &parts {
            let header = &stats.header;
            let part = match header.part {
                Some(part) if part.count == count => part,
                Some(part) => {
                    return Err(bad(
                        path,
                        format!(
                            "part {} of {}, but '{}' is a part of {count}",
                            part.index,
                            part.count,
                            first_path.display()
                        ),
                    ))
                }
                None => return Err(bad(path, "a whole scan, not a part of one".into())),
            };
            if header.inputs != first.header.inputs {
                return Err(bad(
                    path,
                    format!(
                        "counted from another input list than '{}'",
                        first_path.display()
                    ),
                ));
            }
            if header.options != first.header.options {
                return Err(bad(
                    path,
                    format!(
                        "counted with other options than '{}' ({} against {})",
                        first_path.display(),
                        header.options,
                        first.header.options
                    ),
                ));
            }
            if let Some(other) = seen[part.index].replace(path) {
                return Err(bad(
                    path,
                    format!(
                        "part {} of {count} again ('{}')",
                        part.index,
                        other.display()
                    ),
                ));
            }
        }
        let missing: Vec<usize> = (0..count).filter(|&i| seen[i].is_none()).collect();
        if !missing.is_empty() {
            return Err(Error::Usage(format!(
                "parts {} of {count} are missing: scan them with --shard I/{count}",
                crate::shard::ranges(&missing)
            )));
        }
        let header = Header {
            part: None,
            ..first.header.clone()
        };
        let mut origins: BTreeMap<Origin, Counts> = BTreeMap::new();
        for (_, stats) in parts {
            for (origin, counts) in stats.origins {
                let merged = origins.entry(origin).or_default();
                merged.documents += counts.documents;
                merged.lines.extend(counts.lines);
            }
        }
        for counts in origins.values_mut() {
            counts.lines.sort_unstable_by_key(|r| r.key);
            counts.lines.dedup_by(|later, kept| {
                let same = later.key == kept.key;
                if same {
                    kept.documents = kept.documents.saturating_add(later.documents);
                }
                same
            });
        }
        Ok(LineStats { header, origins })
    }
}

/// The repeated lines of a run from the stats file at `path`, reading it once and keeping only
/// the lines in at least `min_documents` documents. The file must count all documents (not a
/// part) of the run's input list (`inputs`) read with the run's `options`.
pub fn load_repeated(
    path: &Path,
    inputs: &str,
    options: &str,
    min_documents: usize,
) -> Result<CorpusLines, Error> {
    let bad = |problem: String| bad_file(path, problem);
    let mut corpus = CorpusLines::default();
    let header = read_with(path, |origin, _, lines| {
        let mut repeated = RepeatedLines::none();
        for record in lines {
            let record = record?;
            if super::is_repeated(record.documents, min_documents) {
                repeated.insert(record.key, record.prefix);
            }
        }
        if !repeated.is_empty() {
            corpus.origins.insert(origin, repeated);
        }
        Ok(())
    })?;
    if let Some(part) = header.part {
        return Err(bad(format!(
            "the counts of part {} of {} of a scan only: merge all parts with `selaras corpus \
             merge-stats`",
            part.index, part.count
        )));
    }
    if header.inputs != inputs {
        return Err(bad(
            "counted from another input list than this run's: scan the same inputs, in the same \
             order (`selaras corpus scan`)"
                .into(),
        ));
    }
    if header.options != options {
        return Err(bad(format!(
            "counted with other options ({}) than this run's ({options})",
            header.options
        )));
    }
    Ok(corpus)
}

/// The one-line error for the stats file (or part) at `path`.
fn bad_file(path: &Path, problem: String) -> Error {
    Error::BadInput {
        path: path.display().to_string(),
        problem,
    }
}

/// The origin on its line: see the module documentation.
fn origin_text(origin: &Origin) -> String {
    let json = |text: &str| serde_json::to_string(text).unwrap_or_default();
    match origin {
        Origin::Site(host) => format!("site {}", json(host)),
        Origin::Directory(path) => match path.to_str() {
            Some(text) => format!("dir {}", json(text)),
            None => {
                use std::os::unix::ffi::OsStrExt;
                let bytes = path.as_os_str().as_bytes();
                let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
                format!("dir-bytes {hex}")
            }
        },
        Origin::Run => "run".to_string(),
    }
}

fn parse_origin(text: &str) -> Option<Origin> {
    let (kind, value) = text.split_once(' ').unwrap_or((text, ""));
    let json = || serde_json::from_str::<String>(value).ok();
    match kind {
        "site" => json().map(Origin::Site),
        "dir" => json().map(|p| Origin::Directory(PathBuf::from(p))),
        "dir-bytes" => {
            use std::os::unix::ffi::OsStringExt;
            let hex = value.as_bytes();
            if hex.len() % 2 != 0 {
                return None;
            }
            let bytes: Option<Vec<u8>> = hex
                .chunks(2)
                .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok())
                .collect();
            let path = std::ffi::OsString::from_vec(bytes?);
            Some(Origin::Directory(PathBuf::from(path)))
        }
        "run" if value.is_empty() => Some(Origin::Run),
        _ => None,
    }
}

/// The records of one origin, read one at a time from the file.
type Records<'a> = &'a mut dyn Iterator<Item = Result<Record, Error>>;

/// Reads the file at `path`, giving each origin, its document count and its records to
/// `origin` in file order; returns the header once the whole file was read and checked.
fn read_with(
    path: &Path,
    mut origin: impl FnMut(Origin, u64, Records) -> Result<(), Error>,
) -> Result<Header, Error> {
    let bad = |problem: String| bad_file(path, problem);
    let file = std::fs::File::open(path).map_err(|err| bad(format!("cannot read it: {err}")))?;
    let mut reader = io::BufReader::with_capacity(1 << 16, file);
    let line = |what: &str, reader: &mut io::BufReader<std::fs::File>| {
        let mut bytes = Vec::new();
        let read = reader
            .by_ref()
            .take(MAX_LINE)
            .read_until(b'\n', &mut bytes)
            .map_err(|err| bad(format!("cannot read it: {err}")))?;
        if read == 0 || bytes.last() != Some(&b'\n') {
            return Err(bad(format!("cut short: no {what} line")));
        }
        bytes.pop();
        String::from_utf8(bytes).map_err(|_| bad(format!("not a selaras line-stats file ({what})")))
    };
    let not_ours =
        || bad("not a selaras line-stats file (`selaras corpus scan` writes them)".into());
    if line("header", &mut reader).map_err(|_| not_ours())? != MAGIC {
        return Err(not_ours());
    }
    let field = |text: String, name: &str| -> Result<String, Error> {
        text.strip_prefix(name)
            .and_then(|rest| rest.strip_prefix(' '))
            .map(str::to_string)
            .ok_or_else(|| {
                bad(format!(
                    "no '{name}' where it belongs: not a whole stats file"
                ))
            })
    };
    let inputs = field(line("inputs", &mut reader)?, "inputs")?;
    let options = field(line("options", &mut reader)?, "options")?;
    let part = match field(line("part", &mut reader)?, "part")?.as_str() {
        "all" => None,
        text => Some(
            Shard::parse(text)
                .map_err(|_| bad(format!("'part {text}' is not a part of a scan")))?,
        ),
    };
    let number = |text: &str, what: &str| -> Result<u64, Error> {
        text.parse()
            .map_err(|_| bad(format!("'{text}' is not a number of {what}")))
    };
    let origins = number(&field(line("origins", &mut reader)?, "origins")?, "origins")?;
    for _ in 0..origins {
        let text = field(line("origin", &mut reader)?, "origin")?;
        // "KIND VALUE documents D lines L": the value may hold spaces, the counts cannot
        let mut words = text.rsplitn(5, ' ');
        let lines = words.next().unwrap_or_default().to_string();
        let lines_word = words.next();
        let documents = words.next().unwrap_or_default().to_string();
        let documents_word = words.next();
        let which = words.next().unwrap_or_default();
        if lines_word != Some("lines") || documents_word != Some("documents") {
            return Err(bad(format!("bad origin line '{text}'")));
        }
        let found = parse_origin(which).ok_or_else(|| bad(format!("bad origin '{which}'")))?;
        let documents = number(&documents, "documents")?;
        let count = number(&lines, "lines")?;
        let mut left = count;
        let mut records = std::iter::from_fn(|| {
            if left == 0 {
                return None;
            }
            left -= 1;
            let mut bytes = [0; RECORD_BYTES];
            Some(match reader.read_exact(&mut bytes) {
                Ok(()) => Ok(Record::from_bytes(&bytes)),
                Err(_) => Err(bad(format!(
                    "cut short in the lines of origin {which} ({count} announced)"
                ))),
            })
        });
        origin(found, documents, &mut records)?;
        // the consumer reads every record, or returns the error that stopped it
        if left != 0 {
            return Err(bad(format!(
                "the lines of origin {which} were not all read"
            )));
        }
    }
    if line("end", &mut reader)? != "end" {
        return Err(bad(
            "no 'end' where it belongs: not a whole stats file".into()
        ));
    }
    let mut rest = [0; 1];
    if reader
        .read(&mut rest)
        .map_err(|err| bad(format!("cannot read it: {err}")))?
        != 0
    {
        return Err(bad("bytes after its 'end': not one stats file".into()));
    }
    Ok(Header {
        inputs,
        options,
        part,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(part: Option<Shard>) -> Header {
        Header {
            inputs: "abc".into(),
            options: "lang=Id".into(),
            part,
        }
    }

    fn documents() -> Vec<(Origin, String)> {
        let site = Origin::site("www.example.com");
        let dir = Origin::Directory("/tmp/a b\nc".into());
        let footer = "Ikuti kami di WhatsApp";
        let mut documents = Vec::new();
        for n in 0..9 {
            let origin = if n % 3 == 0 { &dir } else { &site };
            let body = format!(
                "Berita nomor {n} tentang harga beras.\n{footer}\nEditor {}",
                n % 2
            );
            documents.push((origin.clone(), body));
        }
        documents.push((Origin::Run, format!("{footer}\n")));
        // a text counted twice is one document
        documents.push(documents[1].clone());
        documents
    }

    fn census_of(documents: &[(Origin, String)], part: Option<Shard>) -> LineStats {
        let mut census = match part {
            Some(part) => LineCensus::of_part(part),
            None => LineCensus::new(2),
        };
        for (origin, text) in documents {
            census.add(origin, text);
        }
        census.into_stats(header(part))
    }

    fn bytes(stats: &LineStats) -> Vec<u8> {
        let mut out = Vec::new();
        stats.write_to(&mut out).unwrap();
        out
    }

    #[test]
    fn stats_come_back_from_their_file() {
        let stats = census_of(&documents(), None);
        assert_eq!(stats.origins(), 3);
        assert_eq!(stats.documents(), 10);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lines.stats");
        stats.write(&path).unwrap();
        assert_eq!(LineStats::read(&path).unwrap(), stats);
        // the counts, not only the bytes: the footer is in 6 documents of the site
        let lines = load_repeated(&path, "abc", "lang=Id", 6).unwrap();
        let site = Origin::site("www.example.com");
        assert!(lines.of(&site).contains("ikuti KAMI di whatsapp"));
        assert!(lines.of(&site).contains("Editor 7"));
        let lines = load_repeated(&path, "abc", "lang=Id", 7).unwrap();
        assert!(!lines.of(&site).contains("Ikuti kami di WhatsApp"));
    }

    #[test]
    fn the_order_of_the_documents_does_not_change_a_byte() {
        let documents = documents();
        let reference = bytes(&census_of(&documents, None));
        let mut shuffled = documents.clone();
        for step in 1..shuffled.len() {
            shuffled.rotate_left(step % 4 + 1);
            shuffled.swap(0, step);
            assert_eq!(bytes(&census_of(&shuffled, None)), reference);
        }
    }

    #[test]
    fn parts_add_up_to_the_whole() {
        let documents = documents();
        let whole = census_of(&documents, None);
        for count in 1..6 {
            let parts: Vec<(PathBuf, LineStats)> = (0..count)
                .rev()
                .map(|index| {
                    let part = Shard { index, count };
                    (
                        PathBuf::from(format!("p{index}")),
                        census_of(&documents, Some(part)),
                    )
                })
                .collect();
            assert_eq!(LineStats::merge(parts).unwrap(), whole, "{count} parts");
        }
    }

    #[test]
    fn parts_that_do_not_make_a_whole_are_refused() {
        let documents = documents();
        let part = |index, count| {
            let stats = census_of(&documents, Some(Shard { index, count }));
            (PathBuf::from(format!("p{index}of{count}")), stats)
        };
        let refused = |parts: Vec<(PathBuf, LineStats)>, why: &str| {
            let err = LineStats::merge(parts).unwrap_err().to_string();
            assert!(err.contains(why), "{err}");
            assert!(!err.contains('\n'), "{err}");
        };
        refused(vec![part(0, 3), part(2, 3)], "parts 1 of 3 are missing");
        refused(
            vec![part(0, 2), part(1, 2), part(1, 2)],
            "part 1 of 2 again",
        );
        refused(vec![part(0, 2), part(1, 3)], "part 1 of 3");
        let mut other = part(1, 2);
        other.1.header.inputs = "xyz".into();
        refused(vec![part(0, 2), other], "another input list");
        let whole = (PathBuf::from("w"), census_of(&documents, None));
        refused(vec![whole], "a whole scan");
    }

    #[test]
    fn a_damaged_file_is_one_line_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lines.stats");
        let good = bytes(&census_of(&documents(), None));
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (good[..good.len() - 4].to_vec(), "cut short"),
            (good[..good.len() - 30].to_vec(), "cut short"),
            (good[..40].to_vec(), "cut short"),
            ([&good[..], b"more"].concat(), "after its 'end'"),
            (b"id\ttext\n".to_vec(), "not a selaras line-stats file"),
            (vec![0; 100], "not a selaras line-stats file"),
            (Vec::new(), "not a selaras line-stats file"),
        ];
        for (bytes, why) in cases {
            std::fs::write(&path, &bytes).unwrap();
            let err = LineStats::read(&path).unwrap_err().to_string();
            assert!(err.contains(why) && err.contains("lines.stats"), "{err}");
            assert!(!err.contains('\n'), "{err}");
            let err = load_repeated(&path, "abc", "lang=Id", 3)
                .unwrap_err()
                .to_string();
            assert!(err.contains(why), "{err}");
        }
        std::fs::write(&path, &good).unwrap();
        let err = load_repeated(&path, "abd", "lang=Id", 3).unwrap_err();
        assert!(err.to_string().contains("another input list"), "{err}");
        let err = load_repeated(&path, "abc", "lang=En", 3).unwrap_err();
        assert!(err.to_string().contains("other options"), "{err}");
        let part = bytes(&census_of(&documents(), Some(Shard { index: 0, count: 2 })));
        std::fs::write(&path, part).unwrap();
        let err = load_repeated(&path, "abc", "lang=Id", 3).unwrap_err();
        assert!(err.to_string().contains("merge-stats"), "{err}");
    }

    #[test]
    fn origins_of_every_kind_come_back() {
        use std::os::unix::ffi::OsStringExt;
        let odd = PathBuf::from(std::ffi::OsString::from_vec(b"/data/\xffkrawl".to_vec()));
        for origin in [
            Origin::Run,
            Origin::site("berita.example"),
            Origin::Directory("/a dir/with \"quotes\"\n and lines".into()),
            Origin::Directory(odd),
        ] {
            assert_eq!(parse_origin(&origin_text(&origin)), Some(origin.clone()));
        }
    }
}
