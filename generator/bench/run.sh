#!/usr/bin/env bash
# Passage build benchmark (issue 2; search figures hook for issue 3). See README.md here.
#
#   generator/bench/run.sh [PAGES]            # default 10000
#   PAGES=100000 JAVA_OPTS=-Xmx2g TOOLS=engine generator/bench/run.sh
#
# Environment:
#   PAGES      regular pages to generate (the first argument wins)     default 10000
#   SEED       corpus seed                                             default 42
#   TOOLS      which builds to time, any of: engine engine-jvmdefaults engine-nosearch plugin hugo
#              default "engine plugin hugo" (engine-nosearch: the engine with --no-search, to set
#              beside Hugo, which builds no index; engine-jvmdefaults: the engine without JVM_CONFIG)
#   RUNS       timed runs per tool; the table shows the median        default 1
#   JVM_CONFIG the JVM options Passage recommends, default the repository's .mvn/jvm.config (which
#              Maven reads for builds in this repository); given to the engine, engine-nosearch
#              and plugin runs
#   JAVA_OPTS  further JVM options for every Passage run (MAVEN_OPTS for the plugin run)
#   WORK       scratch folder (corpus, outputs, logs)                 default /tmp/passage-bench
#   BENCH_M2   private local Maven repository for the plugin goal     default /tmp/bench-m2
#   ENGINE_CP  use this classpath for the engine instead of building the repository
#   SKIP_BUILD=1  reuse the engine classes / installed plugin of the previous run
#   TIMEOUT    seconds before a build is killed                       default 3600
#   PROFILE=1  record the engine run with JFR and print the hottest methods
#   SEARCH=0   skip the search figures (issue 3) after the builds
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$BENCH/../.." && pwd)
PAGES=${1:-${PAGES:-10000}}
SEED=${SEED:-42}
TOOLS=${TOOLS:-engine plugin hugo}
RUNS=${RUNS:-1}
JAVA_OPTS=${JAVA_OPTS:-}
JVM_CONFIG=${JVM_CONFIG-$(tr -s '\r\n' '  ' <"$REPO/.mvn/jvm.config" 2>/dev/null || true)}
WORK=${WORK:-/tmp/passage-bench}
BENCH_M2=${BENCH_M2:-/tmp/bench-m2}
TIMEOUT=${TIMEOUT:-3600}
PROFILE=${PROFILE:-0}
SEARCH=${SEARCH:-1}
SKIP_BUILD=${SKIP_BUILD:-0}
VERSION=0.1.0-SNAPSHOT

log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] error: %s\n' "$*" >&2; exit 1; }
has() { [[ " $TOOLS " == *" $1 "* ]]; }

# ---------------------------------------------------------------------------------------------
# Tools
if [[ ! -x /usr/bin/time ]]; then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    log "installing GNU time (Debian package 'time') for peak RSS"
    apt-get install -y -q time >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q time >/dev/null; }
  fi
  [[ -x /usr/bin/time ]] || die "/usr/bin/time is missing: apt-get install time"
fi
command -v python3 >/dev/null || die "python3 is needed for the corpus generator"
if has hugo && ! command -v hugo >/dev/null; then
  log "hugo is not on PATH (Debian package 'hugo'): skipping the Hugo build"
  TOOLS=${TOOLS//hugo/}
fi
mkdir -p "$WORK"
: >"$WORK/mvn-build.log"

# No run follows a deletion ("Deleted files" in README.md: on ext4 without a journal, files made
# within a minute of deleting many cost ~10x the kernel CPU). Previous outputs are moved into
# $TRASH, emptied on exit; the first run waits for a minute after the last deletion.
TRASH=$WORK/trash
mark_deleted() { date +%s >"$WORK/.deleted-at"; }
discard() {
  mkdir -p "$TRASH"
  local p
  for p in "$@"; do
    if [[ -e $p ]]; then mv "$p" "$(mktemp -u -p "$TRASH")"; fi
  done
}
settle() {
  local wait
  wait=$(($(cat "$WORK/.deleted-at" 2>/dev/null || echo 0) + 61 - $(date +%s)))
  if ((wait > 0)); then
    log "waiting $wait s so that no run creates files within a minute of a deletion"
    sync
    sleep "$wait"
  fi
}
empty_trash() {
  if [[ -d $TRASH ]]; then
    rm -rf "$TRASH"
    mark_deleted
  fi
}
empty_trash # left by an interrupted bench
trap empty_trash EXIT
# Runs a Maven command in the repository root, logging to $WORK/mvn-build.log.
mvnlog() {
  echo "+ $*" >>"$WORK/mvn-build.log"
  (cd "$REPO" && "$@") >>"$WORK/mvn-build.log" 2>&1 || { tail -30 "$WORK/mvn-build.log" >&2; die "Maven failed: $*"; }
}

# ---------------------------------------------------------------------------------------------
# Corpus (regenerated only when the generator, the Hugo layouts, PAGES or SEED change)
CORPUS=$WORK/corpus-$PAGES
stamp=$(cat "$BENCH/gen_corpus.py" <(find "$BENCH/hugo" -type f | sort | xargs cat) | sha1sum | cut -c1-16)-$SEED
if [[ -f $CORPUS/.stamp && $(cat "$CORPUS/.stamp") == "$stamp" ]]; then
  log "reusing corpus $CORPUS"
else
  log "generating $PAGES pages into $CORPUS"
  t0=$(date +%s.%N)
  if [[ -d $CORPUS ]]; then mark_deleted; fi # the generator replaces it
  python3 "$BENCH/gen_corpus.py" --pages "$PAGES" --seed "$SEED" --out "$CORPUS" \
    --hugo-layouts "$BENCH/hugo/layouts" --css "$REPO/themes/default/assets/css" >/dev/null
  echo "$stamp" >"$CORPUS/.stamp"
  log "corpus generated in $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}') s"
fi
MD_FILES=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["markdown_files"])' "$CORPUS/corpus.json")
MD_BYTES=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["markdown_bytes"])' "$CORPUS/corpus.json")

# ---------------------------------------------------------------------------------------------
# Passage: engine classpath and the plugin installed in a private local repository.
# The engine classes are copied out of target/ so a concurrent `mvn clean` cannot disturb a run.
if has engine; then
  if [[ -n ${ENGINE_CP:-} ]]; then
    CP=$ENGINE_CP
  elif [[ $SKIP_BUILD == 1 && -f $WORK/engine-cp.txt ]]; then
    CP=$WORK/engine-classes:$(cat "$WORK/engine-cp.txt")
  else
    log "building the engine (mvn package; log in $WORK/mvn-build.log)"
    mvnlog mvn -B -q -DskipTests package -pl generator/engine,generator/maven-plugin -am
    mvnlog mvn -q -pl generator/engine dependency:build-classpath -Dmdep.outputFile="$WORK/engine-cp.txt"
    rm -rf "$WORK/engine-classes" && cp -r "$REPO/generator/engine/target/classes" "$WORK/engine-classes"
    CP=$WORK/engine-classes:$(cat "$WORK/engine-cp.txt")
  fi
  # slf4j-nop only silences SLF4J's "no binding" notice; it is used when present locally.
  nop=$HOME/.m2/repository/org/slf4j/slf4j-nop/1.7.36/slf4j-nop-1.7.36.jar
  if [[ -f $nop ]]; then CP=$CP:$nop; fi
fi
if has plugin; then
  if [[ $SKIP_BUILD == 1 && -d $BENCH_M2/org/passage/passage-maven-plugin/$VERSION ]]; then
    log "reusing the plugin installed in $BENCH_M2"
  else
    log "installing the plugin into the private repository $BENCH_M2 (log in $WORK/mvn-build.log)"
    mvnlog mvn -B -q -N install -Dmaven.repo.local="$BENCH_M2"
    mvnlog mvn -B -q -DskipTests install -Dmaven.repo.local="$BENCH_M2" -pl generator/engine,generator/maven-plugin -am
  fi
fi

# ---------------------------------------------------------------------------------------------
# Timing: /usr/bin/time -v for peak RSS and CPU; wall time from the shell clock.
# measure NAME OUT RUN -- command...  builds into OUT (= $WORK/out-NAME/site; its parent, with
# Passage's work and staging folders, is moved to the trash first) and appends to $RESULTS one line:
#   name run wall_s cpu_s peak_rss_kib html_files output_bytes status load
RESULTS=$WORK/results-$PAGES.txt
: >"$RESULTS"
measure() {
  local name=$1 out=$2 run=$3
  shift 4
  local dir=$WORK/run-$name
  discard "$(dirname "$out")" "$dir"
  mkdir -p "$dir"
  sync
  local load t0 t1 rc=0 status=ok
  load=$(cut -d' ' -f1 /proc/loadavg)
  t0=$(date +%s.%N)
  (cd "$dir" && /usr/bin/time -v -o "$dir/time.txt" timeout "$TIMEOUT" "$@" >"$dir/stdout.log" 2>"$dir/stderr.log") || rc=$?
  t1=$(date +%s.%N)
  if [[ $rc != 0 ]]; then
    status=exit$rc
    [[ $rc == 124 ]] && status=timeout
    log "$name failed ($status); last lines of $dir/stderr.log:"
    tail -15 "$dir/stderr.log" >&2 || true
  fi
  local rss user sys
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$dir/time.txt")
  user=$(awk -F': ' '/User time/ {print $2}' "$dir/time.txt")
  sys=$(awk -F': ' '/System time/ {print $2}' "$dir/time.txt")
  local wall cpu
  wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f", b - a}')
  cpu=$(awk -v a="${user:-0}" -v b="${sys:-0}" 'BEGIN {printf "%.2f", a + b}')
  local html=0 bytes=0
  if [[ -d $out ]]; then
    html=$(find "$out" -name '*.html' | wc -l)
    bytes=$(du -sb "$out" | cut -f1)
  fi
  echo "$name $run $wall $cpu ${rss:-0} $html $bytes $status $load" >>"$RESULTS"
  log "$(printf '%-8s run %d: %6.1f s wall, %6.1f s CPU, %5d MiB peak RSS, %s (load %s)' "$name" "$run" "$wall" "$cpu" "$(( ${rss:-0} / 1024 ))" "$status" "$load")"
  # the engine's own stage times (Main --timings)
  if grep -q '^stages: ' "$dir/stdout.log" 2>/dev/null; then
    log "         $(grep '^stages: ' "$dir/stdout.log")"
  fi
}

PCONTENT=$CORPUS/passage/content
HSITE=$CORPUS/hugo
settle
for ((run = 1; run <= RUNS; run++)); do
  if has engine; then
    jfr=()
    if [[ $PROFILE == 1 && $run == 1 ]]; then
      jfr=(-XX:FlightRecorderOptions:stackdepth=2048 -XX:StartFlightRecording=filename=$WORK/engine.jfr,settings=profile)
    fi
    # shellcheck disable=SC2086
    measure engine "$WORK/out-engine/site" "$run" -- java $JVM_CONFIG $JAVA_OPTS "${jfr[@]}" -cp "$CP" org.passage.Main --timings "$PCONTENT" "$WORK/out-engine/site"
  fi
  if has engine-jvmdefaults; then
    # shellcheck disable=SC2086
    measure engine-jvmdefaults "$WORK/out-engine-jvmdefaults/site" "$run" -- java $JAVA_OPTS -cp "$CP" org.passage.Main --timings "$PCONTENT" "$WORK/out-engine-jvmdefaults/site"
  fi
  if has engine-nosearch; then
    # shellcheck disable=SC2086
    measure engine-nosearch "$WORK/out-engine-nosearch/site" "$run" -- java $JVM_CONFIG $JAVA_OPTS -cp "$CP" org.passage.Main --no-search --timings "$PCONTENT" "$WORK/out-engine-nosearch/site"
  fi
  if has plugin; then
    MAVEN_OPTS="$JVM_CONFIG $JAVA_OPTS" measure plugin "$WORK/out-plugin/site" "$run" -- \
      mvn -B -o -Dmaven.repo.local="$BENCH_M2" "org.passage:passage-maven-plugin:$VERSION:build" \
      -Dpassage.content="$PCONTENT" -Dpassage.output="$WORK/out-plugin/site"
  fi
  if has hugo; then
    measure hugo "$WORK/out-hugo/site" "$run" -- hugo --quiet -s "$HSITE" -d "$WORK/out-hugo/site"
  fi
done

# ---------------------------------------------------------------------------------------------
# Report
python3 - "$RESULTS" "$PAGES" "$MD_FILES" "$MD_BYTES" "$SEED" "$RUNS" "$JAVA_OPTS" "$JVM_CONFIG" <<'PY'
import statistics, subprocess, sys, os
path, pages, md_files, md_bytes, seed, runs, java_opts, jvm_config = sys.argv[1:]
pages, md_files, md_bytes = int(pages), int(md_files), int(md_bytes)
rows = {}
for line in open(path):
    name, run, wall, cpu, rss, html, size, status, load = line.split()
    rows.setdefault(name, []).append(dict(wall=float(wall), cpu=float(cpu), rss=int(rss), html=int(html), size=int(size), status=status, load=float(load)))

def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip()
    except Exception:
        return "?"

cpu_model = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip()
mem = sh("free -g | awk '/Mem:/ {print $2}'")
java = sh("java -version 2>&1 | head -1")
hugo = sh("hugo version 2>/dev/null | cut -d' ' -f1-2")
print()
print("Passage build benchmark: %d pages (%d Markdown files, %.1f MB), seed %s, %s run(s), JVM_CONFIG=%r, JAVA_OPTS=%r" % (
    pages, md_files, md_bytes / 1e6, seed, runs, jvm_config.strip(), java_opts))
print("machine: %s CPUs (%s), %s GiB RAM; %s; %s" % (os.cpu_count(), cpu_model, mem, java, hugo or "no hugo"))
print()
labels = {"engine": "Passage engine (java Main)", "engine-jvmdefaults": "  same, JVM defaults", "engine-nosearch": "  same, --no-search", "plugin": "Passage plugin goal (mvn)", "hugo": "Hugo"}
hdr = "%-28s %9s %9s %9s %10s %8s %10s %6s  %s" % ("build", "wall s", "pages/s", "CPU s", "peak RSS", "HTML", "output", "load", "status")
print(hdr)
print("-" * len(hdr))
summary = {}
for name in ("engine", "engine-jvmdefaults", "engine-nosearch", "plugin", "hugo"):
    if name not in rows:
        continue
    rs = rows[name]
    ok = [r for r in rs if r["status"] == "ok"]
    use = ok or rs
    wall = statistics.median(r["wall"] for r in use)
    cpu = statistics.median(r["cpu"] for r in use)
    rss = max(r["rss"] for r in use)
    last = use[-1]
    summary[name] = dict(wall=wall, rss=rss, ok=bool(ok))
    status = "ok" if len(ok) == len(rs) else ",".join(r["status"] for r in rs)
    if len(use) > 1:
        status += " (min %.1f s)" % min(r["wall"] for r in use)
    print("%-28s %9.1f %9.0f %9.1f %7d MiB %8d %7.0f MB %6.2f  %s" % (labels[name], wall, md_files / wall, cpu, rss // 1024, last["html"], last["size"] / 1e6, statistics.median(r["load"] for r in use), status))
print()
print("pages/s = Markdown files / wall time; peak RSS = max over runs; load = 1-min load average when the run started (other work on the machine inflates wall time).")
e, p, h = summary.get("engine"), summary.get("plugin"), summary.get("hugo")
if e and p and e["ok"] and p["ok"]:
    print("Maven's share (plugin - engine): %.1f s" % (p["wall"] - e["wall"]))
# Issue 2's targets are stated for 10,000 pages (ratio, RSS) and 100,000 pages (builds with -Xmx2g).
at10k = pages == 10000
if e and h and e["ok"] and h["ok"]:
    ratio = e["wall"] / h["wall"]
    verdict = (" (target <= 1.5x) -> " + ("met" if ratio <= 1.5 else "MISSED")) if at10k else ""
    best = min(r["wall"] for r in rows["engine"]) / min(r["wall"] for r in rows["hugo"])
    print("ratio Passage engine / Hugo: wall %.2fx%s (fastest runs: %.2fx); CPU %.2fx; peak RSS %.2fx" % (
        ratio, verdict, best, statistics.median(r["cpu"] for r in rows["engine"]) / statistics.median(r["cpu"] for r in rows["hugo"]), e["rss"] / h["rss"]))
d = summary.get("engine-jvmdefaults")
if d and h and d["ok"] and h["ok"]:
    print("ratio Passage engine with JVM defaults (no JVM_CONFIG) / Hugo: wall %.2fx (fastest runs: %.2fx); CPU %.2fx; peak RSS %.2fx" % (
        d["wall"] / h["wall"], min(r["wall"] for r in rows["engine-jvmdefaults"]) / min(r["wall"] for r in rows["hugo"]),
        statistics.median(r["cpu"] for r in rows["engine-jvmdefaults"]) / statistics.median(r["cpu"] for r in rows["hugo"]), d["rss"] / h["rss"]))
n = summary.get("engine-nosearch")
if n and h and n["ok"] and h["ok"]:
    print("ratio Passage engine without search / Hugo (which builds no search index): wall %.2fx (fastest runs: %.2fx); CPU %.2fx" % (
        n["wall"] / h["wall"], min(r["wall"] for r in rows["engine-nosearch"]) / min(r["wall"] for r in rows["hugo"]),
        statistics.median(r["cpu"] for r in rows["engine-nosearch"]) / statistics.median(r["cpu"] for r in rows["hugo"])))
if e and e["ok"] and at10k:
    print("engine peak RSS: %d MiB (target <= 1024 MiB) -> %s" % (e["rss"] // 1024, "met" if e["rss"] <= 1024 * 1024 else "MISSED"))
if d and d["ok"] and at10k:
    print("engine peak RSS with JVM defaults: %d MiB (target <= 1024 MiB) -> %s" % (d["rss"] // 1024, "met" if d["rss"] <= 1024 * 1024 else "MISSED"))
if e and pages == 100000:
    print("100,000 pages with JVM_CONFIG=%r, JAVA_OPTS=%r: %s" % (jvm_config.strip(), java_opts, "built" if e["ok"] else "FAILED"))
PY

# ---------------------------------------------------------------------------------------------
# Search figures (issue 3). What exists today is measured; the rest is a hook.
echo
echo "Search (issue 3):"
if [[ -d $WORK/out-engine/site/search ]]; then
  echo "  Passage search files in output: $(du -sb "$WORK/out-engine/site/search" | cut -f1) bytes ($(find "$WORK/out-engine/site/search" -type f | wc -l) files)"
else
  echo "  Passage search files in output: none (no engine output or no search/ folder)"
fi
# shellcheck source=pagefind.sh
source "$BENCH/pagefind.sh"
find_pagefind
if [[ ${#PAGEFIND[@]} -gt 0 && -d $WORK/out-hugo/site ]]; then
  t0=$(date +%s.%N)
  /usr/bin/time -v -o "$WORK/pagefind-time.txt" "${PAGEFIND[@]}" --site "$WORK/out-hugo/site" >"$WORK/pagefind.log" 2>&1 || log "pagefind failed, see $WORK/pagefind.log"
  t1=$(date +%s.%N)
  echo "  Pagefind over the Hugo output: $(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}') s wall, $(awk -F': ' '/Maximum resident/ {print int($2/1024)}' "$WORK/pagefind-time.txt") MiB peak RSS, index $(du -sb "$WORK/out-hugo/site/pagefind" 2>/dev/null | cut -f1) bytes"
else
  echo "  Pagefind: not installed (npm package 'pagefind') or no Hugo output; skipped"
fi
if [[ $SEARCH == 0 ]]; then
  echo "  further search figures skipped (SEARCH=0)"
elif [[ -x $BENCH/search_bench.sh ]]; then
  # Contract: search_bench.sh WORK PAGES; known items are in $CORPUS/known-items.tsv.
  "$BENCH/search_bench.sh" "$WORK" "$PAGES"
else
  echo "  Cold-query bytes, warm latency p50/p95 and MRR@10 over $CORPUS/known-items.tsv: not measured yet (add generator/bench/search_bench.sh)"
fi

# ---------------------------------------------------------------------------------------------
if [[ $PROFILE == 1 && -f $WORK/engine.jfr ]]; then
  echo
  echo "Engine profile ($WORK/engine.jfr): hottest methods"
  jfr print --stack-depth 300 --events jdk.ExecutionSample "$WORK/engine.jfr" | python3 "$BENCH/jfr_top.py"
fi
