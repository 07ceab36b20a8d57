#!/usr/bin/env bash
# Runs the Spark screening benchmark (not a test): SparkScreeningBenchmark [firms] [runs] [work dir].
# Needs about 6 GB of heap at 10 million firms; run it on an otherwise idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
# One reactor build: the sibling modules resolve to their target/classes; policy-spark, built last,
# writes the classpath file last.
mvn -q -B -ntp -DskipTests -Dmaven.javadoc.skip=true -pl policy-spark -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/policy-spark/target/bench.classpath"
opens=$(sed -n 's:.*<spark.java.options>\(.*\)</spark.java.options>.*:\1:p' policy-spark/pom.xml)
cp="policy-spark/target/test-classes:policy-spark/target/classes:$(cat policy-spark/target/bench.classpath)"
# shellcheck disable=SC2086
exec java $opens -Xmx${BENCH_HEAP:-6g} -cp "$cp" io.github.srdipolicy.spark.SparkScreeningBenchmark "$@"
