//! Keyed, deterministic building blocks: per-domain keys, keyed hashes (seeds), and a keyed
//! permutation of the integers `[0, n)` (a Feistel network over two halves with cycle walking),
//! which maps IDs one-to-one with no mapping table.
//!
//! Every function here depends only on its key and input: the same key gives the same output in
//! every run, thread and database; another key gives unrelated output.
//!
//! Two key derivations exist ([`Derivation`]), recorded in every manifest. Version 2 (the
//! default) runs the Feistel rounds through AES-128 and seeds through AES-CMAC and AES in
//! counter mode, hardware-accelerated where the CPU has AES instructions; version 1 (BLAKE3 for
//! both) stays available so that an output made with it can be made again.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use aes::cipher::consts::U16;
use aes::cipher::{
    BlockCipherEncBackend, BlockCipherEncClosure, BlockCipherEncrypt, BlockSizeUser, KeyInit,
};
use aes::Aes128;
use serde::{Deserialize, Serialize};

use crate::io::keys::MasterKey;

/// How a domain's 32-byte key becomes pseudonyms. Each version is a different, stable mapping:
/// the same key and version give the same output forever; the versions agree on nothing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub enum Derivation {
    /// BLAKE3 keyed hashes: six per permutation step, one hash and its extendable output per
    /// seed (outputs made before version 2).
    V1,
    /// AES-128 round functions, and seeds that are one BLAKE3 keyed hash of the value followed
    /// by an AES-128 counter-mode stream: the same guarantees at a fraction of the CPU time.
    #[default]
    V2,
}

impl Derivation {
    /// Every version, oldest first.
    pub const ALL: [Derivation; 2] = [Derivation::V1, Derivation::V2];

    /// The version's number, as manifests and `--derivation` spell it.
    pub fn number(self) -> u8 {
        match self {
            Derivation::V1 => 1,
            Derivation::V2 => 2,
        }
    }
}

impl From<Derivation> for u8 {
    fn from(d: Derivation) -> u8 {
        d.number()
    }
}

impl TryFrom<u8> for Derivation {
    type Error = String;

    fn try_from(n: u8) -> Result<Derivation, String> {
        Derivation::ALL
            .into_iter()
            .find(|d| d.number() == n)
            .ok_or_else(|| format!("key derivation {n} is unknown (this build knows 1 and 2)"))
    }
}

impl std::str::FromStr for Derivation {
    type Err = String;

    fn from_str(s: &str) -> Result<Derivation, String> {
        let n: u8 = s
            .trim()
            .parse()
            .map_err(|_| format!("key derivation must be 1 or 2, not {s:?}"))?;
        Derivation::try_from(n)
    }
}

/// A domain's secret: the same logical value (a BenRegID, a phone) hashes identically wherever
/// it appears, whatever the column, table or database.
#[derive(Clone)]
pub struct DomainKey {
    core: Arc<Core>,
}

/// A domain key's derived material, one variant per [`Derivation`]. (One per domain, behind an
/// `Arc`: the variants' sizes do not matter.)
#[allow(clippy::large_enum_variant)]
enum Core {
    V1 {
        key: [u8; 32],
        rounds: [[u8; 32]; ROUNDS],
    },
    V2 {
        /// The round function of the permutations.
        rounds: Aes128,
        /// The seeds' keyed hash.
        seed: [u8; 32],
        /// The seeds' output stream.
        stream: Aes128,
    },
}

impl std::fmt::Debug for DomainKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DomainKey(..)")
    }
}

const ROUNDS: usize = 6;

/// Bytes of a version-2 seed's stream made at once (four AES blocks).
const STREAM_BYTES: usize = 64;

/// Every domain's key under one master key, derived once and shared by every input and thread
/// of an engine.
pub struct DomainKeys {
    master: Arc<MasterKey>,
    derivation: Derivation,
    derived: Mutex<HashMap<String, DomainKey>>,
}

impl std::fmt::Debug for DomainKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DomainKeys(..)")
    }
}

impl DomainKeys {
    /// The domain keys of `master` under `derivation`.
    pub fn new(master: Arc<MasterKey>, derivation: Derivation) -> DomainKeys {
        DomainKeys {
            master,
            derivation,
            derived: Mutex::new(HashMap::new()),
        }
    }

    /// The master key they derive from.
    pub fn master(&self) -> &Arc<MasterKey> {
        &self.master
    }

    /// The derivation they use.
    pub fn derivation(&self) -> Derivation {
        self.derivation
    }

    /// The key of domain `name` (derived on first use).
    pub fn get(&self, name: &str) -> DomainKey {
        let mut derived = self.derived.lock().expect("domain keys lock");
        derived
            .entry(name.to_string())
            .or_insert_with(|| DomainKey::with(&self.master, name, self.derivation))
            .clone()
    }
}

impl DomainKey {
    /// The key of domain `name` under `master`, current derivation.
    pub fn new(master: &MasterKey, name: &str) -> DomainKey {
        DomainKey::with(master, name, Derivation::default())
    }

    /// The key of domain `name` under `master` and `derivation`.
    pub fn with(master: &MasterKey, name: &str, derivation: Derivation) -> DomainKey {
        DomainKey::from_bytes_with(master.derive(&format!("domain:{name}")), derivation)
    }

    /// A domain key from raw bytes, current derivation.
    pub fn from_bytes(key: [u8; 32]) -> DomainKey {
        DomainKey::from_bytes_with(key, Derivation::default())
    }

    /// A domain key from raw bytes under `derivation`.
    pub fn from_bytes_with(key: [u8; 32], derivation: Derivation) -> DomainKey {
        let core = match derivation {
            Derivation::V1 => Core::V1 {
                key,
                rounds: std::array::from_fn(|r| {
                    blake3::derive_key(
                        "amrit-stream 2026 feistel round",
                        &[&key[..], &[r as u8]].concat(),
                    )
                }),
            },
            Derivation::V2 => {
                let aes = |purpose: &str| {
                    let k = blake3::derive_key(purpose, &key);
                    Aes128::new(&k[..16].try_into().expect("16 bytes"))
                };
                Core::V2 {
                    rounds: aes("amrit-stream derivation 2 feistel rounds"),
                    seed: blake3::derive_key("amrit-stream derivation 2 seed hash", &key),
                    stream: aes("amrit-stream derivation 2 seed stream"),
                }
            }
        };
        DomainKey {
            core: Arc::new(core),
        }
    }

    /// Keyed hash of `value` with a purpose tag: the seed of every fake of this domain.
    pub fn seed(&self, purpose: &[u8], value: &[u8]) -> Seed<'_> {
        match &*self.core {
            Core::V1 { key, .. } => {
                let mut h = blake3::Hasher::new_keyed(key);
                h.update(&(purpose.len() as u64).to_le_bytes());
                h.update(purpose);
                h.update(value);
                Seed {
                    stream: Stream::V1(h.finalize_xof()),
                }
            }
            Core::V2 { seed, stream, .. } => {
                let tag = seed_hash(seed, purpose, value);
                Seed {
                    stream: Stream::V2 {
                        cipher: stream,
                        tag,
                        counter: 0,
                        buf: [0; STREAM_BYTES],
                        used: STREAM_BYTES,
                    },
                }
            }
        }
    }

    /// A keyed permutation of `[0, n)`: one-to-one and onto by construction, `n >= 1`.
    ///
    /// # Panics
    /// When `x >= n` or `n == 0`.
    pub fn permute(&self, x: u64, n: u64) -> u64 {
        self.walk(x, n, false)
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
        self.walk(y, n, true)
    }

    /// The permutation (or its inverse) of `x` in `[0, n)` under this key's round function.
    fn walk(&self, x: u64, n: u64, inverse: bool) -> u64 {
        assert!(n > 0 && x < n, "permutation input {x} outside [0, {n})");
        match &*self.core {
            Core::V1 { rounds, .. } => walk(x, n, inverse, &mut |r, half, size| {
                let mut input = [0u8; 16];
                input[..8].copy_from_slice(&half.to_le_bytes());
                input[8..].copy_from_slice(&size.to_le_bytes());
                let out = blake3::keyed_hash(&rounds[r], &input);
                u64::from_le_bytes(out.as_bytes()[..8].try_into().expect("8 bytes"))
            }),
            Core::V2 { rounds, .. } => {
                // One call into the cipher for the whole walk: its backend is chosen (and its
                // round keys loaded) once, not once per round.
                let mut walk = AesWalk {
                    x,
                    n,
                    inverse,
                    out: 0,
                };
                rounds.encrypt_with_backend(&mut walk);
                walk.out
            }
        }
    }
}

/// The keyed BLAKE3 hash of `(purpose length, purpose, value)`, its first 16 bytes.
fn seed_hash(key: &[u8; 32], purpose: &[u8], value: &[u8]) -> u128 {
    let len = (purpose.len() as u64).to_le_bytes();
    let hash = keyed_hash_of(key, &[&len, purpose, value]);
    u128::from_le_bytes(hash.as_bytes()[..16].try_into().expect("16 bytes"))
}

/// The keyed BLAKE3 hash of `parts` one after another. Short inputs (nearly every value) are
/// hashed from a stack buffer in one call: the same hash without the incremental hasher's
/// set-up, which costs more than hashing a short value.
pub fn keyed_hash_of(key: &[u8; 32], parts: &[&[u8]]) -> blake3::Hash {
    let mut buf = [0u8; 256];
    let total: usize = parts.iter().map(|p| p.len()).sum();
    if total > buf.len() {
        let mut h = blake3::Hasher::new_keyed(key);
        parts.iter().for_each(|p| {
            h.update(p);
        });
        return h.finalize();
    }
    let mut at = 0;
    for p in parts {
        buf[at..at + p.len()].copy_from_slice(p);
        at += p.len();
    }
    blake3::keyed_hash(key, &buf[..total])
}

/// A permutation walk run inside one AES backend call.
struct AesWalk {
    x: u64,
    n: u64,
    inverse: bool,
    out: u64,
}

impl BlockSizeUser for &mut AesWalk {
    type BlockSize = U16;
}

impl BlockCipherEncClosure for &mut AesWalk {
    fn call<B: BlockCipherEncBackend<BlockSize = U16>>(self, backend: &B) {
        self.out = walk(self.x, self.n, self.inverse, &mut |r, half, size| {
            // size is a power of two up to 2^32: the block holds half, size and the round.
            let mut block = [0u8; 16];
            block[..8].copy_from_slice(&half.to_le_bytes());
            block[8..15].copy_from_slice(&size.to_le_bytes()[..7]);
            block[15] = r as u8;
            let mut b = aes::Block::from(block);
            backend.encrypt_block((&mut b).into());
            u64::from_le_bytes(b[..8].try_into().expect("8 bytes"))
        });
    }
}

/// The keyed permutation of `[0, n)` (`x < n`), or its inverse, with round function `round`
/// (round index, half, size of the other half): an alternating modular Feistel network over
/// `[0, p*q)` with `n <= p*q < 2n`, applied until the value is back in `[0, n)` (cycle walking:
/// it always comes back, along the permutation's cycle through x).
fn walk(x: u64, n: u64, inverse: bool, round: &mut dyn FnMut(usize, u64, u64) -> u64) -> u64 {
    if n == 1 {
        return 0;
    }
    let bits = 64 - (n - 1).leading_zeros();
    let a = bits / 2;
    let (p, q) = (1u64 << a, 1u64 << (bits - a));
    let mut y = x;
    loop {
        y = if inverse {
            feistel_inv(y, p, q, round)
        } else {
            feistel(y, p, q, round)
        };
        if y < n {
            return y;
        }
    }
}

/// One pass of the Feistel network over `[0, p*q)`, `p` and `q` powers of two up to 2^32: each
/// step adds a keyed function of one half to the other modulo that half's size, which is
/// invertible whatever the sizes. (Powers of two: halves are shifts and masks, and the sums
/// wrap modulo 2^64, a multiple of either size.)
fn feistel(x: u64, p: u64, q: u64, round: &mut dyn FnMut(usize, u64, u64) -> u64) -> u64 {
    let shift = q.trailing_zeros();
    let (mut l, mut r) = (x >> shift, x & (q - 1));
    for i in 0..ROUNDS {
        if i % 2 == 0 {
            l = l.wrapping_add(round(i, r, q)) & (p - 1);
        } else {
            r = r.wrapping_add(round(i, l, p)) & (q - 1);
        }
    }
    (l << shift) | r
}

/// The inverse of [`feistel`].
fn feistel_inv(y: u64, p: u64, q: u64, round: &mut dyn FnMut(usize, u64, u64) -> u64) -> u64 {
    let shift = q.trailing_zeros();
    let (mut l, mut r) = (y >> shift, y & (q - 1));
    for i in (0..ROUNDS).rev() {
        if i % 2 == 0 {
            l = l.wrapping_sub(round(i, r, q)) & (p - 1);
        } else {
            r = r.wrapping_sub(round(i, l, p)) & (q - 1);
        }
    }
    (l << shift) | r
}

/// A stream of keyed pseudo-random numbers derived from one value.
pub struct Seed<'k> {
    stream: Stream<'k>,
}

/// The bytes behind a [`Seed`], one variant per [`Derivation`].
enum Stream<'k> {
    V1(blake3::OutputReader),
    /// Blocks `AES(tag + counter)`, made four at a time and used up one byte at a time.
    V2 {
        cipher: &'k Aes128,
        tag: u128,
        counter: u128,
        buf: [u8; STREAM_BYTES],
        used: usize,
    },
}

impl Seed<'_> {
    /// The next 64 bits.
    pub fn next_u64(&mut self) -> u64 {
        let mut b = [0u8; 8];
        self.fill(&mut b);
        u64::from_le_bytes(b)
    }

    /// A number in `0..n` (`n > 0`); the bias is below 2^-40 for the sizes used here.
    pub fn below(&mut self, n: u64) -> u64 {
        ((self.next_u64() as u128 * n as u128) >> 64) as u64
    }

    /// Fill `out` with keyed bytes.
    pub fn fill(&mut self, out: &mut [u8]) {
        match &mut self.stream {
            Stream::V1(reader) => reader.fill(out),
            Stream::V2 {
                cipher,
                tag,
                counter,
                buf,
                used,
            } => {
                let mut out = out;
                while !out.is_empty() {
                    if *used == buf.len() {
                        // Four blocks in one call: the cipher runs them side by side.
                        let mut blocks: [aes::Block; STREAM_BYTES / 16] =
                            std::array::from_fn(|i| {
                                tag.wrapping_add(*counter + i as u128).to_le_bytes().into()
                            });
                        cipher.encrypt_blocks(&mut blocks);
                        for (chunk, b) in buf.chunks_exact_mut(16).zip(&blocks) {
                            chunk.copy_from_slice(b);
                        }
                        *counter += blocks.len() as u128;
                        *used = 0;
                    }
                    let n = out.len().min(buf.len() - *used);
                    out[..n].copy_from_slice(&buf[*used..*used + n]);
                    *used += n;
                    out = &mut out[n..];
                }
            }
        }
    }

    /// One element of `items`.
    pub fn pick<'i, T: ?Sized>(&mut self, items: &[&'i T]) -> &'i T {
        items[self.below(items.len() as u64) as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// The key `[b; 32]` under every derivation.
    fn keys(b: u8) -> impl Iterator<Item = DomainKey> {
        Derivation::ALL
            .into_iter()
            .map(move |d| DomainKey::from_bytes_with([b; 32], d))
    }

    #[test]
    fn permutation_is_a_bijection_on_small_domains() {
        for k in keys(3) {
            for n in [1u64, 2, 3, 7, 10, 100, 1000, 4097] {
                let outs: HashSet<u64> = (0..n).map(|x| k.permute(x, n)).collect();
                assert_eq!(outs.len() as u64, n, "n = {n}");
                assert!(outs.iter().all(|&y| y < n));
                for x in (0..n).step_by(17) {
                    assert_eq!(k.unpermute(k.permute(x, n), n), x);
                }
            }
        }
    }

    #[test]
    fn permutation_depends_on_the_key_and_works_on_huge_domains() {
        let n = 9_000_000_000_000_000_000u64;
        for (a, b) in keys(1).zip(keys(2)) {
            let x = 1_234_567_890_123_456_789;
            assert_ne!(a.permute(x, n), b.permute(x, n));
            assert_eq!(a.unpermute(a.permute(x, n), n), x);
            let same = (0..1000u64)
                .filter(|&i| a.permute(i, 1000) == b.permute(i, 1000))
                .count();
            assert!(same < 20, "two keys agree on {same} of 1000");
        }
    }

    #[test]
    fn moving_permutations_are_bijections_without_fixed_points_on_small_domains() {
        for k in keys(5) {
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
    }

    #[test]
    fn seeds_are_purpose_and_value_specific() {
        for k in keys(5) {
            assert_eq!(k.seed(b"a", b"x").next_u64(), k.seed(b"a", b"x").next_u64());
            assert_ne!(k.seed(b"a", b"x").next_u64(), k.seed(b"b", b"x").next_u64());
            assert_ne!(k.seed(b"a", b"x").next_u64(), k.seed(b"a", b"y").next_u64());
            let mut s = k.seed(b"a", b"x");
            assert!((0..1000).all(|_| s.below(7) < 7));
            // Long streams and long inputs (past the stack buffer) work alike.
            let mut long = vec![0u8; 300];
            s.fill(&mut long);
            assert!(long.iter().any(|&b| b != 0));
            let big = vec![7u8; 1000];
            assert_ne!(
                k.seed(b"a", &big).next_u64(),
                k.seed(b"a", &big[..999]).next_u64()
            );
        }
    }

    #[test]
    fn derivations_disagree_and_parse_from_their_numbers() {
        let [v1, v2]: [DomainKey; 2] = keys(8).collect::<Vec<_>>().try_into().unwrap();
        let same = (0..1000u64)
            .filter(|&i| v1.permute(i, 1_000_000) == v2.permute(i, 1_000_000))
            .count();
        assert!(same < 5, "versions agree on {same} of 1000");
        assert_ne!(
            v1.seed(b"p", b"x").next_u64(),
            v2.seed(b"p", b"x").next_u64()
        );
        assert_eq!("1".parse::<Derivation>(), Ok(Derivation::V1));
        assert_eq!(" 2".parse::<Derivation>(), Ok(Derivation::V2));
        assert!("3".parse::<Derivation>().unwrap_err().contains("unknown"));
        assert!("two".parse::<Derivation>().is_err());
        assert_eq!(Derivation::default(), Derivation::V2);
        assert_eq!(serde_json::to_string(&Derivation::V1).unwrap(), "1");
        assert_eq!(
            serde_json::from_str::<Derivation>("2").unwrap(),
            Derivation::V2
        );
        assert!(serde_json::from_str::<Derivation>("9").is_err());
    }
}
