//! Alignment speed (criterion): two 10,000-sentence documents, built deterministically from a
//! small vocabulary, with merges, drops and insertions like a shortened translation. Not a
//! test: it only measures. Target: under 1 s per alignment. Run: `cargo bench --bench align`.
use criterion::{criterion_group, criterion_main, Criterion};
use selaras::align::{align_sentences, Params};
use std::time::{Duration, Instant};

/// (Indonesian, English) word pairs; the English side is a word-for-word "translation".
const WORDS: &[(&str, &str)] = &[
    ("banjir", "flood"),
    ("warga", "residents"),
    ("pemerintah", "government"),
    ("Jakarta", "Jakarta"),
    ("hujan", "rain"),
    ("jalan", "road"),
    ("rumah", "house"),
    ("kota", "city"),
    ("presiden", "president"),
    ("harga", "price"),
    ("pasar", "market"),
    ("sekolah", "school"),
    ("BPBD", "BPBD"),
    ("polisi", "police"),
    ("menteri", "minister"),
    ("ekonomi", "economy"),
    ("tahun", "year"),
    ("laporan", "report"),
];

/// A fixed-seed generator, so every run measures the same documents.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, bound: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % bound
    }
}

/// (Indonesian side, English side): 10,000 sentences each, roughly 1-1 with 2-1, 1-2, 1-0 and
/// 0-1 beads mixed in, numbers and names shared across the sides.
fn documents(n: usize) -> (Vec<String>, Vec<String>) {
    let mut rng = Lcg(7);
    // one sentence in both languages
    let sentence = |rng: &mut Lcg, k: usize| {
        let len = 6 + rng.next(25);
        let (mut id, mut en): (Vec<String>, Vec<String>) = (0..len)
            .map(|_| {
                let (id, en) = WORDS[rng.next(WORDS.len())];
                (id.to_string(), en.to_string())
            })
            .unzip();
        if rng.next(3) == 0 {
            id.push(format!("{}", 1000 + k));
            en.push(format!("{}", 1000 + k));
        }
        (id.join(" ") + ".", en.join(" ") + ".")
    };
    let (mut id, mut en) = (Vec::with_capacity(n), Vec::with_capacity(n));
    let mut k = 0;
    while id.len() < n || en.len() < n {
        let (s, t) = sentence(&mut rng, k);
        match rng.next(20) {
            0 => id.push(s),
            1 => en.push(t),
            2 => {
                // two English sentences merged into one Indonesian sentence
                let (s2, t2) = sentence(&mut rng, k + 1);
                id.push(format!("{s} {s2}"));
                en.push(t);
                en.push(t2);
            }
            _ => {
                id.push(s);
                en.push(t);
            }
        }
        k += 1;
    }
    id.truncate(n);
    en.truncate(n);
    (id, en)
}

fn bench(c: &mut Criterion) {
    let (id, en) = documents(10_000);
    let id: Vec<&str> = id.iter().map(String::as_str).collect();
    let en: Vec<&str> = en.iter().map(String::as_str).collect();
    let params = Params::default();
    let modes = [("no-mt", None), ("echo-mt", Some(id.as_slice()))];
    for (name, mt) in modes {
        let start = Instant::now();
        let beads = align_sentences(&id, &en, mt, &params);
        println!(
            "align 10,000 x 10,000 sentences ({name}): {:.3} s, {} beads",
            start.elapsed().as_secs_f64(),
            beads.len()
        );
    }
    for (name, mt) in modes {
        c.bench_function(&format!("align_10k_{name}"), |b| {
            b.iter(|| align_sentences(&id, &en, mt, &params))
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).measurement_time(Duration::from_secs(10));
    targets = bench
}
criterion_main!(benches);
