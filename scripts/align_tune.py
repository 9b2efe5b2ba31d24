#!/usr/bin/env python3
"""Coordinate search of `selaras align` scoring weights on the Text+Berg dev document only
(never on test documents). Prints the best setting and its dev strict F1.

  scripts/align_tune.py --selaras target/release/selaras --eval-dir ../shared/eval
"""
import argparse
import json
import os
import subprocess

GRID = {
    "skip_percentile": [10, 20, 30, 40, 50, 60],
    "variance": [4, 6.8, 10, 15, 25],
    "number": [1, 2, 3, 5],
    "number_miss": [0, 0.5, 1, 2, 3],
    "name": [0.5, 1, 2, 3, 4, 6],
    "cognate": [0, 0.5, 1, 2],
    "punct": [0, 0.5, 1, 2],
    "prefix": [3, 4, 5, 6],
}


def score(args, params):
    cmd = ["python3", os.path.join(os.path.dirname(__file__), "align_eval.py"), "textberg-dev",
           "--selaras", args.selaras, "--eval-dir", args.eval_dir, "--json", "--no-mt"]
    for name, value in params.items():
        cmd += ["--param", f"{name}={value}"]
    return json.loads(subprocess.run(cmd, stdout=subprocess.PIPE, check=True, text=True).stdout)["f1_strict"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--selaras", default="target/release/selaras")
    ap.add_argument("--eval-dir", default="../shared/eval")
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    params = {}
    best = score(args, params)
    print(f"defaults: {best:.3f}")
    for _ in range(args.rounds):
        for name, values in GRID.items():
            for value in values:
                trial = dict(params, **{name: value})
                f1 = score(args, trial)
                if f1 > best + 1e-9:
                    best, params = f1, trial
                    print(f"{best:.3f} {params}", flush=True)
    print("best", best, " ".join(f"--param {k}={v}" for k, v in params.items()))


if __name__ == "__main__":
    main()
