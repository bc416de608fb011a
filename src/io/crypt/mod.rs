//! The encrypted file format (`.amrenc`): zstd-compressed (optionally) dumps sealed with
//! AES-256-GCM in authenticated chunks, using the STREAM construction of the RustCrypto
//! `aead-stream` crate, with envelope keys. No cipher code is written here.
//!
//! # Format, version 1
//!
//! All integers little-endian.
//!
//! ```text
//! offset  size  field
//! 0       8     magic "AMRITENC"
//! 8       1     format version = 1
//! 9       1     compression of the plaintext: 0 none, 1 zstd
//! 10      1     content: 0 SQL dump, 1 BenRegID mapping (CSV), 2 value fingerprints
//! 11      1     n = length of the tool version
//! 12      4     chunk size C: plaintext bytes per chunk (16 B ..= 64 MiB)
//! 16      8     creation time, Unix seconds
//! 24      7     nonce prefix, random per file
//! 31      n     tool version, UTF-8 ("amrit-stream 0.1.0")
//! ---- the header core ends here: bytes [0, 31+n) ----
//! 31+n    1     k = number of key slots (1..=16)
//! …       68×k  key slots: key id (8) ‖ wrap nonce (12) ‖ wrapped data key (32 + 16-byte tag)
//! ---- the body: chunks ----
//! …             chunk i = AES-256-GCM(data key,
//!                                     nonce = prefix ‖ BE32(i) ‖ (1 if last chunk else 0),
//!                                     associated data = the header core,
//!                                     plaintext bytes [i·C, i·C + C))  ‖ 16-byte tag
//! ```
//!
//! Every chunk but the last holds exactly C plaintext bytes; the last holds 0..=C (an empty
//! plaintext is one empty last chunk). So the reader knows each chunk's length and which chunk
//! is last, and:
//! - changing any bit of the core or a chunk fails that chunk's tag;
//! - reordering, dropping or duplicating chunks changes the counter a chunk was sealed under;
//! - cutting the file at a chunk boundary makes a non-last chunk read as last (tag fails), and
//!   cutting inside a chunk shortens it (tag fails);
//! - a header from another file brings another nonce prefix and data key (tags fail).
//!
//! **Envelope keys.** Each file has its own random 32-byte data key. Each key slot holds it
//! wrapped with AES-256-GCM under a key derived from one master encryption key
//! ([`crate::io::keys::EncKey::wrapping_key`]), with the header core ‖ key id as associated data; the
//! key id is a fingerprint of the master key, never the key. Adding or removing a master key
//! ([`rekey()`]) rewrites the key slots only: the core and the body stay byte for byte the same.
//!
//! The reader ([`Opener`]) hands out a chunk's plaintext only after its tag verified, so no
//! unauthenticated byte is ever written; the writer ([`Sealer`]) writes the last chunk only in
//! [`Sealer::finish`], so an interrupted writer leaves a file that fails as truncated.

mod format;
mod header;
mod rekey;
mod stream;

pub use format::{Completion, Compression, Content, DEFAULT_CHUNK, EXTENSION, MAGIC, VERSION};
pub use header::{Header, KeySlot};
pub use rekey::rekey;
pub use stream::{check, Opener, SealOptions, Sealer};

#[cfg(test)]
mod tests {
    use super::format::TAG;
    use super::*;
    use crate::error::Error;
    use crate::io::keys::{EncKey, Keyring};
    use std::io::{Read, Write};

    fn ring(b: u8) -> Keyring {
        Keyring::of(vec![EncKey::from_bytes([b; 32])])
    }

    fn seal(plain: &[u8], keys: &Keyring, chunk: u32) -> Vec<u8> {
        let opts = SealOptions {
            chunk_size: chunk,
            ..SealOptions::default()
        };
        let mut s = Sealer::new(Vec::new(), keys, opts).unwrap();
        // Odd write sizes, to cross chunk boundaries every way.
        for piece in plain.chunks(7) {
            s.write_all(piece).unwrap();
        }
        s.finish().unwrap()
    }

    /// Everything the opener hands out before it stops, and whether it stopped with an error.
    fn open(file: &[u8], keys: &Keyring) -> (Vec<u8>, Option<String>) {
        let mut out = Vec::new();
        let mut o = match Opener::new(file, keys, "t.amrenc") {
            Ok(o) => o,
            Err(e) => return (out, Some(e.to_string())),
        };
        let mut buf = [0u8; 13];
        loop {
            match o.read(&mut buf) {
                Ok(0) => return (out, None),
                Ok(n) => out.extend_from_slice(&buf[..n]),
                Err(e) => return (out, Some(Error::io("reading", e).to_string())),
            }
        }
    }

    fn plaintext(n: usize) -> Vec<u8> {
        (0..n).map(|i| (i * 31 % 251) as u8).collect()
    }

    #[test]
    fn round_trips_any_length_including_chunk_multiples() {
        let k = ring(1);
        for n in [0, 1, 15, 16, 17, 32, 33, 100, 1000] {
            let p = plaintext(n);
            let f = seal(&p, &k, 16);
            assert!(f.starts_with(MAGIC));
            assert_eq!(open(&f, &k), (p.clone(), None), "length {n}");
            assert_eq!(check(&f[..], &k, "t").unwrap().1, n as u64);
        }
    }

    #[test]
    fn the_completion_record_round_trips_and_is_authenticated() {
        let k = ring(1);
        for n in [0, 5, 16, 40] {
            let p = plaintext(n);
            for c in [
                Completion::Unrecorded,
                Completion::Complete,
                Completion::Unproven,
            ] {
                let mut s = Sealer::new(
                    Vec::new(),
                    &k,
                    SealOptions {
                        chunk_size: 16,
                        ..SealOptions::default()
                    },
                )
                .unwrap();
                s.write_all(&p).unwrap();
                let f = s.finish_recording(c).unwrap();
                assert_eq!(open(&f, &k), (p.clone(), None), "{n} {c:?}");
                assert_eq!(check(&f[..], &k, "t").unwrap().2, c, "{n}");
                // A flipped tag bit of the last chunk fails under every record.
                let mut bad = f.clone();
                *bad.last_mut().unwrap() ^= 1;
                assert!(check(&bad[..], &k, "t").is_err());
            }
        }
    }

    /// The prefix of the plaintext made of whole chunks before chunk `bad`.
    fn verified_prefix(p: &[u8], chunk: usize, bad: usize) -> &[u8] {
        &p[..(bad * chunk).min(p.len())]
    }

    #[test]
    fn every_single_bit_flip_is_rejected_and_no_unverified_byte_comes_out() {
        let k = ring(1);
        let p = plaintext(16 * 3 + 5);
        let f = seal(&p, &k, 16);
        let body = Header::read(&mut &f[..], "t").unwrap().to_bytes().len();
        for byte in 0..f.len() {
            for bit in 0..8 {
                let mut g = f.clone();
                g[byte] ^= 1 << bit;
                let (out, err) = open(&g, &k);
                assert!(err.is_some(), "flip at byte {byte} bit {bit} not detected");
                // Only whole chunks before the changed one may have come out.
                let bad = if byte < body {
                    0
                } else {
                    (byte - body) / (16 + TAG)
                };
                assert!(
                    verified_prefix(&p, 16, bad).starts_with(&out),
                    "flip at byte {byte}: unverified bytes came out"
                );
            }
        }
    }

    #[test]
    fn truncation_anywhere_is_rejected() {
        let k = ring(1);
        let p = plaintext(16 * 4);
        let f = seal(&p, &k, 16);
        for cut in 0..f.len() {
            let (out, err) = open(&f[..cut], &k);
            assert!(err.is_some(), "cut at {cut} not detected");
            assert!(p.starts_with(&out));
            assert!(out.len() < p.len());
        }
    }

    #[test]
    fn swapped_duplicated_and_dropped_chunks_are_rejected() {
        let k = ring(1);
        let p = plaintext(16 * 4 + 3);
        let f = seal(&p, &k, 16);
        let h = Header::read(&mut &f[..], "t").unwrap().to_bytes().len();
        let c = 16 + TAG;
        let chunks: Vec<&[u8]> = f[h..].chunks(c).collect();
        assert_eq!(chunks.len(), 5);
        let build = |order: &[usize]| {
            let mut g = f[..h].to_vec();
            for &i in order {
                g.extend_from_slice(chunks[i]);
            }
            g
        };
        for order in [
            vec![1, 0, 2, 3, 4],
            vec![0, 1, 1, 2, 3, 4],
            vec![0, 2, 3, 4],
            vec![0, 1, 2, 3],
            vec![0, 1, 2, 3, 4, 4],
            vec![0, 1, 2, 4, 3],
        ] {
            let (_, err) = open(&build(&order), &k);
            assert!(err.is_some(), "order {order:?} not detected");
        }
        assert_eq!(open(&build(&[0, 1, 2, 3, 4]), &k), (p, None));
    }

    #[test]
    fn changed_header_fields_wrong_key_and_foreign_header_are_rejected() {
        let k = ring(1);
        let p = plaintext(100);
        let f = seal(&p, &k, 16);
        let g = seal(&p, &k, 16);
        let h = Header::read(&mut &f[..], "t").unwrap();
        let hl = h.to_bytes().len();
        // Another file's header on this body.
        let mut mixed = g[..hl].to_vec();
        mixed.extend_from_slice(&f[hl..]);
        assert!(open(&mixed, &k).1.is_some());
        // Wrong key: refused before any chunk.
        let (out, err) = open(&f, &ring(2));
        assert!(out.is_empty());
        assert!(err.unwrap().contains("none of the given encryption keys"));
        // No key at all.
        assert!(open(&f, &Keyring::empty())
            .1
            .unwrap()
            .contains("AMRIT_STREAM_ENC_KEY"));
        // A changed creation time (a valid header otherwise) fails every chunk.
        let mut t = f.clone();
        t[16] ^= 1;
        let (out, err) = open(&t, &k);
        assert!(out.is_empty() && err.is_some());
    }

    #[test]
    fn slots_for_several_keys_each_open_the_file() {
        let both = Keyring::of(vec![
            EncKey::from_bytes([1; 32]),
            EncKey::from_bytes([2; 32]),
        ]);
        let p = plaintext(50);
        let f = seal(&p, &both, 16);
        assert_eq!(open(&f, &ring(1)).0, p);
        assert_eq!(open(&f, &ring(2)).0, p);
        assert!(open(&f, &ring(3)).1.is_some());
    }

    #[test]
    fn rekey_adds_and_removes_keys_and_keeps_the_body() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x.amrenc");
        let p = plaintext(200);
        let f = seal(&p, &ring(1), 16);
        std::fs::write(&path, &f).unwrap();
        let a_id = EncKey::from_bytes([1; 32]).id_hex();
        let h = rekey(&path, &ring(1), &ring(2), &[a_id]).unwrap();
        assert_eq!(h.slots.len(), 1);
        let g = std::fs::read(&path).unwrap();
        let old_header = Header::read(&mut &f[..], "t").unwrap();
        let new_header = Header::read(&mut &g[..], "t").unwrap();
        assert_eq!(old_header.core(), new_header.core());
        assert_eq!(
            f[old_header.to_bytes().len()..],
            g[new_header.to_bytes().len()..],
            "the body is unchanged"
        );
        assert_eq!(open(&g, &ring(2)), (p, None));
        assert!(open(&g, &ring(1)).1.is_some());
        // Removing the last key is refused.
        let b_id = EncKey::from_bytes([2; 32]).id_hex();
        assert!(rekey(&path, &ring(2), &Keyring::empty(), &[b_id]).is_err());
    }
}
