#!/usr/bin/env bash
# Runs `dlint fix` over a copy of the real-world corpus (../shared/corpus/dockerfiles, copied to a temporary
# directory; the corpus itself is never written) and checks what issue 11 asks of it:
#   - no crash (no internal error, no exit code above 3);
#   - every changed file parses with no new syntax error;
#   - no finding with a safe fix remains (with --unsafe-fixes: no finding with any applicable fix);
#   - a second `dlint fix --diff` changes nothing.
# Prints the figures (files changed, findings fixed per rule, refused fixes, time) and leaves the copies and
# fixes.diff in the work directory for reading.
#
# Usage: bench/fix-corpus.sh [--limit N] [--unsafe] [--work DIR]
#   DLINT      the command to run (default: ./dlint of this repository); the test runs the compiled classes
#   DLINT_SHARED  the shared folder (default: ../shared)
# Exit 0 when every check passes, 1 when one fails, 2 on bad usage or a missing corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

limit=0
unsafe=()
work=""
while [ $# -gt 0 ]; do
  case "$1" in
    --limit) limit=$2; shift 2 ;;
    --unsafe) unsafe=(--unsafe-fixes); shift ;;
    --work) work=$2; shift 2 ;;
    *) echo "usage: bench/fix-corpus.sh [--limit N] [--unsafe] [--work DIR]" >&2; exit 2 ;;
  esac
done

shared=${DLINT_SHARED:-$root/../shared}
corpus="$shared/corpus/dockerfiles"
if [ ! -f "$corpus/MANIFEST.tsv" ]; then
  echo "fix-corpus: $corpus not found (it is read from ../shared)" >&2
  exit 2
fi
read -r -a dlint <<< "${DLINT:-$root/dlint}"
if [ -z "$work" ]; then
  work=$(mktemp -d "${TMPDIR:-/tmp}/dlint-fix-corpus.XXXXXX")
fi
rm -rf "$work/before" "$work/after"
mkdir -p "$work"
cp -R "$corpus" "$work/before"
cp -R "$corpus" "$work/after"
chmod -R u+w "$work/before" "$work/after"

tail -n +2 "$corpus/MANIFEST.tsv" | cut -f1 > "$work/files.txt"
if [ "$limit" -gt 0 ]; then
  # every k-th file, so a subset still spans the repositories
  total=$(wc -l < "$work/files.txt")
  step=$(( total / limit )); [ "$step" -ge 1 ] || step=1
  awk -v s="$step" -v n="$limit" '(NR - 1) % s == 0 && c < n { print; c++ }' "$work/files.txt" > "$work/subset.txt"
  mv "$work/subset.txt" "$work/files.txt"
fi
mapfile -t files < "$work/files.txt"
before=("${files[@]/#/$work/before/}")
after=("${files[@]/#/$work/after/}")

status() { # runs a dlint command, returns its exit code without stopping the script
  set +e; "$@"; local code=$?; set -e; return $code
}

set +e
"${dlint[@]}" lint -f json --no-fail "${before[@]}" > "$work/before.json" 2> "$work/before.log"
lint_code=$?
start=$(date +%s%N)
"${dlint[@]}" fix "${unsafe[@]}" -f json --no-fail "${after[@]}" > "$work/fix.json" 2> "$work/fix.log"
fix_code=$?
end=$(date +%s%N)
"${dlint[@]}" fix "${unsafe[@]}" --diff "${after[@]}" > "$work/second.diff" 2> "$work/second.log"
second_code=$?
"${dlint[@]}" lint -f json --no-fail "${after[@]}" > "$work/after.json" 2> "$work/after.log"
after_code=$?
set -e
(cd "$work" && diff -ru before after > fixes.diff || true)

python3 - "$work" "$lint_code" "$fix_code" "$second_code" "$after_code" "$(( (end - start) / 1000000 ))" \
    "${#unsafe[@]}" "${#files[@]}" <<'PY'
import collections, json, os, re, sys
work, lint_code, fix_code, second_code, after_code, millis, unsafe, count = sys.argv[1:]
unsafe = unsafe != "0"
def load(name):
    with open(os.path.join(work, name), encoding="utf-8") as f:
        data = json.load(f)
    findings = data if isinstance(data, list) else data.get("findings", [])
    out = collections.defaultdict(list)
    for f in findings:
        rel = f["file"].split("/before/", 1)[-1].split("/after/", 1)[-1]
        out[rel].append(f)
    return out
before, after = load("before.json"), load("after.json")
log = open(os.path.join(work, "fix.log"), encoding="utf-8").read()
failures = []
for name, code in (("lint", lint_code), ("fix", fix_code), ("second fix --diff", second_code), ("lint after", after_code)):
    if int(code) > 3 or (name == "fix" and int(code) == 3):
        failures.append(f"{name} exited {code}")
for name in ("before.log", "fix.log", "second.log", "after.log"):
    text = open(os.path.join(work, name), encoding="utf-8").read()
    if "internal error" in text or "Exception" in text:
        failures.append(f"{name}: " + next(l for l in text.splitlines() if "internal error" in l or "Exception" in l))
changed = []
with open(os.path.join(work, "files.txt")) as f:
    names = [l.strip() for l in f if l.strip()]
for n in names:
    a = open(os.path.join(work, "before", n), "rb").read()
    b = open(os.path.join(work, "after", n), "rb").read()
    if a != b:
        changed.append(n)
def syntax(findings):
    return sum(1 for f in findings if f["rule"] == "SyntaxError")
new_syntax = [n for n in changed if syntax(after.get(n, [])) > syntax(before.get(n, []))]
for n in new_syntax:
    failures.append(f"{n}: new syntax error after fixing")
def applicable(f):
    fix = f.get("fix")
    return fix is not None and (fix.get("safe") or unsafe)
left = [(n, f) for n, fs in after.items() for f in fs if applicable(f)]
second = open(os.path.join(work, "second.diff"), encoding="utf-8", errors="replace").read()
if second.strip():
    failures.append("a second dlint fix would change " + str(second.count("\n+++ ") + second.startswith("+++ ")) + " files")
refused = re.findall(r"^(.*): not fixed by (\w+) \((.*)\): (.*)$", log, re.M)
refused_by_rule = collections.Counter(r[1] for r in refused)
fixed_by_rule = collections.Counter()
for n in changed:
    b = collections.Counter(f["rule"] for f in before.get(n, []))
    a = collections.Counter(f["rule"] for f in after.get(n, []))
    for rule, k in b.items():
        if k > a.get(rule, 0):
            fixed_by_rule[rule] += k - a.get(rule, 0)
applied = sum(int(m) for m in re.findall(r"^.*: (\d+) fix(?:es)? \(", log, re.M))
summary = [
    f"dlint fix{' --unsafe-fixes' if unsafe else ''} over {count} corpus files in {int(millis) / 1000:.1f} s",
    f"files changed: {len(changed)}; fixes applied: {applied}; findings before: {sum(map(len, before.values()))},"
    f" after: {sum(map(len, after.values()))}",
    "findings gone, by rule: " + ", ".join(f"{r} {k}" for r, k in fixed_by_rule.most_common()),
    f"fixes refused (rolled back): {len(refused)}" + (" (" + ", ".join(f"{r} {k}" for r, k in refused_by_rule.most_common()) + ")" if refused else ""),
    f"findings with an applicable{'' if unsafe else ' safe'} fix left: {len(left)}",
    f"changed files with a new syntax error: {len(new_syntax)}; second run changes: {'none' if not second.strip() else 'SOME'}",
]
for n, f in left[:10]:
    failures.append(f"{n}:{f['line']}: {f['rule']} still has a{'' if unsafe else ' safe'} fix: {f['fix']['description']}")
with open(os.path.join(work, "summary.txt"), "w", encoding="utf-8") as out:
    out.write("\n".join(summary) + "\n")
print("\n".join(summary))
print(f"work directory: {work} (fixes.diff holds every change)")
if failures:
    print("FAILED:")
    for f in failures[:40]:
        print("  " + f)
    sys.exit(1)
print("OK")
PY
