#!/usr/bin/env bash
# evalall.sh CLI_DIR REPO [withheld] -> one line per (gold file, split): root_f1 exact_f1 pred/gold
# Never tune on test, heldout* or the withheld blind splits: they are only scored with 'withheld'.
cli="$1/tidings"; repo="$2"; withheld="${3:-}"
# blind55 is kept back for good; the newest blind split is kept back in the session that writes it (from the next one on
# it is tunable). Add a split here when its lines land, move it out the session after; keep
# EventScorerTraining.WithheldBlindSplits the same.
withheld_blind="blind55 blind92"
# The corpora sit beside the main checkout; a worktree elsewhere (git worktree add) finds them through the common git dir.
if [ -z "${TIDINGS_SHARED:-}" ]; then
  TIDINGS_SHARED="$(cd "$repo/.." && pwd)/shared"
  [ -d "$TIDINGS_SHARED" ] || TIDINGS_SHARED="$(cd "$(git -C "$repo" rev-parse --path-format=absolute --git-common-dir)/../.." && pwd)/shared"
fi
export TIDINGS_SHARED
ev() { # file split
  local args=("$repo/gold/$1.jsonl" --format json); [ -n "$2" ] && args+=(--split "$2")
  "$cli" eval "${args[@]}" 2>/dev/null | python3 -c "
import json,sys
d=json.load(sys.stdin); o=d['overall']
f1=lambda m: 2*m['tp']/(2*m['tp']+m['fp']+m['fn']) if m['tp'] else 0.0  # from the counts: the JSON's 4-place F1 rounds twice
print(f\"$1 ${2:-all} {f1(o['root']):.3f} {f1(o['exact']):.3f} tp={o['root']['tp']} fp={o['root']['fp']} fn={o['root']['fn']}\")"
}
splits=$(python3 -c "
import json
s=sorted({json.loads(l).get('split') for l in open('$repo/gold/events-gold.jsonl')}, key=lambda x:(len(x),x))
print(' '.join(x for x in s if x!='test' and x not in '$withheld_blind'.split()))")
for s in $splits; do ev events-gold $s & if (( $(jobs -r | wc -l) >= 2 )); then wait -n; fi; done; wait
ev coder-dev dev
for s in dev dev2 dev3 dev4 dev5 dev6 dev7 dev8; do ev realnews-gold $s; done
ev samples-gold ""
if [ "$withheld" = withheld ]; then
  for s in $withheld_blind; do ev events-gold $s; done
  ev events-gold test; ev coder-dev test
  for s in heldout heldout2 heldout3 heldout4 heldout5 heldout6; do ev realnews-gold $s; done
fi
