# Lists the gold events missed outright in `tidings eval --errors` listings (one file per split, as in
# /work/notes/err47): those for which no coded event of the sentence has the same root with the same source or target,
# nor the same dyad. Class "nothing": the sentence has no coded event at all; "other": it has events, none of them this
# one. Session 47 (recall47) sampled these with a fixed seed and ran `tidings explain` on each to count causes.
# Usage: missed-events.py [ERRDIR] [--count | --sample N]   (JSON lines: split, id, text, gold, got, cls)
# blind55 and the realnews listings (rn-*) are skipped, as in the session's tunable sums.
import sys, glob, collections, random, json
errdir = next((a for a in sys.argv[1:] if a.startswith('/')), '/work/notes/err47')
out = []
for f in sorted(glob.glob(errdir + '/*.txt')):
    split = f.split('/')[-1][:-4]
    if 'blind55' in split or split.startswith('rn-') or split == 'samples': continue
    L = open(f).read().split('\n')
    for i, l in enumerate(L):
        if not l.strip().startswith('gold:'): continue
        sid, _, text = L[i - 1].partition(': ')
        g = l.split('gold:')[1].split(); p = L[i + 1].split('got:')[1].split() if i + 1 < len(L) else []
        def key(e):
            a, c = e.rsplit(':', 1); s, t = a.split('→'); return s, t, c[:2]
        P = [key(e) for e in p]
        for raw in g:
            x = key(raw)
            if x in P or any(y[2] == x[2] for y in P) or any(y[:2] == x[:2] for y in P): continue
            out.append(dict(split=split, id=sid.strip(), text=text, gold=raw, got=' '.join(p), cls='nothing' if not P else 'other'))
if '--count' in sys.argv:
    print(len(out), dict(collections.Counter(o['cls'] for o in out))); sys.exit()
if '--sample' in sys.argv:
    random.seed(47); out = random.sample(out, int(sys.argv[sys.argv.index('--sample') + 1]))
for o in out: print(json.dumps(o, ensure_ascii=False))
