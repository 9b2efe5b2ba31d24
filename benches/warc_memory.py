#!/usr/bin/env python3
"""Throughput and peak memory of `selaras segment` on a generated WARC crawl.

Writes a crawl of about --megabytes MB (Indonesian and English HTML pages from FLORES-200,
requests and images between them, every page padded with a menu and a footer as real pages
are), then runs `selaras segment` on it --runs times and prints MB/s and peak RSS (the child's
ru_maxrss). Memory must not grow with the file: compare --megabytes 25 with 100.

    python3 benches/warc_memory.py --selaras target/release/selaras \
        --eval-dir ../shared/eval --megabytes 100 --runs 3
"""
import argparse, os, resource, subprocess, sys, tempfile, time


def record(kind, uri, n, block):
    head = (f"WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{n:032x}>\r\n"
            f"WARC-Date: 2024-03-04T10:15:00Z\r\nWARC-Target-URI: {uri}\r\n"
            f"Content-Type: application/http; msgtype={'request' if kind == 'request' else 'response'}\r\n"
            f"Content-Length: {len(block)}\r\n\r\n").encode()
    return head + block + b"\r\n\r\n"


def http(content_type, body):
    return (f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode() + body


def page(title, sentences):
    menu = "".join(f'<li><a href="/k{k}">Kanal {k}</a></li>' for k in range(30))
    paragraphs = "".join(f"<p>{s}</p>\n" for s in sentences)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>'
            f'<script>var x = {{"a": 1}};</script></head><body><nav><ul>{menu}</ul></nav>'
            f'<h1>{title}</h1><div class="content">{paragraphs}</div>'
            f'<footer><p>Hak cipta dilindungi undang-undang.</p></footer></body></html>').encode()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--selaras", required=True)
    ap.add_argument("--eval-dir", required=True)
    ap.add_argument("--megabytes", type=float, default=100)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    mt = os.path.join(args.eval_dir, "mt")
    ind = open(os.path.join(mt, "flores200.devtest.ind_Latn"), encoding="utf-8").read().splitlines()
    eng = open(os.path.join(mt, "flores200.devtest.eng_Latn"), encoding="utf-8").read().splitlines()
    target = int(args.megabytes * 1e6)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "crawl.warc")
        size, n = 0, 0
        with open(path, "wb") as out:
            while size < target:
                g = n % (len(ind) // 5)
                for kind, uri, block in [
                    ("response", f"https://b{n % 13}.example.id/a/{n}",
                     http("text/html; charset=utf-8", page(f"Kabar {n}", ind[g * 5:g * 5 + 5]))),
                    ("response", f"https://n{n % 11}.example.com/s/{n}",
                     http("text/html", page(f"News {n}", eng[g * 5:g * 5 + 5]))),
                    ("request", f"https://b{n % 13}.example.id/a/{n}",
                     f"GET /a/{n} HTTP/1.1\r\n\r\n".encode()),
                    ("response", f"https://b{n % 13}.example.id/a/{n}.jpg",
                     http("image/jpeg", b"\xff\xd8" + bytes(2000))),
                ]:
                    data = record(kind, uri, n * 4 + len(kind), block)
                    out.write(data)
                    size += len(data)
                n += 1
        print(f"crawl: {size / 1e6:.1f} MB, {n * 4} records, {n} Indonesian pages")
        for run in range(args.runs):
            before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            start = time.perf_counter()
            proc = subprocess.run([args.selaras, "segment", "--format", "text", "-o", os.devnull, path],
                                  stderr=subprocess.PIPE, text=True)
            elapsed = time.perf_counter() - start
            if proc.returncode != 0:
                sys.exit(proc.stderr)
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            note = "" if peak > before else " (not above an earlier run's peak)"
            print(f"run {run + 1}: {elapsed:.2f} s, {size / 1e6 / elapsed:.1f} MB/s, "
                  f"peak RSS of any run so far {peak / 1024:.0f} MB{note}")
        print(proc.stderr.strip().splitlines()[-1])


if __name__ == "__main__":
    main()
