#!/usr/bin/env python3
"""Clutter rules against their price, on lines no page fixture holds.

1. Prompts (tests/fixtures/prompts/*.tsv): each line as the 4th paragraph of a short story and
   after it; prints how many are translated (lower is better).
2. Real sentences (UD, FLORES, NTREX, TICO in ../shared/eval): each one as the 4th paragraph of
   the same story; prints in how many documents a piece of it is not translated (lower is
   better; headlines and questions that these files hold as sentences are lost by design).
3. Real articles: the 123 NTREX-128 news documents (English source, Indonesian reference),
   headline first, body sentences two to a paragraph, between a menu line, a date, a byline,
   a "read also" line and a footer; prints how many headlines are found as the title and how
   many body sentences are not translated. The final stop the Indonesian translators gave some
   headlines is dropped, as a page prints none.

    scripts/clutter_probe.py --selaras target/release/selaras --eval-dir ../shared/eval [--old BIN]

With --old, both binaries are run and printed side by side.
"""
import argparse, json, os, subprocess, tempfile

STORY = {
    "id": ("Banjir Rendam Ratusan Rumah di Medan", [
        "Banjir merendam ratusan rumah warga di Kota Medan setelah hujan deras turun sejak Minggu malam.",
        "Ketinggian air di sejumlah rumah warga Medan mencapai satu meter pada Senin pagi, kata petugas.",
        "Petugas BPBD Medan mengevakuasi warga ke masjid dan sekolah yang tidak terendam banjir.",
        "Warga Medan berharap pemerintah kota segera memperbaiki saluran air di permukiman mereka."]),
    "en": ("Floods Swamp Hundreds of Homes in Medan", [
        "Floods swept through hundreds of homes in the city of Medan after heavy rain fell from Sunday night.",
        "The water reached one metre in some homes on Monday morning, officials said.",
        "Rescue workers moved residents to mosques and schools that had stayed dry.",
        "Residents asked the city government to repair the drains in their neighbourhoods."]),
}
SENTENCES = {
    "id": ["ud-id-pud.id.txt", "ud-id-csui-test.sentences.txt", "ud-id-gsd-test.sentences.txt",
           "mt/flores200.devtest.ind_Latn", "mt/ntrex128.newstest2019-ref.ind.txt", "mt/tico19-test.ind"],
    "en": ["ud-en-pud.en.txt", "mt/flores200.devtest.eng_Latn", "mt/ntrex128.newstest2019-src.eng.txt",
           "mt/tico19-test.eng"],
}


def segment(binary, lang, docs):
    """Segments {id: text} as one JSONL input; returns {id: [segments]}."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for doc_id, text in docs.items():
            f.write(json.dumps({"id": doc_id, "text": text}) + "\n")
    try:
        out = subprocess.run([binary, "segment", "--lang", lang, "--lang-id", "off",
                              "--no-repeated-lines", f.name], capture_output=True, text=True, check=True)
    finally:
        os.unlink(f.name)
    segments = {}
    for line in out.stdout.splitlines():
        s = json.loads(line)
        segments.setdefault(s["doc"], []).append(s)
    return segments


def page(lang, line, where):
    title, body = STORY[lang]
    paragraphs = body[:2] + [line] + body[2:] if where == "mid" else body + [line]
    return "\n\n".join([title] + paragraphs) + "\n"


def prompts_translated(binary, path):
    rows = [l.rstrip("\n").split("\t") for l in open(path) if l.strip()]
    counts = {}
    for lang in ("id", "en"):
        lines = [line for l, line in rows if l == lang]
        docs = {f"{w}{k}": page(lang, line, w) for k, line in enumerate(lines) for w in ("mid", "end")}
        segs = segment(binary, lang, docs)
        translated = sum(
            any(s["translate"] and s["text"] in lines[int(d[3:])] for s in segs.get(d, [])) for d in docs)
        counts[lang] = f"{translated}/{len(docs)}"
    return counts


def sentences_lost(binary, lang, path):
    lines = [l.strip() for l in open(path) if l.strip()]
    title, body = STORY[lang]
    docs = {str(k): "\n\n".join([title, body[0], body[1], line, body[0], body[1]]) + "\n"
            for k, line in enumerate(lines)}
    segs = segment(binary, lang, docs)
    lost = sum(any(not s["translate"] and s["kind"] != "title" and s["duplicate_of"] is None
                   for s in segs.get(d, [])) for d in docs)
    return f"{lost}/{len(docs)}"


ARTICLE_CLUTTER = {
    "id": ("Beranda  Berita  Internasional", "Senin, 30 September 2019 | 14:05 WIB",
           "Penulis: Tim Redaksi", "Baca juga: Harga Minyak Dunia Naik Lagi",
           "Copyright © 2019 Media Kita. All rights reserved."),
    "en": ("Home  News  World", "Monday 30 September 2019 14.05 BST", "By Staff Reporter",
           "Read more: Oil prices climb again", "© 2019 Our Media. All rights reserved."),
}


def articles(binary, lang, eval_dir):
    name = "ntrex128.newstest2019-ref.ind.txt" if lang == "id" else "ntrex128.newstest2019-src.eng.txt"
    ids = [l.strip() for l in open(os.path.join(eval_dir, "mt", "ntrex128.DOCUMENT_IDS.tsv"))]
    lines = [l.strip() for l in open(os.path.join(eval_dir, "mt", name))]
    docs = {}
    for doc_id, line in zip(ids, lines):
        docs.setdefault(doc_id, []).append(line)
    menu, date, byline, also, footer = ARTICLE_CLUTTER[lang]
    texts, headlines, bodies = {}, {}, {}
    for doc_id, sentences in docs.items():
        headline = (sentences[0].rstrip(".") if lang == "id" else sentences[0]).strip()
        body = sentences[1:]
        paragraphs = [" ".join(body[k:k + 2]) for k in range(0, len(body), 2)]
        middle = len(paragraphs) // 2
        blocks = [menu, headline, date, byline] + paragraphs[:middle] + [also] + paragraphs[middle:] + [footer]
        texts[doc_id] = "\n\n".join(blocks) + "\n"
        headlines[doc_id], bodies[doc_id] = headline, body
    segs = segment(binary, lang, texts)
    found = sum(any(s["kind"] == "title" and s["text"] == headlines[d] for s in segs.get(d, [])) for d in docs)
    lost = 0
    for d, body in bodies.items():
        translated = " ".join(s["text"] for s in segs.get(d, []) if s["translate"] and s["kind"] != "title")
        lost += sum(sentence not in translated for sentence in body)
    total = sum(len(b) for b in bodies.values())
    return f"titles {found}/{len(docs)}, body sentences lost {lost}/{total}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--selaras", required=True)
    ap.add_argument("--old", help="a second binary to compare with")
    ap.add_argument("--eval-dir", required=True)
    args = ap.parse_args()
    binaries = [b for b in (args.old, args.selaras) if b]
    here = os.path.dirname(os.path.abspath(__file__))
    print("prompts translated (id, en):\t" + "\t".join(binaries))
    for name in ("tuned", "heldout"):
        path = os.path.join(here, "..", "tests", "fixtures", "prompts", f"{name}.tsv")
        print(f"  {name}\t" + "\t".join(str(prompts_translated(b, path)) for b in binaries))
    print("real sentences lost as clutter:")
    for lang, files in SENTENCES.items():
        for f in files:
            path = os.path.join(args.eval_dir, f)
            print(f"  {f}\t" + "\t".join(sentences_lost(b, lang, path) for b in binaries))
    print("NTREX-128 articles with page clutter:")
    for lang in ("id", "en"):
        print(f"  {lang}\t" + "\t".join(articles(b, lang, args.eval_dir) for b in binaries))


if __name__ == "__main__":
    main()
