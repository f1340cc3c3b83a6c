#!/usr/bin/env bash
# Whole-process timings of the dlint CLI through ./dlint, the command users run (hyperfine, median of repeated runs),
# next to the node linters dockerfile-utils and dockerfilelint in the same hyperfine run:
#   1. one 50-line Dockerfile (bench/sample.Dockerfile): ./dlint (JDK 17, class-data sharing), dockerfile-utils lint,
#      dockerfilelint, ./dlint --version (the JVM start-up floor), plain java -jar, and JDK 25 with its AOT cache
#      when /usr/lib/jvm/temurin-25-jdk-amd64 is present;
#   2. every Dockerfile of ../shared/corpus/dockerfiles (1,528 files) in one dlint process (with and without the
#      ShellCheck rule), and with dockerfile-utils (it takes one file) and dockerfilelint (it stops at the first file
#      it crashes on) one file per process on both cores; the per-file cost is the median divided by the files;
#   3. how many classes the single-file run loads (-Xlog:class+load through DLINT_JAVA_OPTS).
# Needs hyperfine (apt-get install -y hyperfine) and, for the node linters, npm: they are installed once into
# ${XDG_CACHE_HOME:-~/.cache}/dlint-bench (NODE_LINTERS=0 leaves them out). RUNS (default 20) and CORPUS_RUNS
# (default 3) set the number of runs. Writes bench/cli-results.json and bench/cli-corpus-results.json.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "cli-bench: install hyperfine (apt-get install -y hyperfine)" >&2; exit 2; }
[ -f target/dlint.jar ] || mvn -B -q -DskipTests package
./dlint --version >/dev/null          # trains the class-data-sharing archive for this jar and JDK
sample=bench/sample.Dockerfile
corpus=../shared/corpus/dockerfiles

node_bin=""
if [ "${NODE_LINTERS:-1}" != 0 ] && command -v npm >/dev/null; then
  node_dir="${XDG_CACHE_HOME:-$HOME/.cache}/dlint-bench"
  if [ ! -x "$node_dir/node_modules/.bin/dockerfile-utils" ] || [ ! -x "$node_dir/node_modules/.bin/dockerfilelint" ]; then
    mkdir -p "$node_dir"
    npm install --silent --prefix "$node_dir" dockerfile-utils dockerfilelint >/dev/null
  fi
  node_bin="$node_dir/node_modules/.bin"
  echo "node linters: dockerfile-utils $("$node_bin/dockerfile-utils" --version 2>/dev/null | tail -1)," \
    "dockerfilelint $("$node_bin/dockerfilelint" --version 2>/dev/null | tail -1), node $(node --version)"
fi

single=(-n "one file (./dlint, JDK 17 AppCDS)" "./dlint --no-fail $sample")
if [ -n "$node_bin" ]; then
  single+=(-n "one file, dockerfile-utils lint" "$node_bin/dockerfile-utils lint $sample")
  single+=(-n "one file, dockerfilelint" "$node_bin/dockerfilelint $sample")
fi
single+=(-n "version only (./dlint)" "./dlint --version")
single+=(-n "one file, plain java -jar" "java -jar target/dlint.jar --no-fail $sample")
jdk25=/usr/lib/jvm/temurin-25-jdk-amd64
if [ -x "$jdk25/bin/java" ]; then
  JAVA_HOME=$jdk25 ./dlint --version >/dev/null
  single+=(-n "one file, JDK 25 AOT (./dlint)" "env JAVA_HOME=$jdk25 ./dlint --no-fail $sample")
fi
echo "load average before the single-file runs: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine -N -i --warmup 3 --runs "${RUNS:-20}" --export-json bench/cli-results.json "${single[@]}"

corpus_runs=()
files=0
if [ -d "$corpus" ]; then
  list=$(mktemp)
  find "$corpus" -type f ! -name MANIFEST.tsv ! -name README.md ! -name .gitattributes | sort > "$list"
  files=$(wc -l < "$list")
  echo "corpus: $files files, $(cat $(cat "$list") | wc -l) lines"
  # xargs -s keeps all files on one command line (one process); xargs -a keeps hyperfine's command free of shell syntax
  one="xargs -s 2000000 -a $list"
  corpus_runs+=(-n "corpus, one process (./dlint)" "$one ./dlint --no-fail -f json -o /dev/null")
  corpus_runs+=(-n "corpus, one process, --ignore ShellCheck (./dlint)"
    "$one ./dlint --no-fail --ignore ShellCheck -f json -o /dev/null")
  if [ -n "$node_bin" ]; then
    # dockerfilelint takes many files but stops at the first it crashes on (some HEALTHCHECK forms), so it gets one
    # file per process too
    corpus_runs+=(-n "corpus, one process per file on 2 cores (dockerfilelint)"
      "xargs -a $list -n 1 -P 2 $node_bin/dockerfilelint -j")
    corpus_runs+=(-n "corpus, one process per file on 2 cores (dockerfile-utils)"
      "xargs -a $list -n 1 -P 2 $node_bin/dockerfile-utils lint")
  fi
  echo "load average before the corpus runs: $(cut -d' ' -f1-3 /proc/loadavg)"
  hyperfine -N -i --warmup 1 --runs "${CORPUS_RUNS:-3}" --export-json bench/cli-corpus-results.json \
    --output=null "${corpus_runs[@]}"
fi

log=$(mktemp)
DLINT_JAVA_OPTS="-Xlog:class+load:file=$log" ./dlint --no-fail "$sample" >/dev/null
echo "classes loaded by one single-file run: $(wc -l < "$log") ($(grep -c 'shared objects file' "$log") from the CDS archive," \
  "$(grep -c '] picocli\.' "$log") of picocli)"
rm -f "$log"

FILES=$files python3 - <<'PY'
import json, os
files = int(os.environ['FILES'])
for name in ('bench/cli-results.json', 'bench/cli-corpus-results.json'):
    if not os.path.exists(name) or (name.endswith('corpus-results.json') and files == 0):
        continue
    for r in json.load(open(name))['results']:
        extra = f"  = {r['median'] * 1000 / files:6.2f} ms per file" if 'corpus' in name else ''
        print(f"{r['command']:<62} median {r['median']*1000:8.1f} ms  (sd {r['stddev']*1000:6.1f},"
              f" user {r['user']*1000:8.1f} ms){extra}")
PY
