#!/usr/bin/env bash
# Runs the shell steps of action.yml ("Prepare dlint" in build mode and "Lint") outside GitHub Actions, the way
# the runner would: inputs from their defaults or overrides, passed through env, GITHUB_OUTPUT in a scratch file.
# Checks the outputs (exit-code, sarif-file) for a failing and a passing set of paths, then the path a user of the
# README's snippet takes when no release exists: the action fresh from its repository (a clone, no target/), where
# the launcher builds the jar with Maven on the first lint, and a later job whose jar comes from the cache. Needs
# python3 with PyYAML (installed with pre-commit), Maven with dlint's dependencies reachable, and target/dlint.jar.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

# run_step STEP_ID OUTPUT_FILE INPUT=VALUE... : runs one step's script with its env resolved; the action is at
# $ACTION_ROOT (default: this repository); steps.ID.outputs.NAME=VALUE gives an earlier step's output.
run_step() {
  local step=$1 output=$2
  shift 2
  python3 - "${ACTION_ROOT:-$repo}/action.yml" "$step" "${ACTION_ROOT:-$repo}" "$@" > "$work/step.env" <<'PY'
import re, shlex, sys, yaml
action_file, step_id, action_path, *overrides = sys.argv[1:]
action = yaml.safe_load(open(action_file))
inputs = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()}
steps = {}
for item in overrides:
    name, value = item.split("=", 1)
    if name.startswith("steps."):
        steps[name] = value
    else:
        inputs[name] = value
step = next(s for s in action["runs"]["steps"] if s.get("id") == step_id)
def resolve(value):
    def expr(m):
        e = m.group(1).strip()
        if e.startswith("inputs."):
            return inputs[e[len("inputs."):]]
        if e == "github.action_path":
            return action_path
        if e.startswith("steps."):
            return steps.get(e, "")
        raise SystemExit("unsupported expression in env: " + e)
    return re.sub(r"\$\{\{(.*?)\}\}", expr, str(value))
for name, value in step.get("env", {}).items():
    print("export %s=%s" % (name, shlex.quote(resolve(value))))
print("cat > \"$STEP_SCRIPT\" <<'__STEP__'\n" + step["run"] + "__STEP__")
PY
  (
    cd "$work/workspace"
    export GITHUB_OUTPUT="$output" RUNNER_OS=Linux STEP_SCRIPT="$work/step.sh" DLINT_NO_CDS=1
    # shellcheck disable=SC1091
    source "$work/step.env"
    bash -e "$STEP_SCRIPT"
  )
}

expect_output() {
  local file=$1 line=$2 description=$3
  if grep -qxF -- "$line" "$file"; then
    echo "ok   - $description ($line)"
  else
    echo "FAIL - $description: '$line' not in step outputs:"
    sed 's/^/       /' "$file"
    failures=$((failures + 1))
  fi
}

mkdir -p "$work/workspace/docker"
printf 'FORM alpine:3.20\n' > "$work/workspace/docker/Dockerfile"
printf 'FROM alpine:3.20\nRUN echo ok\n' > "$work/workspace/Containerfile"

run_step prepare "$work/prepare.out"
expect_output "$work/prepare.out" "build=true" "prepare: builds from source without a version"

run_step lint "$work/lint-bad.out" "paths=Containerfile
docker" > "$work/lint-bad.log" 2>&1
expect_output "$work/lint-bad.out" "exit-code=1" "lint: a bad Dockerfile fails"
expect_output "$work/lint-bad.out" "sarif-file=dlint.sarif" "lint: SARIF is written"
if grep -q '^::error file=docker/Dockerfile,line=1,col=1,' "$work/lint-bad.log"; then
  echo "ok   - lint: the log has a GitHub annotation"
else
  echo "FAIL - lint: no annotation in the log:"; sed 's/^/       /' "$work/lint-bad.log"; failures=$((failures + 1))
fi
if node -e 'const l=JSON.parse(require("fs").readFileSync(process.argv[1]));
  const r=l.runs[0]; if (r.automationDetails.id!=="dlint/" || r.results.length===0) process.exit(1)' \
    "$work/workspace/dlint.sarif"; then
  echo "ok   - lint: the SARIF has results and category dlint/"
else
  echo "FAIL - lint: unexpected SARIF"; failures=$((failures + 1))
fi

run_step lint "$work/lint-good.out" "paths=Containerfile" "category=dlint/containers" "sarif-file=out.sarif" \
  > "$work/lint-good.log" 2>&1
expect_output "$work/lint-good.out" "exit-code=0" "lint: a clean Dockerfile passes"
expect_output "$work/lint-good.out" "sarif-file=out.sarif" "lint: SARIF goes where sarif-file says"

# The README's snippet in a fresh repository, no release: the action as the runner downloads it (committed files,
# no target/), Maven's repository as the dependency cache left it.
fresh="$work/fresh-action"
git clone -q "$repo" "$fresh"
ACTION_ROOT=$fresh run_step prepare "$work/fresh-prepare.out"
expect_output "$work/fresh-prepare.out" "build=true" "fresh: builds from source without a release"
if grep -q '^jar-cache-key=dlint-jar-Linux-[0-9a-f]\{16\}$' "$work/fresh-prepare.out"; then
  echo "ok   - fresh: the jar is cached by the hash of its sources"
else
  echo "FAIL - fresh: no jar-cache-key:"; sed 's/^/       /' "$work/fresh-prepare.out"; failures=$((failures + 1))
fi
ACTION_ROOT=$fresh run_step lint "$work/fresh-lint.out" "paths=docker" > "$work/fresh-lint.log" 2>&1
expect_output "$work/fresh-lint.out" "exit-code=1" "fresh: the first lint builds dlint and fails the bad Dockerfile"
if grep -q "first run: building" "$work/fresh-lint.log" && [ -f "$fresh/target/dlint.jar" ]; then
  echo "ok   - fresh: the launcher built target/dlint.jar with Maven"
else
  echo "FAIL - fresh: no build:"; sed 's/^/       /' "$work/fresh-lint.log"; failures=$((failures + 1))
fi
# A later job: the jar restored from the cache is older than the freshly unpacked sources.
touch -d '1 hour ago' "$fresh/target/dlint.jar"
ACTION_ROOT=$fresh run_step lint "$work/cached-lint.out" "paths=Containerfile" \
  "steps.jar-cache.outputs.cache-hit=true" > "$work/cached-lint.log" 2>&1
expect_output "$work/cached-lint.out" "exit-code=0" "cached: a clean Dockerfile passes"
if grep -q "rebuilding\|first run" "$work/cached-lint.log"; then
  echo "FAIL - cached: the restored jar was rebuilt:"; sed 's/^/       /' "$work/cached-lint.log"; failures=$((failures + 1))
else
  echo "ok   - cached: the restored jar is used without a rebuild"
fi

if [ "$failures" -ne 0 ]; then
  echo "action-test: $failures check(s) failed" >&2
  exit 1
fi
echo "action-test: all checks passed"
