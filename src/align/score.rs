//! The score of a candidate bead: a Gale-Church length term, lexical anchors that survive
//! translation (numbers, acronyms, URLs, names and cognates, punctuation) and, when a machine
//! translation of the Indonesian side is available, a character n-gram F-score (chrF-style)
//! between that translation and the English side. Higher is better; all terms are additive.
use crate::hash::{self, FastMap};
use std::collections::HashMap;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Tunable weights of the bead score. The length and anchor weights were tuned on the
/// Text+Berg dev document, the MT, gloss and n-gram settings on the article pairs' dev split
/// and pud-pages-dev (see docs/alignment-eval.md).
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    /// weight of the Gale-Church log-probability of the length ratio
    pub length: f64,
    /// variance of the target length per source character (Gale-Church's s²)
    pub variance: f64,
    /// weight of one matched number (after inverse-frequency weighting)
    pub number: f64,
    /// penalty per number that appears on only one side of a bead
    pub number_miss: f64,
    /// weight of one matched acronym, URL or capitalized word
    pub name: f64,
    /// weight of one matched cognate prefix (a lower-case word of four letters or more)
    pub cognate: f64,
    /// letters of a word kept as its cognate key
    pub prefix: usize,
    /// weight of agreeing punctuation (question mark, exclamation, quotes, parentheses, colon)
    pub punct: f64,
    /// weight of the chrF-style similarity of the machine translation, in [0, 1]
    pub mt: f64,
    /// the same similarity's weight for the Indonesian side's word-by-word gloss
    /// ([`super::gloss`]) when there is no MT: it stands in for the translation (0: no gloss)
    pub gloss: f64,
    /// the gloss's weight beside a machine translation (0: the MT alone)
    pub gloss_with_mt: f64,
    /// longest character n-gram of the MT similarity
    pub max_ngram: usize,
    /// shortest character n-gram of the MT similarity: letters and pairs of letters are
    /// shared by any two sentences of a language
    pub min_ngram: usize,
    /// percentile (0–100) of random 1-1 bead scores that a skipped sentence is worth
    pub skip_percentile: f64,
    /// the score of a skipped sentence in a section too short for a percentile: Gale and
    /// Church's prior of a 1-0 bead, ln(0.0099 / 2)
    pub skip_prior: f64,
    /// added to the skip score after the percentile
    pub skip_offset: f64,
    /// the score of a skip that continues a run of skips on the same side, as a factor of the
    /// first one's, in a section whose anchors say the sides differ in content: abridging
    /// leaves out whole paragraphs
    pub skip_run: f64,
    /// the least evidence (anchors + MT, no length) of a confident anchor pair
    pub anchor_min: f64,
    /// how far a confident anchor pair's evidence must beat the runner-up in its row and column
    pub anchor_margin: f64,
    /// the evidence a lone anchor pair off the monotone path needs to count as a moved block
    pub moved_single: f64,
    /// the evidence a neighbouring pair needs to join a moved block
    pub grow_min: f64,
    /// how far (as a factor) the anchor pairs' length ratio must differ from the section's to
    /// replace it: abridging makes one side much longer than the shared content
    pub ratio_tolerance: f64,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            length: 1.0,
            variance: 6.8,
            number: 3.0,
            number_miss: 2.0,
            name: 4.0,
            cognate: 1.0,
            prefix: 4,
            punct: 0.5,
            mt: 60.0,
            gloss: 60.0,
            gloss_with_mt: 60.0,
            max_ngram: 6,
            min_ngram: 3,
            skip_percentile: 40.0,
            skip_prior: -5.3,
            skip_offset: 0.0,
            skip_run: 0.6,
            anchor_min: 3.5,
            anchor_margin: 1.5,
            moved_single: 8.0,
            grow_min: 0.0,
            ratio_tolerance: 1.15,
        }
    }
}

impl Params {
    /// The shortest and the longest character n-gram of the similarity.
    pub fn ngrams(&self) -> (usize, usize) {
        (self.min_ngram, self.max_ngram)
    }

    /// The weight of the Indonesian side's gloss: [`Params::gloss`] in the MT's place,
    /// [`Params::gloss_with_mt`] beside it.
    pub fn gloss_weight(&self, with_mt: bool) -> f64 {
        if with_mt {
            self.gloss_with_mt
        } else {
            self.gloss
        }
    }

    /// Sets one weight by name, for tuning on a dev set (`--param name=value`).
    pub fn set(&mut self, name: &str, value: f64) -> Result<(), String> {
        match name {
            "length" => self.length = value,
            "variance" => self.variance = value,
            "number" => self.number = value,
            "number_miss" => self.number_miss = value,
            "name" => self.name = value,
            "cognate" => self.cognate = value,
            "prefix" => self.prefix = (value as usize).max(1),
            "punct" => self.punct = value,
            "mt" => self.mt = value,
            "gloss" => self.gloss = value,
            "gloss_with_mt" => self.gloss_with_mt = value,
            "max_ngram" => self.max_ngram = (value as usize).clamp(1, 8),
            "min_ngram" => self.min_ngram = (value as usize).clamp(1, 8),
            "skip_percentile" => self.skip_percentile = value.clamp(0.0, 100.0),
            "skip_prior" => self.skip_prior = value,
            "skip_offset" => self.skip_offset = value,
            "skip_run" => self.skip_run = value.clamp(0.0, 1.0),
            "anchor_min" => self.anchor_min = value,
            "anchor_margin" => self.anchor_margin = value,
            "moved_single" => self.moved_single = value,
            "grow_min" => self.grow_min = value,
            "ratio_tolerance" => self.ratio_tolerance = value.max(1.0),
            _ => return Err(format!("unknown alignment parameter '{name}'")),
        }
        Ok(())
    }
}

/// What kind of evidence an anchor is; decides its weight.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AnchorKind {
    /// "1.500", "6/8", "2024": the digits only, so "1,5" matches "1.5"
    Number,
    /// "KPK", "https://…", "Jakarta": survives translation verbatim
    Name,
    /// the first letters of any longer word: "presiden" ~ "president"
    Cognate,
    /// "?", "!", quotes, parentheses, colon: present or not
    Punct,
}

/// One anchor of a sentence: an interned key, its kind, and how often the sentence has it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Anchor {
    pub key: u32,
    pub kind: AnchorKind,
    pub count: u32,
}

/// Extracts the anchors of one sentence, as (kind, key text) pairs.
pub fn anchors(text: &str, prefix: usize) -> Vec<(AnchorKind, String)> {
    let mut out = Vec::new();
    for (mark, key) in [('?', "?"), ('!', "!"), ('(', "(")] {
        if text.contains(mark) {
            out.push((AnchorKind::Punct, key.to_string()));
        }
    }
    // a colon that introduces something, not the one inside "https://" or "10:30"
    if text.contains(": ") || text.trim_end().ends_with(':') {
        out.push((AnchorKind::Punct, ":".to_string()));
    }
    if text.contains(['"', '“', '”', '„', '«', '»']) {
        out.push((AnchorKind::Punct, "\"".to_string()));
    }
    for word in text.split_whitespace() {
        let trimmed = word.trim_matches(|c: char| !c.is_alphanumeric());
        if trimmed.contains("://") || trimmed.starts_with("www.") || is_email(trimmed) {
            out.push((AnchorKind::Name, trimmed.to_lowercase()));
            continue;
        }
        for token in word_tokens(word) {
            if token.chars().any(|c| c.is_ascii_digit()) {
                let digits: String = token.chars().filter(|c| c.is_ascii_digit()).collect();
                out.push((AnchorKind::Number, digits));
                continue;
            }
            let letters = token.chars().filter(|c| c.is_alphabetic()).count();
            if letters >= 2 && token.chars().all(|c| !c.is_lowercase()) {
                // "KPK", "UNESCO": acronyms are kept across languages
                out.push((AnchorKind::Name, folded(token)));
            } else if letters >= prefix {
                let key: String = folded(token).chars().take(prefix).collect();
                let capitalized = token.chars().next().is_some_and(char::is_uppercase);
                let kind = if capitalized {
                    AnchorKind::Name
                } else {
                    AnchorKind::Cognate
                };
                out.push((kind, key));
            }
        }
    }
    out
}

fn is_email(token: &str) -> bool {
    token
        .split_once('@')
        .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
}

/// Splits a whitespace word into runs of letters and digits, keeping "1.500" and "6/8" whole.
fn word_tokens(word: &str) -> Vec<&str> {
    let mut tokens = Vec::new();
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let mut start: Option<usize> = None;
    for (k, &(at, c)) in chars.iter().enumerate() {
        let joins_digits = matches!(c, '.' | ',' | '/' | ':')
            && k > 0
            && chars[k - 1].1.is_ascii_digit()
            && chars
                .get(k + 1)
                .is_some_and(|(_, next)| next.is_ascii_digit());
        if c.is_alphanumeric() || joins_digits {
            start.get_or_insert(at);
        } else if let Some(s) = start.take() {
            tokens.push(&word[s..at]);
        }
    }
    if let Some(s) = start {
        tokens.push(&word[s..]);
    }
    tokens
}

/// Lower case without diacritics: "Rhätischen" → "rhatischen".
fn folded(token: &str) -> String {
    token
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Character n-gram counts of one sentence, sorted by hash (whitespace removed, lower case).
#[derive(Clone, Debug, Default)]
pub struct NgramProfile {
    grams: Vec<(u64, u32)>,
    total: u32,
}

impl NgramProfile {
    pub fn new(text: &str, (min_n, max_n): (usize, usize)) -> Self {
        let chars: Vec<char> = text
            .chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect();
        let mut hashes = Vec::with_capacity(chars.len() * max_n);
        for n in min_n..=max_n.max(min_n) {
            for window in chars.windows(n) {
                hashes.push(hash::fingerprint(window));
            }
        }
        hashes.sort_unstable();
        let total = hashes.len() as u32;
        let mut grams: Vec<(u64, u32)> = Vec::new();
        for h in hashes {
            match grams.last_mut() {
                Some((last, count)) if *last == h => *count += 1,
                _ => grams.push((h, 1)),
            }
        }
        NgramProfile { grams, total }
    }

    /// The number of n-grams the two profiles share (multiset intersection).
    pub fn overlap(&self, other: &NgramProfile) -> u32 {
        let (mut a, mut b, mut shared) = (0, 0, 0);
        while a < self.grams.len() && b < other.grams.len() {
            let (ha, ca) = self.grams[a];
            let (hb, cb) = other.grams[b];
            match ha.cmp(&hb) {
                std::cmp::Ordering::Less => a += 1,
                std::cmp::Ordering::Greater => b += 1,
                std::cmp::Ordering::Equal => {
                    shared += ca.min(cb);
                    a += 1;
                    b += 1;
                }
            }
        }
        shared
    }
}

/// Everything the bead score needs about one side of one section, computed once.
#[derive(Clone, Debug, Default)]
struct SideFeatures {
    /// prefix sums of character lengths
    length_prefix: Vec<f64>,
    /// per sentence: anchors sorted by key, one entry per key with its count
    anchors: Vec<Vec<Anchor>>,
    /// per sentence: n-gram profile of the MT (source side) or of the text (target side)
    profiles: Vec<NgramProfile>,
    /// per sentence of the source side: n-gram profile of its word-by-word gloss
    glosses: Vec<NgramProfile>,
}

impl SideFeatures {
    fn len(&self) -> usize {
        self.anchors.len()
    }

    fn chars(&self, start: usize, count: usize) -> f64 {
        self.length_prefix[start + count] - self.length_prefix[start]
    }
}

/// Scores candidate beads between a source and a target list of sentences.
pub struct Scorer {
    params: Params,
    source: SideFeatures,
    target: SideFeatures,
    /// target characters per source character, over the whole section
    ratio: f64,
    /// inverse-document-frequency factor per anchor key, in [0, 1]
    idf: Vec<f64>,
    use_mt: bool,
    /// positions that no bead may straddle, per side: where a moved block was taken out
    barriers: (Vec<usize>, Vec<usize>),
    overlaps: FastMap<(u32, u32), u32>,
    gloss_overlaps: FastMap<(u32, u32), u32>,
    scratch_source: Vec<Anchor>,
    scratch_target: Vec<Anchor>,
    scratch_spare: Vec<Anchor>,
}

impl Scorer {
    /// Prepares the features of both sides. `mt`, when given, holds one machine translation per
    /// source sentence; the MT similarity is then computed against it instead of being skipped.
    pub fn new(source: &[&str], target: &[&str], mt: Option<&[&str]>, params: &Params) -> Self {
        let mut keys: HashMap<(AnchorKind, String), u32> = HashMap::new();
        let mut document_frequency: Vec<u32> = Vec::new();
        let mut side = |texts: &[&str], mt_texts: Option<&[&str]>| {
            let mut features = SideFeatures {
                length_prefix: Vec::with_capacity(texts.len() + 1),
                ..SideFeatures::default()
            };
            features.length_prefix.push(0.0);
            let mut total = 0.0;
            for (k, text) in texts.iter().enumerate() {
                total += text.chars().count() as f64;
                features.length_prefix.push(total);
                let mut sentence: Vec<Anchor> = anchors(text, params.prefix)
                    .into_iter()
                    .map(|(kind, text)| {
                        let next = keys.len() as u32;
                        let key = *keys.entry((kind, text)).or_insert(next);
                        Anchor {
                            key,
                            kind,
                            count: 1,
                        }
                    })
                    .collect();
                sentence.sort_unstable();
                sentence.dedup_by(|later, first| {
                    let same = later.key == first.key;
                    if same {
                        first.count += later.count;
                    }
                    same
                });
                for anchor in &sentence {
                    let at = anchor.key as usize;
                    if document_frequency.len() <= at {
                        document_frequency.resize(at + 1, 0);
                    }
                    document_frequency[at] += 1;
                }
                features.anchors.push(sentence);
                if let Some(mt_texts) = mt_texts {
                    let text = mt_texts.get(k).copied().unwrap_or("");
                    features
                        .profiles
                        .push(NgramProfile::new(text, params.ngrams()));
                }
            }
            features
        };
        let use_mt = mt.is_some();
        let source_features = side(source, mt);
        let target_features = side(target, mt.map(|_| target));
        let sentences = (source.len() + target.len()).max(3) as f64;
        let idf = document_frequency
            .iter()
            .map(|&df| ((sentences / df.max(1) as f64).ln() / sentences.ln()).clamp(0.0, 1.0))
            .collect();
        let source_chars = source_features.length_prefix.last().copied().unwrap_or(0.0);
        let target_chars = target_features.length_prefix.last().copied().unwrap_or(0.0);
        // Clamped: a side with many extra sentences (an added sidebar, a truncated copy) must
        // not make every real pair look badly mismatched in length.
        let ratio = if source_chars > 0.0 && target_chars > 0.0 {
            (target_chars / source_chars).clamp(0.5, 2.0)
        } else {
            1.0
        };
        Scorer {
            params: params.clone(),
            source: source_features,
            target: target_features,
            ratio,
            idf,
            use_mt,
            barriers: (Vec::new(), Vec::new()),
            overlaps: FastMap::default(),
            gloss_overlaps: FastMap::default(),
            scratch_source: Vec::new(),
            scratch_target: Vec::new(),
            scratch_spare: Vec::new(),
        }
    }

    /// The same pair with every `factor` consecutive sentences of each side joined into one:
    /// lengths and anchors add up, anchor rarity is recounted, and the MT similarity is left
    /// out. The search uses it to find a guide path for long documents.
    pub fn coarsen(&self, factor: usize) -> Scorer {
        let factor = factor.max(1);
        let mut document_frequency = vec![0u32; self.idf.len()];
        let mut coarse_side = |fine: &SideFeatures| {
            let n = fine.len();
            let blocks = n.div_ceil(factor);
            let mut features = SideFeatures {
                length_prefix: (0..=blocks)
                    .map(|k| fine.length_prefix[(k * factor).min(n)])
                    .collect(),
                ..SideFeatures::default()
            };
            let (mut buffer, mut spare) = (Vec::new(), Vec::new());
            for k in 0..blocks {
                let block = &fine.anchors[k * factor..((k + 1) * factor).min(n)];
                let merged = gather(&mut buffer, &mut spare, block).to_vec();
                for anchor in &merged {
                    document_frequency[anchor.key as usize] += 1;
                }
                features.anchors.push(merged);
            }
            features
        };
        let source = coarse_side(&self.source);
        let target = coarse_side(&self.target);
        let sentences = (source.len() + target.len()).max(3) as f64;
        let idf = document_frequency
            .iter()
            .map(|&df| ((sentences / df.max(1) as f64).ln() / sentences.ln()).clamp(0.0, 1.0))
            .collect();
        Scorer {
            params: self.params.clone(),
            source,
            target,
            ratio: self.ratio,
            idf,
            use_mt: false,
            barriers: (Vec::new(), Vec::new()),
            overlaps: FastMap::default(),
            gloss_overlaps: FastMap::default(),
            scratch_source: Vec::new(),
            scratch_target: Vec::new(),
            scratch_spare: Vec::new(),
        }
    }

    pub fn source_len(&self) -> usize {
        self.source.len()
    }

    /// Target characters per source character that the length term expects.
    pub fn ratio(&self) -> f64 {
        self.ratio
    }

    /// Replaces the expected length ratio: one estimated from confident pairs when the sides
    /// differ in content (an abridged translation), or the whole section's for a part of it.
    pub fn set_ratio(&mut self, ratio: f64) {
        self.ratio = ratio.clamp(0.5, 2.0);
    }

    /// Forbids beads that join sentence `k - 1` with sentence `k`, for each `k` given per side:
    /// the sentences on either side of a moved block that was taken out are not neighbours.
    pub fn set_barriers(&mut self, source: Vec<usize>, target: Vec<usize>) {
        self.barriers = (source, target);
    }

    /// The characters of source sentence `i` and of target sentence `j`.
    pub fn lengths(&self, i: usize, j: usize) -> (f64, f64) {
        (self.source.chars(i, 1), self.target.chars(j, 1))
    }

    /// The lexical and MT evidence that source sentence `i` and target sentence `j` are
    /// translations: the bead score without its length term and shape prior, so that it can
    /// find anchor pairs before the length ratio is known.
    pub fn evidence(&mut self, i: usize, j: usize) -> f64 {
        let mut score = self.anchor_term(i, 1, j, 1);
        if self.use_mt && self.params.mt != 0.0 {
            score += self.params.mt * self.mt_similarity(i, 1, j, 1);
        }
        if self.use_gloss() {
            score += self.gloss_weight() * self.gloss_similarity(i, 1, j, 1);
        }
        score
    }

    pub fn target_len(&self) -> usize {
        self.target.len()
    }

    /// The score of the bead joining source sentences `i..i+a` with target sentences `j..j+b`
    /// (both `a` and `b` at least 1). Skips are scored by the search, not here.
    pub fn bead(&mut self, i: usize, a: usize, j: usize, b: usize) -> f64 {
        let straddles = |barriers: &[usize], start: usize, count: usize| {
            barriers.iter().any(|&k| start < k && k < start + count)
        };
        let barred = !(self.barriers.0.is_empty() && self.barriers.1.is_empty());
        if barred && (straddles(&self.barriers.0, i, a) || straddles(&self.barriers.1, j, b)) {
            return f64::NEG_INFINITY;
        }
        let mut score = prior(a, b) + self.params.length * self.length_term(i, a, j, b);
        score += self.anchor_term(i, a, j, b);
        if self.use_mt && self.params.mt != 0.0 {
            score += self.params.mt * self.mt_similarity(i, a, j, b);
        }
        if self.use_gloss() {
            score += self.gloss_weight() * self.gloss_similarity(i, a, j, b);
        }
        score
    }

    /// Gale-Church: log of the two-sided tail probability of the length difference.
    fn length_term(&self, i: usize, a: usize, j: usize, b: usize) -> f64 {
        let source = self.source.chars(i, a);
        let target = self.target.chars(j, b);
        let mean = (source + target / self.ratio) / 2.0;
        if mean <= 0.0 {
            return 0.0;
        }
        let delta = (target - source * self.ratio) / (mean * self.params.variance).sqrt();
        ln_erfc(delta.abs() / std::f64::consts::SQRT_2)
    }

    fn anchor_term(&mut self, i: usize, a: usize, j: usize, b: usize) -> f64 {
        // one sentence a side (most beads) needs no copy: its anchors are sorted already
        let mut source = std::mem::take(&mut self.scratch_source);
        let mut target = std::mem::take(&mut self.scratch_target);
        let mut spare = std::mem::take(&mut self.scratch_spare);
        let source_anchors: &[Anchor] = if a == 1 {
            &self.source.anchors[i]
        } else {
            gather(&mut source, &mut spare, &self.source.anchors[i..i + a])
        };
        let target_anchors: &[Anchor] = if b == 1 {
            &self.target.anchors[j]
        } else {
            gather(&mut target, &mut spare, &self.target.anchors[j..j + b])
        };
        let score = match_anchors(source_anchors, target_anchors, &self.idf, &self.params);
        self.scratch_source = source;
        self.scratch_target = target;
        self.scratch_spare = spare;
        score
    }

    /// The similarity ([`pooled_similarity`]) between the MT of the source sentences and the
    /// targets.
    fn mt_similarity(&mut self, i: usize, a: usize, j: usize, b: usize) -> f64 {
        pooled_similarity(
            &self.source.profiles,
            &self.target.profiles,
            &mut self.overlaps,
            (i, a, j, b),
        )
    }

    /// The same similarity between the gloss of the source sentences and the targets.
    fn gloss_similarity(&mut self, i: usize, a: usize, j: usize, b: usize) -> f64 {
        pooled_similarity(
            &self.source.glosses,
            &self.target.profiles,
            &mut self.gloss_overlaps,
            (i, a, j, b),
        )
    }

    /// Whether a gloss was given ([`Scorer::with_glosses`]).
    fn use_gloss(&self) -> bool {
        !self.source.glosses.is_empty()
    }

    /// The gloss's weight here: with or without the MT ([`Params::gloss_weight`]).
    fn gloss_weight(&self) -> f64 {
        self.params.gloss_weight(self.use_mt)
    }

    /// Adds a word-by-word gloss of each source sentence ([`super::gloss`]): its similarity
    /// to the targets is scored at [`Params::gloss`] (or [`Params::gloss_with_mt`] beside an
    /// MT). A weight of 0 leaves it out.
    pub fn with_glosses(mut self, glosses: &[&str], target: &[&str]) -> Self {
        let weight = self.gloss_weight();
        if weight == 0.0 || glosses.len() != self.source.len() || target.len() != self.target.len()
        {
            return self;
        }
        let ngrams = self.params.ngrams();
        self.source.glosses = glosses
            .iter()
            .map(|text| NgramProfile::new(text, ngrams))
            .collect();
        if self.target.profiles.len() != self.target.len() {
            self.target.profiles = target
                .iter()
                .map(|text| NgramProfile::new(text, ngrams))
                .collect();
        }
        self
    }
}

/// A pooled character n-gram F1 between source profiles `i..i+a` and target profiles
/// `j..j+b`. The shared count of a many-sentence bead sums the pairwise overlaps (an upper
/// bound, clipped to the smaller side), so each pair is computed once, in `cache`.
fn pooled_similarity(
    sources: &[NgramProfile],
    targets: &[NgramProfile],
    cache: &mut FastMap<(u32, u32), u32>,
    (i, a, j, b): (usize, usize, usize, usize),
) -> f64 {
    let mut shared = 0u32;
    let source_total: u32 = sources[i..i + a].iter().map(|p| p.total).sum();
    let target_total: u32 = targets[j..j + b].iter().map(|p| p.total).sum();
    for (k, source) in sources.iter().enumerate().skip(i).take(a) {
        for (l, target) in targets.iter().enumerate().skip(j).take(b) {
            shared += *cache
                .entry((k as u32, l as u32))
                .or_insert_with(|| source.overlap(target));
        }
    }
    let total = source_total + target_total;
    if total == 0 {
        return 0.0;
    }
    2.0 * f64::from(shared.min(source_total).min(target_total)) / f64::from(total)
}

/// The anchors of several sentences in one list sorted by key (counts summed), in `buffer`;
/// `spare` is scratch space. Linear merges: the lists are sorted already.
fn gather<'b>(
    buffer: &'b mut Vec<Anchor>,
    spare: &mut Vec<Anchor>,
    sentences: &[Vec<Anchor>],
) -> &'b [Anchor] {
    buffer.clear();
    for anchors in sentences {
        std::mem::swap(buffer, spare);
        merge_counts(buffer, spare, anchors);
    }
    buffer
}

/// `out` = `a` ∪ `b` by key, counts summed; both inputs sorted by key.
fn merge_counts(out: &mut Vec<Anchor>, a: &[Anchor], b: &[Anchor]) {
    out.clear();
    let (mut x, mut y) = (0, 0);
    while x < a.len() && y < b.len() {
        match a[x].key.cmp(&b[y].key) {
            std::cmp::Ordering::Less => {
                out.push(a[x]);
                x += 1;
            }
            std::cmp::Ordering::Greater => {
                out.push(b[y]);
                y += 1;
            }
            std::cmp::Ordering::Equal => {
                out.push(Anchor {
                    count: a[x].count + b[y].count,
                    ..a[x]
                });
                x += 1;
                y += 1;
            }
        }
    }
    out.extend_from_slice(&a[x..]);
    out.extend_from_slice(&b[y..]);
}

/// Rewards anchors found on both sides (weighted by kind and rarity) and penalizes numbers
/// found on one side only. Both lists are sorted.
fn match_anchors(source: &[Anchor], target: &[Anchor], idf: &[f64], p: &Params) -> f64 {
    let number_count = |x: &Anchor| {
        if x.kind == AnchorKind::Number {
            x.count
        } else {
            0
        }
    };
    let (mut s, mut t, mut score) = (0, 0, 0.0);
    let mut numbers_missed = 0u32;
    while s < source.len() && t < target.len() {
        let (x, y) = (source[s], target[t]);
        match x.key.cmp(&y.key) {
            std::cmp::Ordering::Less => {
                numbers_missed += number_count(&x);
                s += 1;
            }
            std::cmp::Ordering::Greater => {
                numbers_missed += number_count(&y);
                t += 1;
            }
            std::cmp::Ordering::Equal => {
                let weight = match x.kind {
                    AnchorKind::Number => {
                        numbers_missed += x.count.abs_diff(y.count);
                        p.number
                    }
                    AnchorKind::Name => p.name,
                    AnchorKind::Cognate => p.cognate,
                    AnchorKind::Punct => p.punct,
                };
                score += weight * idf[x.key as usize] * f64::from(x.count.min(y.count));
                s += 1;
                t += 1;
            }
        }
    }
    let rest: u32 = source[s..]
        .iter()
        .chain(&target[t..])
        .map(number_count)
        .sum();
    score - p.number_miss * f64::from(numbers_missed + rest)
}

/// Log prior of a bead shape, after Gale and Church (1993), extended to 3-1 and 1-3:
/// ln 0.89, ln(0.089 / 2), ln 0.011, ln 0.005 and ln 0.001 for anything else.
fn prior(a: usize, b: usize) -> f64 {
    match (a.min(b), a.max(b)) {
        (1, 1) => -0.116_533_816,
        (1, 2) => -3.112_266_090,
        (2, 2) => -4.509_860_006,
        (1, 3) => -5.298_317_367,
        _ => -6.907_755_279,
    }
}

/// ln(erfc(x)) for x ≥ 0, from the Chebyshev-fitted approximation of Numerical Recipes
/// (relative error below 1.2e-7), computed in log space so long tails stay finite.
fn ln_erfc(x: f64) -> f64 {
    let t = 1.0 / (1.0 + 0.5 * x);
    let poly = -x * x - 1.265_512_23
        + t * (1.000_023_68
            + t * (0.374_091_96
                + t * (0.096_784_18
                    + t * (-0.186_288_06
                        + t * (0.278_868_07
                            + t * (-1.135_203_98
                                + t * (1.488_515_87 + t * (-0.822_152_23 + t * 0.170_872_77))))))));
    t.ln() + poly
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_table() {
        let table: &[(&str, &[(AnchorKind, &str)])] = &[
            // numbers keep their digits only, so id "1,5" and en "1.5" agree
            ("di 1,5 %", &[(AnchorKind::Number, "15")]),
            ("at 1.5 %", &[(AnchorKind::Number, "15")]),
            // "Jumat (6/8)" — a date keeps its slash-joined digits together
            (
                "Jumat (6/8)",
                &[
                    (AnchorKind::Punct, "("),
                    (AnchorKind::Name, "juma"),
                    (AnchorKind::Number, "68"),
                ],
            ),
            ("di KPK", &[(AnchorKind::Name, "kpk")]),
            ("di https://x.id/a", &[(AnchorKind::Name, "https://x.id/a")]),
            ("presiden", &[(AnchorKind::Cognate, "pres")]),
            ("Rhätischen", &[(AnchorKind::Name, "rhat")]),
        ];
        for (text, expected) in table {
            let got = anchors(text, 4);
            let expected: Vec<(AnchorKind, String)> = expected
                .iter()
                .map(|(kind, key)| (*kind, key.to_string()))
                .collect();
            assert_eq!(got, expected, "{text}");
        }
    }

    #[test]
    fn prior_table_is_the_log_of_the_probabilities() {
        for ((a, b), p) in [
            ((1, 1), 0.89),
            ((2, 1), 0.0445),
            ((2, 2), 0.011),
            ((3, 1), 0.005),
            ((3, 3), 0.001),
        ] {
            assert!((prior(a, b) - f64::ln(p)).abs() < 1e-6, "{a}-{b}");
        }
    }

    #[test]
    fn coarsened_scorer_joins_blocks() {
        let source = ["Ada 12 korban.", "Hujan turun.", "Jalan ditutup."];
        let target = ["There were 12 victims.", "It rained.", "Roads were closed."];
        let fine = Scorer::new(&source, &target, None, &Params::default());
        let mut coarse = fine.coarsen(2);
        assert_eq!((coarse.source_len(), coarse.target_len()), (2, 2));
        assert!(coarse.bead(0, 1, 0, 1) > coarse.bead(0, 1, 1, 1));
    }

    #[test]
    fn ln_erfc_matches_known_values() {
        assert!((ln_erfc(0.0) - 0.0).abs() < 1e-6);
        assert!((ln_erfc(1.0) - 0.157_299_207f64.ln()).abs() < 1e-5);
        assert!(ln_erfc(30.0).is_finite());
    }

    #[test]
    fn matching_number_beats_length_alone() {
        let source = ["Pada 2019 ada 45 korban.", "Hujan turun sepanjang hari."];
        let target = ["It rained all day long.", "In 2019 there were 45 victims."];
        let mut scorer = Scorer::new(&source, &target, None, &Params::default());
        assert!(scorer.bead(0, 1, 1, 1) > scorer.bead(0, 1, 0, 1));
    }

    #[test]
    fn mt_similarity_prefers_the_right_translation() {
        let source = ["Presiden tiba di Jakarta."];
        let mt = ["The president arrived in Jakarta."];
        let target = ["It rained all day.", "The president arrived in Jakarta."];
        let mut scorer = Scorer::new(&source, &target, Some(&mt), &Params::default());
        let right = scorer.mt_similarity(0, 1, 1, 1);
        let wrong = scorer.mt_similarity(0, 1, 0, 1);
        assert!((right - 1.0).abs() < 1e-9, "{right}");
        assert!(wrong < 0.6, "{wrong}");
    }

    #[test]
    fn letters_and_pairs_of_letters_leave_the_similarity() {
        // two sentences of one story that do not translate each other share its words and
        // every letter of English; from three letters up only the words count
        let mt = ["The farmer groups must buy the fuel and look after the pumps themselves."];
        let right = "Each farmer group must buy its own fuel and look after the pumps.";
        let wrong = "The procurement of the pumps cost the ministry Rp187.5 billion.";
        let similarity = |params: &Params| {
            let mut scorer = Scorer::new(&["-"], &[right, wrong], Some(&mt), params);
            (
                scorer.mt_similarity(0, 1, 0, 1),
                scorer.mt_similarity(0, 1, 1, 1),
            )
        };
        let (right_all, wrong_all) = similarity(&Params {
            min_ngram: 1,
            max_ngram: 4,
            ..Params::default()
        });
        let (right_words, wrong_words) = similarity(&Params::default());
        assert!(wrong_words < wrong_all, "{wrong_words} {wrong_all}");
        assert!(
            right_words / wrong_words > 1.5 * right_all / wrong_all,
            "{right_words}/{wrong_words} against {right_all}/{wrong_all}"
        );
    }
}
