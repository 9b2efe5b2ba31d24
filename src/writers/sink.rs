//! Where a writer's bytes go: standard output, or a file written atomically.
//!
//! A file sink writes to a temporary file in the destination's directory (so the final rename
//! never crosses file systems) and renames it into place only in [`Sink::commit`]. Dropping a
//! sink that was not committed removes the temporary file. Standard output is flushed at every
//! [`Sink::end_pair`], so a pipe reader sees each pair as soon as it is written.
use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use tempfile::NamedTempFile;

/// A byte destination with an explicit, atomic commit.
pub struct Sink {
    state: State,
}

enum State {
    Stdout(BufWriter<io::Stdout>),
    File {
        out: BufWriter<NamedTempFile>,
        path: PathBuf,
    },
    /// in memory, for tests and for callers that post-process the bytes
    Memory(Vec<u8>),
    Committed,
}

impl Sink {
    /// Standard output, flushed after every pair.
    pub fn stdout() -> Sink {
        Sink {
            state: State::Stdout(BufWriter::new(io::stdout())),
        }
    }

    /// A file at `path`, written to a temporary file beside it until [`Sink::commit`].
    pub fn file(path: &Path) -> io::Result<Sink> {
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        let name = path
            .file_name()
            .ok_or_else(|| {
                io::Error::new(
                    io::ErrorKind::InvalidInput,
                    format!("'{}' is not a file name", path.display()),
                )
            })?
            .to_string_lossy()
            .into_owned();
        let temp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".tmp")
            .tempfile_in(dir)
            .map_err(|err| {
                io::Error::new(
                    err.kind(),
                    format!("creating a temporary file in '{}': {err}", dir.display()),
                )
            })?;
        Ok(Sink {
            state: State::File {
                out: BufWriter::new(temp),
                path: path.to_path_buf(),
            },
        })
    }

    /// An in-memory buffer; read it back with [`Sink::into_bytes`] after committing.
    pub fn memory() -> Sink {
        Sink {
            state: State::Memory(Vec::new()),
        }
    }

    /// Marks the end of one pair's output: standard output is flushed here.
    pub fn end_pair(&mut self) -> io::Result<()> {
        match &mut self.state {
            State::Stdout(out) => out.flush(),
            _ => Ok(()),
        }
    }

    /// Flushes and, for a file, syncs it and renames it into place. A memory sink keeps its
    /// bytes (see [`Sink::into_bytes`]).
    pub fn commit(&mut self) -> io::Result<()> {
        match std::mem::replace(&mut self.state, State::Committed) {
            State::Stdout(mut out) => out.flush(),
            State::File { out, path } => {
                let temp = out.into_inner().map_err(|err| err.into_error())?;
                temp.as_file().sync_all()?;
                // Temporary files are created private (0600); an output file should be
                // readable like any other file the user creates.
                #[cfg(unix)]
                {
                    use std::os::unix::fs::PermissionsExt;
                    fs::set_permissions(temp.path(), fs::Permissions::from_mode(0o644))?;
                }
                temp.persist(&path).map_err(|err| {
                    io::Error::new(
                        err.error.kind(),
                        format!(
                            "moving output into place at '{}': {}",
                            path.display(),
                            err.error
                        ),
                    )
                })?;
                Ok(())
            }
            State::Memory(bytes) => {
                self.state = State::Memory(bytes);
                Ok(())
            }
            State::Committed => Err(super::finished()),
        }
    }

    /// The bytes written to a memory sink (empty for other sinks).
    pub fn into_bytes(mut self) -> Vec<u8> {
        match std::mem::replace(&mut self.state, State::Committed) {
            State::Memory(bytes) => bytes,
            _ => Vec::new(),
        }
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.state {
            State::Stdout(out) => out.write(buf),
            State::File { out, .. } => out.write(buf),
            State::Memory(bytes) => bytes.write(buf),
            State::Committed => Err(super::finished()),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match &mut self.state {
            State::Stdout(out) => out.write_all(buf),
            State::File { out, .. } => out.write_all(buf),
            State::Memory(bytes) => bytes.write_all(buf),
            State::Committed => Err(super::finished()),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.state {
            State::Stdout(out) => out.flush(),
            State::File { out, .. } => out.flush(),
            State::Memory(_) | State::Committed => Ok(()),
        }
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        // An uncommitted file sink's NamedTempFile deletes itself when dropped; make sure the
        // BufWriter doesn't try to flush into it first (its error would be ignored anyway).
        if let State::File { out, .. } = std::mem::replace(&mut self.state, State::Committed) {
            let (temp, _unflushed) = out.into_parts();
            drop(temp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_committed_file_appears_only_at_commit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.txt");
        let mut sink = Sink::file(&path).unwrap();
        sink.write_all(b"halo\n").unwrap();
        assert!(!path.exists(), "nothing may appear before commit");
        sink.commit().unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "halo\n");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temp file left"
        );
    }

    #[test]
    fn a_dropped_file_sink_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.txt");
        let mut sink = Sink::file(&path).unwrap();
        sink.write_all(&vec![b'x'; 100_000]).unwrap();
        drop(sink);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn an_existing_file_is_kept_until_commit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.txt");
        fs::write(&path, "old").unwrap();
        let mut sink = Sink::file(&path).unwrap();
        sink.write_all(b"new").unwrap();
        drop(sink);
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
    }

    #[test]
    fn writing_after_commit_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let mut sink = Sink::file(&dir.path().join("a")).unwrap();
        sink.commit().unwrap();
        assert!(sink.write_all(b"late").is_err());
        assert!(sink.commit().is_err());
    }

    #[test]
    fn a_missing_directory_fails_at_creation() {
        let dir = tempfile::tempdir().unwrap();
        assert!(Sink::file(&dir.path().join("no/such/dir/out.tsv")).is_err());
    }
}
