//! A language sanity check for the two sides of an alignment: is the Indonesian side
//! Indonesian and the English side English? It counts frequent function words of each language;
//! it is a guard against swapped or wrong files, not a language identifier.

/// What a side looks like.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Guess {
    Indonesian,
    English,
    /// enough words, but neither Indonesian nor English function words dominate
    Other,
    /// too few words to tell
    Unknown,
}

impl Guess {
    pub fn name(&self) -> &'static str {
        match self {
            Guess::Indonesian => "Indonesian",
            Guess::English => "English",
            Guess::Other => "neither Indonesian nor English",
            Guess::Unknown => "too short to tell",
        }
    }
}

// Frequent words that are rare in the other language ("di" and "a" are left out: "di" shows up
// in English names, "a" in Indonesian abbreviations).
const INDONESIAN: &[&str] = &[
    "yang", "dan", "ini", "itu", "dengan", "untuk", "dari", "tidak", "dalam", "akan", "pada",
    "juga", "ke", "ada", "adalah", "oleh", "karena", "telah", "sudah", "bahwa", "mereka", "kami",
    "kita", "saya", "tersebut", "atau", "dia", "bisa", "lebih", "para", "setelah", "seperti",
    "menjadi", "masih", "hanya", "belum", "sebagai", "namun", "kata", "ujar",
];

const ENGLISH: &[&str] = &[
    "the", "of", "and", "to", "in", "is", "that", "for", "it", "with", "was", "on", "as", "are",
    "be", "by", "this", "from", "have", "has", "had", "were", "at", "not", "but", "they", "which",
    "their", "said", "been", "would", "will", "after", "an", "who", "its", "he", "she", "we",
];

/// Below this many words a side is [`Guess::Unknown`].
const MIN_WORDS: usize = 12;

/// Guesses the language of a side from all its sentences.
pub fn guess<'a>(sentences: impl IntoIterator<Item = &'a str>) -> Guess {
    let (mut words, mut indonesian, mut english) = (0usize, 0usize, 0usize);
    for sentence in sentences {
        for word in sentence.split(|c: char| !c.is_alphabetic()) {
            if word.is_empty() {
                continue;
            }
            words += 1;
            let lower = word.to_lowercase();
            indonesian += usize::from(INDONESIAN.contains(&lower.as_str()));
            english += usize::from(ENGLISH.contains(&lower.as_str()));
        }
    }
    if words < MIN_WORDS {
        return Guess::Unknown;
    }
    // function words are a fifth to a third of running text in both languages
    let share = |hits: usize| hits as f64 / words as f64;
    if share(indonesian) >= 0.08 && indonesian > 2 * english {
        Guess::Indonesian
    } else if share(english) >= 0.08 && english > 2 * indonesian {
        Guess::English
    } else {
        Guess::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guesses_table() {
        let table = [
            (
                "Presiden Joko Widodo mengatakan bahwa pemerintah akan terus bekerja sama dengan \
                 para petani untuk menjaga harga beras yang stabil di pasar.",
                Guess::Indonesian,
            ),
            (
                "President Joko Widodo said that the government will keep working with the \
                 farmers to hold the price of rice stable in the markets.",
                Guess::English,
            ),
            (
                "Der Präsident sagte, die Regierung werde weiterhin mit den Bauern \
                 zusammenarbeiten, um den Reispreis auf den Märkten stabil zu halten.",
                Guess::Other,
            ),
            ("Jakarta (6/8).", Guess::Unknown),
        ];
        for (text, expected) in table {
            assert_eq!(guess([text]), expected, "{text}");
        }
    }
}
