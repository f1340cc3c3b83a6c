#!/usr/bin/env bash
# Times a walk of a large build context (default 100,000 small files, created in a temporary directory by the
# test itself) plus a `COPY .` selection over it, with the .dockerignore of BuildContextScaleTest.
# Usage: bench/context-bench.sh [FILES]      (mvn verify runs the same test with 20,000 files)
set -euo pipefail
cd "$(dirname "$0")/.."
files="${1:-100000}"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ! mvn -o -q test -Dtest=BuildContextScaleTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Ddlint.context.files="$files" >"$log" 2>&1; then
  cat "$log" >&2
  exit 1
fi
line=$(grep -h 'context-scale:' "$log" target/surefire-reports/*BuildContextScaleTest*-output.txt 2>/dev/null | head -1 || true)
if [ -z "$line" ]; then
  echo "context-bench: no timing line found; test output follows" >&2
  cat "$log" >&2
  exit 1
fi
echo "$line"
