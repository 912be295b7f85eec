# Lists the "right source + root, wrong target" misses of an errors directory (default /work/notes/err45) in two groups:
# we coded no target where gold has one, and gold has none where we gave one. Usage: target-misses.py [DIR] [a|b|both|n]
import sys,re,glob,collections
# Lists "right source+root, wrong target" misses split into: we coded no target (gold has one) / gold none, we gave one.
errdir=sys.argv[1] if len(sys.argv)>1 else '/work/notes/err45'
mode=sys.argv[2] if len(sys.argv)>2 else 'both'
A=[];B=[]
for f in sorted(glob.glob(errdir+'/*.txt')):
    if 'blind55' in f or 'rn-' in f: continue
    L=open(f).read().split('\n')
    for i,l in enumerate(L):
        if l.strip().startswith('gold:'):
            g=l.split('gold:')[1].split(); p=L[i+1].split('got:')[1].split() if i+1<len(L) else []
            def key(e):
                a,c=e.rsplit(':',1); s,t=a.split('→'); return s,t,c[:2]
            G=[key(e) for e in g]; P=[key(e) for e in p]
            gm=set(G); pm=set(P)
            fn=[x for x in G if x not in pm]; fp=[x for x in P if x not in gm]
            for x in fn:
                same_dyad=[y for y in fp if y[0]==x[0] and y[1]==x[1]]
                same_code_src=[y for y in fp if y[2]==x[2] and y[0]==x[0]]
                if same_dyad or not same_code_src: continue
                rec=(f.split('/')[-1],L[i-1],l.strip(),L[i+1].strip())
                if x[1]!='-' and any(y[1]=='-' for y in same_code_src): A.append(rec)
                elif x[1]=='-': B.append(rec)
print('NO_TARGET',len(A),'GOLD_NONE',len(B))
if mode in('a','both'):
    print('==== we coded no target, gold has one')
    for r in A: print(r[0],r[1]);print('  ',r[2]);print('  ',r[3])
if mode in('b','both'):
    print('==== gold none, we gave one')
    for r in B: print(r[0],r[1]);print('  ',r[2]);print('  ',r[3])
