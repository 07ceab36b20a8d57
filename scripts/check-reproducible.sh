#!/usr/bin/env bash
# Builds every jar twice from clean and compares their SHA-256 sums: with
# project.build.outputTimestamp set in the parent pom, the two builds must give identical bytes.
# Usage: scripts/check-reproducible.sh [extra Maven arguments, e.g. -o]
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

build() {
  mvn -q clean package -DskipTests -Dmaven.javadoc.skip=false "$@" >"$out/build.log" 2>&1 \
    || { cat "$out/build.log"; exit 1; }
  # Every jar the reactor attaches (main, sources, javadoc, the CLI's shaded jar), not test outputs.
  find . -path '*/target/*.jar' -not -path '*/target/*/*' -print0 | sort -z | xargs -0 sha256sum
}

build "$@" >"$out/first"
build "$@" >"$out/second"
if diff -u "$out/first" "$out/second"; then
  echo "reproducible: $(wc -l <"$out/first") jars identical in two builds"
else
  echo "NOT reproducible: the jars above differ between two builds" >&2
  exit 1
fi
