//! Domain errors, with messages that say what to do, and their exit codes.
use thiserror::Error;

/// Errors a user can act on. Each maps to an exit code (see [`Error::exit_code`]).
#[derive(Clone, Debug, Error)]
pub enum Error {
    #[error("'{path}': invalid UTF-8 at byte {offset}: fix the file or pass --lossy to replace invalid bytes")]
    InvalidUtf8 { path: String, offset: usize },
    #[error("'{path}': {problem}")]
    BadInput { path: String, problem: String },
    #[error("{0}")]
    Usage(String),
    #[error("{0}")]
    Model(String),
    #[error("{0}")]
    Fetch(String),
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

impl Error {
    /// 2 bad input or usage, 3 model missing or broken, 4 download or conversion failure,
    /// 128 + the signal when interrupted (130 for Ctrl-C), as a shell reports a killed command.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::InvalidUtf8 { .. } | Error::BadInput { .. } | Error::Usage(_) => 2,
            Error::Model(_) => 3,
            Error::Fetch(_) => 4,
            Error::Interrupted { signal } => 128 + signal,
        }
    }
}
