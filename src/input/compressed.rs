//! Compressed inputs: a file named `*.gz` is read through a gzip decoder that takes every
//! member (as `zcat` does: `cat a.gz b.gz` is one valid stream), `*.zst` through zstd's, and
//! anything else as it is. The reader counts the bytes taken from the file itself, so progress
//! is measured against the file's size. A stream that is not what its name says, or ends early,
//! fails at the read that finds it; [`stream_error`] says which file and what to check.
use crate::error::Error;
use std::cell::Cell;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;
use std::rc::Rc;

/// How an input file is compressed, by the last part of its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compression {
    None,
    Gzip,
    Zstd,
}

impl Compression {
    /// `.gz` is gzip, `.zst` is zstd, anything else is plain.
    pub fn of(name: &str) -> Compression {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".gz") {
            Compression::Gzip
        } else if lower.ends_with(".zst") {
            Compression::Zstd
        } else {
            Compression::None
        }
    }

    /// The name without the compression suffix: "dump.jsonl.gz" gives "dump.jsonl".
    pub fn strip(name: &str) -> &str {
        let cut = match Compression::of(name) {
            Compression::None => 0,
            Compression::Gzip => 3,
            Compression::Zstd => 4,
        };
        &name[..name.len() - cut]
    }

    fn name(self) -> &'static str {
        match self {
            Compression::None => "plain text",
            Compression::Gzip => "gzip",
            Compression::Zstd => "zstd",
        }
    }
}

/// Bytes read from the file so far, shared with the reader that counts them.
#[derive(Clone, Debug, Default)]
pub struct BytesRead(Rc<Cell<u64>>);

impl BytesRead {
    pub fn get(&self) -> u64 {
        self.0.get()
    }
}

struct Counting<R> {
    inner: R,
    read: BytesRead,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.0.set(self.read.0.get() + n as u64);
        Ok(n)
    }
}

/// An opened input: its decompressed bytes, how it was compressed, and the count of file bytes
/// read so far.
pub struct Opened {
    pub reader: Box<dyn BufRead>,
    pub compression: Compression,
    pub bytes_read: BytesRead,
    /// the file's size, when it is a regular file
    pub size: Option<u64>,
}

/// Opens `path` for reading, decompressing by its name.
pub fn open(path: &Path) -> Result<Opened, Error> {
    let file = File::open(path).map_err(|err| Error::BadInput {
        path: path.display().to_string(),
        problem: format!("cannot read: {err}: check the path and its permissions"),
    })?;
    let size = file
        .metadata()
        .ok()
        .filter(|m| m.is_file())
        .map(|m| m.len());
    let bytes_read = BytesRead::default();
    let counted = Counting {
        inner: file,
        read: bytes_read.clone(),
    };
    let compression = Compression::of(&path.to_string_lossy());
    let reader: Box<dyn BufRead> = match compression {
        Compression::None => Box::new(BufReader::with_capacity(1 << 16, counted)),
        Compression::Gzip => Box::new(BufReader::with_capacity(
            1 << 16,
            flate2::bufread::MultiGzDecoder::new(BufReader::new(counted)),
        )),
        Compression::Zstd => {
            let decoder = zstd::stream::read::Decoder::new(counted).map_err(|err| {
                stream_error(&path.display().to_string(), Compression::Zstd, &err)
            })?;
            Box::new(BufReader::with_capacity(1 << 16, decoder))
        }
    };
    Ok(Opened {
        reader,
        compression,
        bytes_read,
        size,
    })
}

/// The one-line error for a stream that could not be read or decompressed.
pub fn stream_error(name: &str, compression: Compression, err: &io::Error) -> Error {
    let problem = match (compression, err.kind()) {
        (Compression::None, _) => format!("cannot read: {err}"),
        (_, io::ErrorKind::UnexpectedEof) => format!(
            "the {} stream ends early ({err}): the file is truncated; fetch or compress it again",
            compression.name()
        ),
        _ => format!(
            "is not readable as {} ({err}): check that the file is complete and really \
             {}-compressed, or rename it",
            compression.name(),
            compression.name()
        ),
    };
    Error::BadInput {
        path: name.to_string(),
        problem,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compression_by_name() {
        let cases = [
            ("dump.jsonl", Compression::None, "dump.jsonl"),
            ("dump.jsonl.gz", Compression::Gzip, "dump.jsonl"),
            ("DUMP.JSONL.GZ", Compression::Gzip, "DUMP.JSONL"),
            ("dump.jsonl.zst", Compression::Zstd, "dump.jsonl"),
            ("berita.txt", Compression::None, "berita.txt"),
        ];
        for (name, compression, stripped) in cases {
            assert_eq!(Compression::of(name), compression, "{name}");
            assert_eq!(Compression::strip(name), stripped, "{name}");
        }
    }
}
