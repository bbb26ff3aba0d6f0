#!/usr/bin/env bash
# Builds Wgec.Core (both targets, Release, ContinuousIntegrationBuild) in a clone of HEAD in another
# folder and compares its assemblies byte for byte with a second build: by default another clone,
# or with --reuse-build this repository's own Release build (as .ci/run leaves it, built with CI=true).
# ContinuousIntegrationBuild maps source paths to /_/, so the folder must make no difference, and
# neither may anything that varies from run to run. Only committed work is checked.
# Usage: eng/check-reproducible.sh [--reuse-build]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

build_clone() {
  git clone -q --no-hardlinks "$root" "$work/$1"
  git -C "$work/$1" checkout -q --detach "$(git rev-parse HEAD)"
  # SourceLink records the origin's address: give the clone the same one as here (or none).
  if origin=$(git remote get-url origin 2>/dev/null); then
    git -C "$work/$1" remote set-url origin "$origin"
  else
    git -C "$work/$1" remote remove origin
  fi
  (cd "$work/$1" && dotnet build src/Wgec.Core -c Release --nologo -v quiet -p:ContinuousIntegrationBuild=true >"$work/$1.log" 2>&1) \
    || { cat "$work/$1.log"; echo "the build in $work/$1 failed"; exit 1; }
}

if [ "${1:-}" = "--reuse-build" ]; then
  first="$root"
else
  build_clone first
  first="$work/first"
fi
build_clone second

status=0
for tfm in net10.0 netstandard2.0; do
  a="$first/src/Wgec.Core/bin/Release/$tfm/Wgec.Core.dll"
  b="$work/second/src/Wgec.Core/bin/Release/$tfm/Wgec.Core.dll"
  [ -f "$a" ] || { echo "missing $a: build Release first"; exit 1; }
  if cmp -s "$a" "$b"; then
    echo "$tfm: identical in two folders ($(sha256sum "$a" | cut -c1-16))"
  else
    echo "$tfm: the two builds differ"
    status=1
  fi
done
exit $status
