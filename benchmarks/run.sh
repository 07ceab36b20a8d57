#!/usr/bin/env bash
# Builds and runs the JMH benchmarks, then writes benchmarks/RESULTS.md with the machine, the JDK
# and the figures. Extra arguments go to JMH (e.g. a benchmark name filter, or -p size=100000).
# Takes about ten minutes on a 2-core machine; run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -Pbenchmarks -DskipTests package -pl benchmarks -am
java -jar benchmarks/target/benchmarks.jar -rf json -rff benchmarks/target/jmh-result.json "$@"
java -cp benchmarks/target/benchmarks.jar io.github.srdipolicy.benchmarks.ResultsReport \
  benchmarks/target/jmh-result.json benchmarks/RESULTS.md
echo "wrote benchmarks/RESULTS.md"
