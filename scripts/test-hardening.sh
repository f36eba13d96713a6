#!/usr/bin/env bash
# Articles written to break the site (e2e/fixtures/hardening: HTML named like document
# functions, an accented file name, a quoted one) built beside content/ into out-hardening/
# (out/ is left alone), then opened by e2e/hardening.spec.ts.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh --browser
echo "== hardening site: build (CONTENT_DIR=content:e2e/fixtures/hardening → out-hardening/)"
CONTENT_DIR=content:e2e/fixtures/hardening EXPORT_DIR=out-hardening npm run --silent build
echo "== hardening site: hostile articles"
OUT_DIR=out-hardening npx playwright test e2e/hardening.spec.ts
