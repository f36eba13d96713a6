#!/usr/bin/env bash
# Articles written to break the site (e2e/fixtures/hardening: HTML named like document
# functions, an accented file name, a quoted one) built beside content/ into out-hardening/
# (out/ is left alone), then opened by e2e/hardening.spec.ts. Images of images.example.com
# are allowed (the spec answers them itself), so one <img name="querySelector"> stays an image.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh --browser
echo "== hardening site: build (CONTENT_DIR=content:e2e/fixtures/hardening, IMAGE_HOSTS=images.example.com → out-hardening/)"
CONTENT_DIR=content:e2e/fixtures/hardening IMAGE_HOSTS=images.example.com EXPORT_DIR=out-hardening npm run --silent build
echo "== hardening site: hostile articles"
OUT_DIR=out-hardening npx playwright test e2e/hardening.spec.ts
