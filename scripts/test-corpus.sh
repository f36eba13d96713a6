#!/usr/bin/env bash
# The reference corpus as a site: builds content/ and ../shared/corpus into out-corpus/
# (out/ is left alone) and opens every page of it (e2e/corpus.spec.ts, and e2e/pages.spec.ts
# for its checks over every page and its corpus cases).
# Skipped when ../shared/corpus is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d ../shared/corpus ]; then
  echo "== corpus site: ../shared/corpus is absent, skipped"
  exit 0
fi
bash scripts/ensure-deps.sh --browser
echo "== corpus site: build (CONTENT_DIR=content:../shared/corpus → out-corpus/)"
CONTENT_DIR=content:../shared/corpus EXPORT_DIR=out-corpus npm run --silent build
echo "== corpus site: every error and article page, and the pages' reading cases that live in the corpus"
OUT_DIR=out-corpus npx playwright test e2e/corpus.spec.ts e2e/pages.spec.ts
