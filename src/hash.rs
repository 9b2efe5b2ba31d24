//! The one fast hasher: for hash maps keyed by short strings and small integers (rule tables,
//! block texts, sentence-index pairs) and for the character n-gram fingerprints of alignment.
//! It is not collision-resistant against chosen input; nothing here hashes keys an attacker
//! picks to slow us down, and no output depends on the iteration order of these maps.
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hash, Hasher};

/// The multiply-rotate scheme of rustc's FxHash, one 64-bit word at a time; SipHash showed up
/// in profiles of the sentence splitter and the aligner.
#[derive(Default, Clone, Copy)]
pub struct FastHasher(u64);

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
            self.add(word);
        }
        let mut tail = [0u8; 8];
        let rest = chunks.remainder();
        tail[..rest.len()].copy_from_slice(rest);
        self.add(u64::from_le_bytes(tail) ^ rest.len() as u64);
    }
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }
    fn write_u32(&mut self, i: u32) {
        self.add(i as u64);
    }
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FastHasher>>;

/// The 64-bit [`FastHasher`] fingerprint of `value`, e.g. of a character n-gram.
pub fn fingerprint<T: Hash + ?Sized>(value: &T) -> u64 {
    let mut hasher = FastHasher::default();
    value.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_tell_short_ngrams_apart() {
        // every 1- to 3-gram over a small alphabet, the length included in the fingerprint
        let alphabet: Vec<char> = "aeiouknrst0129.,éñ“”".chars().collect();
        let mut grams: Vec<Vec<char>> = alphabet.iter().map(|&c| vec![c]).collect();
        for _ in 0..2 {
            let longer: Vec<Vec<char>> = grams
                .iter()
                .filter(|g| g.len() == grams.last().map_or(0, Vec::len))
                .flat_map(|g| {
                    alphabet.iter().map(move |&c| {
                        let mut g = g.clone();
                        g.push(c);
                        g
                    })
                })
                .collect();
            grams.extend(longer);
        }
        let fingerprints: FastSet<u64> = grams.iter().map(|g| fingerprint(&g[..])).collect();
        assert_eq!(fingerprints.len(), grams.len());
    }

    #[test]
    fn a_map_finds_what_it_holds() {
        let mut map: FastMap<&str, usize> = FastMap::default();
        for (k, word) in ["Prof.", "Jl.", "dll.", "No.", ""].iter().enumerate() {
            map.insert(word, k);
        }
        assert_eq!(map.get("dll."), Some(&2));
        assert_eq!(map.get(""), Some(&4));
        assert_eq!(map.get("dll"), None);
    }
}
