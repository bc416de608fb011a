//! Keyed, deterministic building blocks: per-domain keys, keyed hashes (seeds), and a keyed
//! permutation of the integers `[0, n)` (a Feistel network over two halves with cycle walking),
//! which maps IDs one-to-one with no mapping table.
//!
//! Every function here depends only on its key and input: the same key gives the same output in
//! every run, thread and database; another key gives unrelated output.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::io::keys::MasterKey;

/// A domain's secret: the same logical value (a BenRegID, a phone) hashes identically wherever
/// it appears, whatever the column, table or database.
#[derive(Clone)]
pub struct DomainKey {
    key: [u8; 32],
    rounds: [[u8; 32]; ROUNDS],
}

impl std::fmt::Debug for DomainKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DomainKey(..)")
    }
}

const ROUNDS: usize = 6;

/// Every domain's key under one master key, derived once and shared by every input and thread
/// of an engine.
pub struct DomainKeys {
    master: Arc<MasterKey>,
    derived: Mutex<HashMap<String, DomainKey>>,
}

impl std::fmt::Debug for DomainKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DomainKeys(..)")
    }
}

impl DomainKeys {
    /// The domain keys of `master`.
    pub fn new(master: Arc<MasterKey>) -> DomainKeys {
        DomainKeys {
            master,
            derived: Mutex::new(HashMap::new()),
        }
    }

    /// The master key they derive from.
    pub fn master(&self) -> &Arc<MasterKey> {
        &self.master
    }

    /// The key of domain `name` (derived on first use).
    pub fn get(&self, name: &str) -> DomainKey {
        let mut derived = self.derived.lock().expect("domain keys lock");
        derived
            .entry(name.to_string())
            .or_insert_with(|| DomainKey::new(&self.master, name))
            .clone()
    }
}

impl DomainKey {
    /// The key of domain `name` under `master`.
    pub fn new(master: &MasterKey, name: &str) -> DomainKey {
        DomainKey::from_bytes(master.derive(&format!("domain:{name}")))
    }

    /// A domain key from raw bytes.
    pub fn from_bytes(key: [u8; 32]) -> DomainKey {
        let rounds = std::array::from_fn(|r| {
            blake3::derive_key(
                "amrit-stream 2026 feistel round",
                &[&key[..], &[r as u8]].concat(),
            )
        });
        DomainKey { key, rounds }
    }

    /// Keyed hash of `value` with a purpose tag: the seed of every fake of this domain.
    pub fn seed(&self, purpose: &[u8], value: &[u8]) -> Seed {
        let mut h = blake3::Hasher::new_keyed(&self.key);
        h.update(&(purpose.len() as u64).to_le_bytes());
        h.update(purpose);
        h.update(value);
        Seed {
            reader: h.finalize_xof(),
        }
    }

    fn round(&self, r: usize, half: u64, n: u64) -> u64 {
        let mut input = [0u8; 16];
        input[..8].copy_from_slice(&half.to_le_bytes());
        input[8..].copy_from_slice(&n.to_le_bytes());
        let out = blake3::keyed_hash(&self.rounds[r], &input);
        u64::from_le_bytes(out.as_bytes()[..8].try_into().expect("8 bytes"))
    }

    /// A keyed permutation of `[0, n)`: one-to-one and onto by construction, `n >= 1`.
    ///
    /// # Panics
    /// When `x >= n` or `n == 0`.
    pub fn permute(&self, x: u64, n: u64) -> u64 {
        self.walk(x, n, Self::feistel)
    }

    /// A keyed permutation of `[0, n)` that moves every value when `n` is small (below a
    /// million, where a plain permutation leaves one value in `n` where it was): there it is the
    /// plain permutation conjugated with a rotation by `1 + tweak mod (n − 1)`, which has no
    /// fixed point. From a million up it is `permute((x + tweak) mod n)`, so large domains (phone
    /// numbers, Aadhaar) map exactly as the plain permutation does.
    ///
    /// # Panics
    /// When `x >= n` or `n == 0`.
    pub fn permute_moving(&self, x: u64, n: u64, tweak: u64) -> u64 {
        const SMALL: u64 = 1_000_000;
        if n >= SMALL {
            return self.permute((x + tweak % n) % n, n);
        }
        if n == 1 {
            return x;
        }
        let z = self.unpermute(x, n);
        self.permute((z + 1 + tweak % (n - 1)) % n, n)
    }

    /// The inverse of [`DomainKey::permute`] (for tests and support lookups).
    ///
    /// # Panics
    /// When `y >= n` or `n == 0`.
    pub fn unpermute(&self, y: u64, n: u64) -> u64 {
        self.walk(y, n, Self::feistel_inv)
    }

    /// Apply `step`, a permutation of `[0, p*q)` with `n <= p*q < 2n`, until the value is back in
    /// `[0, n)` (cycle walking: it always comes back, along the permutation's cycle through x).
    fn walk(&self, x: u64, n: u64, step: fn(&Self, u64, u128, u128) -> u64) -> u64 {
        assert!(n > 0 && x < n, "permutation input {x} outside [0, {n})");
        if n == 1 {
            return 0;
        }
        let bits = 64 - (n - 1).leading_zeros();
        let a = bits / 2;
        let (p, q) = (1u128 << a, 1u128 << (bits - a));
        let mut y = x;
        loop {
            y = step(self, y, p, q);
            if y < n {
                return y;
            }
        }
    }

    fn feistel(&self, x: u64, p: u128, q: u128) -> u64 {
        let (mut l, mut r) = ((x as u128 / q) as u64, (x as u128 % q) as u64);
        // Alternating modular Feistel: each step adds a keyed function of one half to the other
        // modulo that half's size, which is invertible whatever the sizes.
        for i in 0..ROUNDS {
            if i % 2 == 0 {
                l = ((l as u128 + self.round(i, r, q as u64) as u128 % p) % p) as u64;
            } else {
                r = ((r as u128 + self.round(i, l, p as u64) as u128 % q) % q) as u64;
            }
        }
        (l as u128 * q + r as u128) as u64
    }

    fn feistel_inv(&self, y: u64, p: u128, q: u128) -> u64 {
        let (mut l, mut r) = (y as u128 / q, y as u128 % q);
        for i in (0..ROUNDS).rev() {
            if i % 2 == 0 {
                l = (l + p - self.round(i, r as u64, q as u64) as u128 % p) % p;
            } else {
                r = (r + q - self.round(i, l as u64, p as u64) as u128 % q) % q;
            }
        }
        (l * q + r) as u64
    }
}

/// A stream of keyed pseudo-random numbers derived from one value.
pub struct Seed {
    reader: blake3::OutputReader,
}

impl Seed {
    /// The next 64 bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut b = [0u8; 8];
        self.reader.fill(&mut b);
        u64::from_le_bytes(b)
    }

    /// A number in `0..n` (`n > 0`); the bias is below 2^-40 for the sizes used here.
    pub fn below(&mut self, n: u64) -> u64 {
        ((self.next_u64() as u128 * n as u128) >> 64) as u64
    }

    /// Fill `out` with keyed bytes.
    pub fn fill(&mut self, out: &mut [u8]) {
        self.reader.fill(out);
    }

    /// One element of `items`.
    pub fn pick<'a, T: ?Sized>(&mut self, items: &[&'a T]) -> &'a T {
        items[self.below(items.len() as u64) as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn key(b: u8) -> DomainKey {
        DomainKey::from_bytes([b; 32])
    }

    #[test]
    fn permutation_is_a_bijection_on_small_domains() {
        let k = key(3);
        for n in [1u64, 2, 3, 7, 10, 100, 1000, 4097] {
            let outs: HashSet<u64> = (0..n).map(|x| k.permute(x, n)).collect();
            assert_eq!(outs.len() as u64, n, "n = {n}");
            assert!(outs.iter().all(|&y| y < n));
            for x in (0..n).step_by(17) {
                assert_eq!(k.unpermute(k.permute(x, n), n), x);
            }
        }
    }

    #[test]
    fn permutation_depends_on_the_key_and_works_on_huge_domains() {
        let n = 9_000_000_000_000_000_000u64;
        let (a, b) = (key(1), key(2));
        let x = 1_234_567_890_123_456_789;
        assert_ne!(a.permute(x, n), b.permute(x, n));
        assert_eq!(a.unpermute(a.permute(x, n), n), x);
        let same = (0..1000u64)
            .filter(|&i| a.permute(i, 1000) == b.permute(i, 1000))
            .count();
        assert!(same < 20, "two keys agree on {same} of 1000");
    }

    #[test]
    fn moving_permutations_are_bijections_without_fixed_points_on_small_domains() {
        let k = key(5);
        for n in [2u64, 3, 10, 100, 6760] {
            for tweak in [0u64, 1, 7, 1 << 40] {
                let mut seen = std::collections::HashSet::new();
                for x in 0..n {
                    let y = k.permute_moving(x, n, tweak);
                    assert!(y < n && y != x, "n={n} x={x} y={y}");
                    assert!(seen.insert(y));
                }
            }
        }
        // Large domains map as the plain permutation does.
        assert_eq!(
            k.permute_moving(123_456_789, 4_000_000_000, 0),
            k.permute(123_456_789, 4_000_000_000)
        );
    }

    #[test]
    fn seeds_are_purpose_and_value_specific() {
        let k = key(5);
        assert_eq!(k.seed(b"a", b"x").next_u64(), k.seed(b"a", b"x").next_u64());
        assert_ne!(k.seed(b"a", b"x").next_u64(), k.seed(b"b", b"x").next_u64());
        assert_ne!(k.seed(b"a", b"x").next_u64(), k.seed(b"a", b"y").next_u64());
        let mut s = k.seed(b"a", b"x");
        assert!((0..1000).all(|_| s.below(7) < 7));
    }
}
