#!/usr/bin/env bash
# Builds Wgec.Core (both targets, Release) from two clones of HEAD in two different folders and
# compares the assemblies byte for byte. ContinuousIntegrationBuild maps source paths to /_/, so
# the folder must make no difference; neither may anything that varies from run to run.
# Only committed work is checked. Usage: eng/check-reproducible.sh [WORKDIR]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=${1:-$(mktemp -d)}
mkdir -p "$work"
status=0
for side in first second; do
  rm -rf "$work/$side"
  git clone -q --no-hardlinks "$root" "$work/$side-$RANDOM" 2>/dev/null
  mv "$work/$side"-* "$work/$side"
  (cd "$work/$side" && dotnet build src/Wgec.Core -c Release --nologo -v quiet -p:ContinuousIntegrationBuild=true >"$work/$side.log" 2>&1) \
    || { cat "$work/$side.log"; echo "the $side build failed"; exit 1; }
done
for tfm in net10.0 netstandard2.0; do
  a="$work/first/src/Wgec.Core/bin/Release/$tfm/Wgec.Core.dll"
  b="$work/second/src/Wgec.Core/bin/Release/$tfm/Wgec.Core.dll"
  if cmp -s "$a" "$b"; then
    echo "$tfm: identical ($(sha256sum "$a" | cut -c1-16))"
  else
    echo "$tfm: the two builds differ"
    status=1
  fi
done
exit $status
