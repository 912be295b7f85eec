#!/usr/bin/env bash
# Runs every test of Tidings. Needs only the .NET SDK; tests that read ../shared (or $TIDINGS_SHARED)
# report themselves skipped when it is absent.
set -euo pipefail
cd "$(dirname "$0")"
results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
status=0
dotnet test Tidings.sln -c Release --logger "trx" --results-directory "$results" "$@" || status=$?
# One closing line over all test projects, in the plain 'N passed, N failed' form.
passed=0; failed=0; skipped=0
for f in "$results"/*.trx; do
  [ -e "$f" ] || continue
  c=$(grep -o '<Counters [^>]*>' "$f" | head -n1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$c"); p=${p:-0}
  x=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$c"); x=${x:-0}
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$c"); t=${t:-0}
  e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$c"); e=${e:-0}
  passed=$((passed + p)); failed=$((failed + x)); skipped=$((skipped + t - e))
done
echo "tests: $passed passed, $failed failed, $skipped skipped"
exit $status
