//! Corpus runs past one machine: each shard of a run translates its share of the documents
//! into a part, and [`merge`] joins the parts into what one machine would have written.
//!
//! # Which documents a shard takes
//! Shard `I` of `N` takes the documents whose key (the document's resume-journal key: a text
//! input's unique stem, a JSONL document's id or `FILE:LINE`) hashes to `I`: [`shard_of`] is
//! 64-bit FNV-1a over the key's UTF-8 bytes, modulo `N`. It has no seed and no platform
//! dependence, so a rerun of shard 7 on another node, architecture or selaras version takes
//! the same documents. Every shard reads the whole input list: the lines repeated across the
//! corpus ([`crate::repeated`]) are counted over all documents by every shard alike, or read
//! by every shard from the one file of `selaras corpus scan` ([`crate::repeated::stats`]),
//! which is what keeps a shard's boilerplate decisions those of the single run.
//!
//! # Parts and manifests
//! Shard `I` of `N` writes `part-IIIII-of-NNNNN.jsonl`: every pair of its documents as the
//! JSONL wire record, in input order. When the part is complete, `part-IIIII-of-NNNNN.done`
//! is written beside it, atomically: a [`Manifest`] naming every document (its position in
//! the run, its key and how many pairs it has), the part's size and line count, and the
//! fingerprints of the input list, the model and the options that change output. A part
//! without its manifest is unfinished.
//!
//! # Merging
//! [`merge`] refuses a directory where a part is missing, unfinished, cut short or from
//! another input list, model or option set, so a merged corpus is never partly stale. It
//! then streams the parts' pairs in the order of the documents in the run, so the output is
//! byte for byte what one run would have written. Memory holds the manifests' document
//! lists, never the pairs (`--dedup-pairs` excepted: it keeps each distinct pair's two texts).
use crate::error::Error;
use crate::pairs::Pair;
use crate::writers::PairWriter;
use anyhow::Context;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io::{BufRead, Read, Seek, Write};
use std::path::{Path, PathBuf};

/// The most shards a run may have: part names hold five digits.
pub const MAX_SHARDS: usize = 99_999;

/// One shard of a run: index `index` (from 0) of `count`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shard {
    pub index: usize,
    pub count: usize,
}

/// 64-bit FNV-1a: offset basis 0xcbf29ce484222325, prime 0x100000001b3, one byte at a time.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// The shard, of `count`, that the document with `key` belongs to.
pub fn shard_of(key: &str, count: usize) -> usize {
    (fnv1a64(key.as_bytes()) % count.max(1) as u64) as usize
}

impl Shard {
    /// `I/N` as `--shard` takes it: 0 ≤ I < N ≤ [`MAX_SHARDS`].
    pub fn parse(text: &str) -> Result<Shard, Error> {
        let usage = |why: &str| {
            Error::Usage(format!(
                "--shard '{text}': {why}: give I/N, shard I (counted from 0) of N"
            ))
        };
        let (index, count) = text.split_once('/').ok_or_else(|| usage("no '/'"))?;
        let number = |part: &str| {
            part.trim()
                .parse::<usize>()
                .map_err(|_| usage("not numbers"))
        };
        Shard::new(number(index)?, number(count)?).map_err(|why| usage(&why))
    }

    /// Shard `index` of `count`, checked.
    pub fn new(index: usize, count: usize) -> Result<Shard, String> {
        if count == 0 {
            return Err("a run has at least 1 shard".into());
        }
        if count > MAX_SHARDS {
            return Err(format!("at most {MAX_SHARDS} shards"));
        }
        if index >= count {
            return Err(format!(
                "shards are numbered 0 to {}, so there is no shard {index}",
                count - 1
            ));
        }
        Ok(Shard { index, count })
    }

    /// The shard a scheduler gave this task, and where the numbers came from: a Slurm job
    /// array (`SLURM_ARRAY_TASK_ID` of `shard_count`; without it `SLURM_ARRAY_TASK_ID` −
    /// `SLURM_ARRAY_TASK_MIN` of `SLURM_ARRAY_TASK_COUNT`), or a Kubernetes Indexed Job
    /// (`JOB_COMPLETION_INDEX` of `shard_count`). `None` outside both.
    pub fn from_env(
        var: impl Fn(&str) -> Option<String>,
        shard_count: Option<usize>,
    ) -> Result<Option<(Shard, String)>, Error> {
        let number = |name: &str| -> Result<Option<usize>, Error> {
            match var(name).filter(|v| !v.trim().is_empty()) {
                None => Ok(None),
                Some(v) => v
                    .trim()
                    .parse()
                    .map(Some)
                    .map_err(|_| Error::Usage(format!("{name}='{v}' is not a whole number"))),
            }
        };
        let bad = |what: String| Error::Usage(format!("the scheduler's shard: {what}"));
        if let Some(task) = number("SLURM_ARRAY_TASK_ID")? {
            // With the shard count given, the array's indices are the shard numbers, so a
            // resubmission of some of them (`sbatch --array=3,7`) runs exactly those shards.
            // Without it, the array is the whole run, whatever its first index.
            let (index, count, from) =
                match shard_count {
                    Some(count) => (
                        task,
                        count,
                        format!("SLURM_ARRAY_TASK_ID={task}, of --shard-count {count}"),
                    ),
                    None => {
                        let min = number("SLURM_ARRAY_TASK_MIN")?.unwrap_or(0);
                        let count = number("SLURM_ARRAY_TASK_COUNT")?.ok_or_else(|| {
                        bad("SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_COUNT is not: pass \
                             --shard-count N or --shard I/N"
                            .into())
                    })?;
                        let index = task.checked_sub(min).ok_or_else(|| {
                            bad(format!(
                                "SLURM_ARRAY_TASK_ID {task} is below SLURM_ARRAY_TASK_MIN {min}"
                            ))
                        })?;
                        let from = format!(
                            "SLURM_ARRAY_TASK_ID={task} - SLURM_ARRAY_TASK_MIN={min}, of \
                         SLURM_ARRAY_TASK_COUNT={count}"
                        );
                        (index, count, from)
                    }
                };
            let shard = Shard::new(index, count).map_err(|why| bad(format!("{from}: {why}")))?;
            return Ok(Some((shard, from)));
        }
        if let Some(index) = number("JOB_COMPLETION_INDEX")? {
            let count = shard_count.ok_or_else(|| {
                bad(
                    "JOB_COMPLETION_INDEX is set: pass --shard-count N, the Job's completions"
                        .into(),
                )
            })?;
            let shard = Shard::new(index, count)
                .map_err(|why| bad(format!("JOB_COMPLETION_INDEX {index} of {count}: {why}")))?;
            let from = format!("JOB_COMPLETION_INDEX={index}, of --shard-count {count}");
            return Ok(Some((shard, from)));
        }
        Ok(None)
    }

    /// Whether the document with `key` is this shard's.
    pub fn owns(&self, key: &str) -> bool {
        shard_of(key, self.count) == self.index
    }

    /// `part-IIIII-of-NNNNN`.
    pub fn part_name(&self) -> String {
        format!("part-{:05}-of-{:05}", self.index, self.count)
    }

    /// The part file in `dir`.
    pub fn part_path(&self, dir: &Path) -> PathBuf {
        dir.join(format!("{}.jsonl", self.part_name()))
    }

    /// The manifest of the part in `dir`.
    pub fn done_path(&self, dir: &Path) -> PathBuf {
        dir.join(format!("{}.done", self.part_name()))
    }
}

/// `part-IIIII-of-NNNNN.EXT` → the shard and the extension.
fn parse_part_name(name: &str) -> Option<(Shard, &str)> {
    let rest = name.strip_prefix("part-")?;
    let (index, rest) = rest.split_once("-of-")?;
    let (count, ext) = rest.split_once('.')?;
    if index.len() != 5 || count.len() != 5 {
        return None;
    }
    let shard = Shard::new(index.parse().ok()?, count.parse().ok()?).ok()?;
    Some((shard, ext))
}

/// One document of a part.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartDocument {
    /// its position among the run's documents, from 0: the order of the merged output
    pub index: usize,
    /// its key (see the module documentation)
    pub key: String,
    /// how many pairs of the part are its own
    pub pairs: usize,
}

/// What a finished part holds and what made it: the `.done` file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// the selaras version that wrote it
    pub selaras: String,
    pub shard: usize,
    pub shards: usize,
    /// [`inputs_fingerprint`] of the run's input list
    pub inputs: String,
    /// [`model_fingerprint`] of the model
    pub model: String,
    /// the options that change output, as `name=value` words
    pub options: String,
    /// the part's size in bytes, and its lines (one pair each)
    pub part_bytes: u64,
    pub pairs: usize,
    /// documents the shard read and skipped (another language), and inputs that failed
    pub documents: Vec<PartDocument>,
}

impl Manifest {
    /// Whether `other` comes from the same run: input list, model and options.
    fn same_run(&self, other: &Manifest) -> bool {
        self.inputs == other.inputs && self.model == other.model && self.options == other.options
    }

    /// Writes the manifest for `shard` into `dir` atomically (a temporary file renamed).
    pub fn write(&self, dir: &Path) -> anyhow::Result<()> {
        let shard = Shard {
            index: self.shard,
            count: self.shards,
        };
        let path = shard.done_path(dir);
        let mut temp = tempfile::Builder::new()
            .prefix(&format!(".{}.", shard.part_name()))
            .suffix(".tmp")
            .tempfile_in(dir)
            .with_context(|| format!("creating the manifest in '{}'", dir.display()))?;
        serde_json::to_writer_pretty(&mut temp, self)?;
        temp.write_all(b"\n")?;
        temp.as_file().sync_all()?;
        temp.persist(&path)
            .map_err(|err| err.error)
            .with_context(|| format!("writing '{}'", path.display()))?;
        Ok(())
    }

    fn read(path: &Path) -> Result<Manifest, Error> {
        let text = std::fs::read_to_string(path).map_err(|err| Error::BadInput {
            path: path.display().to_string(),
            problem: format!("cannot read the manifest: {err}"),
        })?;
        serde_json::from_str(&text).map_err(|err| Error::BadInput {
            path: path.display().to_string(),
            problem: format!("not a selaras part manifest: {err}"),
        })
    }
}

/// The fingerprints that tie a part to its run: see [`inputs_fingerprint`] and
/// [`model_fingerprint`]; `options` names the options that change output.
#[derive(Clone, Debug, PartialEq)]
pub struct RunPrints {
    pub inputs: String,
    pub model: String,
    pub options: String,
}

impl RunPrints {
    fn matches(&self, manifest: &Manifest) -> bool {
        manifest.inputs == self.inputs
            && manifest.model == self.model
            && manifest.options == self.options
    }
}

/// Whether `shard`'s part in `dir` is finished, by this very run.
pub fn is_done(dir: &Path, shard: Shard, prints: &RunPrints) -> bool {
    shard.part_path(dir).is_file()
        && Manifest::read(&shard.done_path(dir)).is_ok_and(|m| prints.matches(&m))
}

/// Translates the documents of `options.shard` into `dir`: the part, then its manifest. A
/// manifest left by another run is removed first, so it never describes the new part.
pub fn translate_shard(
    inputs: &[crate::corpus::Planned],
    backend: &mut dyn crate::translate::Translate,
    dir: &Path,
    options: &crate::corpus::CorpusOptions,
    prints: RunPrints,
    observer: &mut dyn crate::observe::Observer,
) -> anyhow::Result<(Manifest, crate::corpus::CorpusReport)> {
    let shard = options.shard.expect("translate_shard runs a shard");
    std::fs::create_dir_all(dir).with_context(|| format!("creating '{}'", dir.display()))?;
    let part = shard.part_path(dir);
    let done = shard.done_path(dir);
    if done.exists() {
        std::fs::remove_file(&done).with_context(|| format!("removing '{}'", done.display()))?;
    }
    let destination = crate::writers::Destination::Path(part.clone());
    let mut writer = crate::writers::create(
        crate::writers::Format::Jsonl,
        &destination,
        &crate::writers::Options::default(),
    )
    .with_context(|| format!("opening '{}'", part.display()))?;
    let report =
        crate::corpus::translate_corpus(inputs, backend, writer.as_mut(), options, observer)
            .map_err(|err| err.context(format!("'{}'", part.display())))?;
    let manifest = Manifest {
        selaras: env!("CARGO_PKG_VERSION").to_string(),
        shard: shard.index,
        shards: shard.count,
        inputs: prints.inputs,
        model: prints.model,
        options: prints.options,
        part_bytes: std::fs::metadata(&part)
            .with_context(|| format!("reading '{}'", part.display()))?
            .len(),
        pairs: report.documents.iter().map(|d| d.pairs).sum(),
        documents: report.documents.clone(),
    };
    manifest.write(dir)?;
    Ok((manifest, report))
}

fn sha256_hex(hasher: Sha256) -> String {
    hasher.finalize()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The fingerprint of a run's input list: every input as given, with its size in bytes.
/// Shards given the same list in the same order agree; a file that changed size does not.
pub fn inputs_fingerprint(inputs: &[crate::corpus::Planned]) -> String {
    let mut hasher = Sha256::new();
    for input in inputs {
        match input {
            Ok(crate::input::Source::File(path)) => {
                let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
                hasher.update(format!("{}\t{size}\n", path.display()));
            }
            Ok(crate::input::Source::Stdin) => hasher.update(b"-\n"),
            Err(err) => hasher.update(format!("! {err}\n")),
        }
    }
    sha256_hex(hasher)
}

/// The fingerprint of the model in `dir`: its config.json and vocabularies, and model.bin's
/// size, first and last mebibyte (hashing a 3 GB model.bin whole would cost every shard
/// seconds; a different model differs there).
pub fn model_fingerprint(dir: &Path) -> anyhow::Result<String> {
    let mut hasher = Sha256::new();
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .with_context(|| format!("reading the model directory '{}'", dir.display()))?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| {
            n == "config.json" || n.ends_with("vocabulary.json") || n.ends_with("vocabulary.txt")
        })
        .collect();
    names.sort();
    for name in names {
        hasher.update(name.as_bytes());
        hasher.update(std::fs::read(dir.join(&name))?);
    }
    let bin = dir.join("model.bin");
    let mut file =
        std::fs::File::open(&bin).with_context(|| format!("opening '{}'", bin.display()))?;
    let size = file.metadata()?.len();
    hasher.update(size.to_le_bytes());
    const EDGE: u64 = 1 << 20;
    let mut buf = Vec::new();
    (&mut file).take(EDGE).read_to_end(&mut buf)?;
    hasher.update(&buf);
    if size > EDGE {
        file.seek(std::io::SeekFrom::Start(size - EDGE.min(size)))?;
        buf.clear();
        file.take(EDGE).read_to_end(&mut buf)?;
        hasher.update(&buf);
    }
    Ok(sha256_hex(hasher))
}

/// What [`status`] found in a directory.
#[derive(Debug, Default)]
pub struct Status {
    /// the run's shard count (from the parts' names)
    pub shards: usize,
    /// finished parts of the run
    pub done: Vec<usize>,
    /// shards with no finished part
    pub missing: Vec<usize>,
    /// finished parts whose input list, model or options differ from the others'
    pub stale: Vec<usize>,
}

impl Status {
    /// The shards to run again (missing and stale), as `sbatch --array=` takes them:
    /// `3,7-9`.
    pub fn to_rerun(&self) -> String {
        let mut all: Vec<usize> = self.missing.iter().chain(&self.stale).copied().collect();
        all.sort_unstable();
        ranges(&all)
    }
}

/// Sorted numbers as ranges: `[3, 7, 8, 9]` → `3,7-9`.
pub fn ranges(numbers: &[usize]) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < numbers.len() {
        let start = numbers[i];
        let mut end = start;
        while i + 1 < numbers.len() && numbers[i + 1] == end + 1 {
            i += 1;
            end = numbers[i];
        }
        out.push(if start == end {
            start.to_string()
        } else {
            format!("{start}-{end}")
        });
        i += 1;
    }
    out.join(",")
}

/// The parts and manifests in `dir`, by shard; an error for a directory that holds parts of
/// runs with different shard counts.
fn survey(dir: &Path) -> Result<(usize, BTreeMap<usize, Manifest>), Error> {
    let bad = |problem: String| Error::BadInput {
        path: dir.display().to_string(),
        problem,
    };
    let entries = std::fs::read_dir(dir).map_err(|err| bad(format!("cannot read it: {err}")))?;
    let mut counts = std::collections::BTreeSet::new();
    let mut manifests = BTreeMap::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some((shard, ext)) = parse_part_name(&name) else {
            continue;
        };
        counts.insert(shard.count);
        if ext == "done" {
            let manifest = Manifest::read(&entry.path())?;
            if manifest.shard != shard.index || manifest.shards != shard.count {
                return Err(bad(format!(
                    "'{name}' describes shard {} of {}",
                    manifest.shard, manifest.shards
                )));
            }
            manifests.insert(shard.index, manifest);
        }
    }
    match counts.len() {
        0 => Err(bad(
            "holds no parts (part-IIIII-of-NNNNN.jsonl): run `selaras translate --shard I/N -o DIR/` first"
                .into(),
        )),
        1 => Ok((counts.into_iter().next().unwrap_or(1), manifests)),
        _ => Err(bad(format!(
            "holds parts of runs with {} shards: one directory per run",
            counts
                .iter()
                .map(usize::to_string)
                .collect::<Vec<_>>()
                .join(" and ")
        ))),
    }
}

/// The manifest most finished parts agree on: the run the directory is for.
fn majority(manifests: &BTreeMap<usize, Manifest>) -> Option<&Manifest> {
    let mut best: Option<(&Manifest, usize)> = None;
    for candidate in manifests.values() {
        let votes = manifests.values().filter(|m| m.same_run(candidate)).count();
        if best.is_none_or(|(_, most)| votes > most) {
            best = Some((candidate, votes));
        }
    }
    best.map(|(m, _)| m)
}

/// Which shards of the run in `dir` are done, missing or stale.
pub fn status(dir: &Path) -> Result<Status, Error> {
    let (shards, manifests) = survey(dir)?;
    let run = majority(&manifests);
    let mut status = Status {
        shards,
        ..Status::default()
    };
    for index in 0..shards {
        match manifests.get(&index) {
            None => status.missing.push(index),
            Some(m) if run.is_some_and(|run| !run.same_run(m)) => status.stale.push(index),
            Some(_) => status.done.push(index),
        }
    }
    Ok(status)
}

/// What a merge wrote.
#[derive(Debug, Default)]
pub struct MergeReport {
    pub shards: usize,
    pub documents: usize,
    /// pairs read from the parts, and written
    pub pairs_read: usize,
    pub pairs_written: usize,
}

/// How a merge filters pairs, as a single run would have.
#[derive(Clone, Copy, Debug, Default)]
pub struct MergeOptions {
    /// drop pairs whose source and target both repeat an earlier pair exactly
    pub dedup_pairs: bool,
    /// write only the pairs the model translated
    pub translated_only: bool,
}

/// Checks every part of the run in `dir` and streams their pairs to `writer` in the run's
/// document order. Nothing is written unless every part is there, finished, whole and of the
/// same run; the writer is finished only when every pair is written.
pub fn merge(
    dir: &Path,
    writer: &mut dyn PairWriter,
    options: MergeOptions,
) -> anyhow::Result<MergeReport> {
    let (shards, manifests) = survey(dir)?;
    let refuse = |problem: String| -> anyhow::Error {
        Error::BadInput {
            path: dir.display().to_string(),
            problem,
        }
        .into()
    };
    let missing: Vec<usize> = (0..shards).filter(|i| !manifests.contains_key(i)).collect();
    if !missing.is_empty() {
        return Err(refuse(format!(
            "shards {} of {shards} are not finished (no .done): run them (`selaras corpus \
             status` lists them), then merge",
            ranges(&missing)
        )));
    }
    let run = majority(&manifests).expect("every shard has a manifest");
    for (index, manifest) in &manifests {
        if !manifest.same_run(run) {
            let what = if manifest.inputs != run.inputs {
                "another input list"
            } else if manifest.model != run.model {
                "another model"
            } else {
                "other options"
            };
            return Err(refuse(format!(
                "part {index} of {shards} was made from {what} than the others: run it again \
                 with the same inputs, model and options"
            )));
        }
    }
    // Every part whole: its size and line count as its manifest says, its documents' pair
    // counts adding up.
    let mut order: Vec<(usize, usize, usize)> = Vec::new(); // (run index, shard, pairs)
    for (&index, manifest) in &manifests {
        let shard = Shard {
            index,
            count: shards,
        };
        let path = shard.part_path(dir);
        let part = path.display().to_string();
        let bytes = std::fs::metadata(&path).map(|m| m.len()).map_err(|err| {
            refuse(format!(
                "part {index} has a manifest but no part file '{part}': {err}"
            ))
        })?;
        let listed: usize = manifest.documents.iter().map(|d| d.pairs).sum();
        if bytes != manifest.part_bytes || listed != manifest.pairs {
            return Err(refuse(format!(
                "'{part}' does not match its manifest ({bytes} bytes, the manifest says {}; \
                 its documents hold {listed} pairs, it says {}): run shard {index} again",
                manifest.part_bytes, manifest.pairs
            )));
        }
        order.extend(manifest.documents.iter().map(|d| (d.index, index, d.pairs)));
    }
    order.sort_unstable();
    if let Some(pair) = order.windows(2).find(|w| w[0].0 == w[1].0) {
        return Err(refuse(format!(
            "document {} of the run is in two parts ({} and {})",
            pair[0].0, pair[0].1, pair[1].1
        )));
    }
    let mut readers: BTreeMap<usize, (std::io::BufReader<std::fs::File>, PathBuf, usize)> =
        BTreeMap::new();
    for &index in manifests.keys() {
        let path = Shard {
            index,
            count: shards,
        }
        .part_path(dir);
        let file =
            std::fs::File::open(&path).with_context(|| format!("opening '{}'", path.display()))?;
        readers.insert(index, (std::io::BufReader::new(file), path, 0));
    }
    let mut report = MergeReport {
        shards,
        documents: order.len(),
        ..MergeReport::default()
    };
    let mut filter = crate::corpus::PairFilter::new(options.dedup_pairs, options.translated_only);
    let mut line = String::new();
    writer.begin()?;
    for (_, shard, pairs) in order {
        let (reader, path, line_number) = readers.get_mut(&shard).expect("opened");
        for _ in 0..pairs {
            line.clear();
            *line_number += 1;
            let read = reader
                .read_line(&mut line)
                .with_context(|| format!("reading '{}'", path.display()))?;
            let bad = |problem: String| -> anyhow::Error {
                Error::BadLine {
                    path: path.display().to_string(),
                    line: *line_number as u64,
                    problem,
                }
                .into()
            };
            if read == 0 || !line.ends_with('\n') {
                return Err(bad("the part ends mid-record: run its shard again".into()));
            }
            let pair: Pair = serde_json::from_str(&line)
                .map_err(|err| bad(format!("not a pair record: {err}")))?;
            report.pairs_read += 1;
            if !filter.keeps(&pair) {
                continue;
            }
            writer.pair(&pair)?;
            report.pairs_written += 1;
        }
    }
    writer.finish()?;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_its_published_vectors() {
        // the FNV test suite (Landon Curt Noll): "" and "a" and "foobar"
        assert_eq!(fnv1a64(b""), 0xcbf29ce484222325);
        assert_eq!(fnv1a64(b"a"), 0xaf63dc4c8601ec8c);
        assert_eq!(fnv1a64(b"foobar"), 0x85944171f73967e8);
    }

    #[test]
    fn shards_parse_and_refuse_what_does_not_exist() {
        assert_eq!(Shard::parse("2/4").unwrap(), Shard { index: 2, count: 4 });
        assert_eq!(Shard::parse("0/1").unwrap(), Shard { index: 0, count: 1 });
        for bad in [
            "4/4", "0/0", "5/4", "a/4", "1", "1/", "/4", "-1/4", "1/100000",
        ] {
            assert!(Shard::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            Shard {
                index: 3,
                count: 16
            }
            .part_name(),
            "part-00003-of-00016"
        );
        assert_eq!(
            parse_part_name("part-00003-of-00016.jsonl"),
            Some((
                Shard {
                    index: 3,
                    count: 16
                },
                "jsonl"
            ))
        );
        assert_eq!(parse_part_name("part-3-of-16.jsonl"), None);
    }

    #[test]
    fn schedulers_name_the_shard() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        let slurm = env(&[
            ("SLURM_ARRAY_TASK_ID", "12"),
            ("SLURM_ARRAY_TASK_MIN", "10"),
            ("SLURM_ARRAY_TASK_COUNT", "4"),
        ]);
        let (shard, from) = Shard::from_env(slurm, None).unwrap().unwrap();
        assert_eq!(shard, Shard { index: 2, count: 4 });
        assert!(from.contains("SLURM_ARRAY_TASK_ID=12"), "{from}");
        // a resubmitted index, with the run's shard count: the index is the shard
        let rerun = env(&[
            ("SLURM_ARRAY_TASK_ID", "7"),
            ("SLURM_ARRAY_TASK_MIN", "7"),
            ("SLURM_ARRAY_TASK_COUNT", "1"),
        ]);
        let (shard, _) = Shard::from_env(rerun, Some(16)).unwrap().unwrap();
        assert_eq!(
            shard,
            Shard {
                index: 7,
                count: 16
            }
        );
        let k8s = env(&[("JOB_COMPLETION_INDEX", "5")]);
        assert!(Shard::from_env(k8s, None).is_err());
        let k8s = env(&[("JOB_COMPLETION_INDEX", "5")]);
        let (shard, _) = Shard::from_env(k8s, Some(8)).unwrap().unwrap();
        assert_eq!(shard, Shard { index: 5, count: 8 });
        let k8s = env(&[("JOB_COMPLETION_INDEX", "8")]);
        assert!(Shard::from_env(k8s, Some(8)).is_err());
        assert_eq!(Shard::from_env(env(&[]), Some(8)).unwrap(), None);
    }

    #[test]
    fn missing_shards_read_as_an_array_spec() {
        assert_eq!(ranges(&[3, 7, 8, 9]), "3,7-9");
        assert_eq!(ranges(&[0]), "0");
        assert_eq!(ranges(&[]), "");
        assert_eq!(ranges(&[1, 2, 4, 5, 7]), "1-2,4-5,7");
    }

    #[test]
    fn sentences_spread_evenly_over_shards() {
        // 10,000 documents keyed like a corpus's files, of 1 to 60 sentences (a long tail of
        // short pages, a few long reports), over 16 shards: no shard more than 10% above the
        // mean number of sentences
        let mut sentences = [0u64; 16];
        let mut total = 0u64;
        for n in 0u32..10_000 {
            let key = format!("berita-{n:05}");
            let size = 1 + (fnv1a64(&n.to_be_bytes()) % 1000).pow(2) / 16_650;
            sentences[shard_of(&key, 16)] += size;
            total += size;
        }
        let mean = total as f64 / 16.0;
        let most = *sentences.iter().max().unwrap() as f64;
        println!(
            "largest shard: {:.1}% above the mean",
            (most / mean - 1.0) * 100.0
        );
        assert!(most <= mean * 1.10, "{sentences:?}");
    }
}
