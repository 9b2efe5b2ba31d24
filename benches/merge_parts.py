#!/usr/bin/env python3
"""Times `selaras corpus merge` on 64 generated parts holding 1 million pairs in all.

Writes the parts as shards of a run would (the JSONL pair records, and a .done manifest per
part with the same fingerprints), then merges them into jsonl and into tmx, each several
times, and prints the median wall time and peak RSS (from /usr/bin/time -v). A second set of
runs with --dedup-pairs shows what the deduplication keeps per distinct pair. Also merges a
tenth of the pairs, so that RSS can be compared across sizes (memory should be flat in the
number of pairs, dedup excepted). This is a measurement script, not a test.

    python3 benches/merge_parts.py --selaras /var/tmp/selaras-target/release/selaras
"""
import argparse
import json
import re
import statistics
import subprocess
import tempfile
import time
from pathlib import Path


def write_parts(dir: Path, parts: int, pairs: int, per_doc: int = 20) -> None:
    """`pairs` pairs in documents of `per_doc`, dealt to `parts` parts round robin."""
    dir.mkdir(parents=True)
    documents = pairs // per_doc
    lists = [[] for _ in range(parts)]
    files = [open(dir / f"part-{i:05d}-of-{parts:05d}.jsonl", "w", encoding="utf-8")
             for i in range(parts)]
    for d in range(documents):
        shard = (d * 2654435761) % parts
        doc = f"berita-{d:07d}"
        out = files[shard]
        for seq in range(per_doc):
            text = f"Harga beras di pasar nomor {d} naik {seq}.400 rupiah pada pekan ini."
            record = {"doc": doc, "block": seq, "seq": seq, "kind": "sentence", "text": text,
                      "span": [seq * 80, seq * 80 + len(text)], "in_quote": False,
                      "duplicate_of": None, "translate": True,
                      "target": f"Rice prices at market number {d} rose by {seq},400 rupiah this week.",
                      "score": -0.4123456789012345, "flags": []}
            out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
        lists[shard].append({"index": d, "key": doc, "pairs": per_doc})
    for i, out in enumerate(files):
        out.close()
        part = dir / f"part-{i:05d}-of-{parts:05d}.jsonl"
        manifest = {"selaras": "bench", "shard": i, "shards": parts, "inputs": "i" * 32,
                    "model": "m" * 32, "options": "bench", "part_bytes": part.stat().st_size,
                    "pairs": per_doc * len(lists[i]), "documents": lists[i]}
        (dir / f"part-{i:05d}-of-{parts:05d}.done").write_text(json.dumps(manifest))


def timed(command: list[str]) -> tuple[float, int]:
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        start = time.perf_counter()
        subprocess.run(["/usr/bin/time", "-v", "-o", report.name, *command], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall = time.perf_counter() - start
        rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", report.read())[1])
    return wall, rss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--selaras", default="/var/tmp/selaras-target/release/selaras")
    parser.add_argument("--pairs", type=int, default=1_000_000)
    parser.add_argument("--parts", type=int, default=64)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="selaras-merge-", dir="/var/tmp") as tmp:
        work = Path(tmp)
        sizes = {"1M": args.pairs, "100k": args.pairs // 10}
        for label, pairs in sizes.items():
            write_parts(work / label, args.parts, pairs)
        print(f"{args.parts} parts; {args.runs} runs each, median")
        print(f"{'pairs':>6} {'output':<18} {'median s':>9} {'peak RSS MB':>12} {'input MB':>9}")
        for label in sizes:
            parts = work / label
            size = sum(p.stat().st_size for p in parts.glob("*.jsonl")) / 1e6
            for fmt, extra in [("jsonl", []), ("tmx", []), ("jsonl", ["--dedup-pairs"])]:
                out = work / f"merged.{fmt}"
                walls, rss = [], []
                for _ in range(args.runs):
                    wall, peak = timed([args.selaras, "corpus", "merge", str(parts), "--quiet",
                                        "--format", fmt, "-o", str(out), *extra])
                    walls.append(wall)
                    rss.append(peak)
                name = fmt + (" --dedup-pairs" if extra else "")
                print(f"{label:>6} {name:<18} {statistics.median(walls):>9.2f} "
                      f"{statistics.median(rss) / 1024:>12.1f} {size:>9.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
