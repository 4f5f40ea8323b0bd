#!/usr/bin/env bash
# The weak-to-strong experiment on Spark against the single-machine W2SGExperiment -id on the same
# generated rows: n rows x (384 weak + 1024 strong) columns and a two-class label, one weak candidate,
# naive and kernel, one repetition; each arm in its own JVM, wall time and peak heap printed, and the
# two JSON reports compared number by number.
# Usage: spark/bench/spark-experiment-benchmark.sh [n] [partitions] [heap] [arms]
#   n defaults to 100000, partitions to 2 (local[2]), heap to 16g, arms to
#   "single-experiment spark-experiment" (the single machine holds the rows in memory: give
#   arms=spark-experiment alone at sizes beyond its heap).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-100000}"
partitions="${2:-2}"
heap="${3:-16g}"
arms="${4:-single-experiment spark-experiment}"
if [ ! -d "$here/target/test-classes" ] || [ ! -d "$here/target/spark-lib" ]; then
  echo "spark-experiment-benchmark: build the module first: mvn -f spark/pom.xml package" >&2
  exit 2
fi
cp="$here/target/test-classes:$here/target/classes:$here/target/lib/*:$here/target/spark-lib/*:$here/target/bench-lib/*"
out="$(mktemp -d)"
for arm in $arms; do
  java -Xmx"$heap" @"$here/conf/java17.options" -Dlog4j2.configurationFile="$here/conf/log4j2.properties" \
    -cp "$cp" weka.w2s.spark.SparkBenchmark "$arm" "$n" "$partitions" "local[$partitions]" \
    > "$out/$arm" 2> "$out/$arm.progress"
  grep '^arm=' "$out/$arm"
  grep -E "pass [0-9] of 5|AUROC" "$out/$arm.progress" | sed 's/^/  /' || true
done
# the results side by side: every number of the two reports (they agree to rounding)
if [ -f "$out/single-experiment" ] && [ -f "$out/spark-experiment" ]; then
  python3 - "$out/single-experiment" "$out/spark-experiment" <<'PY'
import json, sys

def lines(path):
    return [json.loads(l) for l in open(path).read().split("\n") if l.startswith("{")]

def numbers(x, path=""):
    if isinstance(x, bool) or x is None:
        return
    if isinstance(x, (int, float)):
        yield path, float(x)
    elif isinstance(x, dict):
        for k, v in x.items():
            if k not in ("weak", "strong", "data", "relation"):
                yield from numbers(v, path + "/" + k)
    elif isinstance(x, list):
        for i, v in enumerate(x):
            yield from numbers(v, path + "[%d]" % i)

a, b = lines(sys.argv[1]), lines(sys.argv[2])
worst, where = 0.0, ""
for x, y in zip(a, b):
    ny = dict(numbers(y))
    for k, v in numbers(x):
        w = ny[k]
        d = abs(v - w) / max(abs(v), abs(w), 1e-300)
        if d > worst:
            worst, where = d, k
c = a[0]
print("weak %.4f, ceiling %.4f, naive %.4f, kernel %.4f (test accuracy, single machine); largest relative"
      " difference of the Spark report %.2g (%s)" % (c["weak_model"]["accuracy"]["mean"], c["ceiling"]["accuracy"]["mean"],
      c["modes"]["naive"]["accuracy"]["mean"], c["modes"]["kernel"]["accuracy"]["mean"], worst, where))
PY
else
  grep '^{' "$out/spark-experiment" | head -1 | python3 -c 'import json,sys; c=json.loads(sys.stdin.readline()); print("weak %.4f, ceiling %.4f, naive %.4f, kernel %.4f (test accuracy, Spark)" % (c["weak_model"]["accuracy"]["mean"], c["ceiling"]["accuracy"]["mean"], c["modes"]["naive"]["accuracy"]["mean"], c["modes"]["kernel"]["accuracy"]["mean"]))'
fi
rm -r "$out"
