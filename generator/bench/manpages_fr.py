#!/usr/bin/env python3
"""French corpus for the known-item benchmark: Debian's manpages-fr, as Markdown.

    python3 manpages_fr.py OUT [MAN_DIR]

Reads every page of MAN_DIR (default /usr/share/man/fr: apt-get install manpages-fr), converts it
with pandoc (apt-get install pandoc; `pandoc -f man -t gfm`), and writes:

  OUT/passage/content/site.yml           one language, French (so the index uses FrenchAnalyzer)
  OUT/passage/content/fr/manN/NAME.md    a page per man page: title "NAME(N)", the Markdown
  OUT/hugo/content/manN/NAME.md          the same pages for Hugo (and Pagefind over its output)
  OUT/known-items.tsv                    500 known items: query, kind, page, passage_url, hugo_url

A known item is a page and a query a reader would type to find it: the page's own summary (the
text after "-" in its NAME section: "afficher le contenu d'un répertoire"), or one sentence of its
body (6 to 18 words, found in no other page), for 500 pages drawn with a fixed seed, the two kinds
alternating (a sentence where the page's summary is not unique). Pages that only include another
(".so") are skipped.
Why a substitute: issue 17 asks for tldr-pages' pages.fr, which has no offline copy here.
"""
import gzip
import os
import random
import re
import subprocess
import sys

OUT = sys.argv[1]
MAN = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/man/fr"


def convert(path):
    raw = gzip.open(path, "rb").read().decode("utf-8", "replace")
    if re.match(r"\s*\.so\s", raw):
        return None
    r = subprocess.run(["pandoc", "-f", "man", "-t", "gfm", "--wrap=none"], input=raw.encode("utf-8"),
                       capture_output=True, timeout=60)
    if r.returncode != 0:
        return None
    return r.stdout.decode("utf-8")


def fix_links(md):
    """Addresses man pages quote rather than link (ldap://, file:///etc/passwd …) as code, so no
    tool takes them for links (Passage refuses those schemes); a bare e-mail link gets its mailto:."""
    schemes = r"(?:ldap|wais|gopher|file|telnet|debbugs|cdrom|protocol)://"
    md = re.sub(r"\[([^\]]*)\]\(" + schemes + r"[^)]*\)", r"\1", md)  # a link: its text
    md = re.sub(r"(?<![`\w])(" + schemes + r"[^\s)>\]\\`]*)", r"`\1`", md)
    return re.sub(r"\]\(([^):/\s]+@[^)\s]+)\)", r"](mailto:\1)", md)


def summary(md):
    """The NAME section's text after the dash: what the page is for."""
    m = re.search(r"^#\s*(NOM|NAME)\s*\n+(.+?)\n", md, re.M)
    if not m:
        return None
    line = re.sub(r"[\\*`_]", "", m.group(2)).strip()
    parts = re.split(r"\s+[-\u2010-\u2014]\s+", line, maxsplit=1)
    return parts[1].strip().rstrip(".") if len(parts) == 2 else None


def sentences(md):
    out = []
    blocks = md.split("\n\n")
    for i, block in enumerate(blocks):
        block = block.strip()
        if not block or not block[0].isalpha() or block.startswith(("#", "|")):
            continue
        if i > 0 and re.match(r"#\s*(NOM|NAME)\s*$", blocks[i - 1].strip()):
            continue  # the NAME line: the summary's own text
        for s in re.split(r"(?<=[.;:!?])\s+", block.replace("\n", " ")):
            s = s.strip().rstrip(".;:")
            if any(c in s for c in "`*[]()\\<>|_\"") or "  " in s:
                continue
            if 6 <= len(s.split()) <= 18:
                out.append(s)
    return out


pages = []
for root, _, files in sorted(os.walk(MAN)):
    for f in sorted(files):
        if not f.endswith(".gz"):
            continue
        section = os.path.basename(root)
        name = f[:-3]
        cached = os.path.join(OUT, "passage/content/fr", section, name + ".md")
        if os.path.exists(cached):  # converted by an earlier run: pandoc takes minutes
            md = open(cached, encoding="utf-8").read().split("\n---\n\n", 1)[1]
        else:
            md = convert(os.path.join(root, f))
        if md is None or len(md) < 200:
            continue
        pages.append((section, name, md))

for tool, base in (("passage", os.path.join(OUT, "passage/content/fr")), ("hugo", os.path.join(OUT, "hugo/content"))):
    for section, name, md in pages:
        d = os.path.join(base, section)
        os.makedirs(d, exist_ok=True)
        title = name.rsplit(".", 1)[0] + "(" + name.rsplit(".", 1)[-1] + ")"
        # Hugo would read "{{<" as a shortcode; neither tool needs it
        body = fix_links(md.replace("{{", "{ {"))
        with open(os.path.join(d, name + ".md"), "w", encoding="utf-8") as out:
            out.write('---\ntitle: "%s"\n---\n\n%s' % (title.replace('"', "'"), body))
with open(os.path.join(OUT, "passage/content/site.yml"), "w", encoding="utf-8") as out:
    out.write("title: Pages de manuel\nlanguages:\n  - code: fr\n    name: Français\n")

rng = random.Random(17)
# a sentence that several pages share (the translators' notes every page ends with) identifies none
seen = {}
for _, _, md in pages:
    for x in set(sentences(md)):
        seen[x.lower()] = seen.get(x.lower(), 0) + 1
counts = {}
for _, _, md in pages:
    s = summary(md)
    if s:
        counts[s.lower()] = counts.get(s.lower(), 0) + 1
order = list(range(len(pages)))
rng.shuffle(order)
rows = []
for i in order:
    if len(rows) >= 500:
        break
    section, name, md = pages[i]
    s = summary(md)
    want = "summary" if len(rows) % 2 == 0 else "sentence"
    if want == "summary" and s and counts[s.lower()] == 1 and len(s.split()) >= 2:
        query = s
    else:
        ss = [x for x in sentences(md) if seen[x.lower()] == 1]
        if not ss:
            continue
        want, query = "sentence", rng.choice(ss)
    rows.append((query.replace("\t", " "), want, "%s/%s" % (section, name), "fr/%s/%s.html" % (section, name),
                 "%s/%s/" % (section, name.lower())))
with open(os.path.join(OUT, "known-items.tsv"), "w", encoding="utf-8") as out:
    out.write("query\tkind\tpage\tpassage_url\thugo_url\n")
    for r in rows:
        out.write("\t".join(r) + "\n")
print("%d pages, %d known items (%d summaries)" % (len(pages), len(rows), sum(1 for r in rows if r[1] == "summary")))
