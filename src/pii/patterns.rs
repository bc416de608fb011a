//! Compiled regexes for every worker thread without contention: a regex keeps its search
//! caches in a pool whose fast path belongs to the first thread that used it, and every other
//! thread takes a lock to borrow a cache for each search (on two workers, the second spent
//! about 4% of its time there). [`PerThread`] compiles once and gives each thread its own clone
//! (a clone shares the compiled program and has its own cache pool).

use std::sync::OnceLock;

use thread_local::ThreadLocal;

/// A value (compiled regexes) made once and cloned once per thread that uses it.
pub(crate) struct PerThread<T: Clone + Send> {
    first: OnceLock<T>,
    local: ThreadLocal<T>,
    make: fn() -> T,
}

impl<T: Clone + Send> PerThread<T> {
    /// A value made by `make` on first use.
    pub(crate) const fn new(make: fn() -> T) -> PerThread<T> {
        PerThread {
            first: OnceLock::new(),
            local: ThreadLocal::new(),
            make,
        }
    }

    /// This thread's copy.
    pub(crate) fn get(&self) -> &T {
        self.local
            .get_or(|| self.first.get_or_init(self.make).clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static WORDS: PerThread<regex::Regex> =
        PerThread::new(|| regex::Regex::new(r"\bRavi\b").expect("pattern"));

    #[test]
    fn every_thread_gets_a_working_copy_of_its_own() {
        let here: *const regex::Regex = WORDS.get();
        assert!(std::ptr::eq(here, WORDS.get()), "one copy per thread");
        let there = std::thread::spawn(|| {
            assert!(WORDS.get().is_match("call Ravi"));
            WORDS.get() as *const regex::Regex as usize
        })
        .join()
        .unwrap();
        assert_ne!(here as usize, there);
        assert!(!WORDS.get().is_match("Ravindra"));
    }
}
