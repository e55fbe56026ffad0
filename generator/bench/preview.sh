#!/usr/bin/env bash
# Live preview save-to-reload (issue 13): the serve goal through Maven, as a writer runs it (from a
# folder with no .mvn/, JVM defaults), on the guide and on a 1,000-page synthetic site, beside
# `hugo server` on the same synthetic pages. Each run opens one page in headless Chromium and
# times SAVES saves of its Markdown, from the file write to the reloaded page's load event.
#
#   generator/bench/preview.sh
#   SAVES=20 SITES="guide synthetic hugo" generator/bench/preview.sh
#
# Environment:
#   SITES      any of: guide, synthetic (Passage), hugo (Hugo on the synthetic pages)   default all three
#   SAVES      saves per site; the table shows median, p90 and max          default 20
#   WORK       scratch folder                                               default /tmp/passage-preview-bench
#   BENCH_M2   private local Maven repository                               default /tmp/bench-m2
#   SKIP_BUILD=1  reuse the plugin installed by a previous run
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$BENCH/../.." && pwd)
SITES=${SITES:-guide synthetic hugo}
SAVES=${SAVES:-20}
WORK=${WORK:-/tmp/passage-preview-bench}
BENCH_M2=${BENCH_M2:-/tmp/bench-m2}
VERSION=0.1.0-SNAPSHOT
PORT=8790

log() { printf '[preview] %s\n' "$*" >&2; }
die() { printf '[preview] error: %s\n' "$*" >&2; exit 1; }
has() { [[ " $SITES " == *" $1 "* ]]; }

command -v node >/dev/null || die "node is missing: apt-get install nodejs"
[[ -x /usr/bin/chromium ]] || die "chromium is missing: apt-get install chromium"
mkdir -p "$WORK"
source "$BENCH/lib.sh"
install_plugin

RESULTS=$WORK/results.jsonl
: >"$RESULTS"
SERVER=""
stop_server() {
  if [[ -n $SERVER ]]; then
    kill -- -"$SERVER" 2>/dev/null || kill "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
    SERVER=""
  fi
}
trap stop_server EXIT

# serve NAME DIR URL -- command: starts a server in DIR (its own process group), waits for URL.
serve() {
  local name=$1 dir=$2 url=$3
  shift 4
  log "starting $name"
  (cd "$dir" && exec setsid "$@" >"$WORK/$name-server.log" 2>&1) &
  SERVER=$!
  for _ in $(seq 1 600); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then
      return
    fi
    kill -0 "$SERVER" 2>/dev/null || { tail -20 "$WORK/$name-server.log" >&2; die "$name server stopped"; }
    sleep 0.2
  done
  die "$name server did not answer at $url"
}

# time_saves NAME URL FILE
time_saves() {
  log "timing $SAVES saves of $3"
  node "$BENCH/preview.mjs" "$2" "$3" "$SAVES" "$1" | tee -a "$RESULTS" >&2
}

if has guide; then
  # A copy of the guide, so the saves never touch the repository.
  rm -rf "$WORK/guide" && mkdir -p "$WORK/guide"
  cp -r "$REPO/content" "$REPO/themes" "$WORK/guide/"
  serve guide "$WORK/guide" "http://127.0.0.1:$PORT/en/about.html" -- \
    mvn -B -o -Dmaven.repo.local="$BENCH_M2" "org.passage:passage-maven-plugin:$VERSION:serve" \
    -Dpassage.content=content -Dpassage.themes=themes -Dpassage.port=$PORT
  time_saves "Passage, the guide ($(find "$WORK/guide/content" -name '*.md' | wc -l) Markdown files)" "http://127.0.0.1:$PORT/en/about.html" "$WORK/guide/content/en/about.md"
  stop_server
fi

if has synthetic || has hugo; then
  python3 "$BENCH/gen_corpus.py" --pages 1000 --out "$WORK/synthetic" --hugo-layouts "$BENCH/hugo/layouts" --css "$REPO/themes/default/assets/css" >/dev/null
  PAGE=part-01/s0001/p000001
fi

if has synthetic; then
  serve synthetic "$WORK/synthetic/passage" "http://127.0.0.1:$PORT/$PAGE.html" -- \
    mvn -B -o -Dmaven.repo.local="$BENCH_M2" "org.passage:passage-maven-plugin:$VERSION:serve" \
    -Dpassage.content=content -Dpassage.port=$PORT
  time_saves "Passage, synthetic 1,000 pages" "http://127.0.0.1:$PORT/$PAGE.html" "$WORK/synthetic/passage/content/$PAGE.md"
  stop_server
fi

if has hugo; then
  command -v hugo >/dev/null || die "hugo is missing: apt-get install hugo"
  serve hugo "$WORK/synthetic/hugo" "http://127.0.0.1:$PORT/$PAGE.html" -- \
    hugo server --port $PORT --bind 127.0.0.1 --baseURL "http://127.0.0.1:$PORT/"
  time_saves "hugo server, synthetic 1,000 pages" "http://127.0.0.1:$PORT/$PAGE.html" "$WORK/synthetic/hugo/content/$PAGE.md"
  stop_server
fi

python3 - "$RESULTS" "$SAVES" <<'PY'
import json, os, subprocess, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
sh = lambda c: subprocess.run(c, shell=True, capture_output=True, text=True).stdout.strip()
print()
print("save-to-reload, %s saves each (ms, from the file write to the reloaded page's load event)" % sys.argv[2])
print("machine: %s CPUs; %s; %s; %s" % (os.cpu_count(), sh("java -version 2>&1 | head -1"), sh("mvn -v 2>/dev/null | head -1"), sh("hugo version 2>/dev/null | cut -d' ' -f1-2")))
print()
print("| preview | median | p90 | max |")
print("|---|---|---|---|")
for r in rows:
    print("| %s | %d | %d | %d |" % (r["label"], r["median"], r["p90"], r["max"]))
print()
for r in rows:
    if r["label"].startswith("Passage"):
        print("%s: median %d ms (target ≤ 300)" % (r["label"], r["median"]))
PY
