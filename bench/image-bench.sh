#!/usr/bin/env bash
# Benchmark of the image analyzer against plain decompression.
#   bench/image-bench.sh [TOTAL_MB] [RUNS]      (defaults: 1024 MB, 3 runs; needs python3, gzip, /usr/bin/time)
# Builds a ~1 GB, 8-layer OCI archive with gzip layers (deletes, opaque dirs, overwrites, chmod copies), then
# measures (a) `gzip -dc` of every layer blob to /dev/null, 2 in parallel, (b) the analyzer with -Xmx256m, and
# (c) the whole `dlint image --format json` command (analysis, image rules, gates, JSON report) with -Xmx256m.
# Prints the median wall times, their ratios (target <= 1.3) and the peak RSS (target <= 300 MB).
set -euo pipefail
cd "$(dirname "$0")/.."
MB=${1:-1024}
RUNS=${2:-3}
WORK=${BENCH_DIR:-$(mktemp -d /tmp/dlint-image-bench.XXXXXX)}
mkdir -p "$WORK"
IMAGE=$WORK/bench-image.tar
[ -f target/dlint.jar ] || mvn -B -q package -DskipTests
if [ ! -f "$IMAGE" ]; then
  echo "generating ${MB} MB image in $WORK ..." >&2
  python3 bench/gen_image.py "$IMAGE" "$MB"
fi
BLOBS=$WORK/blobs
if [ ! -d "$BLOBS" ]; then
  mkdir -p "$BLOBS"
  tar -xf "$IMAGE" -C "$BLOBS"
fi
LAYERS=$(python3 -c "
import json,sys
d='$BLOBS'; idx=json.load(open(d+'/index.json')); m=idx['manifests'][0]['digest'].split(':')[1]
man=json.load(open(d+'/blobs/sha256/'+m)); print(' '.join(d+'/blobs/sha256/'+l['digest'].split(':')[1] for l in man['layers']))")
cat "$IMAGE" >/dev/null  # warm the page cache for both contenders
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

gz_times=()
for _ in $(seq "$RUNS"); do
  s=$(date +%s.%N)
  printf '%s\n' $LAYERS | xargs -P 2 -n 1 sh -c 'gzip -dc "$0" >/dev/null'
  e=$(date +%s.%N)
  gz_times+=("$(echo "$e - $s" | bc)")
done
GZ=$(printf '%s\n' "${gz_times[@]}" | median)

dl_times=(); rss=()
for _ in $(seq "$RUNS"); do
  /usr/bin/time -v -o "$WORK/time.txt" java -Xmx256m -XX:+UseSerialGC -cp target/dlint.jar \
      dev.dlint.image.analysis.ImageAnalyzeMain "$IMAGE" >"$WORK/out.txt"
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time.txt" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  dl_times+=("$wall")
  rss+=("$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")")
done
DL=$(printf '%s\n' "${dl_times[@]}" | median)
RSS_KB=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)

cli_times=(); cli_rss=()
for _ in $(seq "$RUNS"); do
  /usr/bin/time -v -o "$WORK/time.txt" java -Xmx256m -XX:+UseSerialGC -jar target/dlint.jar \
      image --no-fail --format json --output "$WORK/cli.json" "$IMAGE" >/dev/null
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time.txt" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  cli_times+=("$wall")
  cli_rss+=("$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")")
done
CLI=$(printf '%s\n' "${cli_times[@]}" | median)
CLI_RSS_KB=$(printf '%s\n' "${cli_rss[@]}" | sort -n | tail -1)

echo "image:            $(du -m "$IMAGE" | cut -f1) MB on disk, $(echo $LAYERS | wc -w) gzip layers"
echo "analyzer output:  $(head -1 "$WORK/out.txt")"
echo "gzip -dc x2 runs: ${gz_times[*]} s (median $GZ s)"
echo "dlint runs:       ${dl_times[*]} s (median $DL s)"
echo "ratio:            $(echo "scale=3; $DL / $GZ" | bc) (target <= 1.3)"
echo "peak RSS:         $((RSS_KB / 1024)) MB (max of runs; target <= 300 MB with -Xmx256m)"
echo "dlint image runs: ${cli_times[*]} s (median $CLI s; analysis + rules + gates + JSON report)"
echo "CLI ratio:        $(echo "scale=3; $CLI / $GZ" | bc) (target <= 1.3)"
echo "CLI peak RSS:     $((CLI_RSS_KB / 1024)) MB (max of runs; target <= 300 MB with -Xmx256m)"
echo "(work dir kept: $WORK)"
