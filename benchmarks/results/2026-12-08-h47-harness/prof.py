import sys, re, collections
# parse `jfr print --events jdk.ExecutionSample --stack-depth 64` output
self_c = collections.Counter(); tot = collections.Counter(); n = 0
cur = None
def flush(st):
    global n
    if not st: return
    n += 1
    self_c[st[0]] += 1
    for m in set(st): tot[m] += 1
st = []
infr = False
for line in sys.stdin:
    s = line.strip()
    if s.startswith('jdk.ExecutionSample'):
        flush(st); st = []; infr = False
    elif s.startswith('stackTrace = ['):
        infr = True
    elif infr:
        if s == ']' or s.startswith('...'):
            infr = False if s == ']' else infr
            continue
        m = re.match(r'(.*?)\(', s)
        if m: st.append(m.group(1).strip())
flush(st)
print("samples", n)
filt = sys.argv[1] if len(sys.argv) > 1 else ''
print("--- self")
for k, v in self_c.most_common(45): print(f"{100*v/n:5.1f}% {k}")
print("--- total")
for k, v in tot.most_common(70):
    if filt in k: print(f"{100*v/n:5.1f}% {k}")
