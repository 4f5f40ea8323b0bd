#!/usr/bin/env bash
# The training benchmark: whole processes on the same data file and the same split sizes, side by side.
#   * W2SGExperiment -i FILE -weak 'name:w[0-9]+' -strong 'name:s[0-9]+' -runs 1 -modes <mode> -json,
#     once per mode (default naive, auto) and per linear-algebra back end (-Dw2s.linalg=java, and
#     -Dw2s.linalg=native when OpenBLAS is installed),
#   * the scikit-learn peer bench/peer_w2s.py (what a Python user writes: RidgeClassifierCV weak model
#     and ceiling, a Ridge student on the weak model's clipped decision scores; the first python3 on
#     PATH with numpy, or $PYTHON).
# For each: wall time and peak RSS of the process (GNU time -v; without it, VmHWM polled from
# /proc), and the test accuracies (JSON: weak_model.accuracy.mean, ceiling.accuracy.mean,
# modes.<mode>.accuracy.mean) with the chosen ridges (weak_model.ridge.mean, ceiling.ridge.mean,
# modes.<mode>.ridge.mean: beta of the mean-form loss; the peer reports alpha / n_rows, the same beta).
# Prints a Markdown report and, given a file as first argument, writes it there too.
#
#   bench/training-benchmark.sh                                   # full run, report on stdout only
#   bench/training-benchmark.sh docs/benchmark-training.md        # ... and into that file
#   ROWS=2000 SIZES=64x256 BACKENDS=java MODES=naive bench/training-benchmark.sh smoke.md  # smoke run
#
# Environment (defaults in brackets):
#   SIZES     [384x1024 1024x4096]  synthetic data sets, <weak columns>x<strong columns>
#   ROWS      [20000]               rows of every synthetic data set
#   MODES     [naive auto]          one W2SGExperiment process per mode
#   BACKENDS  [java native]         native is skipped (with a note) when no libopenblas.so.0 is found
#   PEER      [1]                   0: no scikit-learn peer
#   REAL      [spam-subject:minilm] one real task <task>:<weak view> of bench/modes.sh, or empty for none (below)
#   SEED      [1]                   W2SGExperiment -S and the peer's random_state (the splits still differ:
#                                   Weka's Resample and scikit-learn's train_test_split draw different rows)
#   JAVA_OPTS [-Xmx8g]              options of every java process
#   TIMEOUT   []                    e.g. 900: kill a process after that many seconds (coreutils timeout)
#   DATA_DIR  [$W2S_CACHE/training] where the generated ARFF files are kept (~250 MB for 20000 x (384+1024),
#                                   ~850 MB for 20000 x (1024+4096)); generated once (bench/make_training_data.py,
#                                   fixed seed 1, so the same bytes every time), never committed
#   W2S_CP    []                    a classpath for W2SGExperiment; when set, nothing is built. Otherwise
#                                   target/weakToStrong.jar:lib/*:target/weka/*, built first with
#                                   mvn package -DskipTests when missing or older than the sources
#                                   (as bench/run-benchmark.sh does).
#
# The synthetic data (bench/make_training_data.py) is the shape of frozen embeddings of a classification
# task: 32 latent Gaussian factors, class = sign(a.z + noise) with decaying weights a; the weak view a
# random linear map of the first 8 factors (and 24 nuisance factors) plus noise, the strong view one of
# all 32 (and 32 nuisance factors) plus noise; attributes w0.. and s0.., the class {neg,pos} last.
#
# Real task: the nine tasks of bench/modes.sh are built by the encoders module's ModeTasks into
# $W2S_CACHE/modes/<task>.arff.gz (text tasks: sentence-embedding models run over npm data sets; tabular
# tasks: Debian's weka and python3-sklearn packages) - too much work to do here. This script only uses
# such a file when it is already there: REAL=spam-subject:minilm runs W2SGExperiment -weak 'name:minilm_.*'
# -strong 'name:strong_.*' (bge-small-en-v1.5, 384 columns) on it; build it first with
# `bench/modes.sh -tasks spam-subject -runs 1`. Binary tasks fit the peer best (names-gender,
# afinn-polarity, spam-subject, credit-g, diabetes, ionosphere, breast-cancer-wisconsin; weak views of the
# tabular ones: pc2, sub25, sub50, rp4); the peer takes the argmax of its one-vs-rest scores for more classes.
#
# Caveats: the package's process also computes the representation scores of the pair (one principal
# analysis, W2SGExperiment always does) and measures AUROC; the peer does neither. The package's student
# ridge is cross-fitted on the weak slice's gold labels; the peer picks it by accuracy of students fitted
# on the whole pool, scored on the weak slice (a simplified cross-fit). Both grids are
# beta = r * tr(S)/d, r = 1e-6 .. 1e3, S the covariance of the model's training rows; scikit-learn's
# alpha (sum-form loss) is n_rows * beta. Every process is timed once, from start to exit (JVM or
# interpreter start and reading the file included); the file is read once before the timings so that
# it is in the page cache for every contender.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES="${SIZES-384x1024 1024x4096}"
ROWS="${ROWS:-20000}"
MODES="${MODES-naive auto}"
BACKENDS="${BACKENDS-java native}"
PEER="${PEER:-1}"
REAL="${REAL-spam-subject:minilm}"
SEED="${SEED:-1}"
JAVA_OPTS="${JAVA_OPTS--Xmx12g}"
JAVA_MAX_STRONG="${JAVA_MAX_STRONG:-1024}"
TIMEOUT="${TIMEOUT:-}"
CACHE="${W2S_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/weakToStrong}"
DATA_DIR="${DATA_DIR:-$CACHE/training}"
# the interpreter: $PYTHON, else a python3 on PATH (a distribution's python3 with
# python3-numpy and python3-sklearn may stand behind another python3 earlier on PATH)
PY="${PYTHON:-}"
if [[ -z "$PY" ]]; then
  # the first python3 with numpy and scikit-learn (the peer needs both), else the first with numpy
  for wanted in "numpy, sklearn" "numpy"; do
    for candidate in $(type -a -p python3 2>/dev/null); do
      if "$candidate" -c "import $wanted" 2>/dev/null; then PY="$candidate"; break 2; fi
    done
  done
fi
out_file="${1:-}"

if [[ -z "$PY" ]] || ! "$PY" -c "import numpy" 2>/dev/null; then
  echo "training-benchmark: a python3 with numpy is needed for the data generator and the report (or set PYTHON)" \
    "(Debian: apt-get install python3-numpy)." >&2
  exit 1
fi

# --- the package's classpath (as bench/run-benchmark.sh) -------------------------------------------
if [[ -n "${W2S_CP:-}" ]]; then
  CP="$W2S_CP"
else
  jar=target/weakToStrong.jar
  if [[ ! -f "$jar" || ! -d target/weka ]] || [[ -n "$(find src/main pom.xml -newer "$jar" -print -quit)" ]]; then
    echo "training-benchmark: building the package (mvn package -DskipTests) ..." >&2
    mvn -q -B -o package -DskipTests || mvn -q -B package -DskipTests
  fi
  CP="$jar:lib/*:target/weka/*"
fi

# --- what can run --------------------------------------------------------------------------------
notes=()
openblas="$( ldconfig -p 2>/dev/null | awk '/libopenblas\.so\.0/ {print $NF; exit}' || true)"
backends=()
for b in $BACKENDS; do
  if [[ "$b" == native && -z "$openblas" ]]; then
    notes+=("Back end native skipped: no libopenblas.so.0 known to ldconfig (README, \"Native BLAS and LAPACK\").")
  else
    backends+=("$b")
  fi
done
run_peer=0
if [[ "$PEER" == 1 ]]; then
  if "$PY" -c "import sklearn" 2>/dev/null; then
    run_peer=1
  else
    notes+=("scikit-learn peer skipped: $PY has no sklearn (Debian: apt-get install python3-sklearn).")
  fi
fi
TIME_V=""
gnu_time="$(type -P time 2>/dev/null || true)"   # the program, not the shell's keyword
if [[ -n "$gnu_time" ]] && "$gnu_time" -v true 2>/dev/null; then
  TIME_V="$gnu_time"
else
  notes+=("No GNU time program: peak RSS is VmHWM of /proc/<pid>/status, polled every 0.1 s.")
fi

work="$(mktemp -d -t w2s-training.XXXXXX)"
trap 'rm -rf "$work"' EXIT
results="$work/results.jsonl"
: >"$results"

# measure <label-json> <command...>: runs the command with stdout to $work/out, stderr to $work/err,
# and writes the label's fields with "exit", "wall_s" and "rss_kb" (peak RSS) to $work/measure.json
measure() {
  local label="$1"; shift
  local prefix=()
  [[ -n "$TIMEOUT" ]] && prefix=(timeout "$TIMEOUT")
  local t0 t1 rc=0 rss=""
  t0=$(date +%s.%N)
  if [[ -n "$TIME_V" ]]; then
    "$TIME_V" -v -o "$work/time" "${prefix[@]}" "$@" >"$work/out" 2>"$work/err" || rc=$?
    t1=$(date +%s.%N)
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): *//p' "$work/time")
  else
    "${prefix[@]}" "$@" >"$work/out" 2>"$work/err" &
    local pid=$! hwm p
    rss=0
    while kill -0 "$pid" 2>/dev/null; do
      # the process and its children (with TIMEOUT the measured process is timeout's child)
      for p in "$pid" $(cat "/proc/$pid"/task/*/children 2>/dev/null); do
        hwm=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$p/status" 2>/dev/null || true)
        [[ -n "$hwm" ]] && (( hwm > rss )) && rss=$hwm
      done
      sleep 0.1
    done
    wait "$pid" || rc=$?
    t1=$(date +%s.%N)
  fi
  "$PY" - "$label" "$rc" "$t0" "$t1" "${rss:-0}" >"$work/measure.json" <<'EOF'
import json, sys
label, rc, t0, t1, rss = sys.argv[1:]
print(json.dumps(dict(json.loads(label), exit=int(rc), wall_s=float(t1) - float(t0), rss_kb=int(rss or 0))))
EOF
}

# record <kind: package|peer> [mode]: reads $work/measure.json, $work/out, $work/err; appends one result
record() {
  "$PY" - "$1" "${2:-}" "$work/measure.json" "$work/out" "$work/err" >>"$results" <<'EOF'
import json, sys
kind, mode, measure, out, err = sys.argv[1:]
r = json.load(open(measure))
lines = [l for l in open(out) if l.lstrip().startswith("{")]
errs = [l.strip() for l in open(err) if l.strip() and not l.startswith(("WARNING", "\t"))
        and "ARPACK" not in l and not l.startswith("[W2SGExperiment]")]
def get(o, *keys):
    for k in keys:
        o = o.get(k) if isinstance(o, dict) else None
    return o
try:
    if kind == "package":
        c = next(json.loads(l) for l in lines if json.loads(l).get("type") == "candidate")
        m = c["modes"][mode]
        r.update(weak=get(c, "weak_model", "accuracy", "mean"), ceiling=get(c, "ceiling", "accuracy", "mean"),
                 w2s=get(m, "accuracy", "mean"), weak_ridge=get(c, "weak_model", "ridge", "mean"),
                 ceiling_ridge=get(c, "ceiling", "ridge", "mean"), w2s_ridge=get(m, "ridge", "mean"),
                 chosen="; ".join(m.get("chosen") or []), weak_labels=get(c, "weak_labels_accuracy", "mean"))
    else:
        p = json.loads(lines[-1])
        r.update(weak=p["weak_accuracy"], ceiling=p["ceiling_accuracy"], w2s=p["naive_accuracy"],
                 weak_ridge=p["weak_ridge"], ceiling_ridge=p["ceiling_ridge"], w2s_ridge=p["naive_ridge"],
                 chosen="read %.1f s (in process)" % p["read_s"], peer=p["peer"])
except Exception as e:  # a failed run: keep the time, say why
    r["error"] = (errs[-1] if errs else "no JSON output (%s)" % type(e).__name__)[:200]
if r["exit"] == 124:
    r["error"] = "timed out (TIMEOUT)"
elif r["exit"] != 0:
    r["error"] = "exit %d: %s" % (r["exit"], (errs[-1] if errs else "")[:200])
print(json.dumps(r))
EOF
  tail -n 1 "$results" | "$PY" -c 'import json,sys; r=json.load(sys.stdin); print("training-benchmark:   %s %s %s: %.1f s, %.0f MB, %s" % (r["program"], r["backend"], r["mode"], r["wall_s"], r["rss_kb"]/1024, r.get("error") or "weak %s ceiling %s w2s %s" % (r.get("weak"), r.get("ceiling"), r.get("w2s"))))' >&2
}

# one data set: run every back end x mode, then the peer
bench_data() {
  local name="$1" file="$2" weak_re="$3" strong_re="$4"
  echo "training-benchmark: $name ($file)" >&2
  cat "$file" >/dev/null   # into the page cache, for every contender alike
  local b m label strong_columns="${5:-0}"
  for b in "${backends[@]}"; do
    if [[ "$b" == java ]] && (( strong_columns > JAVA_MAX_STRONG )); then
      notes+=("Back end java not run on $name: EJML's eigen-decompositions of $strong_columns x $strong_columns matrices take many minutes each (set JAVA_MAX_STRONG=$strong_columns to run it).")
      continue
    fi
    for m in $MODES; do
      label=$(printf '{"data":"%s","program":"W2SGExperiment","backend":"%s","mode":"%s"}' "$name" "$b" "$m")
      # shellcheck disable=SC2086
      measure "$label" java $JAVA_OPTS -Dw2s.linalg="$b" -Djava.awt.headless=true -cp "$CP" weka.w2s.W2SGExperiment \
        -i "$file" -weak "name:$weak_re" -strong "name:$strong_re" -runs 1 -S "$SEED" -modes "$m" -json
      record package "$m"
    done
  done
  if (( run_peer )); then
    label=$(printf '{"data":"%s","program":"scikit-learn peer","backend":"numpy","mode":"naive"}' "$name")
    measure "$label" "$PY" bench/peer_w2s.py "$file" "$weak_re" "$strong_re" "$SEED"
    record peer
  fi
}

# --- synthetic sizes -------------------------------------------------------------------------------
mkdir -p "$DATA_DIR"
for size in $SIZES; do
  if [[ ! "$size" =~ ^([0-9]+)x([0-9]+)$ ]]; then
    echo "training-benchmark: SIZES entries are <weak>x<strong> column counts, e.g. 384x1024; got '$size'." >&2
    exit 2
  fi
  dw="${BASH_REMATCH[1]}"; ds="${BASH_REMATCH[2]}"
  file="$DATA_DIR/w2s-training-${ROWS}x${dw}x${ds}.arff"
  if [[ ! -f "$file" ]]; then
    echo "training-benchmark: writing $file" >&2
    "$PY" bench/make_training_data.py "$file.tmp" "$ROWS" "$dw" "$ds" 1 && mv "$file.tmp" "$file"
  fi
  bench_data "synthetic $ROWS x ($dw + $ds)" "$file" 'w[0-9]+' 's[0-9]+' "$ds"
done

# --- the optional real task ------------------------------------------------------------------------
if [[ -n "$REAL" ]]; then
  task="${REAL%%:*}"; view="${REAL#*:}"
  real_file="$CACHE/modes/$task.arff.gz"
  if [[ -f "$real_file" ]]; then
    bench_data "real task $task (weak ${view}_*, strong strong_*)" "$real_file" "${view}_.*" 'strong_.*'
  else
    notes+=("Real task $task skipped: $real_file is not built (bench/modes.sh -tasks $task -runs 1 builds it; it needs the encoders module and the tasks' raw data).")
  fi
fi

# --- the report ------------------------------------------------------------------------------------
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n "$(git status --porcelain -- src pom.xml 2>/dev/null)" ]]; then
  commit="$commit + uncommitted changes in src/"
fi
printf '%s\n' "${notes[@]+"${notes[@]}"}" >"$work/notes"
export REPORT_COMMAND="bench/training-benchmark.sh${*:+ $*}" REPORT_SETTINGS="SIZES='$SIZES' ROWS=$ROWS MODES='$MODES' BACKENDS='$BACKENDS' SEED=$SEED JAVA_OPTS='$JAVA_OPTS'" \
  REPORT_JAVA="$(java -version 2>&1 | head -1)" REPORT_BLAS="${openblas:-none}" REPORT_COMMIT="$commit" \
  REPORT_PYTHON="$("$PY" -c 'import platform, numpy; print("Python", platform.python_version(), "numpy", numpy.__version__)')"
"$PY" - "$results" "$work/notes" >"$work/report.md" <<'EOF'
import json, os, sys
e = os.environ
rows = [json.loads(l) for l in open(sys.argv[1])]
notes = [l.strip() for l in open(sys.argv[2]) if l.strip()]
f = lambda v: "" if v is None else "%.4f" % v
g = lambda v: "" if v is None else "%.3g" % v
print("# Training benchmark: W2SGExperiment and a scikit-learn peer\n")
print("Command: `%s` (%s)\n" % (e["REPORT_COMMAND"], e["REPORT_SETTINGS"]))
print("Machine: %d cores; %s; %s; OpenBLAS: %s. Code: %s.\n" % (os.cpu_count(), e["REPORT_JAVA"],
      e["REPORT_PYTHON"], e["REPORT_BLAS"], e["REPORT_COMMIT"]))
print("Each row is one process, timed once from start to exit (wall) with its peak resident memory (RSS).")
print("Accuracies on the held-out 30% (one split); ridges are beta of the mean-form loss")
print("(1/n)||y - Xw||^2 + beta ||w||^2 (the peer's alpha / n). W2S = the mode's student (peer: naive).\n")
print("| data | program | back end | mode | wall s | peak RSS MB | weak acc | ceiling acc | W2S acc | weak ridge | ceiling ridge | W2S ridge | note |")
print("|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
for r in rows:
    note = r.get("error") or r.get("chosen") or ""
    print("| %s | %s | %s | %s | %.1f | %.0f | %s | %s | %s | %s | %s | %s | %s |" % (r["data"], r["program"],
          r["backend"], r["mode"], r["wall_s"], r["rss_kb"] / 1024, f(r.get("weak")), f(r.get("ceiling")),
          f(r.get("w2s")), g(r.get("weak_ridge")), g(r.get("ceiling_ridge")), g(r.get("w2s_ridge")),
          note.replace("|", "/")))
peers = sorted({r["peer"] for r in rows if r.get("peer")})
print("\nW2SGExperiment: `-runs 1 -modes <mode> -json`, RidgeProbe weak model and ceiling (ridge by leave-one-out),")
print("the student's ridge cross-fitted on the weak slice's gold labels; the process also computes the pair's")
print("representation scores and AUROC. The peer (%s, bench/peer_w2s.py): RidgeClassifierCV weak model and" % (", ".join(peers) or "scikit-learn"))
print("ceiling, a Ridge student on the weak model's decision scores clipped to [-1, 1], its alpha chosen by")
print("accuracy on the weak slice's gold labels; the same relative ridge grid (alpha = n * beta). The splits")
print("have the same sizes, not the same rows (Weka's Resample, scikit-learn's train_test_split).")
print("\n## Ratios to the peer (whole processes, the same file)\n")
for data in dict.fromkeys(r["data"] for r in rows):
    peer = next((r for r in rows if r["data"] == data and r["program"] != "W2SGExperiment" and not r.get("error")), None)
    for r in rows:
        if r["data"] != data or r["program"] != "W2SGExperiment" or r.get("error"):
            continue
        line = "- %s, %s, %s: %.1f s" % (data, r["backend"], r["mode"], r["wall_s"])
        if peer:
            line += ", %.2fx the peer's %.1f s; weak %+.4f, ceiling %+.4f against the peer's" % (
                r["wall_s"] / peer["wall_s"], peer["wall_s"], r["weak"] - peer["weak"], r["ceiling"] - peer["ceiling"])
        line += "; ceiling %s weak" % ("above" if r["ceiling"] > r["weak"] else "NOT above")
        print(line + ".")
for n in notes:
    print("\n" + n)
EOF
cat "$work/report.md"
if [[ -n "$out_file" ]]; then
  cp "$work/report.md" "$out_file"
  echo "training-benchmark: wrote $out_file" >&2
fi
