//! Pipeline overhead: how much slower selaras's translation path is than raw CTranslate2
//! `translate_batch` calls on the same pre-tokenized batches, in the same process.
//!
//! Alternates the timed paths on one loaded model and prints medians; a measurement, not a
//! test. `raw` times only `Ct2Model::translate_tokens` per planned batch (tokenization and
//! planning done beforehand), `translate` the whole `Translate::translate` call (SentencePiece
//! in and out, planning, mapping back), `pipeline` the `Pipeline` over segmented documents,
//! and with `--workers N` the raw batches over N replicas (N threads calling at once).
use selaras::input::Article;
use selaras::segment::{segment_article, Segment};
use selaras::sentences::Lang;
use selaras::translate::ct2::{plan_batches, Ct2Model, Settings};
use selaras::translate::pipeline::Pipeline;
use selaras::translate::Translate;
use std::path::PathBuf;
use std::time::{Duration, Instant};

struct Options {
    model: PathBuf,
    text: PathBuf,
    lines: usize,
    runs: usize,
    /// also time the raw batches spread over this many replicas at threads / workers each
    workers: usize,
    settings: Settings,
}

fn parse() -> Result<Options, String> {
    let mut options = Options {
        model: PathBuf::from("/var/tmp/selaras-echo-full"),
        text: PathBuf::from("/work/shared/eval/mt/flores200.devtest.ind_Latn"),
        lines: 100,
        runs: 5,
        workers: 1,
        settings: Settings {
            threads: 2,
            batch_size: 32,
            ..Settings::default()
        },
    };
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        if flag == "--help" {
            return Err(
                "options: --model DIR --text FILE --lines N --runs N --beam N \
                        --threads N --batch-size N --batch-tokens N --workers N"
                    .into(),
            );
        }
        let value = args.next().ok_or(format!("{flag} needs a value"))?;
        let number = || value.parse::<usize>().map_err(|e| format!("{flag}: {e}"));
        match flag.as_str() {
            "--model" => options.model = PathBuf::from(&value),
            "--text" => options.text = PathBuf::from(&value),
            "--lines" => options.lines = number()?,
            "--runs" => options.runs = number()?,
            "--beam" => options.settings.beam_size = number()?,
            "--threads" => options.settings.threads = number()?,
            "--workers" => options.workers = number()?.max(1),
            "--batch-size" => options.settings.batch_size = number()?,
            "--batch-tokens" => options.settings.batch_tokens = number()?,
            _ => return Err(format!("unknown option {flag}")),
        }
    }
    Ok(options)
}

fn median(times: &mut [Duration]) -> f64 {
    times.sort();
    times[times.len() / 2].as_secs_f64()
}

fn main() -> anyhow::Result<()> {
    let options = parse().map_err(|message| anyhow::anyhow!(message))?;
    let text = std::fs::read_to_string(&options.text)?;
    let sentences: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .take(options.lines)
        .collect();
    let settings = options.settings.clone();
    let mut model = Ct2Model::load(&options.model, settings.clone())?;

    // raw: the same batches `translate` would plan, tokenized beforehand.
    let tokens: Vec<Vec<String>> = sentences
        .iter()
        .map(|s| model.source_tokens(s))
        .collect::<anyhow::Result<_>>()?;
    let lengths: Vec<usize> = tokens.iter().map(Vec::len).collect();
    let batches: Vec<Vec<Vec<String>>> =
        plan_batches(&lengths, settings.batch_tokens, settings.batch_size)
            .into_iter()
            .map(|batch| batch.iter().map(|&i| tokens[i].clone()).collect())
            .collect();
    // pipeline: one paragraph per sentence, segmented as `selaras translate` does.
    let article = Article {
        id: "bench".into(),
        text: sentences.join("\n\n"),
        title: None,
    };
    let documents: Vec<Vec<Segment>> = vec![segment_article(&article, Lang::Id)];

    let mut raw_output_tokens = 0;
    let mut run_raw = |model: &Ct2Model| -> anyhow::Result<Duration> {
        let start = Instant::now();
        let mut produced = 0;
        for batch in &batches {
            produced += model
                .translate_tokens(batch)?
                .iter()
                .map(|(pieces, _)| pieces.len())
                .sum::<usize>();
        }
        raw_output_tokens = produced;
        Ok(start.elapsed())
    };
    let run_translate = |model: &mut Ct2Model| -> anyhow::Result<Duration> {
        let start = Instant::now();
        let translations = model.translate(&sentences)?;
        let elapsed = start.elapsed();
        anyhow::ensure!(translations.len() == sentences.len());
        Ok(elapsed)
    };
    let run_pipeline = |model: &mut Ct2Model| -> anyhow::Result<Duration> {
        // A fresh pipeline each run: its memory would otherwise reuse every translation.
        let mut pipeline = Pipeline::new(model, None);
        let start = Instant::now();
        let pairs = pipeline.translate_documents(&documents)?;
        let elapsed = start.elapsed();
        anyhow::ensure!(!pairs[0].is_empty());
        Ok(elapsed)
    };

    // The same cores as replicas: `workers` replicas of threads / workers threads, each
    // worker thread taking the next batch (Ct2Model is Sync; CTranslate2 queues the calls).
    let workers = options.workers;
    let replicas = (workers > 1)
        .then(|| {
            Ct2Model::load(
                &options.model,
                Settings {
                    threads: (settings.threads / workers).max(1),
                    replicas: workers,
                    ..settings.clone()
                },
            )
        })
        .transpose()?;
    let run_workers = |model: &Ct2Model| -> anyhow::Result<Duration> {
        let next = std::sync::atomic::AtomicUsize::new(0);
        let start = Instant::now();
        std::thread::scope(|scope| -> anyhow::Result<()> {
            let handles: Vec<_> = (0..workers)
                .map(|_| {
                    scope.spawn(|| -> anyhow::Result<()> {
                        loop {
                            let at = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                            // Longest batches first, so no worker is left with one at the end.
                            let Some(batch) = batches.iter().rev().nth(at) else {
                                return Ok(());
                            };
                            model.translate_tokens(batch)?;
                        }
                    })
                })
                .collect();
            for handle in handles {
                handle.join().expect("worker panicked")?;
            }
            Ok(())
        })?;
        Ok(start.elapsed())
    };

    // Warm-up (allocator, thread pools, caches), not timed.
    run_raw(&model)?;
    if let Some(replicas) = &replicas {
        run_workers(replicas)?;
    }
    let (mut raw, mut whole, mut piped, mut spread) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for run in 0..options.runs {
        // Rotate the order so drifting load on a shared machine hits each path alike.
        for step in 0..4 {
            match (run + step) % 4 {
                0 => raw.push(run_raw(&model)?),
                1 => whole.push(run_translate(&mut model)?),
                2 => piped.push(run_pipeline(&mut model)?),
                _ => {
                    if let Some(replicas) = &replicas {
                        spread.push(run_workers(replicas)?);
                    }
                }
            }
        }
    }
    let raw_median = median(&mut raw);
    println!(
        "{} sentences, {} batches, {} output tokens, beam {}, threads {}, batch size {}, \
         batch tokens {}, {} runs each",
        sentences.len(),
        batches.len(),
        raw_output_tokens,
        settings.beam_size,
        settings.threads,
        settings.batch_size,
        settings.batch_tokens,
        options.runs
    );
    let spread_label = format!(
        "raw, {workers} replicas x {} threads",
        (settings.threads / workers).max(1)
    );
    for (label, times) in [
        ("raw translate_batch", &mut raw),
        ("Translate::translate", &mut whole),
        ("Pipeline", &mut piped),
        (spread_label.as_str(), &mut spread),
    ] {
        if times.is_empty() {
            continue;
        }
        let m = median(times);
        println!(
            "{label:<28} median {m:>8.3} s  overhead {:>+6.2} %",
            (m / raw_median - 1.0) * 100.0
        );
    }
    // Wall-clock differences of a few per cent drown in a shared machine's noise, so also time
    // the work the pipeline adds around decoding on its own, where it is stable: SentencePiece
    // (the pipeline tokenizes each source twice: to check its length, then to translate; the
    // output is decoded once, about as costly) and segmentation.
    let mut tokenize = Vec::new();
    let mut segment = Vec::new();
    for _ in 0..20 {
        let start = Instant::now();
        let pieces: usize = sentences
            .iter()
            .map(|s| model.count_tokens(s))
            .sum::<anyhow::Result<usize>>()?;
        tokenize.push(start.elapsed());
        std::hint::black_box(pieces);
        let start = Instant::now();
        std::hint::black_box(segment_article(&article, Lang::Id));
        segment.push(start.elapsed());
    }
    let (tokenize, segment) = (median(&mut tokenize), median(&mut segment));
    let added = 3.0 * tokenize + segment;
    println!(
        "tokenize all sources {:.2} ms, segment {:.2} ms: added work about {:.2} ms = {:.3} % of \
         raw decoding",
        tokenize * 1e3,
        segment * 1e3,
        added * 1e3,
        added / raw_median * 100.0
    );
    Ok(())
}
