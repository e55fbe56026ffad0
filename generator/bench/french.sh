#!/usr/bin/env bash
# The known-item benchmark in French (issue 17): Debian's manpages-fr as Markdown, built with
# Passage (one language, fr: the index is analysed by FrenchAnalyzer and searched by its browser
# port) and with Hugo + Pagefind (pages in <html lang="fr">: Pagefind's French stemmer), then
# search_bench.sh measures both in headless Chromium, as for English (README.md, "French run").
#
#   generator/bench/french.sh
#
# Needs: apt-get install manpages-fr pandoc hugo; node, chromium; npm for Pagefind (installed
# into WORK by search_bench.sh). Environment: WORK (default /tmp/passage-fr-bench), SKIP_BUILD=1
# reuses the engine classes of the previous run, and search_bench.sh's own settings.
set -euo pipefail
BENCH=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$BENCH/../.." && pwd)
WORK=${WORK:-/tmp/passage-fr-bench}
log() { printf '[french] %s\n' "$*" >&2; }
die() { printf '[french] error: %s\n' "$*" >&2; exit 1; }

command -v pandoc >/dev/null || die "pandoc is missing: apt-get install pandoc"
[[ -d /usr/share/man/fr ]] || die "no French man pages: apt-get install manpages-fr"
command -v hugo >/dev/null || die "hugo is missing: apt-get install hugo"
mkdir -p "$WORK"

# 1. The corpus and its known items.
if [[ ! -f $WORK/corpus-fr/known-items.tsv ]]; then
  log "converting /usr/share/man/fr with pandoc into $WORK/corpus-fr"
  rm -rf "$WORK/corpus-fr"
  python3 "$BENCH/manpages_fr.py" "$WORK/corpus-fr"
fi

# 2. Passage: the engine of this repository (classes copied aside, as run.sh does).
if [[ ${SKIP_BUILD:-0} != 1 || ! -f $WORK/engine-cp.txt ]]; then
  log "building the engine (log in $WORK/mvn-build.log)"
  (cd "$REPO" && mvn -B -q -DskipTests package -pl generator/engine -am \
    && mvn -B -q -pl generator/engine dependency:build-classpath -Dmdep.outputFile="$WORK/engine-cp.txt") \
    >"$WORK/mvn-build.log" 2>&1 || { tail -30 "$WORK/mvn-build.log" >&2; die "Maven failed"; }
  rm -rf "$WORK/engine-classes" && cp -r "$REPO/generator/engine/target/classes" "$WORK/engine-classes"
fi
CP=$WORK/engine-classes:$(cat "$WORK/engine-cp.txt")
rm -rf "$WORK/out-engine"
log "building with Passage"
/usr/bin/time -v -o "$WORK/passage-time.txt" java -cp "$CP" org.passage.Main "$WORK/corpus-fr/passage/content" "$WORK/out-engine/site" \
  >"$WORK/passage.log" 2>&1 || { tail -30 "$WORK/passage.log" >&2; die "Passage failed"; }

# 3. Hugo, the bench's minimal layouts, in French.
HSITE=$WORK/hugo-site
rm -rf "$HSITE" "$WORK/out-hugo" && mkdir -p "$HSITE/static/assets"
cp -r "$BENCH/hugo/layouts" "$HSITE/layouts"
rm -rf "$HSITE/layouts/_default/_markup"
sed -i 's/<html lang="en">/<html lang="fr">/' "$HSITE/layouts/_default/baseof.html"
cp -r "$REPO/themes/default/assets/css" "$HSITE/static/assets/css"
cp -r "$WORK/corpus-fr/hugo/content" "$HSITE/content"
cat >"$HSITE/hugo.toml" <<TOML
baseURL = "https://example.org/"
title = "Pages de manuel"
languageCode = "fr"
defaultContentLanguage = "fr"
disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
[markup.goldmark.renderer]
unsafe = true
TOML
log "building with Hugo"
hugo --quiet -s "$HSITE" -d "$WORK/out-hugo/site" >"$WORK/hugo.log" 2>&1 || { tail -30 "$WORK/hugo.log" >&2; die "Hugo failed"; }

# 4. Pagefind over Hugo's output, and both searched in Chromium (the known items' language: fr).
SEARCH_LANG=fr "$BENCH/search_bench.sh" "$WORK" fr
