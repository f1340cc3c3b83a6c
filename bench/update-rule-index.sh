#!/usr/bin/env bash
# Regenerates rules/README.md and the rule tables in README.md from the rule catalogue.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test -Dtest='RuleCatalogTest#ruleIndexAndReadmeTablesAreCurrent' -Dsurefire.failIfNoSpecifiedTests=false \
    -Ddlint.updateDocs=true
git --no-pager diff --stat -- rules/README.md README.md
