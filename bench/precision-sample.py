#!/usr/bin/env python3
"""Draws the seeded random sample of a rule's corpus findings that testdata/precision/<Rule>.tsv judges.

usage: bench/precision-sample.py RULE [SEED]   (default seed 20261203)

Reads testdata/corpus/findings.tsv (the corpus snapshot), takes Python's random.Random(SEED).sample of the rule's
findings (all of them when there are 30 or fewer) and prints them in snapshot order as the first two columns of a
precision file (file, line), ready for a verdict and a reason each.
"""
import random
import sys
from pathlib import Path

SAMPLE_SIZE = 30


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__.strip().splitlines()[2])
    rule = sys.argv[1]
    seed = int(sys.argv[2]) if len(sys.argv) == 3 else 20261203
    snapshot = Path(__file__).resolve().parent.parent / "testdata" / "corpus" / "findings.tsv"
    rows = [line.split("\t") for line in snapshot.read_text(encoding="utf-8").splitlines()[1:]]
    findings = [(i, r[1], r[2]) for i, r in enumerate(rows) if r[0] == rule]
    if not findings:
        sys.exit(f"{rule}: no findings in {snapshot}")
    picked = random.Random(seed).sample(findings, min(SAMPLE_SIZE, len(findings)))
    for _, file, line in sorted(picked):
        print(f"{file}\t{line}")


if __name__ == "__main__":
    main()
