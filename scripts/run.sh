#!/usr/bin/env bash
# Sets up, builds and serves the designer: http://127.0.0.1:${PORT:-8080} (a sample blueprint opens).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build-web.sh
exec node web/serve.mjs build/web/site
