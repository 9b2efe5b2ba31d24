//! Segmentation throughput in MB/s (criterion). Not a test: it only measures.
//!
//! The corpus is the seed sample and the fixture articles, repeated to about 4 MB, segmented
//! as separate articles (blocks + sentences, the whole `segment_article`) and as paragraphs
//! through the sentence splitter alone. Run: `cargo bench --bench segment`.
//!
//! The `corpus` group measures a corpus run's segmentation, one thread, with and without the
//! scan for repeated lines (count every document, then segment every document with the
//! repeated lines of its origin), and the scan alone. Its corpus is the same texts made
//! distinct (each copy's lines carry a word of their own, as different articles would), each
//! ending with a site footer, so that the footer (and the one-word page chrome) are the only
//! repeated lines: the scan's cost is all paid, and little text is spared the sentence splitter.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use selaras::input::{normalize, Article};
use selaras::repeated::{CorpusLines, Origin, RepeatedLines, DEFAULT_MIN_DOCUMENTS};
use selaras::segment::{segment_article, segment_article_in, SegmentKind};
use selaras::sentences::{split, Lang};
use std::hint::black_box;
use std::path::Path;

const TARGET_BYTES: usize = 4 * 1024 * 1024;

fn texts() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = Vec::new();
    for dir in ["samples", "tests/fixtures/articles"] {
        let mut paths: Vec<_> = std::fs::read_dir(root.join(dir))
            .expect("corpus directory")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        paths.sort();
        for path in paths {
            texts.push(normalize(
                &std::fs::read_to_string(path).expect("UTF-8 article"),
            ));
        }
    }
    texts
}

fn articles() -> Vec<Article> {
    let texts = texts();
    let mut articles = Vec::new();
    let mut total = 0;
    while total < TARGET_BYTES {
        for text in &texts {
            total += text.len();
            articles.push(Article {
                id: format!("a{}", articles.len()),
                text: text.clone(),
                title: None,
                marks: Vec::new(),
            });
        }
    }
    articles
}

const FOOTER: &str = "Dapatkan informasi terkini dan terpercaya seputar berita hari ini langsung \
                      di ponsel Anda dengan bergabung di kanal WhatsApp kami.";

/// The word of copy `k`: its digits in base 26 as letters ("a", "b", …, "ba", …).
fn word(mut k: usize) -> String {
    let mut letters = vec![b'a' + (k % 26) as u8];
    while k >= 26 {
        k /= 26;
        letters.push(b'a' + (k % 26) as u8);
    }
    String::from_utf8(letters).unwrap_or_default()
}

/// The texts repeated to about 4 MB as distinct articles: in copy `k`, every line of two words
/// or more gets the word of `k` after its first word, and the footer ends every copy.
fn corpus_articles() -> Vec<Article> {
    let texts = texts();
    let mut articles = Vec::new();
    let mut total = 0;
    while total < TARGET_BYTES {
        for text in &texts {
            let k = articles.len();
            let word = word(k);
            let mut distinct = String::with_capacity(text.len() + 200);
            for line in text.lines() {
                match line.split_once(' ') {
                    Some((first, rest)) => distinct.push_str(&format!("{first} {word} {rest}\n")),
                    None => distinct.push_str(&format!("{line}\n")),
                }
            }
            distinct.push_str(FOOTER);
            distinct.push('\n');
            total += distinct.len();
            articles.push(Article {
                id: format!("a{k}"),
                text: distinct,
                title: None,
                marks: Vec::new(),
            });
        }
    }
    articles
}

fn bench(c: &mut Criterion) {
    let articles = articles();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let paragraphs: Vec<&str> = articles
        .iter()
        .flat_map(|a| a.text.lines())
        .filter(|l| !l.trim().is_empty())
        .collect();

    let mut group = c.benchmark_group("segment");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("segment_article", |b| {
        b.iter(|| {
            let n: usize = articles
                .iter()
                .map(|a| segment_article(black_box(a), Lang::Id).len())
                .sum();
            black_box(n)
        })
    });
    group.bench_function("sentences_split", |b| {
        b.iter(|| {
            let n: usize = paragraphs
                .iter()
                .map(|p| split(black_box(p), Lang::Id).len())
                .sum();
            black_box(n)
        })
    });
    group.finish();

    let corpus = corpus_articles();
    let bytes: usize = corpus.iter().map(|a| a.text.len()).sum();
    let site = Origin::Directory("situs".into());
    let scan = || {
        CorpusLines::scan(
            corpus.iter().map(|a| (&site, a.text.as_str())),
            DEFAULT_MIN_DOCUMENTS,
        )
    };
    let repeated = scan();
    let boilerplate = |lines| {
        corpus
            .iter()
            .flat_map(|a| segment_article_in(a, Lang::Id, lines))
            .filter(|s| s.kind == SegmentKind::Boilerplate)
            .count()
    };
    eprintln!(
        "corpus: {} articles, {bytes} bytes, {} repeated lines, {} boilerplate segments with \
         the scan, {} without",
        corpus.len(),
        repeated.of(&site).len(),
        boilerplate(repeated.of(&site)),
        boilerplate(&RepeatedLines::none()),
    );
    // the footer, and the one-word lines of the page chrome ("XS", "Recommended")
    assert!(repeated.of(&site).contains(FOOTER) && repeated.of(&site).len() < 20);
    let mut group = c.benchmark_group("corpus");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("segment_without_scan", |b| {
        b.iter(|| {
            let n: usize = corpus
                .iter()
                .map(|a| segment_article(black_box(a), Lang::Id).len())
                .sum();
            black_box(n)
        })
    });
    group.bench_function("scan_and_segment", |b| {
        b.iter(|| {
            let repeated = scan();
            let lines = repeated.of(&site);
            let n: usize = corpus
                .iter()
                .map(|a| segment_article_in(black_box(a), Lang::Id, lines).len())
                .sum();
            black_box(n)
        })
    });
    group.bench_function("scan_only", |b| b.iter(|| black_box(scan())));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
