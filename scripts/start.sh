#!/usr/bin/env bash
# Installs what is missing, builds the static site into out/ and serves it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npm run build
exec node scripts/serve.mjs
