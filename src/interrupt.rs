//! Ctrl-C and SIGTERM during a run that writes a file: the batch in flight finishes, the run
//! stops with [`Error::Interrupted`], and unwinding removes the temporary output, so nothing
//! half-written is left beside the output path. The resume journal keeps every finished
//! document, so `--resume` continues from there. A second signal kills at once.
//!
//! Only runs with an output file install the handler: on standard output every pair is
//! already written, and the default action (stop at once) is what a pipe wants.
use crate::error::Error;
use std::sync::atomic::{AtomicI32, Ordering};

/// The signal that asked us to stop, 0 while none has.
static SIGNAL: AtomicI32 = AtomicI32::new(0);

/// The two signals handled (the same numbers on every unix).
pub const SIGINT: i32 = 2;
pub const SIGTERM: i32 = 15;

#[cfg(unix)]
mod unix {
    use super::{SIGINT, SIGNAL, SIGTERM};
    use std::sync::atomic::Ordering;

    const SIG_DFL: usize = 0;

    extern "C" {
        // POSIX signal(2), from the C library every Rust binary on unix links.
        fn signal(signum: i32, handler: usize) -> usize;
    }

    extern "C" fn on_signal(signum: i32) {
        // Async-signal-safe: an atomic store and signal(2) itself.
        SIGNAL.store(signum, Ordering::SeqCst);
        // SAFETY: restoring the default action for a valid signal number.
        unsafe { signal(signum, SIG_DFL) };
    }

    pub fn install() {
        let handler: extern "C" fn(i32) = on_signal;
        for signum in [SIGINT, SIGTERM] {
            // SAFETY: the handler only stores to an atomic and calls signal(2).
            unsafe { signal(signum, handler as usize) };
        }
    }
}

/// Makes Ctrl-C and SIGTERM stop the run at the next [`check`] instead of killing it.
pub fn install() {
    #[cfg(unix)]
    unix::install();
}

/// Whether a signal asked the run to stop.
pub fn requested() -> bool {
    SIGNAL.load(Ordering::SeqCst) != 0
}

/// `Err(Error::Interrupted)` once a signal asked the run to stop.
pub fn check() -> Result<(), Error> {
    match SIGNAL.load(Ordering::SeqCst) {
        0 => Ok(()),
        signal => Err(Error::Interrupted { signal }),
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_signal_turns_into_an_error_with_its_exit_code() {
        assert!(check().is_ok() && !requested());
        SIGNAL.store(SIGINT, Ordering::SeqCst);
        let err = check().unwrap_err();
        assert!(requested());
        assert_eq!(err.exit_code(), 130);
        assert!(err.to_string().contains("--resume"), "{err}");
        SIGNAL.store(0, Ordering::SeqCst);
    }
}
