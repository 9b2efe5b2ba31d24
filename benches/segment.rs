//! Segmentation throughput in MB/s (criterion). Not a test: it only measures.
//!
//! The corpus is the seed sample and the fixture articles, repeated to about 4 MB, segmented
//! as separate articles (blocks + sentences, the whole `segment_article`) and as paragraphs
//! through the sentence splitter alone. Run: `cargo bench --bench segment`.
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use selaras::input::{normalize, Article};
use selaras::segment::segment_article;
use selaras::sentences::{split, Lang};
use std::hint::black_box;
use std::path::Path;

const TARGET_BYTES: usize = 4 * 1024 * 1024;

fn articles() -> Vec<Article> {
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
    let mut articles = Vec::new();
    let mut total = 0;
    while total < TARGET_BYTES {
        for text in &texts {
            total += text.len();
            articles.push(Article {
                id: format!("a{}", articles.len()),
                text: text.clone(),
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
}

criterion_group!(benches, bench);
criterion_main!(benches);
