#!/usr/bin/env bash
# Adds every public symbol the PublicApiAnalyzers report as undeclared (RS0016) to
# src/Wgec.Core/PublicAPI.Unshipped.txt, and drops those it reports as removed (RS0017).
# Run it after changing the public API on purpose; review the diff of the file before committing.
set -euo pipefail
cd "$(dirname "$0")/.."
file=src/Wgec.Core/PublicAPI.Unshipped.txt
log=$(mktemp)
dotnet build src/Wgec.Core -c Debug -f net10.0 --no-incremental -p:TreatWarningsAsErrors=false >"$log" 2>&1 || true
added=$(grep -oE "RS0016: Symbol '.*' is not part of the declared public API" "$log" \
  | sed -E "s/^RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" | sort -u || true)
removed=$(grep -oE "RS0017: Symbol '.*' is part of the declared API, but is either not public or could not be found" "$log" \
  | sed -E "s/^RS0017: Symbol '(.*)' is part of the declared API.*$/\1/" | sort -u || true)
body=$(tail -n +2 "$file")
if [ -n "$removed" ]; then
  body=$(grep -vxF -f <(printf '%s\n' "$removed") <<<"$body" || true)
fi
{ echo '#nullable enable'; printf '%s\n%s\n' "$body" "$added" | sed '/^$/d' | LC_ALL=C sort -u; } >"$file.tmp"
mv "$file.tmp" "$file"
rm -f "$log"
echo "PublicAPI.Unshipped.txt: $(($(wc -l <"$file") - 1)) entries"
