#!/usr/bin/env bash
# Regenerates policy-model's GB/T 2260 division table from the npm packages pinned in
# scripts/divisions/package.json (needs Node 18+ and the npm registry). Review the diff before committing:
# the script lists on standard error the older codes it could not alias.
set -euo pipefail
cd "$(dirname "$0")/divisions"
npm ci --no-audit --no-fund >/dev/null
node generate.mjs > ../../policy-model/src/main/resources/io/github/srdipolicy/model/gbt2260-divisions.tsv
echo "wrote policy-model/src/main/resources/io/github/srdipolicy/model/gbt2260-divisions.tsv"
