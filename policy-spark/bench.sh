#!/usr/bin/env bash
# Runs the Spark screening benchmark (not a test): SparkScreeningBenchmark [firms] [runs].
# The generated firms are kept in $POLICY_SPARK_BENCH_DATA (default policy-spark/target/bench-data)
# and reused while the generator is unchanged (generating 10 million firms takes minutes).
# BENCH_STAGES picks the passes (default read,screen,long,write,job,single); the single-JVM passes
# ("single") run on the first BENCH_SINGLE firms (default 1000000), the CLI's JSON Lines path included.
# Needs about 6 GB of heap at 10 million firms; run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
# One reactor build: the sibling modules resolve to their target/classes; policy-spark, built last,
# writes the classpath file last.
mvn -q -B -ntp ${BENCH_MVN_OPTS:-} -DskipTests -Dmaven.javadoc.skip=true -Dspotless.check.skip=true \
  -pl policy-spark -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/policy-spark/target/bench.classpath"
opens=$(sed -n 's:.*<spark.java.options>\(.*\)</spark.java.options>.*:\1:p' policy-spark/pom.xml)
cp="policy-spark/target/test-classes:policy-spark/target/classes:$(cat policy-spark/target/bench.classpath)"
data=${POLICY_SPARK_BENCH_DATA:-$PWD/policy-spark/target/bench-data}
# shellcheck disable=SC2086
exec java $opens -Xmx${BENCH_HEAP:-6g} ${BENCH_JAVA_OPTS:-} -Dbench.data="$data" \
  -Dbench.stages="${BENCH_STAGES:-read,screen,long,write,job,single}" \
  -Dbench.single="${BENCH_SINGLE:-1000000}" \
  -cp "$cp" io.github.srdipolicy.spark.SparkScreeningBenchmark "$@"
