#!/usr/bin/env bash
# Cold start of the command line (issue #17): the whole process of
#   policy match policy-cli/samples/jiaohe-firm.json
# as a user runs it, timed by hyperfine (median of RUNS runs, default 10): the `policy` launcher on
# Java 17 (static AppCDS archive) and on Java 25 (AOT cache), and plain `java -jar policy.jar` on
# Java 17. The archives are made first, in a fresh cache, from the jar being measured (the
# launcher's first run does that, as a user's first run does).
#
#   benchmarks/cli-start.sh                      # after mvn -q -DskipTests package
#   BASELINE=/path/to/dir benchmarks/cli-start.sh  # also an older `policy` + policy.jar, interleaved
#
# J17 and J25 name the two Java homes (defaults: Debian's OpenJDK 17 and Temurin 25). Writes the
# hyperfine JSON to benchmarks/target/cli-start.json and prints each command's median, mean and
# user + system CPU. Run it on an otherwise idle machine: on a busy one only the comparison of the
# commands inside one run means anything.
set -euo pipefail
cd "$(dirname "$0")/.."
J17=${J17:-/usr/lib/jvm/java-17-openjdk-amd64}
J25=${J25:-/usr/lib/jvm/temurin-25-jdk-amd64}
RUNS=${RUNS:-10}
sample=policy-cli/samples/jiaohe-firm.json
dir=$PWD/policy-cli/target
if [[ ! -f $dir/policy.jar || ! -f $dir/policy ]]; then
  echo "cli-start: build first: mvn -q -DskipTests package" >&2
  exit 2
fi
mkdir -p benchmarks/target
export XDG_CACHE_HOME
XDG_CACHE_HOME=$(mktemp -d)
trap 'rm -rf "$XDG_CACHE_HOME"' EXIT

commands=(
  -n "java -jar policy.jar (Java 17)" "$J17/bin/java -jar $dir/policy.jar match $sample"
  -n "policy launcher (Java 17)" "env JAVA_HOME=$J17 sh $dir/policy match $sample"
)
[[ -x $J25/bin/java ]] && commands+=(-n "policy launcher (Java 25)" "env JAVA_HOME=$J25 sh $dir/policy match $sample")
if [[ -n ${BASELINE:-} ]]; then
  commands+=(-n "baseline launcher (Java 17)" "env JAVA_HOME=$J17 sh $BASELINE/policy match $sample")
  [[ -x $J25/bin/java ]] && commands+=(-n "baseline launcher (Java 25)" "env JAVA_HOME=$J25 sh $BASELINE/policy match $sample")
fi

# The first run of each launcher and runtime makes its archive (a few seconds); not measured.
for home in "$J17" "$J25"; do
  [[ -x $home/bin/java ]] || continue
  JAVA_HOME=$home sh "$dir/policy" match "$sample" >/dev/null
  [[ -n ${BASELINE:-} ]] && JAVA_HOME=$home sh "$BASELINE/policy" match "$sample" >/dev/null
done

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine -N -w 2 -r "$RUNS" --export-json benchmarks/target/cli-start.json "${commands[@]}" >/dev/null
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - benchmarks/target/cli-start.json <<'EOF'
import json, statistics, sys
for r in json.load(open(sys.argv[1]))["results"]:
    t = r["times"]
    print(f"{r['command']:<30} median {statistics.median(t):.3f} s  mean {statistics.mean(t):.3f}"
          f" ± {statistics.pstdev(t):.3f} s  user+sys {r['user'] + r['system']:.2f} s")
EOF
