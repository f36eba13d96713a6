#!/usr/bin/env bash
# Every test: unit tests, the production build, end-to-end tests against it, then the
# reference corpus built into its own site and opened page by page.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh --browser
echo "== type check"
npm run --silent typecheck
echo "== unit tests"
npm run --silent test:unit
echo "== build"
npm run --silent build
echo "== end-to-end tests (production build)"
npm run --silent test:e2e
echo "== the same site from next build (what next dev shows), compared page by page"
EXPORT_DIR=out-next npm run --silent build -- --next
npx tsx scripts/static/parity.mts out out-next
echo "== incremental builds equal cold builds (an edited, added and removed article; a changed dictionary and component)"
node --import tsx --test scripts/static/incremental.build-test.ts
bash scripts/test-corpus.sh
bash scripts/test-hardening.sh
