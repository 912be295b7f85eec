#!/usr/bin/env python3
"""keepboth.py FILES: resolve git conflict hunks by keeping ours then theirs (append-only files:
gold/events-gold.jsonl, gold/README.md sections, lexicon rows). Prints how many hunks it resolved."""
import sys
for p in sys.argv[1:]:
    out, mode, n = [], None, 0
    ours, theirs = [], []
    for line in open(p, encoding='utf-8').read().split('\n'):
        if line.startswith('<<<<<<< '): mode = 'o'; ours, theirs = [], []; continue
        if mode and line.startswith('||||||| '): mode = 'b'; continue
        if mode and line == '=======': mode = 't'; continue
        if mode and line.startswith('>>>>>>> '):
            out += ours + [l for l in theirs if l not in ours or not l.strip()]; mode = None; n += 1; continue
        if mode == 'o': ours.append(line)
        elif mode == 't': theirs.append(line)
        elif mode == 'b': pass
        else: out.append(line)
    open(p, 'w', encoding='utf-8').write('\n'.join(out))
    print(p, n, 'hunks')
