#!/usr/bin/env bash
# Rewrites testdata/corpus/findings.tsv from dlint's findings on ../shared/corpus/dockerfiles. Run it only after
# judging the findings a change adds or removes (CorpusFindingsSnapshotTest prints them), then commit the snapshot.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test -Dtest=CorpusFindingsSnapshotTest -Dsurefire.failIfNoSpecifiedTests=false -Ddlint.updateSnapshot=true
git --no-pager diff --stat -- testdata/corpus/findings.tsv
