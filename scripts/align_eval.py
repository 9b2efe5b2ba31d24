#!/usr/bin/env python3
"""Sentence-alignment evaluation of `selaras align` (strict and lax P/R/F1, vecalign's score.py).

Sets (paths are taken from --eval-dir, default ../shared/eval; nothing is copied into the repo):
  textberg   Text+Berg de-fr, 7 test documents (textberg-dev: the one dev document, for tuning)
  parice     ParIce en-is, 10 documents (index column stripped into a temp dir)
  pud        PUD-derived id-en: line-parallel UD PUD grouped into documents by sent_id[:6], with
             2-1 / 1-2 beads made by merging adjacent English / Indonesian sentences and 1-0 / 0-1
             beads made by dropping one side's sentence; fixed seed, generated into a temp dir.
  pud-pages  PUD grouped into ~39 article pages (title, a caption, paragraphs; 30-50 % of the
             English body abridged away in runs; 2-1 / 1-2 merges; in half the articles with five
             or more paragraphs one Indonesian paragraph moved to the end; English page
             clutter). Aligned WITHOUT
             --presplit (the real pipeline); predicted segment beads are mapped to gold sentence
             indices by matching segment text against the gold sentences, and segments that match
             none (clutter) are dropped from the beads. pud-pages-dev: the first third of the
             articles with other perturbations (seed + 1), for tuning. pud-pages-presplit: the same
             pages' gold sentences one per line with --presplit: the aligner without the segmenter.
  pairs      article pairs we wrote ourselves (tests/fixtures/pairs/<split>, --pairs-dir): an
             English page and its Indonesian version in the layouts of real sites, the second
             version abridged, merged, split, moved and added to as real ones are, with gold
             beads (NAME.beads.tsv) over the sentences of titles, paragraphs and captions.
             Aligned without --presplit and scored as pud-pages is; --gold-mt gives the pair's
             literal translations of the Indonesian sentences as --mt-file (a perfect MT).
Modes: --no-mt (length + anchors), --model DIR (real MT of the source side), --echo-mt (--mt-file = the source file itself, i.e. the "MT" of
the Indonesian side is itself, as the echo model produces), --length-only (anchors off: a
Gale-Church baseline).

  scripts/align_eval.py --selaras target/release/selaras textberg --no-mt
"""
import argparse
import difflib
import json
import os
import random
import subprocess
import sys
import tempfile
import unicodedata


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


def pud_documents(eval_dir):
    """Line-parallel UD PUD grouped into its documents by sent_id[:6]: {doc: [(id, en), ...]}."""
    def lines(name):
        with open(os.path.join(eval_dir, name), encoding="utf-8") as f:
            return f.read().splitlines()
    ids, ens, sent_ids = lines("ud-id-pud.id.txt"), lines("ud-en-pud.en.txt"), lines("ud-pud.sent_ids.txt")
    assert len(ids) == len(ens) == len(sent_ids)
    documents = {}
    for sid, i, e in zip(sent_ids, ids, ens):
        documents.setdefault(sid[:6], []).append((i, e))
    return documents


def pud(eval_dir, tmp, seed):
    documents = pud_documents(eval_dir)
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


# Clutter of an English news page, and the datelines and credits of pud-pages (invented, generic).
ACCESSIBILITY = ["Accessibility links", "Skip to main content"]
SECTIONS = ["Asia", "USA", "World", "Politics", "Business", "Europe"]
BYLINES = ["By Jane Doe", "By John Smith and Maria Lopez", "By Ahmad Rahman", "By Sarah Lee"]
DATE_LINES = ["March 6, 2017", "Updated 6:41 PM ET, Mon March 6, 2017", "Published 10:02 AM EST, Tue January 24, 2017",
              "12 June 2016"]
SHARE_LINES = ["Share", "Print", "Share this with Facebook", "Share this with Twitter"]
DATELINES = ["WASHINGTON — ", "NEW YORK — ", "LONDON (AP) — ", "JAKARTA, Indonesia — ", "PARIS — "]
CREDITS = ["(Foto: AP)", "(Foto: Reuters)", "(Foto: AFP/Getty Images)"]


def headline(text):
    """A sentence used as a headline: its final punctuation stripped."""
    return text.rstrip().rstrip(".!?;:").rstrip()


def joined(first, second):
    """Two sentences written as one (a merge): "A; B." — a semicolon no segmenter splits at."""
    return first.rstrip()[:-1] + "; " + second


def pud_pages(eval_dir, tmp, seed, first_third=False):
    """Article-sized id/en pages from UD PUD: see docs/alignment-eval.md. Returns, per article,
    (id page, en page, gold beads, id gold sentences, en gold sentences)."""
    documents = pud_documents(eval_dir)
    rng = random.Random(seed)
    # consecutive PUD documents grouped into articles of 20-30 sentence pairs
    articles, current, size = [], [], rng.randint(20, 30)
    for pairs in documents.values():
        current += pairs
        if len(current) >= size:
            articles.append(current)
            current, size = [], rng.randint(20, 30)
    if current:
        articles[-1] += current
    if first_third:
        articles = articles[:len(articles) // 3]
    # headlines of the other articles, for the "Breaking News" banner and the "Related" links
    headlines = [headline(pairs[0][1]) for pairs in articles]
    out = []
    for a, pairs in enumerate(articles):
        out.append(pud_page(rng, a, pairs, headlines[:a] + headlines[a + 1:], tmp))
    return out


def pud_page(rng, a, pairs, other_headlines, tmp):
    pairs = list(pairs)

    def title_like(pair):
        return all(len(t.split()) <= 20 and t.endswith(".") and t[0].isupper()
                   and not any(q in t for q in "\"“”") for t in pair)
    titles = [k for k, p in enumerate(pairs) if title_like(p)] or [0]
    title = pairs.pop(rng.choice(titles))
    captions = [k for k, p in enumerate(pairs) if title_like(p) and len(p[1].split()) >= 6] or [0]
    caption = pairs.pop(rng.choice(captions))
    caption_in_id = rng.random() < 0.6

    # abridging: 30-50 % of the English body sentences lose their Indonesian counterpart, mostly
    # in runs of consecutive sentences; the first body sentence always stays
    n = len(pairs)
    dropped = set()
    want = round(rng.uniform(0.30, 0.50) * n)
    while len(dropped) < want:
        run = rng.choice([1, 1, 2, 3, 4, 5, 6])
        start = rng.randrange(1, n)
        for k in range(start, min(n, start + run)):
            if len(dropped) < want:
                dropped.add(k)

    # units in English order: (Indonesian sentences, English sentences) of one gold bead
    units = []
    k = 0
    while k < n:
        r = rng.random()
        pair_next = k + 1 < n and k + 1 not in dropped and k not in dropped
        if k in dropped:
            units.append(([], [pairs[k][1]]))
            k += 1
        elif r < 0.07 and pair_next and pairs[k][1].endswith("."):  # 2-1: English merged
            units.append(([pairs[k][0], pairs[k + 1][0]], [joined(pairs[k][1], pairs[k + 1][1])]))
            k += 2
        elif r < 0.14 and pair_next and pairs[k][0].endswith("."):  # 1-2: Indonesian merged
            units.append(([joined(pairs[k][0], pairs[k + 1][0])], [pairs[k][1], pairs[k + 1][1]]))
            k += 2
        elif r < 0.17 and k > 0:  # 1-0: a sentence the English version does not have
            units.append(([pairs[k][0]], []))
            k += 1
        else:
            units.append(([pairs[k][0]], [pairs[k][1]]))
            k += 1

    # paragraphs of 1-4 English sentences; the Indonesian paragraph holds the same units
    paragraphs, current, size = [], [], rng.randint(1, 4)
    for u, (_, en) in enumerate(units):
        current.append(u)
        if sum(len(units[v][1]) for v in current) >= size:
            paragraphs.append(current)
            current, size = [], rng.randint(1, 4)
    if current:
        paragraphs.append(current)
    id_paragraphs = [p for p in paragraphs if any(units[u][0] for u in p)]
    moved = None
    if rng.random() < 0.5 and len(id_paragraphs) >= 5:
        # a paragraph from the middle of the story appears at the end of the Indonesian article
        moved = id_paragraphs.pop(rng.randrange(1, len(id_paragraphs) - 2))
        id_paragraphs.append(moved)

    # gold sentence lists in page order, and the gold index of every unit's sentences
    id_gold, en_gold = [headline(title[0])], [headline(title[1])]
    beads = [([0], [0])]
    en_gold.append(caption[1])
    if caption_in_id:
        id_gold.append(caption[0])
        beads.append(([1], [1]))
    else:
        beads.append(([], [1]))
    unit_id, unit_en = {}, {}
    for p in paragraphs:
        for u in p:
            unit_en[u] = list(range(len(en_gold), len(en_gold) + len(units[u][1])))
            en_gold += units[u][1]
    for p in id_paragraphs:
        for u in p:
            unit_id[u] = list(range(len(id_gold), len(id_gold) + len(units[u][0])))
            id_gold += units[u][0]
    for u in range(len(units)):
        beads.append((unit_id.get(u, []), unit_en.get(u, [])))

    # the pages
    def gap():
        return "\n\n" if rng.random() < 0.5 else "\n"
    id_page = headline(title[0]) + "\n\n"
    if caption_in_id:
        id_page += caption[0] + " " + rng.choice(CREDITS) + "\n\n"
    id_page += "".join(" ".join(s for u in p for s in units[u][0]) + gap() for p in id_paragraphs)
    en_lines = rng.sample(ACCESSIBILITY, rng.randint(1, 2))
    if rng.random() < 0.5:
        en_lines.append("Breaking News: " + rng.choice(other_headlines))
    en_lines += [rng.choice(SECTIONS), headline(title[1]), rng.choice(BYLINES), rng.choice(DATE_LINES)]
    en_lines += rng.sample(SHARE_LINES, rng.randint(0, 2))
    en_lines += ["FILE - " + caption[1]] * 2
    en_page = "\n".join(en_lines) + "\n\n"
    related_after = rng.randrange(1, max(2, len(paragraphs) - 1))
    for q, p in enumerate(paragraphs):
        text = " ".join(s for u in p for s in units[u][1])
        if not text:
            continue
        if q == 0:
            text = rng.choice(DATELINES) + text
        en_page += text + gap()
        if q == related_after:
            en_page += "Related\n" + "\n".join(rng.sample(other_headlines, 2)) + "\n\n"
    en_page += rng.choice(SHARE_LINES) + "\n"

    paths = []
    for name, content in (("id", id_page), ("en", en_page)):
        path = os.path.join(tmp, f"pud-pages-{a:02}.{name}")
        with open(path, "w", encoding="utf-8") as f:
            f.write(content)
        paths.append(path)
    gold_path = os.path.join(tmp, f"pud-pages-{a:02}.gold")
    write_beads(gold_path, beads)
    return paths[0], paths[1], gold_path, id_gold, en_gold


def pairs(directory):
    """The article pairs of `directory`: [(id page, en page, gold beads path, id gold sentences,
    en gold sentences, {id sentence: literal translation of its bead})]. Gold sentences are in
    page order (by where each is first printed); the gold beads are written next to the temp
    files by the caller."""
    found = []
    for name in sorted(os.listdir(directory)):
        if not name.endswith(".beads.tsv"):
            continue
        stem = os.path.join(directory, name[:-len(".beads.tsv")])
        pages = {lang: open(f"{stem}.{lang}.txt", encoding="utf-8").read() for lang in ("id", "en")}
        beads = []
        for line in open(stem + ".beads.tsv", encoding="utf-8").read().split("\n"):
            if not line.strip() or line.startswith("#"):
                continue
            ids, ens, mt = (c.strip() for c in line.split("\t"))
            side = lambda c: [] if c == "-" else [x.strip() for x in c.split("||")]
            beads.append((side(ids), side(ens), mt))
        order = {}
        for lang, k in (("id", 0), ("en", 1)):
            sentences = [s for b in beads for s in b[k]]
            at = {s: pages[lang].find(s) for s in sentences}
            missing = [s for s, a in at.items() if a < 0]
            assert not missing, f"{stem}.{lang}.txt lacks {missing[0][:60]!r}"
            order[lang] = sorted(sentences, key=lambda s: at[s])
        index = {lang: {s: i for i, s in enumerate(order[lang])} for lang in order}
        gold = [([index["id"][s] for s in ids], [index["en"][s] for s in ens]) for ids, ens, _ in beads]
        mt = {s: m for ids, _, m in beads for s in ids}
        found.append((f"{stem}.id.txt", f"{stem}.en.txt", gold, order["id"], order["en"], mt))
    return found


def write_beads(path, beads):
    with open(path, "w", encoding="utf-8") as f:
        for s, t in beads:
            f.write("[%s]:[%s]\n" % (", ".join(map(str, s)), ", ".join(map(str, t))))


def normalized(text):
    text = unicodedata.normalize("NFC", text)
    for curly, straight in (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'")):
        text = text.replace(curly, straight)
    return " ".join(text.split())


def segments(selaras, path, lang):
    done = subprocess.run([selaras, "segment", "--format", "jsonl", "--lang", lang, path],
                          stdout=subprocess.PIPE, check=True, text=True)
    found = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    assert [s["seq"] for s in found] == list(range(len(found))), "bead indices are segment seqs"
    return found


ALIGNED_KINDS = ("title", "sentence", "caption")


def gold_of_segments(found, gold):
    """Maps each segment (by seq) to the gold sentences its text covers. A segment found verbatim
    in the gold text covers the gold sentences it overlaps; otherwise (a dateline, "FILE - " or a
    credit still attached) the gold sentence sharing the longest common substring with it, if
    that substring is most of the gold sentence. A segment whose text was already claimed (the
    second print of a caption) and one that matches nothing (page clutter) cover nothing. Only
    segments the aligner aligns (titles, sentences, captions) are mapped: a window title or a
    breadcrumb printing the headline above the page is boilerplate, and must not claim the gold
    title before the title segment does."""
    found = [seg for seg in found if seg["kind"] in ALIGNED_KINDS]
    texts = [normalized(g) for g in gold]
    stream, starts = "", []
    for t in texts:
        starts.append(len(stream))
        stream += t + " "
    claimed = [False] * len(stream)

    def covered(lo, hi):
        return [g for g, s in enumerate(starts) if s < hi and s + len(texts[g]) > lo]
    mapping, cursor = {}, 0
    for seg in found:
        t = normalized(seg["text"])
        if not t:
            continue
        at = stream.find(t, cursor)
        if at < 0:
            at = stream.find(t)
        if at >= 0:
            lo, hi = at, at + len(t)
        else:
            best, size = None, 0
            for g, text in enumerate(texts):
                m = difflib.SequenceMatcher(None, t, text, autojunk=False)
                match = m.find_longest_match(0, len(t), 0, len(text)).size
                if match > size:
                    best, size = g, match
            if best is None or size < 0.6 * len(texts[best]):
                continue
            lo, hi = starts[best], starts[best] + len(texts[best])
        if all(claimed[lo:hi]):
            continue
        for c in range(lo, hi):
            claimed[c] = True
        cursor = hi
        mapping[seg["seq"]] = covered(lo, hi)
    return mapping


def gold_beads(prediction, id_map, en_map):
    """Predicted segment beads as gold-sentence beads; beads left with no gold sentence (page
    clutter) are dropped, and so is an exact repeat of a bead already kept."""
    beads, seen = [], set()
    with open(prediction, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            source, target = line.strip().split(":")
            side = lambda text, mapping: sorted({g for k in json.loads(text) for g in mapping.get(k, [])})
            bead = (side(source, id_map), side(target, en_map))
            key = (tuple(bead[0]), tuple(bead[1]))
            if (bead[0] or bead[1]) and key not in seen:
                seen.add(key)
                beads.append(bead)
    return beads


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("set", choices=["textberg", "textberg-dev", "parice", "pud",
                                    "pud-pages", "pud-pages-dev", "pud-pages-presplit", "pairs"])
    ap.add_argument("--pairs-dir", default="tests/fixtures/pairs/dev", help="the pairs set's directory")
    ap.add_argument("--selaras", default="target/release/selaras")
    ap.add_argument("--eval-dir", default="../shared/eval")
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--no-mt", action="store_true", help="length and anchors (the default)")
    mode.add_argument("--echo-mt", action="store_true", help="--mt-file = the source side itself")
    mode.add_argument("--gold-mt", action="store_true",
                      help="pairs: the pair's literal translations of the Indonesian side as --mt-file")
    mode.add_argument("--length-only", action="store_true", help="Gale-Church baseline: anchors off")
    mode.add_argument("--model", help="MT from a CTranslate2 model directory or name (selaras align --model)")
    ap.add_argument("--drop-mt-words", type=float, default=0.0, metavar="FRACTION",
                    help="with --gold-mt: leave out this share of the literal translation's words "
                         "(fixed seed), a weaker MT")
    ap.add_argument("--seed", type=int, default=20261127, help="PUD and pud-pages generation seed")
    ap.add_argument("--param", action="append", default=[], help="NAME=VALUE, passed to selaras align")
    ap.add_argument("--keep", help="copy the generated files and predictions to this directory")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if args.drop_mt_words and not args.gold_mt:
        ap.error("--drop-mt-words weakens the literal translation of --gold-mt: give --gold-mt")

    with tempfile.TemporaryDirectory(prefix="selaras-align-eval-") as tmp:
        pages = None
        if args.set.startswith("textberg"):
            docs = textberg(args.eval_dir, tmp, "dev" if args.set == "textberg-dev" else "test")
        elif args.set == "parice":
            docs = parice(args.eval_dir, tmp)
        elif args.set == "pud":
            docs = pud(args.eval_dir, tmp, args.seed)
        elif args.set == "pairs":
            pages, docs = [], []
            for k, (i, e, beads, id_gold, en_gold, mt) in enumerate(pairs(args.pairs_dir)):
                gold = os.path.join(tmp, f"pair-{k:02}.gold")
                write_beads(gold, beads)
                pages.append((i, e, gold, id_gold, en_gold, mt))
                docs.append((i, e, gold))
        else:
            # the dev subset: the first third of the articles, with other perturbations (seed + 1)
            dev = args.set == "pud-pages-dev"
            pages = pud_pages(args.eval_dir, tmp, args.seed + dev, first_third=dev)
            if args.set == "pud-pages-presplit":
                # the gold sentences one per line: the aligner measured without the segmenter
                docs = []
                for k, (_, _, gold, id_gold, en_gold) in enumerate(pages):
                    paths = []
                    for name, sentences in (("id", id_gold), ("en", en_gold)):
                        path = os.path.join(tmp, f"presplit-{k:02}.{name}")
                        with open(path, "w", encoding="utf-8") as f:
                            f.write("".join(s + "\n" for s in sentences))
                        paths.append(path)
                    docs.append((paths[0], paths[1], gold))
                pages = None
            else:
                docs = [(i, e, g) for i, e, g, _, _ in pages]
        params = list(args.param)
        if args.length_only:
            params += ["number=0", "number_miss=0", "name=0", "cognate=0", "punct=0"]
        golds, tests = [], []
        for k, (src, tgt, gold) in enumerate(docs):
            out = os.path.join(tmp, f"pred-{k}.beads")
            cmd = [args.selaras, "align", "--beads", "--id", src, "--en", tgt, "-o", out]
            if pages is None:
                cmd.append("--presplit")
            else:
                id_segments = segments(args.selaras, src, "id")
                en_segments = segments(args.selaras, tgt, "en")
            if args.model:
                cmd += ["--model", args.model]
            elif args.gold_mt:
                # each segment to translate gets the literal translations of the gold sentences
                # it covers (its own text when it covers none: clutter)
                id_map = gold_of_segments(id_segments, pages[k][3])
                mt = os.path.join(tmp, f"mt-{k}.txt")
                weaken = random.Random(args.seed + k)
                with open(mt, "w", encoding="utf-8") as f:
                    for s in id_segments:
                        if not s["translate"]:
                            continue
                        lines = []
                        for g in id_map.get(s["seq"], []):
                            line = pages[k][5][pages[k][3][g]]
                            if line not in lines:
                                lines.append(line)
                        text = " ".join(lines)
                        if args.drop_mt_words > 0:
                            # a weaker MT: some of the translation's words are missing
                            kept = [w for w in text.split() if weaken.random() >= args.drop_mt_words]
                            text = " ".join(kept) or text
                        f.write((text or s["text"]) + "\n")
                cmd += ["--mt-file", mt]
            elif args.echo_mt and pages is not None:
                # echo MT of a segmented page: each segment to translate stands for itself
                mt = os.path.join(tmp, f"mt-{k}.txt")
                with open(mt, "w", encoding="utf-8") as f:
                    f.write("".join(s["text"] + "\n" for s in id_segments if s["translate"]))
                cmd += ["--mt-file", mt]
            else:
                cmd += ["--mt-file", src] if args.echo_mt else ["--no-mt"]
            for p in params:
                cmd += ["--param", p]
            done = subprocess.run(cmd, stderr=subprocess.PIPE, text=True)
            if done.returncode != 0:
                sys.exit(f"{' '.join(cmd)}\n{done.stderr}")
            if pages is not None:
                mapped = out + ".gold-indices"
                write_beads(mapped, gold_beads(out, gold_of_segments(id_segments, pages[k][3]),
                                               gold_of_segments(en_segments, pages[k][4])))
                out = mapped
            golds.append(gold)
            tests.append(out)
        if args.keep:
            os.makedirs(args.keep, exist_ok=True)
            for name in os.listdir(tmp):
                with open(os.path.join(tmp, name), "rb") as f, open(os.path.join(args.keep, name), "wb") as g:
                    g.write(f.read())
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
