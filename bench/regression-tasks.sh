#!/usr/bin/env bash
# The regression tasks (issue 18, item 5) in one command: fetches the raw data (bench/fetch-tasks.sh),
# computes the molecular views with RDKit (bench/molecule_views.py; installs Debian's python3-rdkit
# 202209.3-1 when it is missing and this runs as root), builds weakToStrong and the encoders module,
# builds the task files with weka.w2s.encoders.bench.RegressionTasks (cache: $W2S_CACHE/regression,
# default ~/.cache/weakToStrong/regression; files already there are kept) and prints their rows,
# views and sources, then runs the independent scikit-learn check bench/regression_check.py (weak,
# naive W2S and ceiling MSE, PGR; needs python3-sklearn) when /usr/bin/python3 has scikit-learn.
# Extra arguments go to RegressionTasks, e.g. -tasks auto-mpg,anes96-pid.
set -euo pipefail
cd "$(dirname "$0")/.."

CACHE="${W2S_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/weakToStrong}"
export W2S_CACHE="$CACHE"
PY=/usr/bin/python3
RDKIT_DEB="python3-rdkit=202209.3-1"

bench/fetch-tasks.sh

if [[ ! -f "$CACHE/molecules/chembl2321810-pic50.complete" ]]; then
  if ! "$PY" -c 'import rdkit' 2>/dev/null; then
    if [[ "$(id -u)" != 0 ]]; then
      echo "regression-tasks: the molecular views need RDKit: apt-get install $RDKIT_DEB (as root)." >&2
      exit 1
    fi
    echo "regression-tasks: installing $RDKIT_DEB"
    apt-cache show "$RDKIT_DEB" >/dev/null 2>&1 || apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$RDKIT_DEB" >/dev/null
  fi
  nice -n 19 "$PY" bench/molecule_views.py "$CACHE"
fi

mvn -B -q -ntp install -DskipTests
mvn -B -q -ntp -f encoders/pom.xml package -DskipTests -Dassembly.skipAssembly=true

CP="encoders/target/test-classes:encoders/target/classes:encoders/target/bench-lib/*"  # the builders are encoders test code
nice -n 19 java -Xmx4g -Djava.awt.headless=true -cp "$CP" weka.w2s.encoders.bench.RegressionTasks -cache "$CACHE" "$@"

if "$PY" -c 'import sklearn, scipy' 2>/dev/null; then
  nice -n 19 "$PY" bench/regression_check.py "$CACHE"
else
  echo "regression-tasks: no scikit-learn for $PY (apt-get install python3-sklearn); the check is skipped." >&2
fi
