//! Where a writer's bytes go: standard output, or a file written atomically.
//!
//! A file sink writes to a temporary file in the destination's directory (so the final rename
//! never crosses file systems) and renames it into place only in [`Sink::commit`]. Dropping a
//! sink that was not committed removes the temporary file; one that a killed process left behind
//! is removed by the next successful commit to the same path. Standard output is flushed at every
//! [`Sink::end_pair`], so a pipe reader sees each pair as soon as it is written.
//!
//! A destination that exists and is not a regular file (`/dev/null`, a named pipe, a terminal,
//! `/dev/stdout`, a shell's `>(...)`) cannot be replaced by a rename and must not be: renaming
//! over `/dev/null` would turn the null device into a file for every program on the machine. It is
//! opened and written in place, like standard output.
//!
//! Every error creating, writing or committing an output carries [`Error::Output`] (exit code
//! 5) naming the output (`-` for standard output), so all commands report a full disk or an
//! unwritable directory alike; a broken pipe is passed through untouched (the reader left).
use super::Destination;
use crate::error::Error;
use std::fmt::Display;
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
    /// a device or pipe that already exists, written in place
    Device {
        out: BufWriter<fs::File>,
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

    /// Standard output or a file, as `-o` chose.
    pub fn open(destination: &Destination) -> io::Result<Sink> {
        match destination {
            Destination::Stdout => Ok(Sink::stdout()),
            Destination::Path(path) => Sink::file(path),
        }
    }

    /// A file at `path`, written to a temporary file beside it until [`Sink::commit`].
    pub fn file(path: &Path) -> io::Result<Sink> {
        let failed = |err| output_error(path.display(), err);
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        let name = path
            .file_name()
            .ok_or_else(|| {
                failed(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    "not a file name",
                ))
            })?
            .to_string_lossy()
            .into_owned();
        if path.is_dir() {
            return Err(failed(io::Error::new(
                io::ErrorKind::InvalidInput,
                "is a directory: pass a file name",
            )));
        }
        if is_device(path) {
            let file = fs::OpenOptions::new()
                .write(true)
                .open(path)
                .map_err(failed)?;
            return Ok(Sink {
                state: State::Device {
                    out: BufWriter::new(file),
                    path: path.to_path_buf(),
                },
            });
        }
        let temp = tempfile::Builder::new()
            .prefix(&temp_prefix(&name))
            .suffix(TEMP_SUFFIX)
            .rand_bytes(TEMP_RANDOM)
            .tempfile_in(dir)
            .map_err(|err| {
                failed(io::Error::new(
                    err.kind(),
                    format!("creating a temporary file in '{}': {err}", dir.display()),
                ))
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
            State::Stdout(out) => out.flush().map_err(|err| output_error(STDOUT, err)),
            State::Device { out, path } => {
                out.flush().map_err(|err| output_error(path.display(), err))
            }
            _ => Ok(()),
        }
    }

    /// Flushes and, for a file, syncs it and renames it into place. A memory sink keeps its
    /// bytes (see [`Sink::into_bytes`]).
    pub fn commit(&mut self) -> io::Result<()> {
        match std::mem::replace(&mut self.state, State::Committed) {
            State::Stdout(mut out) => out.flush().map_err(|err| output_error(STDOUT, err)),
            State::File { out, path } => {
                let failed = |err| output_error(path.display(), err);
                let temp = out.into_inner().map_err(|err| failed(err.into_error()))?;
                temp.as_file().sync_all().map_err(failed)?;
                // Temporary files are created private (0600); an output file should be
                // readable like any other file the user creates.
                #[cfg(unix)]
                {
                    use std::os::unix::fs::PermissionsExt;
                    fs::set_permissions(temp.path(), fs::Permissions::from_mode(0o644))
                        .map_err(failed)?;
                }
                temp.persist(&path).map_err(|err| {
                    failed(io::Error::new(
                        err.error.kind(),
                        format!("moving the output into place: {}", err.error),
                    ))
                })?;
                remove_stale_temps(&path);
                Ok(())
            }
            State::Device { mut out, path } => {
                out.flush().map_err(|err| output_error(path.display(), err))
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

/// Whether `path` names something that exists and is not a regular file: a device, a pipe or
/// a socket, reached directly or through a symbolic link (`/dev/stdout`, `/dev/fd/63`).
fn is_device(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|meta| !meta.is_file() && !meta.is_dir())
}

/// How errors name standard output.
const STDOUT: &str = "-";

/// `err`, met while writing the output at `path`, as an I/O error of the same kind that carries
/// [`Error::Output`]. A broken pipe, and an error that already names its output, stay as
/// they are.
pub fn output_error(path: impl Display, err: io::Error) -> io::Error {
    let named = err.get_ref().is_some_and(|inner| inner.is::<Error>());
    if err.kind() == io::ErrorKind::BrokenPipe || named {
        return err;
    }
    io::Error::new(err.kind(), Error::output(path, &err))
}

const TEMP_SUFFIX: &str = ".tmp";
const TEMP_RANDOM: usize = 6;

/// Temporary files for `NAME` are `.NAME.XXXXXX.tmp` in the same directory.
fn temp_prefix(name: &str) -> String {
    format!(".{name}.")
}

/// Removes temporary files that a killed run (SIGKILL, or SIGINT without a handler, which skip
/// destructors) left beside `path`. Called after a successful commit, so a run that succeeds
/// cleans up after the runs that didn't. Best effort: errors are ignored.
fn remove_stale_temps(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let prefix = temp_prefix(&name.to_string_lossy());
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let file_name = file_name.to_string_lossy();
        let is_ours = file_name
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(TEMP_SUFFIX))
            .is_some_and(|random| random.chars().count() == TEMP_RANDOM);
        if is_ours && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

impl Sink {
    /// `err` from writing to this sink, naming its output.
    fn failed(&self, err: io::Error) -> io::Error {
        match &self.state {
            State::Stdout(_) => output_error(STDOUT, err),
            State::File { path, .. } | State::Device { path, .. } => {
                output_error(path.display(), err)
            }
            State::Memory(_) | State::Committed => err,
        }
    }

    /// Where bytes go now, or the error of writing after `commit`.
    fn writer(&mut self) -> io::Result<&mut dyn Write> {
        match &mut self.state {
            State::Stdout(out) => Ok(out),
            State::File { out, .. } => Ok(out),
            State::Device { out, .. } => Ok(out),
            State::Memory(bytes) => Ok(bytes),
            State::Committed => Err(super::finished()),
        }
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let written = self.writer().and_then(|out| out.write(buf));
        written.map_err(|err| self.failed(err))
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        let written = self.writer().and_then(|out| out.write_all(buf));
        written.map_err(|err| self.failed(err))
    }

    fn flush(&mut self) -> io::Result<()> {
        let flushed = match &mut self.state {
            State::Stdout(out) => out.flush(),
            State::File { out, .. } => out.flush(),
            State::Device { out, .. } => out.flush(),
            State::Memory(_) | State::Committed => Ok(()),
        };
        flushed.map_err(|err| self.failed(err))
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

    #[cfg(unix)]
    #[test]
    fn a_named_pipe_is_written_in_place_not_replaced() {
        use std::io::Read;
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || {
                let mut text = String::new();
                fs::File::open(fifo)
                    .unwrap()
                    .read_to_string(&mut text)
                    .unwrap();
                text
            })
        };
        let mut sink = Sink::file(&fifo).unwrap();
        sink.write_all(b"halo\n").unwrap();
        sink.end_pair().unwrap();
        sink.write_all(b"dunia\n").unwrap();
        sink.commit().unwrap();
        drop(sink);
        assert_eq!(reader.join().unwrap(), "halo\ndunia\n");
        use std::os::unix::fs::FileTypeExt;
        assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, ["pipe"]);
    }

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
    fn a_directory_is_not_an_output_file() {
        let dir = tempfile::tempdir().unwrap();
        let err = Sink::file(dir.path()).err().unwrap();
        assert_eq!(err.kind(), io::ErrorKind::InvalidInput);
        assert_output_error(&err, &dir.path().display().to_string());
    }

    /// `err` carries [`Error::Output`] naming `path`.
    fn assert_output_error(err: &io::Error, path: &str) {
        let inner = err.get_ref().and_then(|e| e.downcast_ref::<Error>());
        match inner {
            Some(Error::Output { path: named, .. }) => assert_eq!(named, path),
            other => panic!("expected an output error for {path}, got {other:?} ({err})"),
        }
    }

    #[test]
    fn write_errors_name_the_output_and_keep_their_kind() {
        let full = io::Error::from(io::ErrorKind::StorageFull);
        let err = output_error("out.tsv", full);
        assert_eq!(err.kind(), io::ErrorKind::StorageFull);
        assert_output_error(&err, "out.tsv");
        assert!(err.to_string().starts_with("'out.tsv': "), "{err}");
        // wrapped once only
        let again = output_error("other", err);
        assert_output_error(&again, "out.tsv");
        // a reader closing the pipe is not an output error
        let pipe = output_error(STDOUT, io::Error::from(io::ErrorKind::BrokenPipe));
        assert_eq!(pipe.kind(), io::ErrorKind::BrokenPipe);
        assert!(pipe.get_ref().is_none());
    }

    #[test]
    fn a_successful_commit_removes_temps_a_killed_run_left() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("corpus.tsv");
        // what a SIGKILLed run leaves: its temp file, never renamed
        let stale = Sink::file(&path).unwrap();
        let State::File { out, .. } = &stale.state else {
            unreachable!()
        };
        let stale_path = out.get_ref().path().to_path_buf();
        std::mem::forget(stale);
        assert!(stale_path.exists());
        fs::write(dir.path().join(".corpus.tsv.notes"), "unrelated").unwrap();
        fs::write(dir.path().join(".other.tsv.abcdef.tmp"), "another output's").unwrap();

        let mut sink = Sink::file(&path).unwrap();
        sink.write_all(b"done\n").unwrap();
        sink.commit().unwrap();
        assert!(!stale_path.exists());
        let mut left: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        left.sort();
        assert_eq!(
            left,
            [".corpus.tsv.notes", ".other.tsv.abcdef.tmp", "corpus.tsv"]
        );
    }

    #[test]
    fn a_missing_directory_fails_at_creation() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("no/such/dir/out.tsv");
        let err = Sink::file(&path).err().unwrap();
        assert_eq!(err.kind(), io::ErrorKind::NotFound);
        assert_output_error(&err, &path.display().to_string());
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_full_disk_fails_with_an_output_error() {
        let mut sink = Sink {
            state: State::File {
                out: BufWriter::new(NamedTempFile::new().unwrap()),
                path: PathBuf::from("full.tsv"),
            },
        };
        // /dev/full takes the place of the temporary file's handle: every write fails
        let State::File { out, .. } = &mut sink.state else {
            unreachable!()
        };
        let dev_full = fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        *out.get_mut().as_file_mut() = dev_full;
        let err = sink.write_all(&[b'x'; 100_000]).err().unwrap();
        assert_eq!(err.kind(), io::ErrorKind::StorageFull);
        assert_output_error(&err, "full.tsv");
    }
}
