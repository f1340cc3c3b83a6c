#!/usr/bin/env bash
# Runs Microsoft's SARIF Multitool (`validate --rule-kind "Sarif;Gh"`: the SARIF rules plus GitHub's ingestion
# rules) over SARIF that dlint wrote: real command-line output for the fixtures in testdata/reports/fixtures and for
# `dlint image --dockerfile` on the buildah-built image of testdata/images/attribution (its results must be in the
# Containerfile, with related locations), and
# every document the test suite produced in target/sarif-samples (fixes, related locations, suppressions,
# notifications, truncation). Fails on any error-level result. The Multitool always exits 0, so its -o output is read.
# Needs node/npm (the Multitool is installed once into $DLINT_CI_CACHE) and target/dlint.jar (mvn -B verify).
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
version=5.7.0
cache="${DLINT_CI_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/dlint-ci}/sarif-multitool-$version"
multitool="$cache/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -f "$multitool" ]; then
  echo "sarif-multitool: installing @microsoft/sarif-multitool@$version into $cache"
  mkdir -p "$cache"
  npm install --prefix "$cache" --no-audit --no-fund --loglevel=error "@microsoft/sarif-multitool@$version" >/dev/null
fi
chmod u+x "$multitool"   # npm may skip the package's postinstall chmod

samples="$repo/target/sarif-samples"
mkdir -p "$samples"
jar="$repo/target/dlint.jar"
fixtures=testdata/reports/fixtures
# Real CLI output. Exit 1 (findings) and 3 (the missing input) are expected; anything else is a failure.
run_dlint() {
  local rc=0
  java -jar "$jar" lint --no-color "$@" || rc=$?
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ] && [ "$rc" -ne 3 ]; then
    echo "sarif-multitool: dlint $* exited $rc" >&2
    exit 1
  fi
}
run_dlint --format sarif --output "$samples/cli-fixtures.sarif" "$fixtures"
run_dlint --format sarif --output "$samples/cli-all-rules.sarif" --sarif-all-rules --include-suppressed \
  --sarif-category dlint/fixtures --sarif-timestamps "$fixtures/Dockerfile" "$fixtures/missing.Dockerfile"
run_dlint --format sarif --output "$samples/cli-clean.sarif" "$fixtures/Containerfile"
run_dlint --format sarif --output "$samples/cli-stdin.sarif" --stdin-filename "$fixtures/from-stdin.Dockerfile" - \
  < "$fixtures/Dockerfile"

# dlint image --dockerfile: image findings at the Containerfile's lines, the hiding line as a related location
image_rc=0
java -jar "$jar" image --no-color --format sarif --output "$samples/cli-image-dockerfile.sarif" \
  --dockerfile testdata/images/attribution/Containerfile --target app testdata/images/attribution/attribution-oci.tar \
  || image_rc=$?
if [ "$image_rc" -ne 1 ]; then
  echo "sarif-multitool: dlint image --dockerfile exited $image_rc (expected 1: findings)" >&2
  exit 1
fi
node -e '
  const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const results = log.runs[0].results || [];
  const inFile = results.filter(r => r.locations[0].physicalLocation.artifactLocation.uri.endsWith("Containerfile"));
  const related = inFile.filter(r => (r.relatedLocations || []).length > 0);
  if (inFile.length === 0 || related.length === 0) {
    console.error("sarif-multitool: dlint image --dockerfile put no result (with related locations) in the Containerfile");
    process.exit(1);
  }
  console.log("sarif-multitool: cli-image-dockerfile.sarif: " + inFile.length + " result(s) in the Containerfile, "
    + related.length + " with related locations");
' "$samples/cli-image-dockerfile.sarif"

errors=0
count=0
for sarif in "$samples"/*.sarif; do
  out="$samples/multitool/$(basename "$sarif" .sarif).multitool.sarif"
  mkdir -p "$(dirname "$out")"
  "$multitool" validate "$sarif" --rule-kind "Sarif;Gh" -o "$out" --log ForceOverwrite >/dev/null
  summary=$(node -e '
    const log = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const results = (log.runs || []).flatMap(run => run.results || []);
    const lines = results.map(r => `${r.level || "warning"} ${r.ruleId} ${(r.message && (r.message.text || r.message.id)) || ""} ${JSON.stringify((r.message && r.message.arguments) || [])}`);
    const errors = results.filter(r => (r.level || "warning") === "error").length;
    console.log(errors + " " + results.length);
    lines.forEach(l => console.log("  " + l));
  ' "$out")
  file_errors=$(head -1 <<<"$summary" | cut -d" " -f1)
  file_results=$(head -1 <<<"$summary" | cut -d" " -f2)
  count=$((count + 1))
  errors=$((errors + file_errors))
  echo "sarif-multitool: $(basename "$sarif"): $file_errors error(s), $file_results result(s) at warning or error level"
  tail -n +2 <<<"$summary"
done
if [ "$count" -eq 0 ]; then
  echo "sarif-multitool: no SARIF samples found in $samples" >&2
  exit 1
fi
if [ "$errors" -ne 0 ]; then
  echo "sarif-multitool: $errors error-level result(s) in $count file(s)" >&2
  exit 1
fi
echo "sarif-multitool: $count file(s) validated with rule kinds Sarif;Gh, no errors"
