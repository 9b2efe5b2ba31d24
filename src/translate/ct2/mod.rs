//! The one module that talks to ct2rs: a CTranslate2 model directory behind [`Translate`].
//!
//! Owns model loading, SentencePiece tokenization (with exactly one `</s>` reaching
//! the encoder), length-sorted token-budget batching, and mapping results back by index.
use super::{Translate, Translation};
use crate::error::Error;
use anyhow::Context;
use ct2rs::sys::{BatchType, ComputeType, Config, TranslationOptions, Translator};
use sentencepiece::SentencePieceProcessor;
use std::path::{Path, PathBuf};

pub mod library;

const EOS: &str = "</s>";

/// The best hypothesis for one source: its target pieces and its score.
pub type Hypothesis = (Vec<String>, Option<f32>);

/// Decoding settings, with the defaults `selaras translate` uses.
#[derive(Clone, Debug)]
pub struct Settings {
    pub beam_size: usize,
    /// threads per replica (0: the available cores shared among the replicas)
    pub threads: usize,
    /// model replicas decoding batches in parallel (0: as many as the cores allow, see
    /// [`share_cores`])
    pub replicas: usize,
    /// a batch holds at most this many source tokens, padding included
    pub batch_tokens: usize,
    /// and at most this many sentences
    pub batch_size: usize,
    /// 0 disables the constraint
    pub no_repeat_ngram_size: usize,
    /// where the model runs
    pub device: Device,
    /// the languages translated from and into, as ISO codes (`id`, `ms`, `en`): they choose
    /// a multilingual model's language tokens (NLLB, M2M100, MADLAD); Marian models have one
    /// pair and ignore them
    pub source_lang: String,
    pub target_lang: String,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            beam_size: 4,
            threads: 0,
            replicas: 0,
            batch_tokens: DEFAULT_BATCH_TOKENS,
            batch_size: 64,
            no_repeat_ngram_size: 0,
            device: Device::Auto,
            source_lang: "id".to_string(),
            target_lang: "en".to_string(),
        }
    }
}

impl Settings {
    /// A usage error for a setting that cannot work (a beam of 0, an empty batch).
    pub fn check(&self) -> Result<(), Error> {
        let zero = [
            ("beam size", self.beam_size),
            ("batch token budget", self.batch_tokens),
            ("batch size", self.batch_size),
        ]
        .into_iter()
        .find(|&(_, value)| value == 0);
        match zero {
            Some((name, _)) => Err(Error::Usage(format!("the {name} must be at least 1"))),
            None => Ok(()),
        }
    }
}

/// Where CTranslate2 runs the model.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Device {
    /// a CUDA GPU when this build has the `cuda` feature and one is visible, else the CPU
    #[default]
    Auto,
    Cpu,
    /// a CUDA GPU; needs a build with the `cuda` feature
    Cuda,
}

crate::named::named_enum!(Device {
    Auto => "auto",
    Cpu => "cpu",
    Cuda => "cuda",
}, unknown: |name| format!(
    "unknown device '{name}': pick one of {}",
    Device::names().join(", ")
));

impl Device {
    /// The device to load the model on, never `Auto`. CUDA is refused with an
    /// [`Error::Usage`] that says what to do when this build or this machine cannot use it.
    pub fn resolve(self) -> Result<Device, Error> {
        let gpus = || {
            if cfg!(feature = "cuda") {
                ct2rs::sys::get_device_count(ct2rs::sys::Device::CUDA)
            } else {
                0
            }
        };
        match self {
            Device::Cpu => Ok(Device::Cpu),
            Device::Auto if gpus() > 0 => Ok(Device::Cuda),
            Device::Auto => Ok(Device::Cpu),
            Device::Cuda if !cfg!(feature = "cuda") => Err(Error::Usage(
                "--device cuda: this selaras was built without CUDA: build it with \
                 `cargo build --release --features cuda` (needs the CUDA toolkit), or pass \
                 --device cpu"
                    .into(),
            )),
            Device::Cuda if gpus() == 0 => Err(Error::Usage(
                "--device cuda: no CUDA device is visible (check the driver and \
                 CUDA_VISIBLE_DEVICES), or pass --device cpu"
                    .into(),
            )),
            Device::Cuda => Ok(Device::Cuda),
        }
    }
}

/// The default token budget of one batch. Decoding memory grows with the tokens in flight
/// (beam x sentences x length: the attention caches and logits), not with the weights, so the
/// budget bounds peak RSS whatever the sentence lengths, while short sentences still batch
/// widely. 1024 with one replica per core, 200 FLORES sentences: 0.72x the Python wheel
/// pipeline's time at 0.84x its peak RSS (batch 32), and 0.97x the time at 0.61x the RSS of
/// the wheel's fastest use (2 replicas, one call); docs/performance.md.
pub const DEFAULT_BATCH_TOKENS: usize = 1024;

/// Most replicas chosen on their own: each holds a copy of the weights.
pub const MAX_AUTO_REPLICAS: usize = 4;

/// What one replica needs, as a multiple of model.bin's size: the weights, plus room for the
/// decoding caches of a batch. An estimate: no model of a large family's size was measured
/// here (the opus-mt-sized echo model's replicas take far less than this factor allows).
const REPLICA_MEMORY_FACTOR: f64 = 1.5;

/// The share of the available memory replicas may take together; the rest stays for the
/// pipeline, the writers and the rest of the machine.
const MEMORY_SHARE: f64 = 0.75;

/// The most replicas of a model of `model_bytes` that fit in `available` bytes (at least one:
/// a model that does not fit even once is CTranslate2's error to give, with its own words).
pub fn replicas_for_memory(model_bytes: u64, available: u64) -> usize {
    let per_replica = model_bytes as f64 * REPLICA_MEMORY_FACTOR;
    if per_replica <= 0.0 {
        return MAX_AUTO_REPLICAS;
    }
    ((available as f64 * MEMORY_SHARE / per_replica) as usize).max(1)
}

/// `MemAvailable` of /proc/meminfo, in bytes; `None` where there is no such file.
fn available_memory() -> Option<u64> {
    let info = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = info.lines().find(|l| l.starts_with("MemAvailable:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

/// Shares `cores` among replicas: `(replicas, threads per replica)`, 0 meaning "choose".
/// Small batches keep few threads busy, so replicas of one thread each decode fastest (on 2
/// cores, 2 replicas x 1 thread took 0.64x the time of 1 x 2 at batch 16); beyond
/// [`MAX_AUTO_REPLICAS`] the extra copies of the weights cost more memory than they gain, and
/// the cores go to threads instead. Given threads alone, as many replicas as fit the cores.
pub fn share_cores(cores: usize, threads: usize, replicas: usize) -> (usize, usize) {
    let cores = cores.max(1);
    let replicas = match (threads, replicas) {
        (_, r) if r > 0 => r,
        (0, _) => cores.min(MAX_AUTO_REPLICAS),
        (t, _) => (cores / t).max(1),
    };
    let threads = match threads {
        0 => (cores / replicas).max(1),
        t => t,
    };
    (replicas, threads)
}

/// A loaded CTranslate2 translation model with its SentencePiece models.
pub struct Ct2Model {
    dir: PathBuf,
    translator: Translator,
    source_spm: SentencePieceProcessor,
    target_spm: SentencePieceProcessor,
    /// how the model's family turns a sentence into tokens (language tokens, prefixes)
    conventions: crate::model::family::Conventions,
    /// the model appends `</s>` itself (`add_source_eos` in config.json)
    model_adds_eos: bool,
    /// what the model's own preprocess.sh did to its training text
    preprocess: crate::model::Preprocess,
    /// the position tables in model.bin: no input or output may run past them
    positions: crate::model::binary::Positions,
    settings: Settings,
    /// why fewer replicas than the cores allow were chosen (memory), for the user
    memory_note: Option<String>,
}

impl Ct2Model {
    /// Loads the model in `dir` on `settings.device`.
    pub fn load(dir: &Path, settings: Settings) -> anyhow::Result<Self> {
        settings.check()?;
        library::load()?;
        let device = settings.device.resolve()?;
        crate::model::check_model_dir(dir)?;
        let model_error = |what: &str, err: &dyn std::fmt::Display| {
            Error::Model(format!(
                "model directory '{}': {what}: {err}: the model is corrupt or was not converted \
                 for CTranslate2 4; convert it again or run `selaras model fetch`",
                dir.display()
            ))
        };
        let config_text = std::fs::read_to_string(dir.join("config.json"))
            .map_err(|err| model_error("cannot read config.json", &err))?;
        let config: serde_json::Value = serde_json::from_str(&config_text)
            .map_err(|err| model_error("config.json is not valid JSON", &err))?;
        let model_adds_eos = config
            .get("add_source_eos")
            .and_then(serde_json::Value::as_bool)
            .unwrap_or(false);
        let conventions =
            crate::model::family::conventions(dir, &settings.source_lang, &settings.target_lang)?;
        let spm_name = |path: &Path| {
            path.file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
        };
        let source_spm = SentencePieceProcessor::open(&conventions.source_spm).map_err(|err| {
            model_error(
                &format!("cannot load {}", spm_name(&conventions.source_spm)),
                &err,
            )
        })?;
        let target_spm = SentencePieceProcessor::open(&conventions.target_spm).map_err(|err| {
            model_error(
                &format!("cannot load {}", spm_name(&conventions.target_spm)),
                &err,
            )
        })?;
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        let mut settings = settings;
        let chosen = settings.replicas == 0;
        let threads_given = settings.threads;
        (settings.replicas, settings.threads) =
            share_cores(cores, settings.threads, settings.replicas);
        // replicas chosen here must also fit in memory: each holds its own copy of the weights
        let mut memory_note = None;
        let model_bytes = std::fs::metadata(dir.join("model.bin")).map_or(0, |m| m.len());
        if let (true, Some(available)) = (chosen, available_memory()) {
            let fit = replicas_for_memory(model_bytes, available);
            if fit < settings.replicas {
                memory_note = Some(format!(
                    "{} replicas of this {:.1} GB model (not {}): that is what fits in {:.1} GB \
                     of available memory; --replicas N overrides",
                    fit,
                    model_bytes as f64 / 1e9,
                    settings.replicas,
                    available as f64 / 1e9
                ));
                settings.threads = match threads_given {
                    0 => (cores / fit).max(1),
                    t => t,
                };
                settings.replicas = fit;
            }
        }
        settings.device = device;
        let config = Config {
            device: match device {
                Device::Cuda => ct2rs::sys::Device::CUDA,
                Device::Auto | Device::Cpu => ct2rs::sys::Device::CPU,
            },
            // On a GPU, int8 weights with float16 arithmetic, what CTranslate2 recommends for
            // the large models there (it falls back to a type the GPU supports); on the CPU the
            // model's own type. Not measurable here: these machines have no GPU.
            compute_type: match device {
                Device::Cuda => ComputeType::INT8_FLOAT16,
                Device::Auto | Device::Cpu => ComputeType::DEFAULT,
            },
            // One entry per replica; CTranslate2 gives each its own copy of the weights.
            device_indices: vec![0; settings.replicas],
            num_threads_per_replica: settings.threads,
            ..Config::default()
        };
        let translator = Translator::new(dir, &config)
            .map_err(|err| model_error("cannot load model.bin", &err))?;
        Ok(Ct2Model {
            preprocess: crate::model::Preprocess::load(dir)?,
            positions: crate::model::binary::positions(dir),
            dir: dir.to_path_buf(),
            translator,
            source_spm,
            target_spm,
            conventions,
            model_adds_eos,
            settings,
            memory_note,
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Why fewer replicas were chosen than the cores allow: the model's copies would not fit
    /// in the available memory. `None` when memory did not limit them.
    pub fn memory_note(&self) -> Option<&str> {
        self.memory_note.as_deref()
    }

    /// The model's family.
    pub fn family(&self) -> crate::model::Family {
        self.conventions.family
    }

    /// SentencePiece pieces of `text` after the model's preprocessing, with the family's
    /// language token before them (NLLB, M2M100) or its marker written before the text
    /// (MADLAD), ending in exactly one `</s>` as the encoder sees it.
    pub fn source_tokens(&self, text: &str) -> anyhow::Result<Vec<String>> {
        let text = self.preprocess.apply(text);
        let text = match self.conventions.text_prefix.is_empty() {
            true => text,
            false => format!("{}{text}", self.conventions.text_prefix),
        };
        let pieces = self
            .source_spm
            .encode(&text)
            .map_err(|err| {
                Error::Model(format!(
                    "'{}': SentencePiece failed on {:?}: {err}",
                    self.conventions.source_spm.display(),
                    excerpt(&text)
                ))
            })?
            .into_iter()
            .map(|piece| piece.piece);
        let mut tokens = self.conventions.source_prefix.clone();
        tokens.extend(with_one_eos(pieces, self.model_adds_eos));
        Ok(tokens)
    }

    /// Translates pre-tokenized batches as they are: one `translate_batch` call per batch.
    /// The benchmark uses this to measure the pipeline's own overhead.
    pub fn translate_tokens(&self, batch: &[Vec<String>]) -> anyhow::Result<Vec<Hypothesis>> {
        let longest = batch.iter().map(Vec::len).max().unwrap_or(0);
        let options = TranslationOptions {
            beam_size: self.settings.beam_size.max(1),
            // Inputs were split to fit the model before they got here: never truncate.
            max_input_length: 0,
            max_decoding_length: max_decoding_length(longest, self.positions.decoder),
            no_repeat_ngram_size: self.settings.no_repeat_ngram_size,
            return_scores: true,
            max_batch_size: 0,
            batch_type: BatchType::Examples,
            ..TranslationOptions::default()
        };
        let prefix = &self.conventions.target_prefix;
        let results = match prefix.is_empty() {
            true => self.translator.translate_batch(batch, &options, None),
            false => {
                let prefixes = vec![prefix.clone(); batch.len()];
                self.translator
                    .translate_batch_with_target_prefix(batch, &prefixes, &options, None)
            }
        }
        .context("CTranslate2 failed to translate a batch")?;
        Ok(results
            .into_iter()
            .map(|result| {
                let score = result.score();
                let output = result.hypotheses.into_iter().next().unwrap_or_default();
                (crate::model::family::strip_prefix(output, prefix), score)
            })
            .collect())
    }
}

impl Ct2Model {
    /// Decodes every batch, spread over the model's replicas: each replica's worker takes the
    /// next batch as soon as it is free. Results come back in batch order.
    fn decode_batches(
        &self,
        batches: &[Vec<usize>],
        tokens: &[Vec<String>],
    ) -> anyhow::Result<Vec<Vec<Hypothesis>>> {
        let inputs = |batch: &[usize]| -> Vec<Vec<String>> {
            batch.iter().map(|&i| tokens[i].clone()).collect()
        };
        let workers = self.settings.replicas.clamp(1, batches.len().max(1));
        if workers == 1 {
            return batches
                .iter()
                .map(|batch| {
                    crate::interrupt::check()?;
                    self.translate_tokens(&inputs(batch))
                })
                .collect();
        }
        let next = std::sync::atomic::AtomicUsize::new(0);
        let results = std::sync::Mutex::new(Vec::with_capacity(batches.len()));
        std::thread::scope(|scope| {
            for _ in 0..workers {
                scope.spawn(|| loop {
                    // Longest batches first (they were planned shortest first), so no replica
                    // is left alone with a long batch at the end.
                    let taken = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(b) = batches.len().checked_sub(taken + 1) else {
                        break;
                    };
                    if crate::interrupt::requested() {
                        break;
                    }
                    let batch = &batches[b];
                    let output = self.translate_tokens(&inputs(batch));
                    results.lock().expect("no worker panics").push((b, output));
                });
            }
        });
        crate::interrupt::check()?;
        let mut results = results.into_inner().expect("no worker panics");
        results.sort_by_key(|(b, _)| *b);
        results.into_iter().map(|(_, output)| output).collect()
    }
}

/// Appends `</s>` unless the model does it itself, and drops any `</s>` piece the text
/// produced, so the encoder always sees exactly one, at the end.
fn with_one_eos(pieces: impl Iterator<Item = String>, model_adds_eos: bool) -> Vec<String> {
    let mut tokens: Vec<String> = pieces.filter(|piece| piece != EOS).collect();
    if !model_adds_eos {
        tokens.push(EOS.to_string());
    }
    tokens
}

/// The decoding limit for a batch whose longest source has `source_tokens` tokens (with
/// `</s>`): room for a translation three times as long, so nothing is cut short, but never
/// past the decoder's position table (CTranslate2 fails the whole batch there: "No position
/// encodings are defined for positions >= 1024"), where only a decoder stuck in a loop goes.
fn max_decoding_length(source_tokens: usize, decoder_positions: Option<usize>) -> usize {
    let wanted = 3 * source_tokens + 10;
    match decoder_positions {
        Some(rows) => wanted.min(rows.saturating_sub(1).max(1)),
        None => wanted,
    }
}

/// The start of a long text, for an error message.
fn excerpt(text: &str) -> String {
    match text.char_indices().nth(60) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

/// Groups source indices into batches: sorted by length, each batch at most `budget` tokens
/// counting padding (batch size × longest member) and at most `max_size` sources, never empty.
pub fn plan_batches(lengths: &[usize], budget: usize, max_size: usize) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..lengths.len()).collect();
    order.sort_by_key(|&index| (lengths[index], index));
    let mut batches: Vec<Vec<usize>> = Vec::new();
    let mut current: Vec<usize> = Vec::new();
    for index in order {
        // Sorted ascending, so this source is the batch's longest.
        let padded = (current.len() + 1) * lengths[index].max(1);
        if !current.is_empty() && (padded > budget || current.len() >= max_size) {
            batches.push(std::mem::take(&mut current));
        }
        current.push(index);
    }
    if !current.is_empty() {
        batches.push(current);
    }
    batches
}

impl Translate for Ct2Model {
    fn translate(&mut self, sources: &[&str]) -> anyhow::Result<Vec<Translation>> {
        let tokens: Vec<Vec<String>> = sources
            .iter()
            .map(|text| self.source_tokens(text))
            .collect::<anyhow::Result<_>>()?;
        let lengths: Vec<usize> = tokens.iter().map(Vec::len).collect();
        let batches = plan_batches(
            &lengths,
            self.settings.batch_tokens,
            self.settings.batch_size,
        );
        let mut translations: Vec<Option<Translation>> = vec![None; sources.len()];
        for (batch, outputs) in batches.iter().zip(self.decode_batches(&batches, &tokens)?) {
            for (&index, (pieces, score)) in batch.iter().zip(outputs) {
                let text = self
                    .target_spm
                    .decode_pieces(&pieces)
                    .context("decoding the model's output pieces")?;
                translations[index] = Some(Translation {
                    text,
                    score: score.map(f64::from),
                });
            }
        }
        translations
            .into_iter()
            .map(|translation| {
                translation.context("CTranslate2 returned fewer results than it was given")
            })
            .collect()
    }

    fn count_tokens(&self, text: &str) -> anyhow::Result<usize> {
        Ok(self.source_tokens(text)?.len())
    }

    /// The family's limit (Marian's 512, NLLB's and M2M100's 1024), or less where the
    /// encoder's position table is smaller.
    fn max_input_tokens(&self) -> usize {
        let limit = self
            .conventions
            .max_input_tokens
            .unwrap_or(MARIAN_MAX_INPUT_TOKENS);
        match self.positions.encoder {
            Some(rows) => limit.min(rows.max(1)),
            None => limit,
        }
    }
}

/// Marian's position embeddings stop at 512 tokens.
pub const MARIAN_MAX_INPUT_TOKENS: usize = 512;

#[cfg(test)]
mod tests {
    #[test]
    fn replicas_fit_in_memory() {
        const GB: u64 = 1_000_000_000;
        // (model.bin, available, replicas)
        for (model, available, replicas) in [
            (80_000_000, 20 * GB, 125),
            (3_300_000_000, 20 * GB, 3),
            (3_300_000_000, 4 * GB, 1),
            (600_000_000, 24 * GB, 20),
            (0, GB, MAX_AUTO_REPLICAS),
        ] {
            assert_eq!(
                replicas_for_memory(model, available),
                replicas,
                "{model} in {available}"
            );
        }
    }

    use super::*;

    fn pieces(list: &[&str]) -> impl Iterator<Item = String> {
        list.iter()
            .map(|piece| piece.to_string())
            .collect::<Vec<_>>()
            .into_iter()
    }

    #[test]
    fn exactly_one_eos_reaches_the_encoder() {
        // (pieces from SentencePiece, model appends </s> itself, tokens we pass)
        let cases: &[(&[&str], bool, &[&str])] = &[
            // An OPUS-MT conversion sets add_source_eos: CTranslate2 appends </s>.
            (&["▁Jumat", "."], true, &["▁Jumat", "."]),
            // Without it, we append the one </s>.
            (&["▁Jumat", "."], false, &["▁Jumat", ".", "</s>"]),
            // A literal </s> piece in the text never doubles the end of sentence.
            (&["▁a", "</s>"], true, &["▁a"]),
            (&["▁a", "</s>"], false, &["▁a", "</s>"]),
            (&[], false, &["</s>"]),
        ];
        for (input, model_adds_eos, expected) in cases {
            let tokens = with_one_eos(pieces(input), *model_adds_eos);
            assert_eq!(
                tokens, *expected,
                "{input:?} add_source_eos={model_adds_eos}"
            );
            let seen = tokens.iter().filter(|t| *t == EOS).count() + *model_adds_eos as usize;
            assert_eq!(seen, 1);
        }
    }

    #[test]
    fn decoding_never_runs_past_the_decoder_positions() {
        // (longest source in tokens, decoder position rows, limit)
        let cases = [
            (10, None, 40),
            (10, Some(1024), 40),
            (376, Some(1024), 1023), // 3 x 376 + 10 = 1138 would fail the batch
            (376, None, 1138),
            (5, Some(0), 1),
        ];
        for (tokens, rows, expected) in cases {
            assert_eq!(
                max_decoding_length(tokens, rows),
                expected,
                "{tokens} {rows:?}"
            );
        }
    }

    #[test]
    fn devices_parse_by_name_and_cuda_needs_the_feature() {
        for name in Device::names() {
            assert_eq!(name.parse::<Device>().map(Device::name), Ok(name));
        }
        assert!("gpu"
            .parse::<Device>()
            .unwrap_err()
            .contains("auto, cpu, cuda"));
        assert_eq!(Device::Cpu.resolve().unwrap(), Device::Cpu);
        assert_ne!(Device::Auto.resolve().unwrap(), Device::Auto);
        if !cfg!(feature = "cuda") {
            assert_eq!(Device::Auto.resolve().unwrap(), Device::Cpu);
            let err = Device::Cuda.resolve().unwrap_err();
            assert_eq!(err.exit_code(), crate::error::EXIT_INPUT);
            assert!(err
                .to_string()
                .contains("cargo build --release --features cuda"));
        }
    }

    #[test]
    fn cores_are_shared_among_replicas_without_oversubscribing() {
        // (cores, --threads, --replicas) -> (replicas, threads per replica)
        let cases = [
            ((2, 0, 0), (2, 1)),  // default on 2 cores: 2 replicas of 1 thread
            ((1, 0, 0), (1, 1)),  // one core
            ((0, 0, 0), (1, 1)),  // unknown core count
            ((16, 0, 0), (4, 4)), // many cores: at most 4 copies of the weights
            ((6, 0, 0), (4, 1)),  // cores not divisible: no thread beyond the cores
            ((2, 2, 0), (1, 2)),  // --threads 2 on 2 cores: one replica, not 2 x 2
            ((8, 2, 0), (4, 2)),  // --threads 2 on 8 cores: as many replicas as fit
            ((2, 4, 0), (1, 4)),  // more threads than cores: as asked, one replica
            ((2, 0, 1), (1, 2)),  // --replicas 1: the cores go to its threads
            ((2, 0, 3), (3, 1)),  // more replicas than cores: one thread each
            ((2, 3, 3), (3, 3)),  // both given: as asked
        ];
        for ((cores, threads, replicas), expected) in cases {
            assert_eq!(
                share_cores(cores, threads, replicas),
                expected,
                "{cores} cores, --threads {threads}, --replicas {replicas}"
            );
        }
    }

    #[test]
    fn batches_respect_the_token_budget_and_cover_every_source() {
        let lengths = [5, 40, 3, 3, 12, 7, 600, 1];
        for (budget, max_size) in [(1, 64), (10, 64), (32, 64), (64, 64), (4096, 3), (4096, 1)] {
            let batches = plan_batches(&lengths, budget, max_size);
            let mut seen: Vec<usize> = batches.iter().flatten().copied().collect();
            seen.sort();
            assert_eq!(
                seen,
                (0..lengths.len()).collect::<Vec<_>>(),
                "budget {budget}"
            );
            for batch in &batches {
                let longest = batch.iter().map(|&i| lengths[i]).max().unwrap();
                assert!(
                    batch.len() == 1 || batch.len() * longest <= budget,
                    "budget {budget}: {batch:?}"
                );
                assert!(batch.len() <= max_size, "max size {max_size}: {batch:?}");
            }
        }
        assert_eq!(plan_batches(&lengths, 8 * 600, 64).len(), 1);
        assert_eq!(plan_batches(&lengths, 4096, 3).len(), 3);
        assert_eq!(plan_batches(&[], 64, 64), Vec::<Vec<usize>>::new());
    }
}
