import sys, re, collections
w = collections.Counter(); top = collections.Counter(); tot=0
cur_w=None; cls=None; st=[]; infr=False
def flush():
    global tot
    if cur_w is None: return
    tot += cur_w
    frame = st[0] if st else '?'
    w[(cls, frame)] += cur_w
for line in sys.stdin:
    s=line.strip()
    if s.startswith('jdk.ObjectAllocationSample'):
        flush(); cur_w=None; cls=None; st=[]; infr=False
    elif s.startswith('objectClass ='):
        cls = s.split('=',1)[1].strip().split(' ')[0]
    elif s.startswith('weight ='):
        v = s.split('=',1)[1].strip()
        num, unit = v.split(' ')
        num=float(num); mult={'bytes':1,'kB':1024,'MB':1024**2,'GB':1024**3}[unit]
        cur_w = num*mult
    elif s.startswith('stackTrace = ['): infr=True
    elif infr:
        if s==']': infr=False; continue
        m=re.match(r'(.*?)\(', s)
        if m: st.append(m.group(1).strip())
flush()
for (c,f),v in w.most_common(40): print(f"{100*v/tot:5.1f}% {c:40s} {f}")
