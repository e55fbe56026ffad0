# Sourced by run.sh and search_bench.sh: sets PAGEFIND to the command that runs Pagefind
# (installed under WORK/pagefind, on PATH, or through npx), or to () when there is none.
find_pagefind() {
  PAGEFIND=()
  if [[ -x $WORK/pagefind/node_modules/.bin/pagefind ]]; then
    PAGEFIND=("$WORK/pagefind/node_modules/.bin/pagefind")
  elif command -v pagefind >/dev/null; then
    PAGEFIND=(pagefind)
  elif command -v npx >/dev/null && npx --no-install pagefind --version >/dev/null 2>&1; then
    PAGEFIND=(npx --no-install pagefind)
  fi
}
