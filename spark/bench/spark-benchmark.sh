#!/usr/bin/env bash
# The Spark analysis against the single-machine streamed path on the same generated rows:
# n rows x (384 weak + 1024 strong + 1 label) columns, generated inside Spark (no file) for the Spark
# arm and in one JVM for the other; each arm in its own JVM, wall time and peak heap printed, and the
# two JSON results compared. Usage: spark/bench/spark-benchmark.sh [n] [partitions] [heap]
#   n defaults to 1000000 (the issue's size), partitions to 2 (local[2]), heap to 8g.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-1000000}"
partitions="${2:-2}"
heap="${3:-8g}"
if [ ! -d "$here/target/test-classes" ] || [ ! -d "$here/target/spark-lib" ]; then
  echo "spark-benchmark: build the module first: mvn -f spark/pom.xml package" >&2
  exit 2
fi
cp="$here/target/test-classes:$here/target/classes:$here/target/lib/*:$here/target/spark-lib/*"
run() {
  java -Xmx"$heap" @"$here/conf/java17.options" -Dlog4j2.configurationFile="$here/conf/log4j2.properties" \
    -cp "$cp" weka.w2s.spark.SparkBenchmark "$@"
}
out="$(mktemp -d)"
run single "$n" > "$out/single"
run spark "$n" "$partitions" "local[2]" > "$out/spark"
head -1 "$out/single"
head -1 "$out/spark"
# the results: every number of the JSON line, side by side (they agree to rounding)
python3 - "$out/single" "$out/spark" <<'PY' || tail -n +2 "$out/single" "$out/spark"
import json, sys
a = json.loads(open(sys.argv[1]).read().split("\n", 1)[1])
b = json.loads(open(sys.argv[2]).read().split("\n", 1)[1])
worst = 0.0
for k, v in a.items():
    if isinstance(v, float):
        worst = max(worst, abs(v - b[k]) / max(abs(v), abs(b[k]), 1e-300))
print("w2sg_score %.12g (single) %.12g (spark); pred_gap %.12g / %.12g; largest relative difference %.2g"
      % (a["w2sg_score"], b["w2sg_score"], a["pred_gap"], b["pred_gap"], worst))
PY
rm -r "$out"
