#!/usr/bin/env python3
"""Actor differences in eval error listings (session 46, actors46).

Usage: actor_errors.py summary|list|pairs ERRDIR [CLASS]
ERRDIR holds one file per split with the `tidings eval --errors` lines ("id: sentence", "gold: ...", "got: ...").
For each missed gold event, a coded event with the same root that shares one side is looked for; the other side is a
(gold, got) actor pair, classed by how the codes differ (same country other sector, other country, no country, none).
'summary' counts classes and pairs; 'list' prints each error of a class; 'pairs' prints "S|T GOLD <-got GOT | sentence".
blind55 and samples files are skipped (blind55 is kept out of the tunable sums).
"""
import sys,re,glob,collections
# Lists actor-level differences between gold and got events in the baseline error files.
# For each missed gold event, find a got event with the same root that shares one actor; the other actor is a (gold,got) pair.
mode=sys.argv[1] if len(sys.argv)>1 else 'summary'
files=[f for f in glob.glob((sys.argv[2] if len(sys.argv)>2 else '/work/notes/err46')+'/*.txt') if 'blind55' not in f and 'samples' not in f]
Pairs=collections.Counter(); Cls=collections.Counter(); Ex=collections.defaultdict(list)
def key(e):
    a,c=e.rsplit(':',1); s,t=a.split('→'); return s,t,c[:2]
def cty(a):
    return a[:3] if len(a)>=3 and a[:3].isalpha() and a[:3] not in ('GOV','MIL','COP','REB','OPP','CVL','BUS','JUD','LEG','MED','EDU','IGO','NGO','SPY','CRM','ELI','LAB','PTY','AGR','REF','HLH','REL','UAF','IMG','-') else ''
def kind(g,p):
    if p=='-': return 'got none (-)'
    if g==p: return 'same'
    cg,cp=cty(g),cty(p)
    if cg and cg==cp: return 'same country, other sector'
    if cg and not cp: return 'gold country, got no country'
    if not cg and cp: return 'gold no country, got country'
    if cg and cp: return 'other country'
    return 'other'
for f in files:
    split=f.split('/')[-1][:-4]
    L=open(f).read().split('\n')
    for i,l in enumerate(L):
        if l.strip().startswith('gold:'):
            sent=L[i-1]
            g=l.split('gold:')[1].split(); p=L[i+1].split('got:')[1].split() if i+1<len(L) else []
            G=[key(e) for e in g]; P=[key(e) for e in p]
            fn=[x for x in G if x not in set(P)]; fp=[x for x in P if x not in set(G)]
            for x in fn:
                same_src=[y for y in fp if y[2]==x[2] and y[0]==x[0]]
                same_tgt=[y for y in fp if y[2]==x[2] and y[1]==x[1]]
                if same_src:
                    y=same_src[0]; k=('T',kind(x[1],y[1])); Pairs[(x[1],y[1])]+=1; pr=(x[1],y[1])
                elif same_tgt:
                    y=same_tgt[0]; k=('S',kind(x[0],y[0])); Pairs[(x[0],y[0])]+=1; pr=(x[0],y[0])
                else: continue
                Cls[k]+=1; Ex[k].append((split,sent,' '.join(g),' '.join(p),pr))
if mode=='summary':
    for k,v in Cls.most_common(): print(v,k)
    print()
    for k,v in Pairs.most_common(80): print(v,k)
elif mode=='list':
    want=sys.argv[3] if len(sys.argv)>3 else ''
    for k,exs in Ex.items():
        if want and want not in k[1]: continue
        for e in exs: print(k,e[0],e[1][:300],"\n   G:",e[2],"\n   P:",e[3])

if mode=='pairs':
    want=sys.argv[3] if len(sys.argv)>3 else ''
    rows=[]
    for k,exs in Ex.items():
        if want and want not in k[1]: continue
        for e in exs: rows.append((k[0],e[4][0][3:] or e[4][0],e[4][1][3:] or e[4][1],e[4][0],e[4][1],e[0],e[1][:260]))
    rows.sort()
    for r in rows: print(r[0],r[3],'<-got',r[4],'|',r[5],r[6])
