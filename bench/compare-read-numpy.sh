#!/usr/bin/env bash
# Times, side by side on one 10,000 x (384 + 1,024) ARFF file (about 120 MB, generated once into the
# cache), three things in interleaved rounds: Weka's ArffLoader reading the file (the floor),
# W2SGAnalysis -weak 1-384 -strong 385-1408 -c last, and the numpy script a Python user would write
# (bench/numpy/w2sg_score.py, run with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset). Prints every
# time, the best of the rounds and the ratios. Needs python3 with numpy.
#   bench/compare-read-numpy.sh [rounds]     (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
CACHE="${W2S_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/weakToStrong}"
data="$CACHE/perf/w2sg-compare-10000.arff"
if ! python3 -c "import numpy" 2>/dev/null; then
  echo "compare-read-numpy: python3 with numpy is needed (Debian: apt-get install python3-numpy)." >&2
  exit 1
fi
if [[ ! -f target/weakToStrong.jar || ! -d target/test-classes ]]; then
  mvn -q -B -o package -DskipTests || mvn -q -B package -DskipTests
fi
if [[ ! -f "$data" ]]; then
  mkdir -p "$(dirname "$data")"
  python3 bench/numpy/make_data.py "$data.tmp" && mv "$data.tmp" "$data"
fi
CP="target/test-classes:target/weakToStrong.jar:lib/*:target/weka/*"
best() { sort -n | head -1; }
calc() { python3 -c "print($1)"; }
read_t=(); analysis_t=(); numpy_t=()
for ((r = 1; r <= rounds; r++)); do
  t0=$(date +%s.%N); java -cp "$CP" weka.w2s.bench.ArffReadPass "$data" 2>/dev/null; t1=$(date +%s.%N)
  java -cp "$CP" weka.w2s.W2SGAnalysis -i "$data" -weak 1-384 -strong 385-1408 -c last 2>/dev/null \
    | grep -E '^1 ' | cut -c1-40; t2=$(date +%s.%N)
  env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 bench/numpy/w2sg_score.py "$data"; t3=$(date +%s.%N)
  read_t+=("$(calc "round($t1 - $t0, 2)")"); analysis_t+=("$(calc "round($t2 - $t1, 2)")"); numpy_t+=("$(calc "round($t3 - $t2, 2)")")
  echo "round $r: read ${read_t[-1]} s, analysis ${analysis_t[-1]} s, numpy ${numpy_t[-1]} s"
done
r=$(printf '%s\n' "${read_t[@]}" | best); a=$(printf '%s\n' "${analysis_t[@]}" | best); n=$(printf '%s\n' "${numpy_t[@]}" | best)
printf 'best of %d (wall, whole process): ArffLoader %.2f s, W2SGAnalysis %.2f s, numpy %.2f s\n' "$rounds" "$r" "$a" "$n"
printf 'W2SGAnalysis / ArffLoader = %.2f, W2SGAnalysis / numpy = %.2f\n' "$(calc "$a / $r")" "$(calc "$a / $n")"
