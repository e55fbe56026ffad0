#!/usr/bin/env bash
# Search figures for issue 3: Passage's browser search vs Pagefind over the Hugo output.
# Called by run.sh after its builds; runs alone as well (see README.md, "Search figures").
#
#   generator/bench/search_bench.sh WORK PAGES
#
# Inputs: WORK/out-engine/site (Passage), WORK/out-hugo/site (Hugo), WORK/corpus-PAGES/known-items.tsv,
# and, for the build-time target, run.sh's WORK/results-PAGES.txt.
# Prints: Pagefind's build time / peak RSS / index bytes, total index bytes of both, bytes a cold
# two-word query loads, warm query latency p50/p95 in headless Chromium, MRR@10 and success@1 on
# the known items, and the issue's targets side by side. Raw figures: WORK/search-bench/.
#
# Environment:
#   COLD_QUERIES    cold two-word queries per tool                       default 20
#   WARM_QUERIES    timed warm queries per tool                          default 200
#   PAGEFIND_RERUN=1  index with Pagefind even when run.sh just did (WORK/pagefind-time.txt)
#   PAGEFIND_INSTALL=0  never run npm; use pagefind only when already installed
#   CHROMIUM        browser binary                                      default /usr/bin/chromium
#   SEARCH_TIMEOUT  seconds for the whole browser part                   default 1800
#   TIMEOUT         seconds for Pagefind's indexing                      default 3600
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
[[ $# -ge 2 ]] || { echo "usage: $0 WORK PAGES" >&2; exit 2; }
WORK=$(cd "$1" && pwd)
PAGES=$2
TIMEOUT=${TIMEOUT:-3600}
SEARCH_TIMEOUT=${SEARCH_TIMEOUT:-1800}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
OUT=$WORK/search-bench
HSITE=$WORK/out-hugo/site
KNOWN=$WORK/corpus-$PAGES/known-items.tsv

log() { printf '[search-bench] %s\n' "$*" >&2; }
mkdir -p "$OUT"

# Everything this script starts is recorded here and ended on exit, by process id.
CHILD=
cleanup() {
  local rc=$?
  if [[ -n $CHILD ]] && kill -0 "$CHILD" 2>/dev/null; then kill "$CHILD" 2>/dev/null || true; fi
  # Chromium runs in its own process group (started by bench.mjs); end it if node could not.
  if [[ -f $OUT/chromium.pid ]]; then
    local pg
    pg=$(cat "$OUT/chromium.pid")
    if [[ -n $pg ]] && kill -0 "$pg" 2>/dev/null; then kill -- "-$pg" 2>/dev/null || true; fi
    rm -f "$OUT/chromium.pid"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

# Runs "$@" in the background so the trap can end it, and waits for it.
run_child() {
  "$@" &
  CHILD=$!
  local rc=0
  wait "$CHILD" || rc=$?
  CHILD=
  return "$rc"
}

[[ -f $KNOWN ]] || { log "no known items at $KNOWN"; exit 1; }
command -v node >/dev/null || { log "node is needed for the browser figures"; exit 1; }

echo
echo "Search benchmark (issue 3): $PAGES pages; machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), load $(cut -d' ' -f1-3 /proc/loadavg); node $(node --version)"

# ---------------------------------------------------------------------------------------------
# 1. Pagefind over the Hugo output
PF_JSON=$OUT/pagefind-build-$PAGES.json
pf_status() { # status reason
  printf '{"status": "%s", "reason": "%s"}\n' "$1" "$2" >"$PF_JSON"
  echo "  Pagefind: skipped — $2"
}
# shellcheck source=pagefind.sh
source "$BENCH/pagefind.sh"
PAGEFIND=()
if [[ ! -d $HSITE ]]; then
  pf_status skipped "no Hugo output in $HSITE"
else
  find_pagefind
  if [[ ${#PAGEFIND[@]} == 0 && ${PAGEFIND_INSTALL:-1} != 0 ]] && command -v npm >/dev/null; then
    log "installing the npm package pagefind into $WORK/pagefind (log: $OUT/npm-install.log)"
    mkdir -p "$WORK/pagefind"
    [[ -f $WORK/pagefind/package.json ]] || echo '{"private": true}' >"$WORK/pagefind/package.json"
    # npm 11 ignores --prefix for a folder without package.json; installing from inside it works.
    (cd "$WORK/pagefind" && timeout 600 npm install --no-audit --no-fund --loglevel=error pagefind) >"$OUT/npm-install.log" 2>&1 \
      || log "npm install pagefind failed; see $OUT/npm-install.log"
    find_pagefind
  fi
  if [[ ${#PAGEFIND[@]} == 0 ]]; then
    if [[ ${PAGEFIND_INSTALL:-1} == 0 ]]; then
      pf_status skipped "the npm package pagefind is not installed (PAGEFIND_INSTALL=0: no npm install)"
    else
      pf_status skipped "the npm package pagefind is not installed and could not be installed into $WORK/pagefind (see $OUT/npm-install.log)"
    fi
  else
    PF_VERSION=$("${PAGEFIND[@]}" --version 2>/dev/null | awk '{print $NF}' || true)
    ptime=$WORK/pagefind-time.txt
    if [[ ${PAGEFIND_RERUN:-0} != 1 && -f $ptime && -f $HSITE/pagefind/pagefind-entry.json && $ptime -nt $HSITE/index.html ]] \
      && grep -q 'Exit status: 0' "$ptime"; then
      # run.sh has just indexed this Hugo output with Pagefind: reuse its measurement.
      log "reusing run.sh's Pagefind run ($ptime)"
      src="run.sh"
    else
      rm -rf "$HSITE/pagefind"
      ptime=$OUT/pagefind-time-$PAGES.txt
      log "indexing $HSITE with ${PAGEFIND[*]} (log: $OUT/pagefind-$PAGES.log)"
      rc=0
      run_child /usr/bin/time -v -o "$ptime" timeout "$TIMEOUT" "${PAGEFIND[@]}" --site "$HSITE" >"$OUT/pagefind-$PAGES.log" 2>&1 || rc=$?
      src="this script"
      if [[ $rc != 0 ]]; then
        tail -15 "$OUT/pagefind-$PAGES.log" >&2 || true
        pf_status failed "pagefind exited with status $rc (log: $OUT/pagefind-$PAGES.log)"
        ptime=
      fi
    fi
    if [[ -n $ptime ]]; then
      # "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:08.59"
      wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, a, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + a[i]; printf "%.2f", s}' "$ptime")
      rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$ptime")
      cpu=$(awk -F': ' '/User time/ {u = $2} /System time/ {s = $2} END {printf "%.2f", u + s}' "$ptime")
      bytes=$(find "$HSITE/pagefind" -type f -printf '%s\n' | awk '{s += $1} END {print s + 0}') # files only, as bench.mjs counts
      files=$(find "$HSITE/pagefind" -type f | wc -l)
      printf '{"status": "ok", "version": "%s", "wall": %s, "cpu": %s, "rssKb": %s, "bytes": %s, "files": %s, "measuredBy": "%s"}\n' \
        "$PF_VERSION" "$wall" "$cpu" "${rss:-0}" "$bytes" "$files" "$src" >"$PF_JSON"
      echo "  Pagefind $PF_VERSION over the Hugo output: $wall s wall, $cpu s CPU, $(( ${rss:-0} / 1024 )) MiB peak RSS, index $bytes bytes ($files files) [measured by $src]"
    fi
  fi
fi

# ---------------------------------------------------------------------------------------------
# 2.–6. Browser figures, relevance and the targets table (search/bench.mjs)
if [[ ! -x $CHROMIUM ]]; then
  echo "  Browser figures: skipped — no Chromium at $CHROMIUM (Debian package chromium)"
  exit 0
fi
log "browser figures with $($CHROMIUM --version 2>/dev/null | head -1) (timeout ${SEARCH_TIMEOUT} s)"
rc=0
export CHROMIUM
run_child timeout "$SEARCH_TIMEOUT" node "$BENCH/search/bench.mjs" "$WORK" "$PAGES" || rc=$?
if [[ $rc == 124 ]]; then log "the browser part timed out after $SEARCH_TIMEOUT s"; fi
exit "$rc"
