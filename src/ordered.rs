//! Work on many threads with the results in their items' order: what lets `segment` use every
//! core of a machine and still write the same bytes as on one thread.
//!
//! The caller's thread reads the items and hands the results on; only the work between runs on
//! the worker threads, so neither the reader nor the writer needs to be shared. At most
//! [`IN_FLIGHT_PER_THREAD`] items a thread are read and not yet handed on: a slow item holds
//! the others back in memory, not without bound.
use std::collections::BTreeMap;
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc;
use std::sync::Mutex;

/// Items read ahead of the one handed on next, per thread: enough that a thread rarely waits
/// for work while a long document holds up the order, few enough that memory stays bounded by
/// a few dozen documents.
pub const IN_FLIGHT_PER_THREAD: usize = 8;

/// The threads to use when the user names none: the machine's (or the process's allowed)
/// cores, one when that cannot be known.
pub fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Takes items from `next` until it gives `None`, runs `work` on each on `threads` threads, and
/// gives each result to `emit` in the order `next` gave the items. With one thread everything
/// runs on the caller's thread, one item at a time. The first error of `next` or `emit` stops
/// the run and is returned once the workers have stopped; a panic in `work` is raised again on
/// the caller's thread.
pub fn map_in_order<T, U, E>(
    threads: usize,
    mut next: impl FnMut() -> Result<Option<T>, E>,
    work: impl Fn(T) -> U + Sync,
    mut emit: impl FnMut(U) -> Result<(), E>,
) -> Result<(), E>
where
    T: Send,
    U: Send,
{
    if threads <= 1 {
        while let Some(item) = next()? {
            emit(work(item))?;
        }
        return Ok(());
    }
    let limit = threads * IN_FLIGHT_PER_THREAD;
    let (jobs, job_queue) = mpsc::sync_channel::<(usize, T)>(threads);
    let job_queue = Mutex::new(job_queue);
    let (results, done) = mpsc::channel::<(usize, std::thread::Result<U>)>();
    std::thread::scope(|scope| {
        for _ in 0..threads {
            let results = results.clone();
            let (job_queue, work) = (&job_queue, &work);
            scope.spawn(move || loop {
                // the lock is held only to take one job
                let job = job_queue.lock().map(|queue| queue.recv());
                let Ok(Ok((index, item))) = job else {
                    return;
                };
                let result = panic::catch_unwind(AssertUnwindSafe(|| work(item)));
                if results.send((index, result)).is_err() {
                    return;
                }
            });
        }
        drop(results);
        // (the queue's sender and the results' receiver are dropped when this returns, even
        // on an error: the workers then find no job, or nobody to give a result to, and stop)
        let mut order = Order {
            done,
            waiting: BTreeMap::new(),
            handed: 0,
        };
        let mut read = 0;
        loop {
            order.hand_ready(&mut emit)?;
            if read - order.handed >= limit {
                order.wait_one(&mut emit)?;
                continue;
            }
            let Some(item) = next()? else {
                break;
            };
            // a worker that panicked has its result (the panic) waiting; the others still take
            // jobs, so the queue never stays full for good
            if jobs.send((read, item)).is_err() {
                break;
            }
            read += 1;
        }
        drop(jobs);
        while order.handed < read {
            order.wait_one(&mut emit)?;
        }
        Ok(())
    })
}

/// The results come back in any order; they are handed on in the items'.
struct Order<U> {
    done: mpsc::Receiver<(usize, std::thread::Result<U>)>,
    waiting: BTreeMap<usize, U>,
    handed: usize,
}

impl<U> Order<U> {
    /// Hands on every result whose turn has come, without waiting.
    fn hand_ready<E>(&mut self, emit: &mut impl FnMut(U) -> Result<(), E>) -> Result<(), E> {
        while let Ok((index, result)) = self.done.try_recv() {
            self.keep(index, result);
        }
        self.hand_in_turn(emit)
    }

    /// Waits for one result, then hands on what it can.
    fn wait_one<E>(&mut self, emit: &mut impl FnMut(U) -> Result<(), E>) -> Result<(), E> {
        if let Ok((index, result)) = self.done.recv() {
            self.keep(index, result);
        }
        self.hand_in_turn(emit)
    }

    fn keep(&mut self, index: usize, result: std::thread::Result<U>) {
        match result {
            Ok(value) => {
                self.waiting.insert(index, value);
            }
            Err(payload) => panic::resume_unwind(payload),
        }
    }

    fn hand_in_turn<E>(&mut self, emit: &mut impl FnMut(U) -> Result<(), E>) -> Result<(), E> {
        while let Some(value) = self.waiting.remove(&self.handed) {
            self.handed += 1;
            emit(value)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    /// Items whose work takes longer the smaller they are, so that results come back out of
    /// order on several threads.
    fn run(threads: usize, count: usize) -> Vec<usize> {
        let mut items = 0..count;
        let mut out = Vec::new();
        map_in_order::<_, _, ()>(
            threads,
            || Ok(items.next()),
            |n| {
                std::thread::sleep(Duration::from_micros(((count - n) % 7) as u64 * 200));
                n * 10
            },
            |n| {
                out.push(n);
                Ok(())
            },
        )
        .unwrap();
        out
    }

    #[test]
    fn results_keep_the_items_order_on_any_number_of_threads() {
        let expected: Vec<usize> = (0..200).map(|n| n * 10).collect();
        for threads in [1, 2, 3, 8] {
            assert_eq!(run(threads, 200), expected, "{threads} threads");
        }
        assert!(run(4, 0).is_empty());
    }

    #[test]
    fn an_error_of_the_reader_or_the_writer_stops_the_run() {
        for threads in [1, 3] {
            let mut items = 0..100;
            let mut seen = 0;
            let failed = map_in_order(
                threads,
                || match items.next() {
                    Some(50) => Err("unreadable"),
                    other => Ok(other),
                },
                |n| n,
                |_| {
                    seen += 1;
                    Ok(())
                },
            );
            assert_eq!(failed, Err("unreadable"));
            assert!(seen <= 50, "{seen} results after the error");

            let mut items = 0..100;
            let mut handed = Vec::new();
            let failed = map_in_order(
                threads,
                || Ok(items.next()),
                |n| n,
                |n| match n {
                    7 => Err("disk full"),
                    n => {
                        handed.push(n);
                        Ok(())
                    }
                },
            );
            assert_eq!(failed, Err("disk full"));
            assert_eq!(handed, (0..7).collect::<Vec<_>>());
        }
    }

    #[test]
    fn a_panic_in_the_work_reaches_the_caller() {
        let caught = panic::catch_unwind(|| {
            let mut items = 0..100;
            let _ = map_in_order::<_, _, ()>(
                3,
                || Ok(items.next()),
                |n| {
                    assert!(n != 40, "item 40 is bad");
                    n
                },
                |_| Ok(()),
            );
        });
        assert!(caught.is_err());
    }

    #[test]
    fn no_more_items_are_read_ahead_than_the_limit() {
        let threads = 2;
        let mut items = 0..1000;
        let read = std::cell::Cell::new(0usize);
        let mut handed = 0usize;
        let mut most_ahead = 0usize;
        map_in_order::<_, _, ()>(
            threads,
            || {
                read.set(read.get() + 1);
                Ok(items.next())
            },
            |n| {
                // the first item is slow: everything after it waits for its turn
                if n == 0 {
                    std::thread::sleep(Duration::from_millis(50));
                }
                n
            },
            |_| {
                handed += 1;
                most_ahead = most_ahead.max(read.get() - handed);
                Ok(())
            },
        )
        .unwrap();
        assert_eq!(handed, 1000);
        assert!(
            most_ahead <= threads * IN_FLIGHT_PER_THREAD + 1,
            "{most_ahead} items read ahead"
        );
    }
}
