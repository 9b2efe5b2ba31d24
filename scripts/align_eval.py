#!/usr/bin/env python3
"""Sentence-alignment evaluation of `selaras align` (strict and lax P/R/F1, vecalign's score.py).

Sets (paths are taken from --eval-dir, default ../shared/eval; nothing is copied into the repo):
  textberg   Text+Berg de-fr, 7 test documents (textberg-dev: the one dev document, for tuning)
  parice     ParIce en-is, 10 documents (index column stripped into a temp dir)
  pud        PUD-derived id-en: line-parallel UD PUD grouped into documents by sent_id[:6], with
             2-1 / 1-2 beads made by merging adjacent English / Indonesian sentences and 1-0 / 0-1
             beads made by dropping one side's sentence; fixed seed, generated into a temp dir.
Modes: --no-mt (length + anchors), --model DIR (real MT of the source side), --echo-mt (--mt-file = the source file itself, i.e. the "MT" of
the Indonesian side is itself, as the echo model produces), --length-only (anchors off: a
Gale-Church baseline).

  scripts/align_eval.py --selaras target/release/selaras textberg --no-mt
"""
import argparse
import json
import os
import random
import subprocess
import sys
import tempfile


def textberg(eval_dir, tmp, split):
    base = os.path.join(eval_dir, "align", "textberg-de-fr")
    names = ["dev"] if split == "dev" else [f"test{k}" for k in range(7)]
    return [(os.path.join(base, n + ".de"), os.path.join(base, n + ".fr"),
             os.path.join(base, n + ".defr")) for n in names]


def parice(eval_dir, tmp):
    base = os.path.join(eval_dir, "align", "parice-en-is")
    docs = []
    for name in sorted(os.listdir(os.path.join(base, "gold"))):
        paths = []
        for side in ("eng", "isl"):
            out = os.path.join(tmp, f"parice-{side}-{name}")
            with open(os.path.join(base, side, name), encoding="utf-8") as f, \
                    open(out, "w", encoding="utf-8") as g:
                for line in f.read().splitlines():
                    g.write(line.split("\t", 1)[-1] + "\n")
            paths.append(out)
        docs.append((paths[0], paths[1], os.path.join(base, "gold", name)))
    return docs


def pud(eval_dir, tmp, seed):
    def lines(name):
        with open(os.path.join(eval_dir, name), encoding="utf-8") as f:
            return f.read().splitlines()
    ids, ens, sent_ids = lines("ud-id-pud.id.txt"), lines("ud-en-pud.en.txt"), lines("ud-pud.sent_ids.txt")
    assert len(ids) == len(ens) == len(sent_ids)
    documents = {}
    for sid, i, e in zip(sent_ids, ids, ens):
        documents.setdefault(sid[:6], []).append((i, e))
    rng = random.Random(seed)
    docs = []
    for doc, pairs in documents.items():
        src, tgt, gold = [], [], []
        k = 0
        while k < len(pairs):
            r = rng.random()
            if r < 0.20 and k + 1 == len(pairs):
                r = 1.0  # a merge needs two sentences: the last one stays 1-1
            if r < 0.10 and k + 1 < len(pairs):  # 2-1: two English sentences merged
                src += [pairs[k][0], pairs[k + 1][0]]
                tgt.append(pairs[k][1] + " " + pairs[k + 1][1])
                gold.append(([len(src) - 2, len(src) - 1], [len(tgt) - 1]))
                k += 2
            elif r < 0.20 and k + 1 < len(pairs):  # 1-2: two Indonesian sentences merged
                src.append(pairs[k][0] + " " + pairs[k + 1][0])
                tgt += [pairs[k][1], pairs[k + 1][1]]
                gold.append(([len(src) - 1], [len(tgt) - 2, len(tgt) - 1]))
                k += 2
            elif r < 0.25:  # 1-0: the English sentence dropped
                src.append(pairs[k][0])
                gold.append(([len(src) - 1], []))
                k += 1
            elif r < 0.30:  # 0-1: the Indonesian sentence dropped
                tgt.append(pairs[k][1])
                gold.append(([], [len(tgt) - 1]))
                k += 1
            else:
                src.append(pairs[k][0])
                tgt.append(pairs[k][1])
                gold.append(([len(src) - 1], [len(tgt) - 1]))
                k += 1
        paths = []
        for ext, content in (("id", src), ("en", tgt)):
            path = os.path.join(tmp, f"pud-{doc}.{ext}")
            with open(path, "w", encoding="utf-8") as f:
                f.write("".join(line + "\n" for line in content))
            paths.append(path)
        gold_path = os.path.join(tmp, f"pud-{doc}.gold")
        with open(gold_path, "w", encoding="utf-8") as f:
            for s, t in gold:
                f.write("[%s]:[%s]\n" % (", ".join(map(str, s)), ", ".join(map(str, t))))
        docs.append((paths[0], paths[1], gold_path))
    return docs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("set", choices=["textberg", "textberg-dev", "parice", "pud"])
    ap.add_argument("--selaras", default="target/release/selaras")
    ap.add_argument("--eval-dir", default="../shared/eval")
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--no-mt", action="store_true", help="length and anchors (the default)")
    mode.add_argument("--echo-mt", action="store_true", help="--mt-file = the source side itself")
    mode.add_argument("--length-only", action="store_true", help="Gale-Church baseline: anchors off")
    mode.add_argument("--model", help="MT from a CTranslate2 model directory or name (selaras align --model)")
    ap.add_argument("--seed", type=int, default=20261127, help="PUD generation seed")
    ap.add_argument("--param", action="append", default=[], help="NAME=VALUE, passed to selaras align")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="selaras-align-eval-") as tmp:
        if args.set.startswith("textberg"):
            docs = textberg(args.eval_dir, tmp, "dev" if args.set == "textberg-dev" else "test")
        elif args.set == "parice":
            docs = parice(args.eval_dir, tmp)
        else:
            docs = pud(args.eval_dir, tmp, args.seed)
        params = list(args.param)
        if args.length_only:
            params += ["number=0", "number_miss=0", "name=0", "cognate=0", "punct=0"]
        golds, tests = [], []
        for k, (src, tgt, gold) in enumerate(docs):
            out = os.path.join(tmp, f"pred-{k}.beads")
            cmd = [args.selaras, "align", "--presplit", "--beads", "--id", src, "--en", tgt, "-o", out]
            if args.model:
                cmd += ["--model", args.model]
            else:
                cmd += ["--mt-file", src] if args.echo_mt else ["--no-mt"]
            for p in params:
                cmd += ["--param", p]
            done = subprocess.run(cmd, stderr=subprocess.PIPE, text=True)
            if done.returncode != 0:
                sys.exit(f"{' '.join(cmd)}\n{done.stderr}")
            golds.append(gold)
            tests.append(out)
        done = subprocess.run([args.selaras, "eval", "alignment", "--json", "-g", *golds, "-t", *tests],
                              stdout=subprocess.PIPE, check=True, text=True)
        scores = json.loads(done.stdout)
        if args.json:
            print(json.dumps(scores))
        else:
            print(f"{args.set} ({len(docs)} documents): strict P/R/F1 "
                  f"{scores['precision_strict']:.3f}/{scores['recall_strict']:.3f}/{scores['f1_strict']:.3f}"
                  f"  lax P/R/F1 {scores['precision_lax']:.3f}/{scores['recall_lax']:.3f}/{scores['f1_lax']:.3f}")


if __name__ == "__main__":
    main()
