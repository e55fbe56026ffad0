# Shared by the benchmark scripts (sourced). Needs REPO, WORK, BENCH_M2, VERSION and log/die.

# install_plugin: the engine and the plugin, installed into the private repository $BENCH_M2
# (never ~/.m2), unless SKIP_BUILD=1 and a previous run installed them.
install_plugin() {
  if [[ ${SKIP_BUILD:-0} == 1 && -d $BENCH_M2/org/passage/passage-maven-plugin/$VERSION ]]; then
    log "reusing the plugin installed in $BENCH_M2"
    return
  fi
  log "installing the plugin into $BENCH_M2 (log in $WORK/mvn-build.log)"
  (cd "$REPO" && mvn -B -q -N install -Dmaven.repo.local="$BENCH_M2" && mvn -B -q -DskipTests install -Dmaven.repo.local="$BENCH_M2" -pl generator/engine,generator/maven-plugin -am) \
    >"$WORK/mvn-build.log" 2>&1 || { tail -30 "$WORK/mvn-build.log" >&2; die "Maven failed"; }
}
