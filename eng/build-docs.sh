#!/usr/bin/env bash
# Builds the API reference from Wgec.Core's XML docs with docfx (a local tool, .config/dotnet-tools.json)
# into artifacts/docs/. Fails on any docfx warning, so a broken cross-reference (a <see cref> or an xref
# that resolves to nothing) fails it. Usage: eng/build-docs.sh [--no-build]
# (--no-build: use the Release build already made, e.g. by `dotnet test -c Release`).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" != "--no-build" ]; then
  # The tool's output folder holds Wgec.Core.dll, its XML docs and its dependencies side by side,
  # which is what docfx needs to read the assembly without an MSBuild workspace.
  dotnet build src/Wgec.Cli -c Release --nologo -v quiet
fi
dotnet tool restore >/dev/null
rm -rf docs/api artifacts/docs
dotnet docfx metadata docs/docfx.json --warningsAsErrors
dotnet docfx build docs/docfx.json --warningsAsErrors
echo "API reference: artifacts/docs/index.html"
