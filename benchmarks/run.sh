#!/usr/bin/env bash
# Builds and runs the JMH benchmarks (the library, and Drools on the exported DMN, in the same run),
# then writes benchmarks/RESULTS.md with the machine, the JDK, the load averages, the figures, the
# memory-bandwidth ceiling and the ratios. Extra arguments go to JMH (e.g. a benchmark name filter,
# or -wi 2 -w 1s -i 3 -r 1s for short iterations). About 15 minutes on a 2-core machine with the
# iterations of the annotations; run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -ntp -Pbenchmarks -DskipTests package -pl benchmarks -am
before=$(cut -d' ' -f1-3 /proc/loadavg)
java -jar benchmarks/target/benchmarks.jar -rf json -rff benchmarks/target/jmh-result.json "$@"
# Optionally, the same benchmarks of an earlier build in the same session, for a before/after on
# the same (possibly busy) machine: BASELINE_JAR=path/to/old/benchmarks.jar BASELINE_ARGS="...".
baseline=()
if [[ -n "${BASELINE_JAR:-}" ]]; then
  # shellcheck disable=SC2086
  # The earlier build's own annotations fix its heap and pre-touch it, as this build's do.
  java -jar "$BASELINE_JAR" 'ScreeningBenchmark|SingleFirmBenchmark.explainOneTier' ${BASELINE_ARGS:-} \
    -rf json -rff benchmarks/target/jmh-baseline.json
  baseline=(benchmarks/target/jmh-baseline.json)
fi
after=$(cut -d' ' -f1-3 /proc/loadavg)
java -cp benchmarks/target/benchmarks.jar io.github.srdipolicy.benchmarks.ResultsReport \
  benchmarks/target/jmh-result.json benchmarks/RESULTS.md "$before / $after" "${baseline[@]}"
echo "wrote benchmarks/RESULTS.md"
