//! The one fast hasher: for hash maps keyed by short strings and small integers (rule tables,
//! block texts, sentence-index pairs) and for the character n-gram fingerprints of alignment;
//! and [`text_key`], the 64-bit key that stands for a whole line of text.
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

/// The 64-bit key of a text that stands for the text itself (a line's key in
/// [`crate::repeated`]), where a collision is a wrong answer rather than a slower lookup.
/// [`FastHasher`]'s rotate-and-multiply carries a difference in a word's high bytes only into
/// high bits, so texts differing near the end of a word collide far more often than 1 in
/// 2^64: the 52,728 lines of `text_keys_tell_near_identical_lines_apart` ("tautan-tautan pgy
/// akses", "… phs …") have only 41,784 distinct [`fingerprint`]s. Here every 8-byte word is folded
/// through a full 64×64→128-bit product (the fix rustc-hash 2 made), so each bit of a word
/// reaches every bit of the key.
pub fn text_key(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let fold = |a: u64, b: u64| {
        let product = u128::from(a) * u128::from(b);
        (product as u64) ^ ((product >> 64) as u64)
    };
    let mut key = fold(bytes.len() as u64 ^ K, K.rotate_left(32));
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        key = fold(
            key ^ u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8])),
            K,
        );
    }
    let mut tail = [0u8; 8];
    tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
    fold(key ^ u64::from_le_bytes(tail), K)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every three-letter word in every position of a line: texts that differ in a few bytes.
    fn near_identical_lines() -> Vec<String> {
        let letters = b'a'..=b'z';
        let words: Vec<String> = letters
            .clone()
            .flat_map(|a| {
                letters.clone().flat_map(move |b| {
                    (b'a'..=b'z').map(move |c| String::from_utf8(vec![a, b, c]).unwrap())
                })
            })
            .collect();
        let mut lines = Vec::new();
        for w in &words {
            lines.push(format!("tautan-tautan {w} akses"));
            lines.push(format!("{w} berita terkini hari ini"));
            lines.push(format!("berita terkini hari ini {w}"));
        }
        lines
    }

    #[test]
    fn text_keys_tell_near_identical_lines_apart() {
        let lines = near_identical_lines();
        let keys: FastSet<u64> = lines.iter().map(|l| text_key(l.as_bytes())).collect();
        assert_eq!(keys.len(), lines.len());
    }

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
