#!/usr/bin/env python3
"""Times `selaras translate` against the reference Python CTranslate2 pipeline.

Both run the same model on the same sentences with the same beam, threads and batch size,
alternately, several runs each. Prints the median wall time of each, the median ratio
selaras/python, the peak RSS of each (from /usr/bin/time -v), and checks equal work: both
must produce the same number of output tokens (with the full-size echo model, both echo
every sentence exactly). This is a measurement script, not a test.

    python3 benches/translate_vs_python.py /work/shared/eval/mt/flores200.devtest.ind_Latn \
        --selaras /var/tmp/selaras-target/release/selaras --lines 200 --runs 5

The reference pipeline is what a user of the Python wheel writes: SentencePiece pieces,
sorted by length, fixed-size batches, one `translate_batch` call per batch, decoded with
the target SentencePiece model. The script makes its own virtual environment.

An NLLB directory (the echo model of NLLB-200-distilled-600M's shape from
`tests/fixtures/build_models.py bench-echo --shape nllb-600m`) is run as the NLLB model card
shows: `ind_Latn` + pieces + `</s>`, target prefix `eng_Latn`, dropped from the output; `</s>`
only when the model's config.json does not have CTranslate2 add it (`add_source_eos`), as
selaras does, so that both feed the encoder exactly one.
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_VENV = Path(os.environ.get("SELARAS_BENCH_VENV", "/var/tmp/selaras-bench-venv"))
DEFAULT_MODEL = Path("/var/tmp/selaras-echo-full")
DEFAULT_SELARAS = Path("/var/tmp/selaras-target/release/selaras")
# The wheel of the CTranslate2 version selaras links (scripts/ctranslate2.txt), so that the
# ratio compares the pipelines, not two library versions: at 2 threads on the NLLB-600M
# shape, wheel 4.8.5 ran 0.94x the time of wheel 4.8.4 (16 sentences, 2 runs each).
PINNED = re.search(r"^ctranslate2==([0-9.]+)",
                   (Path(__file__).resolve().parent.parent / "scripts" / "ctranslate2.txt")
                   .read_text(), re.M)[1]
PACKAGES = [f"ctranslate2=={PINNED}", "sentencepiece"]

# Marks selaras sets aside around a whole quoted sentence (src/translate/pipeline.rs):
# such lines are left out so both pipelines send byte-identical text to the model.
OPENING_MARKS = "“\"‘'«„"
CLOSING_MARKS = "”\"’'»“"

# The reference pipeline, run in the venv's interpreter so its start-up counts too.
REFERENCE = r"""
import os, sys, json, time
import ctranslate2, sentencepiece as spm
model, sentences, output, beam, threads, batch_size, replicas = sys.argv[1:8]
beam, threads, batch_size, replicas = int(beam), int(threads), int(batch_size), int(replicas)
# replicas > 1: the wheel's own parallel mode, weights shared, `threads` split among them
translator = ctranslate2.Translator(model, device="cpu", inter_threads=replicas,
                                    intra_threads=max(1, threads // replicas))
# An NLLB directory (sentencepiece.bpe.model): what the model card's Python does, the source
# language token, the pieces and </s> (a Transformers conversion does not add it), the target
# language token as the target prefix, dropped from the output. Marian: the pieces alone.
nllb = os.path.exists(model + "/sentencepiece.bpe.model")
if nllb:
    source = target = spm.SentencePieceProcessor(model_file=model + "/sentencepiece.bpe.model")
else:
    source = spm.SentencePieceProcessor(model_file=model + "/source.spm")
    target = spm.SentencePieceProcessor(model_file=model + "/target.spm")
lines = [line.rstrip("\n") for line in open(sentences, encoding="utf-8")]
start = time.perf_counter()
# </s> is appended unless the model's config says CTranslate2 adds it (add_source_eos): fed
# twice, the encoder sees another input and decodes another amount of work (on the echo model
# 0.69x the time), though the output is the same
eos = [] if json.load(open(model + "/config.json")).get("add_source_eos") else ["</s>"]
if nllb:
    tokens = [["ind_Latn"] + source.encode(line, out_type=str) + eos for line in lines]
else:
    tokens = [source.encode(line, out_type=str) for line in lines]
order = sorted(range(len(lines)), key=lambda i: (len(tokens[i]), i))
results = [None] * len(lines)
prefix = lambda n: [["eng_Latn"]] * n if nllb else None
drop = 1 if nllb else 0
if replicas > 1:
    # One call: CTranslate2 cuts it into batches of `batch_size` and runs them on the replicas
    # in parallel.
    longest = max(len(tokens[i]) + 1 for i in order)
    out = translator.translate_batch(
        [tokens[i] for i in order], target_prefix=prefix(len(order)), beam_size=beam,
        max_decoding_length=3 * longest + 10, return_scores=True, max_batch_size=batch_size)
    for i, result in zip(order, out):
        results[i] = result.hypotheses[0][drop:]
    order = []
for at in range(0, len(order), batch_size):
    batch = order[at:at + batch_size]
    longest = max(len(tokens[i]) + 1 for i in batch)  # + the </s> the model appends
    out = translator.translate_batch(
        [tokens[i] for i in batch], target_prefix=prefix(len(batch)), beam_size=beam,
        max_decoding_length=3 * longest + 10, return_scores=True)
    for i, result in zip(batch, out):
        results[i] = result.hypotheses[0][drop:]
texts = [target.decode(pieces) for pieces in results]
elapsed = time.perf_counter() - start
with open(output, "w", encoding="utf-8") as f:
    json.dump({"texts": texts, "output_tokens": sum(map(len, results)),
               "translate_seconds": elapsed, "version": ctranslate2.__version__}, f)
"""


def venv_python(venv: Path) -> Path:
    python = venv / "bin" / "python"
    if not python.exists():
        print(f"creating {venv} with {' '.join(PACKAGES)}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", *PACKAGES], check=True)
    return python


def timed(command: list[str], env: dict) -> tuple[float, int]:
    """Wall seconds and peak RSS (KB) of `command`, from /usr/bin/time -v."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        start = time.perf_counter()
        subprocess.run(["/usr/bin/time", "-v", "-o", report.name, *command], check=True,
                       env=env, stdout=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", report.read())[1])
    return wall, rss


def pick_sentences(selaras: Path, text: Path, lines: int, work: Path, env: dict) -> list[str]:
    """The first `lines` lines that selaras keeps as one translatable sentence, sent as is."""
    candidates = []
    seen = set()
    for line in text.read_text(encoding="utf-8").splitlines():
        line = " ".join(line.split())
        if not line or line in seen:
            continue
        if line[0] in OPENING_MARKS or line[-1] in CLOSING_MARKS:
            continue
        seen.add(line)
        candidates.append(line)
        if len(candidates) >= 2 * lines + 50:
            break
    probe = work / "probe.txt"
    probe.write_text("\n\n".join(candidates) + "\n", encoding="utf-8")
    segments = subprocess.run([str(selaras), "segment", "--format", "jsonl", str(probe)],
                              check=True, capture_output=True, text=True, env=env).stdout
    by_block: dict[int, list[dict]] = {}
    for row in map(json.loads, segments.splitlines()):
        by_block.setdefault(row["block"], []).append(row)
    kept = []
    for block, line in enumerate(candidates):
        rows = by_block.get(block, [])
        if len(rows) == 1 and rows[0]["translate"] and rows[0]["text"] == line:
            kept.append(line)
    if len(kept) < lines:
        print(f"only {len(kept)} usable sentences", file=sys.stderr)
    return kept[:lines]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("text", type=Path, help="Indonesian text, one sentence per line")
    parser.add_argument("--lines", type=int, default=200, help="sentences to translate")
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--selaras", action="append",
                        help="selaras binary; repeat to compare several builds (label=PATH)")
    parser.add_argument("--runs", type=int, default=5, help="runs of each pipeline")
    parser.add_argument("--beam", type=int, default=4)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--python-replicas", type=int, default=1,
                        help="run the wheel with inter_threads=N (weights shared, --threads "
                             "split among them) and one translate_batch call cut into "
                             "--batch-size batches: its fastest use, not the usual one")
    parser.add_argument("--selaras-args", default="",
                        help="extra `selaras translate` options, e.g. '--batch-tokens 2048'")
    parser.add_argument("--variant", action="append", default=[],
                        help="LABEL=OPTIONS: also run the first binary with these options "
                             "(after --selaras-args); repeat to compare settings in one run")
    parser.add_argument("--defaults", metavar="LABEL",
                        help="also run the first binary with selaras's own threads, replicas "
                             "and batching (only --beam is passed)")
    parser.add_argument("--defaults-only", action="store_true",
                        help="with --defaults: leave out the run with the shared options, "
                             "keeping the variants and the defaults (for slow models, where "
                             "every run counts)")
    parser.add_argument("--env", action="append", default=[],
                        help="NAME=VALUE for both pipelines, e.g. CT2_FORCE_CPU_ISA=AVX512")
    parser.add_argument("--venv", type=Path, default=DEFAULT_VENV)
    args = parser.parse_args()

    # (label, binary, extra options) for every selaras pipeline
    binaries = []
    for spec in args.selaras or [str(DEFAULT_SELARAS)]:
        label, _, path = spec.rpartition("=")
        binaries.append((label or Path(path).name, Path(path), args.selaras_args.split()))
    for spec in args.variant:
        label, _, options = spec.partition("=")
        binaries.append((label, binaries[0][1], args.selaras_args.split() + options.split()))
    if args.defaults:
        binaries.append((args.defaults, binaries[0][1], None))
        if args.defaults_only:
            binaries = binaries[1:]
    env = dict(os.environ)
    env.update(item.split("=", 1) for item in args.env)
    python = venv_python(args.venv)

    with tempfile.TemporaryDirectory(prefix="selaras-bench-") as tmp:
        work = Path(tmp)
        sentences = pick_sentences(binaries[0][1], args.text, args.lines, work, env)
        (work / "sentences.txt").write_text("\n".join(sentences) + "\n", encoding="utf-8")
        # One paragraph per sentence: the segmenter gives back exactly these sentences.
        article = work / "article.txt"
        article.write_text("\n\n".join(sentences) + "\n", encoding="utf-8")
        (work / "reference.py").write_text(REFERENCE, encoding="utf-8")

        reference = [str(python), str(work / "reference.py"), str(args.model),
                     str(work / "sentences.txt"), str(work / "python.json"), str(args.beam),
                     str(args.threads), str(args.batch_size), str(args.python_replicas)]

        def selaras_command(binary: Path, extra: list[str] | None) -> list[str]:
            # An option given in --selaras-args or a variant replaces the shared one (clap
            # takes each once); `None` (--defaults) shares only the beam.
            shared = [(flag, value) for flag, value in [
                ("--beam", args.beam), ("--threads", args.threads),
                ("--batch-size", args.batch_size)]
                if (flag not in extra if extra is not None else flag == "--beam")]
            extra = extra or []
            return [str(binary), "translate", "--model", str(args.model), "--quiet",
                    "--format", "jsonl", "-o", str(work / "selaras.jsonl"),
                    *[str(part) for pair in shared for part in pair], *extra, str(article)]

        times = {"python": [], **{label: [] for label, _, _ in binaries}}
        rss = {key: [] for key in times}
        output_tokens = {}
        for run in range(args.runs):
            # Alternate, and rotate who goes first, so drifting machine load hits all alike.
            order = [("python", reference)] + [(l, selaras_command(b, extra))
                                               for l, b, extra in binaries]
            order = order[run % len(order):] + order[:run % len(order)]
            for label, command in order:
                wall, peak = timed(command, env)
                times[label].append(wall)
                rss[label].append(peak)
                output_tokens[label] = count_output_tokens(label, work, python, args.model)
            print(f"run {run + 1}: " + ", ".join(f"{k} {v[-1]:.2f} s" for k, v in times.items()),
                  file=sys.stderr, flush=True)

        version = json.loads((work / "python.json").read_text())["version"]
        print(f"{len(sentences)} sentences from {args.text.name}, model {args.model}, "
              f"beam {args.beam}, threads {args.threads}, batch size {args.batch_size}, "
              f"python replicas {args.python_replicas}, "
              f"{args.runs} runs each, alternating; python ctranslate2 {version}, "
              f"selaras links {PINNED}"
              + (f"; env {' '.join(args.env)}" if args.env else ""))
        if version != PINNED:
            print(f"note: the ratios mix the pipelines with two CTranslate2 versions; a venv "
                  f"with ctranslate2=={PINNED} (--venv) compares the pipelines alone")
        python_time = statistics.median(times["python"])
        python_rss = statistics.median(rss["python"])
        print(f"{'pipeline':<16} {'median s':>9} {'min s':>7} {'ratio':>6} "
              f"{'peak RSS MB':>11} {'RSS ratio':>9} {'output tokens':>13}")
        failed = False
        for label in times:
            median = statistics.median(times[label])
            # Ratio of medians of per-run pairs: each selaras run against its own python run.
            ratios = [s / p for s, p in zip(times[label], times["python"])]
            ratio = statistics.median(ratios)
            peak = statistics.median(rss[label])
            tokens, exact = output_tokens[label]
            print(f"{label:<16} {median:>9.2f} {min(times[label]):>7.2f} {ratio:>6.3f} "
                  f"{peak / 1024:>11.1f} {peak / python_rss:>9.3f} {tokens:>13}"
                  + ("" if exact else "  (not an exact echo)"))
            if tokens != output_tokens["python"][0]:
                failed = True
                print(f"UNEQUAL WORK: {label} produced {tokens} output tokens, python "
                      f"{output_tokens['python'][0]}", file=sys.stderr)
        return 1 if failed else 0


def count_output_tokens(label: str, work: Path, python: Path, model: Path) -> tuple[int, bool]:
    """Output tokens of the run just finished, and whether it echoed its input exactly."""
    sentences = (work / "sentences.txt").read_text(encoding="utf-8").splitlines()
    if label == "python":
        result = json.loads((work / "python.json").read_text(encoding="utf-8"))
        return result["output_tokens"], result["texts"] == sentences
    targets = [json.loads(line)["target"]
               for line in (work / "selaras.jsonl").read_text(encoding="utf-8").splitlines()]
    # selaras writes text; count its pieces with the target SentencePiece model.
    (work / "targets.json").write_text(json.dumps(targets), encoding="utf-8")
    tokenizer = model / "sentencepiece.bpe.model"
    if not tokenizer.exists():
        tokenizer = model / "target.spm"
    count = subprocess.run(
        [str(python), "-c",
         "import sys, json, sentencepiece as spm; "
         "sp = spm.SentencePieceProcessor(model_file=sys.argv[1]); "
         "print(sum(len(sp.encode(t, out_type=str)) for t in json.load(open(sys.argv[2]))))",
         str(tokenizer), str(work / "targets.json")],
        check=True, capture_output=True, text=True).stdout
    return int(count), targets == sentences


if __name__ == "__main__":
    sys.exit(main())
