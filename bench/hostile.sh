#!/usr/bin/env bash
# Runs dlint on every hostile input of issue 21 and prints a table: exit code, wall time, peak RSS, whether a stack
# trace appeared, and the first line dlint wrote to stderr.
#
# usage: bench/hostile.sh [full|small] [OUTDIR] [CASE...]
#   full (default) is the size the issue measured; small runs in seconds. OUTDIR defaults to /tmp/dlint-hostile-SCALE
#   (kept between runs: the 8 GB gzip bomb takes a minute to compress). CASE names limit the run to those cases.
# Each run: `timeout 60 /usr/bin/time -v ./dlint ARGS` from OUTDIR. Done when every row has exit 0-3, no stack trace,
# at most 15 s and at most 1 GiB peak RSS (marked "ok"). The load average is printed before and after: the machine
# is shared, so times are only comparable at similar load.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=${here%/bench}
scale=${1:-full}
outdir=${2:-/tmp/dlint-hostile-$scale}
shift $(( $# > 2 ? 2 : $# )) || true
only=("$@")

# Generating the full set takes minutes (the 8 GB gzip bomb, the 1 GiB PAX header): done again only when the
# generator changed since the last run into OUTDIR.
if [ ! -f "$outdir/cases.tsv" ] || [ "$here/hostile_gen.py" -nt "$outdir/cases.tsv" ]; then
  python3 "$here/hostile_gen.py" "$outdir" "$scale" >&2
fi
"$repo/dlint" --version >/dev/null   # builds the jar and trains the CDS archive outside the measurements
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)  ($(nproc) cores, $(date -u +%FT%TZ))"
printf '%-24s %4s %8s %9s %5s %s\n' case exit seconds peak_MiB ok stderr
fail=0
while IFS=$'\t' read -r -a row; do
  name=${row[0]}
  args=("${row[@]:1}")
  if [ ${#only[@]} -gt 0 ] && [[ ! " ${only[*]} " =~ " $name " ]]; then continue; fi
  log="$outdir/$name"
  set +e
  ( cd "$outdir" && timeout 60 /usr/bin/time -v -o "$log.time" "$repo/dlint" "${args[@]}" >"$log.out" 2>"$log.err" )
  rc=$?
  set -e
  if [ "$rc" = 124 ]; then rc=timeout; fi
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; printf "%.2f", s}' "$log.time" 2>/dev/null || true)
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$log.time" 2>/dev/null || true)
  [ -n "$secs" ] || secs=">60"
  [ -n "$rss" ] || rss="?"
  trace=no
  if grep -qaE 'Exception in thread|^\s+at [A-Za-z_$][A-Za-z0-9_$.]*\([A-Za-z0-9_]*\.java:[0-9]+\)|^(java|javax|dev|org|com)\.[A-Za-z0-9_.$]+(Exception|Error)\b' "$log.err" "$log.out" 2>/dev/null; then trace=yes; fi
  verdict=ok
  case $rc in 0|1|2|3) ;; *) verdict=FAIL ;; esac
  [ "$trace" = no ] || verdict=FAIL
  [ "$secs" != ">60" ] && awk -v s="$secs" 'BEGIN{exit !(s <= 15)}' || verdict=FAIL
  [ "$rss" != "?" ] && [ "$rss" -le 1024 ] || verdict=FAIL
  [ "$verdict" = ok ] || fail=1
  first=$(head -c 300 "$log.err" | head -n 1 | tr -d '\0' | cut -c1-110)
  printf '%-24s %4s %8s %9s %5s %s\n' "$name" "$rc" "$secs" "$rss" "$verdict" "$first"
done < "$outdir/cases.tsv"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $fail
