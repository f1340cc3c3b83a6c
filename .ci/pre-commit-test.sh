#!/usr/bin/env bash
# Tests .pre-commit-hooks.yaml for real: `pre-commit try-repo` runs the hooks against a scratch Git repository
# holding a good and a bad Dockerfile, checks that pass and fail where they should, and that the file selection
# lints Containerfile and lowercase *.dockerfile but not Dockerfile.dockerignore or Dockerfile.md.
# Needs pre-commit on PATH and target/dlint.jar built (mvn -B verify). The dlint-script hook builds its own jar
# with Maven inside pre-commit's clone, as it does for users.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
if ! command -v pre-commit >/dev/null 2>&1; then
  echo "pre-commit-test: pre-commit is not installed (apt-get install -y pre-commit)" >&2
  exit 1
fi
if [ ! -f "$repo/target/dlint.jar" ]; then
  echo "pre-commit-test: $repo/target/dlint.jar is missing; run mvn -B verify first" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PRE_COMMIT_HOME="$work/pre-commit-cache"   # pre-commit's clones stay out of ~/.cache
export DLINT_NO_CDS=1                              # no class-data archives written outside the scratch folder
export GIT_AUTHOR_NAME=ci GIT_AUTHOR_EMAIL=ci@example.invalid GIT_COMMITTER_NAME=ci GIT_COMMITTER_EMAIL=ci@example.invalid
mkdir "$work/bin"
ln -s "$repo/dlint" "$work/bin/dlint"              # the `system` hook runs the dlint found on PATH
export PATH="$work/bin:$PATH"

failures=0
log="$work/output.log"

# check DESCRIPTION EXPECTED_EXIT COMMAND... ; then `contains`/`lacks` inspect the output of the last check.
check() {
  local description=$1 expected=$2
  shift 2
  local rc=0
  "$@" >"$log" 2>&1 || rc=$?
  if grep -qF "An error has occurred" "$log"; then
    echo "FAIL - $description: pre-commit itself failed; output:"
    sed 's/^/       /' "$log"
    failures=$((failures + 1))
  elif [ "$rc" -eq "$expected" ]; then
    echo "ok   - $description (exit $rc)"
  else
    echo "FAIL - $description: exit $rc, expected $expected; output:"
    sed 's/^/       /' "$log"
    failures=$((failures + 1))
  fi
}
contains() {
  if grep -qF -- "$1" "$log"; then
    echo "ok   -   output mentions '$1'"
  else
    echo "FAIL -   output does not mention '$1'; output:"
    sed 's/^/       /' "$log"
    failures=$((failures + 1))
  fi
}
lacks() {
  if grep -qF -- "$1" "$log"; then
    echo "FAIL -   output mentions '$1'; output:"
    sed 's/^/       /' "$log"
    failures=$((failures + 1))
  else
    echo "ok   -   output does not mention '$1'"
  fi
}

check "the hook manifest is valid" 0 pre-commit validate-manifest "$repo/.pre-commit-hooks.yaml"

consumer="$work/consumer"
git init -q -b main "$consumer"
cd "$consumer"
printf 'FROM alpine:3.20\nRUN echo ok\n' > Dockerfile                 # good
printf 'FORM alpine:3.20\n' > Containerfile                           # bad: not tagged dockerfile by old identify
mkdir ci
printf 'FROM alpine:3.20\nRUN --bogus true\n' > ci/web.dockerfile     # bad: lowercase *.dockerfile
printf '*.log\n' > Dockerfile.dockerignore                            # would be a syntax error if linted
printf '# Notes\nSome text\n' > Dockerfile.md                         # would be a syntax error if linted
mkdir fixme                                                           # a cleanup dlint-fix moves into its RUN
printf 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12\nRUN rm -rf /var/lib/apt/lists/*\n' \
  > fixme/Dockerfile
git add -A                                                            # hooks only see tracked files

check "dlint: all files fail because of the bad ones" 1 pre-commit try-repo "$repo" dlint --all-files --verbose
contains "Containerfile:1:1: error SyntaxError"
contains "ci/web.dockerfile:2:5: error SyntaxError"
lacks "Dockerfile.dockerignore"
lacks "Dockerfile.md"
check "dlint: the good Dockerfile passes" 0 pre-commit try-repo "$repo" dlint --files Dockerfile --verbose
contains "Passed"
check "dlint: the bad Containerfile fails" 1 pre-commit try-repo "$repo" dlint --files Containerfile
contains "Containerfile:1:1"
check "dlint: ignore files and docs are not selected" 0 \
  pre-commit try-repo "$repo" dlint --files Dockerfile.dockerignore Dockerfile.md
contains "(no files to check)"
lacks "SyntaxError"

check "dlint-script: builds the jar on first use, good Dockerfile passes" 0 \
  pre-commit try-repo "$repo" dlint-script --files Dockerfile --verbose
contains "Passed"
check "dlint-script: the bad lowercase .dockerfile fails" 1 pre-commit try-repo "$repo" dlint-script --files ci/web.dockerfile
contains "ci/web.dockerfile:2:5"

check "dlint-fix: fixing a staged file fails the commit and shows the change" 1 \
  pre-commit try-repo "$repo" dlint-fix --files fixme/Dockerfile --show-diff-on-failure
contains "files were modified by this hook"
contains "curl=7.88.1-10+deb12u12 && rm -rf /var/lib/apt/lists/*"
check "dlint-fix: the fixed file passes" 0 pre-commit try-repo "$repo" dlint-fix --files fixme/Dockerfile
check "dlint-fix: the good Dockerfile is left alone" 0 pre-commit try-repo "$repo" dlint-fix --files Dockerfile

if [ "$failures" -ne 0 ]; then
  echo "pre-commit-test: $failures check(s) failed" >&2
  exit 1
fi
echo "pre-commit-test: all checks passed"
