import re,collections,sys
c=collections.Counter(); t=collections.Counter(); n=0
top=None
for line in sys.stdin:
    s=line.strip()
    if s.startswith('jdk.ExecutionSample'): top=None; n+=1; seen=set()
    elif 'line:' in s:
        k=re.sub(r'\s+bci.*','',s)
        if top is None: top=k; c[k]+=1
        m=re.sub(r'\(.*','',k)
        if m not in seen: seen.add(m); t[m]+=1
filt=sys.argv[1] if len(sys.argv)>1 else ''
print("samples",n)
for k,v in c.most_common(70):
    if filt in k: print(f"{100*v/n:5.1f}% {k}")
print('--- total')
for k,v in t.most_common(40): print(f"{100*v/n:5.1f}% {k}")
