//! Domain errors, with messages that say what to do, and the one exit code of each class.
//!
//! Every command maps its failures through [`Error::exit_code`], so the same kind of failure
//! gives the same code in `segment`, `translate`, `align` and `model` (see [`EXIT_CODES`]).
use thiserror::Error;

/// Errors a user can act on. Each belongs to one class with one exit code.
#[derive(Clone, Debug, Error)]
pub enum Error {
    #[error("'{path}': invalid UTF-8 at byte {offset}: fix the file or pass --lossy to replace invalid bytes")]
    InvalidUtf8 { path: String, offset: usize },
    #[error("'{path}': {problem}")]
    BadInput { path: String, problem: String },
    /// a line of a many-document input (JSONL) that holds no document
    #[error("'{path}' line {line}: {problem}")]
    BadLine {
        path: String,
        line: u64,
        problem: String,
    },
    /// a record of a WARC file that holds no readable page, or where the file was cut off
    #[error("'{path}' record {record}: {problem}")]
    BadRecord {
        path: String,
        record: u64,
        problem: String,
    },
    #[error("{0}")]
    Usage(String),
    /// an output file or standard output could not be written; nothing was left behind
    #[error("'{path}': {problem}: the output was not written")]
    Output { path: String, problem: String },
    #[error("{0}")]
    Model(String),
    /// the prebuilt CTranslate2 library is missing or is not the one selaras was built for
    #[error("{0}")]
    Library(String),
    #[error("{0}")]
    Fetch(String),
    #[error("{0}")]
    Convert(String),
    #[error("{}: the output was not written; with --resume the finished documents are journaled and the same command continues from them", stopped_by(*.signal))]
    Interrupted { signal: i32 },
}

fn stopped_by(signal: i32) -> String {
    match signal {
        crate::interrupt::SIGINT => "interrupted (Ctrl-C)".to_string(),
        crate::interrupt::SIGTERM => "terminated (SIGTERM)".to_string(),
        n => format!("stopped by signal {n}"),
    }
}

/// Exit code: success (a reader closing the pipe early counts as success).
pub const EXIT_OK: i32 = 0;
/// Exit code: a failure of selaras itself, or one no class below describes.
pub const EXIT_OTHER: i32 = 1;
/// Exit code: bad input (unreadable, invalid UTF-8, binary) or a usage error.
pub const EXIT_INPUT: i32 = 2;
/// Exit code: the model, or the CTranslate2 library, is missing, broken, or failed.
pub const EXIT_MODEL: i32 = 3;
/// Exit code: a model download or conversion failed.
pub const EXIT_FETCH: i32 = 4;
/// Exit code: the output could not be written (no half-written file is left).
pub const EXIT_OUTPUT: i32 = 5;

/// The exit-code table every `--help` ends with, and the README repeats.
pub const EXIT_CODES: &str = "Exit codes:
  0    success (also when the reader closes the pipe early)
  1    other failure
  2    bad input or usage (unreadable or invalid input, invalid option)
  3    model or CTranslate2 library missing, broken or failing
  4    model download or conversion failed
  5    output could not be written (no partial output is left)
  130  interrupted by Ctrl-C (143: SIGTERM); the output was not written";

impl Error {
    /// The exit code of this error's class (see [`EXIT_CODES`]); 128 + the signal when
    /// interrupted, as a shell reports a killed command.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::InvalidUtf8 { .. }
            | Error::BadInput { .. }
            | Error::BadLine { .. }
            | Error::BadRecord { .. }
            | Error::Usage(_) => EXIT_INPUT,
            Error::Model(_) | Error::Library(_) => EXIT_MODEL,
            Error::Fetch(_) | Error::Convert(_) => EXIT_FETCH,
            Error::Output { .. } => EXIT_OUTPUT,
            Error::Interrupted { signal } => 128 + signal,
        }
    }

    /// The domain error behind `err`: the first in its chain of causes, also where an I/O
    /// error carries it (as the writers' output errors do, so that `PairWriter` can keep
    /// returning `io::Result`).
    pub fn of(err: &anyhow::Error) -> Option<&Error> {
        err.chain().find_map(|cause| {
            cause.downcast_ref::<Error>().or_else(|| {
                cause
                    .downcast_ref::<std::io::Error>()?
                    .get_ref()?
                    .downcast_ref::<Error>()
            })
        })
    }

    /// Whether `err` is the run being stopped by a signal (Ctrl-C, SIGTERM), not a failure.
    pub fn is_interruption(err: &anyhow::Error) -> bool {
        matches!(Error::of(err), Some(Error::Interrupted { .. }))
    }

    /// An output error for `path` from the I/O error that stopped it.
    pub fn output(path: impl std::fmt::Display, err: &std::io::Error) -> Error {
        Error::Output {
            path: path.to_string(),
            problem: err.to_string(),
        }
    }
}
