#!/usr/bin/env bash
# Reruns the analysis benchmark (docs/benchmark.md): the W2SG analysis against Weka's
# PrincipalComponents on synthetic data, and the streaming path's heap at two sample sizes.
#
#   bench/run-benchmark.sh                  # default workload, rewrites docs/benchmark.md
#   bench/run-benchmark.sh -h               # options (sizes, seed, child heap, time limit)
#   bench/run-benchmark.sh -n 2000 -N 4000 -o quick.md   # a quick smoke run
#
# Needs Java 11+ and Maven (only to build when target/ is missing or older than the sources).
# Every phase runs in its own child JVM; the whole default run takes about 10-15 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."

# the benchmark is test code (target/test-classes), not part of the package jar
jar=target/weakToStrong.jar
if [[ ! -f "$jar" || ! -d target/weka || ! -d target/test-classes ]] \
    || [[ -n "$(find src/main src/test pom.xml -newer "$jar" -print -quit)" ]]; then
  echo "Building the package and the test classes (mvn package -DskipTests) ..."
  # offline first (a populated local repository needs no network), then online
  mvn -q -B -o package -DskipTests || mvn -q -B package -DskipTests
fi

args=("$@")
has_output=false
for a in "${args[@]+"${args[@]}"}"; do
  if [[ "$a" == "-o" || "$a" == "-h" || "$a" == "-help" ]]; then
    has_output=true
  fi
done
if ! $has_output; then
  args+=(-o docs/benchmark.md)
fi

export W2S_BENCH_COMMAND="bench/run-benchmark.sh${*:+ $*}"
exec java -cp "target/test-classes:$jar:lib/*:target/weka/*" weka.w2s.bench.AnalysisBenchmark "${args[@]}"
