#!/usr/bin/env python3
"""Generates the synthetic benchmark corpus for Passage and, from the same pages, a Hugo site.

Deterministic: the same --pages and --seed give byte-identical files on every machine
(Python's random.Random with an explicit seed; no clock, no hash-order dependence).

Layout (P = --pages regular pages, 100 per section, 10 sections per part):

  OUT/passage/content/site.yml              title + taxonomies (tags free-form, topics from data)
  OUT/passage/content/data/topics.yml       [{id, label}] allowed topic terms
  OUT/passage/content/index.md              home
  OUT/passage/content/part-01/index.md      part (section of sections)
  OUT/passage/content/part-01/s0001/index.md
  OUT/passage/content/part-01/s0001/p000001.md
  ...
  OUT/hugo/hugo.toml, OUT/hugo/data/topics.yml, OUT/hugo/content/...  same pages, section
                                             indexes named _index.md (layouts are copied by run.sh)
  OUT/known-items.tsv                        search hook (issue 3): query, kind, page id, URLs
  OUT/corpus.json                            what was generated (counts, bytes, seed)

Pages are ~4 KB of Markdown: front matter (title, weight, tags, topics), an intro paragraph,
h2/h3 headings, a bullet list, a table, a fenced code block, emphasis, inline code, and 3-5
relative links to other pages' .md files, about half of them with a #anchor to a heading that
exists on the target page. The Markdown bodies are identical in both shapes; only the file
names of section indexes and the config differ.
"""

import argparse
import json
import os
import random
import shutil
import sys

PAGES_PER_SECTION = 100
SECTIONS_PER_PART = 10
TAG_POOL = 400
TOPICS = 60

# Common words give the text a realistic head; generated words give it a long tail (a real
# documentation corpus has tens of thousands of distinct terms, which matters for search).
COMMON = """
the of and to in a is that for it as was with be by on not he this are or his from at which
but have an they you were her she there been one all we their has would when if so no will
more can who about up out them some could what into than other then its only time new these two
may first also any after like our over such where most between under should must each those
through during before while because both without against within along across however since
migration policy data report country national local community support service access health
education labour labor work worker employment rights protection return reintegration border
management governance cooperation partner partnership process review indicator target goal
progress framework strategy plan action programme program project capacity training guide
guidance tool method approach practice evidence analysis survey census register record system
information statistics population household family child children youth women gender age
group city region district province ministry agency office committee council government public
private sector civil society organisation organization network platform dialogue forum
meeting workshop consultation stakeholder actor level development sustainable inclusive safe
orderly regular pathway visa permit status legal law regulation standard procedure mechanism
budget cost finance funding resource remittance income poverty inequality risk disaster climate
environment displacement refugee asylum protection trafficking smuggling victim assistance
integration inclusion language skills recognition qualification diaspora investment market
trade business enterprise economy economic social cultural political context challenge
opportunity lesson result outcome impact output baseline monitoring evaluation learning
communication awareness campaign media digital online portal database platform quality timely
reliable disaggregated comparable coordinated integrated comprehensive effective efficient
""".split()

SYLLABLES = """ba be bi bo bu da de di do du fa fe fi fo fu ga ge gi go ka ke ki ko ku la le li
lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu
va ve vi vo vu za ze zi zo zu bra tre pli sto kra fla gre dro shi cha mon tan ler vis dor ent
ast orn ulm ing""".split()

LANGS = ["python", "java", "yaml", "bash", "json"]


class Corpus:
    def __init__(self, pages, seed):
        self.pages = pages
        self.seed = seed
        rng = random.Random(seed)
        tail = []
        seen = set(COMMON)
        while len(tail) < 6000:
            w = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
            if w not in seen:
                seen.add(w)
                tail.append(w)
        common = list(dict.fromkeys(COMMON))  # roughly by real frequency: function words first
        self.vocab = common + tail
        # Zipf-like weights (s = 1.0) over the whole vocabulary.
        acc = 0.0
        self.cum = []
        for rank in range(len(self.vocab)):
            acc += 1.0 / (rank + 1) ** 1.0
            self.cum.append(acc)
        content_words = [w for w in self.vocab if len(w) > 3]
        self.heading_words = content_words[:2500]
        self.tags = sorted({"-".join(rng.sample(content_words[:800], rng.choice([1, 1, 2]))) for _ in range(TAG_POOL * 2)})[:TAG_POOL]
        rng.shuffle(self.tags)
        self.tag_weights = [1.0 / (r + 1) ** 0.6 for r in range(len(self.tags))]
        self.tag_rank = {t: r for r, t in enumerate(self.tags)}
        self.topics = [("t%02d" % (i + 1), " ".join(rng.sample(content_words[:300], 2)).capitalize()) for i in range(TOPICS)]
        self.sections = (pages + PAGES_PER_SECTION - 1) // PAGES_PER_SECTION
        self.parts = (self.sections + SECTIONS_PER_PART - 1) // SECTIONS_PER_PART
        # First pass: the metadata every page's links need (path, title, heading ids).
        self.meta = [self._meta(i) for i in range(pages)]

    # -- naming ---------------------------------------------------------------------------------
    @staticmethod
    def section_of(i):
        return i // PAGES_PER_SECTION

    @staticmethod
    def part_of_section(s):
        return s // SECTIONS_PER_PART

    def section_dir(self, s):
        return "part-%02d/s%04d" % (self.part_of_section(s) + 1, s + 1)

    def page_path(self, i):
        return "%s/p%06d.md" % (self.section_dir(self.section_of(i)), i + 1)

    def rng_for(self, i, salt):
        return random.Random(self.seed * 1_000_003 + i * 7 + salt)

    # -- text -----------------------------------------------------------------------------------
    def words(self, rng, k):
        return rng.choices(self.vocab, cum_weights=self.cum, k=k)

    def sentence(self, rng, lo=9, hi=20, decorate=True):
        ws = self.words(rng, rng.randint(lo, hi))
        if decorate:
            r = rng.random()
            j = rng.randrange(len(ws))
            if r < 0.15:
                ws[j] = "*%s*" % ws[j]
            elif r < 0.25 and j + 1 < len(ws):
                ws[j] = "**%s %s**" % (ws[j], ws[j + 1])
                del ws[j + 1]
            elif r < 0.33:
                ws[j] = "`%s_%s()`" % (ws[j], rng.choice(self.vocab[:200]))
        s = " ".join(ws)
        return s[0].upper() + s[1:] + "."

    def paragraph(self, rng, lo=3, hi=5):
        return " ".join(self.sentence(rng) for _ in range(rng.randint(lo, hi)))

    def heading_text(self, rng, used):
        while True:
            text = " ".join(rng.sample(self.heading_words, rng.randint(2, 4)))
            anchor = text.replace(" ", "-")
            if anchor not in used:
                used.add(anchor)
                return text[0].upper() + text[1:], anchor

    # -- pages ----------------------------------------------------------------------------------
    def _meta(self, i):
        rng = self.rng_for(i, 1)
        title = " ".join(rng.sample(self.heading_words, rng.randint(3, 5)))
        title = title[0].upper() + title[1:]
        used = set()
        outline = []  # (level, text, anchor)
        for _ in range(rng.randint(3, 4)):
            outline.append((2,) + self.heading_text(rng, used))
            if rng.random() < 0.7:
                outline.append((3,) + self.heading_text(rng, used))
        return {"path": self.page_path(i), "title": title, "outline": outline}

    def link_targets(self, i, rng):
        n = rng.randint(3, 5)
        out = []
        s = self.section_of(i)
        for _ in range(n):
            if rng.random() < 0.5:
                lo = s * PAGES_PER_SECTION
                hi = min(self.pages, lo + PAGES_PER_SECTION)
            else:
                lo, hi = 0, self.pages
            j = rng.randrange(lo, hi)
            if j == i:
                j = (i + 1) % self.pages
            anchor = ""
            if rng.random() < 0.5:
                anchor = rng.choice(self.meta[j]["outline"])[2]
            out.append((j, anchor))
        return out

    def rel(self, i, j):
        a = self.meta[i]["path"].split("/")[:-1]
        b = self.meta[j]["path"].split("/")
        k = 0
        while k < len(a) and k < len(b) - 1 and a[k] == b[k]:
            k += 1
        return "/".join([".."] * (len(a) - k) + b[k:])

    def page(self, i):
        m = self.meta[i]
        rng = self.rng_for(i, 2)
        tags = sorted(set(rng.choices(self.tags, weights=self.tag_weights, k=rng.randint(1, 4))), key=self.tag_rank.get)
        topics = sorted({rng.choice(self.topics)[0] for _ in range(rng.randint(1, 2))})
        weight = i % PAGES_PER_SECTION + 1
        fm = "---\ntitle: \"%s\"\nweight: %d\ntags: [%s]\ntopics: [%s]\n---\n" % (m["title"], weight, ", ".join(tags), ", ".join(topics))
        links = ["[%s](%s%s)" % (" ".join(self.words(rng, rng.randint(2, 4))), self.rel(i, j), "#" + a if a else "") for j, a in self.link_targets(i, rng)]
        blocks = [self.paragraph(rng, 3, 5)]
        kinds = ["list", "table", "code", "para"]
        for n, (level, text, _anchor) in enumerate(m["outline"]):
            blocks.append("#" * level + " " + text)
            blocks.append(self.paragraph(rng, 3, 5))
            kind = kinds[n % len(kinds)]
            if kind == "list":
                blocks.append("\n".join("- " + self.sentence(rng, 5, 10) for _ in range(rng.randint(3, 6))))
            elif kind == "table":
                cols = [w.capitalize() for w in rng.sample(self.heading_words, 4)]
                rows = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
                for _ in range(rng.randint(3, 5)):
                    rows.append("| " + " | ".join([" ".join(self.words(rng, 2)), str(rng.randint(1, 9999)), " ".join(self.words(rng, 3)), "%.1f%%" % (rng.random() * 100)]) + " |")
                blocks.append("\n".join(rows))
            elif kind == "code":
                lang = rng.choice(LANGS)
                lines = ["%s_%s = %s(%d)" % (rng.choice(self.vocab[:300]), rng.choice(self.vocab[:300]), rng.choice(self.vocab[:300]), rng.randint(0, 99)) for _ in range(rng.randint(3, 6))]
                blocks.append("```%s\n%s\n```" % (lang, "\n".join(lines)))
        # Spread the links over the paragraphs (never inside headings, tables or code).
        paras = [k for k, b in enumerate(blocks) if b and b[0].isalpha()] or [0]
        for n, link in enumerate(links):
            k = paras[n % len(paras)]
            blocks[k] += " See " + link + " for " + " ".join(self.words(rng, rng.randint(2, 5))) + "."
        return fm + "\n" + "\n\n".join(blocks) + "\n"

    def section_index(self, s):
        rng = self.rng_for(s, 3)
        title = "Section %d: %s" % (s + 1, " ".join(rng.sample(self.heading_words, 2)))
        return "---\ntitle: \"%s\"\nweight: %d\n---\n\n%s\n" % (title, s % SECTIONS_PER_PART + 1, self.paragraph(rng, 2, 3))

    def part_index(self, p):
        rng = self.rng_for(p, 4)
        title = "Part %d: %s" % (p + 1, " ".join(rng.sample(self.heading_words, 2)))
        return "---\ntitle: \"%s\"\nweight: %d\n---\n\n%s\n" % (title, p + 1, self.paragraph(rng, 2, 3))

    def home(self):
        rng = self.rng_for(0, 5)
        return "---\ntitle: \"Bench\"\n---\n\n%s\n" % self.paragraph(rng, 2, 3)

    def known_items(self, count=500):
        """Known-item queries for the search benchmark: a page's title or one sentence from it."""
        rng = random.Random(self.seed + 99)
        titles = {}
        for m in self.meta:
            titles[m["title"].lower()] = titles.get(m["title"].lower(), 0) + 1
        picks = sorted(rng.sample(range(self.pages), min(count, self.pages)))
        rows = []
        for n, i in enumerate(picks):
            m = self.meta[i]
            if n % 2 == 0 and titles[m["title"].lower()] == 1:
                rows.append((m["title"], "title", i))
            else:
                body = self.page(i).split("---\n", 2)[2]
                sentences = [s.strip() for b in body.split("\n\n") if b and b[0].isalpha() for s in b.split(". ")]
                sentences = [s for s in sentences if "](" not in s and "`" not in s and "*" not in s and 6 <= len(s.split()) <= 18]
                if not sentences:
                    continue
                rows.append((rng.choice(sentences).rstrip("."), "sentence", i))
        return rows


YAML_SITE = """title: Bench
taxonomies:
  tags: {title: Tags, singular: Tag}
  topics: {title: Topics, singular: Topic, terms: {data: topics, key: id, label: label}}
"""

HUGO_TOML = """# Generated by generator/bench/gen_corpus.py -- the Hugo side of the Passage benchmark.
baseURL = "https://bench.example.org/"
title = "Bench"
languageCode = "en"
uglyURLs = true
relativeURLs = true
disableKinds = ["RSS", "sitemap"]
enableRobotsTXT = true
timeout = "600s"

[taxonomies]
  tag = "tags"
  topic = "topics"

[markup]
  [markup.tableOfContents]
    startLevel = 2
    endLevel = 3
    ordered = false
  [markup.goldmark.parser]
    autoHeadingID = true
    autoHeadingIDType = "github"
  [markup.goldmark.extensions]
    typographer = false
  [markup.highlight]
    codeFences = false
"""


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--out", required=True)
    ap.add_argument("--hugo-layouts", help="folder copied to the Hugo site's layouts/")
    ap.add_argument("--css", help="folder of CSS copied to the Hugo site's static/assets/css (Passage's theme ships its own)")
    args = ap.parse_args()
    if args.pages < 2:
        sys.exit("--pages must be at least 2")

    out = os.path.abspath(args.out)
    if os.path.exists(out):
        shutil.rmtree(out)
    pc = os.path.join(out, "passage", "content")
    hs = os.path.join(out, "hugo")
    hc = os.path.join(hs, "content")
    c = Corpus(args.pages, args.seed)

    topics_yml = "".join("- id: %s\n  label: %s\n" % t for t in c.topics)
    write(os.path.join(pc, "site.yml"), YAML_SITE)
    write(os.path.join(pc, "data", "topics.yml"), topics_yml)
    write(os.path.join(hs, "hugo.toml"), HUGO_TOML)
    write(os.path.join(hs, "data", "topics.yml"), topics_yml)
    if args.hugo_layouts:
        shutil.copytree(args.hugo_layouts, os.path.join(hs, "layouts"))
    if args.css:
        shutil.copytree(args.css, os.path.join(hs, "static", "assets", "css"))

    md_bytes = 0
    files = 0

    def both(rel_passage, rel_hugo, text):
        nonlocal md_bytes, files
        write(os.path.join(pc, rel_passage), text)
        write(os.path.join(hc, rel_hugo), text)
        md_bytes += len(text.encode("utf-8"))
        files += 1

    both("index.md", "_index.md", c.home())
    for p in range(c.parts):
        both("part-%02d/index.md" % (p + 1), "part-%02d/_index.md" % (p + 1), c.part_index(p))
    for s in range(c.sections):
        d = c.section_dir(s)
        both(d + "/index.md", d + "/_index.md", c.section_index(s))
    page_bytes = 0
    for i in range(args.pages):
        text = c.page(i)
        page_bytes += len(text.encode("utf-8"))
        both(c.meta[i]["path"], c.meta[i]["path"], text)

    with open(os.path.join(out, "known-items.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("query\tkind\tpage\tpassage_url\thugo_url\n")
        for q, kind, i in c.known_items():
            html = c.meta[i]["path"][:-3] + ".html"
            f.write("%s\t%s\t%d\t%s\t%s\n" % (q, kind, i + 1, html, html))

    info = {
        "seed": args.seed,
        "pages": args.pages,
        "sections": c.sections,
        "parts": c.parts,
        "markdown_files": files,
        "markdown_bytes": md_bytes,
        "mean_page_bytes": round(page_bytes / args.pages),
        "tags": len(c.tags),
        "topics": len(c.topics),
    }
    with open(os.path.join(out, "corpus.json"), "w", encoding="utf-8") as f:
        json.dump(info, f, indent=2)
        f.write("\n")
    print(json.dumps(info))


if __name__ == "__main__":
    main()
