#!/usr/bin/env python3
"""Measures `selaras corpus scan`: throughput, and peak RSS per distinct line.

Generates a JSONL crawl of news documents from several sites: every document has 20 lines of
its own (words drawn at random, so the lines are distinct after the scan's normalization,
which makes every number alike) and 6 lines of its site's clutter. Scans a small and a large
crawl (the large has 4 times the documents), and prints for each the median wall time, the
input's MB/s and the peak RSS (from /usr/bin/time -v); the RSS difference divided by the
difference in distinct lines is the scan's memory per distinct line. Then splits the large
scan into 4 parts (`--shard I/4`) and times `corpus merge-stats`. A measurement script, not a
test.

    python3 benches/scan_lines.py --selaras /var/tmp/selaras-target/release/selaras
"""
import argparse
import json
import random
import statistics
import subprocess
import tempfile
from pathlib import Path

from merge_parts import timed  # the same /usr/bin/time -v measurement

SYLLABLES = ["ba", "ka", "ta", "ma", "ra", "sa", "di", "ke", "nya", "ng", "pe", "lu", "ju",
             "wa", "ha", "ri", "ti", "go", "an", "kan", "lah", "ber", "men", "per"]
LINES_PER_DOC = 20
CLUTTER = ["Baca juga: berita terkini hari ini", "Ikuti kami di WhatsApp dan Telegram",
           "Editor: Redaksi", "Dibaca 1.234 kali", "Bagikan artikel ini", "Iklan"]


def word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))


def write_crawl(path: Path, documents: int, sites: int = 8, seed: int = 7) -> int:
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as out:
        for d in range(documents):
            site = f"https://berita{d % sites}.example/artikel/{d}"
            lines = [" ".join(word(rng) for _ in range(12)).capitalize() + "."
                     for _ in range(LINES_PER_DOC)]
            text = "\n\n".join(lines[:10] + CLUTTER + lines[10:])
            out.write(json.dumps({"url": site, "text": text}, ensure_ascii=False) + "\n")
    return path.stat().st_size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--selaras", required=True)
    parser.add_argument("--documents", type=int, default=25_000,
                        help="documents of the small crawl (the large has 4 times as many)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        rows = []
        for documents in (args.documents, 4 * args.documents):
            crawl = tmp / f"crawl-{documents}.jsonl"
            size = write_crawl(crawl, documents)
            stats = tmp / f"lines-{documents}.stats"
            runs = [timed([args.selaras, "corpus", "scan", "-q", "--lang-id", "off",
                           str(crawl), "-o", str(stats)]) for _ in range(args.runs)]
            wall = statistics.median(r[0] for r in runs)
            rss = statistics.median(r[1] for r in runs)
            lines = documents * LINES_PER_DOC
            rows.append((documents, lines, size, wall, rss, crawl))
            print(f"{documents:>7} documents, {lines:>9} distinct lines, {size / 1e6:7.1f} MB: "
                  f"{wall:6.2f} s ({size / 1e6 / wall:5.1f} MB/s), peak RSS {rss / 1024:6.1f} MB")
        (d0, l0, _, _, r0, _), (d1, l1, _, _, r1, crawl) = rows
        print(f"memory per distinct line: {(r1 - r0) * 1024 / (l1 - l0):.1f} bytes "
              f"(RSS difference over {l1 - l0} more distinct lines)")
        parts = []
        for i in range(4):
            part = tmp / f"part{i}.stats"
            subprocess.run([args.selaras, "corpus", "scan", "-q", "--lang-id", "off",
                            "--shard", f"{i}/4", str(crawl), "-o", str(part)], check=True)
            parts.append(str(part))
        merged = tmp / "merged.stats"
        runs = [timed([args.selaras, "corpus", "merge-stats", "-q", *parts, "-o", str(merged)])
                for _ in range(args.runs)]
        whole = tmp / f"lines-{d1}.stats"
        same = merged.read_bytes() == whole.read_bytes()
        print(f"merge-stats of 4 parts ({l1} distinct lines): "
              f"{statistics.median(r[0] for r in runs):.2f} s, peak RSS "
              f"{statistics.median(r[1] for r in runs) / 1024:.1f} MB; "
              f"equal to the whole scan: {same}; stats file {whole.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
