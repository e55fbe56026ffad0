#!/usr/bin/env bash
# Passage on a real folder of Markdown, as a user runs it, beside Hugo and Hugo + Pagefind (issue 12).
#
#   generator/bench/corpus.sh ../shared/corpora/tldr-en/pages
#   RUNS=5 TOOLS="plugin plugin-fork hugo pagefind" generator/bench/corpus.sh DIR
#
# Environment:
#   TOOLS      any of: plugin-fork (the goal through Maven as a user runs it, from a folder with no
#              .mvn/: by default the engine builds in a JVM of its own, with JIT settings chosen
#              for the site), plugin (the same with -Dpassage.fork=false: inside Maven's JVM, JVM
#              defaults), hugo (a minimal theme with a section list, no search), pagefind
#              (Pagefind over Hugo's output; needs hugo)        default "plugin-fork plugin hugo pagefind"
#   RUNS       timed runs per tool; the table shows medians            default 3
#   JAVA_OPTS  MAVEN_OPTS for the plugin runs                          default none (JVM defaults)
#   WORK       scratch folder                                          default /tmp/passage-corpus-bench
#   BENCH_M2   private local Maven repository                          default /tmp/bench-m2
#   SKIP_BUILD=1  reuse the plugin installed by the previous run
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$BENCH/../.." && pwd)
CONTENT=$(cd "${1:?usage: corpus.sh CONTENT_DIR}" && pwd)
TOOLS=${TOOLS:-plugin-fork plugin hugo pagefind}
RUNS=${RUNS:-3}
JAVA_OPTS=${JAVA_OPTS:-}
WORK=${WORK:-/tmp/passage-corpus-bench}
BENCH_M2=${BENCH_M2:-/tmp/bench-m2}
SKIP_BUILD=${SKIP_BUILD:-0}
VERSION=0.1.0-SNAPSHOT

log() { printf '[corpus] %s\n' "$*" >&2; }
die() { printf '[corpus] error: %s\n' "$*" >&2; exit 1; }
has() { [[ " $TOOLS " == *" $1 "* ]]; }

[[ -x /usr/bin/time ]] || die "/usr/bin/time is missing: apt-get install time"
mkdir -p "$WORK"
source "$BENCH/pagefind.sh"
if has pagefind; then
  find_pagefind
  if [[ ${#PAGEFIND[@]} == 0 ]]; then
    log "installing Pagefind from npm into $WORK/pagefind"
    (mkdir -p "$WORK/pagefind" && cd "$WORK/pagefind" && npm install --silent pagefind@1 >/dev/null 2>&1) || die "npm install pagefind failed"
    find_pagefind
  fi
fi

# The plugin, installed in a private local repository (never ~/.m2).
source "$BENCH/lib.sh"
install_plugin

# A Hugo site reading the same folder: the bench's minimal layouts (section list, no search).
HSITE=$WORK/hugo-site
rm -rf "$HSITE" && mkdir -p "$HSITE/static/assets"
cp -r "$BENCH/hugo/layouts" "$HSITE/layouts"
rm -rf "$HSITE/layouts/_default/_markup" # link and heading hooks written for the synthetic corpus
cp -r "$REPO/themes/default/assets/css" "$HSITE/static/assets/css"
# Hugo reads "{{<" and "{{%" as shortcodes even in code (tldr writes {{<ArrowLeft>}} for keys) and
# stops; its copy of the corpus has them written as "{ {<", so it builds the same pages.
mkdir -p "$HSITE/content"
cp -r "$CONTENT/." "$HSITE/content/"
grep -rlE '\{\{[<%]' "$HSITE/content" | xargs -r sed -i -E 's/\{\{([<%])/{ {\1/g'
cat >"$HSITE/hugo.toml" <<TOML
baseURL = "https://example.org/"
title = "Documentation"
disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
[markup.goldmark.renderer]
unsafe = true
TOML

MD_FILES=$(find "$CONTENT" -name '*.md' | wc -l)
MD_BYTES=$(find "$CONTENT" -name '*.md' -print0 | xargs -0 cat | wc -c)
RESULTS=$WORK/results.txt
: >"$RESULTS"

# measure NAME OUT -- command: wall (shell clock), CPU and peak RSS (/usr/bin/time -v), output size.
measure() {
  local name=$1 out=$2
  shift 3
  local dir=$WORK/run-$name
  mkdir -p "$dir" "$WORK/trash"
  [[ -e $(dirname "$out") ]] && mv "$(dirname "$out")" "$(mktemp -u -p "$WORK/trash")"
  sync
  local t0 t1 rc=0
  t0=$(date +%s.%N)
  (cd "$dir" && /usr/bin/time -v -o "$dir/time.txt" "$@" >"$dir/stdout.log" 2>"$dir/stderr.log") || rc=$?
  t1=$(date +%s.%N)
  [[ $rc == 0 ]] || { tail -n 20 "$dir/stderr.log" "$dir/stdout.log" >&2; die "$name failed (exit $rc)"; }
  local wall cpu rss html=0 bytes=0
  wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f", b - a}')
  cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u + s}' "$dir/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$dir/time.txt")
  if [[ -d $out ]]; then
    html=$(find "$out" -name '*.html' | wc -l)
    bytes=$(find "$out" -name '*.html' -print0 | xargs -0 cat | wc -c)
  fi
  echo "$name $wall $cpu $rss $html $bytes" >>"$RESULTS"
  log "$(printf '%-12s %6.2f s wall, %6.2f s CPU, %5d MiB peak RSS' "$name" "$wall" "$cpu" "$((rss / 1024))")"
}

for ((run = 1; run <= RUNS; run++)); do
  if has plugin; then
    MAVEN_OPTS="$JAVA_OPTS" measure plugin "$WORK/out-plugin/site" -- \
      mvn -B -o -Dmaven.repo.local="$BENCH_M2" "org.passage:passage-maven-plugin:$VERSION:build" -Dpassage.fork=false \
      -Dpassage.content="$CONTENT" -Dpassage.output="$WORK/out-plugin/site"
  fi
  if has plugin-fork; then
    MAVEN_OPTS="$JAVA_OPTS" measure plugin-fork "$WORK/out-plugin-fork/site" -- \
      mvn -B -o -Dmaven.repo.local="$BENCH_M2" "org.passage:passage-maven-plugin:$VERSION:build" \
      -Dpassage.content="$CONTENT" -Dpassage.output="$WORK/out-plugin-fork/site"
  fi
  if has hugo; then
    measure hugo "$WORK/out-hugo/site" -- hugo --quiet -s "$HSITE" -d "$WORK/out-hugo/site"
    if has pagefind; then
      # Pagefind indexes the Hugo output just built (not moved away first).
      dir=$WORK/run-pagefind && mkdir -p "$dir"
      t0=$(date +%s.%N)
      /usr/bin/time -v -o "$dir/time.txt" "${PAGEFIND[@]}" --site "$WORK/out-hugo/site" >"$dir/stdout.log" 2>&1
      t1=$(date +%s.%N)
      echo "pagefind $(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f", b - a}') $(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.2f", u + s}' "$dir/time.txt") $(awk -F': ' '/Maximum resident set size/ {print $2}' "$dir/time.txt") 0 0" >>"$RESULTS"
      log "$(printf '%-12s %6.2f s wall' pagefind "$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f", b - a}')")"
    fi
  fi
done
rm -rf "$WORK/trash"

python3 - "$RESULTS" "$CONTENT" "$MD_FILES" "$MD_BYTES" "$RUNS" "$JAVA_OPTS" <<'PY'
import statistics, subprocess, sys, os
path, content, md_files, md_bytes, runs, java_opts = sys.argv[1:]
rows = {}
for line in open(path):
    name, wall, cpu, rss, html, size = line.split()
    rows.setdefault(name, []).append(dict(wall=float(wall), cpu=float(cpu), rss=int(rss), html=int(html), size=int(size)))
med = lambda name, key: statistics.median(r[key] for r in rows[name])
sh = lambda c: subprocess.run(c, shell=True, capture_output=True, text=True).stdout.strip()
print()
print("corpus: %s (%s Markdown files, %.1f MB); %s runs each, medians; MAVEN_OPTS=%r" % (content, md_files, int(md_bytes) / 1e6, runs, java_opts))
print("machine: %s CPUs, %s; %s; %s" % (os.cpu_count(), sh("java -version 2>&1 | head -1"), sh("mvn -v 2>/dev/null | head -1"), sh("hugo version 2>/dev/null | cut -d' ' -f1-2")))
print()
print("| build | wall s | CPU s | peak RSS MiB | HTML files | HTML MB |")
print("|---|---|---|---|---|---|")
labels = {"plugin": "Passage plugin goal, in Maven's JVM (-Dpassage.fork=false)", "plugin-fork": "Passage plugin goal (forked JVM, the default)", "hugo": "Hugo (no search)", "pagefind": "Pagefind over Hugo's output"}
for name in ("plugin-fork", "plugin", "hugo", "pagefind"):
    if name in rows:
        print("| %s | %.2f | %.2f | %d | %s | %s |" % (labels[name], med(name, "wall"), med(name, "cpu"), max(r["rss"] for r in rows[name]) // 1024,
              rows[name][0]["html"] or "", "%.1f" % (rows[name][0]["size"] / 1e6) if rows[name][0]["size"] else ""))
print()
if "hugo" in rows:
    h = med("hugo", "wall")
    hp = h + med("pagefind", "wall") if "pagefind" in rows else None
    for name in ("plugin-fork", "plugin"):
        if name in rows:
            p = med(name, "wall")
            line = "%s: %.2f× Hugo (target ≤ 2.5×)" % (labels[name], p / h)
            if hp:
                line += ", %.2f× Hugo + Pagefind (target ≤ 1)" % (p / hp)
            line += ", peak RSS %d MiB (target ≤ 1024)" % (max(r["rss"] for r in rows[name]) // 1024)
            print(line)
    first = "plugin-fork" if "plugin-fork" in rows else "plugin"
    if first in rows:
        print("HTML without the search index: %.1f× the Markdown's bytes (target < 25×)" % (rows[first][0]["size"] / int(md_bytes)))
PY
