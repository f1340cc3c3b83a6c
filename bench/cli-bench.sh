#!/usr/bin/env bash
# Whole-process timings of the dlint CLI (hyperfine, median of repeated runs), as the README reports them:
#   1. one 50-line Dockerfile, end to end through ./dlint (JDK 17, class-data sharing, C1, SerialGC);
#   2. every Dockerfile of ../shared/corpus/dockerfiles (1,528 files) in one process;
#   3. the same with plain `java -jar` for comparison, and JDK 25 with its AOT cache when present.
# Needs hyperfine (apt-get install -y hyperfine). Writes bench/cli-results.json.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "cli-bench: install hyperfine (apt-get install -y hyperfine)" >&2; exit 2; }
[ -f target/dlint.jar ] || mvn -B -q -DskipTests package
./dlint --version >/dev/null          # trains the class-data-sharing archive for this jar and JDK
sample=bench/sample.Dockerfile
corpus=../shared/corpus/dockerfiles
args=()
if [ -d "$corpus" ]; then
  list=$(mktemp)
  find "$corpus" -type f ! -name MANIFEST.tsv ! -name README.md ! -name .gitattributes | sort > "$list"
  echo "corpus: $(wc -l < "$list") files, $(cat $(cat "$list") | wc -l) lines"
  # xargs -a keeps hyperfine's command free of shell syntax; --no-fail so exit codes do not abort the benchmark
  args+=(-n "corpus, one process (./dlint)" "xargs -a $list ./dlint --no-fail -f json -o /dev/null")
fi
jdk25=/usr/lib/jvm/temurin-25-jdk-amd64
if [ -x "$jdk25/bin/java" ]; then
  JAVA_HOME=$jdk25 ./dlint --version >/dev/null
  args+=(-n "one file, JDK 25 AOT (./dlint)" "env JAVA_HOME=$jdk25 ./dlint --no-fail $sample")
fi
hyperfine -N -i --warmup 3 --runs "${RUNS:-20}" --export-json bench/cli-results.json \
  -n "one file (./dlint, JDK 17 AppCDS)" "./dlint --no-fail $sample" \
  -n "one file, plain java -jar" "java -jar target/dlint.jar --no-fail $sample" \
  -n "version only (./dlint)" "./dlint --version" \
  "${args[@]}"
python3 - <<'PY'
import json
for r in json.load(open('bench/cli-results.json'))['results']:
    print(f"{r['command']:<60} median {r['median']*1000:7.1f} ms  (sd {r['stddev']*1000:5.1f})")
PY
