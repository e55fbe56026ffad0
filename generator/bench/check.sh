#!/usr/bin/env bash
# The check goal beside the build goal (issue 13): both through Maven, as a pull-request workflow
# or an author runs them (from a folder with no .mvn/, JVM defaults, the plugin resolved from a
# private repository), on a copy of the guide. RUNS runs each, alternating; the table shows the
# median wall and CPU time and the load average when the runs started.
#
#   generator/bench/check.sh
#   RUNS=5 SKIP_BUILD=1 generator/bench/check.sh
#
# Environment:
#   RUNS       timed runs of each goal                      default 3
#   WORK       scratch folder                               default /tmp/passage-check-bench
#   BENCH_M2   private local Maven repository               default /tmp/bench-m2
#   SKIP_BUILD=1  reuse the plugin installed by a previous run
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$BENCH/../.." && pwd)
RUNS=${RUNS:-3}
WORK=${WORK:-/tmp/passage-check-bench}
BENCH_M2=${BENCH_M2:-/tmp/bench-m2}
VERSION=0.1.0-SNAPSHOT
GOAL=org.passage:passage-maven-plugin:$VERSION

log() { printf '[check] %s\n' "$*" >&2; }
die() { printf '[check] error: %s\n' "$*" >&2; exit 1; }

[[ -x /usr/bin/time ]] || die "/usr/bin/time is missing: apt-get install time"
mkdir -p "$WORK"
source "$BENCH/lib.sh"
install_plugin

# A copy of the guide, so neither goal writes into the repository.
rm -rf "$WORK/guide" && mkdir -p "$WORK/guide"
cp -r "$REPO/content" "$REPO/themes" "$WORK/guide/"
PAGES=$(find "$WORK/guide/content" -name '*.md' | wc -l)

RESULTS=$WORK/results.tsv
: >"$RESULTS"
# run NAME -- command: one timed run in the guide's copy; appends "NAME wall cpu load" to RESULTS.
run() {
  local name=$1
  shift 2
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)
  (cd "$WORK/guide" && /usr/bin/time -f '%e %U %S' -o "$WORK/time" "$@" >"$WORK/$name.log" 2>&1) \
    || { tail -30 "$WORK/$name.log" >&2; die "$name failed"; }
  read -r wall user sys <"$WORK/time"
  printf '%s\t%s\t%s\t%s\n' "$name" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$load" >>"$RESULTS"
  log "$name: ${wall} s (load $load)"
}

for i in $(seq 1 "$RUNS"); do
  rm -rf "$WORK/guide/target"
  run check -- mvn -B -o -Dmaven.repo.local="$BENCH_M2" "$GOAL:check" -Dpassage.content=content -Dpassage.themes=themes
  [[ ! -e $WORK/guide/target/site ]] || die "the check wrote target/site"
  run build -- mvn -B -o -Dmaven.repo.local="$BENCH_M2" "$GOAL:build" -Dpassage.content=content -Dpassage.themes=themes
  [[ -f $WORK/guide/target/site/en/index.html ]] || die "the build wrote no site"
done
grep -h "Passage checked" "$WORK/check.log" | sed 's/^\[INFO\] /[check] /' >&2

python3 - "$RESULTS" "$RUNS" "$PAGES" <<'PY'
import os, statistics, subprocess, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
sh = lambda c: subprocess.run(c, shell=True, capture_output=True, text=True).stdout.strip()
print()
print("check vs build on the guide (%s Markdown files), through Maven, median of %s runs" % (sys.argv[3], sys.argv[2]))
print("machine: %s CPUs; %s; %s" % (os.cpu_count(), sh("java -version 2>&1 | head -1"), sh("mvn -B -v 2>/dev/null | head -1")))
print()
print("| goal | wall s | CPU s | load at start |")
print("|---|---|---|---|")
medians = {}
for goal in ("check", "build"):
    mine = [r for r in rows if r[0] == goal]
    wall = statistics.median(float(r[1]) for r in mine)
    cpu = statistics.median(float(r[2]) for r in mine)
    medians[goal] = wall
    print("| %s | %.2f | %.2f | %s |" % (goal, wall, cpu, " ".join(r[3] for r in mine)))
print()
print("check takes %.0f %% of the build's wall time" % (100 * medians["check"] / medians["build"]))
PY
