//! How many threads one document may use, and running jobs on them in order.
//!
//! Extraction splits a long document into runs of blocks read on separate threads, and
//! checking runs the rules over a long document on separate threads. Both put the
//! results together in document order and rule order, so the output is the same, byte
//! for byte, on one thread or many. A short document stays on the calling thread:
//! starting a thread costs more than reading a few paragraphs.
//!
//! The limit is one per processor unless [`set_threads`] says otherwise. `numcheck
//! check` sets it from `--threads`, and to one when it already checks several files at
//! once.

use std::num::NonZeroUsize;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The limit set by [`set_threads`]; 0 means one per processor.
static LIMIT: AtomicUsize = AtomicUsize::new(0);

/// Sets the most threads one call of [`extract`](crate::extract) or
/// [`RuleSet::check`](crate::RuleSet::check) may use, for the whole process: 1 keeps
/// all the work on the calling thread, 0 (the default) allows one per processor.
pub fn set_threads(n: usize) {
    LIMIT.store(n, Ordering::Relaxed);
}

/// The most threads one document may use now (at least 1).
pub fn threads() -> usize {
    match LIMIT.load(Ordering::Relaxed) {
        0 => processors(),
        n => n,
    }
}

/// The number of processors, asked once.
pub fn processors() -> usize {
    static PROCESSORS: OnceLock<usize> = OnceLock::new();
    *PROCESSORS.get_or_init(|| std::thread::available_parallelism().map_or(1, NonZeroUsize::get))
}

/// How many threads `work` units deserve when each thread should get at least
/// `per_thread` of them: between 1 and [`threads`].
pub(crate) fn threads_for(work: usize, per_thread: usize) -> usize {
    (work / per_thread.max(1)).clamp(1, threads())
}

/// Runs `job(0)` … `job(jobs - 1)` on up to `threads` threads (the calling thread
/// among them), each thread taking the next job as it finishes one, and returns the
/// results in job order. A panic in a job is raised again on the calling thread.
///
/// `numcheck check` checks files with it, one file a job; a tool that drives the
/// library over many documents may do the same (with [`set_threads`] at 1, so that
/// each document keeps to its thread).
pub fn in_order<T: Send>(jobs: usize, threads: usize, job: impl Fn(usize) -> T + Sync) -> Vec<T> {
    let threads = threads.clamp(1, jobs.max(1));
    if threads == 1 {
        return (0..jobs).map(job).collect();
    }
    let next = AtomicUsize::new(0);
    let worker = || {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            if i >= jobs {
                break done;
            }
            done.push((i, job(i)));
        }
    };
    let mut results: Vec<(usize, T)> = std::thread::scope(|s| {
        let others: Vec<_> = (1..threads).map(|_| s.spawn(worker)).collect();
        let mut results = worker();
        for h in others {
            results.extend(h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
        }
        results
    });
    results.sort_unstable_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_in_job_order_on_any_number_of_threads() {
        for threads in 1..=4 {
            let squares = in_order(50, threads, |i| i * i);
            assert_eq!(squares, (0..50).map(|i| i * i).collect::<Vec<_>>());
        }
        assert!(in_order(0, 3, |i| i).is_empty());
    }

    #[test]
    fn jobs_run_on_several_threads_when_asked() {
        use std::collections::HashSet;
        use std::sync::Mutex;
        use std::time::{Duration, Instant};
        // Each job waits (for a while at most) until a second thread has taken one.
        let seen = Mutex::new(HashSet::new());
        let waited = Instant::now();
        in_order(8, 2, |_| {
            seen.lock().unwrap().insert(std::thread::current().id());
            while seen.lock().unwrap().len() < 2 && waited.elapsed() < Duration::from_secs(30) {
                std::thread::sleep(Duration::from_millis(1));
            }
        });
        assert_eq!(seen.lock().unwrap().len(), 2);
    }

    #[test]
    fn a_thread_count_is_between_one_and_the_limit() {
        assert_eq!(threads_for(0, 100), 1);
        assert_eq!(threads_for(150, 100), 1);
        assert!(threads_for(usize::MAX, 1) <= threads());
        assert!(threads() >= 1);
    }
}
