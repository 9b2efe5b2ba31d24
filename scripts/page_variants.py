#!/usr/bin/env python3
"""The fixture pages as other scrapers and editors leave them: the same pages, rewritten in
ways that change their form and not their structure, scored with `selaras eval blocks`.

Each variant rewrites every page of the given gold directories (and its gold, where the change
touches the gold's text and the normalization does not undo it) into a temporary directory:

  spaced        a blank line between every two lines (the sample article's own form)
  collapsed     every blank line removed
  crlf          CRLF line ends
  indented      lines indented, trailing spaces and tabs
  nbsp          every space a no-break space (U+00A0), page and gold
  zwsp          a zero-width space (U+200B) closing every line
  entities      &amp; &quot; &#39; for & " ', page and gold
  curly         typographic quotation marks and apostrophes, page and gold
  mojibake      UTF-8 read as Windows-1252 and written again ("KlÃ¶cker"), page and gold
  wrapped-72    every line broken at 72 characters on spaces, as a text dump leaves a page
  wrapped-78    the same at 78 (html2text's width)
  marked-menu   '• ' before every boilerplate line of four words or fewer, page and gold
  dashed-menu   '- ' before the same lines
  shouted-menu  the same lines in capitals (but web addresses and labels with a colon)
  shouted-title the title in capitals, page and gold
  markdown-title the title as a Markdown heading ("# …"), page and gold
  credit-tab    a caption and the credit on the line under it joined on one line by a tab
  credit-space  the same, by a space
  credit-bar    the same, by " | "
  menu-row      each run of menu lines (boilerplate of four words or fewer on lines that follow
                each other) joined on one line by spaces, as a navigation bar read as one text
  menu-bar      the same, by " | "
  glued-related each link to another story ("Baca juga: …", "Read more …") glued to the end of
                the story paragraph above it, as inline links read into the paragraph
  related-box   a box of links to other stories (a list's heading and three headlines, all
                invented) between the two middle paragraphs of the story, page and gold
  related-summaries the same box with a one-sentence summary under each of two headlines
  newsletter-box a newsletter's sign-up box (its heading, a sentence to the reader, a field's
                label and a button) at the same place, page and gold
  embedded-post a post of a social network embedded at the same place: its text and its
                signature ("— Name (@handle) March 3, 2024"), page and gold
  no-title      the page without its headline's line, page and gold (the title stored apart)
  sentence-lines every story paragraph broken into its sentences, one a line, page and gold
  markdown      the page as a crawler that delivers Markdown writes it (scored as NAME.<lang>.md):
                blocks apart by blank lines, the title a "# " heading, a caption in emphasis
                under an image line, boilerplate of six words or fewer a link (as menus are),
                a dateline in bold before its dash, and every other mark of Markdown escaped

A rule that holds on the pages as written should hold on every variant: the table prints each
variant's scores beside those of the pages as written.

    python3 scripts/page_variants.py --selaras target/release/selaras \
        tests/fixtures/pages/dev tests/fixtures/pages/fresh

--only NAME (repeatable) scores those variants alone, beside the pages as written.
"""
import argparse
import glob
import os
import re
import subprocess
import sys
import tempfile


def curly(text):
    text = re.sub(r'(^|[\s(\[])"', lambda m: m.group(1) + '\u201c', text, flags=re.M)
    text = text.replace('"', '\u201d')
    return re.sub(r"(\w)'(\w)", '\\1\u2019\\2', text)


def mojibake(text):
    # the bytes Windows-1252 leaves undefined read as Latin-1 reads them
    return ''.join(chr(b) if b in (0x81, 0x8d, 0x8f, 0x90, 0x9d) else bytes([b]).decode('cp1252')
                   for b in text.encode('utf-8'))


def wrapped(text, width):
    """Every line broken greedily at `width` characters, on spaces only, as a text dump
    (lynx, w3m, html2text) leaves a page; lines with a tab are left whole."""
    out = []
    for line in text.split('\n'):
        if '\t' in line or len(line) <= width:
            out.append(line)
            continue
        current = ''
        for word in line.split(' '):
            if current and len(current) + 1 + len(word) > width:
                out.append(current)
                current = word
            else:
                current = current + ' ' + word if current else word
        out.append(current)
    return '\n'.join(out)


def entities(text):
    return text.replace('&', '&amp;').replace('"', '&quot;').replace("'", '&#39;')


# (name, change of the whole page, change of the gold's texts) for form-only variants
WHOLE = [
    ('spaced', lambda t: t.replace('\n', '\n\n'), None),
    ('collapsed', lambda t: '\n'.join(l for l in t.split('\n') if l.strip()) + '\n', None),
    ('crlf', lambda t: t.replace('\n', '\r\n'), None),
    ('indented', lambda t: '\n'.join(('  ' + l + ' \t') if l.strip() else l for l in t.split('\n')), None),
    ('nbsp', lambda t: t.replace(' ', '\u00a0'), lambda g: g.replace(' ', '\u00a0')),
    ('zwsp', lambda t: t.replace('\n', '\u200b\n'), None),
    ('entities', entities, entities),
    ('curly', curly, curly),
    ('mojibake', mojibake, mojibake),
    ('wrapped-72', lambda t: wrapped(t, 72), None),
    ('wrapped-78', lambda t: wrapped(t, 78), None),
]

# (name, gold kind, change of a line of that kind standing alone on its line)
BY_KIND = [
    ('marked-menu', 'boilerplate', lambda t: '• ' + t if len(t.split()) <= 4 else t),
    ('dashed-menu', 'boilerplate', lambda t: '- ' + t if len(t.split()) <= 4 and not t.startswith('-') else t),
    # a menu in capitals, as some sites write their sections ("NASIONAL", "EAST ASIA
    # PACIFIC"); web addresses and labels with a colon stay as they are
    ('shouted-menu', 'boilerplate',
     lambda t: t.upper() if len(t.split()) <= 4 and not any(c in t for c in '/.@:') else t),
    ('shouted-title', 'title', str.upper),
    ('markdown-title', 'title', lambda t: '# ' + t),
]


def pages(src):
    for page in sorted(glob.glob(os.path.join(src, '*.txt'))):
        yield page, page[:-len('.txt')] + '.gold.tsv'


def gold_lines(path):
    with open(path, encoding='utf-8') as f:
        return f.read().split('\n')


def write(path, text):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write(text)


def placed_blocks(text, lines, whole):
    """The gold `lines` of a page with the page line each block stands on, found in page order
    (so that a line printed twice, "Editor: …" as a byline and again in a widget, is found where
    this block stands): (gold line, kind, text, index of the page line or None). A block stands
    on a line that holds it, or, when `whole`, that is it."""
    placed, at = [], 0
    for line in lines:
        if '\t' not in line:
            placed.append((line, None, None, None))
            continue
        k, t = line.split('\t', 1)
        t = t.strip()
        found = next((i for i in range(at, len(text))
                      if t and (text[i].strip() == t if whole else t in text[i])), None)
        if found is not None:
            at = found
        placed.append((line, k, t, found))
    return placed


def rewrite_whole(src, out, page_f, gold_f):
    for page, gold in pages(src):
        with open(page, encoding='utf-8') as f:
            write(os.path.join(out, os.path.basename(page)), page_f(f.read()))
        lines = gold_lines(gold)
        if gold_f:
            lines = [k + '\t' + gold_f(t) if '\t' in l else l
                     for l in lines for k, t in [l.split('\t', 1) if '\t' in l else (l, '')]]
        write(os.path.join(out, os.path.basename(gold)), '\n'.join(lines))


def rewrite_kind(src, out, kind, change):
    for page, gold in pages(src):
        with open(page, encoding='utf-8') as f:
            text = f.read().split('\n')
        new_gold, at = [], 0
        for line in gold_lines(gold):
            if '\t' not in line:
                new_gold.append(line)
                continue
            k, t = line.split('\t', 1)
            t = t.strip()
            # every gold block is found in page order, so that a line printed twice ("Editor:
            # …" as a byline and again in a widget) is changed where this block stands
            found = next((i for i in range(at, len(text)) if t and t in text[i]), None)
            if found is not None:
                at = found
                # only a block that is its line's whole text
                if k.split('+')[0] == kind and text[found].strip() == t:
                    changed = change(t)
                    text[found] = text[found].replace(t, changed)
                    t, at = changed, found + 1
            new_gold.append(k + '\t' + t)
        write(os.path.join(out, os.path.basename(page)), '\n'.join(text))
        write(os.path.join(out, os.path.basename(gold)), '\n'.join(new_gold))


# (name, separator) joining a caption and the credit on the line right under it
JOINED = [('credit-tab', '\t'), ('credit-space', ' '), ('credit-bar', ' | ')]


def rewrite_joined(src, out, sep):
    for page, gold in pages(src):
        with open(page, encoding='utf-8') as f:
            text = f.read().split('\n')
        blocks = [l.split('\t', 1) for l in gold_lines(gold) if '\t' in l]
        for (k1, t1), (k2, t2) in zip(blocks, blocks[1:]):
            if k1 == 'caption' and k2 == 'credit':
                t1, t2 = t1.strip(), t2.strip()
                for i in range(len(text) - 1):
                    if text[i].strip() == t1 and text[i + 1].strip() == t2:
                        text[i] = text[i].rstrip() + sep + text[i + 1].strip()
                        del text[i + 1]
                        break
        write(os.path.join(out, os.path.basename(page)), '\n'.join(text))
        write(os.path.join(out, os.path.basename(gold)), '\n'.join(gold_lines(gold)))


# (name, separator) joining each run of menu lines (boilerplate of four words or fewer, each
# alone on its line, on lines that follow each other) into one line, as a scraper that reads a
# navigation bar's links as one text leaves them
MENU_ROWS = [('menu-row', ' '), ('menu-bar', ' | ')]


def rewrite_menu_rows(src, out, sep):
    for page, gold in pages(src):
        with open(page, encoding='utf-8') as f:
            text = f.read().split('\n')
        # the page line of every gold block that is a menu line
        placed = [(line, k, t, found if k == 'boilerplate' and found is not None
                   and text[found].strip() == t and len(t.split()) <= 4 else None)
                  for line, k, t, found in placed_blocks(text, gold_lines(gold), False)]
        new_gold, run = [], []

        def flush():
            if len(run) >= 2:
                first = run[0][3]
                joined = sep.join(t for _, _, t, _ in run)
                text[first] = joined
                for _, _, _, i in run[1:]:
                    text[i] = None
                # the blank lines between the run's lines go with them
                for i in range(first + 1, run[-1][3]):
                    if text[i] is not None and not text[i].strip():
                        text[i] = None
                new_gold.append('boilerplate\t' + joined)
            else:
                new_gold.extend(line for line, _, _, _ in run)
            run.clear()

        for entry in placed:
            line, k, t, i = entry
            between_blank = run and i is not None and all(
                not (text[j] or '').strip() for j in range(run[-1][3] + 1, i))
            if i is not None and (not run or between_blank):
                run.append(entry)
                continue
            flush()
            if i is not None:
                run.append(entry)
            else:
                new_gold.append(line)
        flush()
        write(os.path.join(out, os.path.basename(page)), '\n'.join(l for l in text if l is not None))
        write(os.path.join(out, os.path.basename(gold)), '\n'.join(new_gold))


# a line of another story's link, by its label
RELATED_LABEL = re.compile(r'^(baca juga|baca:|read more|read also|also read|simak juga|lihat juga|related:|'
                           r'artikel terkait)', re.I)


def rewrite_glued_related(src, out):
    """Each link to another story (a boilerplate line opening with its label, "Baca juga: …",
    "Read more …") glued with a space to the end of the story paragraph above it, as scrapers
    that read inline links into the paragraph leave them; the gold is unchanged."""
    for page, gold in pages(src):
        with open(page, encoding='utf-8') as f:
            text = f.read().split('\n')
        lines = gold_lines(gold)
        blocks = [l.split('\t', 1) for l in lines if '\t' in l]
        for (k1, t1), (k2, t2) in zip(blocks, blocks[1:]):
            t1, t2 = t1.strip(), t2.strip()
            if not (k1 == 'paragraph' and k2 == 'boilerplate' and RELATED_LABEL.match(t2)
                    and t1.endswith(('.', '"', '”'))):
                continue
            for i in range(len(text) - 1):
                if text[i].strip() == t1:
                    j = i + 1
                    while j < len(text) and not text[j].strip():
                        j += 1
                    if j < len(text) and text[j].strip() == t2:
                        text[i] = text[i].rstrip() + ' ' + t2
                        del text[j]
                    break
        write(os.path.join(out, os.path.basename(page)), '\n'.join(text))
        write(os.path.join(out, os.path.basename(gold)), '\n'.join(lines))


# the invented box of links: (heading, headlines, summaries) in each language
RELATED_BOX = {
    'id': ('Berita Terkait',
           ['Harga Cabai Rawit Turun Jelang Akhir Pekan',
            'Pemkot Siapkan 20 Titik Posko Kesehatan',
            'Warga Keluhkan Jalan Rusak di Jalur Alternatif'],
           ['Pedagang menyebut pasokan dari daerah sentra mulai pulih sejak awal pekan.',
            'Posko akan dibuka selama dua pekan dan melayani pemeriksaan gratis.']),
    'en': ('Related Articles',
           ['City council delays vote on new parking rules',
            'Three schools to close early for maintenance work',
            'Local bakery wins regional award for its sourdough'],
           ['The proposal would let residents apply for permits online from next month.',
            'Parents were told of the change in a letter sent home on Friday.']),
}


# invented widgets of the page put inside the story, all boilerplate in the gold
WIDGETS = {
    'newsletter-box': {
        'id': ['Newsletter', 'Dapatkan berita pilihan setiap pagi langsung di kotak masuk Anda.',
               'Alamat email', 'Daftar'],
        'en': ['Newsletter', 'Get the day\'s top stories delivered to your inbox every morning.',
               'Email address', 'Sign up'],
    },
    'embedded-post': {
        'id': ['Jalan di depan pasar masih tergenang sampai sore ini, hati-hati yang lewat '
               'sini ya #banjir', '\u2014 Rina Kartika (@rinakartika_) March 3, 2024'],
        'en': ['Still flooded outside the market this afternoon, take care if you are heading '
               'this way #flood', '\u2014 Rina Kartika (@rinakartika_) March 3, 2024'],
    },
}


def rewrite_widget(src, out, name):
    """A widget of the page (`WIDGETS`) between the story's two middle prose paragraphs, as
    the related box is put; every line of it boilerplate in the gold."""
    rewrite_box(src, out, lambda lang: WIDGETS[name][lang])


def rewrite_related_box(src, out, summaries):
    """A box of links to other stories, as sites print one inside the story: its heading and
    three headlines, or with `summaries` a one-sentence summary under each of the first two."""
    def box_of(lang):
        heading, headlines, sums = RELATED_BOX[lang]
        box = [heading]
        for i, headline in enumerate(headlines):
            box.append(headline)
            if summaries and i < len(sums):
                box.append(sums[i])
        return box
    rewrite_box(src, out, box_of)


def rewrite_box(src, out, box_of):
    """The lines `box_of(lang)` gives put between the story's two middle prose paragraphs,
    every line of them boilerplate in the gold. The story's paragraphs after the box are the
    story's still."""
    for page, gold in pages(src):
        with open(page, encoding='utf-8') as f:
            text = f.read().split('\n')
        lang = 'en' if page.endswith('.en.txt') else 'id'
        box = box_of(lang)
        placed = placed_blocks(text, gold_lines(gold), True)
        # two gold paragraphs of prose in a row (not a list's items), each a page line of its
        # own
        def prose(t):
            return len(t.split()) >= 10 and not re.match(r'[-•*\d]', t)
        pairs = [j for j in range(len(placed) - 1)
                 if placed[j][1] == 'paragraph' and placed[j + 1][1] == 'paragraph'
                 and prose(placed[j][2]) and prose(placed[j + 1][2])
                 and placed[j][3] is not None and placed[j + 1][3] is not None
                 and placed[j + 1][3] > placed[j][3]]
        new_gold = [p[0] for p in placed]
        if pairs:
            j = pairs[len(pairs) // 2]
            at = placed[j][3]
            text[at + 1:at + 1] = box
            new_gold[j + 1:j + 1] = ['boilerplate\t' + line for line in box]
        write(os.path.join(out, os.path.basename(page)), '\n'.join(text))
        write(os.path.join(out, os.path.basename(gold)), '\n'.join(new_gold))


def rewrite_no_title(src, out):
    """The page without its headline's line, as a crawler that stores the title apart leaves
    the body; the gold loses its title."""
    for page, gold in pages(src):
        with open(page, encoding='utf-8') as f:
            text = f.read().split('\n')
        new_gold, removed = [], False
        for line in gold_lines(gold):
            if '\t' in line and not removed:
                k, t = line.split('\t', 1)
                at = next((i for i, x in enumerate(text) if x.strip() == t.strip()), None)
                if k == 'title' and at is not None:
                    del text[at]
                    removed = True
                    continue
            new_gold.append(line)
        write(os.path.join(out, os.path.basename(page)), '\n'.join(text))
        write(os.path.join(out, os.path.basename(gold)), '\n'.join(new_gold))


# a sentence's end inside a paragraph: a stop (and a closing quotation mark), a space, a capital
SENTENCE_END = re.compile(r'(?<=[.!?]) (?=[A-Z“"])|(?<=[.!?]["”]) (?=[A-Z“"])')


def rewrite_sentence_lines(src, out):
    """Every story paragraph broken into its sentences, one a line, as text taken from markup
    that breaks lines with <br> leaves it; each sentence is a paragraph of the gold."""
    for page, gold in pages(src):
        with open(page, encoding='utf-8') as f:
            text = f.read().split('\n')
        new_gold = []
        for line, k, t, found in placed_blocks(text, gold_lines(gold), True):
            parts = SENTENCE_END.split(t) if k == 'paragraph' and found is not None else [t]
            if len(parts) > 1:
                text[found] = '\n'.join(parts)
                new_gold.extend('paragraph\t' + p for p in parts)
            else:
                new_gold.append(line)
        write(os.path.join(out, os.path.basename(page)), '\n'.join(text))
        write(os.path.join(out, os.path.basename(gold)), '\n'.join(new_gold))


# the ASCII punctuation Markdown reads as markup anywhere in a line, escaped by a backslash
MARKDOWN_SIGNS = set('\\`*_[]<>#|~&!')


def markdown_escape(line):
    out = ''.join('\\' + c if c in MARKDOWN_SIGNS else c for c in line)
    # what opens a list, a heading underline or a numbered item only at the start of a line
    if out[:1] in ('-', '+', '='):
        out = '\\' + out
    m = re.match(r'(\d{1,9})([.)])', out)
    if m:
        out = m.group(1) + '\\' + out[len(m.group(1)):]
    return out


def rewrite_markdown(src, out):
    for page, gold in pages(src):
        with open(page, encoding='utf-8') as f:
            # Markdown reads runs of white space as one space, as a reader of it renders them
            text = [' '.join(l.split()) for l in f.read().split('\n')]
        blocks = [l.split('\t', 1) for l in gold_lines(gold) if '\t' in l]
        blocks = [(k, ' '.join(t.split())) for k, t in blocks]
        # the gold blocks on each line, found in page order as rewrite_kind finds them
        on_line, at = {}, 0
        for k, t in blocks:
            found = next((i for i in range(at, len(text)) if t and t in text[i]), None)
            if found is not None:
                on_line.setdefault(found, []).append((k.split('+')[0], t))
                at = found
        lines, titled, images = [], False, 0
        for i, line in enumerate(text):
            if not line:
                continue
            here = on_line.get(i, [])
            kinds = [k for k, _ in here]
            if kinds[:1] == ['title'] and not titled and line == here[0][1]:
                lines.append('# ' + markdown_escape(line))
                titled = True
            elif kinds[:1] == ['caption']:
                images += 1
                lines.append('![](foto-%d.jpg)' % images)
                lines.append('*' + markdown_escape(line) + '*')
            elif kinds and all(k == 'boilerplate' for k in kinds) and len(line.split()) <= 6:
                lines.append('[' + markdown_escape(line) + '](/tautan-%d)' % i)
            elif kinds[:2] == ['meta', 'paragraph'] and line.startswith(here[0][1]):
                dateline = here[0][1]
                m = re.match(r'^(.*?)(\s*(?:--|-|–|—))$', dateline)
                if m and m.group(1) and len(m.group(1).split()) <= 6:
                    rest = line[len(dateline):]
                    lines.append('**' + markdown_escape(m.group(1)) + '**' + m.group(2)
                                 + markdown_escape(rest))
                else:
                    lines.append(markdown_escape(line))
            else:
                lines.append(markdown_escape(line))
        name = os.path.basename(page)[:-len('.txt')] + '.md'
        write(os.path.join(out, name), '\n\n'.join(lines) + '\n')
        new_gold = []
        for l in gold_lines(gold):
            if '\t' in l:
                k, t = l.split('\t', 1)
                l = k + '\t' + ' '.join(t.split())
            new_gold.append(l)
        write(os.path.join(out, os.path.basename(gold)), '\n'.join(new_gold))


def score(selaras, dirs):
    run = subprocess.run([selaras, 'eval', 'blocks', *dirs], capture_output=True, text=True)
    if run.returncode != 0:
        return None, run.stderr.strip().splitlines()[-1]
    got = {}
    for line in run.stdout.splitlines():
        cells = line.split('\t')
        if cells[0] in ('title', 'paragraph', 'caption', 'credit', 'clutter') and len(cells) == 4:
            got[cells[0]] = (float(cells[2]), float(cells[3]))
        elif line.startswith('titles found'):
            got['titles'] = line.split('\t')[1]
        elif line.startswith('clutter translated'):
            got['translated'] = line.split('\t')[1]
    return got, None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--selaras', required=True)
    parser.add_argument('--only', action='append', default=[], metavar='NAME',
                        help='score this variant alone beside the pages as written')
    parser.add_argument('dirs', nargs='+', help='gold directories of pages')
    args = parser.parse_args()
    print('variant\tpages\ttitles\tparagraph P/R\tcaption P/R\tcredit P/R\tclutter P/R\tclutter translated')
    with tempfile.TemporaryDirectory() as tmp:
        variants = [('as written', None)]
        for name, page_f, gold_f in WHOLE:
            variants.append((name, lambda src, out, p=page_f, g=gold_f: rewrite_whole(src, out, p, g)))
        for name, kind, change in BY_KIND:
            variants.append((name, lambda src, out, k=kind, c=change: rewrite_kind(src, out, k, c)))
        for name, sep in JOINED:
            variants.append((name, lambda src, out, s=sep: rewrite_joined(src, out, s)))
        for name, sep in MENU_ROWS:
            variants.append((name, lambda src, out, s=sep: rewrite_menu_rows(src, out, s)))
        variants.append(('glued-related', rewrite_glued_related))
        variants.append(('related-box', lambda src, out: rewrite_related_box(src, out, False)))
        variants.append(('related-summaries',
                         lambda src, out: rewrite_related_box(src, out, True)))
        for widget in WIDGETS:
            variants.append((widget, lambda src, out, w=widget: rewrite_widget(src, out, w)))
        variants.append(('no-title', rewrite_no_title))
        variants.append(('sentence-lines', rewrite_sentence_lines))
        variants.append(('markdown', rewrite_markdown))
        if args.only:
            variants = [v for v in variants if v[1] is None or v[0] in args.only]
        for name, rewrite in variants:
            for src in args.dirs:
                where = os.path.basename(src.rstrip('/'))
                out = src
                if rewrite is not None:
                    out = os.path.join(tmp, name, where)
                    os.makedirs(out)
                    rewrite(src, out)
                got, error = score(args.selaras, [out])
                # a form this script cannot write for a page (its gold no longer matches the
                # rewritten page: a headline printed twice, a menu of one letter) leaves that
                # page out of the form, and says how many were left out
                dropped = 0
                while got is None and rewrite is not None and dropped < 50:
                    m = re.search(r"'([^']+)\.gold\.tsv'", error or '')
                    if not m or not m.group(1).startswith(out):
                        break
                    for ext in ('.gold.tsv', '.txt', '.md'):
                        if os.path.exists(m.group(1) + ext):
                            os.remove(m.group(1) + ext)
                    dropped += 1
                    got, error = score(args.selaras, [out])
                if got is None:
                    print(f'{name}\t{where}\terror: {error}')
                    continue
                if dropped:
                    where_shown = f'{where} ({dropped} left out)'
                else:
                    where_shown = where
                pr = lambda k: '%.3f/%.3f' % got[k]
                print('\t'.join([name, where_shown, got['titles'], pr('paragraph'), pr('caption'),
                                 pr('credit'), pr('clutter'), got['translated']]))
                sys.stdout.flush()


if __name__ == '__main__':
    main()
