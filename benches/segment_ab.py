#!/usr/bin/env python3
"""Compare `selaras segment` builds on the same input, side by side.

Runs the binaries alternately (the order flips every run), several times, and prints for each
the median wall-clock and CPU seconds, the throughput in MB/s of input, and the ratio to the
first binary. With --instructions it also counts the instructions each executes once under
valgrind's cachegrind (no cache simulation): a figure the shared, noisy machine does not move,
which is what to compare when two builds differ by a few per cent.

    python3 benches/segment_ab.py INPUT OLD_BINARY NEW_BINARY [--runs 7] [--instructions]
        [--args '--no-repeated-lines --lang-id off']

INPUT is made when missing and --pages N is given: every page of tests/fixtures/pages (dev,
fresh and test) as one JSONL document, the whole set N times with distinct ids (N=100 gives
22.5 MB of JSONL: scraped pages with their clutter, about 70 bytes a line).
"""
import argparse
import glob
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("input")
    p.add_argument("binaries", nargs="+")
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--args", default="--no-repeated-lines --lang-id off",
                   help="options for `selaras segment` (default: %(default)s)")
    p.add_argument("--instructions", action="store_true",
                   help="also count instructions once per binary under valgrind")
    p.add_argument("--pages", type=int, metavar="N",
                   help="make INPUT, when it does not exist, from the fixture pages N times")
    a = p.parse_args()
    if a.pages and not os.path.exists(a.input):
        make_pages(a.input, a.pages)
    extra = a.args.split()
    wall = {b: [] for b in a.binaries}
    cpu = {b: [] for b in a.binaries}
    for r in range(a.runs):
        order = a.binaries if r % 2 == 0 else a.binaries[::-1]
        for b in order:
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run([b, "segment", *extra, a.input], stdout=subprocess.DEVNULL, check=True)
            wall[b].append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[b].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
            print(f"run {r + 1} {b}: {wall[b][-1]:.3f} s", file=sys.stderr)
    size = os.path.getsize(a.input) / 1e6
    w0 = statistics.median(wall[a.binaries[0]])
    c0 = statistics.median(cpu[a.binaries[0]])
    print(f"input: {a.input} ({size:.1f} MB), {a.runs} alternating runs, medians")
    print("binary\twall s\tMB/s\tratio\tcpu s\tMB/s\tratio")
    for b in a.binaries:
        w, c = statistics.median(wall[b]), statistics.median(cpu[b])
        print(f"{b}\t{w:.3f}\t{size / w:.1f}\t{w / w0:.3f}\t{c:.3f}\t{size / c:.1f}\t{c / c0:.3f}")
    if a.instructions:
        first = None
        for b in a.binaries:
            out = subprocess.run(
                ["valgrind", "--tool=cachegrind", "--cache-sim=no",
                 "--cachegrind-out-file=/dev/null", b, "segment", *extra, a.input],
                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True).stderr
            count = int(re.search(r"I\s+refs:\s+([\d,]+)", out).group(1).replace(",", ""))
            first = first or count
            print(f"{b}\tinstructions {count:,}\t{count / (size * 1e6):.0f} per byte\t"
                  f"ratio {count / first:.3f}")


def make_pages(path, copies):
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "fixtures",
                        "pages")
    pages = sorted(glob.glob(os.path.join(root, "*", "*.txt")))
    texts = [(os.path.relpath(f, root), open(f, encoding="utf-8").read()) for f in pages]
    with open(path, "w", encoding="utf-8") as out:
        for copy in range(copies):
            for name, text in texts:
                out.write(json.dumps({"id": f"{copy}/{name}", "text": text}, ensure_ascii=False))
                out.write("\n")
    print(f"wrote {path}: {len(texts)} pages x {copies}", file=sys.stderr)


if __name__ == "__main__":
    main()
